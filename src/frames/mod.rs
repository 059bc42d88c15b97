//! Event frames: one per trigger, with the actors, places and date that the
//! sentence attaches to it.
//!
//! No parser: the rules look at clauses (cut at subordinators such as
//! "after", "when", "that"), word order and prepositions. A verb's subject is
//! the nearest coordinated group of actors on its left, its object the actors
//! on its right up to the first preposition; a passive takes its initiator
//! from "by". An event noun takes its arguments from its modifiers ("Israeli
//! air strike", "Hamas's attack", "the Oct. 16 attack"), from the
//! prepositions after it ("by", "on", "between", "of", "in"), from a support
//! verb ("the group continues to launch attacks"), or, failing all, from the
//! verb frame of its sentence. A definite noun with no arguments of its own
//! ("the meeting", "his detention") refers back to an event already reported.
//! Negation, modality and habitual aspect are read from cue words in the clause.
//!
//! `frame_for` builds one frame in steps, each in its module: the kind of
//! a bare "took" (`taken`), traps (`traps`: a trigger word used for
//! something else), voice (`voice`: verb or noun, active or passive),
//! mood (`mood`: planned, denied or cancelled events), the arguments of a
//! verb (`verbs`) or of an event noun (`nouns`, and `noun_clause` for what
//! the rest of its clause adds), parties named further on (`further`),
//! who the parties are (`parties`), what the event needs of them
//! (`requires`, and `violence` for killing, raids and fighting), captures
//! (`captures`: arrest or kidnapping), the place (`places`) and events
//! told again (`anaphora`). Beside them: `subjects` (who a clause is about:
//! subjects, relative clauses, pronouns), `objects` (what a verb acts
//! on), `splits` (one frame that tells several events), `dates` (when),
//! `clauses` (where a sentence's clauses and asides begin and end), `cues`
//! (the word lists the rules read).

mod anaphora;
mod captures;
mod clauses;
mod cues;
mod dates;
mod further;
mod mood;
mod noun_clause;
mod nouns;
mod objects;
mod parties;
mod places;
mod requires;
mod splits;
mod subjects;
mod taken;
mod traps;
mod verbs;
mod violence;
mod voice;

use clauses::clauses;
use dates::{
    again_on, choose_date, counted_from_event, dated_apart, finer_before, held_since_seizure,
    in_relative_before, same_day_as,
};
use nouns::{
    gathered_for, gerund_meeting, noun_arguments, parties_at_meeting, subject_after_talks,
    talks_verb,
};
use objects::{after_preposition, describes_next, named_among, object, passive_agent};
use places::{
    governed, in_its_history, list_head, named_as_town_object, nationals_of, speaks, talked_about,
};
use splits::{split_by_place, split_paired, split_separate, split_spread};
use subjects::{
    antecedent, clause_subject, closed_relative, coordinated_subject, countries_referred,
    last_armed_group, named_last, opens_relative, person_antecedent, person_named_last,
    pronoun_reporter, pronoun_resolved, referred_subject, relative_antecedent, subject,
    subordinate_pronoun, verb_group_start,
};

use crate::gazetteer::inside;
use crate::lexicon::TriggerForm;
use crate::mentions::{
    is_capitalized, is_modifier_word, Mention, What, PLACE_NOUNS, PLACE_NOUNS_PLURAL,
};
use crate::model::{ActorCategory, EventKind, PlaceKind, Role};
use crate::text::{is_any, Segmented, Sentence, TokenKind};
use crate::time::{number_word, TimeExpr, TimeKind, TimeValue};
use chrono::NaiveDate;
pub(crate) use cues::CUE_LISTS;
use cues::*;
use mood::Mood;
use std::cell::Cell;
use voice::coordinated_passive;

/// How many tokens after a takeover its ", killing" may stand.
const KILLED_REACH: usize = 30;

/// How many tokens after an arrest "along with" may name more of those
/// detained.
const ALONG_REACH: usize = 24;

/// Where a frame's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateChoice {
    None,
    /// A time expression in the trigger's clause.
    Own(usize),
    /// The narrative time: the last date expressed before the trigger.
    Narrative(usize),
    /// The day a report was made, given to what it reports ("police said
    /// on Tuesday they had arrested six men"): the event was on that day or
    /// shortly before, so a date the text gives it elsewhere wins.
    Reported(usize),
    /// A present perfect with no date: the month of publication.
    PublishedMonth,
    /// A date counted from an event told before: "Two days after the
    /// kidnapping" (`at`) is `days` days after that event's date (`base`,
    /// a day).
    After {
        at: usize,
        base: usize,
        days: i64,
    },
}

impl DateChoice {
    /// The date mention the choice reads, when it reads one.
    fn mention(self) -> Option<usize> {
        match self {
            DateChoice::Own(d) | DateChoice::Narrative(d) | DateChoice::Reported(d) => Some(d),
            DateChoice::PublishedMonth | DateChoice::None | DateChoice::After { .. } => None,
        }
    }
}

/// An event as one trigger reports it.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub kind: EventKind,
    /// Mention index of the trigger.
    pub trigger: usize,
    pub sentence: usize,
    /// Mention indices with their roles.
    pub actors: Vec<(usize, Role)>,
    /// Mention indices of places.
    pub places: Vec<usize>,
    pub date: DateChoice,
    pub negated: bool,
    /// Refers back to an event already reported; adds to it, never stands alone.
    pub anaphoric: bool,
    /// An anaphoric frame that names more parties of the event it refers
    /// to ("Those held include ...", "Z hosted the talks"): its actors join
    /// the event's.
    pub adds_parties: bool,
    pub confidence: f32,
}

/// The document as the frame rules see it.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub seg: &'a Segmented,
    pub mentions: &'a [Mention],
    pub dates: &'a [TimeExpr],
    /// See [`Composed::sports_report`](crate::mentions::Composed).
    pub sports_report: bool,
    /// The [`CUE_LISTS`] each token is in, as the bits of [`cue`]; see
    /// [`token_cues`].
    pub cues: &'a [u64],
    /// The publication date: no story time lies after it.
    pub published: Option<NaiveDate>,
}

/// The cues of a token from the bits of the lists its word is in: none for
/// an acronym ("IS", "US" are no verb, "AT" no preposition).
pub(crate) fn token_cues(word: &str, bits: u64) -> u64 {
    if bits != 0 && is_acronym(word) {
        0
    } else {
        bits
    }
}

struct Sent<'a> {
    doc: &'a Doc<'a>,
    /// Token range of the sentence.
    first: usize,
    last: usize,
    /// Clause number of each token of the sentence (u32::MAX: dateline).
    clause: Vec<u32>,
    /// Mention indices in the sentence.
    mentions: std::ops::Range<usize>,
    /// Mention covering each token of the sentence.
    at: Vec<Option<usize>>,
    /// The clause range [`Sent::clause_range`] found last.
    last_clause: Cell<(usize, usize)>,
    /// The dashes that enclose an aside ("the BRICS group – founded by
    /// Brazil, ... – held talks"), in pairs of token indices.
    asides: Vec<(usize, usize)>,
}

impl<'a> Sent<'a> {
    /// The aside between dashes that token `i` lies in.
    fn aside_of(&self, i: usize) -> Option<(usize, usize)> {
        self.asides.iter().copied().find(|&(a, b)| a < i && i < b)
    }

    /// The mention of this sentence that ends right before token `k`.
    fn mention_ending_at(&self, k: usize) -> Option<usize> {
        let m = self.mentions_before(k).checked_sub(1)?;
        (m >= self.mentions.start && self.m(m).last == k).then_some(m)
    }

