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
