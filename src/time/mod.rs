//! Time expressions in English news text, resolved against the publication
//! date.
//!
//! News reports the past: "on Monday" in an article published on Tuesday
//! 2018-08-28 means Monday 2018-08-27, and "Oct. 8" in an article of
//! 2024-09-28 means 2023-10-08. [`find_dates`] therefore reads relative and
//! incomplete dates backwards from the publication date unless the sentence
//! says otherwise. The reference date is always an explicit argument; the
//! clock is never consulted.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

mod lexicon;
pub(crate) use lexicon::number_word;
mod resolve;
mod scan;
mod token;

#[cfg(test)]
mod tests;

/// What a time expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimeKind {
    /// A point or period in time ("on Monday", "last year", "Oct. 16").
    Date,
    /// A length of time ("for three days", "more than seven years"); no value.
    Duration,
    /// A repetition ("every week", "daily"); no value.
    Frequency,
    /// The start of an interval ("since August 2011"). The value is the
    /// start point, not the date of the event being reported.
    Since,
}

/// Granularity of a [`TimeValue`], from finest to coarsest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// A single day.
    Day,
    /// An ISO week (Monday to Sunday).
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
}

/// A resolved calendar value.
///
/// Values built by [`find_dates`] are always valid. Values with out-of-range
/// fields (e.g. deserialised `month: 13`) are clamped by
/// [`first_day`](TimeValue::first_day) and [`last_day`](TimeValue::last_day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TimeValue {
    /// A day.
    Day(NaiveDate),
    /// An ISO week: `year` is the ISO week-numbering year.
    Week {
        /// ISO week-numbering year.
        year: i32,
        /// ISO week number, 1–53.
        week: u32,
    },
    /// A calendar month.
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// A calendar quarter.
    Quarter {
        /// Year.
        year: i32,
        /// Quarter, 1–4.
        quarter: u32,
    },
    /// A calendar year.
    Year(i32),
}

fn clamp_year(y: i32) -> i32 {
    y.clamp(NaiveDate::MIN.year() + 1, NaiveDate::MAX.year() - 1)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(clamp_year(y), m.clamp(1, 12), d)
        .or_else(|| NaiveDate::from_ymd_opt(clamp_year(y), m.clamp(1, 12), 1))
        .unwrap_or(NaiveDate::MIN)
}

/// Last day of a month, found without stepping into the next month, which
/// may lie beyond the last representable year (a fuzzer found that).
fn month_last(y: i32, m: u32) -> NaiveDate {
    let (y, m) = (clamp_year(y), m.clamp(1, 12));
    (28..=31)
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(y, m, d))
        .unwrap_or_else(|| ymd(y, m, 1))
}

impl TimeValue {
    /// ISO 8601 rendering: `2018-08-27`, `2018-W35`, `2018-08`, `2018-Q3`, `2018`.
    ///
    /// ```
    /// use casus::time::TimeValue;
    /// assert_eq!(TimeValue::Month { year: 2018, month: 8 }.iso(), "2018-08");
    /// assert_eq!(TimeValue::Week { year: 2018, week: 35 }.iso(), "2018-W35");
    /// ```
    pub fn iso(&self) -> String {
        match *self {
            // chrono's formatter is slow; it still writes the years that
            // need a sign or more than four digits
            TimeValue::Day(d) if (0..=9999).contains(&d.year()) => {
                format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
            }
            TimeValue::Day(d) => d.format("%Y-%m-%d").to_string(),
            TimeValue::Week { year, week } => format!("{year:04}-W{week:02}"),
            TimeValue::Month { year, month } => format!("{year:04}-{month:02}"),
            TimeValue::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
            TimeValue::Year(y) => format!("{y:04}"),
        }
    }

    /// Granularity of the value.
    pub fn precision(&self) -> Precision {
        match self {
            TimeValue::Day(_) => Precision::Day,
            TimeValue::Week { .. } => Precision::Week,
            TimeValue::Month { .. } => Precision::Month,
            TimeValue::Quarter { .. } => Precision::Quarter,
            TimeValue::Year(_) => Precision::Year,
        }
    }

