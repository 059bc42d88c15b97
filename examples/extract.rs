//! Extracts events from articles and writes one JSON line per article:
//! `{"id": ..., "events": [...]}` (the form `../shared/eval/score.py` reads).
//!
//! ```text
//! cargo run --release --example extract -- [--published YYYY-MM-DD] PATH...
//! ```
//!
//! A PATH is a `.txt` file (id: the file stem), a `.json` article
//! (`{"id", "text", "published"}`), a `.jsonl` file of such articles, or a
//! directory of them (files whose name starts with `_` are skipped). A file
//! or line that cannot be read is reported on stderr with its name and line
//! number, nothing is written for it, the other articles are still
//! processed, and the exit status is 1 at the end.

use casus::{Article, Extractor};
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Articles extracted (in parallel with the `rayon` feature) and written at a time.
const BATCH: usize = 256;

struct Input {
    id: String,
    article: Article,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("`{s}` is not a YYYY-MM-DD date: {e}"))
}

fn article_from_json(value: &Value, fallback_id: &str) -> Result<Input, String> {
    let obj = value.as_object().ok_or("not a JSON object")?;
    let text = obj
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing string field `text`")?;
    let id = match obj.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        None => fallback_id.to_string(),
        Some(_) => return Err("field `id` must be a string or a number".into()),
    };
    let published = match obj.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            Some(parse_date(s).map_err(|e| format!("field `published`: {e}"))?)
        }
        Some(_) => return Err("field `published` must be a YYYY-MM-DD string".into()),
    };
    Ok(Input {
        id,
        article: Article::new(text, published),
    })
}

fn read_path(path: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<String>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                errors.push(format!("{}: cannot read directory: {e}", path.display()));
                return;
            }
        };
        entries.sort();
        for p in entries {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let known = matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "jsonl" | "txt")
            );
            if !name.starts_with('_') && !name.starts_with('.') && known {
                read_path(&p, inputs, errors);
            }
        }
        return;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", path.display()));
            return;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!(
                "{}: not valid UTF-8 (byte {})",
                path.display(),
                e.utf8_error().valid_up_to()
            ));
            return;
        }
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => match serde_json::from_str::<Value>(&text) {
            Ok(v) => match article_from_json(&v, &stem) {
                Ok(input) => inputs.push(input),
                Err(e) => errors.push(format!("{}: {e}", path.display())),
            },
            Err(e) => errors.push(format!("{}: not JSON: {e}", path.display())),
        },
        Some("jsonl") => {
            for (n, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let fallback = format!("{stem}:{}", n + 1);
                match serde_json::from_str::<Value>(line) {
                    Ok(v) => match article_from_json(&v, &fallback) {
                        Ok(input) => inputs.push(input),
                        Err(e) => errors.push(format!("{}:{}: {e}", path.display(), n + 1)),
                    },
                    Err(e) => errors.push(format!("{}:{}: not JSON: {e}", path.display(), n + 1)),
                }
            }
        }
        _ => inputs.push(Input {
            id: stem,
            article: Article::new(text, None),
        }),
    }
}

fn main() -> ExitCode {
    let mut published = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--published" {
            match args.next().as_deref().map(parse_date) {
                Some(Ok(d)) => published = Some(d),
                Some(Err(e)) => {
                    eprintln!("--published: {e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("--published needs a YYYY-MM-DD date");
                    return ExitCode::from(2);
                }
            }
        } else if arg == "-h" || arg == "--help" {
            println!("usage: extract [--published YYYY-MM-DD] PATH...");
            return ExitCode::SUCCESS;
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if paths.is_empty() {
        eprintln!("usage: extract [--published YYYY-MM-DD] PATH...");
        return ExitCode::from(2);
    }
    let mut builder = Extractor::builder();
    if let Some(d) = published {
        builder = builder.published(d);
    }
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("cannot build the extractor: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in &paths {
        read_path(p, &mut inputs, &mut errors);
    }
    // batches of articles, written as they are done: memory stays bounded
    // by one batch of events, whatever the corpus size
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for chunk in inputs.chunks(BATCH) {
        let articles: Vec<&Article> = chunk.iter().map(|i| &i.article).collect();
        for (input, events) in chunk.iter().zip(extractor.extract_batch(&articles)) {
            let line = json!({ "id": input.id, "events": events });
            if writeln!(out, "{line}").is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    for e in &errors {
        eprintln!("{e}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
