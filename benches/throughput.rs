//! Throughput of casus on a generated news corpus (see `corpus/mod.rs`).
//!
//! ```text
//! cargo bench --bench throughput -- --warm-up-time 1 --measurement-time 5
//! CASUS_BENCH_CORPUS_ONLY=1 cargo bench --bench throughput   # only write target/bench-corpus/
//! ```
//!
//! Benchmarks, all on the same sample (whole articles from the start of the
//! corpus, about 4 MiB), reported in bytes per second:
//!
//! - `extract/news/default`: `extract_at` on each article with its date;
//! - `stage/segment`, `stage/dates`, `stage/match`, `stage/mentions`: each
//!   pipeline stage alone, per article (`mentions` includes segmentation and
//!   dates, as the pipeline does);
//! - `ceiling/aho-corasick/raw-scan`: a bare `aho_corasick` scan of the sample
//!   (one string) with the extractor's own patterns, automaton kinds and case
//!   policy: a contiguous NFA for the names and a DFA for the lexicon,
//!   leftmost-longest, over lowercase patterns, run
//!   with `find_iter` on an ASCII-lowercased copy of the text (the copy is
//!   part of the measured work, as in casus), counting the matches; it runs
//!   right after `extract`, so that the two are measured close in time (a
//!   shared machine's speed drifts from minute to minute);
//! - `build/default-extractor`: `Extractor::builder().build()` once the
//!   built-in gazetteer is parsed. The very first build (parse + automata) can
//!   only happen once per process and is timed alone before criterion starts.
//!
//! After criterion, a summary (MB/s, articles/s, extract / ceiling) is printed
//! from the estimates criterion saved under `target/criterion`.

mod corpus;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use casus::{stages, Extractor};
use criterion::{black_box, Criterion, SamplingMode, Throughput};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Bytes of whole articles in the benchmark sample, unless
/// `CASUS_BENCH_SAMPLE_MIB` says otherwise.
const SAMPLE_BYTES: usize = 4 << 20;

fn automaton(patterns: &[String], kind: AhoCorasickKind) -> AhoCorasick {
    let mut lower: Vec<String> = patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
    lower.sort_unstable();
    lower.dedup();
    AhoCorasick::builder()
        .kind(Some(kind))
        .match_kind(MatchKind::LeftmostLongest)
        .build(&lower)
        .expect("ceiling automaton")
}

/// Mean time per iteration of a finished benchmark, and the fastest sample's
/// time per iteration (the least disturbed by other processes), from
/// criterion's files.
fn mean(id: &str) -> Option<(Duration, Duration)> {
    let base = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("criterion");
    // Criterion turns the `/` of a benchmark id inside a group into `_`.
    let (group, name) = id.split_once('/')?;
    let dir = base.join(group).join(name.replace('/', "_")).join("new");
    let json = |file: &str| -> Option<serde_json::Value> {
        let text = std::fs::read_to_string(dir.join(file)).ok()?;
        serde_json::from_str(&text).ok()
    };
    let ns = json("estimates.json")?["mean"]["point_estimate"].as_f64()?;
    let sample = json("sample.json")?;
    let best = sample["iters"]
        .as_array()?
        .iter()
        .zip(sample["times"].as_array()?)
        .filter_map(|(i, t)| Some(t.as_f64()? / i.as_f64()?))
        .fold(f64::INFINITY, f64::min);
    Some((
        Duration::from_secs_f64(ns / 1e9),
        Duration::from_secs_f64(best / 1e9),
    ))
}