    /// First day of the period.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            TimeValue::Day(d) => d,
            TimeValue::Week { year, week } => {
                let y = clamp_year(year);
                NaiveDate::from_isoywd_opt(y, week.max(1), Weekday::Mon)
                    .or_else(|| NaiveDate::from_isoywd_opt(y, 52, Weekday::Mon))
                    .unwrap_or(NaiveDate::MIN)
            }
            TimeValue::Month { year, month } => ymd(year, month, 1),
            TimeValue::Quarter { year, quarter } => ymd(year, quarter.clamp(1, 4) * 3 - 2, 1),
            TimeValue::Year(y) => ymd(y, 1, 1),
        }
    }

    /// Last day of the period (inclusive).
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            TimeValue::Day(d) => d,
            TimeValue::Week { .. } => {
                let f = self.first_day();
                f.checked_add_days(chrono::Days::new(6)).unwrap_or(f)
            }
            TimeValue::Month { year, month } => month_last(year, month),
            TimeValue::Quarter { year, quarter } => month_last(year, quarter.clamp(1, 4) * 3),
            TimeValue::Year(y) => ymd(y, 12, 31),
        }
    }

    /// Whether `other` lies entirely within this period (`2018-08` contains
    /// `2018-08-27`; every value contains itself).
    ///
    /// ```
    /// use casus::time::TimeValue;
    /// use chrono::NaiveDate;
    /// let aug = TimeValue::Month { year: 2018, month: 8 };
    /// let day = TimeValue::Day(NaiveDate::from_ymd_opt(2018, 8, 27).unwrap());
    /// assert!(aug.contains(&day));
    /// assert!(!day.contains(&aug));
    /// ```
    pub fn contains(&self, other: &TimeValue) -> bool {
        self.first_day() <= other.first_day() && other.last_day() <= self.last_day()
    }

    /// The value an event-date scorer should use: a week lying entirely in
    /// one month becomes that month; everything else is returned unchanged.
    pub fn event_value(&self) -> TimeValue {
        if let TimeValue::Week { .. } = self {
            let (f, l) = (self.first_day(), self.last_day());
            if f.year() == l.year() && f.month() == l.month() {
                return TimeValue::Month {
                    year: f.year(),
                    month: f.month(),
                };
            }
        }
        *self
    }
}

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimeExpr {
    /// Byte offset of the first byte (on a char boundary).
    pub start: usize,
    /// Byte offset one past the last byte (on a char boundary).
    pub end: usize,
    /// The matched text: `text[start..end]`.
    pub text: String,
    /// What the expression denotes.
    pub kind: TimeKind,
    /// Resolved value; `None` for durations, frequencies, seasons without a
    /// year, decades, vague or ambiguous forms, and relative forms without a
    /// publication date.
    pub value: Option<TimeValue>,
    /// True when the value depends (or would depend) on the publication date
    /// or on an earlier expression in the text.
    pub relative: bool,
}

impl TimeExpr {
    /// The value to use as an event date: `None` unless the kind is
    /// [`TimeKind::Date`]; weeks inside one month become the month
    /// (see [`TimeValue::event_value`]).
    pub fn event_value(&self) -> Option<TimeValue> {
        if self.kind == TimeKind::Date {
            self.value.map(|v| v.event_value())
        } else {
            None
        }
    }
}

/// How far after its first token an expression's anchor may be ("for more
/// than three decades": 4).
const ANCHOR_REACH: usize = 8;

