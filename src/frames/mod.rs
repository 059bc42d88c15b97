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
//! By concern: `traps` (a trigger word used for something else), `mood`
//! (planned, denied or cancelled events), `verbs` (a verb's arguments),
//! `nouns` (an event noun's arguments), `subjects` (who a clause is about:
//! subjects, relative clauses, pronouns), `objects` (what a verb acts on),
//! `captures` (arrest or kidnapping), `splits` (one frame that tells
//! several events), `places` (where it happened), `dates` (when), `clauses`
//! (where a sentence's clauses and asides begin and end), `cues` (the word
//! lists the rules read).

mod captures;
mod clauses;
mod cues;
mod dates;
mod mood;
mod nouns;
mod objects;
mod places;
mod splits;
mod subjects;
mod traps;
mod verbs;

use clauses::clauses;
use dates::{
    again_on, choose_date, counted_from_event, dated_apart, finer_before, in_relative_before,
    same_day_as,
};
use nouns::{
    gathered_for, gerund_meeting, noun_arguments, parties_at_meeting, subject_after_talks,
    talks_verb,
};
use objects::{after_preposition, describes_next, named_among, object, passive_agent};
use places::{
    governed, in_its_history, list_head, list_head_in, named_as_town_object, nationals_of, speaks,
    talked_about, NATIONALS,
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
pub(crate) use cues::CUE_LISTS;
use cues::*;
use mood::Mood;
use std::cell::Cell;

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
        t > c0 && self.is(t - 1, &[","]) && self.lower(t).ends_with("ing")
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
    let h = (t1 + 1..end)
        .find(|&h| sent.is(h - 1, &[","]) && sent.is(h, &["killing", "wounding", "injuring"]))?;
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

/// "rebels have taken a group of nuns from a convent", "gunmen took 12
/// passengers from a bus": people taken from a place by armed men, the
/// verb at `t0..t1`.
fn people_taken_from(sent: &Sent<'_>, t0: usize, t1: usize) -> bool {
    let (c0, c1) = sent.clause_range(t0);
    (t1..c1.min(t1 + 8)).any(|i| sent.is(i, &["from"]))
        && object(sent, t1, c1).0.iter().any(|&a| {
            matches!(&sent.m(a).what, What::Actor(x)
                if matches!(x.category, ActorCategory::Civilians | ActorCategory::Person))
        })
        && subject(sent, t0, c0)
            .iter()
            .any(|&a| matches!(&sent.m(a).what, What::Actor(x) if x.category.is_armed()))
}

/// Whether token `t0` is "took", or "taken" after "had" or "has": an active
/// verb that may take a place.
fn active_took(sent: &Sent<'_>, t0: usize) -> bool {
    let mut k = t0;
    if k > sent.first && sent.is(k - 1, &["also", "already", "now", "just"]) {
        k -= 1;
    }
    // (not a claim: "rejected their claim to have taken Kombolcha")
    sent.is(t0, &["took"])
        || (sent.is(t0, &["taken"])
            && k > sent.first + 1
            && sent.is(k - 1, &["had", "has", "have"])
            && !sent.is(k - 2, &["to"]))
}

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
    let word = sent.lower(t0);
    let kind = match kind {
        Some(k) => k,
        // "the Taliban took Taloqan": "took" is a takeover of a place named
        // right after it, and nothing else ("took part", "took office")
        // (and "had also taken the Zueitina terminal")
        None if t1 == t0 + 1 && active_took(sent, t0) => {
            let (c0, c1) = sent.clause_range(t0);
            let (actors, places) = object(sent, t1, c1);
            let place_taken = actors.is_empty()
                && places.first().is_some_and(|&p| {
                    // "took the strategic town of Shusha"
                    (t1..sent.m(p).first).all(|i| {
                        sent.is(i, &["the", "of"])
                            || sent.is_plain(i) && is_modifier_word(sent.word(i))
                    }) && sent.m(p).first <= t1 + 5
                });
            // "it took the Brigade 93 base": a facility named right after
            // (not "took up positions")
            let facility_taken = sent.is(t1, &["the", "a", "an"])
                && (t1 + 1..(t1 + 6).min(c1))
                    .find(|&i| sent.has(i, cue::FACILITIES))
                    .is_some_and(|f| {
                        !sent.is(f, &["positions", "posts"])
                            && (t1 + 1..f).all(|i| {
                                sent.doc.seg.tokens[i].kind == TokenKind::Word && !sent.blocks(i)
                            })
                    });
            if people_taken_from(sent, t0, t1) {
                EventKind::Kidnapping
            } else if !(place_taken || facility_taken) || c0 == t0 {
                return None;
            } else {
                EventKind::Takeover
            }
        }
        // "Sheberghan, ... in Jawzjan province, was taken": a place taken
        // (past an apposition that names its kind: "Herat and Kandahar,
        // the country's third- and second-largest cities, were taken")
        None if {
            let k = verb_group_start(sent, t0, sent.first);
            let is_place = |p: usize| matches!(sent.m(p).what, What::Place(_));
            let apposed = || {
                let comma = (k.saturating_sub(12).max(sent.first + 1)..k.saturating_sub(2))
                    .rev()
                    .find(|&j| sent.is(j, &[","]))?;
                let kind_named = (comma + 1..k - 1)
                    .any(|i| sent.is(i, PLACE_NOUNS) || sent.is(i, PLACE_NOUNS_PLURAL));
                // (a possessive place may own the kind: "the country's
                // third- and second-largest cities")
                let plain = (comma + 1..k - 1).all(|i| {
                    sent.mention_at(i).is_none_or(|x| {
                        matches!(sent.m(x).what, What::Place(_))
                            && sent.is_possessive(sent.m(x).last)
                    })
                });
                sent.mention_at(comma - 1).filter(|_| kind_named && plain)
            };
            // (past a comma, the place must be the subject, not the end of a
            // clause on another: "The crew of the tugboat, which was towing a
            // barge to Batangas in the Philippines, were taken")
            let generic_subject = || {
                sent.mentions
                    .clone()
                    .find(|&x| !matches!(sent.m(x).what, What::Date(_)))
                    .is_some_and(|x| {
                        sent.m(x).first < k
                            && matches!(&sent.m(x).what, What::Actor(a) if a.generic)
                    })
            };
            k > sent.first
                && sent
                    .mention_at(k - 1)
                    .or_else(|| {
                        sent.mention_at(k.saturating_sub(2))
                            .filter(|_| sent.is(k - 1, &[","]) && !generic_subject())
                    })
                    .or_else(|| apposed().filter(|_| sent.is(k - 1, &[","])))
                    .is_some_and(is_place)
        } =>
        {
            EventKind::Takeover
        }
        // "was taken to the Ramo Verde military jail": into custody
        None if sent.is(t1, &["to"])
            && (t1 + 1..(t1 + 6).min(sent.last)).any(|i| sent.is(i, CUSTODY_PLACES)) =>
        {
            EventKind::Arrest
        }
        // "was taken": whichever of arrest and kidnapping was reported last
        None => earlier
            .iter()
            .rev()
            .map(|f| f.kind)
            .find(|k| matches!(k, EventKind::Arrest | EventKind::Kidnapping))
            .unwrap_or(EventKind::Kidnapping),
    };
    // (a place taken, found above: "took" is then an active verb)
    let form = if form == TriggerForm::Continuation && active_took(sent, t0) {
        TriggerForm::Verb
    } else {
        form
    };
    let (c0, c1) = sent.clause_range(t0);
    // "NATO defence ministers gathered in Brussels to discuss aid": a
    // gathering to talk is a meeting
    // (or "gathered in Baghdad for a conference")
    let kind = if kind == EventKind::Protest
        && sent.is(t0, &["gathered", "assembled"])
        && (t1..c1).any(|i| {
            (sent.is(i, &["to"]) && sent.is(i + 1, &["discuss", "review", "consider", "agree"]))
                || (sent.is(i, &["for"])
                    && (i + 1..c1.min(i + 4)).any(|k| sent.has(k, cue::TALK_NOUNS)))
        }) {
        EventKind::Meeting
    } else if kind == EventKind::Protest
        && sent.is(t0, &["burned", "burnt"])
        && (t1..(t1 + 7).min(c1)).any(|i| sent.is(i, &["to"]) && sent.is(i + 1, &["death"]))
    {
        // "rebels burned about 80 students to death": a killing, not a
        // protest's fire
        EventKind::Attack
    } else {
        kind
    };
    let prev = if t0 > c0 { sent.lower(t0 - 1) } else { "" };
    let site = Site {
        m,
        kind,
        form,
        t0,
        t1,
        c0,
        c1,
    };
    let before = |n: usize| site.before(n);
    if traps::is_trap(sent, &site) {
        return None;
    }
    // "did not attack", "will attack": a noun form after an auxiliary is a verb
    let form = {
        let mut k = t0;
        while k > c0 && sent.has(k - 1, cue::ADVERBS) && !sent.is(k - 1, &["not", "never"]) {
            k -= 1;
        }
        let auxiliary = k > c0
            && (sent.is(k - 1, &["did", "does", "do", "not", "never", "to"])
                || sent.has(k - 1, cue::MODALS)
                || sent.is_contracted_not(k - 1));
        // "attacked the village, kidnapping 20 women": a participle after a comma
        // (or joined to one: "stormed a school, killing a student and
        // kidnapping 42 people")
        let joined = t0 > c0 + 1
            && sent.is(t0 - 1, &["and"])
            && sent.lower(t0).ends_with("ing")
            && (t0.saturating_sub(8).max(c0)..t0 - 1).any(|p| sent.participle_after_comma(p, c0));
        let participle = (sent.participle_after_comma(t0, c0) || joined)
            && (t1..c1.min(t1 + 4))
                .find_map(|i| sent.mention_at(i))
                .is_some_and(|m| sent.is_actor(m));
        if form == TriggerForm::Noun
            && (auxiliary || participle)
            && !sent.has(t0, cue::HOSTAGE_NOUNS)
        {
            TriggerForm::Verb
        } else {
            form
        }
    };
    let is_noun = form == TriggerForm::Noun;
    // "a new stage of terror by the invading forces": a participle that
    // qualifies its actors tells no event
    if !is_noun
        && matches!(kind, EventKind::Attack | EventKind::Takeover)
        && word.ends_with("ing")
        && t0 > c0
        && sent.is(t0 - 1, &["the", "a", "an", "its", "their", "his", "her"])
        && sent.mention_at(t1).is_some_and(|x| sent.is_actor(x))
    {
        return None;
    }
    let mood = mood::mood(sent, &Site { form, ..site })?;
    let negated = mood.negated;
    let dispersal = sent.is(t0, &["disperse", "dispersed", "dispersing"]);

    // "is detaining" is progressive, not passive; "was dragged from the
    // building and detained by riot police": a participle with its agent is
    let passive = !is_noun && !word.ends_with("ing") && {
        let mut k = t0;
        while k > c0 && sent.has(k - 1, cue::ADVERBS) {
            k -= 1;
        }
        // (or after a comma: "The meeting in Doha, hosted by the emir, ...")
        (k > c0 && sent.has(k - 1, cue::BE))
            || (k > sent.first
                && sent.is(k - 1, &["and", ","])
                && word.ends_with("ed")
                && sent.is(t1, &["by"])
                && (t1 + 1..(t1 + 5).min(sent.last))
                    .find_map(|i| sent.mention_at(i))
                    .is_some_and(|a| sent.is_actor(a)))
            || verbs::reduced_relative(sent, t0, c0, t1).is_some()
            || coordinated_passive(sent, k, c0).is_some()
    } || (form == TriggerForm::Continuation
        // "the gunmen had not taken any hostages" is active
        && !before(3).any(|i| sent.is(i, &["had", "has", "have"])));
    // "Those held include X, Y and Z": who the arrest or kidnapping just
    // reported took
    let those = if sent.is(t0, &["those"]) {
        Some(t0)
    } else {
        t0.checked_sub(1)
            .filter(|&k| k >= c0 && sent.is(k, &["those"]))
    };
    if those.is_some()
        && matches!(kind, EventKind::Arrest | EventKind::Kidnapping)
        && sent.is(
            t1,
            &[
                "include", "included", "includes", "were", "are", "was", "is",
            ],
        )
    {
        // the list runs to the end of the sentence or to "..., the party said"
        let end = (t1..sent.last)
            .find(|&i| {
                sent.is(i, &[";", "."]) || (sent.is(i, &[","]) && sent.has(i + 1, cue::REPORTING))
            })
            .unwrap_or(sent.last);
        // (not the words that describe them: "Jové, the right-hand man of
        // Vice President Oriol Junqueras", "a former member of parliament for
        // the far-right AfD")
        let describing = |a: usize| {
            let first = sent.m(a).first;
            let near = first.saturating_sub(3).max(sent.first)..first;
            near.clone().any(|i| sent.is(i, &["of", "for"]))
                || (sent.is_generic(a)
                    && near.clone().any(|i| sent.is(i, &["the", "a", "an"]))
                    && near.clone().any(|i| sent.is(i, &[","])))
        };
        let taken: Vec<(usize, Role)> = (sent.mentions_before(t1)..sent.mentions_before(end))
            .filter(|&a| sent.is_party(a) && !describing(a))
            .map(|a| (a, Role::Target))
            .collect();
        return (!taken.is_empty()).then(|| captives_added(kind, m, s, taken));
    }
    // "Prince Alwaleed bin Talal was among those held": one more taken in
    // the capture just reported
    if let Some(those) = those.filter(|&k| {
        matches!(kind, EventKind::Arrest | EventKind::Kidnapping)
            && k >= c0 + 2
            && sent.is(k - 1, &["among"])
            && sent.has(k - 2, cue::BE)
    }) {
        let capture = (earlier.iter().rev().take(LOOKBACK))
            .find(|f| matches!(f.kind, EventKind::Arrest | EventKind::Kidnapping) && !f.negated)?;
        let taken: Vec<(usize, Role)> = subject(sent, those - 2, c0)
            .into_iter()
            .filter(|&a| sent.is_actor(a) && !matches!(sent.m(a).what, What::Place(_)))
            .map(|a| (a, Role::Target))
            .collect();
        return (!taken.is_empty()).then(|| captives_added(capture.kind, m, s, taken));
    }
    // "have taken place", "was taken part in": no one was taken; nor are
    // "the wounded were taken to a hospital", "to Ankara for treatment"
    let cared_for = sent.is(t1, &["to"])
        && ((t1 + 1..c1.min(t1 + 8))
            .any(|i| sent.is(i, &["for"]) && sent.is(i + 1, &["treatment", "medical", "surgery"]))
            || (t1 + 1..t1 + 4).any(|i| {
                sent.is(
                    i,
                    &[
                        "hospital",
                        "hospitals",
                        "safety",
                        "clinic",
                        "morgue",
                        "mortuary",
                    ],
                )
            }));
    // "was taken from the special court to the city's old central jail": a
    // prisoner sentenced and moved, no one captured
    let jailed = sent.is(t1, &["from"])
        && (t1 + 1..c1.min(t1 + 5))
            .any(|i| sent.is(i, &["court", "courthouse", "courtroom", "tribunal"]));
    if form == TriggerForm::Continuation
        && ((!passive && !people_taken_from(sent, t0, t1))
            || sent.is(t1, &["place", "part"])
            || cared_for
            || jailed
            // ("taken about 20 people hostage": the hostage noun tells it)
            || (t1..c1.min(t1 + 10)).any(|i| sent.is(i, &["hostage", "hostages", "captive"])))
    {
        return None;
    }

    let mut actors: Vec<(usize, Role)> = Vec::new();
    let mut blamed: Vec<usize> = Vec::new();
    let mut places: Vec<usize> = Vec::new();
    let agentive = roles(kind).0;
    let mut anaphoric = false;
    let mut adds_parties = false;

    // "the capture of the drug lord": a takeover noun takes a place or a
    // building; people captured are arrested ("the capture of a Libyan al
    // Qaeda suspect by U.S. special forces")
    let mut captive_noun = false;
    if is_noun && kind == EventKind::Takeover && sent.is(t1, &["of"]) {
        // (past "the Ukrainian city of")
        let taken = (t1 + 1..(t1 + 7).min(c1))
            .take_while(|&i| {
                let w = sent.word(i);
                sent.mention_at(i).is_some()
                    || sent.is(i, &["the", "a", "an"])
                    || is_modifier_word(w)
                    || is_capitalized(w)
                    || (w == "of" && is_modifier_word(sent.word(i - 1)))
            })
            .find_map(|i| sent.mention_at(i));
        let person = |x: usize| matches!(&sent.m(x).what, What::Actor(a) if !a.generic && a.category == ActorCategory::Person);
        captive_noun = sent.is(t0, &["capture"]) && taken.is_some_and(person);
        if !captive_noun
            && !taken
                .is_some_and(|x| matches!(sent.m(x).what, What::Place(_)) || sent.is_facility(x))
        {
            return None;
        }
    }
    let kind = if captive_noun {
        EventKind::Arrest
    } else {
        kind
    };
    if is_noun {
        blamed = noun_arguments(sent, s, m, kind, &mut actors, &mut places);
        // "Fighters of the FSA overran the post after a battle with
        // government troops": the main clause's subject fought
        if kind == EventKind::Attack
            && sent.is(t0, &["battle"])
            && c0 > sent.first
            && sent.is(c0, &["after", "following"])
            && !actors.iter().any(|&(_, r)| r == Role::Initiator)
        {
            for a in clause_subject(sent, sent.clause_range(c0 - 1).0, c0) {
                if sent.is_actor(a) {
                    add_actor(&mut actors, a, Role::Initiator);
                }
            }
        }
        // "police said no arrests had been made": the police who tell of
        // arrests not made are the ones who made none
        if kind == EventKind::Arrest
            && negated
            && !actors.iter().any(|&(_, r)| r == Role::Initiator)
        {
            actors.extend(arresting_reporter(sent, t0).map(|a| (a, Role::Initiator)));
        }
        // "their vehicle came under fire from Azerbaijani troops": the
        // subject was attacked, by whoever it came from (not "the minister
        // came under fire from critics": criticism)
        let under = if sent.is(t0, &["under"]) { t0 + 1 } else { t0 };
        if kind == EventKind::Attack
            && under >= c0 + 2
            && sent.is(under - 1, &["under"])
            && sent.is(
                under - 2,
                &["came", "come", "comes", "coming", "was", "were"],
            )
        {
            let from = (t1..c1).find(|&i| sent.is(i, &["from"]));
            let agents: Vec<usize> = from
                .map(|f| after_preposition(sent, f, c1, &["from"]))
                .unwrap_or_default()
                .into_iter()
                .filter(|&a| sent.is_actor(a))
                .collect();
            let armed = |a: usize| {
                matches!(&sent.m(a).what, What::Actor(x) if x.category.is_armed())
                    || matches!(&sent.m(a).what, What::Place(p) if p.country_actor)
            };
            let subj = subject(sent, under - 2, c0);
            let person = |a: usize| {
                matches!(&sent.m(a).what, What::Actor(x) if matches!(
                    x.category,
                    ActorCategory::Person | ActorCategory::Government | ActorCategory::Party
                ))
            };
            if (agents.is_empty() && subj.iter().any(|&a| person(a)))
                || (!agents.is_empty() && !agents.iter().any(|&a| armed(a)))
            {
                return None;
            }
            actors.clear();
            for a in subj {
                add_actor(&mut actors, a, Role::Target);
            }
            for a in agents {
                add_actor(&mut actors, a, Role::Initiator);
            }
        }
        // "the PKK denied any involvement in the attack": the one denying is
        // the one the (negated) attack is attributed to
        if !kind.is_symmetric() {
            // (or says it had none: "said his group had played no part in the
            // drone attack", "was not involved in")
            let share = before(4).find(|&i| {
                sent.is(
                    i,
                    &[
                        "involvement",
                        "role",
                        "responsibility",
                        "part",
                        "hand",
                        "involved",
                    ],
                ) && sent.is(i + 1, &["in", "for"])
            });
            // ("Tehran has denied carrying out the attack")
            let deed = before(4).find(|&i| {
                i > c0
                    && sent.is(i, &["out"])
                    && sent.is(i - 1, &["carrying", "carried"])
                    && (i + 1..t0).all(|k| sent.mention_at(k).is_none())
            });
            let denial = share
                .and_then(|i| {
                    (i.saturating_sub(2).max(c0)..i).find(|&d| {
                        sent.is(d, &["denied", "denies", "deny", "denying", "rejected"])
                            || (d + 1 == i && sent.is(d, &["no", "not"]))
                    })
                })
                .or_else(|| {
                    deed.and_then(|i| i.checked_sub(2)).filter(|&d| {
                        d >= c0 && sent.is(d, &["denied", "denies", "deny", "denying"])
                    })
                });
            if let Some(d) = denial {
                let subj = subject(sent, d, c0);
                let subj = match subj[..] {
                    [a] if sent.is_generic(a) || matches!(sent.m(a).what, What::Parties) => {
                        verbs::reported_subject(sent, s, c0, subj)
                    }
                    // ("Hamas said on Monday that it had played no part"):
                    // the one who says so
                    [] => verbs::reporting_subject(sent, c0),
                    _ => subj,
                };
                for a in subj {
                    add_actor(&mut actors, a, agentive);
                }
            }
        }
        // "doctors walked off the job in protest at ...": a crowd subject
        // protested (a minister "resigned in protest": no protest); so did
        // "nurses walked out in the first national strike"
        let strike = sent.lower(t1 - 1).starts_with("strike");
        let after_in = (1..=if strike { 3 } else { 1 }).find(|&b| {
            t0 >= c0 + b
                && sent.is(t0 - b, &["in"])
                && (t0 - b + 1..t0).all(|i| {
                    // ("in the first national strike": an ordinal is a time word)
                    sent.mention_at(i)
                        .is_none_or(|x| matches!(sent.m(x).what, What::Date(_)))
                })
        });
        let initiated = actors.iter().any(|&(_, r)| r == Role::Initiator);
        if let Some(b) = after_in.filter(|_| kind == EventKind::Protest && !initiated) {
            for a in clause_subject(sent, c0, t0 - b) {
                if sent.m(a).what.is_actor_of(ActorCategory::Protesters)
                    || sent.m(a).what.is_actor_of(ActorCategory::Civilians)
                {
                    add_actor(&mut actors, a, Role::Initiator);
                }
            }
            if !strike && !actors.iter().any(|&(_, r)| r == Role::Initiator) {
                return None;
            }
        }
        if kind == EventKind::Meeting {
            // "while Kiir and Machar were meeting inside": a verb after all
            if sent.is(t0, &["meeting"]) && t0 > c0 && sent.has(t0 - 1, cue::BE) {
                for a in subject(sent, t0 - 1, c0) {
                    add_actor(&mut actors, a, Role::Participant);
                }
            }
            if let Some(v) = talks_verb(sent, t0, c0).or_else(|| gathered_for(sent, t0, c0)) {
                // ("Putin, who is hosting leaders of the BRICS group, held
                // talks": not the relative clause's last noun)
                let subj = match closed_relative(sent, v, c0) {
                    Some(m) => vec![m],
                    None => subject(sent, v, c0),
                };
                for a in subj {
                    add_actor(&mut actors, a, Role::Participant);
                }
            }
            gerund_meeting(sent, t0, t1, c1, &mut actors);
            if let Some(a) = subject_after_talks(sent, t0, t1) {
                add_actor(&mut actors, a, Role::Participant);
            }
            if actors.len() < 2 {
                for a in parties_at_meeting(sent, t0, c0) {
                    add_actor(&mut actors, a, Role::Participant);
                }
            }
        }
        if actors.is_empty() && places.is_empty() {
            let definite = (1..=3).any(|b| {
                t0 >= c0 + b
                    && sent.has(t0 - b, cue::DEFINITE)
                    && (t0 - b + 1..t0).all(|i| {
                        sent.mention_at(i).is_none()
                            || matches!(
                                sent.mention_at(i).map(|x| &sent.m(x).what),
                                Some(What::Date(_))
                            )
                    })
            }) || (c0..t0).any(|i| sent.has(i, cue::COMPARATIVE));
            anaphoric = definite && !dated_apart(sent, earlier, kind, c0, c1);
        } else if kind == EventKind::Meeting
            && actors.is_empty()
            && c0 == sent.first
            && t0 == c0 + 1
            && sent.is(c0, &["the"])
            && (earlier.iter().rev().take(LOOKBACK))
                .any(|f| f.kind == kind && !f.negated && f.sentence + 1 == s)
        {
            // "... met in Qatar on Tuesday. The meeting in Doha, hosted by
            // the emir, ...": the meeting just reported, told where
            anaphoric = true;
            adds_parties = true;
        } else if t0 >= c0 + 2
            && sent.is(t0 - 1, &["the"])
            && sent.is(t0 - 2, &["joined", "join", "joins", "joining"])
            && (earlier.iter().rev().take(LOOKBACK)).any(|f| f.kind == kind && !f.negated)
        {
            // "a teacher who joined the march with her pupils": one more in
            // the march told before
            anaphoric = true;
            adds_parties = true;
        } else if t0 >= c0 + 2
            && sent.is(t0 - 1, &["the"])
            && sent.is(t0 - 2, &["against", "over"])
            && actors.is_empty()
        {
            // "protested against the offensive in Qamishli": the offensive
            // reported, not one in Qamishli
            anaphoric = true;
            places.clear();
        } else if ((t0 == c0 + 1 && sent.is(c0, &["the"]))
            // ("The Iraqi military said the strikes killed three soldiers")
            || (t0 >= c0 + 2
                && sent.is(t0 - 1, &["the"])
                && (sent.has(t0 - 2, cue::REPORTING) || sent.is(t0 - 2, &["that"]))))
            && !actors.iter().any(|&(_, r)| r == agentive)
            && (t1..c1.min(t1 + 2)).any(|h| sent.has(h, cue::HARM_VERBS))
            && earlier.iter().any(|f| f.kind == kind && !f.negated)
        {
            // "The strike also killed Abu Mahdi al-Muhandis": more victims
            // of the attack just reported
            anaphoric = true;
            adds_parties = true;
        } else if t0 >= c0 + 2
            && sent.is(t0 - 1, &["the"])
            && (sent.is(
                t0 - 2,
                &[
                    "for",
                    "behind",
                    "blamed",
                    "conducted",
                    "staged",
                    "mounted",
                    "claimed",
                ],
            ) || (t0 >= c0 + 3
                && sent.is(t0 - 2, &["out"])
                && sent.is(t0 - 3, &["carried", "carry", "carrying"])))
            && actors.iter().any(|&(_, r)| r == agentive)
            // ("Tehran has denied carrying out the attack": a negated event
            // of its own, not more parties of the one told)
            && !mood.negated
            && (earlier.iter().rev().take(LOOKBACK)).any(|f| {
                f.kind == kind
                    && !f.negated
                    // ("Jaish-e-Mohammed claimed the bombing": an attack
                    // told just before, or a bombing, or a new one)
                    && (!sent.is(t0 - 2, &["claimed"])
                        || f.sentence + 1 >= s
                        || {
                            let last = sent.doc.seg.tokens[sent.doc.mentions[f.trigger].last - 1];
                            last.text(sent.doc.text).eq_ignore_ascii_case(sent.word(t1 - 1))
                        })
            })
        {
            // "The Taliban claimed responsibility for the attack", "the NTJ
            // was behind the attacks", "police blamed the raid on armed
            // gangs", "said its fighters had carried out the assault": who
            // did the attack just reported
            anaphoric = true;
            adds_parties = true;
        } else if ((c0..t0).any(|i| sent.has(i, cue::COMPARATIVE))
            && sent.is(c0, &["it", "this", "that"]))
            // "..., in the first major assault on Mali's capital in years": the
            // attack just reported, described
            || (before(3).any(|i| sent.has(i, cue::COMPARATIVE))
                && before(3).any(|i| sent.is(i, &["the"]))
                && earlier.iter().rev().take(LOOKBACK).any(|f| f.kind == kind)
                && !dated_apart(sent, earlier, kind, c0, c1))
        {
            anaphoric = true;
        }
    } else if passive {
        actors = verbs::passive_arguments(sent, s, &site, &mood);
    } else {
        (actors, places) = verbs::active_arguments(sent, s, &site, &mood)?;
    }

    // "detained those at the meeting, including protest leader Suthep
    // Thaugsuban and Jatuporn Prompan", "1,000 people were detained, among
    // them Navalny's wife": the ones named among those taken
    // (and those taken hostage: "taken about 20 people hostage, including
    // police officers and local officials")
    if (!is_noun || sent.has(t0, cue::HOSTAGE_NOUNS))
        && matches!(kind, EventKind::Arrest | EventKind::Kidnapping)
    {
        for a in named_among(sent, t1) {
            if sent.is_actor(a) && !actors.iter().any(|&(b, _)| b == a) {
                actors.push((a, Role::Target));
            }
        }
    }
    // "troops attacked protesting students": the participle's protesters
    // are the ones it describes, not the clause's subject
    if kind == EventKind::Protest
        && !is_noun
        && t1 == t0 + 1
        && t0 > c0
        && sent.mention_at(t0 - 1).is_none_or(|x| !sent.is_actor(x))
        && describes_next(sent, m, c1)
    {
        let described =
            (sent.mentions_before(t1)..sent.mentions_before(c1)).find(|&x| sent.is_actor(x));
        if let Some(x) = described {
            actors = vec![(x, Role::Initiator)];
        }
    }
    // "arrested Bassem Awadallah ... along with several other people": those
    // detained with the ones named (no other event told between; not
    // kidnappings, whose "along with" as often names what was taken too)
    if !is_noun && kind == EventKind::Arrest {
        let end = sent.last.min(t1 + ALONG_REACH);
        let along = (t1..end).find(|&i| sent.is(i, &["along"]) && sent.is(i + 1, &["with"]));
        if let Some(w) = along.filter(|&w| !sent.trigger_between(t1, w)) {
            for a in after_preposition(sent, w + 1, end, &["with"]) {
                if sent.is_party(a) && !actors.iter().any(|&(b, _)| b == a) {
                    actors.push((a, Role::Target));
                }
            }
        }
    }
    // "stormed the camp, firing live rounds at demonstrators": whom it fired on
    if kind == EventKind::Attack {
        let firing = (t1 + 1..c1).find(|&h| sent.is(h - 1, &[","]) && sent.is(h, &["firing"]));
        if let Some(h) = firing {
            for a in after_preposition(sent, h + 1, c1, &["at", "on"]) {
                if sent.is_actor(a) && !sent.has(sent.m(a).first, cue::PROJECTILES) {
                    add_actor(&mut actors, a, Role::Target);
                }
            }
        }
    }
    // "stormed the hotel, killing six civilians and three soldiers": the
    // ones killed were its targets
    if kind == EventKind::Attack {
        let participle = (t1 + 1..c1).find(|&h| {
            // (past an adverb: ", lightly wounding two people")
            let comma = if sent.lower(h - 1).ends_with("ly") {
                h - 2
            } else {
                h - 1
            };
            sent.is(comma, &[","]) && sent.is(h, &["killing", "wounding", "injuring"])
        });
        // not a participle of another verb coordinated in between ("attacked
        // X and abducted Y, killing ..."); "the occupied West Bank" is none
        let own = participle.filter(|&h| {
            (t1 + 1..h).all(|i| {
                sent.mention_at(i).is_none_or(|x| !sent.is_trigger(x))
                    || !sent.is(i - 1, &["and", ","])
            })
        });
        if let Some(h) = own {
            let mut killed = object(sent, h + 1, c1).0;
            // "..., killing four civilians, among them businessman Peshraw Dizayee"
            let named = killed.last().and_then(|&a| {
                let k = sent.m(a).last;
                (sent.is(k, &[","]) && sent.is(k + 1, &["including", "among"])).then_some(k + 1)
            });
            if let Some(k) = named {
                let from = if sent.is(k + 1, &["them"]) {
                    k + 2
                } else {
                    k + 1
                };
                killed.extend(object(sent, from, c1).0);
            }
            for a in killed.into_iter().filter(|&a| sent.is_actor(a)) {
                add_actor(&mut actors, a, Role::Target);
            }
        }
    }
    // "both sides", "the two leaders", "they": the parties of the last meeting
    if let Some(&(parties, _)) = actors
        .iter()
        .find(|&&(a, _)| matches!(sent.m(a).what, What::Parties))
    {
        actors.retain(|&(a, _)| !matches!(sent.m(a).what, What::Parties));
        // ("The last time leaders of the two countries sat down together was
        // in 1956": another time, another meeting)
        let another_time =
            (c0..t0).any(|i| sent.is(i, &["time"]) && sent.has(i - 1, cue::COMPARATIVE));
        if kind == EventKind::Meeting && !another_time {
            if let Some(last) = earlier
                .iter()
                .rev()
                .find(|f| f.kind == EventKind::Meeting && f.actors.len() >= 2)
            {
                for &(a, _) in &last.actors {
                    add_actor(&mut actors, a, Role::Participant);
                }
            } else if let Some(countries) = countries_referred(sent, s, parties) {
                for a in countries {
                    add_actor(&mut actors, a, Role::Participant);
                }
            } else {
                // "Putin embraced Modi ..., before the two leaders held
                // talks": the two persons named before in the sentence
                let named: Vec<usize> = (sent.mentions.start..parties)
                    .filter(|&a| sent.m(a).what.is_actor_of(ActorCategory::Person))
                    .collect();
                if let [.., one, other] = named[..] {
                    add_actor(&mut actors, one, Role::Participant);
                    add_actor(&mut actors, other, Role::Participant);
                } else if sent.m(parties).first == sent.first && sent.is(sent.first, &["they"]) {
                    // "Relatives of the missing said ... They met President
                    // Peña Nieto": the group the sentence before opened with
                    let group = antecedent(
                        sent,
                        s,
                        sent.first,
                        |m| matches!(&m.what, What::Actor(a) if a.generic && a.name.ends_with('s')),
                    );
                    if let Some(g) = group {
                        add_actor(&mut actors, g, Role::Participant);
                    }
                }
            }
        }
    }
    drop_generic_heads(sent, &mut actors);
    // a facility is what is hit or taken, never a party; no one holds or
    // arrests a building ("holding hostages at a gas plant")
    actors.retain(|&(a, r)| {
        !sent.is_facility(a)
            || (r == Role::Target && matches!(kind, EventKind::Attack | EventKind::Takeover))
    });
    if dispersal {
        actors = actors
            .into_iter()
            .filter(|&(a, r)| {
                r == Role::Target && sent.m(a).what.is_actor_of(ActorCategory::Protesters)
            })
            .map(|(a, _)| (a, Role::Initiator))
            .collect();
        if actors.is_empty() {
            return None;
        }
    }
    // protests are done, not done to: whom they oppose is no party to them
    // (one gold protest in ninety names a target)
    if kind == EventKind::Protest {
        actors.retain(|&(_, r)| r != Role::Target);
    }
    // a party's supporters gathering rally ("BNP supporters had gathered in
    // Naya Paltan"); so does anyone gathering "to demand" or "to protest"
    if kind == EventKind::Protest
        && sent.has(t0, cue::GATHERING)
        && !actors.iter().any(|&(a, r)| {
            r == Role::Initiator
                && (sent.m(a).what.is_actor_of(ActorCategory::Protesters)
                    || sent.m(a).what.is_actor_of(ActorCategory::Party))
        })
        && !(t1..c1).any(|k| {
            sent.is(k, &["to"])
                && sent.is(
                    k + 1,
                    &["demand", "protest", "denounce", "condemn", "demonstrate"],
                )
        })
        // "gathered in the main square, calling for the fall of Assad",
        // "gathering in central Bangkok with signs reading ..."
        && !(t1..sent.last).any(|k| {
            sent.is(
                k,
                &[
                    "demanding", "chanting", "denouncing", "condemning", "protesting", "defying",
                    "waving", "signs", "placards", "banners", "posters", "slogans",
                ],
            ) || (sent.is(k, &["calling"]) && sent.is(k + 1, &["for"]))
        })
        // "defied the ban, gathering in ...", "crowds chanting slogans filled
        // the streets", "angry crowds poured onto the streets"
        && !(c0..t0).any(|k| {
            sent.is(
                k,
                &["defied", "defying", "chanting", "waving", "angry", "furious", "enraged", "outraged"],
            )
        })
        // "unpaid teachers blocked the main road and burned tyres": people
        // (not police) who block roads or burn tyres protest
        && !(sent.is(t0, &["blocked", "blocking", "burned", "burnt"])
            && actors.iter().any(|&(a, r)| {
                r == Role::Initiator && sent.m(a).what.is_actor_of(ActorCategory::Civilians)
            })
            && (t1..c1.min(t1 + 4)).any(|k| {
                sent.is(
                    k,
                    &["road", "roads", "highway", "highways", "tyres", "tires", "railway", "bridge"],
                )
            }))
        // "poured into the streets in the largest demonstration": a protest
        // noun of the sentence says what the crowd did
        && !sent.mentions.clone().any(|x| {
            x != m
                && matches!(sent.m(x).what, What::Trigger(t)
                    if t.kind == Some(EventKind::Protest) && t.form == TriggerForm::Noun)
        })
    {
        return None;
    }
    // a crowd that celebrates or mourns does not protest, whatever it waves
    if kind == EventKind::Protest
        && sent.has(t0, cue::GATHERING)
        && (sent.first..sent.last).any(|k| {
            sent.is(
                k,
                &[
                    "celebrate",
                    "celebrating",
                    "celebration",
                    "celebrations",
                    "mourn",
                    "mourning",
                ],
            )
        })
    {
        return None;
    }
    // "met its target", "met little resistance", "met with criticism": met
    // no one
    if sent.is(t0, &["met", "meet", "meets"])
        && (sent.is(
            t1,
            &[
                "with", "its", "their", "his", "her", "the", "a", "an", "little", "no", "stiff",
                "fierce", "strong", "heavy", "all", "some", "most",
            ],
        ) || (t1..c1.min(t1 + 3)).any(|i| {
            sent.is(
                i,
                &[
                    "expectations",
                    "demands",
                    "target",
                    "targets",
                    "deadline",
                    "criteria",
                ],
            )
        }))
    {
        let someone = (t1..c1.min(t1 + 5)).any(|i| {
            sent.mention_at(i)
                .is_some_and(|x| sent.is_actor(x) || matches!(sent.m(x).what, What::Parties))
                || sent.is(i, &["him", "her", "them"])
        });
        // "met with condemnation from the UN Security Council": a reaction,
        // whoever voiced it
        let reaction =
            sent.is(t1, &["with"]) && (t1 + 1..c1.min(t1 + 4)).any(|i| sent.is(i, REACTIONS));
        if !someone || reaction {
            return None;
        }
    }
    // "the host of the Philistines": a verb of meeting after an article is
    // a noun
    if kind == EventKind::Meeting
        && !is_noun
        && sent.is(t0, &["host", "meet"])
        && t0 > c0
        && sent.is(t0 - 1, &["the", "a", "an"])
    {
        return None;
    }
    // "the talks were hosted by Qatar's prime minister": the host joins the
    // talks named just before
    // ("the meeting, which was also attended by the US ambassador": so does
    // whoever attends it)
    let attending = sent.is(t0, ATTENDING);
    let meeting_at = |i: usize| {
        sent.mention_at(i).is_some_and(
            |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Meeting)),
        )
    };
    let talks_hosted = kind == EventKind::Meeting && passive && {
        let k = verb_group_start(sent, t0, sent.first);
        // ("they were joined by X": the parties of the meeting just reported)
        let parties_before = k > sent.first
            && sent
                .mention_at(k - 1)
                .is_some_and(|x| matches!(sent.m(x).what, What::Parties));
        (sent.is(t0, &["hosted"]) || attending)
            && k > sent.first
            && (meeting_at(k - 1)
                // ("The meeting in Doha, hosted by")
                || (sent.is(k - 1, &[","])
                    && (k.saturating_sub(6).max(sent.first)..k - 1).any(meeting_at))
                || (attending && parties_before)
                // ("met for the ceremony on Tuesday, which was hosted by")
                || (k >= 3
                    && sent.is(k - 1, &["which", "that"])
                    && (meeting_at(k - 2)
                        || (sent.is(k - 2, &[","])
                            && (k.saturating_sub(14).max(sent.first)..k - 2).any(meeting_at)))))
    };
    // "attended the meeting": whoever attends one is a party to it;
    // "attended a funeral" is no meeting
    let attends_meeting = !passive && sent.is(t1, &["the"]) && meeting_at(t1 + 1);
    if attending && !talks_hosted && !attends_meeting {
        return None;
    }
    // "until their demands were met": what is met passively is no party;
    // "a prayer meeting" is worship
    if kind == EventKind::Meeting
        && ((passive && !talks_hosted && subject(sent, t0, c0).is_empty())
            || (is_noun
                && is_any(
                    prev,
                    &["prayer", "prayers", "campaign", "election", "shareholders"],
                )))
    {
        return None;
    }
    // "the Taliban entered the presidential palace", "HTS swept into
    // Damascus": armed forces that enter a place take it; anyone else only
    // goes in
    if sent.is(t0, &["entered", "swept", "sweep"])
        && !actors.iter().any(|&(a, r)| {
            r == Role::Initiator
                && matches!(&sent.m(a).what, What::Actor(x)
                    if matches!(x.category, ActorCategory::Military | ActorCategory::ArmedGroup | ActorCategory::Militia))
        })
    {
        return None;
    }
    // "hosts about a million refugees": whom a country hosts in numbers it
    // shelters; "the town, which hosts a major metering station": a
    // building is where it is
    let hosting = sent.is(t0, &["hosts", "hosted", "host", "hosting"]);
    if hosting {
        let hosted = object(sent, t1, c1).0;
        if !hosted.is_empty()
            && hosted.iter().all(|&a| {
                sent.m(a).what.is_actor_of(ActorCategory::Civilians)
                    || sent.m(a).what.is_actor_of(ActorCategory::Military)
                    || sent.is_facility(a)
            })
        {
            return None;
        }
    }
    if sent.has(t0, cue::RECEIVING) {
        // a named party, or the holder of an office ("received the US consul general")
        let named = |a: usize| {
            (!sent.is_generic(a) || sent.m(a).what.is_actor_of(ActorCategory::Person))
                && !matches!(sent.m(a).what, What::Parties)
        };
        // ("was received by President Aoun": the one received is the subject)
        let received = if passive {
            subject(sent, t0, c0).into_iter().any(named)
        } else {
            // (right after the verb: not "welcomed the release of the
            // seafarers", "received no demands, a party official told AFP")
            let right_after = |a: usize| {
                (t1..sent.m(a).first).all(|k| {
                    sent.is(
                        k,
                        &["the", "a", "an", "his", "her", "their", "its", "visiting"],
                    ) || sent.word(k).starts_with(char::is_uppercase)
                })
            };
            object(sent, t1, c1)
                .0
                .into_iter()
                .any(|a| named(a) && right_after(a))
        };
        if !received {
            return None;
        }
        actors.retain(|&(a, _)| named(a));
    }

    if kind == EventKind::Meeting {
        // "leaders and senior officials from Egypt, Jordan and Qatar
        // gathered": the countries they came for take part
        let generic_parties: Vec<usize> = actors
            .iter()
            .filter(|&&(a, _)| sent.is_generic(a))
            .map(|&(a, _)| a)
            .collect();
        for a in generic_parties {
            let from = sent.m(a).last;
            if !sent.is(from, &["from"]) {
                continue;
            }
            let mut edge = from + 1;
            for x in sent.mentions_before(edge)..sent.mentions_before(c1) {
                let mx = sent.m(x);
                // (past an article: "Kuwait, the United Arab Emirates")
                let joined = mx.first == edge
                    || (mx.first == edge + 1 && sent.is(edge, &[",", "and"]))
                    || (mx.first == edge + 2
                        && sent.is(edge, &[",", "and"])
                        && sent.is(edge + 1, &["the"]));
                match &mx.what {
                    What::Place(p) if joined && p.country_actor => {
                        add_actor(&mut actors, x, Role::Participant);
                        edge = mx.last;
                    }
                    _ => break,
                }
            }
        }
    }

    // the place of the event: in its clause, else in a clause of the sentence without a trigger
    // ("in fury over the fatal shooting of a boy": not where the fury was,
    // only where its own words say)
    let cause = is_noun && named_as_cause(sent, t0, c0);
    if !anaphoric && !cause {
        places::place_of_event(sent, &site, is_noun, &actors, &mut places);
    }
    places.sort_unstable();
    places.dedup();
    actors.dedup();

    let kind = captures::kind_of_capture(sent, &site, kind, &actors, &places, captive_noun);
    captures::capture_places(sent, &site, kind, &mut places);

    // killing is an attack when an armed actor kills someone
    let trigger_text =
        &sent.doc.text[sent.doc.seg.tokens[t0].start..sent.doc.seg.tokens[t1 - 1].end];
    if is_any(trigger_text, KILLING) {
        // "a bomb hidden in an electric scooter killed ...": a bomb is armed
        // violence whoever planted it (not every word of EXPLOSIVES: a mine
        // collapse or a shell company kills no one by arms)
        let by_bomb = !passive
            && (c0..t0).any(|i| {
                sent.is(
                    i,
                    &[
                        "bomb",
                        "bombs",
                        "explosives",
                        "ied",
                        "ieds",
                        "landmine",
                        "landmines",
                        "grenade",
                        "grenades",
                        "device",
                    ],
                )
            });
        // ("was hit by gunfire", "were killed by a roadside bomb": a weapon
        // as the agent)
        let by_weapon = passive && sent.is(t1, &["by"]) && {
            let w = if sent.is(t1 + 1, &["a", "an"]) {
                t1 + 2
            } else {
                t1 + 1
            };
            (w..(w + 2).min(c1)).any(|i| {
                sent.is(
                    i,
                    &[
                        "gunfire", "bullets", "shots", "bomb", "bombs", "missile", "rocket",
                        "drone", "shell", "mortar", "grenade", "sniper",
                    ],
                )
            })
        };
        let armed_initiator = by_bomb
            || by_weapon
            || actors.iter().any(|&(a, r)| {
                r == Role::Initiator
                    && match &sent.m(a).what {
                        What::Actor(x) => x.category.is_armed(),
                        What::Place(_) => true,
                        _ => false,
                    }
            });
        // "shot him in the head": whoever "him" is, someone was shot by armed
        // men, or in the body (not "shot her in black and white")
        let wound = || {
            sent.is(t1 + 1, &["dead", "twice", "repeatedly"])
                || (sent.is(t1 + 1, &["in"])
                    && sent.is(t1 + 2, &["the", "his", "her"])
                    && sent.is(
                        t1 + 3,
                        &[
                            "head", "chest", "leg", "legs", "back", "neck", "face", "stomach",
                            "arm",
                        ],
                    ))
        };
        let pronoun_shot = !passive
            && sent.is(t1, &["him", "her"])
            && !actors.iter().any(|&(_, r)| r == Role::Target)
            && (armed_initiator || wound());
        // "Camara went into exile after Diakité shot him in the head": "him"
        // is the person named before, not the one who shot
        if pronoun_shot {
            let shooter = |x: usize| actors.iter().any(|&(a, _)| a == x);
            let person = |x: usize| sent.m(x).what.is_actor_of(ActorCategory::Person);
            let victim = (sent.mentions.start..sent.mentions_before(t0))
                .rev()
                .take(LOOKBACK)
                .find(|&x| person(x) && !shooter(x))
                .or_else(|| person_antecedent(sent, s, sent.first).filter(|&x| !shooter(x)));
            actors.extend(victim.map(|v| (v, Role::Target)));
        }
        // "four protesters were shot dead", "a follower of the movement shot
        // a police officer": whoever shot them, it was violence
        let target = actors.iter().any(|&(_, r)| r == Role::Target) || pronoun_shot;
        let shot =
            (passive || target) && is_any(trigger_text, &["shot dead", "gunned down", "shot"]);
        // "a mayoral candidate was killed in Puerto López": a person killed,
        // by no mishap the sentence tells, was attacked (when "killed in an
        // Israeli air strike", the strike tells it)
        let person_killed = passive
            && sent.is(t0, &["killed"])
            && !(sent.mentions_before(t1)..sent.mentions_before(c1)).any(
                |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Attack)),
            )
            && actors.iter().any(|&(a, r)| {
                r == Role::Target && sent.m(a).what.is_actor_of(ActorCategory::Person)
            })
            && !(sent.first..sent.last).any(|i| sent.is(i, MISHAPS));
        // "the singer was shot dead by gunmen": whoever was killed, armed men
        // killed someone
        let killed_by_armed = armed_initiator
            && (passive
                // "a gunman shot dead a policewoman": someone no list knows
                || sent.is(t1, &["a", "an", "two", "three", "four", "five", "several"])
                || sent.word(t1).starts_with(|c: char| c.is_ascii_digit()));
        if is_noun || !(armed_initiator || shot || person_killed) || !(target || killed_by_armed) {
            return None;
        }
    }
    // "police arrested a man in a raid on an apartment", "500 officers
    // raided its newsroom": a police raid that harms no one is a search,
    // whom it takes an arrest
    // (with no one named raiding, a raid beside an arrest is its search:
    // "agents arrested Marrero in a pre-dawn raid on his home")
    // (and troops who raid and take people: "soldiers raided monasteries
    // and hauled away hundreds of monks")
    let raid = matches!(sent.lower(t0), "raid" | "raids" | "raided");
    let raiders = actors.iter().filter(|&&(_, r)| r == Role::Initiator);
    // ("police captured Salah Abdeslam ... in a raid": the police's capture too)
    let police = || {
        sent.mentions
            .clone()
            .any(|x| sent.m(x).what.is_actor_of(ActorCategory::Police))
    };
    let arrest_beside = || {
        sent.mentions.clone().any(|x| match &sent.m(x).what {
            What::Trigger(t) => {
                t.kind == Some(EventKind::Arrest)
                    || (t.kind == Some(EventKind::Takeover)
                        && sent.is(sent.m(x).first, &["captured", "seized"])
                        && police())
            }
            _ => false,
        })
    };
    // (a raid fought back was a clash: "his supporters repelled a first raid
    // by special forces")
    let resisted = (t0.saturating_sub(3).max(c0)..t0).any(|i| {
        sent.is(
            i,
            &["repelled", "repulsed", "resisted", "thwarted", "foiled"],
        )
    });
    if raid
        && !resisted
        && !harms(sent, t1, c1)
        && if raiders.clone().next().is_none() {
            arrest_beside()
        } else {
            raiders
                .clone()
                .all(|&(a, _)| sent.m(a).what.is_actor_of(ActorCategory::Police))
                || (raiders
                    .clone()
                    .all(|&(a, _)| sent.m(a).what.is_actor_of(ActorCategory::Military))
                    && arrest_beside())
        }
    {
        return None;
    }
    // "the kidnappers broke into Bethel Baptist High School": the break-in
    // of kidnappers who harm no one is the kidnapping told
    if kind == EventKind::Attack
        && !is_noun
        && sent.is(
            t0,
            &[
                "broke", "stormed", "burst", "bursting", "barged", "raided", "invaded",
            ],
        )
        && !harms(sent, t1, c1)
        && actors.iter().any(|&(_, r)| r == Role::Initiator)
        && actors.iter().all(|&(a, r)| {
            r != Role::Initiator || {
                let mm = sent.m(a);
                sent.is(mm.last - 1, &["kidnappers", "abductors", "hostage-takers"])
            }
        })
    {
        return None;
    }
    // "the army and the RSF fought across the capital" (not "fought
    // corruption", "fought for their rights"): armed men fighting, and
    // fighting that "broke out" or was "heavy"
    // (not a war as a whole: "where Kenyan troops have fought the group
    // since 2011"; nor "fought alongside federal troops")
    let fighting_word = is_any(trigger_text, &["fought", "battled", "fighting", "battle"]);
    if fighting_word {
        let after = if sent.has(t1, cue::ADVERBS) {
            t1 + 1
        } else {
            t1
        };
        let war = before(3).any(|i| sent.is(i, &["has", "have"]))
            && (t1..sent.last.min(t1 + 8)).any(|i| sent.is(i, &["since"]));
        let battle = if is_noun {
            sent.is(after, &["broke", "erupted", "raged", "between"])
                || (t0 > c0 && sent.is(t0 - 1, &["heavy", "fierce", "intense", "street"]))
                // "overran Konna after hours of fighting with the Malian army"
                || (t0 > c0 + 1
                    && sent.is(t0 - 1, &["of"])
                    && sent.is(t0 - 2, &["hours", "days", "weeks"]))
                // "overran the post after a battle with government troops":
                // one, with armed men (not "none of the fighting with
                // Islamic State": a war)
                || (sent.is(t0, &["battle"])
                    && t0 > c0
                    && sent.is(t0 - 1, &["a"])
                    && sent.is(t1, &["with"])
                    && sent.mention_at(t1 + 1).is_some_and(|x| {
                        matches!(&sent.m(x).what, What::Actor(a) if a.category.is_armed())
                    }))
        } else {
            armed_initiator(sent, &actors) && !war && !sent.is(t1, &["alongside", "for", "against"])
        };
        if !battle {
            return None;
        }
    }
    if is_any(trigger_text, INTRUSION)
        && !actors.iter().any(|&(a, r)| {
            r == Role::Initiator
                && matches!(&sent.m(a).what, What::Actor(x)
                    if x.category.is_armed() || x.category == ActorCategory::Protesters)
        })
    {
        return None;
    }

    // "husbands they said had been taken away": a "taken" that names no one
    // is too vague to guess a capture from (a town taken names itself)
    if form == TriggerForm::Continuation && kind != EventKind::Takeover && actors.is_empty() {
        return None;
    }
    // arguments the kind needs
    match kind {
        EventKind::Takeover => {
            // (not the owner of what was taken: "oil fields run by the state
            // company")
            let owner = |i: usize| {
                (i.saturating_sub(5).max(c0)..i).any(|k| {
                    sent.is(k, &["run", "owned", "operated", "managed"]) && sent.is(k + 1, &["by"])
                })
            };
            let corporate = (c0..c1).any(|i| sent.has(i, cue::CORPORATE) && !owner(i));
            // a verb needs a place or a facility taken ("seized the power
            // plant", "took over three oil fields")
            let facility_in = |from: usize, to: usize| {
                (from..to).any(|i| {
                    sent.mention_at(i).is_none_or(|m| sent.is_facility(m))
                        && (sent.has(i, cue::FACILITIES)
                            || (i > sent.first
                                && sent.is(i, &["field", "fields"])
                                && sent.is(i - 1, &["oil", "gas"])))
                })
            };
            // "... inside the building before security forces regained control":
            // with nothing after the verb, what was taken is named before it
            let nothing_after = t1 >= c1 || sent.is(t1, &[".", ",", ";"]);
            // (a passive's is its subject: "the team was seized near the
            // town of Saraqib" took no town)
            let mut facility = if passive {
                facility_in(c0, t0)
            } else {
                facility_in(t1, c1.min(t1 + 8)) || (nothing_after && facility_in(sent.first, t0))
            };
            // "troops regained control of it": the place or building named last
            // (a town, not the country it lies in: "Bambari, a city in the
            // centre of the country")
            if places.is_empty() && !facility && !is_noun && sent.is(t1, &["it"]) {
                let taken = named_last(sent, s, t0, |m| {
                    matches!(&m.what, What::Place(p) if p.kind != PlaceKind::Country)
                        || m.what.is_actor_of(ActorCategory::Facility)
                });
                match taken {
                    Some(m) if matches!(sent.m(m).what, What::Place(_)) => places.push(m),
                    Some(m) => {
                        actors.push((m, Role::Target));
                        facility = true;
                    }
                    None => {}
                }
            }
            if corporate || (places.is_empty() && !anaphoric && !is_noun && !facility) {
                return None;
            }
            // "Drugs and cash were seized on Monday in Lagos": a thing seized
            // where a place is named, no place taken
            let k = verb_group_start(sent, t0, c0);
            if passive
                && !is_noun
                && k > c0
                && sent.mention_at(k - 1).is_none()
                && sent.word(k - 1).starts_with(char::is_alphabetic)
                && !facility
                && !actors.iter().any(|&(_, r)| r == Role::Target)
            {
                return None;
            }
        }
        // an arrest needs someone arrested ("arrest the decline" is none); an
        // arrest or kidnapping by armed men stands even when the captive is not
        // a known actor ("troops arrested three suspected suppliers")
        EventKind::Arrest | EventKind::Kidnapping
            if !is_noun
                && !passive
                && !actors.iter().any(|&(_, r)| r == Role::Target)
                && !armed_initiator(sent, &actors) =>
        {
            return None;
        }
        _ => {}
    }
    // "Zaranj fell to the Taliban" (or "into the hands of"): whom a place
    // falls to took it; "López handed himself over to National Guard
    // troops", "turned himself in": who surrenders is taken
    let surrender = kind == EventKind::Arrest
        && (t0..t1).any(|i| sent.is(i, &["himself", "herself", "themselves", "surrendered"]));
    let falls_to = sent.is(t1 - 1, &["to"])
        || (t1 >= 2 && sent.is(t1 - 2, &["hands"]) && sent.is(t1 - 1, &["of"]));
    if (kind == EventKind::Takeover && falls_to) || surrender {
        for (_, r) in &mut actors {
            *r = match *r {
                Role::Target => Role::Initiator,
                Role::Initiator => Role::Target,
                other => other,
            };
        }
    }
    // "Military delegations from Russia and Ukraine met ...": the ones
    // they come from are the parties, not the delegations (but "supporters
    // of the governor" are not the governor)
    let stand_for: Vec<usize> = actors
        .iter()
        .filter(|&&(a, r)| {
            let last = sent.m(a).last;
            sent.is_generic(a)
                && sent.is(last, &["from"])
                && sent
                    .mention_at(last + 1)
                    .is_some_and(|x| actors.iter().any(|&(b, q)| b == x && q == r))
        })
        .map(|&(a, _)| a)
        .collect();
    actors.retain(|(a, _)| !stand_for.contains(a));
    // "Pashinyan met Michel, Macron and Scholz without Aliyev"
    actors.retain(|&(a, _)| !(sent.m(a).first > 0 && sent.is(sent.m(a).first - 1, &["without"])));
    // ("six rockets launched from a vehicle": rockets no one is said to
    // own fire themselves, no side)
    actors.retain(|&(a, r)| {
        !(r == Role::Initiator
            && sent.has(sent.m(a).first, cue::PROJECTILES)
            && matches!(&sent.m(a).what, What::Actor(x) if x.generic && x.country.is_none()))
    });
    // "Hamas said its negotiating team survived the attack": who survives
    // an attack was its target
    if kind == EventKind::Attack
        && is_noun
        && (t0.saturating_sub(3).max(c0)..t0).any(|i| {
            sent.is(
                i,
                &["survived", "survive", "survives", "surviving", "escaped"],
            ) && (i + 1..t0).all(|k| sent.mention_at(k).is_none())
        })
    {
        for (_, r) in &mut actors {
            if *r == Role::Initiator {
                *r = Role::Target;
            }
        }
    }
    // "Kadhimi escaped unhurt when an explosives-laden drone struck his
    // residence": who escaped was the one struck at
    if kind == EventKind::Attack && c0 > sent.first && sent.is(c0, &["when", "as"]) {
        let (m0, _) = sent.clause_range(c0 - 1);
        let escaped = (m0..c0).find(|&i| {
            sent.is(i, &["escaped", "survived"])
                || (sent.is(i, &["unhurt", "unharmed"]) && i > m0 && sent.has(i - 1, cue::BE))
        });
        if let Some(v) = escaped {
            for a in subject(sent, v, m0) {
                if sent.m(a).what.is_actor_of(ActorCategory::Person) {
                    add_actor(&mut actors, a, Role::Target);
                }
            }
        }
    }
    // "stormed a police station, killing seven people before they were shot
    // dead by security forces": the attackers' end is the attack's
    if kind == EventKind::Attack
        && passive
        && sent.is(c0, &["before"])
        && (sent.is(c0 + 1, &["being"])
            || (sent.is(c0 + 1, &["they", "he", "she"]) && sent.has(c0 + 2, cue::BE)))
        && (sent.mentions.start..sent.mentions_before(c0)).any(
            |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Attack)),
        )
    {
        return None;
    }
    // "had been arrested at the scene": where the attack just told was
    let at_scene = (t1..c1).any(|i| {
        sent.is(i, &["scene"]) && sent.is(i - 1, &["the"]) && sent.is(i - 2, &["at", "near"])
    });
    if places.is_empty() && at_scene && kind != EventKind::Attack {
        let attack = (earlier.iter().rev().take(LOOKBACK))
            .find(|f| f.kind == EventKind::Attack && !f.places.is_empty() && !f.negated);
        places.extend(attack.iter().flat_map(|f| f.places.iter().copied()));
    }
    // "a visit to Kiev by Joe Biden, who met Turchynov": a meeting on a
    // visit told before it is where the visit went
    if places.is_empty() && kind == EventKind::Meeting {
        places.extend(places::visited(sent, t0));
    }
    // "... was arrested on Sunday." with no place of its own: where the story
    // was last, as a date with none is when it was last
    // (only for an event with a party: a place alone makes no event; "Xi
    // and Putin had held talks there a day earlier": "there" says so for
    // any event)
    let there = (t1..c1.min(t1 + 6)).any(|i| sent.is(i, &["there"]));
    let narrative = !anaphoric && !cause && kind != EventKind::Meeting && !actors.is_empty();
    if places.is_empty() && (narrative || there) {
        let used: Vec<usize> = actors.iter().map(|a| a.0).collect();
        places.extend(
            narrative_place(sent, s, t0, &used)
                .filter(|&p| there || !of_another_year(sent, p, c0, c1)),
        );
    }
    // "Turkey struck the area": an area that points back to the country
    // acting is not where it struck
    let acting: Vec<&str> = actors
        .iter()
        .filter(|&&(_, r)| r == Role::Initiator)
        .filter_map(|&(a, _)| match &sent.m(a).what {
            What::Place(p) => Some(&*p.name),
            _ => None,
        })
        .collect();
    if !acting.is_empty() {
        places.retain(|&p| {
            !(sent.is(sent.m(p).first, &["the"])
                && matches!(&sent.m(p).what, What::Place(q) if acting.contains(&&*q.name)))
        });
    }
    // "Saudi Crown Prince Mohammed bin Salman hosted the talks": the host
    // joins talks already reported
    // (talks no earlier sentence reported are reported here: "The talks
    // were hosted by Qatar's prime minister in Doha on Friday")
    let reported = || {
        (earlier.iter().rev().take(LOOKBACK))
            .any(|f| f.kind == EventKind::Meeting && f.sentence < s)
    };
    let hosted_reported = (talks_hosted
        || kind == EventKind::Meeting
            && !is_noun
            && (hosting || attending)
            && sent.is(t1, &["the"])
            && sent.mention_at(t1 + 1).is_some_and(
                |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Meeting)),
            ))
        && reported();
    // "soldiers set up roadblocks": forces that block roads hold them, they
    // do not protest
    if kind == EventKind::Protest
        && sent.is(t0, &["set", "erected"])
        && actors.iter().any(|&(a, r)| {
            r == Role::Initiator
                && matches!(&sent.m(a).what, What::Actor(x) if x.category.is_armed())
        })
    {
        return None;
    }
    // "seized the presidential palace ... in Aden": a building taken is a
    // part of the place taken, not the side that lost it (but "government
    // positions" are the side's men, and "the police headquarters" names
    // the side)
    if kind == EventKind::Takeover && !places.is_empty() {
        let building = |a: usize| {
            let last = sent.m(a).last;
            sent.is_facility(a)
                && sent.has(last - 1, cue::FACILITIES)
                && !sent.is(last - 1, &["positions", "posts", "outposts"])
        };
        actors.retain(|&(a, r)| {
            r != Role::Target
                || !building(a)
                || (sent.m(a).first..sent.m(a).last).any(|i| sent.is(i, FACILITY_OWNERS))
        });
    }
    // "Israel named the captured men as reservists X and Y": a participle
    // that describes people is the capture told before, not one by whoever
    // speaks of them
    let adjectival = !is_noun
        && t1 == t0 + 1
        && t0 > sent.first
        && sent.is(
            t0 - 1,
            &["the", "two", "three", "four", "five", "his", "her", "their"],
        )
        && sent.lower(t0).ends_with("ed")
        && sent
            .mention_at(t1)
            .is_some_and(|x| sent.is_actor(x) && sent.is_generic(x))
        && earlier.iter().any(|f| f.kind == kind && !f.negated);
    if adjectival {
        actors.retain(|&(_, r)| r != agentive);
        anaphoric = true;
        adds_parties = true;
    }
    // "Six police officers died during those protests": the protests
    // told before
    if is_noun
        && t0 > c0
        && sent.is(t0 - 1, &["those", "these"])
        && earlier.iter().rev().take(LOOKBACK).any(|f| f.kind == kind)
    {
        anaphoric = true;
    }
    // "days after the meeting with Penn, marines launched an operation":
    // the meeting told before, as a point in time, and not the marines'
    if is_noun
        && t0 >= sent.first + 2
        && sent.is(t0 - 1, &["the"])
        && sent.is(t0 - 2, &["after", "before", "since"])
        && (earlier.iter().rev().take(LOOKBACK)).any(|f| f.kind == kind && f.sentence < s)
    {
        actors.retain(|&(a, _)| sent.m(a).first > t0);
        anaphoric = true;
    }
    // "Zida remains under house arrest": the arrest told before, still on
    if kind == EventKind::Arrest && is_noun && {
        let mut k = t0;
        if k > c0 && sent.is(k - 1, &["house"]) {
            k -= 1;
        }
        k >= c0 + 2
            && sent.is(k - 1, &["under"])
            && sent.is(
                k - 2,
                &["remains", "remained", "remain", "still", "stays", "stayed"],
            )
    } {
        anaphoric = true;
        adds_parties = true;
    }
    // "Finance Minister Ignatius Chombo had also been detained by
    // soldiers": one more taken in the arrest told before, by the same
    // hands or none named
    let actor_name = |a: usize| match &sent.doc.mentions[a].what {
        What::Actor(x) => Some(&*x.name),
        _ => None,
    };
    let same_hands = |f: &Frame| {
        actors
            .iter()
            .filter(|&&(_, r)| r == agentive)
            .all(|&(a, _)| {
                f.actors.iter().any(|&(b, r)| {
                    r == agentive && actor_name(b).is_some() && actor_name(b) == actor_name(a)
                })
            })
    };
    if matches!(kind, EventKind::Arrest | EventKind::Kidnapping)
        && !is_noun
        && passive
        && (t0.saturating_sub(3).max(c0)..t0).any(|i| sent.is(i, &["also"]))
        && (earlier.iter().rev().take(LOOKBACK))
            .find(|f| f.kind == kind && !f.negated)
            .is_some_and(same_hands)
    {
        anaphoric = true;
        adds_parties = true;
    }
    // "pressed on with a crackdown on protests": the protests cracked down
    // on are told elsewhere, and not by those cracking down
    if kind == EventKind::Protest
        && is_noun
        && t0 >= c0 + 2
        && sent.is(t0 - 1, &["on", "against"])
        && sent.is(t0 - 2, &["crackdown", "crackdowns", "clampdown"])
    {
        actors.clear();
        anaphoric = true;
    }
    // "arrested two journalists wanted over protests against the
    // government": what people are held over is told elsewhere
    let over = if t0 >= c0 + 2 && sent.is(t0 - 1, &["the"]) {
        t0 - 2
    } else {
        t0.saturating_sub(1)
    };
    if is_noun
        && over > c0
        && sent.is(over, &["over"])
        && sent.is(
            over - 1,
            &[
                "wanted",
                "arrested",
                "detained",
                "charged",
                "jailed",
                "sentenced",
                "held",
                "questioned",
                "convicted",
                "indicted",
                "prosecuted",
            ],
        )
    {
        actors.clear();
        anaphoric = true;
    }
    // a denied blame makes the event told again the blamed one's, negated;
    // told first, it is the event, by no one named
    let negated = negated || (anaphoric && !blamed.is_empty());
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

