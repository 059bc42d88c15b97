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
//! processed, and the exit status is 1 at the end. Articles are read,
//! extracted and written a batch at a time, so memory does not grow with the
//! size of the input.

use casus::{Article, Extractor};
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
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

/// Articles waiting to be extracted, written a batch at a time as they are
/// read: memory stays bounded by one batch, whatever the size of the input.
struct Batches<'e, W: Write> {
    extractor: &'e Extractor,
    pending: Vec<Input>,
    out: W,
}

impl<W: Write> Batches<'_, W> {
    fn push(&mut self, input: Input) -> std::io::Result<()> {
        self.pending.push(input);
        if self.pending.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let articles: Vec<&Article> = self.pending.iter().map(|i| &i.article).collect();
        for (input, events) in self
            .pending
            .iter()
            .zip(self.extractor.extract_batch(&articles))
        {
            let line = json!({ "id": input.id, "events": events });
            writeln!(self.out, "{line}")?;
        }
        self.pending.clear();
        Ok(())
    }
}

/// Reads the articles of `path` into `batches`; what cannot be read goes to
/// `errors`. Only a failure to write stops it.
fn read_path<W: Write>(
    path: &Path,
    batches: &mut Batches<'_, W>,
    errors: &mut Vec<String>,
) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                errors.push(format!("{}: cannot read directory: {e}", path.display()));
                return Ok(());
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
                read_path(&p, batches, errors)?;
            }
        }
        return Ok(());
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    let extension = path.extension().and_then(|e| e.to_str());
    if extension == Some("jsonl") {
        return read_lines(path, &stem, batches, errors);
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", path.display()));
            return Ok(());
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
            return Ok(());
        }
    };
    if extension == Some("json") {
        match serde_json::from_str::<Value>(&text) {
            Ok(v) => match article_from_json(&v, &stem) {
                Ok(input) => batches.push(input)?,
                Err(e) => errors.push(format!("{}: {e}", path.display())),
            },
            Err(e) => errors.push(format!("{}: not JSON: {e}", path.display())),
        }
    } else {
        batches.push(Input {
            id: stem,
            article: Article::new(text, None),
        })?;
    }
    Ok(())
}

/// The articles of a JSON Lines file, read a line at a time: a line that is
/// not UTF-8, not JSON or not an article is reported, and the others are
/// still read.
fn read_lines<W: Write>(
    path: &Path,
    stem: &str,
    batches: &mut Batches<'_, W>,
    errors: &mut Vec<String>,
) -> std::io::Result<()> {
    let mut reader = match std::fs::File::open(path) {
        Ok(f) => BufReader::new(f),
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", path.display()));
            return Ok(());
        }
    };
    let mut bytes = Vec::new();
    for n in 1.. {
        bytes.clear();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                errors.push(format!("{}:{n}: cannot read: {e}", path.display()));
                break;
            }
        }
        let line = match std::str::from_utf8(&bytes) {
            Ok(line) => line,
            Err(e) => {
                errors.push(format!(
                    "{}:{n}: not valid UTF-8 (byte {} of the line)",
                    path.display(),
                    e.valid_up_to()
                ));
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => match article_from_json(&v, &format!("{stem}:{n}")) {
                Ok(input) => batches.push(input)?,
                Err(e) => errors.push(format!("{}:{n}: {e}", path.display())),
            },
            Err(e) => errors.push(format!("{}:{n}: not JSON: {e}", path.display())),
        }
    }
    Ok(())
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
    let stdout = std::io::stdout();
    let mut batches = Batches {
        extractor: &extractor,
        pending: Vec::with_capacity(BATCH),
        out: std::io::BufWriter::new(stdout.lock()),
    };
    let mut errors = Vec::new();
    let written = paths
        .iter()
        .try_for_each(|p| read_path(p, &mut batches, &mut errors))
        .and_then(|()| batches.flush())
        .and_then(|()| batches.out.flush());
    if written.is_err() {
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