    /// Whether token `i` lies in an aside that token `t` is outside of, one
    /// that tells of something else: not names in apposition ("the other
    /// defendants – A, B and C – were detained").
    fn aside_apart(&self, i: usize, t: usize) -> bool {
        self.aside_of(i).is_some_and(|(a, b)| {
            // (or what it names: "struck three churches – St. Anthony's
            // Shrine in Colombo, ... – as worshippers gathered")
            let names_object = a > self.first
                && self
                    .mention_ending_at(a)
                    .is_some_and(|m| matches!(self.m(m).what, What::Actor(_)))
                && self.word(a + 1).starts_with(char::is_uppercase);
            let apposed = names_object
                || self
                    .mention_at(a + 1)
                    .is_some_and(|m| matches!(self.m(m).what, What::Actor(_) | What::Place(_)));
            (t <= a || t >= b) && !apposed
        })
    }

    /// Whether token `i` is a possessive "'s".
    fn is_possessive(&self, i: usize) -> bool {
        self.doc
            .seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// The mention that owns the word at token `t` with a possessive right
    /// before it: "Asahara" in "Asahara's arrest", "Friday" in "Friday's
    /// bombing".
    fn owner_before(&self, t: usize) -> Option<usize> {
        let k = t.checked_sub(1)?;
        if !self.is_possessive(k) {
            return None;
        }
        self.mention_ending_at(k)
    }

    /// Whether token `i` is a number: "three", "15", "1,434".
    fn is_number(&self, i: usize) -> bool {
        number_word(self.lower(i)).is_some()
            || self.word(i).starts_with(|c: char| c.is_ascii_digit())
    }

    #[inline]
    fn word(&self, i: usize) -> &'a str {
        if i < self.first || i >= self.last {
            return "";
        }
        self.doc.seg.tokens[i].text(self.doc.text)
    }

    /// Token `i` ASCII-lowercased ("" outside the sentence).
    #[inline]
    fn lower(&self, i: usize) -> &'a str {
        if i < self.first || i >= self.last {
            return "";
        }
        let t = &self.doc.seg.tokens[i];
        &self.doc.seg.lower[t.start..t.end]
    }

    /// Whether token `i` is a lowercase word that no mention covers.
    fn is_plain(&self, i: usize) -> bool {
        self.mention_at(i).is_none() && self.lower(i) == self.word(i)
    }

    /// Whether ", and" at token `k` joins a verb of its own: ", and
    /// launched an offensive" (a lowercase past form right after).
    fn comma_and_verb(&self, k: usize) -> bool {
        self.lower(k) == ","
            && self.is(k + 1, &["and"])
            && self.word(k + 2).ends_with("ed")
            && self.lower(k + 2) == self.word(k + 2)
    }

    /// Whether token `t` is a participle right after a comma of the clause
    /// opening at `c0`: "attacked the village, kidnapping 20 women".
    fn participle_after_comma(&self, t: usize, c0: usize) -> bool {
        t > c0
            && self.is(t - 1, &[","])
            && self.lower(t).ends_with("ing")
            // (not a name: ", Beijing")
            && self.word(t).starts_with(char::is_lowercase)
    }

    // (inlined: called for most tokens the rules look at, from every rule)
    #[inline(always)]
    fn is(&self, i: usize, list: &[&str]) -> bool {
        let w = self.word(i);
        is_any(w, list) && !is_acronym(w)
    }

    /// Whether token `i` is a preposition that ends a noun phrase: "about
    /// 20 suspects" and "at least 20 people" count, they do not end one.
    fn blocks(&self, i: usize) -> bool {
        let quantifier = || {
            (self.is(i, &["at"]) && self.is(i + 1, &["least", "most"]))
                || (self.is(i, &["about", "over", "under"])
                    && (self.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
                        || self.is(i + 1, &["dozens", "hundreds", "thousands", "a"])))
        };
        self.has(i, cue::BLOCKING_PREPOSITIONS) && !quantifier()
    }

    /// "didn't", "won’t": a negated auxiliary.
    fn is_contracted_not(&self, i: usize) -> bool {
        let w = self.word(i);
        w.ends_with("n't") || w.ends_with("n’t")
    }

    /// "not", "never", "denied", "didn't": a word that negates what follows.
    fn is_negation(&self, i: usize) -> bool {
        self.has(i, cue::NEGATIONS) || self.is_contracted_not(i)
    }

    /// Whether token `i` is in the cue lists of `bits` (see [`cue`]).
    #[inline]
    fn has(&self, i: usize, bits: u64) -> bool {
        if i < self.first || i >= self.last {
            return false;
        }
        self.doc.cues[i] & bits != 0
    }

    fn clause_of(&self, i: usize) -> u32 {
        if i < self.first || i >= self.last {
            return u32::MAX - 1;
        }
        self.clause[i - self.first]
    }

    fn mention_at(&self, i: usize) -> Option<usize> {
        if i < self.first || i >= self.last {
            return None;
        }
        self.at[i - self.first]
    }

    fn m(&self, m: usize) -> &'a Mention {
        &self.doc.mentions[m]
    }

    /// Clause token range containing token `i`.
    fn clause_range(&self, i: usize) -> (usize, usize) {
        // a clause is one run of tokens: the last range found holds most
        // of the tokens asked about (the rules look around one trigger)
        let (a, b) = self.last_clause.get();
        if a <= i && i < b {
            return (a, b);
        }
        let c = self.clause_of(i);
        let mut a = i;
        while a > self.first && self.clause_of(a - 1) == c {
            a -= 1;
        }
        let mut b = i;
        while b < self.last && self.clause_of(b) == c {
            b += 1;
        }
        // (a token outside the sentence has a range of its own)
        if self.first <= a && a < b && b <= self.last {
            self.last_clause.set((a, b));
        }
        (a, b)
    }

    /// The word before a mention, skipping determiners and lowercase modifiers.
    fn preposition_before(&self, m: usize) -> Option<&'a str> {
        let mut k = self.m(m).first;
        let (c0, _) = self.clause_range(k);
        let mut steps = 0;
        while k > c0 && steps < 3 {
            k -= 1;
            let w = self.word(k);
            if is_any(w, BLOCKING_PREPOSITIONS) || w == "of" {
                // ("By dawn the rebels had occupied": a time, not the rebels')
                if w.eq_ignore_ascii_case("by")
                    && self.is(
                        k + 1,
                        &[
                            "dawn",
                            "dusk",
                            "nightfall",
                            "midnight",
                            "noon",
                            "then",
                            "now",
                        ],
                    )
                {
                    return None;
                }
                return Some(w);
            }
            // ("in the occupied West Bank": an event word as a modifier)
            let skippable = self.mention_at(k).is_none_or(|m| self.is_trigger(m))
                && (w.starts_with(char::is_lowercase)
                    || self.doc.seg.tokens[k].kind == TokenKind::Possessive);
            if !skippable {
                return None;
            }
            steps += 1;
        }
        None
    }

    /// One past the last mention that starts before token `t`.
    fn mentions_before(&self, t: usize) -> usize {
        let ms = &self.doc.mentions[self.mentions.clone()];
        self.mentions.start + ms.partition_point(|x| x.first < t)
    }

    fn is_facility(&self, m: usize) -> bool {
        self.m(m).what.is_actor_of(ActorCategory::Facility)
    }

    /// A generic actor after "a" or "an" ("a young man", "an attacker"):
    /// one person, whom "he" or "him" may stand for.
    fn one_of_a_kind(&self, m: &Mention) -> bool {
        matches!(&m.what, What::Actor(a) if a.generic)
            && (m.first.saturating_sub(2)..m.first).any(|i| self.is(i, &["a", "an"]))
    }

    fn is_actor(&self, m: usize) -> bool {
        match &self.m(m).what {
            What::Actor(a) => !a.on_trigger,
            What::Parties => true,
            What::Place(p) => {
                p.country_actor
                    && !self
                        .preposition_before(m)
                        .is_some_and(|w| is_any(w, LOCATIVES) || w == "from")
            }
            _ => false,
        }
    }

    fn is_trigger(&self, m: usize) -> bool {
        matches!(self.m(m).what, What::Trigger(_))
    }

    /// Whether an event's trigger starts between tokens `from` and `to`.
    fn trigger_between(&self, from: usize, to: usize) -> bool {
        (self.mentions_before(from)..self.mentions_before(to)).any(|x| self.is_trigger(x))
    }

    /// Whether mention `m` is a party that can be taken or can hold: an
    /// actor, neither a facility nor a country named as a place.
    fn is_party(&self, m: usize) -> bool {
        self.is_actor(m) && !self.is_facility(m) && !matches!(self.m(m).what, What::Place(_))
    }

    fn is_generic(&self, m: usize) -> bool {
        matches!(&self.m(m).what, What::Actor(a) if a.generic)
    }

    /// An armed actor: military, police, armed group or militia.
    fn is_armed(&self, m: usize) -> bool {
        matches!(&self.m(m).what, What::Actor(a) if a.category.is_armed())
    }
}

