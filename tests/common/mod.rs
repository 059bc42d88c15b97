//! A port of the evaluation scorer `shared/eval/score.py` (see
//! `shared/eval/FORMAT.md`), shared by the integration tests.
//!
//! The port works on `serde_json::Value`s, like the Python scorer works on
//! decoded JSON, so gold articles are read as they are and predictions are the
//! crate's events serialized with serde (`serde_json::to_value(&events)`).
//! Every function keeps the name, the iteration order and the tie-breaking of
//! its Python counterpart, so that the figures agree exactly (the dev-set test
//! checks this against `python3 score.py` when Python is available).
//!
//! # Approximation in [`norm`]
//!
//! Python folds accents with `unicodedata.normalize("NFKD", s)` and then drops
//! every combining character. Without a Unicode database this port:
//!
//! - maps precomposed Latin letters of Latin-1 Supplement, Latin Extended-A/B
//!   (U+00A0–U+024F) and Latin Extended Additional (U+1E00–U+1EFF) to their
//!   NFKD base letters with a table generated from Python's `unicodedata`
//!   (including `ª º ¹ ² ³`, the digraphs `Ĳ Ǆ ǅ ǆ Ǉ … ǳ`, `Ŀ ŀ ŉ ẚ`, the
//!   vulgar fractions `¼ ½ ¾`), the ligatures U+FB00–U+FB06 and the fullwidth
//!   forms of ASCII (U+FF01–U+FF5E);
//! - drops the combining marks (canonical combining class not 0) of the
//!   blocks U+0300–U+036F, U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+20D0–U+20FF and
//!   U+FE20–U+FE2F (U+034F COMBINING GRAPHEME JOINER, of class 0, is kept, as
//!   Python keeps it).
//!
//! Other compatibility characters whose NFKD form contains ASCII letters or
//! digits (mathematical alphanumerics, circled letters, `™`, `㎞`, the Kelvin
//! and Ångström signs, …) are kept as they are and therefore end up as
//! separators, where Python would turn them into letters; combining marks of
//! other scripts (Arabic harakat, Devanagari signs) are kept, which only
//! matters next to a `'s` (Python's `\b`) since every non-ASCII character
//! becomes a separator anyway. Python's `\w` is approximated by
//! `char::is_alphanumeric() || '_'`. None of this occurs in the gold sets.
#![allow(dead_code)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

pub const ROLES: [(&str, &str); 3] = [
    ("participants", "participant"),
    ("initiators", "initiator"),
    ("targets", "target"),
];

// ---------------------------------------------------------------------------
// norm

/// NFKD base letters (ASCII) of U+00A0..U+024F, one row of 16 code points per
/// string; `.` means "no single-letter fold" (generated with Python's
/// `unicodedata`: the NFKD form minus combining characters, kept when it is a
/// single ASCII letter or digit).
const FOLD_00A0: [&str; 27] = [
    "..........a.....", // U+00A0
    "..23.....1o.....", // U+00B0
    "AAAAAA.CEEEEIIII", // U+00C0
    ".NOOOOO..UUUUY..", // U+00D0
    "aaaaaa.ceeeeiiii", // U+00E0
    ".nooooo..uuuuy.y", // U+00F0
    "AaAaAaCcCcCcCcDd", // U+0100
    "..EeEeEeEeEeGgGg", // U+0110
    "GgGgHh..IiIiIiIi", // U+0120
    "I...JjKk.LlLlLl.", // U+0130
    "...NnNnNn...OoOo", // U+0140
    "Oo..RrRrRrSsSsSs", // U+0150
    "SsTtTt..UuUuUuUu", // U+0160
    "UuUuWwYyYZzZzZzs", // U+0170
    "................", // U+0180
    "................", // U+0190
    "Oo.............U", // U+01A0
    "u...............", // U+01B0
    ".............AaI", // U+01C0
    "iOoUuUuUuUuUu.Aa", // U+01D0
    "Aa....GgKkOoOo..", // U+01E0
    "j...Gg..NnAa....", // U+01F0
    "AaAaEeEeIiIiOoOo", // U+0200
    "RrRrUuUuSsTt..Hh", // U+0210
    "......AaEeOoOoOo", // U+0220
    "OoYy............", // U+0230
    "................", // U+0240
];

