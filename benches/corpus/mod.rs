//! The benchmark corpus: news-like English, about 24 MiB, built
//! deterministically (fixed-seed PRNG, no network) from what the repository
//! ships:
//!
//! - the 13 articles of `tests/fixtures/dev/*.json`, turned into templates
//!   whose place names, actor names, numbers, years, months and weekdays are
//!   redrawn from `data/places.tsv` and `data/actors.tsv` for every article,
//!   with paragraphs recombined across articles;
//! - `benches/corpus/prose-kjv.txt` (public-domain King James Version, see
//!   `kjv-seed.sh`), so that a share of the text is not event-dense: some
//!   articles are runs of it, and some news articles quote a paragraph of it.
//!
//! [`load`] builds the corpus in memory and writes, when missing,
//! `target/bench-corpus/news.txt` (articles separated by two blank lines,
//! paragraphs inside an article by one), `news.jsonl` (`{"id", "text",
//! "published"}` per line, for `examples/extract`), and `names.txt` /
//! `lexicon.txt` (the extractor's case-sensitive name patterns and
//! case-insensitive lexicon patterns, one a line, for `benches/peers/run.py`).

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Bytes of article text to generate.
pub const TARGET_BYTES: usize = 24 << 20;
const SEED: u64 = 0x00ca_5005_2024_0001;

/// One generated article.
pub struct Doc {
    pub id: String,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub prose: bool,
}

/// SplitMix64: small, fixed, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    Place(u8),
    Actor,
    Number(u8),
    Year,
    Month,
    Weekday,
}

enum Piece {
    Lit(String),
    Slot(Slot),
}

type Template = Vec<Piece>;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

struct Pools {
    /// Place names by kind: 0 country, 1 admin1, 2 city.
    places: [Vec<String>; 3],
    actors: Vec<String>,
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `$CARGO_TARGET_DIR/bench-corpus`, or `target/bench-corpus`.
pub fn dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest().join("target"))
        .join("bench-corpus")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("bench corpus: cannot read {}: {e}", path.display()))
}

fn pools() -> Pools {
    let mut places: [Vec<String>; 3] = Default::default();
    for line in read(&manifest().join("data/places.tsv")).lines() {
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || cols[0].chars().count() < 3 {
            continue;
        }
        let kind = match cols[1] {
            "country" => 0,
            "admin1" => 1,
            _ => 2,
        };
        places[kind].push(cols[0].to_string());
    }
    let mut actors = Vec::new();
    for line in read(&manifest().join("data/actors.tsv")).lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        actors.push(cols[0].to_string());
        if let Some(aliases) = cols.get(4) {
            actors.extend(
                aliases
                    .split('|')
                    .filter(|a| a.chars().count() >= 2)
                    .map(str::to_string),
            );
        }
    }
    Pools { places, actors }
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Splits a fixture paragraph into literal text and slots to redraw.
fn template(text: &str, names: &AhoCorasick, slots: &[Slot]) -> Template {
    // Name slots first, whole words only.
    let mut marks: Vec<(usize, usize, Slot)> = names
        .find_iter(text)
        .filter(|m| {
            text[m.start()..].starts_with(|c: char| c.is_uppercase())
                && !is_word(text[..m.start()].chars().next_back())
                && !is_word(text[m.end()..].chars().next())
        })
        .map(|m| (m.start(), m.end(), slots[m.pattern().as_usize()]))
        .collect();
    // Then numbers, months and weekdays in the text between them.
    let mut extra = Vec::new();
    let mut word_start = None;
    let mut prev = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            if !is_word(prev) {
                word_start = Some(i);
            }
        } else if let Some(s) = word_start.take() {
            let w = &text[s..i];
            let slot = if w.bytes().all(|b| b.is_ascii_digit()) {
                match w.parse::<u32>() {
                    Ok(1900..=2099) if w.len() == 4 => Some(Slot::Year),
                    _ => Some(Slot::Number(w.len().min(6) as u8)),
                }
            } else if MONTHS.contains(&w) {
                Some(Slot::Month)
            } else if WEEKDAYS.contains(&w) {
                Some(Slot::Weekday)
            } else {
                None
            };
            if let Some(slot) = slot {
                extra.push((s, i, slot));
            }
        }
        prev = Some(c);
    }
    for e in extra {
        if !marks.iter().any(|m| e.0 < m.1 && m.0 < e.1) {
            marks.push(e);
        }
    }
    marks.sort_by_key(|m| m.0);
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e, slot) in marks {
        if s > at {
            out.push(Piece::Lit(text[at..s].to_string()));
        }
        out.push(Piece::Slot(slot));
        at = e;
    }
    if at < text.len() {
        out.push(Piece::Lit(text[at..].to_string()));
    }
    out
}

fn fill(t: &Template, pools: &Pools, rng: &mut Rng, out: &mut String) {
    // The same name in one paragraph tends to recur: keep a small memory.
    let mut seen: HashMap<Slot, String> = HashMap::new();
    for piece in t {
        match piece {
            Piece::Lit(s) => out.push_str(s),
            Piece::Slot(slot) => {
                if let Some(v) = seen.get(slot) {
                    if rng.chance(0.5) {
                        out.push_str(v);
                        continue;
                    }
                }
                let v = match *slot {
                    Slot::Place(k) => rng.pick(&pools.places[k as usize]).clone(),
                    Slot::Actor => rng.pick(&pools.actors).clone(),
                    Slot::Year => (1990 + rng.below(36)).to_string(),
                    Slot::Month => rng.pick(&MONTHS).to_string(),
                    Slot::Weekday => rng.pick(&WEEKDAYS).to_string(),
                    Slot::Number(n) => {
                        let n = n as u32;
                        let lo = if n == 1 { 1 } else { 10u64.pow(n - 1) };
                        (lo + rng.next() % (10u64.pow(n) - lo)).to_string()
                    }
                };
                out.push_str(&v);
                seen.insert(*slot, v);
            }
        }
    }
}