/// Past tenses without "-ed" that may follow a relative clause as the main
/// verb of an event noun ("Protests ..., which spread to Almaty, broke out
/// on Jan. 2"; "met" is left out: where one who met had come from is read
/// across the relative clause).
const IRREGULAR_PAST: &[&str] = &["broke", "began", "spread", "took"];

/// Builds the frames of a document, in text order.
pub(crate) fn build(doc: &Doc<'_>) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    let mut m0 = 0usize;
    for (s, sentence) in doc.seg.sentences.iter().enumerate() {
        let (first, last) = (sentence.tokens.start, sentence.tokens.end);
        while m0 < doc.mentions.len() && doc.mentions[m0].first < first {
            m0 += 1;
        }
        let mut m1 = m0;
        while m1 < doc.mentions.len() && doc.mentions[m1].first < last {
            m1 += 1;
        }
        denied_claims(doc, s, &mut frames);
        blamed_on(doc, s, m0..m1, &mut frames);
        claimed_responsibility(doc, s, m0..m1, &mut frames);
        // frames come from triggers: a sentence without one needs no clauses
        if !doc.mentions[m0..m1]
            .iter()
            .any(|m| matches!(m.what, What::Trigger(_)))
        {
            m0 = m1;
            continue;
        }
        let mut at = vec![None; last - first];
        for m in m0..m1 {
            let mm = &doc.mentions[m];
            for t in mm.first..mm.last.min(last) {
                at[t - first] = Some(m);
            }
        }
        let (clause, asides) = clauses(doc, sentence);
        let sent = Sent {
            doc,
            first,
            last,
            clause,
            asides,
            mentions: m0..m1,
            at,
            last_clause: Cell::new((0, 0)),
        };
        let start = frames.len();
        for m in sent.mentions.clone() {
            if sent.clause_of(doc.mentions[m].first) == u32::MAX {
                continue;
            }
            if let What::Trigger(t) = doc.mentions[m].what {
                if let Some(f) = frame_for(&sent, s, m, t.kind, t.form, &frames) {
                    // protesters storming a building, or police firing on
                    // protesters: an attack and a protest
                    if let Some(protesters) = protesters_of_attack(doc, &f) {
                        let protest = Frame {
                            kind: EventKind::Protest,
                            actors: protesters,
                            ..f.clone()
                        };
                        frames.extend(split_by_place(&sent, protest));
                    }
                    // "overran Sinjar, killing thousands of Yazidi men": a
                    // takeover that killed is an attack too
                    if let Some(killed) = killed_in_takeover(&sent, &f) {
                        let mut actors: Vec<(usize, Role)> = (f.actors.iter())
                            .filter(|a| a.1 == Role::Initiator)
                            .copied()
                            .collect();
                        actors.extend(killed.into_iter().map(|a| (a, Role::Target)));
                        frames.push(Frame {
                            kind: EventKind::Attack,
                            actors,
                            ..f.clone()
                        });
                    }
                    for f in split_separate(&sent, f) {
                        for f in split_spread(&sent, f) {
                            for f in split_paired(&sent, f) {
                                frames.extend(split_by_place(&sent, f));
                            }
                        }
                    }
                }
            }
        }
        inherit_within_sentence(&sent, &mut frames[start..]);
        place_of_what_came_before(&sent, &mut frames[start..]);
        let (before, here) = frames.split_at_mut(start);
        for f in here.iter_mut() {
            // (a date a rule found already stays)
            if matches!(f.date, DateChoice::None) {
                f.date = same_day_as(&sent, f, before).unwrap_or_else(|| choose_date(&sent, f));
            }
            if let Some(counted) = counted_from_event(&sent, f, before) {
                f.date = counted;
            }
            if let Some(seized) = held_since_seizure(&sent, f, before) {
                f.date = seized;
            }
        }
        // "their first face-to-face meeting since Russia invaded Ukraine": a
        // time of reference no date fixes is no event of the story
        // (this sentence's frames only: the document's are not walked again)
        let reference = |f: &Frame| {
            f.date == DateChoice::None && !f.anaphoric && {
                let (c0, _) = sent.clause_range(sent.m(f.trigger).first);
                sent.is(c0, &["since"])
            }
        };
        if frames[start..].iter().any(reference) {
            let kept: Vec<Frame> = frames.drain(start..).filter(|f| !reference(f)).collect();
            frames.extend(kept);
        }
        let here = &frames[start..];
        // "met Moon on April 27 and again, at short notice, on May 26"
        let again: Vec<Frame> = here
            .iter()
            .filter_map(|f| {
                again_on(&sent, f).map(|d| Frame {
                    date: DateChoice::Own(d),
                    ..f.clone()
                })
            })
            .collect();
        frames.extend(again);
        m0 = m1;
    }
    // a sports report's "struck", "stormed back", "took over the game",
    // "meet again" and "was carried off" are neither violence, captures nor
    // talks where no armed actor takes part
    let sporting = |f: &Frame| {
        matches!(
            f.kind,
            EventKind::Attack | EventKind::Takeover | EventKind::Meeting | EventKind::Kidnapping
        ) && !f
            .actors
            .iter()
            .any(|&(a, _)| matches!(&doc.mentions[a].what, What::Actor(x) if x.category.is_armed()))
            // ("Israeli football fans were chased and beaten": people hurt
            // after a match are no play)
            && !f.actors.iter().any(|&(a, r)| {
                r == Role::Target
                    && matches!(&doc.mentions[a].what, What::Actor(x) if x.category == ActorCategory::Civilians)
            })
    };
    if doc.sports_report {
        frames.retain(|f| !sporting(f));
    }
    frames
}

