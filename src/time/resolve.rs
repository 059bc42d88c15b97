//! Resolution of [`Raw`] readings against the publication date and the
//! previous expressions of the text.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::lexicon::Unit;
use super::scan::{Raw, Rel};
use super::token::Cues;
use super::TimeValue;

/// Sentence-level context of one expression.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx {
    pub sent: u32,
    pub future: bool,
    /// The time of a plan ("due to start on Tuesday"): no story time.
    pub planned: bool,
    pub cues: Cues,
}

/// Resolver state: publication date and anchors for "a day later".
#[derive(Debug, Clone)]
pub(crate) struct Resolver {
    published: Option<NaiveDate>,
    day_anchor: Option<(NaiveDate, u32)>,
    any_anchor: Option<(TimeValue, u32)>,
    /// The year the text named last, in any expression ("since 2005"), for
    /// "that year".
    year_named: Option<i32>,
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn week_of(d: NaiveDate) -> TimeValue {
    let w = d.iso_week();
    TimeValue::Week {
        year: w.year(),
        week: w.week(),
    }
}

/// Month `delta` months from (y, m), validated.
fn month_add(y: i32, m: u32, delta: i64) -> Option<TimeValue> {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + delta;
    let year = i32::try_from(idx.div_euclid(12)).ok()?;
    let month = u32::try_from(idx.rem_euclid(12) + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(TimeValue::Month { year, month })
}

fn year_val(y: i64) -> Option<TimeValue> {
    let y = i32::try_from(y).ok()?;
    NaiveDate::from_ymd_opt(y, 1, 1)?;
    Some(TimeValue::Year(y))
}

fn wd_diff(from: Weekday, to: Weekday) -> i64 {
    (i64::from(from.num_days_from_monday()) - i64::from(to.num_days_from_monday())).rem_euclid(7)
}

/// Most recent `wd` on or before `p` (strictly before when `strict`).
fn weekday_back(p: NaiveDate, wd: Weekday, strict: bool) -> Option<NaiveDate> {
    let mut d = wd_diff(p.weekday(), wd);
    if strict && d == 0 {
        d = 7;
    }
    add_days(p, -d)
}

/// Next `wd` on or after `p` (strictly after when `strict`).
fn weekday_fwd(p: NaiveDate, wd: Weekday, strict: bool) -> Option<NaiveDate> {
    let mut d = wd_diff(wd, p.weekday());
    if strict && d == 0 {
        d = 7;
    }
    add_days(p, d)
}

/// Most recent (month, day) on or before `p`; skips years where it does not exist.
fn month_day_back(p: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let mut y = p.year();
    for _ in 0..9 {
        if let Some(c) = NaiveDate::from_ymd_opt(y, m, d) {
            if c <= p {
                return Some(c);
            }
        }
        y = y.checked_sub(1)?;
    }
    None
}

/// Next (month, day) on or after `p`.
fn month_day_fwd(p: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let mut y = p.year();
    for _ in 0..9 {
        if let Some(c) = NaiveDate::from_ymd_opt(y, m, d) {
            if c >= p {
                return Some(c);
            }
        }
        y = y.checked_add(1)?;
    }
    None
}

fn quarter_of(m: u32) -> u32 {
    m.div_ceil(3)
}

fn quarter_add(y: i32, q: u32, delta: i64) -> Option<TimeValue> {
    let idx = i64::from(y) * 4 + i64::from(q) - 1 + delta;
    let year = i32::try_from(idx.div_euclid(4)).ok()?;
    let quarter = u32::try_from(idx.rem_euclid(4) + 1).ok()?;
    NaiveDate::from_ymd_opt(year, 1, 1)?;
    Some(TimeValue::Quarter { year, quarter })
}

/// Year implied by "last year" / "this year" / "next year" in the sentence.
fn cue_year(p: NaiveDate, cues: Cues) -> Option<i32> {
    if cues.last_year {
        Some(p.year() - 1)
    } else if cues.next_year {
        Some(p.year() + 1)
    } else if cues.this_year {
        Some(p.year())
    } else {
        None
    }
}

impl Resolver {
    pub(crate) fn new(published: Option<NaiveDate>) -> Self {
        Resolver {
            published,
            day_anchor: None,
            any_anchor: None,
            year_named: None,
        }
    }

    /// Resolve one reading. Returns (value, relative). Updates anchors.
    pub(crate) fn resolve(
        &mut self,
        raw: Raw,
        is_date: bool,
        ctx: Ctx,
    ) -> (Option<TimeValue>, bool) {
        let (value, relative) = self.value(raw, ctx);
        let complement = matches!(
            raw,
            Raw::Anchored {
                complement: true,
                ..
            }
        );
        // (a plan, "had been due to start on Tuesday", or a day still ahead
        // is no story time to count "a week earlier" from)
        let ahead = |v: TimeValue| self.published.is_some_and(|p| v.first_day() > p);
        if let Some(v) = value.filter(|_| !relative) {
            self.year_named = Some(v.first_day().year());
        }
        if is_date && !complement && !ctx.planned {
            if let Some(v) = value.filter(|&v| !ahead(v)) {
                self.any_anchor = Some((v, ctx.sent));
                if let TimeValue::Day(d) = v {
                    self.day_anchor = Some((d, ctx.sent));
                }
            }
        }
        (value, relative)
    }

    fn value(&self, raw: Raw, ctx: Ctx) -> (Option<TimeValue>, bool) {
        let p = self.published;
        match raw {
            Raw::Day(y, m, d) => (NaiveDate::from_ymd_opt(y, m, d).map(TimeValue::Day), false),
            Raw::MonthYear(y, m) => (month_add(y, m, 0), false),
            Raw::Year(y) | Raw::AmbiguousNumeric(y) => (year_val(i64::from(y)), false),
            Raw::Quarter(Some(y), q) => (quarter_add(y, q, 0), false),
            Raw::Unresolved { relative } => (None, relative),
            Raw::NoValue => (None, false),
            Raw::Anchored { .. } => (self.anchored(p, raw, ctx), true),
            _ => (p.and_then(|p| self.relative(p, raw, ctx)), true),
        }
    }

    /// The year a year or month named earlier in the sentence fixed: "the
    /// memories of 1987, when soldiers detained Bavadra on May 14" (not
    /// "delayed since Baghdad cut the budget in 2014, and ... on Oct. 16").
    fn sentence_year(&self, ctx: Ctx) -> Option<i32> {
        // "after Hariri was killed on Feb. 14 that year": the year named
        // last, wherever it was
        if ctx.cues.that_year && self.year_named.is_some() {
            return self.year_named;
        }
        // (nor the year a cue gave another month only: "in August last
        // year, and ... in February")
        if ctx.cues.since || (ctx.cues.bound.is_some() && !ctx.cues.bound_here) {
            return None;
        }
        match self.any_anchor {
            Some((TimeValue::Year(y) | TimeValue::Month { year: y, .. }, s)) if s == ctx.sent => {
                Some(y)
            }
            _ => None,
        }
    }

    fn relative(&self, p: NaiveDate, raw: Raw, ctx: Ctx) -> Option<TimeValue> {
        match raw {
            Raw::MonthDay(m, d) => {
                if let Some(y) = cue_year(p, ctx.cues).or_else(|| self.sentence_year(ctx)) {
                    return NaiveDate::from_ymd_opt(y, m, d).map(TimeValue::Day);
                }
                if ctx.future {
                    return month_day_fwd(p, m, d).map(TimeValue::Day);
                }
                if ctx.cues.deadline {
                    if let Some(f) = month_day_fwd(p, m, d) {
                        if (f - p).num_days() <= 62 {
                            return Some(TimeValue::Day(f));
                        }
                    }
                }
                month_day_back(p, m, d).map(TimeValue::Day)
            }
            Raw::Month(m, rel) => {
                let (py, pm) = (p.year(), p.month());
                let y = match rel {
                    Rel::None => {
                        if let Some(y) = cue_year(p, ctx.cues).or_else(|| self.sentence_year(ctx)) {
                            y
                        } else if ctx.future {
                            if m >= pm {
                                py
                            } else {
                                py + 1
                            }
                        } else if m <= pm {
                            py
                        } else {
                            py - 1
                        }
                    }
                    Rel::Last => {
                        if m < pm {
                            py
                        } else {
                            py - 1
                        }
                    }
                    Rel::This => py,
                    Rel::Next => {
                        if m > pm {
                            py
                        } else {
                            py + 1
                        }
                    }
                };
                month_add(y, m, 0)
            }
            Raw::Quarter(_, q) => {
                let pq = quarter_of(p.month());
                let y =
                    cue_year(p, ctx.cues).unwrap_or(if q <= pq { p.year() } else { p.year() - 1 });
                quarter_add(y, q, 0)
            }
            Raw::QuarterRel(off) => quarter_add(p.year(), quarter_of(p.month()), off),
            Raw::Weekday(wd, rel) => {
                let d = match rel {
                    Rel::None | Rel::This if ctx.future => weekday_fwd(p, wd, false),
                    Rel::None | Rel::This => weekday_back(p, wd, false),
                    Rel::Last => weekday_back(p, wd, true),
                    Rel::Next => weekday_fwd(p, wd, true),
                };
                d.map(TimeValue::Day)
            }
            Raw::WeekdayOfWeek(wd, off) => {
                let base = add_days(p, 7 * off)?;
                let monday = add_days(base, -i64::from(base.weekday().num_days_from_monday()))?;
                add_days(monday, i64::from(wd.num_days_from_monday())).map(TimeValue::Day)
            }
            Raw::DayOffset(n) => add_days(p, n).map(TimeValue::Day),
            Raw::Unit(u, off) => match u {
                Unit::Day => add_days(p, off).map(TimeValue::Day),
                Unit::Week => add_days(p, 7 * off).map(week_of),
                Unit::Month => month_add(p.year(), p.month(), off),
                Unit::Year => year_val(i64::from(p.year()) + off),
                _ => None,
            },
            Raw::Ago(u, Some(n)) => {
                let n = i64::from(n);
                match u {
                    Unit::Day => add_days(p, -n).map(TimeValue::Day),
                    // (news counts "a week ago" to the day: the same weekday)
                    Unit::Week => add_days(p, -7 * n).map(TimeValue::Day),
                    Unit::Month => month_add(p.year(), p.month(), -n),
                    Unit::Year => year_val(i64::from(p.year()) - n),
                    _ => None,
                }
            }
            Raw::Ago(_, None) => None,
            Raw::Easter(after) => {
                // the last Easter on or before publication
                let this = easter_sunday(p.year()).and_then(|e| add_days(e, after))?;
                let day = if this <= p {
                    this
                } else {
                    easter_sunday(p.year() - 1).and_then(|e| add_days(e, after))?
                };
                Some(TimeValue::Day(day))
            }
            Raw::Weekend(rel) => {
                let sat = match rel {
                    Rel::Next => weekday_fwd(p, Weekday::Sat, true),
                    Rel::None | Rel::This if ctx.future => weekday_fwd(p, Weekday::Sat, false),
                    Rel::Last if matches!(p.weekday(), Weekday::Sat | Weekday::Sun) => {
                        weekday_back(p, Weekday::Sat, false).and_then(|d| add_days(d, -7))
                    }
                    _ => weekday_back(p, Weekday::Sat, false),
                };
                sat.map(week_of)
            }
            _ => None,
        }
    }

    /// "two days later", "the day before", "a day after the attack".
    fn anchored(&self, p: Option<NaiveDate>, raw: Raw, ctx: Ctx) -> Option<TimeValue> {
        let Raw::Anchored {
            unit,
            n,
            dir,
            complement,
            told,
        } = raw
        else {
            return None;
        };
        // A complement ("a day after the attack") names an event `n` units
        // before the anchor; it needs an anchor in the same sentence, or an
        // event told before it came after ("The raid came two days after").
        let sign = if complement { -dir } else { dir };
        let same = |s: u32| !complement || s == ctx.sent || told;
        match unit {
            Unit::Day | Unit::Week => {
                // ("in November 2001, ..., and was arrested days later": a
                // few days after a month or year told last is in it)
                if let (None, Some((v @ (TimeValue::Month { .. } | TimeValue::Year(_)), s))) =
                    (n, self.any_anchor)
                {
                    return (same(s) && !complement).then_some(v);
                }
                // ("In late December its fighters held Bambari, before troops
                // retook it the next day": a day or two, or a week, after a
                // month told last in the sentence is in that month)
                // (and "Last October, gunmen killed 22 soldiers, and a week
                // later an aid worker was kidnapped")
                if let (Some(n), Some((v @ TimeValue::Month { .. }, s)), false) =
                    (n, self.any_anchor, complement)
                {
                    let near = match unit {
                        Unit::Day => n <= 2,
                        _ => n == 1,
                    };
                    if near && s == ctx.sent && sign > 0 {
                        return Some(v);
                    }
                }
                let anchor = self.day_anchor.filter(|&(_, s)| same(s)).map(|(d, _)| d);
                let Some(n) = n else {
                    // Vague "days later": the anchor's month when it is safe.
                    let a = anchor?;
                    let ok = if sign > 0 {
                        a.day() <= 21
                    } else {
                        a.day() >= 10
                    };
                    return if ok && unit == Unit::Day {
                        month_add(a.year(), a.month(), 0)
                    } else {
                        None
                    };
                };
                let base = match anchor {
                    Some(a) => a,
                    // Nothing to count from: news reports the past, so
                    // "the day before" / "a day earlier" count from publication.
                    None if !complement && sign < 0 && self.any_anchor.is_none() => p?,
                    None => return None,
                };
                // ("a week earlier" than a day is that day seven days back)
                let days = if unit == Unit::Day { 1 } else { 7 };
                add_days(base, sign * days * i64::from(n)).map(TimeValue::Day)
            }
            Unit::Month | Unit::Year => {
                let (v, s) = self.any_anchor?;
                if !same(s) {
                    return None;
                }
                let n = i64::from(n?);
                if unit == Unit::Month {
                    match v {
                        TimeValue::Day(_) | TimeValue::Month { .. } => {
                            let f = v.first_day();
                            month_add(f.year(), f.month(), sign * n)
                        }
                        _ => None,
                    }
                } else {
                    let f = v.first_day();
                    match v {
                        TimeValue::Week { .. } => None,
                        _ => year_val(i64::from(f.year()) + sign * n),
                    }
                }
            }
            _ => None,
        }
    }
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous
/// Gregorian computus).
fn easter_sunday(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(
        y,
        u32::try_from(n / 31).ok()?,
        u32::try_from(n % 31 + 1).ok()?,
    )
}