/// The same for U+1E00..U+1EFF (Latin Extended Additional).
const FOLD_1E00: [&str; 16] = [
    "AaBbBbBbCcDdDdDd", // U+1E00
    "DdDdEeEeEeEeEeFf", // U+1E10
    "GgHhHhHhHhHhIiIi", // U+1E20
    "KkKkKkLlLlLlLlMm", // U+1E30
    "MmMmNnNnNnNnOoOo", // U+1E40
    "OoOoPpPpRrRrRrRr", // U+1E50
    "SsSsSsSsSsTtTtTt", // U+1E60
    "TtUuUuUuUuUuVvVv", // U+1E70
    "WwWwWwWwWwXxXxYy", // U+1E80
    "ZzZzZzhtwy.s....", // U+1E90
    "AaAaAaAaAaAaAaAa", // U+1EA0
    "AaAaAaAaEeEeEeEe", // U+1EB0
    "EeEeEeEeIiIiOoOo", // U+1EC0
    "OoOoOoOoOoOoOoOo", // U+1ED0
    "OoOoUuUuUuUuUuUu", // U+1EE0
    "UuYyYyYyYy......", // U+1EF0
];

fn table_fold(table: &[&str], base: u32, c: char) -> Option<char> {
    let i = (c as u32).checked_sub(base)? as usize;
    let row = table.get(i / 16)?;
    let b = row.as_bytes()[i % 16];
    (b != b'.').then_some(b as char)
}

fn is_combining_mark(c: char) -> bool {
    // canonical combining class != 0 in these blocks (Python 3's Unicode 14
    // database): U+034F, U+1ABE, U+20DD..U+20E0, U+20E2..U+20E4 have class 0
    matches!(c as u32,
        0x0300..=0x034E | 0x0350..=0x036F | 0x1AB0..=0x1ABD | 0x1ABF..=0x1ACE
        | 0x1DC0..=0x1DFF | 0x20D0..=0x20DC | 0x20E1 | 0x20E5..=0x20F0 | 0xFE20..=0xFE2F)
}

/// Appends the NFKD form of `c` without combining marks (approximated, see
/// the module documentation).
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    let multi = match c as u32 {
        0xBC => "1\u{2044}4",
        0xBD => "1\u{2044}2",
        0xBE => "3\u{2044}4",
        0x132 => "IJ",
        0x133 => "ij",
        0x13F => "L\u{B7}",
        0x140 => "l\u{B7}",
        0x149 => "\u{2BC}n",
        0x1C4 | 0x1F1 => "DZ",
        0x1C5 | 0x1F2 => "Dz",
        0x1C6 | 0x1F3 => "dz",
        0x1C7 => "LJ",
        0x1C8 => "Lj",
        0x1C9 => "lj",
        0x1CA => "NJ",
        0x1CB => "Nj",
        0x1CC => "nj",
        0x1E9A => "a\u{2BE}",
        0xFB00 => "ff",
        0xFB01 => "fi",
        0xFB02 => "fl",
        0xFB03 => "ffi",
        0xFB04 => "ffl",
        0xFB05 | 0xFB06 => "st",
        _ => "",
    };
    if !multi.is_empty() {
        out.push_str(multi);
        return;
    }
    let cp = c as u32;
    let single = match cp {
        0xA0..=0x24F => table_fold(&FOLD_00A0, 0xA0, c),
        0x1E00..=0x1EFF => table_fold(&FOLD_1E00, 0x1E00, c),
        // fullwidth ASCII (NFKD maps punctuation too: `＿` is `_`, `＇` is `'`)
        0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0),
        _ => None,
    };
    out.push(single.unwrap_or(c));
}