/// "The RSF said it had seized the presidential palace ... The army
/// dismissed the claims as lies": sentence `s` denies what the sentence
/// before reports others to say, so those events are negated.
fn denied_claims(doc: &Doc<'_>, s: usize, frames: &mut [Frame]) {
    let Some(before) = s.checked_sub(1) else {
        return;
    };
    // (most sentences follow one with no event: nothing to look for)
    if frames.last().is_none_or(|f| f.sentence != before) {
        return;
    }
    let tokens = &doc.seg.sentences[s].tokens;
    let word = |k: usize| doc.seg.tokens[k].text(doc.text);
    let denies = tokens.clone().any(|k| {
        doc.cues[k] & cue::DENYING != 0
            && (k + 1..(k + 3).min(tokens.end)).any(|c| {
                is_any(word(c), &["claim", "claims", "report", "reports"])
                    && is_any(word(c - 1), &["the", "these", "those", "this", "that"])
            })
    });
    if !denies {
        return;
    }
    let start = doc.seg.sentences[before].tokens.start;
    // (this sentence's frames are not built yet: the last ones are the
    // sentence before's)
    for f in frames.iter_mut().rev().take_while(|f| f.sentence == before) {
        let trigger = doc.mentions[f.trigger].first;
        if (start..trigger).any(|k| doc.cues[k] & cue::REPORTING != 0) {
            f.negated = true;
        }
    }
}

/// "Rockets hit the army's headquarters in Kramatorsk ... Kiev blamed the
/// rebels.": whom sentence `s` (mentions `mentions`, no event of its own)
/// blames did the attack the sentence before told, when that named no one
/// (or only what was fired) as doing it.
fn blamed_on(doc: &Doc<'_>, s: usize, mentions: std::ops::Range<usize>, frames: &mut Vec<Frame>) {
    let Some(before) = s.checked_sub(1) else {
        return;
    };
    if frames.last().is_none_or(|f| f.sentence != before)
        || doc.mentions[mentions.clone()]
            .iter()
            .any(|m| matches!(m.what, What::Trigger(_)))
    {
        return;
    }
    let word = |k: usize| doc.seg.tokens[k].text(doc.text);
    let Some(verb) =
        (doc.seg.sentences[s].tokens.clone()).find(|&k| is_any(word(k), &["blamed", "blames"]))
    else {
        return;
    };
    // (right after the verb, past an article: "blamed the rebels")
    let end = mentions.end;
    let blamed: Vec<usize> = mentions
        .filter(|&m| {
            let mm = &doc.mentions[m];
            // (or past one more word: "blamed the nationalist Right Sector")
            let modifier = mm.first == verb + 3
                && word(verb + 1) == "the"
                && word(verb + 2).chars().all(|c| c.is_ascii_lowercase());
            ((verb + 1..=verb + 2).contains(&mm.first) || modifier)
                && matches!(mm.what, What::Actor(_))
        })
        .collect();
    if blamed.is_empty() {
        return;
    }
    let fired = |a: usize| doc.cues[doc.mentions[a].first] & cue::PROJECTILES != 0;
    // ("a suicide bomber blew himself up ... Police blamed the LTTE": the
    // group behind the attacker no list names)
    let generic = |a: usize| matches!(&doc.mentions[a].what, What::Actor(x) if x.generic);
    let unclaimed = unclaimed_attack(doc, frames, before, fired);
    // ("blamed activists of the Bangladesh Chhatra League": the group named)
    let blamed: Vec<usize> = blamed
        .into_iter()
        .map(|a| {
            let last = doc.mentions[a].last;
            let of = last < doc.seg.tokens.len() && word(last) == "of";
            let named = (a + 1..end).find(|&x| {
                let first = doc.mentions[x].first;
                (first == last + 1 || (first == last + 2 && word(last + 1) == "the"))
                    && matches!(&doc.mentions[x].what, What::Actor(y) if !y.generic)
            });
            match named {
                Some(x) if of && generic(a) => x,
                _ => a,
            }
        })
        .collect();
    let Some(f) = unclaimed else {
        return;
    };
    // "The separatists blamed the Right Sector movement, which denied any
    // involvement": the attack told stays no one's, and the blamed one's is
    // a negated event of its own
    let after = doc.mentions[blamed[blamed.len() - 1]].last;
    if denial_follows(doc, s, after, 2) {
        let denied = Frame {
            actors: blamed.into_iter().map(|a| (a, Role::Initiator)).collect(),
            negated: true,
            anaphoric: false,
            adds_parties: false,
            ..f.clone()
        };
        frames.push(denied);
        return;
    }
    f.actors
        .retain(|&(a, r)| r != Role::Initiator || generic(a));
    f.actors
        .extend(blamed.into_iter().map(|a| (a, Role::Initiator)));
}

/// "Drones struck the Abqaiq plant on Saturday. The Houthi movement
/// claimed responsibility, saying ...": who sentence `s` (mentions
/// `mentions`) says claimed responsibility, for nothing it names, did the
/// attack the sentence before told, when that named no one doing it.
fn claimed_responsibility(
    doc: &Doc<'_>,
    s: usize,
    mentions: std::ops::Range<usize>,
    frames: &mut [Frame],
) {
    let Some(before) = s.checked_sub(1) else {
        return;
    };
    if frames.last().is_none_or(|f| f.sentence != before) {
        return;
    }
    let tokens = doc.seg.sentences[s].tokens.clone();
    let word = |k: usize| doc.seg.tokens.get(k).map_or("", |t| t.text(doc.text));
    let Some(verb) = tokens.clone().find(|&k| {
        is_any(word(k), &["claimed", "claims"])
            && word(k + 1) == "responsibility"
            && word(k + 2) != "for"
    }) else {
        return;
    };
    // (or past the comma that closes an apposition: "Islamic State's
    // Afghan affiliate, Islamic State Khorasan Province (ISIS-K), claimed")
    let Some(claimer) = mentions.rev().find(|&m| {
        (doc.mentions[m].last == verb
            || (doc.mentions[m].last + 1 == verb && word(verb - 1) == ","))
            && matches!(doc.mentions[m].what, What::Actor(ref a) if !a.generic)
    }) else {
        return;
    };
    if let Some(f) = unclaimed_attack(doc, frames, before, |_| false) {
        // (the group that claims it is the one the "gunmen" were: one party)
        f.actors.retain(|&(_, r)| r != Role::Initiator);
        f.actors.push((claimer, Role::Initiator));
    }
}

/// The last attack sentence `before` told (its frames are the last of
/// `frames`) that names no one doing it: no initiator but unnamed ones
/// ("gunmen") and those `also` lets pass.
fn unclaimed_attack<'f>(
    doc: &Doc<'_>,
    frames: &'f mut [Frame],
    before: usize,
    also: impl Fn(usize) -> bool,
) -> Option<&'f mut Frame> {
    let generic = |a: usize| matches!(&doc.mentions[a].what, What::Actor(x) if x.generic);
    let unclaimed = |f: &Frame| {
        f.kind == EventKind::Attack
            && !f.negated
            && f.actors
                .iter()
                .all(|&(a, r)| r != Role::Initiator || also(a) || generic(a))
    };
    // (the one that tells something, else the sentence before's: "A
    // suicide bomber attacked crowds ... The blast struck near the gate
    // ... ISIS-K claimed responsibility")
    let told = |f: &Frame| !f.actors.is_empty() || !f.places.is_empty();
    let start = frames.len()
        - (frames.iter().rev())
            .take_while(|f| f.sentence + 1 >= before)
            .count();
    let last = |sentence: usize, telling: bool| {
        (start..frames.len()).rev().find(|&i| {
            let f = &frames[i];
            f.sentence == sentence && unclaimed(f) && (told(f) || !telling)
        })
    };
    let pick = last(before, true)
        .or_else(|| before.checked_sub(1).and_then(|b| last(b, true)))
        .or_else(|| last(before, false))?;
    Some(&mut frames[pick])
}

