//! The date of an event: the time its own clause names, else the story's
//! time at the trigger (the last date told before it that is not a
//! background, a report's day or a time looked ahead to), or a day counted
//! from an event told before ("two days after the kidnapping").

use super::*;

/// "The last summit of the three countries was held in Ankara in September
/// 2019": a definite event noun whose clause dates it apart from the
/// earlier events of its kind tells of another event, not one told before.
pub(super) fn dated_apart(
    sent: &Sent<'_>,
    earlier: &[Frame],
    kind: EventKind,
    c0: usize,
    c1: usize,
) -> bool {
    let value = |d: usize| sent.doc.dates[d].value;
    let Some(own) =
        (sent.mentions_before(c0)..sent.mentions_before(c1)).find_map(|m| match sent.m(m).what {
            What::Date(d) => value(d),
            _ => None,
        })
    else {
        return false;
    };
    // (with no event of its kind before, "the protest movement" is no event)
    let before = || {
        earlier
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|f| f.kind == kind)
    };
    before().next().is_some()
        && !before().any(|f| {
            // (within a month it may be the same campaign: "The protests
            // erupted on Nov. 28")
            f.date.mention().is_none_or(|d| {
                value(d).is_none_or(|v| {
                    v.contains(&own)
                        || own.contains(&v)
                        || (v.first_day() - own.first_day()).num_days().abs() <= 31
                })
            })
        })
}

/// "The assault came hours after hundreds of thousands of people marched",
/// "The arrest came as EU leaders met": what came hours after or as it
/// happened the same day as the event the subject names, an event told
/// before.
pub(super) fn same_day_as(sent: &Sent<'_>, f: &Frame, earlier: &[Frame]) -> Option<DateChoice> {
    let (c0, _) = sent.clause_range(sent.m(f.trigger).first);
    // ("The arrest came as EU leaders met Davutoglu": at that time)
    let at_once = sent.is(c0, &["as", "while"]);
    if !(c0 >= sent.first + 2 && (at_once || (c0 >= sent.first + 3 && sent.is(c0, &["after"])))) {
        return None;
    }
    let mut k = c0 - 1;
    if !at_once {
        if !sent.is(k, &["shortly", "just", "only", "minutes", "hours"]) {
            return None;
        }
        k -= 1;
    }
    if sent.is(k, &["just", "only", "within"]) && k > sent.first {
        k -= 1;
    }
    if !sent.is(
        k,
        &["came", "comes", "come", "happened", "began", "started"],
    ) {
        return None;
    }
    let noun = (sent.mentions.start..sent.mentions_before(k))
        .rev()
        .find(|&m| sent.is_trigger(m))?;
    let What::Trigger(t) = sent.m(noun).what else {
        return None;
    };
    let kind = t.kind?;
    earlier
        .iter()
        .rev()
        .take(LOOKBACK)
        .find(|g| g.kind == kind && !g.anaphoric && !g.negated && g.sentence < f.sentence)
        .map(|g| g.date.mention().map_or(g.date, DateChoice::Narrative))
        .filter(|d| *d != DateChoice::None)
}

/// "Two days after the kidnapping, hundreds marched": a date counted in
/// days or weeks from an event noun takes the day of that event as told
/// before (which the text's last date may not be).
pub(super) fn counted_from_event(
    sent: &Sent<'_>,
    f: &Frame,
    earlier: &[Frame],
) -> Option<DateChoice> {
    let (DateChoice::Own(d) | DateChoice::Narrative(d)) = f.date else {
        return None;
    };
    let m = (sent.mentions.clone()).find(|&m| matches!(sent.m(m).what, What::Date(x) if x == d))?;
    let lower = sent.doc.dates[d].text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let [count, unit, "after"] = words[..] else {
        return None;
    };
    let n = match count {
        "a" | "an" | "one" | "the" => 1,
        w => i64::from(number_word(w).or_else(|| w.parse().ok())?),
    };
    let days = match unit {
        "day" | "days" => n,
        "week" | "weeks" => 7 * n,
        _ => return None,
    };
    // "two days after the kidnapping": after the event the noun names;
    // "The offensive came four days after a bomber struck": before it
    let (first, last) = (sent.m(m).first, sent.m(m).last);
    let after_noun = sent
        .mention_at(last + 1)
        .filter(|&x| sent.is(last, &["the"]) && sent.is_trigger(x));
    let came_noun = || {
        (first >= sent.first + 3 && sent.is(first - 1, &["came", "comes"]))
            .then(|| sent.mention_ending_at(first - 1))
            .flatten()
            .filter(|&x| {
                sent.is_trigger(x)
                    && sent.m(x).first > sent.first
                    && sent.is(sent.m(x).first - 1, &["the"])
            })
    };
    let (noun, days) = match after_noun {
        Some(x) => (x, days),
        None => (came_noun()?, -days),
    };
    let What::Trigger(t) = sent.m(noun).what else {
        return None;
    };
    let base = (earlier.iter().rev().take(LOOKBACK))
        .find(|g| Some(g.kind) == t.kind && !g.negated && !g.anaphoric)?
        .date
        .mention()?;
    of_a_day(sent.doc, base).then_some(DateChoice::After { at: d, base, days })
}

