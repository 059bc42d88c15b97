//! The checks run by the fuzz targets, on one input each.
//!
//! Shared by the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`, through the
//! `casus-fuzz` library) and by the regression test
//! `tests/fuzz_regressions.rs`, which includes this file by path and runs
//! every input saved under `tests/fixtures/fuzz/`. Every check panics on a
//! violation, so that libFuzzer reports it as a crash.

use casus::time::{find_dates, TimeExpr, TimeValue};
use casus::{Event, Extractor, Gazetteer, Span};
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

/// The fixed publication date used alongside `None`.
pub fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 8, 28).expect("valid date")
}

fn default_extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .build()
            .expect("the built-in gazetteer builds")
    })
}

/// `extract` target: arbitrary bytes; if UTF-8, extract with a fixed
/// publication date and with none, and check every span of every event.
pub fn extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let extractor = default_extractor();
    for published in [Some(published()), None] {
        let events = extractor.extract_at(text, published);
        check_events(text, &events);
    }
}

/// Panics unless `span` lies within `text` on char boundaries.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of range for a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
}

/// Panics unless `span` is valid and `text[span]` is `recorded`.
fn check_span_text(text: &str, span: Span, recorded: &str, what: &str) {
    check_span(text, span, what);
    let slice = &text[span.start..span.end];
    assert_eq!(
        slice, recorded,
        "{what} span {span:?} covers {slice:?} but the recorded text is {recorded:?}"
    );
}

/// The invariants every extracted event must hold on `text`.
pub fn check_events(text: &str, events: &[Event]) {
    for event in events {
        check_span_text(text, event.trigger.span, &event.trigger.text, "trigger");
        check_span(text, event.sentence, "sentence");
        for mention in &event.mentions {
            check_span(text, *mention, "mention");
        }
        for actor in &event.actors {
            check_span_text(text, actor.span, &actor.text, "actor");
        }
        for place in &event.locations {
            check_span_text(text, place.span, &place.text, "location");
        }
        if let Some(date) = &event.date {
            if let Some(span) = date.span {
                check_span_text(text, span, &date.text, "date");
            }
        }
        assert!(
            (0.0..=1.0).contains(&event.confidence),
            "confidence {} outside 0..=1",
            event.confidence
        );
    }
}

/// `gazetteer` target: the first byte picks the reader (places, actors,
/// demonyms, or all three on the rest split at NUL bytes). Reading must
/// return `Ok` or `Err`, never panic; on `Ok` an extractor is built on the
/// gazetteer and run on a fixed text and on a text naming its entries.
pub fn gazetteer(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let read = |which: u8, bytes: &[u8]| -> Option<Gazetteer> {
        let result = match which {
            0 => Gazetteer::read_places(bytes, "fuzz-places"),
            1 => Gazetteer::read_actors(bytes, "fuzz-actors"),
            _ => Gazetteer::read_demonyms(bytes, "fuzz-demonyms"),
        };
        match result {
            Ok(g) => Some(g),
            Err(e) => {
                // Errors must render without panicking.
                let _ = e.to_string();
                None
            }
        }
    };
    let gazetteer = match selector % 4 {
        which @ 0..=2 => read(which, rest),
        _ => {
            let mut parts = rest.splitn(3, |&b| b == 0);
            let mut g = Gazetteer::new();
            let mut ok = true;
            for which in 0..3 {
                match read(which, parts.next().unwrap_or(&[])) {
                    Some(part) => g.extend(part),
                    None => ok = false,
                }
            }
            ok.then_some(g)
        }
    };
    let Some(gazetteer) = gazetteer else {
        return;
    };
    let names = entry_names(&gazetteer);
    let Ok(extractor) = Extractor::builder().gazetteer(gazetteer).build() else {
        return;
    };
    let fixed = "Iraqi forces seized Kirkuk on Monday. Gunmen kidnapped 20 villagers \
                 in Kaduna State last week, police said.";
    let events = extractor.extract_at(fixed, Some(published()));
    check_events(fixed, &events);

    let name = |i: usize| names.get(i % names.len().max(1)).map_or("Kirkuk", |s| s);
    let text = format!(
        "{} forces attacked {} on Monday. {} protesters rallied in {} and police \
         arrested {}. {} met {} in {} on Oct. 16.",
        name(0),
        name(1),
        name(2),
        name(3),
        name(4),
        name(5),
        name(6),
        name(7),
    );
    for published in [Some(published()), None] {
        let events = extractor.extract_at(&text, published);
        check_events(&text, &events);
    }
}

