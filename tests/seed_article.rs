//! Golden test on the seed article, Kurdistan 24's "Peshmerga, Coalition
//! discuss Islamic State movements in Kirkuk, Nineveh" (published, by the dev
//! set's assumption, on Tuesday 2018-08-28).
//!
//! What the article says, and what is asserted here with the scorer's alias
//! matching against the gold events of the fixture:
//! - the Peshmerga and the US-led Coalition met in Erbil on Monday (2018-08-27);
//! - IS carries out attacks and kidnappings in Kirkuk, Diyala and Salahuddin;
//! - Iraqi forces and Shia militias attacked the Peshmerga and took Kirkuk
//!   from them on Oct. 16 last year (2017-10-16);
//! - militants and sleeper cells attack in the area (Kirkuk).

mod common;

use casus::Extractor;
use common::{
    alias_match, gold_actors, matched_actor_roles, matched_locations, pair_events, pred_date,
    pred_kind, truthy,
};
use serde_json::Value;
use std::sync::OnceLock;

struct Seed {
    golds: Vec<Value>,
    preds: Vec<Value>,
    /// `(gold index, pred index)` as the scorer pairs them.
    pairs: Vec<(usize, usize)>,
}

fn seed() -> &'static Seed {
    static SEED: OnceLock<Seed> = OnceLock::new();
    SEED.get_or_init(|| {
        let path = common::fixtures_dev().join("k24-peshmerga-coalition.json");
        let text = std::fs::read_to_string(&path).expect("the seed fixture");
        let doc: Value = serde_json::from_str(&text).expect("the seed fixture is JSON");
        assert_eq!(doc["published"], "2018-08-28");
        let extractor = Extractor::builder()
            .build()
            .expect("the default extractor builds");
        let golds: Vec<Value> = doc["events"]
            .as_array()
            .expect("gold events")
            .iter()
            .filter(|g| !truthy(g.get("negated")))
            .cloned()
            .collect();
        let preds: Vec<Value> = common::predict(&extractor, &doc)
            .into_iter()
            .filter(|p| !truthy(p.get("negated")))
            .collect();
        let pairs = {
            let g: Vec<&Value> = golds.iter().collect();
            let p: Vec<&Value> = preds.iter().collect();
            pair_events(&g, &p)
        };
        for p in &preds {
            println!("predicted: {}", brief(p));
        }
        Seed {
            golds,
            preds,
            pairs,
        }
    })
}

fn brief(p: &Value) -> String {
    let actors: Vec<String> = p["actors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| format!("{}/{}={}", a["name"], a["text"], a["role"]))
        .collect();
    let places: Vec<String> = p["locations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| format!("{}/{}", l["name"], l["text"]))
        .collect();
    format!(
        "{} actors [{}] places [{}] date {:?}",
        p["kind"],
        actors.join(", "),
        places.join(", "),
        pred_date(p)
    )
}

/// The gold event of `kind` whose first actor has `alias` among its aliases.
fn gold_index(kind: &str, alias: &str) -> usize {
    let s = seed();
    let found: Vec<usize> = (0..s.golds.len())
        .filter(|&i| {
            let g = &s.golds[i];
            g["type"] == kind
                && gold_actors(g)
                    .first()
                    .is_some_and(|(_, aliases)| aliases.iter().any(|a| a == alias))
        })
        .collect();
    assert_eq!(found.len(), 1, "one gold {kind} by {alias}");
    found[0]
}

/// The prediction paired with the gold event, if any.
fn paired(kind: &str, alias: &str) -> (&'static Value, Option<&'static Value>) {
    let s = seed();
    let gi = gold_index(kind, alias);
    let p = s
        .pairs
        .iter()
        .find(|&&(g, _)| g == gi)
        .map(|&(_, pi)| &s.preds[pi]);
    (&s.golds[gi], p)
}

/// Asserts the gold event is found with all its actors in their roles and all
/// its places.
fn assert_found_whole(kind: &str, alias: &str) -> &'static Value {
    let (g, p) = paired(kind, alias);
    let p = p.unwrap_or_else(|| panic!("no predicted event pairs with the gold {kind} by {alias}"));
    let n_actors = gold_actors(g).len();
    assert_eq!(
        matched_actor_roles(g, p),
        n_actors,
        "all {n_actors} actors of the {kind} by {alias} in their roles: {}",
        brief(p)
    );
    let n_places = g["locations"].as_array().map_or(0, Vec::len);
    assert_eq!(
        matched_locations(g, p),
        n_places,
        "all {n_places} places of the {kind} by {alias}: {}",
        brief(p)
    );
    p
}

fn has_place(p: &Value, place: &str) -> bool {
    p["locations"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|l| alias_match(&[place], &common::pred_names(l)))
}

#[test]
fn meeting_of_peshmerga_and_coalition_in_erbil_on_monday() {
    let p = assert_found_whole("meeting", "Peshmerga");
    assert!(has_place(p, "Erbil"), "{}", brief(p));
    assert_eq!(pred_date(p), Some("2018-08-27"), "{}", brief(p));
}

/// Paired with the gold event, with all its places.
fn assert_found_in_places(kind: &str, alias: &str, places: &[&str]) -> &'static Value {
    let (g, p) = paired(kind, alias);
    let p = p.unwrap_or_else(|| panic!("no predicted event pairs with the gold {kind} by {alias}"));
    assert_eq!(
        matched_locations(g, p),
        places.len(),
        "all places of the {kind} by {alias}: {}",
        brief(p)
    );
    for place in places {
        assert!(has_place(p, place), "{place}: {}", brief(p));
    }
    p
}

