//! Word lists used by the time-expression scanner.

use chrono::Weekday;

/// Calendar or clock unit named by a word such as "days" or "decade".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// Full month names (lowercase) → month number.
pub(crate) fn month_full(w: &str) -> Option<u32> {
    Some(match w {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    })
}

/// Month abbreviations (lowercase, without the dot) → month number.
pub(crate) fn month_abbr(w: &str) -> Option<u32> {
    Some(match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

/// Month words that are also common English words or names; they need a
/// capital letter and a date-like context.
pub(crate) fn month_is_ambiguous(w: &str) -> bool {
    matches!(w, "may" | "march" | "august")
}

/// Full weekday names (lowercase). Abbreviations are deliberately not accepted.
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Plural weekday names ("on Mondays" is a frequency).
pub(crate) fn weekday_plural(w: &str) -> bool {
    matches!(
        w,
        "mondays" | "tuesdays" | "wednesdays" | "thursdays" | "fridays" | "saturdays" | "sundays"
    )
}

/// Cardinal number words.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

/// Vague quantity words ("several days").
pub(crate) fn vague_count(w: &str) -> bool {
    matches!(w, "several" | "few" | "many" | "numerous")
}

/// Ordinal words used for quarters.
pub(crate) fn quarter_ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" | "final" | "last" => 4,
        _ => return None,
    })
}

/// Unit words, singular or plural.
pub(crate) fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "minute" | "minutes" => Unit::Minute,
        "hour" | "hours" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

/// Whether a unit word is plural.
pub(crate) fn unit_plural(w: &str) -> bool {
    w.ends_with('s')
}

/// Parts of the day that may follow a day expression ("Monday morning").
pub(crate) fn part_of_day(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

/// Season words.
pub(crate) fn season(w: &str) -> bool {
    matches!(w, "spring" | "summer" | "autumn" | "winter" | "fall")
}

/// Frequency adverbs.
pub(crate) fn frequency_word(w: &str) -> bool {
    matches!(
        w,
        "daily"
            | "weekly"
            | "monthly"
            | "annually"
            | "yearly"
            | "nightly"
            | "hourly"
            | "quarterly"
            | "biweekly"
            | "fortnightly"
    )
}

/// Words after which a bare four-digit number is read as a year.
pub(crate) fn year_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "from"
            | "through"
            | "before"
            | "after"
            | "during"
            | "between"
            | "fiscal"
            | "year"
            | "circa"
    )
}

/// Words after which a bare ambiguous month name ("May", "March") is a month.
pub(crate) fn month_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "last"
            | "early"
            | "late"
            | "since"
            | "until"
            | "till"
            | "of"
            | "mid"
            | "this"
            | "next"
            | "by"
            | "from"
            | "through"
            | "during"
    )
}

/// Words that end with a dot without ending the sentence.
pub(crate) fn abbreviation(w: &str) -> bool {
    month_abbr(w).is_some()
        || matches!(
            w,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "gen"
                | "lt"
                | "col"
                | "sgt"
                | "capt"
                | "sen"
                | "rep"
                | "gov"
                | "pres"
                | "jr"
                | "sr"
                | "inc"
                | "co"
                | "corp"
                | "ltd"
                | "no"
                | "vs"
                | "etc"
                | "prof"
                | "rev"
                | "mt"
                | "ft"
                | "est"
                | "approx"
        )
}

/// Qualifiers that may precede a date without changing its value.
pub(crate) fn qualifier(w: &str) -> bool {
    matches!(w, "early" | "earlier" | "late" | "later" | "mid")
}