/// Whether place mention `p`, told in an earlier sentence, belongs to
/// another year than the one the clause `c0..c1` names: "... a campaign
/// rally in Hong Kong on Sunday. ... De Lima was arrested in February
/// 2017" was not arrested in Hong Kong.
fn of_another_year(sent: &Sent<'_>, p: usize, c0: usize, c1: usize) -> bool {
    let doc = sent.doc;
    let year_of = |m: &Mention| match m.what {
        What::Date(d) => doc.dates[d]
            .value
            .map(|v| chrono::Datelike::year(&v.first_day())),
        _ => None,
    };
    let first = doc.mentions[p].first;
    if first >= sent.first {
        return false;
    }
    // (a year the clause writes out: "in February 2017", not "on Sunday")
    let own = (sent.mentions_before(c0)..sent.mentions_before(c1)).find_map(|m| {
        let mm = sent.m(m);
        let written = matches!(mm.what, What::Date(d)
            if doc.dates[d].text.chars().filter(char::is_ascii_digit).count() == 4);
        (mm.last <= c1 && written).then(|| year_of(mm)).flatten()
    });
    let Some(own) = own else {
        return false;
    };
    // (the dates of the place's sentence, a bounded look)
    let sentences = &doc.seg.sentences;
    let there = &sentences[sentences.partition_point(|x| x.tokens.end <= first)].tokens;
    let from = doc.mentions.partition_point(|m| m.first < there.start);
    doc.mentions[from..]
        .iter()
        .take_while(|m| m.first < there.end)
        .take(LOOKBACK)
        .filter_map(year_of)
        .any(|y| y != own)
}