/// Find the time expressions of `text`, resolving relative ones against the
/// publication date `published`.
///
/// Expressions never overlap and are returned sorted by `start`. Runs in one
/// pass over the words of the text (linear time) and never panics.
///
/// ```
/// use casus::time::{find_dates, TimeKind};
/// use chrono::NaiveDate;
///
/// let published = NaiveDate::from_ymd_opt(2018, 8, 28);
/// let found = find_dates("Leaders met in Erbil on Monday to discuss the \
///     Oct. 16 attack last year.", published);
/// let got: Vec<(&str, String)> = found
///     .iter()
///     .map(|e| (e.text.as_str(), e.value.map(|v| v.iso()).unwrap_or_default()))
///     .collect();
/// assert_eq!(got, [
///     ("Monday", "2018-08-27".to_string()),
///     ("Oct. 16", "2017-10-16".to_string()),
///     ("last year", "2017".to_string()),
/// ]);
/// assert_eq!(found[0].kind, TimeKind::Date);
/// assert!(found[0].relative);
/// ```
///
/// # Grammar
///
/// Month and weekday names are case-insensitive, except that "May",
/// "March" and "August" must be capitalised and, without a following day or
/// year, need a preceding "in", "on", "last", "early", "late", "since",
/// "until", "of", "mid", "this", "next", "by", "from", "through" or
/// "during". Abbreviated months ("Jan", "Sept.", "Oct") must be capitalised
/// and followed by a day or year. Abbreviated weekdays ("Sun", "Wed") are
/// never matched.
///
/// Dates (kind `Date`):
/// - weekdays: "Monday", "on Friday evening", "Monday morning", "early on
///   Sunday", "last Monday", "this Monday", "next Monday", "Monday last week",
///   "Monday, Oct. 16";
/// - days: "today", "tonight", "yesterday (morning)", "tomorrow", "this
///   morning", "last night", "the day before yesterday"; "Easter Sunday",
///   "Easter Monday" (the last on or before publication), "Christmas Eve",
///   "Christmas Day", "New Year's Eve", "New Year's Day" (with a year or
///   not); other named days such as "Good Friday" are no dates;
/// - periods: "last/this/next week|month|year|quarter|weekend", with
///   qualifiers "early", "earlier", "late", "later", "mid-" ("earlier this
///   month", "late last year", "mid-2019");
/// - "N days|weeks|months|years ago" with digits, number words, "a"/"an";
/// - month forms: "Oct. 16", "Sept. 3", "Sep 3", "16 October", "October 16th,
///   2017", "16 Oct 2017", "the 16th of October", "in October", "last
///   October", "October 2017", "October of 2017", "early March"; a month
///   joined by "and", "or" or "to" to one with a year takes that year
///   ("in February and July 2013");
/// - numeric: "2021-03-03", "03/04/2021", "3.4.2021";
/// - years after "in", "since", "until", "by", "of", "from", "during",
///   "early", "late", "mid-", … or joined to a previous expression by "and",
///   "to", "-" (1900–2100 only); "last year's";
/// - quarters: "the third quarter of 2018", "Q3 2018", "second-quarter";
/// - anchored: "the day before", "the day after", "the next/following/previous
///   day|week|month|year", "two days later", "a day earlier", "days later",
///   "a day after the attack";
/// - a season with its year is that year ("the spring of 2019": 2019);
/// - unresolved (value `None`): seasons without a year ("last summer"),
///   decades ("the 1990s", "the '90s").
///
/// "since" + any date gives kind `Since`. Durations ("for three days", "more
/// than seven years", "four days of talks", "within days", "the past week",
/// "three-day") have kind `Duration`; frequencies ("every week", "each year",
/// "daily", "twice a month", "on Mondays", "$5 billion a year") have kind
/// `Frequency`. Times of day are ignored.
///
/// # Resolution
///
/// - Weekdays: the most recent such day on or before publication (the
///   publication day itself when it is that weekday). "last Monday" is the
///   most recent Monday strictly before publication. "next Monday" is the
///   first Monday strictly after publication. With a future marker ("will",
///   "shall", "scheduled", "upcoming", "is/are due", "is/are expected", "is
///   set to", "to be held") earlier in the same sentence, a plain or "this"
///   weekday is read forward: the first such day on or after publication.
/// - Month and day without year: "last year" / "this year" / "next year" in
///   the same sentence fix the year, and "that year" / "the same year" take
///   the year the text named last; else a future marker reads forward (on
///   or after publication); else, if the sentence mentions a deadline and
///   the next occurrence is at most 62 days ahead, that; else the most recent
///   occurrence on or before publication.
/// - Month without year: the same cues; else the most recent such month on
///   or before the publication month. "last October" is the most recent
///   October strictly before the publication month; "next October" the first
///   strictly after.
/// - "last week" is the ISO week containing publication − 7 days; "N weeks
///   ago" is the day 7N days before (the same weekday); "N months ago" a
///   month; "N years ago" a year.
/// - Anchored forms count from the previous day-valued expression of the
///   text ("two days later", "the day before"); without one, backward forms
///   ("the day before", "a day earlier") count from publication and forward
///   forms are `None`. A complement ("a day after the attack", "the day
///   before the vote") names an event that many days *before* (after) the
///   previous expression of the same sentence, so "on Oct. 8, a day after
///   the attack" gives Oct. 7; it does not move the anchor. Opening its
///   sentence, it is the time the story moves to: "The day after the
///   killing, thousands marched" counts forward from the previous date.
///   After "came" it counts back from the last day told, in any sentence:
///   "The raid came two days after thousands marched". "The night before"
///   is the day before.
///   A day or two, or a week, after a month told last in the same sentence
///   ("In late December ..., before troops retook it the next day") is that
///   month.
///   Vague counts ("days later", "in the days that followed", "in the
///   following days") give the anchor's month only when the
///   offset cannot leave it in practice, else `None`; after a month or a
///   year told last ("in November 2001 ... days later") they give it.
/// - "that day" / "the same day" / "later in the day" is the day, and "that
///   month" / "the same month" / "earlier in the month" the month, of the
///   previous expression ("Earlier that month"). "Earlier in the week" is
///   this week.
/// - Numeric dates: a component above 12 decides day-first or month-first;
///   when both are ≤ 12 and differ, only the year is returned.
/// - With `published == None` every relative form has value `None` and
///   `relative == true`; absolute forms still resolve.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<TimeExpr> {
    find_dates_in(text, &text.to_ascii_lowercase(), published)
}