const IS_PLACES: [&str; 3] = ["Kirkuk", "Diyala", "Salahuddin"];

#[test]
fn is_attacks_in_kirkuk_diyala_salahuddin() {
    assert_found_in_places("attack", "Islamic State", &IS_PLACES);
}

#[test]
fn is_attacks_are_by_is() {
    assert_found_whole("attack", "Islamic State");
}

#[test]
fn is_kidnappings_in_kirkuk_diyala_salahuddin() {
    assert_found_in_places("kidnapping", "Islamic State", &IS_PLACES);
}

// "the group continues to launch insurgency-style attacks, kidnappings, and
// ambushes": every coordinated event noun takes the support verb's subject.
#[test]
fn is_kidnappings_are_by_is() {
    assert_found_whole("kidnapping", "Islamic State");
}

#[test]
fn iraqi_forces_and_shia_militias_attack_peshmerga_in_kirkuk_on_oct_16() {
    let p = assert_found_whole("attack", "Iraqi forces");
    assert!(has_place(p, "Kirkuk"), "{}", brief(p));
    assert_eq!(pred_date(p), Some("2017-10-16"), "{}", brief(p));
}

#[test]
fn iraqi_forces_and_shia_militias_take_kirkuk_from_peshmerga() {
    let p = assert_found_whole("takeover", "Iraqi forces");
    assert!(has_place(p, "Kirkuk"), "{}", brief(p));
}

#[test]
fn kirkuk_takeover_dated_oct_16_2017() {
    let (_, p) = paired("takeover", "Iraqi forces");
    let p = p.expect("the takeover is found");
    assert_eq!(pred_date(p), Some("2017-10-16"), "{}", brief(p));
}

#[test]
fn militant_attacks_in_kirkuk() {
    let p = assert_found_whole("attack", "militants");
    assert!(has_place(p, "Kirkuk"), "{}", brief(p));
}

#[test]
fn every_gold_event_is_paired() {
    let s = seed();
    let missed: Vec<String> = (0..s.golds.len())
        .filter(|gi| !s.pairs.iter().any(|(g, _)| g == gi))
        .map(|gi| s.golds[gi].to_string())
        .collect();
    assert!(missed.is_empty(), "gold events not found: {missed:#?}");
}

/// Every predicted event is one of the gold events or repeats one (the
/// scorer's "redundant"): the article reports nothing else.
#[test]
fn no_false_alarms() {
    let s = seed();
    let false_alarms: Vec<String> = (0..s.preds.len())
        .filter(|pi| !s.pairs.iter().any(|(_, p)| p == pi))
        .filter(|&pi| {
            let p = &s.preds[pi];
            !s.golds
                .iter()
                .any(|g| pred_kind(p) == g.get("type") && common::pair_score(g, p).is_some())
        })
        .map(|pi| brief(&s.preds[pi]))
        .collect();
    assert!(false_alarms.is_empty(), "false alarms: {false_alarms:#?}");
}