/// Python's `\w` (approximated).
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `score.py`'s `norm`: accent folding, lower case, `'s` dropped, every run of
/// characters other than `[0-9a-z]` made one space, a leading "the " dropped.
pub fn norm(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut folded);
    }
    // Only ASCII letters survive the final step, so lower-casing ASCII is
    // enough; non-ASCII characters are kept for the `\b` test below.
    let chars: Vec<char> = folded.chars().map(|c| c.to_ascii_lowercase()).collect();
    // re.sub(r"[’'`]s\b", "", s)
    let mut kept = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '\u{2019}' | '\'' | '`')
            && chars.get(i + 1) == Some(&'s')
            && !chars.get(i + 2).is_some_and(|&c| is_word(c))
        {
            i += 2;
            continue;
        }
        kept.push(chars[i]);
        i += 1;
    }
    // re.sub(r"[^0-9a-z]+", " ", s).strip()
    let mut out = String::with_capacity(kept.len());
    let mut gap = false;
    for c in kept {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}

/// `needle` occurs in `hay` as whole words (both normalised).
pub fn contains(hay: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
}

/// One of the gold `aliases` matches one of the predicted `names`.
pub fn alias_match<A: AsRef<str>, N: AsRef<str>>(aliases: &[A], names: &[N]) -> bool {
    for a in aliases {
        let na = norm(a.as_ref());
        if na.is_empty() {
            continue;
        }
        for n in names {
            let nn = norm(n.as_ref());
            if nn.is_empty() {
                continue;
            }
            if nn == na || contains(&nn, &na) || contains(&na, &nn) {
                return true;
            }
        }
    }
    false
}

// ---------------------------------------------------------------------------
// accessors

/// Python truthiness of a JSON value.
pub fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// `obj.get(key, []) or []` for a list field.
fn list<'a>(obj: &'a Value, key: &str) -> &'a [Value] {
    match obj.get(key) {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

fn as_string(v: &Value) -> String {
    v.as_str().unwrap_or("").to_string()
}

/// A gold alias list: `x if isinstance(x, list) else [x]`.
fn aliases_of(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().map(as_string).collect(),
        other => vec![as_string(other)],
    }
}

/// The strings a predicted actor or place can match by: its `name`, `text`
/// and `aliases`.
pub fn pred_names(obj: &Value) -> Vec<String> {
    match obj {
        Value::String(s) => vec![s.clone()],
        Value::Object(o) => {
            let mut out: Vec<String> = ["name", "text"]
                .iter()
                .filter_map(|k| o.get(*k).and_then(Value::as_str).map(str::to_string))
                .collect();
            if let Some(Value::Array(a)) = o.get("aliases") {
                out.extend(a.iter().filter_map(Value::as_str).map(str::to_string));
            }
            out
        }
        _ => Vec::new(),
    }
}

/// Gold actors as `(role, aliases)`, participants then initiators then targets.
pub fn gold_actors(ev: &Value) -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    for (key, role) in ROLES {
        for a in list(ev, key) {
            out.push((role, aliases_of(a)));
        }
    }
    out
}

/// Predicted actors as `(role, names)`; a bare string is an actor's name.
pub fn pred_actors(ev: &Value) -> Vec<(Option<String>, Vec<String>)> {
    list(ev, "actors")
        .iter()
        .map(|a| {
            let role = a.get("role").and_then(Value::as_str).map(str::to_string);
            (role, pred_names(a))
        })
        .collect()
}

/// Gold locations as alias lists.
pub fn gold_locations(ev: &Value) -> Vec<Vec<String>> {
    list(ev, "locations").iter().map(aliases_of).collect()
}

/// Predicted locations as name lists.
pub fn pred_locations(ev: &Value) -> Vec<Vec<String>> {
    list(ev, "locations").iter().map(pred_names).collect()
}

