//! Property tests: on arbitrary and news-like text, extraction never panics,
//! every span is a valid slice of the input that covers the recorded words,
//! the output is deterministic, and batch processing equals one-by-one
//! processing.

mod common;

use casus::{Article, Extractor};
use chrono::NaiveDate;
use common::assert_spans_valid;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{RngSeed, TestRunner};
use std::sync::OnceLock;

/// Cases per property in the test suite. Explore further with
/// `PROPTEST_CASES=300000 PROPTEST_RNG_SEED=<any number> cargo test --release --test properties`.
const CASES: u32 = 96;

/// The suite's seed. A fixed seed makes a red build reproducible and never a
/// matter of luck (CI once failed on a case no local run had drawn); the
/// variables above set other seeds and counts.
const SEED: u64 = 0x0ca5_05e5;

fn config() -> ProptestConfig {
    let defaults = ProptestConfig::default();
    ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            defaults.cases
        } else {
            CASES
        },
        rng_seed: match defaults.rng_seed {
            RngSeed::Random => RngSeed::Fixed(SEED),
            chosen => chosen,
        },
        // no regression files are written: a failure prints its minimal input
        failure_persistence: None,
        ..defaults
    }
}

/// News words, trigger words, abbreviations, punctuation and awkward Unicode.
const WORDS: &[&str] = &[
    "attacked",
    "attack",
    "seized",
    "took control of",
    "kidnapped",
    "abducted",
    "arrested",
    "detained",
    "protested",
    "met",
    "meeting",
    "talks",
    "did not",
    "never",
    "denied",
    "Kirkuk",
    "Mosul",
    "Erbil",
    "Hawler",
    "Diyala",
    "Salahuddin",
    "Kabul",
    "Kaduna State",
    "Zaporizhzhia",
    "the town of",
    "province",
    "IS",
    "ISIS",
    "Islamic State",
    "Peshmerga",
    "US-led Coalition",
    "Iraqi forces",
    "Shia militias",
    "gunmen",
    "protesters",
    "police",
    "Putin",
    "Kim Jong Un",
    "the group",
    "both sides",
    "they",
    "on Monday",
    "yesterday",
    "last December",
    "last year",
    "Oct.",
    "Oct. 16",
    "16",
    "2017",
    "2018-08-27",
    "25 April 2019",
    "April 14, 2014",
    "U.S.",
    "Dr.",
    "and",
    "in",
    "of",
    "by",
    "the",
    "a",
    "’s",
    "'s",
    "“",
    "”",
    "‘",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "–",
    "—",
    "-",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "...",
    "\u{0}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\t",
    "\r\n",
    "\n\n",
    "😀",
    "👨‍👩‍👧",
    "🇮🇶",
    "داعش",
    "كركوك",
    "أربيل",
    "שלום",
    "e\u{301}",
    "\u{301}",
    "\u{308}\u{308}\u{308}",
    "Ñuñoa",
    "Şırnak",
    "İstanbul",
    "ﬁ",
    "ＩＳ",
    "Supercalifragilisticexpialidociousattackedkirkuk",
    "&amp;",
    "<p>",
    "</p>",
];

fn long_word() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["a", "é", "attacked", "Kirkuk", "😀", "x-"][..]),
        1usize..400,
    )
        .prop_map(|(w, n)| w.repeat(n))
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(WORDS).prop_map(str::to_string),
        1 => long_word(),
        1 => any::<String>(),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// News-like text: tokens joined by spaces or nothing.
fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            token(),
            prop::sample::select(&[" ", " ", " ", "", "\n"][..]),
        ),
        0..80,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, sep)| [t, sep.to_string()])
            .collect()
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        3 => news_text(),
    ]
}

fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((1900i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        NaiveDate::from_ymd_opt(y, m, d)
            .or_else(|| NaiveDate::from_ymd_opt(y, m, 28))
            .expect("a valid date")
    }))
}

fn extractor() -> &'static Extractor {
    Extractor::default_ref()
}

