//! Grammar: recognises time expressions over the token stream and produces
//! unresolved [`Raw`] readings. Every matcher looks ahead a bounded number of
//! tokens, so a scan is linear in the number of tokens.

use chrono::{NaiveDate, Weekday};

use super::lexicon::{self, Unit};
use super::token::{Tok, TokKind};
use super::TimeKind;

/// Modifier in front of a weekday, month or weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    None,
    Last,
    This,
    Next,
}

/// Unresolved reading of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Raw {
    /// Full date (year, month, day).
    Day(i32, u32, u32),
    /// Month and day without year.
    MonthDay(u32, u32),
    /// Month and year.
    MonthYear(i32, u32),
    /// Month without year.
    Month(u32, Rel),
    /// A year.
    Year(i32),
    /// A quarter, with or without year.
    Quarter(Option<i32>, u32),
    /// "last quarter" (-1), "this quarter" (0), "next quarter" (1).
    QuarterRel(i64),
    /// A weekday.
    Weekday(Weekday, Rel),
    /// A weekday in the week `offset` weeks from publication ("Monday last week").
    WeekdayOfWeek(Weekday, i64),
    /// Day offset from publication (today 0, yesterday -1).
    DayOffset(i64),
    /// "last week", "this month", "next year": unit offset from publication.
    Unit(Unit, i64),
    /// "N units ago"; `None` for a vague count.
    Ago(Unit, Option<u32>),
    /// Offset from the previous expression: "two days later" (dir +1),
    /// "a day after the attack" (complement: the complement is `n` units
    /// before the anchor).
    Anchored {
        unit: Unit,
        n: Option<u32>,
        dir: i64,
        complement: bool,
        /// The anchor of a complement is an event told in an earlier
        /// sentence: "The raid came two days after thousands marched".
        told: bool,
    },
    /// A weekend.
    Weekend(Rel),
    /// "Easter Sunday" (0), "Easter Monday" (1): days after the last Easter.
    Easter(i64),
    /// Numeric date whose day/month order is ambiguous: year only.
    AmbiguousNumeric(i32),
    /// Seasons and decades: recognised but not resolved.
    Unresolved { relative: bool },
    /// A duration or frequency (no value).
    NoValue,
}

impl Raw {
    /// `n` units after the date told last, no complement: "that month"
    /// (`Some(0)`), "in the days that followed" (`None`, a vague count).
    fn after_told(unit: Unit, n: Option<u32>) -> Raw {
        Raw::Anchored {
            unit,
            n,
            dir: 1,
            complement: false,
            told: false,
        }
    }
}

/// A recognised expression: token range `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub raw: Raw,
    pub kind: TimeKind,
}

fn m(start: usize, end: usize, raw: Raw) -> Option<Match> {
    Some(Match {
        start,
        end,
        raw,
        kind: TimeKind::Date,
    })
}

fn nv(start: usize, end: usize, kind: TimeKind) -> Option<Match> {
    Some(Match {
        start,
        end,
        raw: Raw::NoValue,
        kind,
    })
}

/// Count in front of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    Exact(u32),
    Vague,
}

