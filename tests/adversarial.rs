//! Bounded-cost tests on adversarial inputs. They count, never time: no panic,
//! valid spans, a bounded number of events and of arguments per event.

mod common;

use casus::{Event, Extractor};
use chrono::NaiveDate;
use common::assert_spans_valid;

/// Most events a sentence may yield (per kind of event it mentions).
const EVENTS_PER_SENTENCE: usize = 2;
/// Most actors, and most places, one event may carry.
const MAX_ARGS: usize = 64;
/// Most events from a text without any word boundary.
const MAX_EVENTS_NO_WHITESPACE: usize = 4;

const TEN_MB: usize = 10 * 1024 * 1024;

fn run(text: &str) -> Vec<Event> {
    let events = Extractor::default_ref().extract_at(text, NaiveDate::from_ymd_opt(2018, 8, 28));
    assert_spans_valid(text, &events);
    events
}

/// An upper bound on the number of sentences: sentence-final punctuation and
/// blank lines, plus one.
fn max_sentences(text: &str) -> usize {
    1 + text.matches(['.', '!', '?', '。']).count() + text.matches("\n\n").count()
}

fn assert_bounded(label: &str, text: &str, events: &[Event], max_events: usize) {
    let summary = || {
        events
            .iter()
            .take(5)
            .map(|e| {
                format!(
                    "{:?} ({} actors, {} places, trigger {:?})",
                    e.kind,
                    e.actors.len(),
                    e.locations.len(),
                    e.trigger.text
                )
            })
            .collect::<Vec<_>>()
    };
    println!(
        "{label}: {} bytes, {} events (bound {max_events})",
        text.len(),
        events.len()
    );
    assert!(
        events.len() <= max_events,
        "{label}: {} events > {max_events}: {:?}",
        events.len(),
        summary()
    );
    for (i, e) in events.iter().enumerate() {
        assert!(
            e.actors.len() <= MAX_ARGS,
            "{label}: event {i} has {} actors",
            e.actors.len()
        );
        assert!(
            e.locations.len() <= MAX_ARGS,
            "{label}: event {i} has {} places",
            e.locations.len()
        );
        // further mentions are merged triggers: one per trigger, never repeated
        let distinct: std::collections::HashSet<_> = e.mentions.iter().collect();
        assert_eq!(
            distinct.len(),
            e.mentions.len(),
            "{label}: event {i} repeats mentions"
        );
    }
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

#[test]
fn ten_megabytes_without_whitespace() {
    for unit in [
        "attackedKirkukISmetOct16seizedMosul2018",
        "a",
        "IS—attacked—Kirkuk—",
        "😀كركوك\u{301}",
    ] {
        let text = repeat_to(unit, TEN_MB);
        let events = run(&text);
        assert_bounded(
            &format!("no whitespace ({unit:?})"),
            &text,
            &events,
            MAX_EVENTS_NO_WHITESPACE,
        );
    }
}

#[test]
fn ten_megabytes_without_sentence_end() {
    // one kind of event
    let text = repeat_to("gunmen attacked Kirkuk and ", TEN_MB);
    assert_eq!(max_sentences(&text), 1);
    let events = run(&text);
    assert_bounded("no sentence end", &text, &events, EVENTS_PER_SENTENCE);
    // three kinds of event (attack, kidnapping, meeting): the bound per
    // sentence holds per kind
    let unit = "gunmen attacked Kirkuk and IS kidnapped villagers in Mosul on Monday while Iraqi forces met the Peshmerga in Erbil and ";
    let text = repeat_to(unit, TEN_MB);
    assert_eq!(max_sentences(&text), 1);
    let events = run(&text);
    assert_bounded(
        "no sentence end, three kinds",
        &text,
        &events,
        3 * EVENTS_PER_SENTENCE,
    );
}

#[test]
fn a_megabyte_sentence_of_pronouns_and_relative_clauses() {
    // rules that look back for an antecedent, a relative clause's opener or
    // the place the story was at: bounded looks, so one huge sentence stays
    // linear
    let unit = "police in Kirkuk said he was arrested, Ankara launched strikes on Sinjar, \
                Hamedi of the daily, who reported that Amini was held, was detained, \
                those held include Sherwan Sherwani and ";
    let text = repeat_to(unit, 1 << 20);
    assert_eq!(max_sentences(&text), 1);
    let events = run(&text);
    // arrests, attacks, kidnappings ("was held") and the listed: four kinds
    assert_bounded(
        "pronouns and relative clauses",
        &text,
        &events,
        4 * EVENTS_PER_SENTENCE,
    );
}

#[test]
fn a_million_attacked() {
    let text = "attacked ".repeat(1_000_000);
    let events = run(&text);
    assert_bounded("attacked x100000", &text, &events, EVENTS_PER_SENTENCE);
    let text = "IS attacked Kirkuk. ".repeat(1_000_000);
    let events = run(&text);
    assert_bounded(
        "\"IS attacked Kirkuk.\" x100000",
        &text,
        &events,
        EVENTS_PER_SENTENCE * max_sentences(&text),
    );
}

#[test]
fn a_hundred_thousand_facilities_and_names() {
    // facilities, office holders and lists of names are composed in sentences
    // with a trigger: many of each, in many such sentences, stay bounded
    let text = "Gunmen attacked the Saudi embassy, the former prime minister, \
                Guhdar Zebari and Ayaz Karam. "
        .repeat(100_000);
    let events = run(&text);
    assert!(!events.is_empty(), "the attacks are found");
    assert_bounded(
        "facilities and names x100000",
        &text,
        &events,
        EVENTS_PER_SENTENCE * max_sentences(&text),
    );
}

#[test]
fn fifty_thousand_people_no_list_knows() {
    // each a new person, named where an arrest wants its party, and a town
    // read as a surname: the people of a document are indexed, not searched
    let text: String = (0..50_000)
        .map(|i| format!("Police arrested Ahmed Qasimov{i} and Musa Bello{i} in Kano. "))
        .collect();
    let events = run(&text);
    assert!(!events.is_empty(), "the arrests are found");
    assert_bounded(
        "50000 unknown people",
        &text,
        &events,
        EVENTS_PER_SENTENCE * max_sentences(&text),
    );
}

#[test]
fn twenty_thousand_events_that_never_merge() {
    // each on its own date: no event repeats another, and each looks back a
    // bounded number of events for one it might repeat
    let text: String = (0..20_000)
        .map(|i| {
            let (day, month, year) = (1 + i % 28, 1 + (i / 28) % 12, 1900 + i / 336);
            format!("IS attacked Kirkuk on {year}-{month:02}-{day:02}. ")
        })
        .collect();
    let events = run(&text);
    assert_eq!(events.len(), 20_000, "one event per date");
    assert_bounded("20000 dated attacks", &text, &events, max_sentences(&text));
}

#[test]
fn a_sentence_listing_ten_thousand_places() {
    const PLACES: [&str; 20] = [
        "Kirkuk",
        "Mosul",
        "Erbil",
        "Diyala",
        "Salahuddin",
        "Baghdad",
        "Basra",
        "Duhok",
        "Sulaimani",
        "Tikrit",
        "Fallujah",
        "Ramadi",
        "Kabul",
        "Kandahar",
        "Kunduz",
        "Damascus",
        "Aleppo",
        "Raqqa",
        "Tehran",
        "Beirut",
    ];
    let list: Vec<&str> = PLACES.iter().copied().cycle().take(10_000).collect();
    let text = format!("IS attacked {} on Monday.", list.join(", "));
    let events = run(&text);
    assert!(!events.is_empty(), "the attack is found");
    assert_bounded("10000 places", &text, &events, EVENTS_PER_SENTENCE);
    // distinct places only: the same name listed 250 times is one place
    let text = format!("Protesters rallied in {} and Kirkuk.", list.join(", "));
    let events = run(&text);
    assert_bounded(
        "10000 places (protest)",
        &text,
        &events,
        EVENTS_PER_SENTENCE,
    );
}

#[test]
fn deep_nesting_of_quotes_and_brackets() {
    let depth = 20_000;
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("“", "”"),
        ("‘", "’"),
        ("«", "»"),
        ("\"", "\""),
        ("'", "'"),
        ("(“[‘", "’]”)"),
    ] {
        let text = format!(
            "{}IS attacked Kirkuk on Monday{}",
            open.repeat(depth),
            close.repeat(depth)
        );
        let events = run(&text);
        assert_bounded(
            &format!("nesting {open}"),
            &text,
            &events,
            EVENTS_PER_SENTENCE,
        );
        // unbalanced
        let text = format!("{}IS attacked Kirkuk on Monday", open.repeat(depth));
        let events = run(&text);
        assert_bounded(
            &format!("unbalanced {open}"),
            &text,
            &events,
            EVENTS_PER_SENTENCE,
        );
    }
    // a nested quotation with a sentence at every level
    let mut text = String::new();
    for _ in 0..2_000 {
        text.push_str("He said: “Gunmen attacked Kirkuk. ");
    }
    for _ in 0..2_000 {
        text.push('”');
    }
    let events = run(&text);
    assert_bounded(
        "nested quotations",
        &text,
        &events,
        EVENTS_PER_SENTENCE * max_sentences(&text),
    );
}

#[test]
fn html_entities_and_tags() {
    let unit = "<p class=\"story\">Gunmen&nbsp;attacked <a href=\"/kirkuk?x=1&amp;y=2\">Kirkuk</a> &amp; \
                Mosul on Monday&#8217;s eve &#x201C;IS&#x201D; said.</p>\n<br/><script>var a = \"IS attacked Erbil\";</script>\
                <!-- IS attacked Diyala --><div><span>Iraqi forces</span> seized <b>Kirkuk</b>&hellip;</div>\n";
    let text = unit.repeat(2_000);
    let events = run(&text);
    assert_bounded(
        "html",
        &text,
        &events,
        EVENTS_PER_SENTENCE * max_sentences(&text),
    );
    // tags and entities only
    let text = "<div><p>&amp;&lt;&gt;&quot;&#39;&#x0;&#0;&nbsp;</p></div>".repeat(20_000);
    let events = run(&text);
    assert_bounded("tags only", &text, &events, 0);
    // a tag that never closes
    let text = format!("<p title=\"{}", "IS attacked Kirkuk ".repeat(20_000));
    let events = run(&text);
    assert_bounded("open tag", &text, &events, EVENTS_PER_SENTENCE);
}