/// [`find_dates`] with the text's ASCII-lowercased copy already made.
pub(crate) fn find_dates_in(
    text: &str,
    lower: &str,
    published: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    let toks = token::tokenize(text, lower);
    let scanner = scan::Scanner::new(&toks);
    let mut resolver = resolve::Resolver::new(published);
    let mut out = Vec::new();
    let mut future_sent: Option<u32> = None;
    // Cues of the sentence of the last expression: only sentences with an
    // expression need them.
    let mut cues: Option<(u32, token::Cues)> = None;
    let mut prev_end = usize::MAX;
    // Every expression holds an anchor (a number, a month, a weekday, a unit
    // of time, ...) within its first ANCHOR_REACH tokens: the grammar is only
    // tried where one is near, which skips most of the text at once.
    // `anchor` is the first anchor at or after `i` (`usize::MAX` if none); it
    // is searched for again only once `i` has passed it, so every token is
    // tested at most once.
    let find_anchor = |from: usize| {
        (from..toks.len())
            .find(|&k| token::is_anchor(&toks[k]))
            .unwrap_or(usize::MAX)
    };
    let mut anchor = find_anchor(0);
    let mut i = 0;
    while i < toks.len() {
        if anchor < i {
            anchor = find_anchor(i);
        }
        let near = anchor - i <= ANCHOR_REACH;
        let found = near
            .then(|| scanner.match_at(i, prev_end))
            .flatten()
            .filter(|mm| mm.end > i && mm.end <= toks.len() && mm.start == i);
        let Some(mm) = found else {
            if scanner.is_future_marker(i) {
                future_sent = Some(toks[i].sent);
            } else if future_sent.is_some() && scanner.opens_past_clause(i) {
                // ("are due to meet on Thursday ..., where soldiers detained
                // President Kaboré on Jan. 24": a relative clause tells its own
                // time)
                future_sent = None;
            }
            i += 1;
            continue;
        };
        let sent = toks[mm.start].sent;
        let sent_cues = match cues {
            Some((s, c)) if s == sent => c,
            _ => {
                let c = token::sentence_cues(&toks, mm.start);
                cues = Some((sent, c));
                c
            }
        };
        let ctx = resolve::Ctx {
            sent,
            future: future_sent == Some(sent),
            planned: scanner.planned(mm.start),
            cues: sent_cues.for_span(mm.start, mm.end),
        };
        let (value, relative) = resolver.resolve(mm.raw, mm.kind == TimeKind::Date, ctx);
        let (start, end) = (toks[mm.start].start, toks[mm.end - 1].end);
        out.push(TimeExpr {
            start,
            end,
            text: text[start..end].to_string(),
            kind: mm.kind,
            value,
            relative,
        });
        prev_end = mm.end;
        i = mm.end;
    }
    out
}
