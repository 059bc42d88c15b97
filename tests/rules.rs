//! The extraction rules, one behaviour per line of `fixtures/rules.tsv`:
//! roles, passives, coordination, negation, modality, traps and dates.

use casus::{Event, EventKind, Extractor, Role};
use chrono::NaiveDate;

fn names(e: &Event, role: Role) -> Vec<String> {
    e.actors
        .iter()
        .filter(|a| a.role == role)
        .flat_map(|a| [a.name.to_lowercase(), a.text.to_lowercase()])
        .collect()
}

/// Whether `event` matches the expected description (see the fixture's header).
fn matches(event: &Event, expected: &str) -> Result<(), String> {
    let mut parts = expected.split(' ').peekable();
    let kind = parts.next().unwrap_or("");
    if serde_json::to_value(event.kind).unwrap() != kind {
        return Err(format!("kind {:?}", event.kind));
    }
    let words: Vec<&str> = expected.split(' ').skip(1).collect();
    // a name may have spaces: join words up to the next marker
    let mut items: Vec<String> = Vec::new();
    for w in words {
        if w.starts_with(['+', '-', '@', '%', '=', '!']) {
            items.push(w.to_string());
        } else if let Some(last) = items.last_mut() {
            last.push(' ');
            last.push_str(w);
        }
    }
    for item in items {
        let (mark, rest) = item.split_at(1);
        match mark {
            "+" | "-" => {
                let (role, name) = rest.split_once(':').unwrap();
                let role = match role {
                    "i" => Role::Initiator,
                    "t" => Role::Target,
                    _ => Role::Participant,
                };
                let found = names(event, role);
                let present = found.iter().any(|n| n == &name.to_lowercase());
                if mark == "+" && !present {
                    return Err(format!("no {role:?} {name}: {found:?}"));
                }
                if mark == "-" && present {
                    return Err(format!("{role:?} {name}, which it must not have"));
                }
            }
            "@" => {
                if !event
                    .locations
                    .iter()
                    .any(|p| p.name == rest || p.text == rest)
                {
                    return Err(format!("no place {rest}: {:?}", event.locations));
                }
            }
            "%" => {
                if event
                    .locations
                    .iter()
                    .any(|p| p.name == rest || p.text == rest)
                {
                    return Err(format!("place {rest}, which it must not have"));
                }
            }
            "=" => {
                let value = event.date.as_ref().and_then(|d| d.value.as_deref());
                // "=none": the event has no date
                let expected = (rest != "none").then_some(rest);
                if value != expected {
                    return Err(format!("date {value:?}, not {rest}"));
                }
            }
            "!" => {
                if !event.negated {
                    return Err("not negated".into());
                }
            }
            _ => return Err(format!("bad marker in {item}")),
        }
    }
    if !expected.contains("!neg") && event.negated {
        return Err("negated".into());
    }
    Ok(())
}

#[test]
fn rules_fixture() {
    let extractor = Extractor::builder().build().unwrap();
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in include_str!("fixtures/rules.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        cases += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        let published = NaiveDate::parse_from_str(cols[1], "%Y-%m-%d").ok();
        let events = extractor.extract_at(cols[0], published);
        if cols[2] == "none" {
            let asserted: Vec<&EventKind> = events
                .iter()
                .filter(|e| !e.negated)
                .map(|e| &e.kind)
                .collect();
            if !asserted.is_empty() {
                failures.push(format!("{}: expected no event, got {asserted:?}", cols[0]));
            }
            continue;
        }
        let expected: Vec<&str> = cols[2].split(" ; ").collect();
        for want in &expected {
            let errors: Vec<String> = events
                .iter()
                .map(|e| matches(e, want))
                .filter_map(Result::err)
                .collect();
            if errors.len() == events.len() {
                failures.push(format!(
                    "{}: no event matches `{want}`: {errors:?}",
                    cols[0]
                ));
            }
        }
        if events.len() > expected.len() {
            failures.push(format!(
                "{}: {} events, expected {}",
                cols[0],
                events.len(),
                expected.len()
            ));
        }
    }
    assert!(cases >= 20);
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
