//! Runs the fuzz targets' checks on every input saved under
//! `tests/fixtures/fuzz/`: crashes found by fuzzing (kept until fixed and
//! after, as regressions) and a few interesting non-crashing inputs.
//!
//! Files are named `<target>-<n>.bin`, where `<target>` is `extract`,
//! `gazetteer` or `dates` (see `fuzz/README.md`). The checks themselves live
//! in `fuzz/src/checks.rs`, shared with the fuzz targets.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    files
}

fn target_of(path: &Path) -> &str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.split('-').next().unwrap_or("")
}

#[test]
fn every_saved_fuzz_input_passes_its_target_checks() {
    let files = fixtures();
    assert!(
        !files.is_empty(),
        "no fuzz inputs under tests/fixtures/fuzz"
    );
    let mut failures = Vec::new();
    for path in &files {
        let data = std::fs::read(path).expect("readable fixture");
        let check: fn(&[u8]) = match target_of(path) {
            "extract" => checks::extract,
            "gazetteer" => checks::gazetteer,
            "dates" => checks::dates,
            other => panic!("{}: unknown fuzz target {other:?}", path.display()),
        };
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| check(&data))) {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(non-string panic)");
            failures.push(format!("{}: {message}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fuzz inputs fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn the_checks_accept_the_dev_articles() {
    // Guards the checks themselves: real articles must pass them.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev");
    let extractor = casus::Extractor::builder().build().expect("builds");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("dev fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let raw = std::fs::read_to_string(&path).expect("readable");
        let json: serde_json::Value = serde_json::from_str(&raw).expect("json");
        let Some(text) = json.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        seen += 1;
        checks::extract(text.as_bytes());
        let events = extractor.extract_at(text, Some(checks::published()));
        checks::check_events(text, &events);
        let dates = casus::time::find_dates(text, Some(checks::published()));
        checks::check_dates(text, &dates);
        let mut input = vec![5u8, 0, 0, 0, 0];
        input.extend_from_slice(text.as_bytes());
        assert_eq!(checks::dates_published(&input).1, text.as_bytes());
        checks::dates(&input);
    }
    assert!(seen > 0, "no dev articles found");
    let places = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/places.tsv"))
        .expect("places");
    let mut input = vec![0u8];
    input.extend(places.split(|&b| b == b'\n').take(20).flat_map(|l| {
        let mut l = l.to_vec();
        l.push(b'\n');
        l
    }));
    checks::gazetteer(&input);
}