fn main() {
    // The first build parses the embedded gazetteers, then builds the automata.
    let t = Instant::now();
    let extractor = Extractor::default_ref();
    let first_build = t.elapsed();
    let (names, lexicon) = stages::patterns(extractor);

    let t = Instant::now();
    let docs = corpus::load(&names, &lexicon);
    let gen_time = t.elapsed();
    let total: usize = docs.iter().map(|d| d.text.len()).sum();
    let prose: usize = docs.iter().filter(|d| d.prose).map(|d| d.text.len()).sum();
    println!(
        "corpus: {} articles, {:.1} MiB ({:.0}% in prose-only articles), generated in {:.2?}, files in {}",
        docs.len(),
        total as f64 / (1 << 20) as f64,
        100.0 * prose as f64 / total as f64,
        gen_time,
        corpus::dir().display()
    );
    println!(
        "extractor: {} patterns ({} names, {} lexicon), automata {:.1} MiB, first build {:.1?}",
        extractor.pattern_count(),
        names.len(),
        lexicon.len(),
        extractor.memory_usage() as f64 / (1 << 20) as f64,
        first_build
    );
    if std::env::var_os("CASUS_BENCH_CORPUS_ONLY").is_some() {
        return;
    }

    let sample_bytes = std::env::var("CASUS_BENCH_SAMPLE_MIB")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .map_or(SAMPLE_BYTES, |m| (m * (1 << 20) as f64) as usize);
    let mut n = 0;
    let mut bytes = 0;
    while n < docs.len() && bytes < sample_bytes {
        bytes += docs[n].text.len();
        n += 1;
    }
    let sample = &docs[..n];
    let joined: String = sample
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n\n");
    println!(
        "sample: {n} articles, {:.2} MiB",
        bytes as f64 / (1 << 20) as f64
    );

    let mut c = Criterion::default().configure_from_args();

    let mut g = c.benchmark_group("extract");
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("news/default", |b| {
        b.iter(|| {
            sample
                .iter()
                .map(|d| extractor.extract_at(black_box(&d.text), d.published).len())
                .sum::<usize>()
        })
    });
    g.finish();

    // Built on first use, so that a filter that skips the ceiling skips this too.
    let ceiling = std::cell::OnceCell::new();
    let mut g = c.benchmark_group("ceiling");
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    g.throughput(Throughput::Bytes(joined.len() as u64));
    g.bench_function("aho-corasick/raw-scan", |b| {
        let (names_ac, lexicon_ac) = ceiling.get_or_init(|| {
            (
                automaton(&names, AhoCorasickKind::ContiguousNFA),
                automaton(&lexicon, AhoCorasickKind::DFA),
            )
        });
        b.iter(|| {
            let lower = black_box(joined.as_str()).to_ascii_lowercase();
            names_ac.find_iter(&lower).count() + lexicon_ac.find_iter(&lower).count()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("stage");
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            sample
                .iter()
                .map(|d| stages::segment(black_box(&d.text)))
                .sum::<usize>()
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            sample
                .iter()
                .map(|d| casus::time::find_dates(black_box(&d.text), d.published).len())
                .sum::<usize>()
        })
    });
    g.bench_function("match", |b| {
        b.iter(|| {
            sample
                .iter()
                .map(|d| stages::matches(extractor, black_box(&d.text)))
                .sum::<usize>()
        })
    });
    g.bench_function("mentions", |b| {
        b.iter(|| {
            sample
                .iter()
                .map(|d| stages::mentions(extractor, black_box(&d.text), d.published))
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("build");
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    g.bench_function("default-extractor", |b| {
        b.iter(|| Extractor::builder().build().expect("build").pattern_count())
    });
    g.finish();

    c.final_summary();

    // Summary from criterion's saved estimates (absent in `--test` mode; a
    // benchmark skipped by a filter shows its last saved run, if any).
    let mbs = |d: Duration, b: usize| b as f64 / 1e6 / d.as_secs_f64();
    let mut lines = Vec::new();
    for id in [
        "extract/news/default",
        "stage/segment",
        "stage/dates",
        "stage/match",
        "stage/mentions",
        "ceiling/aho-corasick/raw-scan",
    ] {
        if let Some((d, best)) = mean(id) {
            let b = if id.starts_with("ceiling") {
                joined.len()
            } else {
                bytes
            };
            lines.push(format!(
                "{id:<30} {:>9.2?} {:>7.1} MB/s {:>7.0} articles/s | best {:>7.1} MB/s",
                d,
                mbs(d, b),
                n as f64 / d.as_secs_f64(),
                mbs(best, b)
            ));
        }
    }
    if let Some((d, best)) = mean("build/default-extractor") {
        lines.push(format!(
            "{:<30} {:>9.2?} | best {best:.2?}",
            "build/default-extractor", d
        ));
    }
    if let (Some((e, eb)), Some((r, rb))) = (
        mean("extract/news/default"),
        mean("ceiling/aho-corasick/raw-scan"),
    ) {
        lines.push(format!(
            "extract / raw scan, MB/s: {:.3} (means), {:.3} (best samples)",
            mbs(e, bytes) / mbs(r, joined.len()),
            mbs(eb, bytes) / mbs(rb, joined.len()),
        ));
    }
    if !lines.is_empty() {
        println!("\nsummary (mean per iteration, MB/s of it, articles/s; best = fastest sample; MB = 10^6 bytes):");
        for l in lines {
            println!("  {l}");
        }
    }
}