/// The place last named before token `at`, in its sentence or the two
/// before: not a dateline (in capitals), not an origin or a destination
/// ("from Athens", "to Vilnius"), not one the frame already has as an actor.
fn narrative_place(sent: &Sent<'_>, s: usize, at: usize, used: &[usize]) -> Option<usize> {
    let from = sent.doc.seg.sentences[s.saturating_sub(2)].tokens.start;
    let ms = sent.doc.mentions;
    let tokens = &sent.doc.seg.tokens;
    let word = |k: usize| tokens[k].text(sent.doc.text);
    (0..sent.mentions_before(at))
        .rev()
        .take(LOOKBACK)
        .take_while(|&m| ms[m].first >= from)
        .find(|&m| {
            let first = ms[m].first;
            matches!(ms[m].what, What::Place(_))
                && !used.contains(&m)
                // (the whole list after "from": "women from Egypt, Somalia
                // and Senegal", "had crossed from Brownsville, Texas")
                // (nor whose people they are: "held the ambassadors of
                // Venezuela, Cuba and Nicaragua")
                && !{
                    let head = ms[list_head_in(sent.doc, m, 0)].first;
                    // (not "residents of Sweida", who are there)
                    let owned = |x: &Mention| {
                        x.last + 1 == head && x.what.is_actor_of(ActorCategory::Government)
                    };
                    // (past a modifier: "crossed from neighbouring Nigeria")
                    let mut head = head;
                    while head > from
                        && (is_any(word(head - 1), &["neighbouring", "neighboring", "nearby", "the"])
                            || word(head - 1).ends_with("ern"))
                    {
                        head -= 1;
                    }
                    head > 0
                        && (is_any(word(head - 1), &["from", "to"])
                            || (word(head - 1) == "of"
                                && (ms[..m].iter().rev().take(8).any(owned)
                                    || (head > 1 && is_any(word(head - 2), NATIONALS)))))
                }
                // ("Russia said its peacekeepers were killed": a government speaking)
                // (not "Police in Punjab province said")
                // (nor one naming a thing: "what Kiev calls an anti-terrorist
                // operation")
                && !(is_any(
                    word(ms[m].last),
                    &["said", "says", "announced", "reported", "calls", "called"],
                )
                    && !(first > 0 && is_any(word(first - 1), BLOCKING_PREPOSITIONS)))
                // "waving the flag of Zaire": a country's emblem is no place
                && !(first > 1
                    && word(first - 1) == "of"
                    && is_any(word(first - 2), &["flag", "flags", "anthem"]))
                // "in the city of Karaj, west of Tehran": a point of
                // reference, not where the story is
                // (but "in the east of the capital" is in it)
                // (past "the capital": "north-west of the capital Bamako")
                && !{
                    let capital = first > 1 && word(first - 1) == "capital" && word(first - 2) == "the";
                    let first = if capital { first - 2 } else { first };
                    first > 2
                        && word(first - 1) == "of"
                        && is_any(word(first - 2), places::DIRECTIONS)
                        && !word(first - 3).eq_ignore_ascii_case("the")
                }
                // "Correa, who lives in Belgium, denied the charge": where
                // someone lives or is based, not where the story is
                && !(first > 1
                    && is_any(word(first - 1), &["in", "from"])
                    && is_any(
                        word(first - 2),
                        &["lives", "live", "living", "resides", "residing", "exile", "based"],
                    ))
                // "Harper is expected to host the team in Ottawa": where the
                // story may go, not where it is
                && !(first.saturating_sub(8)..first)
                    .rev()
                    .map(word)
                    .take_while(|w| !matches!(*w, "," | ";" | "." | ":"))
                    // (nor where someone is "thought to be fighting", "believed to be hiding")
                    .any(|w| {
                        is_any(
                            w,
                            &[
                                "expected", "will", "would", "plans", "due", "scheduled", "thought",
                                "believed",
                            ],
                        )
                    })
                && word(first).chars().any(char::is_lowercase)
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

/// The "be" of the passive that the participle at token `k` joins: "was
/// removed by Congress and arrested in Lima" (not "was removed, and police
/// arrested", whose subject is its own).
fn coordinated_passive(sent: &Sent<'_>, k: usize, c0: usize) -> Option<usize> {
    // ("were dragged from their home by gunmen and shot dead")
    let participle = |w: &str| {
        w.ends_with("ed") || w.ends_with("en") || matches!(w, "shot" | "hit" | "held" | "struck")
    };
    if !(k > c0 + 2 && sent.is(k - 1, &["and"]) && participle(sent.lower(k))) {
        return None;
    }
    let be = (c0..k - 2).rev().find(|&j| sent.has(j, cue::BE))?;
    // (an owner is no subject: "from Benjamín's home")
    (participle(sent.lower(be + 1))
        && (sent.mentions_before(be + 1)..sent.mentions_before(k - 1)).all(|m| {
            !sent.is_actor(m)
                || sent.preposition_before(m) == Some("by")
                || sent.is_possessive(sent.m(m).last)
        }))
    .then_some(be)
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
    (k < sent.last && (sent.is(k, &["as", "while"]) || during || right_after))
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

/// A frame that only names more of those taken in the capture just reported
/// ("Those held include ...", "X was among those held").
fn captives_added(
    kind: EventKind,
    trigger: usize,
    sentence: usize,
    taken: Vec<(usize, Role)>,
) -> Frame {
    Frame {
        kind,
        trigger,
        sentence,
        actors: taken,
        places: Vec::new(),
        date: DateChoice::None,
        negated: false,
        anaphoric: true,
        adds_parties: true,
        confidence: 0.5,
    }
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
    actors.iter().any(|&(a, r)| {
        r == Role::Initiator && matches!(&sent.m(a).what, What::Actor(x) if x.category.is_armed())
    })
}

/// How far back (tokens or mentions) the rules look for an antecedent, a
/// place or a relative clause's opener: bounded, so that a document with no
/// sentence breaks stays linear.
const LOOKBACK: usize = 48;

/// How many mentions back the narrative date is looked for: bounded, so that
/// long documents without dates stay linear.
const NARRATIVE_LOOKBACK: usize = 200;