/// "Armed men have held the Grand Mosque since they seized it on Tuesday.
/// Officials said the gunmen were holding some worshippers hostage": people
/// still held with no date of their own in the sentence were taken in the
/// seizure told before.
pub(super) fn held_since_seizure(
    sent: &Sent<'_>,
    f: &Frame,
    earlier: &[Frame],
) -> Option<DateChoice> {
    if f.kind != EventKind::Kidnapping || matches!(f.date, DateChoice::Own(_)) {
        return None;
    }
    let own_sentence = |d: usize| {
        sent.mentions
            .clone()
            .any(|m| matches!(sent.m(m).what, What::Date(x) if x == d))
    };
    // (the day of the report is no date of their own)
    if !matches!(f.date, DateChoice::Reported(_)) && f.date.mention().is_some_and(own_sentence) {
        return None;
    }
    let t0 = sent.m(f.trigger).first;
    let holding = (t0.saturating_sub(8).max(sent.first + 1)..t0).any(|i| {
        sent.is(i, &["holding"]) && sent.is(i - 1, &["were", "was", "are", "is", "still"])
    });
    if !holding {
        return None;
    }
    let seizure = (earlier.iter().rev().take(LOOKBACK)).find(|g| {
        matches!(g.kind, EventKind::Takeover | EventKind::Kidnapping) && !g.negated && !g.anaphoric
    })?;
    match seizure.date {
        DateChoice::Own(d) | DateChoice::Narrative(d) => Some(DateChoice::Own(d)),
        _ => None,
    }
}

/// Whether date expression `d` names a day (not a week, a month or a year).
fn of_a_day(doc: &Doc<'_>, d: usize) -> bool {
    matches!(doc.dates[d].value, Some(TimeValue::Day(_)))
}

/// "a Sunday service", "every Monday": a day naming a kind of thing, not a date.
fn describes_a_thing(sent: &Sent<'_>, date: usize) -> bool {
    let first = sent.m(date).first;
    // ("the national security law imposed by Beijing last year": when a
    // participle that is no event's happened)
    let mut k = first;
    if let Some(agent) = sent.mention_ending_at(k).filter(|&a| sent.is_actor(a)) {
        let a = sent.m(agent).first;
        if a > sent.first + 1 && sent.is(a - 1, &["by"]) {
            k = a - 1;
        }
    }
    let participle = k > sent.first + 1
        && sent.lower(k - 1).ends_with("ed")
        && sent.mention_at(k - 1).is_none()
        && sent.word(k - 2).starts_with(char::is_lowercase)
        && !sent.has(k - 2, cue::BE)
        && !sent.is(k - 2, &["had", "has", "have"]);
    // ("On Jan. 14, the anniversary of the 2011 revolution, ... marched":
    // the year of what is remembered)
    let remembered = (first.saturating_sub(3).max(sent.first)..first).any(|i| {
        sent.is(i, &["anniversary", "anniversaries", "commemoration"]) && sent.is(i + 1, &["of"])
    });
    participle
        || remembered
        || (first > sent.first && sent.is(first - 1, &["a", "an", "every", "each"]))
}

/// "detained 1,434 suspects over Sunday's riots": a day that owns
/// something other than the trigger is its date.
fn owned_by_another(sent: &Sent<'_>, date: usize, trigger: usize) -> bool {
    let (first, last) = (sent.m(date).first, sent.m(date).last);
    // ("arrested ... at a memorial for a man killed during anti-government
    // protests two years ago": the time of the event noun it follows, past
    // another verb; not "retook Nagorno-Karabakh in a lightning offensive
    // last month", the verb's own manner)
    let noun_before = sent.mention_ending_at(first).is_some_and(|x| {
        x != trigger
            && sent.m(trigger).last <= sent.m(x).first
            && matches!(sent.m(x).what, What::Trigger(t) if t.form == TriggerForm::Noun)
            && (trigger + 1..x)
                .any(|y| matches!(sent.m(y).what, What::Trigger(t) if t.form != TriggerForm::Noun))
    });
    if noun_before {
        return true;
    }
    // ("captured X, a suspected leader of the 2012 attack on the mission,
    // in a raid on Sunday": the year of the event noun it modifies)
    let mut next = last;
    if let Some(p) = sent
        .mention_at(next)
        .filter(|&p| matches!(sent.m(p).what, What::Place(_)))
    {
        next = sent.m(p).last;
    }
    // (not the time of what the trigger happened in or after: "drove them
    // out of Kirkuk following the Oct. 16 attack")
    let det = first
        .checked_sub(1)
        .filter(|&k| k > sent.first && sent.is(k, &["the"]));
    let in_or_after = det.is_some_and(|k| {
        sent.is(
            k - 1,
            &[
                "after",
                "following",
                "in",
                "during",
                "since",
                "before",
                "amid",
            ],
        )
    });
    let modifies = !in_or_after
        && sent.mention_at(next).is_some_and(|x| {
            x != trigger
                && matches!(sent.m(x).what, What::Trigger(t) if t.form == TriggerForm::Noun)
        });
    if modifies {
        return true;
    }
    let owner = if sent.is(last, &["'s", "’s", "'", "’"]) {
        last + 1
    } else {
        return false;
    };
    // ("detained 200 people during Friday night's unrest": the time of
    // what it happened during)
    // (not past another event: "arrested in a case over an attack on the
    // residence during Saturday's unrest")
    let t = sent.m(trigger).last;
    let nearest = (t.min(first)..first.max(t)).all(|i| {
        sent.mention_at(i)
            .is_none_or(|x| x == trigger || !sent.is_trigger(x))
    });
    if first > sent.first && sent.is(first - 1, &["during", "amid"]) && nearest {
        return false;
    }
    // (past the names that modify it: "November's Paris attacks")
    let mut head = owner;
    while head < sent.last && head < owner + 3 && sent.mention_at(head) != Some(trigger) {
        match sent.mention_at(head) {
            Some(m) if matches!(sent.m(m).what, What::Place(_)) => head = sent.m(m).last,
            _ => break,
        }
    }
    head < sent.last && sent.mention_at(head) != Some(trigger)
}

/// "police said on Sunday they had arrested ...": the date of the saying,
/// not of the event the saying reports (when the event comes after it).
fn reporting_time(sent: &Sent<'_>, date: usize, trigger: usize) -> bool {
    said_just_before(sent, date, sent.first) && sent.m(date).first < trigger
}

/// Whether a verb of saying is one of the two tokens before date mention
/// `m`, from token `floor` on: "said on Sunday".
fn said_just_before(sent: &Sent<'_>, m: usize, floor: usize) -> bool {
    let first = sent.m(m).first;
    (first.saturating_sub(2).max(floor)..first).any(|i| sent.has(i, cue::REPORTING))
}

