//! Prints the pipeline's trace (sentences, mentions, frames) for an article:
//! `cargo run --example explain -- FILE.json` (an article with `text` and
//! `published`) or `cargo run --example explain -- "some text" [YYYY-MM-DD]`.

use casus::Extractor;
use chrono::NaiveDate;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(first) = args.first() else {
        return Err("usage: explain FILE.json | TEXT [YYYY-MM-DD]".into());
    };
    let (text, published) = if first.ends_with(".json") {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(first)?)?;
        let text = v["text"].as_str().ok_or("no `text`")?.to_string();
        let published = v["published"]
            .as_str()
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
            .transpose()?;
        (text, published)
    } else {
        let published = args
            .get(1)
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
            .transpose()?;
        (first.clone(), published)
    };
    print!(
        "{}",
        Extractor::builder().build()?.explain(&text, published)
    );
    Ok(())
}