/// A set of lowercase words, built at compile time, for tests that run on
/// every word of a text and nearly always fail. The shape of a word (first
/// byte, last byte, length) rules out about 95% of the words of news text
/// with one table lookup, without comparing strings or branching on the
/// length (which mispredicts); the rest are looked up in a small hash table.
pub(crate) struct WordSet {
    /// Bit `len` of `shapes[first % 32][last % 32]` is set when a word of
    /// `len` bytes starts with byte `first` and ends with byte `last`.
    shapes: [[u16; 32]; 32],
    /// Open addressing with linear probing; "" marks an empty slot.
    slots: [&'static str; SLOTS],
}

/// Hash table size of a [`WordSet`]: at most half full, so probes are short
/// and always reach an empty slot.
const SLOTS: usize = 256;

/// Slot where the search for word `w` starts.
const fn slot(w: &[u8]) -> usize {
    let second = if w.len() > 1 { w[1] } else { 0 };
    (w[0] as usize * 29 + second as usize * 7 + w[w.len() - 1] as usize * 3 + w.len() * 101) % SLOTS
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

impl WordSet {
    const fn new(words: &[&'static str]) -> WordSet {
        assert!(words.len() <= SLOTS / 2, "too many words");
        let mut shapes = [[0u16; 32]; 32];
        let mut slots = [""; SLOTS];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(!w.is_empty() && w.len() < 16, "word length out of range");
            shapes[(w[0] % 32) as usize][(w[w.len() - 1] % 32) as usize] |= 1 << w.len();
            let mut h = slot(w);
            while !slots[h].is_empty() {
                assert!(!same(slots[h].as_bytes(), w), "duplicate word");
                h = (h + 1) % SLOTS;
            }
            slots[h] = words[k];
            k += 1;
        }
        WordSet { shapes, slots }
    }

    // Inlined so that the shape test costs a handful of instructions; the
    // rarer hash lookup stays out of line.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        b.len() < 16
            && self.shapes[usize::from(first % 32)][usize::from(last % 32)] >> b.len() & 1 != 0
            && self.lookup(w)
    }

    #[inline(never)]
    fn lookup(&self, w: &str) -> bool {
        let mut h = slot(w.as_bytes());
        loop {
            match self.slots[h] {
                "" => return false,
                s if s == w => return true,
                _ => h = (h + 1) % SLOTS,
            }
        }
    }
}

/// Words that can anchor a time expression: the words of [`month_full`],
/// [`month_abbr`], [`weekday`], [`weekday_plural`], [`unit`],
/// [`part_of_day`], [`season`] and [`frequency_word`], day words and a few
/// others (a test checks the union).
#[rustfmt::skip]
pub(crate) static ANCHOR_WORDS: WordSet = WordSet::new(&[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "century", "centuries",
    "morning", "afternoon", "evening", "night", "eve",
    "spring", "summer", "autumn", "winter", "fall",
    "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "quarterly",
    "biweekly", "fortnightly",
    "today", "tonight", "yesterday", "tomorrow", "weekend", "weekends", "ago", "later",
    "earlier", "quarter", "quarters", "fortnight", "midnight", "noon", "q1", "q2", "q3", "q4",
]);

/// Words other than [`ANCHOR_WORDS`] that may begin a time expression (see
/// `Scanner::may_start`), including the words of [`number_word`],
/// [`qualifier`], [`vague_count`] and [`quarter_ordinal`] (a test checks
/// that).
#[rustfmt::skip]
pub(crate) static START_WORDS: WordSet = WordSet::new(&[
    // match_at, the_at, frequency_at
    "since", "the", "that", "past", "coming", "every", "each", "once", "twice", "thrice", "per",
    // dur_prefix
    "more", "less", "fewer", "at", "up", "nearly", "almost", "about", "around", "roughly",
    "approximately", "over", "some", "only", "just",
    // count_at
    "a", "an", "couple", "dozens", "hundreds", "thousands", "several", "few", "many", "numerous",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    // rel_at, date_at (qualifiers), quarter_at
    "last", "this", "next", "early", "late", "mid", "first", "second", "third", "fourth", "final",
    // easter_at, holiday_at
    "easter", "christmas", "new",
]);

/// The words `Scanner::is_future_marker` looks for.
pub(crate) static FUTURE_WORDS: WordSet = WordSet::new(&[
    "will",
    "shall",
    "scheduled",
    "upcoming",
    "due",
    "expected",
    "set",
    "slated",
    "held",
]);