/// "troops have taken full control of Mekelle, Abiy said on Saturday": the
/// day of the report that closes the sentence after the clause ending at
/// `c1`, and tells nothing else.
fn closing_report_day(sent: &Sent<'_>, c1: usize) -> Option<usize> {
    if !sent.is(c1, &[","]) {
        return None;
    }
    let m = (sent.mentions_before(c1)..sent.mentions.end)
        .filter(|&m| sent.m(m).first > c1)
        .find(|&m| matches!(sent.m(m).what, What::Date(_) | What::Trigger(_)))?;
    let What::Date(d) = sent.m(m).what else {
        return None;
    };
    let reported = said_just_before(sent, m, c1);
    let closes = sent.m(m).last + 1 >= sent.last || sent.is(sent.m(m).last, &[".", ","]);
    (of_a_day(sent.doc, d) && reported && closes).then_some(d)
}

/// "He met Moon at Panmunjom on April 27 and again, at short notice, on May
/// 26": the date of the same event told again on another day, if frame
/// `f`'s clause goes on so.
pub(super) fn again_on(sent: &Sent<'_>, f: &Frame) -> Option<usize> {
    let trig = sent.m(f.trigger);
    // (by its cue bit: this runs for every frame)
    let again = (trig.last..sent.last.min(trig.last + 24))
        .find(|&k| sent.has(k, cue::AGAIN) && sent.lower(k - 1) == "and")?;
    let own = match f.date {
        DateChoice::Own(d) => sent.doc.dates[d].value,
        _ => return None,
    };
    (sent.mentions_before(again)..sent.mentions.end)
        .take_while(|&m| sent.m(m).first < again + 8)
        .find_map(|m| match sent.m(m).what {
            What::Date(d) if sent.doc.dates[d].value.is_some() => Some(d),
            _ => None,
        })
        .filter(|&d| sent.doc.dates[d].value != own)
}

/// The first token of the sentence that holds token `token`.
fn sentence_start(doc: &Doc<'_>, token: usize) -> usize {
    doc.seg.sentences[doc.seg.sentence_of(token)].tokens.start
}

/// Whether date mention `m` lies in a short quoted phrase ("warned him not
/// to forget “the lessons of March 1”"): words quoted, no story time.
fn quoted_phrase(doc: &Doc<'_>, m: usize) -> bool {
    let word = |k: usize| token_text(doc, k);
    let (first, last) = (doc.mentions[m].first, doc.mentions[m].last);
    let opened = (first.saturating_sub(6)..first)
        .rev()
        .find(|&k| matches!(word(k), "“" | "”"));
    opened.is_some_and(|k| word(k) == "“") && (last..last + 4).any(|k| word(k) == "”")
}

/// Whether date mention `m` lies in a relative clause that its sentence
/// closes: "Sharif, who was disqualified by the Supreme Court last year,
/// says the cases are a plot" (the clause tells of another time than the
/// story's).
fn in_closed_relative(doc: &Doc<'_>, m: usize) -> bool {
    let word = |k: usize| token_text(doc, k);
    let (first, last) = (doc.mentions[m].first, doc.mentions[m].last);
    // (within a clause's reach: a sentence may be a whole document long)
    let sentence = &doc.seg.sentences[doc.seg.sentence_of(first)].tokens;
    let start = sentence.start.max(first.saturating_sub(40));
    let end = sentence.end.min(last + 40);
    let opened =
        |i: usize| i > start && matches!(word(i), "who" | "which" | "whose") && word(i - 1) == ",";
    (start..first)
        .rev()
        .take_while(|&i| word(i) != "," || opened(i + 1))
        .any(opened)
        && (last..end).any(|i| word(i) == ",")
}

/// Whether date mention `m` is the day a report was made ("officials said
/// on Monday") in a sentence that dates an event before it.
fn reported_after_an_event(doc: &Doc<'_>, m: usize) -> bool {
    let first = doc.mentions[m].first;
    let start = sentence_start(doc, first);
    (first.saturating_sub(2).max(start)..first).any(|i| doc.cues[i] & cue::REPORTING != 0)
        && doc.mentions[..m]
            .iter()
            .rev()
            .take_while(|x| x.first >= start)
            .any(|x| matches!(x.what, What::Date(_)))
}

/// Whether mention `m` lies in a relative clause closed before token `t0`:
/// "Shikhmuradov, who went into exile in 2001, was arrested ... last
/// Wednesday" (the clause tells of another time).
pub(super) fn in_relative_before(sent: &Sent<'_>, m: usize, c0: usize, t0: usize) -> bool {
    let (first, last) = (sent.m(m).first, sent.m(m).last);
    // (the relative clause may open before the trigger's clause: "Hachalu,
    // whose songs were anthems for the youth who helped ... in 2018, was
    // shot")
    let opened =
        |i: usize| sent.is(i, &["who", "which", "whose"]) && sent.is(i.saturating_sub(1), &[","]);
    let inside = || {
        (sent.first..first)
            .rev()
            .take_while(|&i| !sent.is(i, &[","]) || opened(i + 1))
            .any(opened)
    };
    last <= t0
        && ((c0..first).any(opened) || (c0 > sent.first && inside()))
        && (last..t0).any(|i| sent.is(i, &[","]))
}

/// Whether date mention `m` is in a clause opened by "since" ("their biggest
/// gains since foreign troops began their withdrawal in May") or about what
/// is to come ("before an election due in January"): a point the story
/// measures from or looks to, not the time it has reached.
fn measured_from(doc: &Doc<'_>, m: usize) -> bool {
    let first = doc.mentions[m].first;
    let tokens = &doc.seg.tokens;
    (first.saturating_sub(12)..first)
        .rev()
        .map(|k| tokens[k].text(doc.text))
        .take_while(|w| !matches!(*w, "," | ";" | "." | "\n"))
        .any(|w| {
            is_any(
                w,
                &["since", "due", "scheduled", "expected", "ahead", "until"],
            )
        })
}