/// Scanner over a token slice.
pub(crate) struct Scanner<'a> {
    toks: &'a [Tok<'a>],
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(toks: &'a [Tok<'a>]) -> Self {
        Scanner { toks }
    }

    /// Lowercase word at `i`, or "" if not a word.
    fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => t.lower,
            _ => "",
        }
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Whether "N days after the X" at `i` names an event before an anchor
    /// ("on Oct. 8, a day after the attack"). Opening its sentence it is the
    /// time the story moves to, counted from the last date told: "The day
    /// after the killing, thousands marched".
    fn complement_at(&self, i: usize, after: usize) -> bool {
        let opens = i == 0 || self.toks[i - 1].sent != self.toks[i].sent;
        // (a clause may open with a count: "a day after 500 officers raided")
        (self.is_word(after) || self.toks.get(after).is_some_and(|t| t.kind == TokKind::Num))
            && !opens
    }

    /// Whether "came" (or "comes", "just came") precedes token `i`: "The
    /// raid came two days after ...", an event told before, dated after.
    fn came_before(&self, i: usize) -> bool {
        let mut k = i;
        if matches!(self.prev_word(k), "just" | "only") {
            k -= 1;
        }
        matches!(self.prev_word(k), "came" | "comes" | "come")
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct(c))
    }

    /// Token `i` touches token `i - 1` (no space between).
    fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    fn prev_word(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.w(i - 1)
        }
    }

    fn same_sent(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.sent == y.sent,
            _ => false,
        }
    }

    fn num(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i).filter(|t| t.kind == TokKind::Num)
    }

    /// Day of month: 1–31 with optional ordinal suffix.
    fn day_num(&self, i: usize) -> Option<u32> {
        let t = self.num(i)?;
        let ok = t.ndig <= 2
            && (1..=31).contains(&t.num)
            && matches!(t.lower, "" | "st" | "nd" | "rd" | "th");
        // "3:30", "5.5" and "3-2" are not days.
        if ok
            && !(self.adj(i + 1)
                && (self.punct(i + 1, ':')
                    || self.punct(i + 1, '.') && self.num(i + 2).is_some() && self.adj(i + 2)))
        {
            Some(t.num)
        } else {
            None
        }
    }

    /// Four-digit year in `[lo, hi]`.
    fn year_num(&self, i: usize, lo: u32, hi: u32) -> Option<i32> {
        let t = self.num(i)?;
        if t.ndig == 4 && t.lower.is_empty() && (lo..=hi).contains(&t.num) {
            i32::try_from(t.num).ok()
        } else {
            None
        }
    }

    /// Is token `i` at the start of its sentence?
    fn sentence_initial(&self, i: usize) -> bool {
        i == 0 || !self.same_sent(i - 1, i)
    }

    /// Month word at `i`. Returns (month, index after word and optional dot,
    /// need) where need 0 = may stand alone, 1 = alone only in context,
    /// 2 = needs a number.
    fn month_at(&self, i: usize) -> Option<(u32, usize, u8)> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        let lw = t.lower;
        if let Some(mo) = lexicon::month_full(lw) {
            if lexicon::month_is_ambiguous(lw) {
                if !t.cap {
                    return None;
                }
                let mut j = i + 1;
                if mo == 8 && self.punct(j, '.') && self.adj(j) && self.num(j + 1).is_some() {
                    j += 1;
                }
                return Some((mo, j, 1));
            }
            return Some((mo, i + 1, 0));
        }
        if let Some(mo) = lexicon::month_abbr(lw) {
            if !t.cap {
                return None;
            }
            let mut j = i + 1;
            if self.punct(j, '.') && self.adj(j) {
                j += 1;
            }
            return Some((mo, j, 2));
        }
        None
    }

    /// "Theresa May 2019": a capitalised non-context word before an ambiguous month.
    fn looks_like_name(&self, i: usize) -> bool {
        if self.sentence_initial(i) {
            return false;
        }
        let p = &self.toks[i - 1];
        // "The May 9 parade": an article is capitalised where it starts a sentence
        p.kind == TokKind::Word
            && p.cap
            && !matches!(p.lower, "the" | "a" | "an")
            && !lexicon::month_context(p.lower)
            && !lexicon::qualifier(p.lower)
            && lexicon::weekday(p.lower).is_none()
    }

    /// Month-first forms: "Oct. 16", "October 16th, 2017", "October 2017",
    /// "October of 2017", "in October".
    fn month_date(&self, i: usize, ctx: bool) -> Option<Match> {
        let (mo, j, need) = self.month_at(i)?;
        // (but "met Trudeau May 5": a day after it makes it the month)
        if need == 1 && self.looks_like_name(i) && self.day_num(j).is_none() {
            return None;
        }
        if let Some(d) = self.day_num(j) {
            let k = if self.punct(j + 1, ',') { j + 2 } else { j + 1 };
            if let Some(y) = self.year_num(k, 1000, 2999) {
                if NaiveDate::from_ymd_opt(y, mo, d).is_some() {
                    return m(i, k + 1, Raw::Day(y, mo, d));
                }
                return None;
            }
            if NaiveDate::from_ymd_opt(2000, mo, d).is_some() {
                return m(i, j + 1, Raw::MonthDay(mo, d));
            }
            return None;
        }
        let k = if self.punct(j, ',') || self.is(j, "of") {
            j + 1
        } else {
            j
        };
        if let Some(y) = self.year_num(k, 1000, 2999) {
            return m(i, k + 1, Raw::MonthYear(y, mo));
        }
        // "in February and July 2013": the year the next month takes
        if matches!(self.w(j), "and" | "or" | "to" | "through" | "until") {
            if let Some((mo2, j2, _)) = self.month_at(j + 1) {
                if let Some(y) = self.year_num(j2, 1000, 2999) {
                    // "in January and February 2007", "from March to May
                    // 2011": one stretch of months is known to its year only
                    let stretch = mo2 > mo
                        && (matches!(self.w(j), "to" | "through" | "until")
                            || (self.is(j, "and")
                                && (mo2 == mo + 1 || self.prev_word(i) == "between")));
                    if stretch {
                        return m(i, j2 + 1, Raw::Year(y));
                    }
                    return m(i, j, Raw::MonthYear(y, mo));
                }
            }
        }
        let prev = self.prev_word(i);
        let context = ctx || lexicon::month_context(prev);
        // A bare month name needs a preposition-like word before it or the
        // start of a sentence ("the October Revolution" is not a date).
        // ("November's Paris attacks": a month that owns an event)
        let owner = (self.punct(j, '\'') || self.punct(j, '’')) && self.is(j + 1, "s");
        let loose = context
            || owner
            || self.sentence_initial(i)
            || matches!(
                prev,
                "and" | "or" | "to" | "after" | "before" | "between" | "around" | "throughout"
            );
        match need {
            0 if loose => m(i, j, Raw::Month(mo, Rel::None)),
            1 if context => m(i, j, Raw::Month(mo, Rel::None)),
            _ => None,
        }
    }

    /// Day-first forms: "16 October", "16th of October 2017", "16 Oct 2017".
    fn day_month(&self, i: usize) -> Option<Match> {
        let d = self.day_num(i)?;
        let j = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        let (mo, k, _) = self.month_at(j)?;
        let y_at = if self.punct(k, ',') { k + 1 } else { k };
        if let Some(y) = self.year_num(y_at, 1000, 2999) {
            NaiveDate::from_ymd_opt(y, mo, d)?;
            return m(i, y_at + 1, Raw::Day(y, mo, d));
        }
        NaiveDate::from_ymd_opt(2000, mo, d)?;
        let end = if k > j + 1 && mo != 8 { k } else { j + 1 };
        // Keep a trailing abbreviation dot inside the span.
        let end = if lexicon::month_abbr(self.w(j)).is_some() {
            k
        } else {
            end
        };
        m(i, end, Raw::MonthDay(mo, d))
    }

    /// Optional part of day after a day expression.
    fn skip_part_of_day(&self, j: usize) -> usize {
        if lexicon::part_of_day(self.w(j)) {
            j + 1
        } else {
            j
        }
    }

    /// "Easter Sunday", "Easter Monday" (other named days are no dates:
    /// "Good Friday" is also an agreement, "Black Friday" a sale).
    fn easter_at(&self, i: usize) -> Option<Match> {
        if !(self.is(i, "easter") && self.toks[i].cap) {
            return None;
        }
        match lexicon::weekday(self.w(i + 1))? {
            Weekday::Sun => m(i, i + 2, Raw::Easter(0)),
            Weekday::Mon => m(i, i + 2, Raw::Easter(1)),
            _ => None,
        }
    }

    /// Fixed-date holidays: "Christmas Eve", "Christmas Day", "New Year's
    /// Eve", "New Year's Day", with or without a year ("on Christmas Eve
    /// 2019").
    fn holiday_at(&self, i: usize) -> Option<Match> {
        if !self.toks[i].cap {
            return None;
        }
        let (named, j) = if self.is(i, "christmas") {
            (i + 1, i + 2)
        } else if self.is(i, "new")
            && self.is(i + 1, "year")
            && (self.punct(i + 2, '\'') || self.punct(i + 2, '’'))
            && self.is(i + 3, "s")
        {
            (i + 4, i + 5)
        } else {
            return None;
        };
        let (mo, d) = match (self.w(i), self.w(named)) {
            ("christmas", "eve") => (12, 24),
            ("christmas", "day") => (12, 25),
            ("new", "eve") => (12, 31),
            ("new", "day") => (1, 1),
            _ => return None,
        };
        let k = if self.punct(j, ',') { j + 1 } else { j };
        if let Some(y) = self.year_num(k, 1000, 2999) {
            return m(i, k + 1, Raw::Day(y, mo, d));
        }
        m(i, j, Raw::MonthDay(mo, d))
    }

    fn weekday_at(&self, i: usize) -> Option<Match> {
        let wd = lexicon::weekday(self.w(i))?;
        // Named days: "Black Friday", "Good Friday", "Cyber Monday".
        if i > 0
            && self.toks[i - 1].cap
            && matches!(
                self.prev_word(i),
                "black"
                    | "cyber"
                    | "good"
                    | "holy"
                    | "bloody"
                    | "super"
                    | "ash"
                    | "maundy"
                    | "easter"
                    | "palm"
                    | "giving"
            )
        {
            return None;
        }
        if self.punct(i + 1, ',') {
            if let Some(mm) = self.month_date(i + 2, true) {
                if matches!(mm.raw, Raw::Day(..) | Raw::MonthDay(..)) {
                    return m(i, mm.end, mm.raw);
                }
            }
            if let Some(mm) = self.day_month(i + 2) {
                return m(i, mm.end, mm.raw);
            }
        }
        let j = self.skip_part_of_day(i + 1);
        let off = match self.w(j) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        if let Some(off) = off {
            if self.is(j + 1, "week") {
                return m(i, j + 2, Raw::WeekdayOfWeek(wd, off));
            }
        }
        m(i, j, Raw::Weekday(wd, Rel::None))
    }

    /// "last/this/next" + week, month, year, weekday, month name, weekend, season.
    fn rel_at(&self, i: usize) -> Option<Match> {
        let (mut rel, mut off) = match self.w(i) {
            "last" => (Rel::Last, -1),
            "this" => (Rel::This, 0),
            "next" => (Rel::Next, 1),
            _ => return None,
        };
        let mut j = i + 1;
        // "this past week" = "last week".
        if rel == Rel::This && self.is(j, "past") {
            (rel, off, j) = (Rel::Last, -1, j + 1);
        }
        let wj = self.w(j);
        if let Some(u @ (Unit::Week | Unit::Month | Unit::Year)) = lexicon::unit(wj) {
            if !lexicon::unit_plural(wj) {
                return m(i, j + 1, Raw::Unit(u, off));
            }
            return None;
        }
        match wj {
            "quarter" => return m(i, j + 1, Raw::QuarterRel(off)),
            "morning" | "afternoon" | "evening" if rel == Rel::This => {
                return m(i, j + 1, Raw::DayOffset(0))
            }
            "night" | "evening" if rel == Rel::Last => return m(i, j + 1, Raw::DayOffset(-1)),
            "weekend" => return m(i, j + 1, Raw::Weekend(rel)),
            _ => {}
        }
        if let Some(wd) = lexicon::weekday(wj) {
            let end = self.skip_part_of_day(j + 1);
            return m(i, end, Raw::Weekday(wd, rel));
        }
        if let Some((mo, k, need)) = self.month_at(j) {
            if need < 2 {
                return m(i, k, Raw::Month(mo, rel));
            }
        }
        if lexicon::season(wj) {
            return m(i, j + 1, Raw::Unresolved { relative: true });
        }
        None
    }
}