/// Another extractor, built apart from the shared default one.
fn second_extractor() -> &'static Extractor {
    static OTHER: OnceLock<Extractor> = OnceLock::new();
    OTHER.get_or_init(|| Extractor::builder().build().expect("builds"))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings_do_not_panic_and_spans_are_valid(
        text in any::<String>(),
        date in published(),
    ) {
        let events = extractor().extract_at(&text, date);
        assert_spans_valid(&text, &events);
    }

    #[test]
    fn news_like_text_spans_are_valid(text in news_text(), date in published()) {
        let events = extractor().extract_at(&text, date);
        assert_spans_valid(&text, &events);
    }

    #[test]
    fn extraction_is_deterministic(text in any_text(), date in published()) {
        let first = extractor().extract_at(&text, date);
        let second = extractor().extract_at(&text, date);
        prop_assert_eq!(&first, &second);
        // a separately built extractor agrees too
        prop_assert_eq!(&first, &second_extractor().extract_at(&text, date));
    }

    #[test]
    fn batch_equals_one_by_one(
        docs in prop::collection::vec((any_text(), published()), 1..5),
    ) {
        let articles: Vec<Article> = docs
            .iter()
            .map(|(t, d)| Article::new(t.clone(), *d))
            .collect();
        let batch = extractor().extract_batch(&articles);
        prop_assert_eq!(batch.len(), articles.len());
        for (article, events) in articles.iter().zip(&batch) {
            let alone = extractor().extract_at(&article.text, article.published);
            prop_assert_eq!(&alone, events);
            prop_assert_eq!(&extractor().extract_article(article), events);
        }
        // the same article in another position of another batch
        let mut reversed: Vec<&Article> = articles.iter().collect();
        reversed.reverse();
        let mut again = extractor().extract_batch(&reversed);
        again.reverse();
        prop_assert_eq!(&again, &batch);
    }
}

#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<casus::Event>();
    // and usable from several threads at once
    let text =
        "Iraqi forces seized Kirkuk on Monday. Gunmen kidnapped 20 villagers in Kaduna State.";
    let date = NaiveDate::from_ymd_opt(2018, 8, 28);
    let alone = extractor().extract_at(text, date);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|_| s.spawn(|| extractor().extract_at(text, date)))
            .collect();
        for h in handles {
            assert_eq!(h.join().expect("no panic"), alone);
        }
    });
}

/// A few hand-picked inputs that mix the hazards above.
#[test]
fn hand_picked_inputs() {
    let inputs = [
        "",
        " ",
        "\u{0}",
        "IS",
        "Oct.",
        "attacked",
        "“IS attacked Kirkuk’s",
        "IS attacked\u{0}Kirkuk on Oct. 16.",
        "e\u{301}\u{301}\u{301} attacked كركوك on Monday 😀.",
        "Gunmen kidnapped 20 villagers in Kaduna State\u{a0}on\u{a0}Monday.",
        "(((IS attacked Kirkuk)))",
        "IS attacked Kirkuk, Mosul and Erbil last December; Peshmerga met the Coalition in Hawler yesterday.",
        "Iraqi forces and Shia militias drove the Kurdish Peshmerga forces out of Kirkuk last year following the Oct. 16 attack and military takeover.",
    ];
    for text in inputs {
        for date in [None, NaiveDate::from_ymd_opt(2018, 8, 28)] {
            let events = extractor().extract_at(text, date);
            assert_spans_valid(text, &events);
            assert_eq!(events, extractor().extract_at(text, date));
        }
    }
}

/// The news-like strategy does reach the extractor's rules: a fair share of
/// its texts yield events (otherwise the properties above would be vacuous).
#[test]
fn news_like_texts_yield_events() {
    let mut runner = TestRunner::deterministic();
    let strategy = news_text();
    let (mut with_events, mut with_actors, n) = (0, 0, 200);
    for _ in 0..n {
        let text = strategy.new_tree(&mut runner).expect("a value").current();
        let events = extractor().extract_at(&text, NaiveDate::from_ymd_opt(2018, 8, 28));
        with_events += usize::from(!events.is_empty());
        with_actors += usize::from(events.iter().any(|e| !e.actors.is_empty()));
    }
    println!("{with_events}/{n} texts with events, {with_actors} with actors");
    assert!(with_events >= n / 10, "{with_events}/{n} texts with events");
    assert!(with_actors >= n / 20, "{with_actors}/{n} texts with actors");
}