/// Whether a word of denial follows token `from`, in its sentence or the
/// `sentences` after it ("India blamed Pakistan for the attack, a charge
/// Islamabad rejected").
pub(super) fn denial_follows(doc: &Doc<'_>, s: usize, from: usize, sentences: usize) -> bool {
    let all = &doc.seg.sentences;
    let end = all[(s + sentences).min(all.len() - 1)].tokens.end;
    (from..end).any(|k| {
        doc.cues[k] & cue::DENYING != 0
            || is_any(
                doc.seg.tokens[k].text(doc.text),
                &["denies", "deny", "denying"],
            )
    })
}

/// The ones a takeover's participle says it killed or wounded ("overran
/// Sinjar in northern Iraq, killing thousands of Yazidi men"), when the
/// takeover names who took the place.
fn killed_in_takeover(sent: &Sent<'_>, f: &Frame) -> Option<Vec<usize>> {
    if f.kind != EventKind::Takeover
        || f.negated
        || !f.actors.iter().any(|a| a.1 == Role::Initiator)
    {
        return None;
    }
    let t1 = sent.m(f.trigger).last;
    let end = sent.last.min(t1 + KILLED_REACH);
    let h = (t1 + 1..end).find(|&h| sent.is(h - 1, &[","]) && sent.is(h, CASUALTY_PARTICIPLES))?;
    // (no other event told between)
    if sent.trigger_between(t1, h) {
        return None;
    }
    // (the participle's clause runs past the comma that ends the verb's)
    let killed: Vec<usize> = object(sent, h + 1, sent.last.min(h + 1 + KILLED_REACH))
        .0
        .into_iter()
        .filter(|&a| sent.is_actor(a) && !sent.is_facility(a))
        .collect();
    (!killed.is_empty()).then_some(killed)
}

/// The protesters of an attack or takeover, as the initiators of the
/// protest it implies: the protesters an attack targets ("police fired tear
/// gas at protesters", "party activists attacked demonstrators"), else its
/// initiators when protesters are among them ("protesters stormed",
/// "protesters seized the regional administration building").
fn protesters_of_attack(doc: &Doc<'_>, f: &Frame) -> Option<Vec<(usize, Role)>> {
    if !matches!(f.kind, EventKind::Attack | EventKind::Takeover) {
        return None;
    }
    let protesters =
        |&&(a, _): &&(usize, Role)| doc.mentions[a].what.is_actor_of(ActorCategory::Protesters);
    let with_role = |role: Role| f.actors.iter().filter(move |&&(_, r)| r == role);
    // (activists attacked need not be protesting: "commandos stormed the aid
    // flotilla, killing nine activists")
    let activists = |&&(a, _): &&(usize, Role)| matches!(&doc.mentions[a].what, What::Actor(x) if x.generic && &*x.name == "activists");
    let targets: Vec<(usize, Role)> = with_role(Role::Target)
        .filter(protesters)
        .filter(|a| !activists(a))
        .map(|&(a, _)| (a, Role::Initiator))
        .collect();
    // (nor supporters a bomber kills: "a gunman ... blew himself up,
    // killing more than 20 of her supporters")
    let by_armed_men = with_role(Role::Initiator)
        .any(|&(a, _)| doc.mentions[a].what.is_actor_of(ActorCategory::ArmedGroup));
    if !targets.is_empty() && f.kind == EventKind::Attack && !by_armed_men {
        return Some(targets);
    }
    // ("Armed opposition supporters stormed the police base": armed men
    // storming a base do not protest)
    let armed = |&&(a, _): &&(usize, Role)| {
        let first = doc.mentions[a].first;
        first > 0
            && doc.seg.tokens[first - 1]
                .text(doc.text)
                .eq_ignore_ascii_case("armed")
    };
    // ("supporters of the ruling party attacked a protest camp": whoever
    // attacks a protest does not protest)
    let t1 = doc.mentions[f.trigger].last;
    let at_a_protest = doc.mentions[f.trigger + 1..]
        .iter()
        .take_while(|m| m.first < t1 + 3)
        .any(|m| matches!(&m.what, What::Trigger(t) if t.kind == Some(EventKind::Protest)));
    // ("rioters and police fought running battles": the police do not
    // protest)
    let state_forces = |&&(a, _): &&(usize, Role)| {
        matches!(&doc.mentions[a].what, What::Actor(x)
            if matches!(x.category, ActorCategory::Police | ActorCategory::Military))
    };
    (!at_a_protest && with_role(Role::Initiator).any(|a| protesters(&a) && !armed(&a))).then(|| {
        with_role(Role::Initiator)
            .filter(|a| !state_forces(a))
            .copied()
            .collect()
    })
}

/// A trigger in its clause, as the trap and mood rules read it.
#[derive(Clone, Copy)]
struct Site {
    /// Mention index of the trigger.
    m: usize,
    kind: EventKind,
    form: TriggerForm,
    /// The trigger's first and last tokens.
    t0: usize,
    t1: usize,
    /// Its clause's tokens.
    c0: usize,
    c1: usize,
}

impl Site {
    /// The `n` tokens before the trigger, within its clause.
    fn before(&self, n: usize) -> std::ops::Range<usize> {
        self.t0.saturating_sub(n).max(self.c0)..self.t0
    }
}

/// A frame in the making: what the rules have found for a trigger so far.
struct Draft {
    kind: EventKind,
    is_noun: bool,
    passive: bool,
    actors: Vec<(usize, Role)>,
    places: Vec<usize>,
    /// The event is one told before ("the attack").
    anaphoric: bool,
    /// It names more parties of the one told before.
    adds_parties: bool,
}

/// The roles of who acts and who is acted upon for events of `kind`:
/// both are participants of a symmetric event.
fn roles(kind: EventKind) -> (Role, Role) {
    if kind.is_symmetric() {
        (Role::Participant, Role::Participant)
    } else {
        (Role::Initiator, Role::Target)
    }
}

/// Someone is killed or hurt after the trigger: crowd control and police
/// raids that do it are attacks.
fn harms(sent: &Sent<'_>, t1: usize, c1: usize) -> bool {
    (t1..c1).any(|i| sent.has(i, cue::HARM_VERBS))
}

