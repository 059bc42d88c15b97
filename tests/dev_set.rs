//! The default extractor on the bundled dev set, scored with the port of
//! `shared/eval/score.py` in `tests/common`, against quality floors.
//!
//! Run with `cargo test --release --test dev_set -- --nocapture` to see the
//! table.

mod common;

use casus::Extractor;
use common::{load_gold, load_kinds, norm, predict, score, Score};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Least scores a set must reach.
struct Floors {
    event: f64,
    slot: f64,
    date: f64,
}

/// The dev set's floors: the figures last measured, minus 0.02, rounded down
/// (event F1 1.000, slot F1 0.984, date accuracy 1.000; the port and
/// `python3 score.py` agree on every figure).
const DEV: Floors = Floors {
    event: 0.98,
    slot: 0.964,
    date: 0.98,
};

/// The synthetic set's floors, measured the same way on its 470 articles
/// (event F1 0.948, slot F1 0.842, date accuracy 0.941), minus 0.02:
/// articles the rules were not written from at first, so lower, and a guard
/// against losing what was gained on them.
const SYNTHETIC: Floors = Floors {
    event: 0.928,
    slot: 0.822,
    date: 0.921,
};

fn predictions(gold: &[(String, Value)]) -> HashMap<String, Vec<Value>> {
    let extractor = Extractor::builder()
        .build()
        .expect("the default extractor builds");
    gold.iter()
        .map(|(id, doc)| (id.clone(), predict(&extractor, doc)))
        .collect()
}

fn score_dir(dir: &Path) -> (Score, HashMap<String, Vec<Value>>) {
    let gold = load_gold(dir);
    assert!(!gold.is_empty(), "no gold articles in {}", dir.display());
    let preds = predictions(&gold);
    let kinds = load_kinds(dir);
    (score(&gold, &preds, kinds.as_ref()), preds)
}

fn assert_floors(label: &str, s: &Score, floors: &Floors) {
    println!("== {label}\n{}", s.table());
    assert_eq!(
        s.documents_missing, 0,
        "{label}: articles without predictions"
    );
    assert!(
        s.event.f1 >= floors.event,
        "{label}: event F1 {:.3} < {}",
        s.event.f1,
        floors.event
    );
    assert!(
        s.slot.f1 >= floors.slot,
        "{label}: slot F1 {:.3} < {}",
        s.slot.f1,
        floors.slot
    );
    assert!(
        s.date_accuracy >= floors.date,
        "{label}: date accuracy {:.3} < {}",
        s.date_accuracy,
        floors.date
    );
}

/// `../shared/eval` next to the crate, when it exists.
fn shared_eval() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    p.is_dir().then_some(p)
}

#[test]
fn dev_set_meets_floors() {
    let dir = common::fixtures_dev();
    let (s, preds) = score_dir(&dir);
    assert_floors("tests/fixtures/dev", &s, &DEV);
    if let Some(python) = python_score(&dir, &preds) {
        assert_agrees(&s, &python);
        println!("python score.py agrees with the port");
    }
}

#[test]
fn synthetic_set_meets_floors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/synthetic");
    let (s, preds) = score_dir(&dir);
    assert_floors("tests/fixtures/synthetic", &s, &SYNTHETIC);
    if let Some(python) = python_score(&dir, &preds) {
        assert_agrees(&s, &python);
    }
}

#[test]
fn shared_dev_set_meets_floors() {
    let Some(eval) = shared_eval() else {
        println!("../shared/eval is absent: skipped");
        return;
    };
    let dir = eval.join("dev");
    if !dir.is_dir() {
        println!("{} is absent: skipped", dir.display());
        return;
    }
    let (s, _) = score_dir(&dir);
    assert_floors("../shared/eval/dev", &s, &DEV);
}

// ---------------------------------------------------------------------------
// the port against python