/// Up to eight names and aliases of the gazetteer's entries.
fn entry_names(g: &Gazetteer) -> Vec<String> {
    let places = g
        .places()
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases));
    let actors = g
        .actors()
        .iter()
        .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases));
    let demonyms = g.demonyms().iter().flat_map(|d| {
        std::iter::once(&d.country_name)
            .chain(&d.adjectives)
            .chain(&d.people)
    });
    places
        .chain(actors)
        .chain(demonyms)
        .take(8)
        .cloned()
        .collect()
}

/// A publication date from the first bytes of a `dates` input, and the rest.
/// Covers `None`, the whole chrono range (including `NaiveDate::MIN` and
/// `MAX` and dates near them) and ordinary dates.
pub fn dates_published(data: &[u8]) -> (Option<NaiveDate>, &[u8]) {
    let (head, rest) = data.split_at(data.len().min(5));
    let mut raw = [0u8; 5];
    raw[..head.len()].copy_from_slice(head);
    let offset = i32::from_le_bytes([raw[1], raw[2], raw[3], raw[4]]);
    let published = match raw[0] % 6 {
        0 => None,
        1 => Some(
            NaiveDate::from_num_days_from_ce_opt(offset).unwrap_or(if offset < 0 {
                NaiveDate::MIN
            } else {
                NaiveDate::MAX
            }),
        ),
        2 => NaiveDate::MIN
            .checked_add_days(chrono::Days::new(u64::from(offset.unsigned_abs() % 800))),
        3 => NaiveDate::MAX
            .checked_sub_days(chrono::Days::new(u64::from(offset.unsigned_abs() % 800))),
        4 => {
            // Any year chrono accepts, with any month and day.
            let max = NaiveDate::MAX.year();
            let year = offset.rem_euclid(2 * max + 1) - max;
            NaiveDate::from_ymd_opt(year, u32::from(raw[2] % 12) + 1, u32::from(raw[3] % 31) + 1)
                .or(Some(NaiveDate::MIN))
        }
        _ => {
            // Ordinary news dates, 1900..2100.
            NaiveDate::from_ymd_opt(
                1900 + offset.rem_euclid(200),
                u32::from(raw[2] % 12) + 1,
                u32::from(raw[3] % 28) + 1,
            )
        }
    };
    (published, rest)
}

/// `dates` target: a publication date from the first five bytes, the rest as
/// text (lossily decoded). `find_dates` must not panic; every expression must
/// lie on char boundaries, match its text, be sorted and non-overlapping, and
/// carry a valid value.
pub fn dates(data: &[u8]) {
    let (published, rest) = dates_published(data);
    let text = String::from_utf8_lossy(rest);
    let found = find_dates(&text, published);
    check_dates(&text, &found);
}

/// The invariants of `find_dates` output on `text`.
pub fn check_dates(text: &str, found: &[TimeExpr]) {
    let mut prev_end = 0;
    for expr in found {
        check_span_text(
            text,
            Span::new(expr.start, expr.end),
            &expr.text,
            "time expression",
        );
        assert!(
            expr.start >= prev_end,
            "time expression {:?} at {}..{} overlaps or precedes the previous one (ends at {prev_end})",
            expr.text,
            expr.start,
            expr.end
        );
        prev_end = expr.end;
        if let Some(value) = expr.value {
            check_value(&value);
        }
        if let Some(value) = expr.event_value() {
            check_value(&value);
        }
    }
}

fn check_value(value: &TimeValue) {
    let valid = match *value {
        TimeValue::Day(_) | TimeValue::Year(_) => true,
        TimeValue::Week { week, .. } => (1..=53).contains(&week),
        TimeValue::Month { month, .. } => (1..=12).contains(&month),
        TimeValue::Quarter { quarter, .. } => (1..=4).contains(&quarter),
        _ => true,
    };
    assert!(valid, "invalid value {value:?}");
    let _ = value.iso();
    let _ = value.precision();
    assert!(
        value.first_day() <= value.last_day(),
        "{value:?}: first day {} after last day {}",
        value.first_day(),
        value.last_day()
    );
}