/// The frame of trigger mention `m` (of `kind`, none for a bare "took" or
/// "taken", read in `form`) in sentence `s`, after the `earlier` frames of
/// the document; `None` when the trigger tells no event where it stands.
fn frame_for(
    sent: &Sent<'_>,
    s: usize,
    m: usize,
    kind: Option<EventKind>,
    form: TriggerForm,
    earlier: &[Frame],
) -> Option<Frame> {
    let trig = sent.m(m);
    let (t0, t1) = (trig.first, trig.last);
    let kind = match kind {
        Some(k) => k,
        None => taken::kind_of_taken(sent, t0, t1, earlier)?,
    };
    // (a place taken, found above: "took" is then an active verb)
    let form = if form == TriggerForm::Continuation && taken::active_took(sent, t0) {
        TriggerForm::Verb
    } else {
        form
    };
    let (c0, c1) = sent.clause_range(t0);
    let kind = traps::reread_kind(sent, kind, t0, t1, c1);
    let site = Site {
        m,
        kind,
        form,
        t0,
        t1,
        c0,
        c1,
    };
    if traps::is_trap(sent, &site) {
        return None;
    }
    let form = voice::verbal_form(sent, &site);
    let is_noun = form == TriggerForm::Noun;
    if traps::qualifying_participle(sent, &site, is_noun) {
        return None;
    }
    let mood = mood::mood(sent, &Site { form, ..site })?;
    let passive = voice::is_passive(sent, &site, form);
    if let Some(added) = taken::those_taken(sent, s, &site, earlier) {
        return added;
    }
    if form == TriggerForm::Continuation && taken::nothing_taken(sent, &site, passive) {
        return None;
    }
    let captive_noun = captures::captive_noun(sent, &site, is_noun)?;
    let mut d = Draft {
        kind: if captive_noun {
            EventKind::Arrest
        } else {
            kind
        },
        is_noun,
        passive,
        actors: Vec::new(),
        places: Vec::new(),
        anaphoric: false,
        adds_parties: false,
    };
    let mut blamed = Vec::new();
    if is_noun {
        blamed = noun_arguments(sent, s, m, d.kind, &mut d.actors, &mut d.places);
        if !noun_clause::clause_parties(sent, s, &site, mood.negated, &mut d) {
            return None;
        }
        anaphora::noun_told_before(sent, s, &site, &mut d, &mood, earlier);
    } else if passive {
        d.actors = verbs::passive_arguments(sent, s, &site, &mood);
    } else {
        (d.actors, d.places) = verbs::active_arguments(sent, s, &site, &mood)?;
    }
    further::further_parties(sent, &site, &mut d);
    parties::resolve_parties(sent, s, &site, &mut d, earlier);
    if !parties::keep_parties(sent, &site, &mut d) || !requires::protest_stands(sent, &site, &d) {
        return None;
    }
    let talks_hosted = requires::meeting_stands(sent, &site, &mut d)?;
    parties::countries_of_delegates(sent, &site, &mut d);

    // the place of the event: in its clause, else in a clause of the sentence without a trigger
    // ("in fury over the fatal shooting of a boy": not where the fury was,
    // only where its own words say)
    let cause = is_noun && named_as_cause(sent, t0, c0);
    if !d.anaphoric && !cause {
        places::place_of_event(sent, &site, is_noun, &d.actors, &mut d.places);
    }
    d.places.sort_unstable();
    d.places.dedup();
    d.actors.dedup();

    d.kind = captures::kind_of_capture(sent, &site, d.kind, &d.actors, &d.places, captive_noun);
    captures::capture_places(sent, &site, d.kind, &mut d.places);
    if !violence::violence_stands(sent, s, &site, &mut d)
        || !requires::has_arguments(sent, s, &site, form, &mut d)
    {
        return None;
    }
    parties::settle_roles(sent, &site, &mut d);
    if requires::another_deed(sent, &site, &d) {
        return None;
    }
    places::fallback_places(sent, s, &site, &mut d, cause, earlier);
    let hosted_reported = anaphora::hosted_reported(sent, s, &site, &d, talks_hosted, earlier);
    parties::building_taken(sent, &mut d);
    anaphora::told_before(sent, s, &site, &mut d, earlier);

    let Draft {
        kind,
        mut actors,
        places,
        anaphoric,
        adds_parties,
        ..
    } = d;
    // a denied blame makes the event told again the blamed one's, negated;
    // told first, it is the event, by no one named
    let negated = mood.negated || (anaphoric && !blamed.is_empty());
    if !anaphoric {
        actors.retain(|(a, _)| !blamed.contains(a));
    }
    let confidence = 0.4
        + if actors.is_empty() { 0.0 } else { 0.25 }
        + if places.is_empty() { 0.0 } else { 0.15 }
        + if is_noun { 0.0 } else { 0.1 };
    Some(Frame {
        kind,
        trigger: m,
        sentence: s,
        actors,
        places,
        date: DateChoice::None,
        negated,
        anaphoric: anaphoric || hosted_reported,
        adds_parties: adds_parties || hosted_reported,
        confidence,
    })
}

/// "Baku has repeatedly attacked Paris for what it calls a biased
/// position", "attacked the government over its handling of the crisis",
/// "attacked Bitar, accusing him of bias": attacking someone for a reason
/// is criticising them.
fn attacked_for_a_reason(sent: &Sent<'_>, t0: usize, t1: usize, c1: usize) -> bool {
    // "for" a reason within six words after the verb, past a date
    // ("attacked the defence ministry earlier this month for trying to
    // steal his fighters' glory")
    let (mut end, mut words) = (t1, 0);
    while end < c1 && words < 6 {
        match sent.mention_at(end) {
            Some(x) if matches!(sent.m(x).what, What::Date(_)) => end = sent.m(x).last,
            _ => {
                end += 1;
                words += 1;
            }
        }
    }
    let for_a_reason = (t1..end).any(|i| {
        sent.is(i, &["for"])
            && (sent.is(
                i + 1,
                &["what", "its", "his", "her", "their", "being", "allegedly"],
            ) || (sent.lower(i + 1).ends_with("ing") && sent.lower(i + 1).len() > 5))
    });
    // "used his speech to attack the UN mission": an attack in words
    let in_words = t0 >= sent.first + 2
        && sent.is(t0 - 1, &["to"])
        && (t0.saturating_sub(5).max(sent.first)..t0).any(|i| {
            sent.is(
                i,
                &[
                    "speech",
                    "address",
                    "remarks",
                    "statement",
                    "interview",
                    "column",
                    "editorial",
                ],
            )
        });
    // "attacked the UN mission, which he accused of being too lenient"
    let accused = (t1..sent.last.min(t1 + 8)).any(|k| {
        sent.is(k, &["which", "whom", "who"])
            && sent.is(k + 2, &["accused", "accuses", "blamed", "blames"])
    });
    for_a_reason
        || in_words
        || accused
        || (t1..c1.min(t1 + 6)).any(|i| {
            // "attacked the government over its handling of the crisis",
            // "has repeatedly attacked Mexico over trade and immigration": a
            // topic, a plain word that is no time nor count (not "over the
            // weekend")
            (sent.is(i, &["over"])
                && sent.mention_at(i + 1).is_none()
                && sent.word(i + 1).starts_with(char::is_lowercase)
                && !sent.is(
                    i + 1,
                    &[
                        "the", "a", "an", "two", "three", "four", "five", "several", "many",
                        "recent", "past", "last", "night", "weekend", "days", "hours",
                    ],
                ))
            // "has repeatedly attacked Bitar, accusing him of bias"
            || (sent.is(i, &[","]) && sent.is(i + 1, &["accusing", "calling", "branding"]))
            // "attacked the trip as a reckless provocation" (not "as a
            // reprisal": why it was struck; nor "shot him as a crowd
            // watched")
            // (or "attacked the militants as “cowards”")
            || (sent.is(t0, &["attacked"])
                && sent.is(i, &["as"])
                && sent.is(i + 1, &["a", "an", "“", "\"", "‘"])
                && !(i + 2..(i + 5).min(c1)).any(|k| {
                    sent.is(
                        k,
                        &["reprisal", "retaliation", "revenge", "warning", "punishment", "response"],
                    )
                }))
    })
}

/// Whether "separate" comes just before the trigger at `t0` (not before `from`).
fn said_separate(sent: &Sent<'_>, t0: usize, from: usize) -> bool {
    (t0.saturating_sub(3).max(from)..t0).any(|i| sent.is(i, &["separate"]))
}