/// Runs `python3 score.py DIR preds.jsonl --json` if Python and the scorer are
/// there.
fn python_score(dir: &Path, preds: &HashMap<String, Vec<Value>>) -> Option<Value> {
    let script = shared_eval()?.join("score.py");
    if !script.is_file() {
        return None;
    }
    let mut ids: Vec<&String> = preds.keys().collect();
    ids.sort();
    let jsonl: String = ids
        .iter()
        .map(|id| format!("{}\n", json!({"id": id, "events": preds[*id]})))
        .collect();
    let file = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("dev_set_preds_{}.jsonl", std::process::id()));
    std::fs::write(&file, jsonl).expect("write predictions");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(dir)
        .arg(&file)
        .arg("--json")
        .output();
    let _ = std::fs::remove_file(&file);
    let out = match out {
        Ok(o) if o.status.success() => o,
        Ok(o) => panic!("score.py failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            println!("python3 is not available ({e}): cross-check skipped");
            return None;
        }
    };
    Some(serde_json::from_slice(&out.stdout).expect("score.py --json prints JSON"))
}

fn close(label: &str, ours: f64, theirs: &Value) {
    let theirs = theirs
        .as_f64()
        .unwrap_or_else(|| panic!("{label}: python gave {theirs}"));
    assert!(
        (ours - theirs).abs() < 1e-9,
        "{label}: port {ours:.6} vs python {theirs:.6}"
    );
}

fn assert_agrees(s: &Score, py: &Value) {
    for (name, prf) in [
        ("event", s.event),
        ("actor", s.actor),
        ("actor_role", s.actor_role),
        ("location", s.location),
        ("slot", s.slot),
    ] {
        close(&format!("{name}.p"), prf.p, &py[name]["p"]);
        close(&format!("{name}.r"), prf.r, &py[name]["r"]);
        close(&format!("{name}.f1"), prf.f1, &py[name]["f1"]);
    }
    close("date_accuracy", s.date_accuracy, &py["date_accuracy"]);
    assert_eq!(py["documents"], json!(s.documents));
    assert_eq!(py["documents_missing"], json!(s.documents_missing));
    assert_eq!(py["redundant"], json!(s.redundant), "redundant");
    assert_eq!(
        py["negated_found"],
        json!(format!("{}/{}", s.negated_found, s.negated_total)),
        "negated_found"
    );
    assert_eq!(py["counts"]["gold_events"], json!(s.gold_events));
    assert_eq!(py["counts"]["pred_events"], json!(s.pred_events));
    assert_eq!(py["counts"]["paired"], json!(s.paired));
    let py_kinds = py["per_kind"].as_object().expect("per_kind");
    assert_eq!(
        py_kinds.keys().collect::<Vec<_>>(),
        s.per_kind.keys().collect::<Vec<_>>(),
        "per-kind keys"
    );
    for (k, d) in &s.per_kind {
        close(&format!("{k}.p"), d.prf.p, &py_kinds[k]["p"]);
        close(&format!("{k}.r"), d.prf.r, &py_kinds[k]["r"]);
        close(&format!("{k}.f1"), d.prf.f1, &py_kinds[k]["f1"]);
        assert_eq!(py_kinds[k]["gold"], json!(d.gold), "{k}.gold");
        assert_eq!(py_kinds[k]["pred"], json!(d.pred), "{k}.pred");
    }
}

// ---------------------------------------------------------------------------
// the port itself