/// Generates the corpus in memory (deterministic).
pub fn generate() -> Vec<Doc> {
    let root = manifest();
    let pools = pools();
    // Fixture paragraphs as templates, grouped by article.
    let mut patterns = Vec::new();
    let mut slots = Vec::new();
    for (k, names) in pools.places.iter().enumerate() {
        for n in names {
            patterns.push(n.as_str());
            slots.push(Slot::Place(k as u8));
        }
    }
    for a in &pools.actors {
        patterns.push(a.as_str());
        slots.push(Slot::Actor);
    }
    let names = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("bench corpus: automaton");
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/dev"))
        .expect("bench corpus: tests/fixtures/dev")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('_'))
        })
        .collect();
    files.sort();
    let articles: Vec<Vec<Template>> = files
        .iter()
        .map(|p| {
            let v: serde_json::Value = serde_json::from_str(&read(p)).expect("fixture JSON");
            let text = v["text"].as_str().expect("fixture text");
            text.split("\n\n")
                .filter(|p| !p.trim().is_empty())
                .map(|p| template(p, &names, &slots))
                .collect()
        })
        .collect();
    assert!(!articles.is_empty(), "bench corpus: no fixtures found");
    let prose: Vec<String> = read(&root.join("benches/corpus/prose-kjv.txt"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    assert!(!prose.is_empty(), "bench corpus: empty prose seed");

    let mut rng = Rng(SEED);
    let base = NaiveDate::from_ymd_opt(2015, 1, 1).expect("date");
    let mut docs = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        let n = docs.len();
        let mut text = String::new();
        let doc = if rng.chance(0.08) {
            // A run of prose: 3 to 8 consecutive paragraphs.
            let len = 3 + rng.below(6);
            let start = rng.below(prose.len().saturating_sub(len).max(1));
            for p in prose.iter().skip(start).take(len) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(p);
            }
            Doc {
                id: format!("prose-{n:06}"),
                text,
                published: None,
                prose: true,
            }
        } else {
            let main = rng.pick(&articles);
            let mut paras: Vec<&Template> = main.iter().collect();
            if rng.chance(0.5) {
                for _ in 0..1 + rng.below(3) {
                    let other = rng.pick(&articles);
                    paras.push(rng.pick(other));
                }
            }
            if rng.chance(0.3) && paras.len() > 2 {
                // Keep the lead, shuffle the rest (Fisher-Yates).
                for i in (2..paras.len()).rev() {
                    let j = 1 + rng.below(i);
                    paras.swap(i, j);
                }
            }
            let quote = if rng.chance(0.25) {
                Some((1 + rng.below(paras.len()), rng.pick(&prose)))
            } else {
                None
            };
            for (i, t) in paras.iter().enumerate() {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                if let Some((at, q)) = quote {
                    if at == i {
                        text.push_str(q);
                        text.push_str("\n\n");
                    }
                }
                fill(t, &pools, &mut rng, &mut text);
            }
            let days = rng.below(11 * 365) as u64;
            Doc {
                id: format!("news-{n:06}"),
                text,
                published: base.checked_add_days(chrono::Days::new(days)),
                prose: false,
            }
        };
        total += doc.text.len();
        docs.push(doc);
    }
    docs
}

/// The corpus, generated in memory; its files are written under [`dir`] when
/// `news.txt` is missing, with the extractor's patterns beside it.
pub fn load(names: &[String], lexicon: &[String]) -> Vec<Doc> {
    let docs = generate();
    let dir = dir();
    if !dir.join("news.txt").exists() || !dir.join("names.txt").exists() {
        std::fs::create_dir_all(&dir).expect("bench corpus: create dir");
        let write = |name: &str, f: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| {
            let tmp = dir.join(format!("{name}.tmp"));
            let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp).expect("create"));
            f(&mut w).and_then(|_| w.flush()).expect("write");
            drop(w);
            std::fs::rename(&tmp, dir.join(name)).expect("rename");
        };
        write("news.txt", &|w| {
            for (i, d) in docs.iter().enumerate() {
                if i > 0 {
                    w.write_all(b"\n\n\n")?;
                }
                w.write_all(d.text.as_bytes())?;
            }
            w.write_all(b"\n")
        });
        write("news.jsonl", &|w| {
            for d in &docs {
                let line = serde_json::json!({
                    "id": d.id,
                    "text": d.text,
                    "published": d.published.map(|p| p.to_string()),
                });
                writeln!(w, "{line}")?;
            }
            Ok(())
        });
        write("names.txt", &|w| {
            names.iter().try_for_each(|n| writeln!(w, "{n}"))
        });
        write("lexicon.txt", &|w| {
            lexicon.iter().try_for_each(|n| writeln!(w, "{n}"))
        });
    }
    docs
}