impl Scanner<'_> {
    /// "today", "yesterday morning", "tonight", "tomorrow".
    fn day_word(&self, i: usize) -> Option<Match> {
        let off = match self.w(i) {
            "today" | "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        let end = if off != 0 || self.is(i, "today") {
            self.skip_part_of_day(i + 1)
        } else {
            i + 1
        };
        m(i, end, Raw::DayOffset(off))
    }

    /// Count before a unit: number, number word, "a", "a few", "several".
    fn count_at(&self, i: usize) -> Option<(Count, usize)> {
        if let Some(t) = self.num(i) {
            if t.lower.is_empty() && t.num >= 1 && t.ndig <= 4 {
                return Some((Count::Exact(t.num), i + 1));
            }
            return None;
        }
        let w = self.w(i);
        if let Some(n) = lexicon::number_word(w) {
            return Some((Count::Exact(n), i + 1));
        }
        match w {
            "a" | "an" => {
                if self.is(i + 1, "few") {
                    Some((Count::Vague, i + 2))
                } else if self.is(i + 1, "couple") && self.is(i + 2, "of") {
                    Some((Count::Vague, i + 3))
                } else {
                    Some((Count::Exact(1), i + 1))
                }
            }
            "couple" | "dozens" | "hundreds" | "thousands" if self.is(i + 1, "of") => {
                Some((Count::Vague, i + 2))
            }
            w if lexicon::vague_count(w) => Some((Count::Vague, i + 1)),
            _ => None,
        }
    }

    /// Qualifiers in front of a count that make a duration approximate.
    fn dur_prefix(&self, i: usize) -> usize {
        match self.w(i) {
            "more" | "less" | "fewer" if self.is(i + 1, "than") => i + 2,
            "at" if self.is(i + 1, "least") || self.is(i + 1, "most") => i + 2,
            "up" if self.is(i + 1, "to") => i + 2,
            "nearly" | "almost" | "about" | "around" | "roughly" | "approximately" | "over"
            | "some" | "only" | "just" => i + 1,
            _ => i,
        }
    }

    /// Count + unit: durations, "N units ago", "N days later/after/before".
    fn counted_at(&self, i: usize) -> Option<Match> {
        let p = self.dur_prefix(i);
        let approx = p > i;
        let (count, k) = match self.count_at(p) {
            Some(c) => c,
            None => {
                // Bare plural unit: "days later", "for years", "within days".
                let u = lexicon::unit(self.w(p))?;
                if !lexicon::unit_plural(self.w(p)) {
                    return None;
                }
                let ctx = matches!(
                    self.prev_word(p),
                    "for" | "within" | "recent" | "coming" | "past" | "over"
                );
                let follow = matches!(
                    self.w(p + 1),
                    "later" | "ago" | "after" | "earlier" | "before"
                );
                if !(ctx || follow) {
                    return None;
                }
                return self.after_unit(p, p, u, Count::Vague, approx);
            }
        };
        // Hyphenated adjective: "three-day visit", "10-year" (but not "25-year-old").
        if self.punct(k, '-') && self.adj(k) && self.adj(k + 1) {
            let u = lexicon::unit(self.w(k + 1));
            if u.is_some() && !lexicon::unit_plural(self.w(k + 1)) {
                if self.punct(k + 2, '-') && self.is(k + 3, "old") {
                    return None;
                }
                return nv(i, k + 2, TimeKind::Duration);
            }
            return None;
        }
        let u = lexicon::unit(self.w(k))?;
        // "a year" after "once", "$5 billion", "per": a frequency.
        if matches!(self.w(p), "a" | "an") && count == Count::Exact(1) && p == i && i > 0 {
            let prev = &self.toks[i - 1];
            let freq = prev.kind == TokKind::Num
                || matches!(
                    prev.lower,
                    "once"
                        | "twice"
                        | "thrice"
                        | "times"
                        | "million"
                        | "billion"
                        | "trillion"
                        | "percent"
                        | "dollars"
                        | "euros"
                )
                || prev.kind == TokKind::Punct('%');
            if freq {
                return nv(i, k + 1, TimeKind::Frequency);
            }
        }
        let count = if approx { Count::Vague } else { count };
        self.after_unit(i, k, u, count, approx)
    }

    /// Decide what a count + unit ending at token `k` is.
    fn after_unit(&self, i: usize, k: usize, u: Unit, count: Count, approx: bool) -> Option<Match> {
        let n = match count {
            Count::Exact(n) => Some(n),
            Count::Vague => None,
        };
        let next = self.w(k + 1);
        // "months after the war" is a vague span, not a date; "days later" is
        // a (vague) date.
        let dayish = matches!(u, Unit::Day | Unit::Week)
            || (matches!(u, Unit::Month | Unit::Year) && n.is_some());
        match next {
            "ago" => m(i, k + 2, Raw::Ago(u, if approx { None } else { n })),
            "later" | "earlier" if dayish => m(
                i,
                k + 2,
                Raw::Anchored {
                    unit: u,
                    n,
                    dir: if next == "later" { 1 } else { -1 },
                    complement: false,
                    told: false,
                },
            ),
            "after" | "before" if dayish => m(
                i,
                k + 2,
                Raw::Anchored {
                    unit: u,
                    n,
                    dir: if next == "after" { 1 } else { -1 },
                    complement: self.complement_at(i, k + 2),
                    told: self.came_before(i),
                },
            ),
            _ => nv(i, k + 1, TimeKind::Duration),
        }
    }

    /// Frequencies: "every week", "each year", "daily", "twice a month",
    /// "on Mondays", "per year".
    fn frequency_at(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        if lexicon::frequency_word(w) || lexicon::weekday_plural(w) {
            return nv(i, i + 1, TimeKind::Frequency);
        }
        match w {
            "every" | "each" => {
                let mut j = i + 1;
                if self.is(j, "other") {
                    j += 1;
                }
                if let Some((_, k)) = self
                    .count_at(j)
                    .filter(|_| lexicon::unit(self.w(j)).is_none())
                {
                    if lexicon::unit(self.w(k)).is_some() {
                        return nv(i, k + 1, TimeKind::Frequency);
                    }
                }
                let wj = self.w(j);
                if lexicon::unit(wj).is_some()
                    || lexicon::weekday(wj).is_some()
                    || matches!(
                        wj,
                        "morning"
                            | "evening"
                            | "night"
                            | "weekend"
                            | "summer"
                            | "spring"
                            | "winter"
                            | "autumn"
                    )
                {
                    return nv(i, j + 1, TimeKind::Frequency);
                }
                if lexicon::month_full(wj).is_some() && !lexicon::month_is_ambiguous(wj) {
                    return nv(i, j + 1, TimeKind::Frequency);
                }
                None
            }
            "once" | "twice" | "thrice" => {
                if matches!(self.w(i + 1), "a" | "an" | "per" | "every" | "each")
                    && lexicon::unit(self.w(i + 2)).is_some()
                {
                    return nv(i, i + 3, TimeKind::Frequency);
                }
                None
            }
            "per" if lexicon::unit(self.w(i + 1)).is_some() => nv(i, i + 2, TimeKind::Frequency),
            _ => {
                // "three times a year"
                let (_, k) = self.count_at(i)?;
                if self.is(k, "times")
                    && matches!(self.w(k + 1), "a" | "an" | "per" | "every" | "each")
                    && lexicon::unit(self.w(k + 2)).is_some()
                {
                    return nv(i, k + 3, TimeKind::Frequency);
                }
                None
            }
        }
    }

    /// Phrases starting with "the" (or "past"): "the day before", "the next
    /// day", "the past week", "the last three years", "the coming days".
    fn the_at(&self, i: usize) -> Option<Match> {
        let base = if self.is(i, "the") { i + 1 } else { i };
        let w1 = self.w(base);
        // ("the night before": the day before, at night)
        if base > i && (w1 == "day" || (w1 == "night" && self.is(base + 1, "before"))) {
            let w2 = self.w(base + 1);
            if w2 == "before" || w2 == "after" {
                if w2 == "before" && self.is(base + 2, "yesterday") {
                    return m(i, base + 3, Raw::DayOffset(-2));
                }
                if w2 == "after" && self.is(base + 2, "tomorrow") {
                    return m(i, base + 3, Raw::DayOffset(2));
                }
                return m(
                    i,
                    base + 2,
                    Raw::Anchored {
                        unit: Unit::Day,
                        n: Some(1),
                        dir: if w2 == "after" { 1 } else { -1 },
                        complement: self.complement_at(i, base + 2),
                        told: self.came_before(i),
                    },
                );
            }
            return None;
        }
        if base > i
            && w1 == "weekend"
            && matches!(self.prev_word(i), "over" | "at" | "during" | "on" | "this")
        {
            return m(i, base + 1, Raw::Weekend(Rel::None));
        }
        // ("earlier that month": the month of the date told last; "later
        // that year": its year, where the words stand alone, not as the
        // year of a month: "in September of that year", "On March 3 that
        // year")
        let unit_at = if w1 == "same" { base + 1 } else { i + 1 };
        let year_alone = self.is(unit_at, "year")
            && matches!(
                self.prev_word(i),
                "earlier" | "later" | "in" | "during" | "by"
            );
        if (base > i && w1 == "same" || self.is(i, "that") && w1 == "that")
            && (self.is(unit_at, "day") || self.is(unit_at, "month") || year_alone)
        {
            let end = if w1 == "same" { base + 2 } else { i + 2 };
            let unit = if self.is(unit_at, "day") {
                Unit::Day
            } else if self.is(unit_at, "month") {
                Unit::Month
            } else {
                Unit::Year
            };
            return m(i, end, Raw::after_told(unit, Some(0)));
        }
        // "in the days that followed", "in the following days": a few days
        // after the date told last
        let vague_after = |unit_word: &str, end: usize| {
            let unit = match unit_word {
                "days" => Unit::Day,
                "weeks" => Unit::Week,
                _ => return None,
            };
            m(i, end, Raw::after_told(unit, None))
        };
        if base > i && self.is(base + 1, "that") && self.is(base + 2, "followed") {
            if let Some(mm) = vague_after(w1, base + 3) {
                return Some(mm);
            }
        }
        if base > i && w1 == "following" {
            if let Some(mm) = vague_after(self.w(base + 1), base + 2) {
                return Some(mm);
            }
        }
        if base > i && matches!(w1, "next" | "following" | "previous" | "preceding") {
            let wu = self.w(base + 1);
            if let Some(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year)) = lexicon::unit(wu)
            {
                if !lexicon::unit_plural(wu) {
                    let dir = if matches!(w1, "next" | "following") {
                        1
                    } else {
                        -1
                    };
                    return m(
                        i,
                        base + 2,
                        Raw::Anchored {
                            unit: u,
                            n: Some(1),
                            dir,
                            complement: false,
                            told: false,
                        },
                    );
                }
            }
            if matches!(w1, "next" | "following") {
                // "the next few days"
                if let Some((_, k)) = self.count_at(base + 1) {
                    if lexicon::unit(self.w(k)).is_some() {
                        return nv(i, k + 1, TimeKind::Duration);
                    }
                }
            }
            return None;
        }
        let durish = matches!(w1, "past" | "coming") || (base > i && w1 == "last");
        if durish {
            let j = base + 1;
            if lexicon::unit(self.w(j)).is_some() {
                return nv(i, j + 1, TimeKind::Duration);
            }
            if let Some((_, k)) = self.count_at(j) {
                if lexicon::unit(self.w(k)).is_some() {
                    return nv(i, k + 1, TimeKind::Duration);
                }
            }
        }
        None
    }

    /// "the third quarter of 2018", "Q3 2018", "second-quarter".
    fn quarter_at(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        let (q, j) = if let Some(q) = lexicon::quarter_ordinal(w) {
            if matches!(w, "final" | "last") {
                return None;
            }
            if self.is(i + 1, "quarter") {
                (q, i + 2)
            } else if self.punct(i + 1, '-') && self.adj(i + 1) && self.is(i + 2, "quarter") {
                (q, i + 3)
            } else {
                return None;
            }
        } else {
            let b = w.as_bytes();
            if b.len() == 2 && b[0] == b'q' && (b'1'..=b'4').contains(&b[1]) && self.toks[i].cap {
                (u32::from(b[1] - b'0'), i + 1)
            } else {
                return None;
            }
        };
        let k = if self.is(j, "of") || self.punct(j, ',') {
            j + 1
        } else {
            j
        };
        if let Some(y) = self.year_num(k, 1000, 2999) {
            return m(i, k + 1, Raw::Quarter(Some(y), q));
        }
        if self.is(j, "of") {
            return None;
        }
        m(i, j, Raw::Quarter(None, q))
    }

    /// Bare years ("in 2014"), decades ("the 1990s", "the '90s").
    fn year_at(&self, i: usize, ctx: bool, prev_end: usize) -> Option<Match> {
        let t = self.num(i)?;
        if t.ndig == 4 && t.lower == "s" && t.num % 10 == 0 && (1000..=2990).contains(&t.num) {
            return m(i, i + 1, Raw::Unresolved { relative: false });
        }
        let y = self.year_num(i, 1900, 2100)?;
        let prev = self.prev_word(i);
        let connector = i >= 1
            && prev_end == i - 1
            && (matches!(prev, "and" | "or" | "to" | "through")
                || self.punct(i - 1, '-')
                || self.punct(i - 1, '–'));
        // "the 2013 Gezi Park protests", "the 2021 coup", "al Qaeda's 1998
        // bombings": a year naming an event
        let possessive = matches!(prev, "its" | "their" | "his" | "her")
            || (prev == "s" && i >= 2 && (self.punct(i - 2, '\'') || self.punct(i - 2, '’')));
        let names_an_event = (prev == "the" || possessive)
            && t.lower.is_empty()
            && self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokKind::Word);
        if ctx || lexicon::year_context(prev) || connector || names_an_event {
            return m(i, i + 1, Raw::Year(y));
        }
        None
    }

    /// "'90s"
    fn short_decade_at(&self, i: usize) -> Option<Match> {
        if !(self.punct(i, '\'') || self.punct(i, '’')) {
            return None;
        }
        let t = self.num(i + 1)?;
        if self.adj(i + 1) && t.ndig == 2 && t.lower == "s" && t.num % 10 == 0 {
            return m(i, i + 2, Raw::Unresolved { relative: false });
        }
        None
    }

    fn date3_at(&self, i: usize) -> Option<Match> {
        let t = self.toks.get(i)?;
        let TokKind::Date3 { a, b, c, iso } = t.kind else {
            return None;
        };
        if iso {
            let y = i32::try_from(a).ok()?;
            NaiveDate::from_ymd_opt(y, b, c)?;
            return m(i, i + 1, Raw::Day(y, b, c));
        }
        let y = i32::try_from(c).ok()?;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        let (d, mo) = if a == b || (a > 12 && b <= 12) {
            (a, b)
        } else if b > 12 && a <= 12 {
            (b, a)
        } else if a <= 12 && b <= 12 {
            return m(i, i + 1, Raw::AmbiguousNumeric(y));
        } else {
            return None;
        };
        NaiveDate::from_ymd_opt(y, mo, d)?;
        m(i, i + 1, Raw::Day(y, mo, d))
    }

    /// "summer 2019", "the spring of 2019", "in the winter".
    fn season_at(&self, i: usize, ctx: bool) -> Option<Match> {
        let w = self.w(i);
        if !lexicon::season(w) {
            return None;
        }
        let k = if self.is(i + 1, "of") || self.punct(i + 1, ',') {
            i + 2
        } else {
            i + 1
        };
        // "the summer of 1978": a season is no calendar unit, but its year is
        if let Some(y) = self.year_num(k, 1000, 2999) {
            return m(i, k + 1, Raw::Year(y));
        }
        if ctx && w != "fall" {
            return m(i, i + 1, Raw::Unresolved { relative: true });
        }
        if w != "fall" && !self.is(i + 1, "of") {
            let p = self.prev_word(i);
            let pp = if i >= 2 { self.w(i - 2) } else { "" };
            if matches!(p, "in" | "during" | "until" | "since" | "by")
                || (p == "the" && matches!(pp, "in" | "during" | "until" | "since" | "by"))
            {
                return m(i, i + 1, Raw::Unresolved { relative: true });
            }
        }
        None
    }

    /// Date expressions without a leading qualifier.
    fn core_at(&self, i: usize, ctx: bool, prev_end: usize) -> Option<Match> {
        let t = self.toks.get(i)?;
        match t.kind {
            TokKind::Word => self
                .day_word(i)
                .or_else(|| self.rel_at(i))
                .or_else(|| self.easter_at(i))
                .or_else(|| self.holiday_at(i))
                .or_else(|| self.weekday_at(i))
                .or_else(|| self.month_date(i, ctx))
                .or_else(|| self.quarter_at(i))
                .or_else(|| self.season_at(i, ctx)),
            TokKind::Num => self.day_month(i).or_else(|| self.year_at(i, ctx, prev_end)),
            TokKind::Date3 { .. } => self.date3_at(i),
            TokKind::Punct(_) => self.short_decade_at(i),
        }
    }

    /// Date expression, optionally preceded by "early", "late", "mid-",
    /// "earlier", "later" (and "early on").
    fn date_at(&self, i: usize, prev_end: usize) -> Option<Match> {
        if lexicon::qualifier(self.w(i)) {
            let mut j = i + 1;
            if self.punct(j, '-') && self.adj(j) {
                j += 1;
            }
            if self.is(j, "on") || self.is(j, "in") {
                j += 1;
            }
            // "earlier in the week": this week; "later in the day", "earlier
            // in the month": the day or month of the date told last
            if self.is(j, "the") && self.is(j - 1, "in") && matches!(self.w(i), "earlier" | "later")
            {
                match self.w(j + 1) {
                    "week" => return m(i, j + 2, Raw::Unit(Unit::Week, 0)),
                    "month" => return m(i, j + 2, Raw::after_told(Unit::Month, Some(0))),
                    "day" => return m(i, j + 2, Raw::after_told(Unit::Day, Some(0))),
                    _ => {}
                }
            }
            if let Some(mm) = self.core_at(j, true, prev_end) {
                return Some(Match { start: i, ..mm });
            }
        }
        self.core_at(i, false, prev_end)
    }

    /// Whether an expression may start at token `i`: a number, a numeric
    /// date, a quote ("'90s") or a word that one of the matchers below
    /// accepts first. Most tokens near an anchor are none of these, and
    /// this one test spares them the whole grammar. A word that a matcher
    /// accepts first must be in [`lexicon::ANCHOR_WORDS`] or
    /// [`lexicon::START_WORDS`].
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let w = match t.kind {
            TokKind::Num | TokKind::Date3 { .. } => return true,
            TokKind::Punct(c) => return c == '\'' || c == '’',
            TokKind::Word => t.lower,
        };
        lexicon::ANCHOR_WORDS.contains(w) || lexicon::START_WORDS.contains(w)
    }

    /// Try to match an expression starting at token `i`. `prev_end` is the
    /// end token of the previous match (or `usize::MAX`).
    pub(crate) fn match_at(&self, i: usize, prev_end: usize) -> Option<Match> {
        if !self.may_start(i) {
            return None;
        }
        if self.is(i, "since") {
            let j = if self.is(i + 1, "the") { i + 2 } else { i + 1 };
            if let Some(mm) = self.date_at(j, prev_end) {
                if mm.kind == TimeKind::Date && !matches!(mm.raw, Raw::Anchored { .. }) {
                    return Some(Match {
                        start: i,
                        kind: TimeKind::Since,
                        ..mm
                    });
                }
            }
            return None;
        }
        if let Some(mm) = self.the_at(i) {
            return Some(mm);
        }
        if let Some(mm) = self.frequency_at(i) {
            return Some(mm);
        }
        if let Some(mm) = self.counted_at(i) {
            return Some(mm);
        }
        self.date_at(i, prev_end)
    }

    /// Does token `i` mark the rest of its sentence as future ("will",
    /// "is due", "scheduled", "is expected", "to be held")?
    #[inline]
    pub(crate) fn is_future_marker(&self, i: usize) -> bool {
        // Nearly every word fails this cheap test.
        lexicon::FUTURE_WORDS.contains(self.w(i)) && self.future_in_context(i)
    }

    /// Is the expression starting at token `i` the time of a plan ("had
    /// been due to start on Tuesday", "scheduled for March 3")?
    pub(crate) fn planned(&self, i: usize) -> bool {
        let sent = self.toks[i].sent;
        (i.saturating_sub(5)..i).any(|k| {
            self.toks[k].sent == sent
                && matches!(self.w(k), "due" | "scheduled" | "slated" | "planned")
        })
    }

    /// Does token `i`, a comma, open a clause told in the past: ", where
    /// soldiers detained", ", when police fired" (not ", when the charter
    /// will take effect")?
    pub(crate) fn opens_past_clause(&self, i: usize) -> bool {
        let sent = self.toks[i].sent;
        self.punct(i, ',')
            && matches!(self.w(i + 1), "where" | "when")
            && (i + 2..(i + 8).min(self.toks.len()))
                .take_while(|&k| {
                    self.toks[k].sent == sent
                        && !matches!(self.w(k), "will" | "would" | "shall" | "is" | "are")
                })
                .any(|k| {
                    let w = self.w(k);
                    matches!(w, "was" | "were" | "had") || (w.len() > 3 && w.ends_with("ed"))
                })
    }

    fn future_in_context(&self, i: usize) -> bool {
        match self.w(i) {
            "will" | "shall" | "scheduled" | "upcoming" => true,
            "due" | "expected" | "set" | "slated" => {
                matches!(self.prev_word(i), "is" | "are" | "be")
            }
            "held" => self.prev_word(i) == "be" && i >= 2 && self.is(i - 2, "to"),
            _ => false,
        }
    }
}