#[test]
fn perfect_predictions_score_one() {
    let dir = common::fixtures_dev();
    let gold = load_gold(&dir);
    let preds: HashMap<String, Vec<Value>> = gold
        .iter()
        .map(|(id, doc)| (id.clone(), common::gold_to_pred(doc)))
        .collect();
    let s = score(&gold, &preds, load_kinds(&dir).as_ref());
    println!("{}", s.table());
    for (name, prf) in [
        ("event", s.event),
        ("actor", s.actor),
        ("actor_role", s.actor_role),
        ("location", s.location),
        ("slot", s.slot),
    ] {
        assert_eq!((prf.p, prf.r, prf.f1), (1.0, 1.0, 1.0), "{name}");
    }
    assert_eq!(s.date_accuracy, 1.0);
    assert_eq!(s.redundant, 0);
    assert_eq!(s.documents_missing, 0);
    assert!(s.negated_total > 0, "the dev set has a negated gold event");
    assert_eq!(s.negated_found, s.negated_total);
    assert_eq!(s.paired, s.gold_events);
    assert!(!s.per_kind.is_empty());
    for (k, d) in &s.per_kind {
        assert_eq!(d.prf.f1, 1.0, "{k}");
    }
}

#[test]
fn empty_predictions_have_zero_recall() {
    let dir = common::fixtures_dev();
    let gold = load_gold(&dir);
    let kinds = load_kinds(&dir);
    let empty: HashMap<String, Vec<Value>> = gold
        .iter()
        .map(|(id, _)| (id.clone(), Vec::new()))
        .collect();
    for preds in [empty, HashMap::new()] {
        let s = score(&gold, &preds, kinds.as_ref());
        assert!(s.gold_events > 0);
        assert_eq!(s.pred_events, 0);
        for prf in [s.event, s.actor, s.actor_role, s.location, s.slot] {
            assert_eq!(prf.r, 0.0);
            assert_eq!(prf.f1, 0.0);
        }
        assert_eq!(s.date_accuracy, 0.0);
        assert_eq!(s.negated_found, 0);
    }
}

#[test]
fn asserting_a_negated_gold_event_is_a_false_alarm() {
    let gold = vec![(
        "d".to_string(),
        json!({"id": "d", "events": [
            {"type": "meeting", "participants": [["Biden"], ["Xi"]], "locations": [["Rome"]], "negated": true},
            {"type": "meeting", "participants": [["Biden"], ["Xi"]], "locations": [["Bali"]], "date": "2022-11-14"}
        ]}),
    )];
    let ev = |loc: &str, negated: bool, date: Option<&str>| {
        json!({"kind": "meeting", "negated": negated, "date": {"value": date},
               "actors": [{"name": "Joe Biden", "role": "participant"}, {"name": "Xi Jinping", "role": "participant"}],
               "locations": [{"name": loc}]})
    };
    // the Bali meeting found, Rome reported as negated: perfect
    let preds = HashMap::from([(
        "d".to_string(),
        vec![
            ev("Bali", false, Some("2022-11-14")),
            ev("Rome", true, None),
        ],
    )]);
    let s = score(&gold, &preds, None);
    assert_eq!((s.event.p, s.event.r), (1.0, 1.0));
    assert_eq!((s.negated_found, s.negated_total), (1, 1));
    // Rome asserted: it pairs with the Bali gold meeting by its actors only if
    // Bali is not found; here Bali is found first, so Rome is redundant
    let preds = HashMap::from([(
        "d".to_string(),
        vec![
            ev("Bali", false, Some("2022-11-14")),
            ev("Rome", false, None),
        ],
    )]);
    let s = score(&gold, &preds, None);
    assert_eq!(s.redundant, 1);
    assert_eq!((s.event.p, s.event.r), (1.0, 1.0));
    assert_eq!(s.negated_found, 0);
    // only Rome asserted, with other actors: a false alarm
    let preds = HashMap::from([(
        "d".to_string(),
        vec![json!({"kind": "meeting", "actors": [], "locations": [{"name": "Rome"}]})],
    )]);
    let s = score(&gold, &preds, None);
    assert_eq!((s.event.p, s.event.r, s.pred_events), (0.0, 0.0, 1));
}