/// Whether date mention `m` names an occasion ("the Nov. 3 election", "the
/// 2019 vote"): what the story refers to, not the time it has reached.
fn names_an_occasion(doc: &Doc<'_>, m: usize) -> bool {
    let (first, last) = (doc.mentions[m].first, doc.mentions[m].last);
    let tokens = &doc.seg.tokens;
    let word = |k: usize| token_text(doc, k);
    // ("the Jan. 3 twin bombings": an event of ours, whose date it is)
    let event_named = doc.mentions[m + 1..]
        .iter()
        .take(2)
        .any(|x| x.first < last + 3 && matches!(x.what, What::Trigger(_)));
    first > 0
        && !event_named
        && (is_any(word(first - 1), &["the", "this", "that", "last"])
            || tokens[first - 1].kind == TokenKind::Possessive)
        // a calendar date: "the next day police ..." is the time reached
        && word(first).starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
        && tokens.get(last).is_some_and(|t| t.kind == TokenKind::Word)
        && word(last).starts_with(|c: char| c.is_ascii_lowercase())
        && !is_any(
            word(last),
            &[
                "and", "or", "of", "to", "in", "at", "on", "when", "that", "which", "as", "for",
                "was", "were", "is", "are", "had", "has", "by", "after", "before", "with",
            ],
        )
        // ("during the Thursday morning rush hour": a time of day, no occasion)
        && !is_any(word(last), &["rush", "commute"])
}

/// Whether date mention `m` is a time looked ahead to, with a plan or a
/// modal before it in its clause ("as Ortega seeks a fourth term in
/// November", "talks will resume in May"): no time the story reached.
fn ahead(doc: &Doc<'_>, m: usize) -> bool {
    let first = doc.mentions[m].first;
    let start = sentence_start(doc, first);
    (first.saturating_sub(8).max(start)..first)
        .rev()
        .take_while(|&k| !is_any(doc.seg.tokens[k].text(doc.text), &[",", ";"]))
        .any(|k| {
            (doc.cues[k] & (cue::HYPOTHETICAL | cue::MODALS) != 0
                && doc.cues[k] & cue::ACCUSATIONS == 0)
                // "a contract due to expire on Dec. 31"
                || (doc.seg.tokens[k].text(doc.text) == "due"
                    && doc.seg.tokens.get(k + 1).is_some_and(|t| t.text(doc.text) == "to"))
        })
}

/// The text of token `k`, or "" past the end.
fn token_text<'a>(doc: &Doc<'a>, k: usize) -> &'a str {
    doc.seg.tokens.get(k).map_or("", |t| t.text(doc.text))
}

/// Whether date `d` begins after the publication date.
fn after_publication(doc: &Doc<'_>, d: usize) -> bool {
    match (doc.dates[d].value, doc.published) {
        (Some(v), Some(p)) => v.first_day() > p,
        _ => false,
    }
}

/// Date `d` of mention `m`, or the finer date right before it that it
/// places: "In June last year" is June, "last year" only fixed its year.
pub(super) fn finer_before(doc: &Doc<'_>, m: usize, d: usize) -> usize {
    let Some(p) = m
        .checked_sub(1)
        .filter(|&p| doc.mentions[p].last == doc.mentions[m].first)
    else {
        return d;
    };
    let What::Date(e) = doc.mentions[p].what else {
        return d;
    };
    match (&doc.dates[e].value, &doc.dates[d].value) {
        (Some(finer), Some(year)) => {
            let (f, y) = (finer.iso(), year.iso());
            if f.len() > y.len() && f.starts_with(&y) {
                e
            } else {
                d
            }
        }
        _ => d,
    }
}

/// Month date `d`, or the day of that month a date after token `after` in
/// the sentence gives: "In December, soldiers opened fire on protesters
/// ..., killing 10 people on Dec. 15".
fn day_of_month_after(sent: &Sent<'_>, after: usize, d: usize) -> usize {
    let dates = &sent.doc.dates;
    let Some(month) = dates[d]
        .value
        .as_ref()
        .map(|v| v.iso())
        .filter(|m| m.len() == 7)
    else {
        return d;
    };
    (sent.mentions.clone())
        .filter(|&x| (after..after + 25).contains(&sent.m(x).first))
        .find_map(|x| match sent.m(x).what {
            What::Date(e)
                if dates[e].value.as_ref().is_some_and(|v| {
                    let day = v.iso();
                    day.len() == 10 && day.starts_with(&month)
                }) =>
            {
                Some(e)
            }
            _ => None,
        })
        .unwrap_or(d)
}