/// Whether an event noun is the subject of a verb of taking place: "rallies
/// were held in Batumi", "protests took place in Ankara", "clashes broke out",
/// "protests that began on Jan. 2 in Zhanaozen".
fn takes_place(sent: &Sent<'_>, t1: usize, c1: usize) -> bool {
    // within five words, a name counting as one ("the summit of the three
    // countries was held")
    // (or a longer phrase of what the noun is about: "Protests over a sharp
    // rise in the price of gas broke out")
    let about = sent.is(t1, &["over", "against", "about"]);
    let mut i = t1;
    for _ in 0..if about { 10 } else { 5 } {
        if i >= c1 || (about && sent.is(i, &[",", "and", "but"])) {
            return false;
        }
        if sent.is(
            i,
            &[
                "held", "erupted", "occurred", "happened", "spread", "began", "started",
            ],
        ) || (sent.is(i, &["took", "taken", "take", "takes"]) && sent.is(i + 1, &["place"]))
            || (sent.is(i, &["broke"]) && sent.is(i + 1, &["out"]))
            // "Demonstrations were also reported in Gedaref"
            || (sent.is(i, &["reported"])
                && (i.saturating_sub(2).max(t1)..i).any(|k| sent.is(k, &["were", "was"])))
        {
            return true;
        }
        i = sent
            .mention_at(i)
            .map_or(i + 1, |m| sent.m(m).last.max(i + 1));
    }
    false
}

/// "Protests over gas prices, which many use as fuel, broke out on Jan. 2
/// in Zhanaozen and spread to Almaty": the main clause past a relative
/// clause on the noun whose clause ends at `c1`, up to any "and spread",
/// when it tells that the noun took place.
fn predicate_past_relative(sent: &Sent<'_>, c0: usize, c1: usize) -> Option<(usize, usize)> {
    if !(c1 > c0 && sent.is(c1, &["which", "who"]) && sent.is(c1 - 1, &[","])) {
        return None;
    }
    let (_, n1) = sent.clause_range(c1);
    if !(n1 < sent.last && sent.is(n1, &[","])) {
        return None;
    }
    let (_, m1) = sent.clause_range(n1);
    let end = (n1 + 1..m1)
        .find(|&i| sent.is(i, &["and"]) && sent.is(i + 1, &["spread", "spreading"]))
        .unwrap_or(m1);
    takes_place(sent, n1 + 1, end).then_some((n1 + 1, end))
}
/// The clause that follows one ending at `c1` when it happens at the same
/// time: "..., as demonstrators blocked the streets", "while ...".
fn simultaneous_clause(sent: &Sent<'_>, c1: usize) -> Option<(usize, usize)> {
    // (past an aside between dashes: "struck three churches – ... – as
    // worshippers gathered")
    let mut k = c1;
    while let Some(&(_, b)) = sent.asides.iter().find(|&&(a, b)| a <= k && k < b) {
        k = b + 1;
    }
    // (past a relative clause on the object: "wounded Malala, a schoolgirl
    // who campaigned for girls' education, as she travelled home")
    if k < sent.last && sent.is(k, &["who"]) {
        k = sent.clause_range(k).1;
        if k < sent.last && sent.is(k, &[","]) {
            k += 1;
        }
    }
    // ("took guards hostage during riots that broke out on Monday in jails
    // in Cuenca": what it happened during tells when and where)
    let during = k < sent.last
        && sent.is(k, &["that", "which"])
        && (k.saturating_sub(3).max(sent.first)..k).any(|i| sent.is(i, &["during", "amid"]));
    // ("was captured shortly after he crossed into Syria in late October":
    // moments apart)
    let right_after = k > sent.first
        && sent.is(k, &["after"])
        && sent.is(k - 1, &["shortly", "soon", "just", "moments", "minutes"]);
    (k < sent.last && (sent.is(k, &["as", "while", "when"]) || during || right_after))
        .then(|| sent.clause_range(k))
}

/// The police, army or state body that reports an arrest with no one named
/// making it, before it or after it in a clause of its own ("police said the
/// man was arrested"; "..., police said").
fn arresting_reporter(sent: &Sent<'_>, trigger: usize) -> Option<usize> {
    // before the arrest ("police said the man was arrested"), or after it in
    // a clause of its own
    let c = sent.clause_of(trigger);
    let r = (sent.first..sent.last)
        .find(|&i| sent.has(i, cue::REPORTING) && (i < trigger || sent.clause_of(i) != c))?;
    let (r0, _) = sent.clause_range(r);
    // (a government reports more than its arrests: "Washington and Havana
    // announced ... after Cuba freed Gross, who had been arrested": only one
    // saying so close by made the arrest)
    let close = trigger.abs_diff(r) <= 12;
    subject(sent, r, r0).into_iter().find(|&a| {
        matches!(&sent.m(a).what, What::Actor(x)
            if matches!(x.category, ActorCategory::Police | ActorCategory::Military)
                || (x.category == ActorCategory::Government && !x.generic && close))
    })
}

/// The actors who withdrew in a clause after token `from`: "after Congolese
/// troops and their Burundian allies pulled out", "as the army withdrew".
fn withdrawn(sent: &Sent<'_>, from: usize) -> Vec<usize> {
    let Some(k) = (from..sent.last).find(|&k| sent.is(k, &["after", "as", "when", "once"])) else {
        return Vec::new();
    };
    // the subject runs to the verb: actors, and words that are no mention
    // ("Congolese troops and their Burundian allies pulled out")
    let mut out = Vec::new();
    let mut j = k + 1;
    while j < sent.last && j < k + 12 && !sent.is(j, &[",", ";", "(", ":"]) {
        if let Some(m) = sent.mention_at(j) {
            // a capital stands for its government: "after Kyiv withdrew its troops"
            let seat = matches!(&sent.m(m).what, What::Place(p) if p.seat_of.is_some());
            if !sent.is_actor(m) && !seat {
                break;
            }
            out.push(m);
            j = sent.m(m).last;
            continue;
        }
        if sent.is(j, WITHDREW) {
            return out;
        }
        j += 1;
    }
    Vec::new()
}

/// "IS", "AN": a word of capitals names something; it is no function
/// word ("IS attacked the town" is active).
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Adds actor `a` with `role`, unless the frame has it already.
fn add_actor(actors: &mut Vec<(usize, Role)>, a: usize, role: Role) {
    if !actors.iter().any(|&(b, _)| b == a) {
        actors.push((a, role));
    }
}

/// "the foreign ministers of Saudi Arabia and Iran", "representatives of the
/// Coalition": a generic head before "of" and a named actor is not a party
/// itself. The named actor must be the one after "of", not one past the
/// trigger ("Fighters of ... attacked Kurdish forces").
fn drop_generic_heads(sent: &Sent<'_>, actors: &mut Vec<(usize, Role)>) {
    let heads: Vec<usize> = actors
        .iter()
        .map(|a| a.0)
        .filter(|&a| {
            // "the embassies of Rwanda and France" are the embassies, not the countries
            sent.is_generic(a) && !sent.is_facility(a) && {
                let after = sent.m(a).last;
                sent.is(after, &["of"])
                    && actors.iter().any(|&(b, _)| {
                        b != a
                            && sent.m(b).first > after
                            && sent.m(b).first <= after + 5
                            && !sent.is_generic(b)
                            && !(after..sent.m(b).first)
                                .any(|i| sent.mention_at(i).is_some_and(|x| sent.is_trigger(x)))
                    })
            }
        })
        .collect();
    // "supporters of former President Jair Bolsonaro" are the supporters,
    // not the person they support
    let crowd = |a: usize| {
        matches!(&sent.m(a).what, What::Actor(x) if matches!(
            x.category,
            ActorCategory::Protesters | ActorCategory::Civilians
        ))
    };
    let supported: Vec<(usize, usize)> = heads
        .iter()
        .filter(|&&h| crowd(h))
        .filter_map(|&h| {
            let after = sent.m(h).last;
            let person = actors.iter().map(|a| a.0).find(|&b| {
                sent.m(b).first > after
                    && sent.m(b).first <= after + 5
                    && sent.m(b).what.is_actor_of(ActorCategory::Person)
            });
            person.map(|p| (h, p))
        })
        .collect();
    // "Agustín Intriago, the mayor of Manta, was shot dead": the title
    // apposed to a person is that person
    let apposed: Vec<usize> = actors
        .iter()
        .map(|a| a.0)
        .filter(|&a| {
            let first = sent.m(a).first;
            sent.is_generic(a)
                && first >= sent.first + 2
                && sent.is(first, &["the", "a", "an"])
                && sent.is(first - 1, &[","])
                && sent.mention_ending_at(first - 1).is_some_and(|p| {
                    sent.m(p).what.is_actor_of(ActorCategory::Person)
                        && actors.iter().any(|&(b, _)| b == p)
                })
        })
        .collect();
    actors.retain(|a| {
        let kept_head = supported.iter().any(|&(h, _)| h == a.0);
        let person = supported.iter().any(|&(_, p)| p == a.0);
        !person && (!heads.contains(&a.0) || kept_head) && !apposed.contains(&a.0)
    });
}