#[test]
fn greedy_pairing_prefers_agreement_and_filters_kinds() {
    let gold = vec![(
        "d".to_string(),
        json!({"id": "d", "events": [
            {"type": "attack", "initiators": [["IS"]], "locations": [["Kirkuk"]], "date": "2017-10"},
            {"type": "attack", "initiators": [["IS"]], "locations": [["Mosul"]]},
            {"type": "statement", "participants": [["IS"]]}
        ]}),
    )];
    let preds = HashMap::from([(
        "d".to_string(),
        vec![
            json!({"kind": "attack", "actors": [{"name": "Islamic State", "text": "IS", "role": "initiator"}],
                   "locations": [{"name": "Mosul", "text": "Mosul"}]}),
            json!({"kind": "attack", "actors": [{"name": "Islamic State", "text": "the IS group", "role": "target"}],
                   "locations": [{"name": "Kirkuk"}], "date": {"value": "2017-10-16"}}),
            json!({"kind": "statement", "actors": ["IS"]}),
        ],
    )]);
    let kinds = ["attack".to_string()].into_iter().collect();
    let s = score(&gold, &preds, Some(&kinds));
    assert_eq!((s.gold_events, s.pred_events, s.paired), (2, 2, 2));
    assert_eq!(
        s.date_accuracy, 1.0,
        "a finer date agreeing with the gold month counts"
    );
    assert_eq!(s.actor.f1, 1.0);
    assert_eq!(s.actor_role.r, 0.5, "one role is wrong");
    assert!(!s.per_kind.contains_key("statement"));
    let s = score(&gold, &preds, None);
    assert_eq!((s.gold_events, s.paired), (3, 3));
}

/// Expected values computed with Python's `score.norm`.
#[test]
fn norm_agrees_with_python() {
    let cases = [
        (
            "The Kurdistan Region’s Peshmerga",
            "kurdistan region peshmerga",
        ),
        ("the", "the"),
        ("The ", "the"),
        ("  the  US-led Coalition ", "us led coalition"),
        ("Thea Smith", "thea smith"),
        ("Kurdistan Region's", "kurdistan region"),
        ("it's", "it"),
        ("Ali’sa", "ali sa"),
        ("Erbil`s", "erbil"),
        ("x'sé", "x se"),
        ("x's_y", "x s y"),
        (
            "Sălăjan Düsseldorf Ñuñoa Łódź",
            "salajan dusseldorf nunoa odz",
        ),
        ("São Tomé", "sao tome"),
        ("Đà Nẵng", "a nang"),
        ("Ĳssel ﬁnal", "ijssel final"),
        ("ＩＳＩＳ", "isis"),
        ("｀Ṣ", ""),
        ("x’s＿y", "x s y"),
        ("ZB’s\u{34f}x", "zb x"),
        ("o\u{34f}e", "o e"),
        ("Qaraqosh\u{0301}", "qaraqosh"),
        ("e\u{0301}cole", "ecole"),
        ("Straße", "stra e"),
        ("Œuvre", "uvre"),
        ("Hashd al-Sha'abi", "hashd al sha abi"),
        ("داعش IS", "is"),
        ("", ""),
        ("’s", ""),
        ("The the", "the"),
    ];
    for (input, want) in cases {
        assert_eq!(norm(input), want, "norm({input:?})");
    }
}

#[test]
fn alias_matching_is_whole_word() {
    use common::alias_match;
    assert!(alias_match(&["Peshmerga"], &["Kurdish Peshmerga forces"]));
    assert!(alias_match(
        &["Coalition against the Islamic State"],
        &["Coalition"]
    ));
    assert!(alias_match(&["Erbil", "Hawler"], &["hawler"]));
    assert!(!alias_match(&["IS"], &["ISIS"]));
    assert!(!alias_match(&["Kirk"], &["Kirkuk"]));
    assert!(!alias_match(&["the"], &["The Hague"]));
    assert!(!alias_match::<&str, &str>(&[], &["x"]));
    assert!(!alias_match(&["", "—"], &["", "x"]));
}