/// The date value of a prediction (`date.value`, or `date` as a string).
pub fn pred_date(ev: &Value) -> Option<&str> {
    match ev.get("date") {
        Some(Value::Object(d)) => d.get("value").and_then(Value::as_str),
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

/// The gold date, if any.
pub fn gold_date(ev: &Value) -> Option<&str> {
    ev.get("date").and_then(Value::as_str)
}

/// Exact at the gold precision; a finer prediction that agrees counts.
pub fn date_ok(gold: Option<&str>, pred: Option<&str>) -> bool {
    match (gold, pred) {
        (Some(g), Some(p)) if !g.is_empty() && !p.is_empty() => {
            p == g || p.strip_prefix(g).is_some_and(|r| r.starts_with('-'))
        }
        _ => false,
    }
}

/// `p.get("kind", p.get("type"))`.
pub fn pred_kind(p: &Value) -> Option<&Value> {
    match p.get("kind") {
        Some(k) => Some(k),
        None => p.get("type"),
    }
}

fn same_kind(g: &Value, p: &Value) -> bool {
    g.get("type").is_some_and(|t| pred_kind(p) == Some(t))
}

fn kind_key(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => "None".to_string(),
    }
}

// ---------------------------------------------------------------------------
// pairing

/// Greedy one-to-one matching: each gold item takes the first unused
/// predicted item it matches. Returns the pairs `(gold, pred)`.
pub fn match_sets<G, P>(
    gold: &[G],
    pred: &[P],
    key: impl Fn(&G, &P) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = HashSet::new();
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            if used.contains(&pi) {
                continue;
            }
            if key(g, p) {
                used.insert(pi);
                pairs.push((gi, pi));
                break;
            }
        }
    }
    pairs
}

/// Number of gold actors matched by name (role ignored).
pub fn matched_actors(g: &Value, p: &Value) -> usize {
    let ga = gold_actors(g);
    let pa = pred_actors(p);
    match_sets(&ga, &pa, |(_, a), (_, n)| alias_match(a, n)).len()
}

/// Number of gold actors matched by name and role.
pub fn matched_actor_roles(g: &Value, p: &Value) -> usize {
    let ga = gold_actors(g);
    let pa = pred_actors(p);
    match_sets(&ga, &pa, |(gr, a), (pr, n)| {
        pr.as_deref() == Some(*gr) && alias_match(a, n)
    })
    .len()
}

/// Number of gold locations matched.
pub fn matched_locations(g: &Value, p: &Value) -> usize {
    let gl = gold_locations(g);
    let pl = pred_locations(p);
    match_sets(&gl, &pl, |a, n| alias_match(a, n)).len()
}

/// Agreement of a gold and a predicted event: `None` when they share no
/// actor or place, else shared actors + shared places + 1 for the date.
pub fn pair_score(g: &Value, p: &Value) -> Option<usize> {
    let na = matched_actors(g, p);
    let nl = matched_locations(g, p);
    if na + nl == 0 {
        return None;
    }
    Some(na + nl + usize::from(date_ok(gold_date(g), pred_date(p))))
}

/// Max-agreement one-to-one pairing of same-kind events (greedy on score,
/// ties by gold index then predicted index).
pub fn pair_events(golds: &[&Value], preds: &[&Value]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(std::cmp::Reverse<usize>, usize, usize)> = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if !same_kind(g, p) {
                continue;
            }
            if let Some(s) = pair_score(g, p) {
                cands.push((std::cmp::Reverse(s), gi, pi));
            }
        }
    }
    cands.sort();
    let (mut ug, mut up, mut pairs) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, gi, pi) in cands {
        if ug.contains(&gi) || up.contains(&pi) {
            continue;
        }
        ug.insert(gi);
        up.insert(pi);
        pairs.push((gi, pi));
    }
    pairs
}

// ---------------------------------------------------------------------------
// scoring

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "P {:.3}  R {:.3}  F1 {:.3}", self.p, self.r, self.f1)
    }
}

/// Hits, predicted and gold counts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    pub tp: usize,
    pub np: usize,
    pub ng: usize,
}