/// The date that governs a frame's trigger.
pub(super) fn choose_date(sent: &Sent<'_>, f: &Frame) -> DateChoice {
    // "those held include ...", "hosted the talks": the event's date is its own
    let trig = sent.m(f.trigger);
    if f.adds_parties {
        // (but a day that owns it tells which: "carried out Saturday
        // night's attack")
        return match sent.owner_before(trig.first).map(|x| &sent.m(x).what) {
            Some(&What::Date(d)) if sent.doc.dates[d].value.is_some() => DateChoice::Own(d),
            _ => DateChoice::None,
        };
    }
    let (c0, c1) = sent.clause_range(trig.first);
    let usable = |d: usize| {
        let e = &sent.doc.dates[d];
        e.kind == TimeKind::Date && e.value.is_some()
    };
    // the first date of another clause (`n0..n1`) that can date the event
    // (not a time ahead: "talks that touched on a contract due to expire
    // on Dec. 31")
    let date_in = |n0: usize, n1: usize| {
        sent.mentions.clone().find_map(|m| match sent.m(m).what {
            What::Date(d)
                if sent.m(m).first >= n0
                    && sent.m(m).last <= n1
                    && usable(d)
                    && !ahead(sent.doc, m) =>
            {
                Some(d)
            }
            _ => None,
        })
    };
    // "Gunmen who seized a police compound were still holding officers on
    // Monday": a date after the relative clause's verb and past the main
    // verb is the main clause's
    let k = verb_group_start(sent, trig.first, c0);
    let relative = k > c0 && sent.is(k - 1, &["who", "which", "that"]);
    let main_clause_date = |m: usize| {
        relative
            && sent.m(m).first >= trig.last
            && (trig.last..sent.m(m).first)
                .any(|i| sent.is(i, &["was", "were", "is", "are", "had", "has", "have"]))
    };
    // "claimed responsibility on Tuesday for the abduction": the day of
    // the claim, not of what is claimed
    // (or "on Thursday claimed an assault on a remote army camp")
    let claimed = ((trig.first.saturating_sub(3).max(sent.first)..trig.first)
        .any(|i| sent.is(i, &["for"]))
        && (trig.first.saturating_sub(14).max(sent.first)..trig.first).any(|i| {
            // (or "blamed the Houthi movement for an attack on Aden
            // airport": the day of the blame)
            sent.is(
                i,
                &[
                    "responsibility",
                    "credit",
                    "blamed",
                    "blames",
                    "accused",
                    "accuses",
                ],
            )
        }))
        || (trig.first >= sent.first + 2
            && sent.is(trig.first - 1, &["a", "an", "the"])
            && sent.is(trig.first - 2, &["claimed", "claims", "claiming"]));
    // "rioted on Sunday in fury over the fatal shooting of a boy": what
    // angered them happened before, on a day the clause before it does not
    // tell (its own may: "over al Qaeda's 1998 bombings")
    let cause = matches!(trig.what, What::Trigger(t) if t.form == TriggerForm::Noun)
        && named_as_cause(sent, trig.first, c0);
    // ("shot dead the leader on July 25 and killed a second hostage five
    // days later": a date before "and" is the verb's before it, when one
    // follows this verb)
    // (the mentions are looked at only past an "and" before the verb)
    let date_after = (c0..trig.first).any(|i| sent.is(i, &["and"]))
        && sent.mentions.clone().any(|m| {
            matches!(sent.m(m).what, What::Date(d) if usable(d))
                && sent.m(m).first >= trig.last
                && sent.m(m).last <= c1
        });
    let before_and = |m: usize| {
        date_after
            && sent.m(m).last <= trig.first
            && (sent.m(m).last..trig.first).any(|i| sent.is(i, &["and"]))
    };
    // the nearest date in the clause
    let own = sent
        .mentions
        .clone()
        .filter_map(|m| match sent.m(m).what {
            What::Date(d)
                if sent.m(m).first >= c0
                    && sent.m(m).last <= c1
                    && usable(d)
                    && !describes_a_thing(sent, m)
                    && !owned_by_another(sent, m, f.trigger)
                    && !reporting_time(sent, m, trig.first)
                    // (but "claimed responsibility for Friday's bombing":
                    // the day that owns the noun is its own)
                    && !((claimed || cause)
                        && sent.m(m).last <= trig.first
                        && sent.owner_before(trig.first) != Some(m))
                    && !in_relative_before(sent, m, c0, trig.first)
                    // ("the massacre was revenge for an offensive ... in June")
                    && !(sent.m(m).first > trig.last
                        && (motive_before(sent.doc, sent.m(m).first, trig.last)
                            || accused_before(sent.doc, sent.m(m).first, trig.last)))
                    // ("Amri, the Tunisian suspected of driving a truck into
                    // a market on Monday, was killed in a shootout": the
                    // crime's day, in an aside before the trigger)
                    && !(sent.m(m).last <= trig.first
                        && (sent.m(m).last..trig.first).any(|i| sent.lower(i) == ",")
                        && accused_before(sent.doc, sent.m(m).first, c0))
                    && !main_clause_date(m)
                    && !before_and(m)
                    && !of_the_verb_before(sent, m, trig.first, c0)
                    // ("entered the town at dawn and held its centre until
                    // Sunday": when it ended, after the trigger)
                    && !(sent.m(m).first > trig.last
                        && sent.is(sent.m(m).first - 1, &["until", "till"])) =>
            {
                let dist = if sent.m(m).first >= trig.last {
                    sent.m(m).first - trig.last
                } else {
                    trig.first - sent.m(m).last
                };
                Some((
                    dist,
                    finer_before(sent.doc, m, d),
                    sent.m(m).last <= trig.first,
                ))
            }
            _ => None,
        })
        .min();
    let noun = matches!(trig.what, What::Trigger(t) if t.form == TriggerForm::Noun);
    // "a wave of attacks", "attacks continue"; not a habit of another verb
    // further on ("blocked streets to denounce the wave of kidnappings")
    // (but "fired a wave of missiles on Thursday" is one salvo)
    let habit = c0..c1.min(trig.last + 3);
    if habit.into_iter().any(|i| {
        sent.mention_at(i).is_none()
            && sent.has(i, cue::HABITUAL)
            && !(sent.is(i, &["wave"])
                && sent.is(i + 1, &["of"])
                && sent.has(i + 2, cue::PROJECTILES))
            // (nor one carried out: "carried out a coordinated wave of attacks")
            && !(sent.is(i, &["wave"])
                && (i.saturating_sub(4).max(c0)..i)
                    .any(|k| sent.has(k, cue::SUPPORT_VERBS) || sent.is(k, &["coordinated"])))
    }) {
        return DateChoice::None;
    }
    // ("marched on Wednesday against those blamed for a bombing that killed
    // 300 at the weekend": a relative clause on the noun dates it, not the
    // verb before)
    // (past where it was: "in a night-time raid in northern Burkina Faso
    // that began late on Thursday")
    let relative_at = if sent.is(trig.last, &["in", "near", "at", "outside"]) {
        (trig.last + 1..(trig.last + 6).min(sent.last))
            .take_while(|&i| {
                sent.mention_at(i)
                    .is_none_or(|x| matches!(sent.m(x).what, What::Place(_)))
                    && !sent.is(i, &[","])
            })
            .find(|&i| sent.is(i, &["that", "which"]))
            .filter(|&i| {
                (trig.last + 1..i).any(|k| {
                    sent.mention_at(k)
                        .is_some_and(|x| matches!(sent.m(x).what, What::Place(_)))
                })
            })
    } else {
        (trig.last == c1).then_some(c1)
    };
    let relative_date = || {
        let r = relative_at.filter(|&r| noun && r < sent.last && sent.is(r, &["that", "which"]))?;
        let (n0, n1) = sent.clause_range(r);
        date_in(n0, n1)
    };
    if let Some((_, d, before_noun)) = own {
        return DateChoice::Own(if before_noun {
            relative_date().unwrap_or_else(|| day_of_month_after(sent, trig.last, d))
        } else {
            d
        });
    }
    // "has been under house arrest since last Wednesday": held from then;
    // "students have occupied the chamber since Tuesday night": occupied
    // from then
    let held = f.kind == EventKind::Arrest
        && trig.first > c0
        && sent.is(trig.first - 1, &["under", "house"]);
    let occupied = sent.is(trig.first, &["occupied", "camped"])
        && (trig.first.saturating_sub(3).max(c0)..trig.first)
            .any(|i| sent.is(i, &["has", "have", "had"]));
    if held || occupied {
        // (past the place held: "occupied the main chamber of the
        // Legislative Yuan since Tuesday night")
        let reach = if occupied { 12 } else { 3 };
        let since = sent.mentions.clone().find_map(|m| match sent.m(m).what {
            What::Date(d)
                if (trig.last..trig.last + reach).contains(&sent.m(m).first)
                    && sent.doc.dates[d].kind == TimeKind::Since
                    && sent.doc.dates[d].value.is_some() =>
            {
                Some(d)
            }
            _ => None,
        });
        if let Some(d) = since {
            return DateChoice::Own(d);
        }
    }
    // "had kidnapped Japanese citizens in the 1970s": a decade is a time of
    // its own, too vague to give, not the narrative's
    let decade = sent.mentions.clone().any(|m| {
        let mm = sent.m(m);
        matches!(mm.what, What::Date(d) if {
            let e = &sent.doc.dates[d];
            e.kind == TimeKind::Date
                && e.value.is_none()
                && e.text.ends_with('s')
                && e.text.contains(|c: char| c.is_ascii_digit())
        }) && mm.first >= c0
            && mm.last <= c1
    });
    if decade {
        return DateChoice::None;
    }
    // "since the 2013 Gezi Park demonstrations": a year that modifies the
    // event noun is its date, whatever word comes before the year
    if matches!(sent.m(f.trigger).what, What::Trigger(t) if t.form == TriggerForm::Noun) {
        let mut k = trig.first;
        while k > sent.first && trig.first - k < 4 && sent.mention_at(k - 1).is_none() {
            k -= 1;
        }
        // (words that modify, not "on Tuesday for the abduction")
        let modifier = k > sent.first
            && (k..trig.first).all(|i| {
                sent.word(i).starts_with(char::is_alphabetic)
                    && !sent.is(
                        i,
                        &["for", "of", "in", "on", "at", "to", "by", "with", "from"],
                    )
                    // (nor a verb of saying: "on Thursday claimed an assault")
                    && !sent.has(i, cue::REPORTING)
            });
        if let Some(m) = sent.mention_at(k.saturating_sub(1)).filter(|_| modifier) {
            if let What::Date(d) = sent.m(m).what {
                if sent.m(m).last == k && sent.doc.dates[d].value.is_some() {
                    return DateChoice::Own(d);
                }
            }
        }
    }
    if cause {
        return DateChoice::None;
    }
    // "police detained 20 people as demonstrators blocked the streets on
    // Tuesday": a clause of the same time that follows gives its date, and so
    // does a relative clause on an event noun ("a drone attack that targeted
    // Erbil airport on July 2") or on the one who did it ("was shot by a
    // gunman who boarded her school bus in October 2012")
    let agent_before = |k: usize| {
        sent.mention_at(k.saturating_sub(1)).is_some_and(|x| {
            f.actors
                .iter()
                .any(|&(a, r)| a == x && r == Role::Initiator)
        })
    };
    // ("opened fire on supporters who had packed a stadium on Monday": the
    // victims were shot where and when they gathered)
    let gathered_target = |k: usize| {
        sent.mention_at(k.saturating_sub(1))
            .is_some_and(|x| f.actors.iter().any(|&(a, r)| a == x && r == Role::Target))
            && (k + 1..(k + 4).min(sent.last)).any(|i| {
                sent.is(
                    i,
                    &[
                        "gathered",
                        "packed",
                        "filled",
                        "massed",
                        "assembled",
                        "converged",
                        "rallied",
                        "marched",
                    ],
                )
            })
    };
    let relative = (c1 < sent.last
        && ((trig.last == c1 && sent.is(c1, &["that", "which"]))
            || (sent.is(c1, &["who"]) && (agent_before(c1) || gathered_target(c1)))))
    .then(|| sent.clause_range(c1))
    .or_else(|| predicate_past_relative(sent, c0, c1).filter(|_| noun));
    if let Some((n0, n1)) = simultaneous_clause(sent, c1).or(relative) {
        if let Some(d) = date_in(n0, n1) {
            return DateChoice::Own(d);
        }
    }
    // (not past a comma: "where supporters had been protesting since his
    // defeat, and detained 1,200 people")
    let from = (c0..trig.first)
        .rev()
        .find(|&i| sent.is(i, &[","]))
        .unwrap_or(c0);
    // (not the adverb: "have since spread")
    let since = |i: usize| {
        sent.is(i, &["since"]) && !(i > sent.first && sent.is(i - 1, &["has", "have", "had"]))
    };
    if (from..c1).any(|i| sent.mention_at(i).is_none() && since(i)) {
        return DateChoice::None;
    }
    // the last date of the sentence before the clause that `fits` it, as
    // the event's own
    let date_before_clause = |fits: &dyn Fn(usize, usize) -> bool| {
        (sent.mentions.start..sent.mentions_before(c0))
            .rev()
            .find_map(|m| match sent.m(m).what {
                What::Date(d) if fits(m, d) => Some(DateChoice::Own(finer_before(sent.doc, m, d))),
                _ => None,
            })
    };
    // "..., when X happened": the date just before "when"
    if sent.is(c0, &["when", "where"]) && c0 > sent.first {
        let just_before =
            |m: usize, d: usize| sent.doc.dates[d].value.is_some() && sent.m(m).last + 2 >= c0;
        if let Some(own) = date_before_clause(&just_before) {
            return own;
        }
    }
    // "was recovered late on Tuesday, more than four years after he was
    // kidnapped": years or months before the date told, too far to count
    // from it
    // (a count of them: not "in August last year after ...")
    let counted =
        |k: usize| sent.is_number(k) || sent.is(k, &["a", "several", "many", "few", "some"]);
    let long_before = (c0.saturating_sub(1)..=c0).any(|k| {
        k > sent.first + 1
            && sent.is(k, &["after", "later"])
            && sent.is(k - 1, &["years", "months", "decades", "year", "month"])
            && counted(k - 2)
    });
    if long_before {
        return DateChoice::None;
    }
    // "Niyombare announced on Wednesday that ..., while Nkurunziza was in
    // Dar es Salaam for a summit": what went on meanwhile, on the day the
    // sentence told before it
    if sent.is(c0, &["while"]) && c0 > sent.first {
        if let Some(own) = date_before_clause(&|m, d| usable(d) && !ahead(sent.doc, m)) {
            return own;
        }
    }
    // present perfect: "have arrested" with no date happened recently
    let k = trig.first;
    let perfect = (k.saturating_sub(3).max(c0)..k).any(|i| sent.is(i, &["has", "have"]));
    // (not one that has gone on "for decades" or "for years": a habit, no
    // date; "for 13 days" is this month's)
    let lasting = || {
        sent.mentions.clone().any(|m| {
            matches!(sent.m(m).what, What::Date(d) if sent.doc.dates[d].kind == TimeKind::Duration
                && (sent.doc.dates[d].text.contains("year") || sent.doc.dates[d].text.contains("decade")))
                && sent.m(m).first > c0
                && sent.m(m).last <= c1
                && sent.is(sent.m(m).first - 1, &["for"])
        })
    };
    if perfect {
        return if lasting() {
            DateChoice::None
        } else if let Some(d) = closing_report_day(sent, c1) {
            DateChoice::Reported(d)
        } else {
            DateChoice::PublishedMonth
        };
    }
    if f.anaphoric {
        return DateChoice::None;
    }
    // narrative time: the last date before the trigger, in this sentence (not
    // in a reporting clause: "confirmed on Saturday that") or before it
    // (the clause must report: "rallied to demand that" is no saying)
    let reporting_clause = |m: usize| {
        let c = sent.clause_of(sent.m(m).first);
        let end = (sent.m(m).last..sent.last).find(|&i| sent.clause_of(i) != c);
        end.is_some_and(|e| {
            sent.is(e, &["that"])
                && (sent.first..e).any(|i| {
                    sent.clause_of(i) == c
                        && (sent.has(i, cue::REPORTING)
                            || sent.is(
                                i,
                                &[
                                    "denied", "denies", "reports", "accused", "insisted", "warned",
                                    "admitted",
                                ],
                            ))
                })
        })
    };
    // "Russia said on Sunday that its forces had captured Lysychansk": what
    // a report says had just happened takes the report's day
    let past_perfect =
        (trig.first.saturating_sub(3).max(c0)..trig.first).any(|i| sent.is(i, &["had"]));
    // ("The men were arrested last June. By dawn the rebels had occupied
    // ...": a part of a day goes on from the last day told)
    let day_part = (sent.first..trig.first).any(|i| sent.has(i, cue::DAY_PARTS));
    let mut m = sent.mention_at(trig.first).unwrap_or(0);
    let floor = m.saturating_sub(NARRATIVE_LOOKBACK);
    while m > floor {
        m -= 1;
        if let What::Date(d) = sent.doc.mentions[m].what {
            let in_sentence = sent.doc.mentions[m].first >= sent.first;
            // ("promised to hand power to a civilian government in July
            // 2023": a time after the report is a plan, no time the story
            // reached)
            if after_publication(sent.doc, d) {
                continue;
            }
            // ("On Sept. 21, 2012, ten days after the attack, residents
            // marched": the day told, not the count that explains it)
            let text = &sent.doc.dates[d].text;
            // (not "on Saturday, a day after police opened fire": the count
            // dates the clause after it)
            let last = sent.doc.mentions[m].last;
            let word = |k: usize| token_text(sent.doc, k);
            let noun_after = || {
                word(last).eq_ignore_ascii_case("the")
                    && sent.doc.mentions.get(m + 1).is_some_and(|x| {
                        x.first == last + 1
                            && matches!(x.what, What::Trigger(t) if t.form == TriggerForm::Noun)
                            && word(x.last) == ","
                    })
            };
            if (text.ends_with(" after") || text.ends_with(" before"))
                && noun_after()
                && m > 0
                && sent.doc.mentions[m - 1].last + 1 == sent.doc.mentions[m].first
                && matches!(sent.doc.mentions[m - 1].what, What::Date(p) if of_a_day(sent.doc, p))
            {
                continue;
            }
            if day_part && !in_sentence && !of_a_day(sent.doc, d) {
                continue;
            }
            // ("detained over Sunday's riots": the time of what the day
            // owns is not the story's)
            if in_sentence && owned_by_another(sent, m, f.trigger) {
                continue;
            }
            // ("Hundreds of oil workers sacked this year ... confronted
            // police": when the people described were, not the story)
            // (not the verb's own: "warplanes responded early on Friday
            // with strikes")
            if in_sentence
                && describes_a_thing(sent, m)
                && (sent.doc.mentions[m].last..trig.first).any(|i| sent.is(i, &[","]))
            {
                continue;
            }
            // ("rolled into Gori on Wednesday, a day after Moscow said ...,
            // and troops took control": the day after dates the clause it
            // looks back to, past which the story stays on Wednesday)
            if in_sentence && {
                let text = &sent.doc.dates[d].text;
                let last = sent.doc.mentions[m].last;
                (text.ends_with(" after") || text.ends_with(" before"))
                    && trig.first <= last + 40
                    && (last..trig.first)
                        .any(|i| sent.is(i, &[","]) && sent.is(i + 1, &["and", "but"]))
            } {
                continue;
            }
            // ("... stormed the hotel on Saturday night ..., officials said
            // on Monday. The attackers entered ...": the story's time is
            // the event's, not the report's)
            if !in_sentence && reported_after_an_event(sent.doc, m) {
                continue;
            }
            // ("Marielle Franco, whose killing a year ago drew protests.
            // Lessa was detained ...": a month or year right after an event
            // noun told before is that event's, not the story's)
            let noun_before = {
                let first = sent.doc.mentions[m].first;
                (m > 0
                    && sent.doc.mentions[m - 1].last == first
                    && matches!(sent.doc.mentions[m - 1].what, What::Trigger(t) if t.form == TriggerForm::Noun))
                    || (first > 0
                        && is_any(
                            sent.doc.seg.tokens[first - 1].text(sent.doc.text),
                            &["killing", "murder", "assassination", "death", "massacre"],
                        ))
            };
            if !in_sentence && noun_before && !of_a_day(sent.doc, d) {
                continue;
            }
            let reported = in_sentence && ((reporting_clause(m) && !past_perfect) || claimed);
            // ("In the 2014 attack, gunmen killed ...": its own sentence may
            // tell the occasion a date names)
            // ("on Thursday, a day after they burst in": the day after
            // dates what the sentence looked back to, the story stays on
            // Thursday)
            let looked_back = !in_sentence && {
                let text = &sent.doc.dates[d].text;
                // (opening its sentence it moved the story on: "The day
                // after the killing, thousands marched")
                let first = sent.doc.mentions[m].first;
                let opens = (sent.doc.seg.sentences)
                    .binary_search_by_key(&first, |x| x.tokens.start)
                    .is_ok();
                (text.ends_with(" after") || text.ends_with(" before")) && !opens
            };
            // ("will resign on Wednesday, ..., after protesters stormed his
            // residence": a time ahead dates no clause of its sentence
            // either)
            let occasion = looked_back
                || (!in_sentence && names_an_occasion(sent.doc, m))
                || ahead(sent.doc, m);
            // (a motive's date is the motive's: "revenge for an offensive
            // launched in June")
            // (and so is what one is accused of: "accusing him of organizing
            // an ambush that killed 15 people last week")
            let occasion = occasion
                || motive_before(sent.doc, sent.doc.mentions[m].first, 0)
                || (!in_sentence && accused_before(sent.doc, sent.doc.mentions[m].first, 0));
            // "since last month, when Tusk's coalition took over": the time
            // of what the "when" clause tells, and the story's from there
            let since_when = {
                let e = &sent.doc.dates[d];
                let last = sent.doc.mentions[m].last;
                let word = |k: usize| token_text(sent.doc, k);
                // (an event of ours: "when Tusk's coalition took over", not
                // "when bulldozers began uprooting trees")
                let told = || {
                    sent.doc.mentions[m + 1..]
                        .iter()
                        .take_while(|x| x.first < last + 14)
                        .any(|x| matches!(x.what, What::Trigger(_)))
                };
                e.kind == TimeKind::Since
                    && e.value.is_some()
                    && word(last) == ","
                    && word(last + 1) == "when"
                    && told()
            };
            if since_when && !in_sentence {
                return DateChoice::Narrative(d);
            }
            let quoted =
                !in_sentence && (quoted_phrase(sent.doc, m) || in_closed_relative(sent.doc, m));
            if usable(d) && !reported && !measured_from(sent.doc, m) && !occasion && !quoted {
                let d = finer_before(sent.doc, m, d);
                // (the report's own day: "said on Tuesday (that) they had arrested")
                // ("retook the legislature early on Tuesday after protesters
                // stormed it": what went before the main clause's day took
                // place then or shortly before, so a day the text gives it
                // later wins)
                let went_before =
                    in_sentence && sent.is(c0, &["after"]) && sent.doc.mentions[m].last <= c0;
                return if in_sentence
                    && (reporting_clause(m) || reporting_time(sent, m, trig.first) || went_before)
                {
                    DateChoice::Reported(d)
                } else {
                    DateChoice::Narrative(d)
                };
            }
        }
    }
    DateChoice::None
}

/// Whether date `m` belongs to the verb before it, past ", and" and a verb
/// of its own before trigger token `t`: "retook Mekelle in late June, and
/// launched an offensive in July" (a date before both verbs dates both:
/// "On Saturday the rebels attacked the base, and seized Gao").
fn of_the_verb_before(sent: &Sent<'_>, m: usize, t: usize, c0: usize) -> bool {
    let (first, last) = (sent.m(m).first, sent.m(m).last);
    last <= t
        && (last..t).any(|k| k + 2 <= t && sent.comma_and_verb(k))
        && (sent.mentions_before(c0)..sent.mentions_before(first))
            .any(|x| sent.m(x).first >= c0 && sent.is_trigger(x))
}
