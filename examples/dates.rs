//! Print the time expressions of JSON lines `{"id", "text", "published"}`.
//!
//! Usage: `cargo run --example dates -- FILE.jsonl` (reads stdin without an
//! argument). Prints one JSON line per input line:
//! `{"id": ..., "dates": [{"start", "end", "text", "value", "kind"}]}`.
//! Malformed lines are reported on stderr with their line number and skipped;
//! the exit status is then non-zero.

use std::io::{BufRead, BufReader, Write};

use casus::time::find_dates;
use chrono::NaiveDate;
use serde_json::{json, Value};

fn process(line: &str) -> Result<Value, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let obj = v.as_object().ok_or("not a JSON object")?;
    let text = obj
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing string field \"text\"")?;
    let published = match obj.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|e| format!("bad \"published\" {s:?}: {e}"))?,
        ),
        Some(_) => return Err("\"published\" must be a string".into()),
    };
    let dates: Vec<Value> = find_dates(text, published)
        .into_iter()
        .map(|e| {
            json!({
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "value": e.value.map(|v| v.iso()),
                "kind": e.kind,
            })
        })
        .collect();
    Ok(json!({ "id": obj.get("id").cloned().unwrap_or(Value::Null), "dates": dates }))
}

fn main() {
    let input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(path) => match std::fs::File::open(&path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("cannot open {path}: {e}");
                std::process::exit(2);
            }
        },
        None => Box::new(BufReader::new(std::io::stdin())),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for (n, line) in input.lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("line {}: read error: {e}", n + 1);
                failed = true;
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match process(&line) {
            Ok(v) => {
                if writeln!(out, "{v}").is_err() {
                    std::process::exit(1);
                }
            }
            Err(e) => {
                eprintln!("line {}: {e}", n + 1);
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