impl Tally {
    pub fn add(&mut self, tp: usize, np: usize, ng: usize) {
        self.tp += tp;
        self.np += np;
        self.ng += ng;
    }

    pub fn prf(&self) -> Prf {
        let p = if self.np > 0 {
            self.tp as f64 / self.np as f64
        } else {
            0.0
        };
        let r = if self.ng > 0 {
            self.tp as f64 / self.ng as f64
        } else {
            0.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f1 }
    }
}

/// Per-kind event scores.
#[derive(Debug, Clone, Copy)]
pub struct KindScore {
    pub prf: Prf,
    pub gold: usize,
    pub pred: usize,
}

/// The scorer's summary (`score.py --json`).
#[derive(Debug, Clone)]
pub struct Score {
    pub documents: usize,
    pub documents_missing: usize,
    pub event: Prf,
    pub actor: Prf,
    pub actor_role: Prf,
    pub location: Prf,
    pub date_accuracy: f64,
    pub negated_found: usize,
    pub negated_total: usize,
    pub redundant: usize,
    pub slot: Prf,
    pub per_kind: BTreeMap<String, KindScore>,
    pub gold_events: usize,
    pub pred_events: usize,
    pub paired: usize,
}

impl Score {
    /// The table `score.py` prints.
    pub fn table(&self) -> String {
        let mut s = String::new();
        s += &format!(
            "documents {} (missing from predictions: {})\n",
            self.documents, self.documents_missing
        );
        s += &format!(
            "events      {}   (gold_events {}, pred_events {}, paired {})\n",
            self.event, self.gold_events, self.pred_events, self.paired
        );
        s += &format!("actors      {}\n", self.actor);
        s += &format!("actor+role  {}\n", self.actor_role);
        s += &format!("locations   {}\n", self.location);
        s += &format!("dates       accuracy {:.3}\n", self.date_accuracy);
        s += &format!(
            "negated     found {}/{}   redundant (repeats of a found event) {}\n",
            self.negated_found, self.negated_total, self.redundant
        );
        for (k, d) in &self.per_kind {
            s += &format!("  {k:<11} {}  gold {} pred {}\n", d.prf, d.gold, d.pred);
        }
        s += &format!("slot F1 (end to end) {:.3}\n", self.slot.f1);
        s
    }
}

fn kind_allowed(kinds: Option<&BTreeSet<String>>, kind: Option<&Value>) -> bool {
    match kinds {
        None => true,
        Some(set) => kind
            .and_then(Value::as_str)
            .is_some_and(|k| set.contains(k)),
    }
}

fn slot_count_pred(p: &Value) -> usize {
    1 + pred_actors(p).len() + list(p, "locations").len() + usize::from(truthy_date(pred_date(p)))
}

fn slot_count_gold(g: &Value) -> usize {
    1 + gold_actors(g).len() + list(g, "locations").len() + usize::from(truthy_date(gold_date(g)))
}

fn truthy_date(d: Option<&str>) -> bool {
    d.is_some_and(|d| !d.is_empty())
}