/// Whether token `at` follows, within its phrase and not before token
/// `floor`, the naming of a motive: "in retaliation for", "revenge for",
/// "in response to".
fn motive_before(doc: &Doc<'_>, at: usize, floor: usize) -> bool {
    cue_before(doc, at, floor, 24, cue::MOTIVES, &["for", "to", "against"])
}

/// Whether the event noun at token `t0` is named as what angered a crowd:
/// "in fury over the fatal shooting of a teenage boy". It happened before
/// the clause's time, and elsewhere.
/// So is what someone is charged over: "charged the scion of a clan with
/// murder over the massacre of 57 people".
fn named_as_cause(sent: &Sent<'_>, t0: usize, c0: usize) -> bool {
    // (by the lowercase bytes and cue bits: this runs for every event noun)
    let near = t0.saturating_sub(5).max(c0)..t0;
    let over = |i: usize| matches!(sent.lower(i), "over" | "at");
    if !near.clone().any(over) {
        return false;
    }
    near.clone().any(|i| sent.has(i, cue::ANGER) && over(i + 1))
        || (near.clone().any(|i| sent.lower(i) == "over")
            && (c0..t0).any(|i| {
                sent.is(
                    i,
                    &[
                        "charged",
                        "accused",
                        "indicted",
                        "convicted",
                        "sentenced",
                        "jailed",
                    ],
                )
            }))
}

/// Whether token `at` is in what someone is accused of, after token
/// `floor`: "captured the gunman suspected of killing 39 people on New
/// Year's Day".
fn accused_before(doc: &Doc<'_>, at: usize, floor: usize) -> bool {
    cue_before(doc, at, floor, 16, cue::ACCUSATIONS, &["of", "with", "for"])
}

/// Whether a word of the cue list `bits`, followed by one of `next`, stands
/// within `reach` tokens before token `at` in its clause, after `floor`.
fn cue_before(
    doc: &Doc<'_>,
    at: usize,
    floor: usize,
    reach: usize,
    bits: u64,
    next: &[&str],
) -> bool {
    let word = |k: usize| doc.seg.tokens.get(k).map_or("", |t| t.text(doc.text));
    (at.saturating_sub(reach).max(floor)..at)
        .rev()
        .take_while(|&i| !is_any(word(i), &[",", ";", ":", "."]))
        .any(|i| {
            // (past a pronoun: "accusing him of organizing an ambush")
            doc.cues[i] & bits != 0 && {
                let j = if is_any(word(i + 1), &["him", "her", "them"]) {
                    i + 2
                } else {
                    i + 1
                };
                is_any(word(j), next)
            }
        })
}

/// A verb with no place of its own happened where the event it followed
/// did: "recaptured Guzmán after a gunfight at a safe house in Los Mochis".
fn place_of_what_came_before(sent: &Sent<'_>, frames: &mut [Frame]) {
    for i in 0..frames.len() {
        let f = &frames[i];
        let verb =
            matches!(sent.m(f.trigger).what, What::Trigger(t) if t.form != TriggerForm::Noun);
        if !verb || !f.places.is_empty() || f.anaphoric {
            continue;
        }
        let before = frames.iter().find(|g| {
            let first = sent.m(g.trigger).first;
            g.trigger > f.trigger
                && !g.places.is_empty()
                && matches!(sent.m(g.trigger).what, What::Trigger(t) if t.form == TriggerForm::Noun)
                && (1..=3).any(|b| {
                    first >= sent.first + b
                        && sent.is(first - b, &["after", "following"])
                        && (first - b + 1..first).all(|k| sent.mention_at(k).is_none())
                        // ("days after the mass abduction in Kuriga": another time, another place)
                        && !sent.is(
                            first - b - 1,
                            &["days", "weeks", "months", "years", "day", "week", "month", "year"],
                        )
                })
        });
        if let Some(places) = before.map(|g| g.places.clone()) {
            frames[i].places = places;
        }
    }
}

/// A noun with no actors of its own takes those of the verb frame told last
/// before it in its sentence ("drove the Peshmerga out of Kirkuk following
/// the Oct. 16 attack").
fn inherit_within_sentence(sent: &Sent<'_>, frames: &mut [Frame]) {
    let is_noun = |f: &Frame| matches!(sent.m(f.trigger).what, What::Trigger(t) if t.form == TriggerForm::Noun);
    for i in 0..frames.len() {
        let f = &frames[i];
        if !f.actors.is_empty() || !is_noun(f) {
            continue;
        }
        // the verb told last before the noun: "captured two soldiers in a
        // cross-border raid", not "bombed the airport, a day after ..."
        let Some(v) = (0..frames.len())
            .filter(|&v| {
                let g = &frames[v];
                v != i && !is_noun(g) && !g.actors.is_empty() && g.trigger < f.trigger
            })
            .max_by_key(|&v| frames[v].trigger)
        else {
            continue;
        };
        let (verb, f) = (&frames[v], &frames[i]);
        if f.negated != verb.negated {
            continue;
        }
        // only within armed conquest: "seized ... after shelling", "drove
        // out ... following the attack", "captured two soldiers in a raid"
        let armed = |k: EventKind| matches!(k, EventKind::Attack | EventKind::Takeover);
        if !armed(f.kind) || !(armed(verb.kind) || verb.kind == EventKind::Kidnapping) {
            continue;
        }
        let roles_fit = |r: Role| {
            if f.kind.is_symmetric() {
                r == Role::Participant
            } else {
                r != Role::Participant
            }
        };
        if !verb.actors.iter().all(|&(_, r)| roles_fit(r)) {
            continue;
        }
        let (actors, places) = (verb.actors.clone(), verb.places.clone());
        let f = &mut frames[i];
        f.actors = actors;
        if f.places.is_empty() {
            f.places = places;
        }
        f.anaphoric = false;
    }
}

/// Whether an initiator is an armed actor (military, police, armed group, militia).
fn armed_initiator(sent: &Sent<'_>, actors: &[(usize, Role)]) -> bool {
    actors
        .iter()
        .any(|&(a, r)| r == Role::Initiator && sent.is_armed(a))
}

/// How far back (tokens or mentions) the rules look for an antecedent, a
/// place or a relative clause's opener: bounded, so that a document with no
/// sentence breaks stays linear.
const LOOKBACK: usize = 48;

/// How many mentions back the narrative date is looked for: bounded, so that
/// long documents without dates stay linear.
const NARRATIVE_LOOKBACK: usize = 200;