/// Scores predictions (`id` → events) against gold articles (`id`, article),
/// on the given kinds (`None`: all).
pub fn score(
    gold: &[(String, Value)],
    preds: &HashMap<String, Vec<Value>>,
    kinds: Option<&BTreeSet<String>>,
) -> Score {
    let (mut ev, mut act, mut role, mut loc, mut slot) = (
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
    );
    let mut per_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut dates_ok, mut dates_n) = (0usize, 0usize);
    let (mut neg_found, mut neg_n, mut dup_n) = (0usize, 0usize, 0usize);
    let missing = gold
        .iter()
        .filter(|(id, _)| !preds.contains_key(id))
        .count();
    let no_events: Vec<Value> = Vec::new();
    for (doc_id, doc) in gold {
        let g_all: Vec<&Value> = list(doc, "events")
            .iter()
            .filter(|g| kind_allowed(kinds, g.get("type")))
            .collect();
        let golds: Vec<&Value> = g_all
            .iter()
            .copied()
            .filter(|g| !truthy(g.get("negated")))
            .collect();
        let gneg: Vec<&Value> = g_all
            .iter()
            .copied()
            .filter(|g| truthy(g.get("negated")))
            .collect();
        let p_all: Vec<&Value> = preds
            .get(doc_id)
            .unwrap_or(&no_events)
            .iter()
            .filter(|p| kind_allowed(kinds, pred_kind(p)))
            .collect();
        let ps0: Vec<&Value> = p_all
            .iter()
            .copied()
            .filter(|p| !truthy(p.get("negated")))
            .collect();
        let pneg: Vec<&Value> = p_all
            .iter()
            .copied()
            .filter(|p| truthy(p.get("negated")))
            .collect();
        let pairs0 = pair_events(&golds, &ps0);
        let paired_p: HashSet<usize> = pairs0.iter().map(|&(_, pi)| pi).collect();
        let redundant: HashSet<usize> = ps0
            .iter()
            .enumerate()
            .filter(|(pi, p)| {
                !paired_p.contains(pi)
                    && golds
                        .iter()
                        .any(|g| same_kind(g, p) && pair_score(g, p).is_some())
            })
            .map(|(pi, _)| pi)
            .collect();
        dup_n += redundant.len();
        let ps: Vec<&Value> = ps0
            .iter()
            .enumerate()
            .filter(|(pi, _)| !redundant.contains(pi))
            .map(|(_, p)| *p)
            .collect();
        let pairs = pair_events(&golds, &ps);
        neg_n += gneg.len();
        neg_found += pair_events(&gneg, &pneg).len();
        ev.add(pairs.len(), ps.len(), golds.len());
        let mut kinds_here: BTreeSet<String> =
            golds.iter().map(|g| kind_key(g.get("type"))).collect();
        kinds_here.extend(ps.iter().map(|p| kind_key(pred_kind(p))));
        for k in kinds_here {
            let tp = pairs
                .iter()
                .filter(|&&(gi, _)| kind_key(golds[gi].get("type")) == k)
                .count();
            let np = ps.iter().filter(|p| kind_key(pred_kind(p)) == k).count();
            let ng = golds
                .iter()
                .filter(|g| kind_key(g.get("type")) == k)
                .count();
            per_kind.entry(k).or_default().add(tp, np, ng);
        }
        let mut s_tp = pairs.len();
        let s_np: usize = ps.iter().map(|p| slot_count_pred(p)).sum();
        let s_ng: usize = golds.iter().map(|g| slot_count_gold(g)).sum();
        for &(gi, pi) in &pairs {
            let (g, p) = (golds[gi], ps[pi]);
            let (nga, npa) = (gold_actors(g).len(), pred_actors(p).len());
            let na = matched_actors(g, p);
            act.add(na, npa, nga);
            role.add(matched_actor_roles(g, p), npa, nga);
            let nl = matched_locations(g, p);
            loc.add(nl, list(p, "locations").len(), list(g, "locations").len());
            let dok = date_ok(gold_date(g), pred_date(p));
            if truthy(g.get("date")) {
                dates_n += 1;
                dates_ok += usize::from(dok);
            }
            s_tp += na + nl + usize::from(dok);
        }
        slot.add(s_tp, s_np, s_ng);
    }
    Score {
        documents: gold.len(),
        documents_missing: missing,
        event: ev.prf(),
        actor: act.prf(),
        actor_role: role.prf(),
        location: loc.prf(),
        date_accuracy: if dates_n > 0 {
            dates_ok as f64 / dates_n as f64
        } else {
            0.0
        },
        negated_found: neg_found,
        negated_total: neg_n,
        redundant: dup_n,
        slot: slot.prf(),
        per_kind: per_kind
            .into_iter()
            .map(|(k, t)| {
                (
                    k,
                    KindScore {
                        prf: t.prf(),
                        gold: t.ng,
                        pred: t.np,
                    },
                )
            })
            .collect(),
        gold_events: ev.ng,
        pred_events: ev.np,
        paired: ev.tp,
    }
}

// ---------------------------------------------------------------------------
// loading

/// The kinds a gold set annotates, from its `_set.json` (`None`: all).
pub fn load_kinds(dir: &Path) -> Option<BTreeSet<String>> {
    let f = dir.join("_set.json");
    let text = std::fs::read_to_string(f).ok()?;
    let v: Value = serde_json::from_str(&text).expect("_set.json is JSON");
    let kinds: BTreeSet<String> = list(&v, "kinds")
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    (!kinds.is_empty()).then_some(kinds)
}

/// Gold articles of a directory (`*.json` not starting with `_`, in file-name
/// order), as `(id, article)`; a later duplicate id replaces the earlier.
pub fn load_gold(dir: &Path) -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json") && !name.starts_with('_')
        })
        .collect();
    files.sort();
    let mut docs: Vec<(String, Value)> = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let d: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let id = d["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no id", f.display()))
            .to_string();
        match docs.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = d,
            None => docs.push((id, d)),
        }
    }
    docs
}

/// `gold2pred.py`: gold events as perfect predictions.
pub fn gold_to_pred(doc: &Value) -> Vec<Value> {
    list(doc, "events")
        .iter()
        .map(|g| {
            let mut actors = Vec::new();
            for (key, role) in ROLES {
                for a in list(g, key) {
                    actors.push(serde_json::json!({"name": a[0], "role": role}));
                }
            }
            let locations: Vec<Value> = list(g, "locations")
                .iter()
                .map(|l| serde_json::json!({"name": l[0]}))
                .collect();
            serde_json::json!({
                "kind": g["type"],
                "actors": actors,
                "locations": locations,
                "date": {"value": g.get("date").cloned().unwrap_or(Value::Null)},
                "negated": truthy(g.get("negated")),
            })
        })
        .collect()
}

/// The bundled dev set.
pub fn fixtures_dev() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev")
}

/// The publication date of a gold article.
pub fn published(doc: &Value) -> chrono::NaiveDate {
    let s = doc["published"].as_str().expect("a `published` date");
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("published is YYYY-MM-DD")
}

/// The extractor's events for a gold article, in the scorer's JSON form.
pub fn predict(extractor: &casus::Extractor, doc: &Value) -> Vec<Value> {
    let text = doc["text"].as_str().expect("an article text");
    let events = extractor.extract_at(text, Some(published(doc)));
    match serde_json::to_value(&events).expect("events serialize") {
        Value::Array(a) => a,
        other => panic!("events serialized as {other}"),
    }
}

// ---------------------------------------------------------------------------
// span checks (not part of the scorer)

/// Asserts that every span of every event lies on char boundaries inside
/// `text` and covers the text recorded with it (trigger, actors, places, and
/// the date expression when it has a span).
pub fn assert_spans_valid(text: &str, events: &[casus::Event]) {
    let check = |what: &str, span: casus::Span| -> &str {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{what}: span {span:?} outside the text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what}: span {span:?} not on char boundaries"
        );
        &text[span.start..span.end]
    };
    for (i, e) in events.iter().enumerate() {
        let got = check(&format!("event {i} trigger"), e.trigger.span);
        assert_eq!(got, e.trigger.text, "event {i} trigger text");
        check(&format!("event {i} sentence"), e.sentence);
        for m in &e.mentions {
            check(&format!("event {i} mention"), *m);
        }
        for a in &e.actors {
            let got = check(&format!("event {i} actor {}", a.name), a.span);
            assert_eq!(got, a.text, "event {i} actor text");
        }
        for p in &e.locations {
            let got = check(&format!("event {i} place {}", p.name), p.span);
            assert_eq!(got, p.text, "event {i} place text");
        }
        if let Some(d) = &e.date {
            if let Some(span) = d.span {
                let got = check(&format!("event {i} date"), span);
                assert_eq!(got, d.text, "event {i} date text");
            }
        }
    }
}
