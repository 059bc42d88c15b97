//! Building mentions: from gazetteer matches and time expressions to actors,
//! places, triggers and dates, in passes over the document's tokens.
//!
//! `build` runs the passes in order. Here: the first readings of the
//! matches (`first_readings`, `choose`), bracketed acronyms, and the slot
//! helpers every pass uses. In their modules: `persons` (titles, names no
//! list knows, surnames recognised later), `places` (unlisted places, and
//! listed ones that are no place here), `actors` (demonyms and agent nouns,
//! self-named groups, crowds, facilities) and `anaphors` ("the group", "the
//! city", "the president").

mod actors;
mod anaphors;
mod persons;
mod places;

use actors::{
    add_crowds, add_facilities, add_self_named_groups, compose_actors, drop_modifier_generics,
};
use anaphors::add_anaphors;
use persons::{
    add_introduced_persons, add_known_persons, add_listed_persons, add_unknown_persons,
    names_over_places, office_holder, possessed_persons, titles_to_persons,
};
use places::{
    acts, add_listed_with_places, add_places_taken, add_unlisted_places, capitals_by_demonym,
    countries_named_as_demonyms, drop_places_in_names, name_after_places, place_noun_follows,
    seat_buildings_as_venues, seats_as_governments, starts_a_place, NOT_BEFORE_SUBJECTS, VENUES,
};

use super::words::{
    class, is_capitalized, is_modifier_word, GROUP_NOUNS, NAME_PARTICLES, NOT_NAMES, PARTY_NOUNS,
    PLACE_FIRST_WORDS, PLACE_NOUNS, PLACE_NOUN_COMPOUNDS, PLACE_NOUN_MODIFIERS, PLACE_PREFIXES,
};
use super::{ActorMention, Composed, Data, Mention, PlaceMention, Scope, TriggerMention, What};
use crate::gazetteer::{inside, Gazetteer, Hit, Interned, LexiconScan, Matcher, Name};
use crate::lexicon::{Lexicon, TriggerForm};
use crate::model::{ActorCategory, EventKind, PlaceKind};
use crate::text::{is_any, Segmented, TokenKind};
use crate::time::TimeExpr;
use std::borrow::Cow;
use std::collections::HashMap;

/// One interpretation of a stretch of tokens, before composition.
#[derive(Debug, Clone)]
enum Item {
    Final(What),
    /// An adjective demonym, consumed by what follows or dropped; with what
    /// else the word may be ("US" the country, "Canadian" a person).
    Demonym(u32, Option<Reading>),
    /// A title, consumed by a name or dropped.
    Title,
    /// An agent noun or generic actor from the lexicon.
    Generic(u32),
}

/// The other reading of a word that is also an adjective demonym.
#[derive(Debug, Clone, Copy)]
enum Reading {
    /// The country of that name: place index.
    Country(u32),
    /// One of the people: "one Canadian".
    Person,
}

#[derive(Debug, Clone)]
struct Slot {
    first: usize,
    last: usize,
    item: Item,
}

/// What the passes share: the text, its tokens, the data.
struct Ctx<'a> {
    text: &'a str,
    seg: &'a Segmented,
    matcher: &'a Matcher,
    gazetteer: &'a Gazetteer,
    names: &'a Interned,
    lexicon: &'a Lexicon,
    sentence_of: Vec<u32>,
    /// The [`class`] bits of each token.
    classes: &'a [u64],
    /// Whether each token starts with a capital ([`is_capitalized`]).
    capital: Vec<bool>,
    /// The tokens that start with a capital, as `u32` (see [`Ctx::capitals`]).
    capitals: Vec<u32>,
}

impl Ctx<'_> {
    /// The text of tokens `first..last`; empty when the range is.
    fn words(&self, first: usize, last: usize) -> &str {
        if first >= last {
            return "";
        }
        &self.text[self.seg.tokens[first].start..self.seg.tokens[last - 1].end]
    }

    fn word(&self, i: usize) -> &str {
        self.seg.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Whether token `i` is in the lists of `bits`, ignoring ASCII case:
    /// [`Ctx::is_word`] for the lists of [`class`].
    fn is_class(&self, i: usize, bits: u64) -> bool {
        self.classes.get(i).is_some_and(|&c| c & bits != 0)
    }

    /// The tokens that start with a capital, in order: where names start.
    fn capitals(&self) -> impl Iterator<Item = usize> + '_ {
        self.capitals.iter().map(|&i| i as usize)
    }

    /// Whether token `i` starts with a capital (false past the end).
    fn is_capital(&self, i: usize) -> bool {
        self.capital.get(i).is_some_and(|&c| c)
    }

    fn is_word(&self, i: usize, list: &[&str]) -> bool {
        i < self.seg.tokens.len() && is_any(self.word(i), list)
    }

    /// The first token of the sentence of token `k`.
    fn sentence_start(&self, k: usize) -> usize {
        self.seg.sentences[self.sentence_of[k] as usize]
            .tokens
            .start
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        a < self.sentence_of.len()
            && b < self.sentence_of.len()
            && self.sentence_of[a] == self.sentence_of[b]
    }

    fn demonym_actor(&self, d: u32, noun: &str, category: ActorCategory) -> ActorMention {
        let entry = &self.gazetteer.demonyms()[d as usize];
        let adjective = entry
            .adjectives
            .first()
            .map_or(entry.country_name.as_str(), String::as_str);
        let name = format!("{adjective} {}", canonical_noun(category, noun));
        // "Israeli military" may be a name the gazetteer knows (Israel Defense Forces)
        let same_as = self
            .matcher
            .actor_named(&name)
            .map(|a| self.names.actors[a as usize].name.clone());
        ActorMention {
            name: name.into(),
            category,
            country: self.names.demonym_country(d),
            code: None,
            affiliation: None,
            same_as,
            generic: false,
            on_trigger: false,
        }
    }
}

/// The canonical head noun of a composed actor: "Iraqi forces" and "Iraqi
/// troops" are both the Iraqi military, "a US citizen" and "US citizens" are
/// American civilians; "Iraqi officials" stay officials.
fn canonical_noun(category: ActorCategory, noun: &str) -> String {
    match category {
        ActorCategory::Military => "military".into(),
        ActorCategory::Police => "security forces".into(),
        ActorCategory::Civilians => "civilians".into(),
        ActorCategory::Protesters => "protesters".into(),
        _ => noun.to_lowercase(),
    }
}

fn place_rank(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Country => 3,
        PlaceKind::City => 2,
        PlaceKind::Admin1 => 1,
        PlaceKind::Unlisted => 0,
    }
}

fn place_mention(ctx: &Ctx<'_>, i: u32) -> PlaceMention {
    let p = &ctx.gazetteer.places()[i as usize];
    let names = &ctx.names.places[i as usize];
    PlaceMention {
        name: names.name.clone(),
        kind: names.kind,
        country: Some(names.country.clone()),
        admin1: names.admin1.clone(),
        coordinates: p.coordinates,
        country_actor: p.kind == PlaceKind::Country,
        seat_of: names.seat_of.clone(),
    }
}

/// Builds the mentions of a document.
pub(crate) fn build(
    text: &str,
    seg: &Segmented,
    classes: &[u64],
    data: &Data<'_>,
    lexicon_scan: &LexiconScan,
    dates: &[TimeExpr],
    scope: Scope,
) -> Composed {
    let Data {
        matcher,
        gazetteer,
        names,
        lexicon,
    } = *data;
    let mut sentence_of = vec![0u32; seg.tokens.len()];
    for (s, sentence) in seg.sentences.iter().enumerate() {
        for t in sentence.tokens.clone() {
            sentence_of[t] = s as u32;
        }
    }
    let capital: Vec<bool> = seg
        .tokens
        .iter()
        .map(|t| is_capitalized(t.text(text)))
        .collect();
    let capitals = (0..capital.len() as u32)
        .filter(|&i| capital[i as usize])
        .collect();
    let ctx = Ctx {
        text,
        seg,
        matcher,
        gazetteer,
        names,
        lexicon,
        sentence_of,
        classes,
        capital,
        capitals,
    };
    let sport_words = ctx.classes.iter().fold(0, |seen, c| seen | c) & class::SPORTS;
    let mut slots = first_readings(&ctx, matcher, lexicon_scan, dates);
    absorb_brackets(&ctx, &mut slots);
    let mut persons = PersonIndex::default();
    slots = titles_to_persons(&ctx, slots, &mut persons);
    names_over_places(&ctx, &mut slots, &mut persons);
    drop_places_in_names(&ctx, &mut slots);
    possessed_persons(&ctx, &mut slots, &mut persons);
    capitals_by_demonym(&ctx, &mut slots);
    slots = compose_actors(&ctx, slots);
    countries_named_as_demonyms(&ctx, &mut slots);
    drop_modifier_generics(&ctx, &mut slots);
    add_unlisted_places(&ctx, &mut slots);
    add_listed_with_places(&ctx, &mut slots);
    add_places_taken(&ctx, &mut slots);
    name_after_places(&ctx, &mut slots);
    seats_as_governments(&ctx, &mut slots);
    seat_buildings_as_venues(&ctx, &mut slots);
    // the passes below add mentions that are seldom an antecedent: only the
    // sentences that may hold an event need them (and, for persons, the
    // sentences before those)
    let mut completed = vec![scope == Scope::AllSentences; seg.sentences.len()];
    for s in &slots {
        if matches!(s.item, Item::Final(What::Trigger(_))) {
            completed[ctx.sentence_of[s.first] as usize] = true;
        }
    }
    // ... or may blame someone for the event before: "Kiev blamed the rebels"
    // (in reverse: a sentence marked here marks no sentence after it)
    for s in (1..completed.len()).rev() {
        if completed[s - 1]
            && !completed[s]
            && (seg.sentences[s].tokens.clone()).any(|k| {
                // (by length first: most words are not these)
                ctx.word(k).len() == 6 && ctx.is_word(k, &["blamed", "blames"])
            })
        {
            completed[s] = true;
        }
    }
    add_facilities(&ctx, &mut slots, &completed);
    add_crowds(&ctx, &mut slots, &completed);
    add_listed_persons(&ctx, &mut slots, &mut persons, &completed);
    add_self_named_groups(&ctx, &mut slots);
    add_anaphors(&ctx, &mut slots, &persons, &completed);
    add_unknown_persons(&ctx, &mut slots, &mut persons, &completed);
    add_introduced_persons(&ctx, &mut slots, &mut persons);
    // a person named by surname may be the antecedent of "he" or "she" in
    // the next sentence ("Kim's push began this year. He met Moon ...")
    let mut antecedents = completed.clone();
    for (s, &c) in completed.iter().enumerate().skip(1) {
        antecedents[s - 1] |= c;
    }
    add_known_persons(&ctx, &mut slots, &persons, &antecedents);
    let mentions = slots
        .into_iter()
        .filter_map(|s| match s.item {
            Item::Final(what) => Some(Mention {
                first: s.first,
                last: s.last,
                what,
            }),
            Item::Generic(g) => {
                let entry = &ctx.lexicon.generics[g as usize];
                Some(Mention {
                    first: s.first,
                    last: s.last,
                    what: What::Actor(ActorMention {
                        generic: true,
                        ..ActorMention::named(
                            ctx.names.generics[g as usize].clone(),
                            entry.category,
                        )
                    }),
                })
            }
            Item::Demonym(..) | Item::Title => None,
        })
        .collect();
    Composed {
        mentions,
        sports_report: sport_words.count_ones() >= 4,
    }
}

/// Token range of a byte span, when it starts and ends on token boundaries.
/// `cursor` is where the previous span's tokens began: spans come in text
/// order, so the tokens are walked once per document, not searched per span.
fn token_range(
    seg: &Segmented,
    start: usize,
    end: usize,
    cursor: &mut usize,
) -> Option<(usize, usize)> {
    let tokens = &seg.tokens;
    debug_assert!(*cursor == 0 || tokens[*cursor - 1].start < start);
    while *cursor < tokens.len() && tokens[*cursor].start < start {
        *cursor += 1;
    }
    let first = *cursor;
    let mut last = first;
    while last < tokens.len() && tokens[last].end <= end {
        last += 1;
    }
    let aligned = first < last && tokens[first].start == start && tokens[last - 1].end == end;
    aligned.then_some((first, last))
}

/// Pass 1: one reading per match. Dates win over lexicon words; among the
/// entries a name refers to, the context decides (countries named in the
/// document, then kind, then population).
fn first_readings(
    ctx: &Ctx<'_>,
    matcher: &Matcher,
    lexicon_scan: &LexiconScan,
    dates: &[TimeExpr],
) -> Vec<Slot> {
    let mut found = Vec::new();
    matcher.scan_names(ctx.text, &ctx.seg.lower, lexicon_scan, &mut found);
    let mut taken = vec![false; ctx.seg.tokens.len()];
    // one slot at most per date and per match: no growth of a vector of
    // large slots
    let mut slots = Vec::with_capacity(dates.len() + found.len());
    let mut date_cursor = 0;
    for (i, d) in dates.iter().enumerate() {
        if let Some((first, last)) = token_range(ctx.seg, d.start, d.end, &mut date_cursor) {
            taken[first..last].iter_mut().for_each(|t| *t = true);
            slots.push(Slot {
                first,
                last,
                item: Item::Final(What::Date(i)),
            });
        }
    }
    // countries the document talks about, to choose between places of one name
    let mut votes = vec![0u32; ctx.names.countries];
    for f in &found {
        let hits = matcher.hits(f);
        let mut places = hits.iter().filter_map(|h| match h {
            Hit::Place(p) => Some(&ctx.names.places[*p as usize]),
            _ => None,
        });
        if let (Some(only), None) = (places.next(), places.next()) {
            votes[usize::from(only.country_id)] += 1;
        }
        for h in hits {
            if let Hit::DemonymAdjective(d) | Hit::DemonymPeople(d) = h {
                if let Some((_, c)) = &ctx.names.demonym_countries[*d as usize] {
                    votes[usize::from(*c)] += 1;
                }
            }
        }
    }
    // actors the text names in full, to read an acronym two of them share
    // ("AA"); found once, from the matches, not by a search per acronym
    let mut named: Vec<u32> = Vec::new();
    if found
        .iter()
        .any(|f| actor_hits(matcher.hits(f)).nth(1).is_some())
    {
        for f in &found {
            let text = &ctx.text[f.start..f.end];
            named.extend(
                actor_hits(matcher.hits(f))
                    .filter(|&a| ctx.names.actors[a as usize].name.eq_ignore_ascii_case(text)),
            );
        }
        named.sort_unstable();
        named.dedup();
    }
    let mut cursor = 0;
    for f in &found {
        let Some((first, last)) = token_range(ctx.seg, f.start, f.end, &mut cursor) else {
            // inside a hyphenated word: "Iran-backed", "pro-Russian"; but
            // "pro-government forces" leaves its "forces" to stand alone
            let rest = generic_after_hyphen(ctx, f.start, f.end);
            if let Some(slot) = rest.filter(|s| !taken[s.first..s.last].iter().any(|&t| t)) {
                slots.push(slot);
            }
            continue;
        };
        if taken[first..last].iter().any(|&t| t) {
            continue;
        }
        if let Some(item) = choose(ctx, matcher.hits(f), first, last, &votes, &named) {
            slots.push(Slot { first, last, item });
        }
    }
    slots.sort_by_key(|s| s.first);
    slots
}

/// A generic phrase that ends a match begun inside a hyphenated word: the
/// "forces" of "pro-government forces" (the match read "government forces").
fn generic_after_hyphen(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<Slot> {
    let tokens = &ctx.seg.tokens;
    let first = tokens.partition_point(|t| t.start <= start);
    let last = first + tokens[first..].iter().take_while(|t| t.end <= end).count();
    if first == last || tokens[last - 1].end != end {
        return None;
    }
    let rest = &ctx.text[tokens[first].start..end];
    let g = (ctx.lexicon.generics.iter()).position(|g| g.phrase.eq_ignore_ascii_case(rest))?;
    Some(Slot {
        first,
        last,
        item: Item::Generic(u32::try_from(g).ok()?),
    })
}

/// The actors among a match's hits.
fn actor_hits(hits: &[Hit]) -> impl Iterator<Item = u32> + '_ {
    hits.iter().filter_map(|h| match h {
        Hit::Actor(a) => Some(*a),
        _ => None,
    })
}

fn choose(
    ctx: &Ctx<'_>,
    hits: &[Hit],
    first: usize,
    last: usize,
    votes: &[u32],
    named: &[u32],
) -> Option<Item> {
    let g = ctx.gazetteer;
    let after_locative = first > 0
        && ctx.is_word(
            first - 1,
            &[
                "in", "at", "near", "outside", "inside", "across", "from", "into",
            ],
        );
    let mut actors = actor_hits(hits);
    // "AA" is the Arakan Army where the text names it, else Anadolu Agency
    let actor = match (actors.next(), actors.next()) {
        (Some(a), Some(b)) => std::iter::once(a)
            .chain(std::iter::once(b))
            .chain(actors)
            .find(|x| named.binary_search(x).is_ok())
            .or(Some(a)),
        (first, _) => first,
    };
    // "the Dnipro river" is no city
    let waterway = ctx.is_word(last, &["river", "lake"]);
    let place = hits
        .iter()
        .filter_map(|h| match h {
            Hit::Place(p) if !waterway => Some(*p),
            _ => None,
        })
        .max_by_key(|&i| {
            let p = &ctx.names.places[i as usize];
            (
                votes[usize::from(p.country_id)],
                place_rank(p.kind),
                p.population,
            )
        });
    let adjective = hits.iter().find_map(|h| match h {
        Hit::DemonymAdjective(d) => Some(*d),
        _ => None,
    });
    let people = hits.iter().find_map(|h| match h {
        Hit::DemonymPeople(d) => Some(*d),
        _ => None,
    });
    // a demonym that is also a country ("Myanmar military", "US troops") is an
    // adjective when a word follows it directly on the same line
    let next_is_word = ctx
        .seg
        .tokens
        .get(last)
        .is_some_and(|t| t.kind == TokenKind::Word && ctx.same_sentence(first, last));
    if let Some(d) = adjective {
        if place.is_none() || (next_is_word && !after_locative) {
            let other = place
                .map(Reading::Country)
                .or(people.map(|_| Reading::Person));
            return Some(Item::Demonym(d, other));
        }
    }
    if let (Some(a), false) = (actor, after_locative && place.is_some()) {
        let names = &ctx.names.actors[a as usize];
        return Some(Item::Final(What::Actor(ActorMention {
            name: names.name.clone(),
            category: g.actors()[a as usize].category,
            country: names.country.clone(),
            code: names.code.clone(),
            affiliation: None,
            same_as: None,
            generic: false,
            on_trigger: false,
        })));
    }
    if let Some(p) = place {
        return Some(Item::Final(What::Place(place_mention(ctx, p))));
    }
    if let Some(d) = people {
        return Some(Item::Final(What::Actor(ActorMention {
            country: ctx.names.demonym_country(d),
            ..ActorMention::named(ctx.words(first, last).into(), ActorCategory::Civilians)
        })));
    }
    // "Journalist Ahmet Altan": a word both generic and a title is a title
    // before a capitalised name
    let before_name = ctx.seg.tokens.get(last).is_some_and(|t| {
        t.kind == TokenKind::Word && ctx.same_sentence(first, last) && ctx.is_capital(last)
    });
    if before_name && hits.iter().any(|h| matches!(h, Hit::Title(_))) {
        return Some(Item::Title);
    }
    for h in hits {
        match h {
            // "March" is the month ("32 March", "the March 3 attack"), "march" the protest
            Hit::Trigger(_) if ctx.word(first) == "March" => {}
            // "fired on supporters who had packed a stadium": a crowd told
            // of by what it filled is who was hit, not a protest of its own;
            // "a car packed with explosives" is a load, "a packed mosque",
            // "the cafe was packed" are full places
            Hit::Trigger(_)
                if ctx.is_word(first, &["packed", "filled", "thronged"])
                    && ((first.saturating_sub(2)..first)
                        .any(|k| ctx.is_word(k, &["who", "that"]))
                        || ctx.is_word(last, &["with"])
                        || first
                            .checked_sub(1)
                            .is_some_and(|k| ctx.is_word(k, FULL_PLACE_BEFORE))) => {}
            Hit::Trigger(t) => {
                let w = &ctx.lexicon.triggers[*t as usize];
                return Some(Item::Final(What::Trigger(TriggerMention {
                    kind: w.kind,
                    form: w.form,
                })));
            }
            // "hundreds protested" are a crowd; "hundreds of people" are
            // people
            Hit::Generic(_)
                if ctx.is_word(last, &["of"])
                    && ctx.is_word(
                        first,
                        &["dozens", "hundreds", "thousands", "scores", "tens"],
                    ) => {}
            Hit::Generic(x) => return Some(Item::Generic(*x)),
            Hit::Title(_) => return Some(Item::Title),
            _ => {}
        }
    }
    None
}

/// Words before "packed" or "filled" that make it say a place is full,
/// not that a crowd filled it ("a packed mosque", "the hall was packed").
const FULL_PLACE_BEFORE: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "was", "were", "is", "are", "been", "be",
    "being", "usually", "often", "always", "already", "through", "into", "in", "at", "on", "of",
];

/// Pass 2: "Islamic State (IS)", "National League for Democracy (NLD)": the
/// bracketed acronym is the same mention.
fn absorb_brackets(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    let mut i = 0;
    while i < slots.len() {
        let open = slots[i].last;
        let named = matches!(&slots[i].item, Item::Final(What::Actor(a)) if !a.generic)
            || matches!(&slots[i].item, Item::Final(What::Place(_)));
        if named && ctx.word(open) == "(" {
            // "Kirkuk ( )": empty brackets name nothing
            let close = (open + 1..(open + 5).min(ctx.seg.tokens.len()))
                .find(|&j| ctx.word(j) == ")")
                .filter(|&close| close > open + 1);
            // "ERBIL, Kurdistan Region (Kurdistan 24)": a dateline's agency, or
            // any outlet the gazetteer knows, is no second name of the place
            let agency = close.is_some_and(|close| {
                slots[i + 1..]
                    .iter()
                    .take_while(|s| s.first < close)
                    .any(|s| {
                        s.first == open + 1
                            && s.last == close
                            && matches!(&s.item, Item::Final(What::Actor(a)) if a.category == ActorCategory::Media)
                    })
            });
            if let Some(close) = close.filter(|_| !agency) {
                slots[i].last = close + 1;
                let end = slots[i].last;
                let from = i + 1;
                let mut to = from;
                while to < slots.len() && slots[to].first < end {
                    to += 1;
                }
                slots.drain(from..to);
            }
        }
        i += 1;
    }
}

/// The persons named in a document, by each name's distinctive words.
#[derive(Default)]
pub(crate) struct PersonIndex {
    /// Each person, in the order they are first named.
    persons: Vec<Person>,
    /// A surname or given name → person index.
    by_word: HashMap<String, usize>,
    /// A full name → person index.
    by_name: HashMap<String, usize>,
    /// A lowercase title → the persons named with it, in the order they are
    /// named (titles are read in text order).
    by_title: HashMap<String, Vec<usize>>,
}

struct Person {
    name: Name,
    country: Option<Name>,
    affiliation: Option<Name>,
    /// The token where the person is first named.
    named_at: usize,
}

impl PersonIndex {
    /// The person a one-word town slot names by surname, if one was named
    /// before it ("Foreign Minister Patricia Rodas ... Rodas was flown").
    fn town_named_as(&self, ctx: &Ctx<'_>, slot: &Slot) -> Option<usize> {
        let town = matches!(&slot.item, Item::Final(What::Place(p))
            if matches!(p.kind, PlaceKind::City | PlaceKind::Admin1));
        if !town || slot.last != slot.first + 1 {
            return None;
        }
        let word = ctx.word(slot.first);
        let p = self.named_before(word, slot.first)?;
        // by the surname only: "in Vladimir" is no reference to Vladimir Putin
        (self.persons[p].name.split_whitespace().last() == Some(word)).then_some(p)
    }

    /// The person a name word (surname, given name) stands for, if they were
    /// named before token `at`.
    fn named_before(&self, word: &str, at: usize) -> Option<usize> {
        let p = *self.by_word.get(word)?;
        (self.persons[p].named_at < at).then_some(p)
    }

    /// The actor mention of person `i`, for a later reference to them.
    fn mention(&self, i: usize) -> ActorMention {
        let p = &self.persons[i];
        ActorMention {
            name: p.name.clone(),
            category: ActorCategory::Person,
            country: p.country.clone(),
            code: None,
            affiliation: p.affiliation.clone(),
            same_as: None,
            generic: false,
            on_trigger: false,
        }
    }

    /// The person last named with `title` before token `at` ("the president").
    fn with_title(&self, title: &str, at: usize) -> Option<usize> {
        let named = self.by_title.get(title)?;
        let before = named.partition_point(|&p| self.persons[p].named_at < at);
        before.checked_sub(1).map(|k| named[k])
    }

    fn add(
        &mut self,
        name: &str,
        title: &str,
        country: Option<Name>,
        affiliation: Option<Name>,
        at: usize,
    ) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        let i = self.persons.len();
        self.by_name.insert(name.to_string(), i);
        let title = title.to_lowercase();
        if !title.is_empty() {
            let named = self.by_title.entry(title).or_default();
            // in text order, so that the last one before a token is found by search
            let at_pos = named.partition_point(|&p| self.persons[p].named_at <= at);
            named.insert(at_pos, i);
        }
        self.persons.push(Person {
            name: name.into(),
            country,
            affiliation,
            named_at: at,
        });
        let words: Vec<&str> = name.split_whitespace().collect();
        let mut keys: Vec<String> = Vec::new();
        if let (Some(first), Some(last)) = (words.first(), words.last()) {
            keys.push(last.to_string());
            keys.push(first.to_string());
            // "Muath al-Kasasbeh" is "Kasasbeh" too
            if let Some((particle, rest)) = last.split_once('-') {
                if is_any(particle, NAME_PARTICLES) && is_capitalized(rest) {
                    keys.push(rest.to_string());
                }
            }
        }
        if words.len() >= 3 {
            keys.push(words[words.len() - 2..].join(" "));
        }
        for k in keys {
            if k.chars().count() >= 2 && !is_any(&k, NAME_PARTICLES) {
                self.by_word.entry(k).or_insert(i);
            }
        }
        i
    }
}

/// Whether word `w` is a name particle joined to a capitalised name:
/// "al-Aiban", "al-Hawa".
fn particle_joined(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(p, rest)| is_any(p, NAME_PARTICLES) && is_capitalized(rest))
}

/// Whether token `k` is two or more dotted initials before a capitalised
/// name word: "A.N.R. Robinson", "F.W. Smith".
fn initials_before_name(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.word(k);
    w.len() >= 4
        && w.ends_with('.')
        && w.split_terminator('.')
            .all(|c| c.len() == 1 && c.starts_with(|c: char| c.is_ascii_uppercase()))
        && ctx
            .seg
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && ctx.is_capital(k + 1)
        && ctx.word(k + 1).chars().skip(1).any(char::is_lowercase)
}

/// Capitalised name words starting at token `i`: the end of the name.
fn name_end(ctx: &Ctx<'_>, i: usize, covered: &[bool]) -> Option<usize> {
    let mut j = i;
    let mut last_cap = None;
    while j < ctx.seg.tokens.len() && j < i + 6 && ctx.same_sentence(i, j) && !covered[j] {
        let w = ctx.word(j);
        let t = ctx.seg.tokens[j];
        // "George W. Bush": a middle initial's full stop
        let middle_initial = w == "."
            && last_cap == Some(j)
            && ctx.word(j - 1).len() == 1
            && ctx
                .word(j - 1)
                .starts_with(|c: char| c.is_ascii_uppercase())
            && j - 1 > i
            && ctx.same_sentence(j, j + 1)
            && ctx.is_capital(j + 1);
        if middle_initial {
            j += 1;
            continue;
        }
        if t.kind != TokenKind::Word {
            break;
        }
        // "al-Aiban": a particle joined to a capitalised name
        let particle_joined = particle_joined(w);
        let all_caps = w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase());
        // "Theresa May", "Bola Ahmed Tinubu March": a month name inside a
        // name (the date scanner reads "May 5" after a name as a date)
        let month_in_name = last_cap.is_some()
            && matches!(w, "May" | "March" | "August" | "Jan")
            && !ctx.word(j + 1).starts_with(|c: char| c.is_ascii_digit());
        // "King Abdullah II", "Mohammed VI": a regnal number ends a name
        let regnal = last_cap == Some(j)
            && matches!(
                w,
                "II" | "III"
                    | "IV"
                    | "VI"
                    | "VII"
                    | "VIII"
                    | "IX"
                    | "XI"
                    | "XII"
                    | "XIII"
                    | "XIV"
                    | "XVI"
            );
        // "A.N.R. Robinson": initials before a name
        let initials = initials_before_name(ctx, j);
        if particle_joined
            || month_in_name
            || regnal
            || initials
            || (is_capitalized(w) && !NOT_NAMES.contains(&w) && !all_caps)
        {
            last_cap = Some(j + 1);
        } else if !(is_any(w, NAME_PARTICLES) && last_cap.is_some()) {
            break;
        }
        j += 1;
    }
    last_cap
}

fn covered_tokens<'s>(ctx: &Ctx<'_>, slots: impl IntoIterator<Item = &'s Slot>) -> Vec<bool> {
    let mut covered = vec![false; ctx.seg.tokens.len()];
    for s in slots {
        covered[s.first..s.last].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// Moves a slot out of a vector, leaving a cheap placeholder behind.
fn take_slot(slot: &mut Slot) -> Slot {
    let placeholder = Slot {
        first: slot.first,
        last: slot.last,
        item: Item::Title,
    };
    std::mem::replace(slot, placeholder)
}

fn is_place(slot: &&Slot) -> bool {
    matches!(slot.item, Item::Final(What::Place(_)))
}

/// The slot that starts at token `k`, for slots in order that do not overlap.
fn slot_starting_at(slots: &[Slot], k: usize) -> Option<&Slot> {
    slots
        .get(slots.partition_point(|s| s.first < k))
        .filter(|s| s.first == k)
}

/// The slot that ends right before token `k`: the last one starting before it.
fn slot_ending_at(slots: &[Slot], k: usize) -> Option<&Slot> {
    let j = slots.partition_point(|s| s.first < k);
    j.checked_sub(1).map(|j| &slots[j]).filter(|s| s.last == k)
}

/// Adds the slots a pass found, keeping all in text order.
fn add_slots(slots: &mut Vec<Slot>, added: Vec<Slot>) {
    if !added.is_empty() {
        slots.extend(added);
        slots.sort_by_key(|s| s.first);
    }
}

/// Whether a slot covers token `k`, for slots in order that do not overlap:
/// a search instead of a vector over the whole document.
fn covered_at(slots: &[Slot], k: usize) -> bool {
    let j = slots.partition_point(|s| s.first <= k);
    j > 0 && slots[j - 1].last > k
}

fn unlisted(first: usize, last: usize, name: String) -> Slot {
    Slot {
        first,
        last,
        item: Item::Final(What::Place(PlaceMention {
            name: name.into(),
            kind: PlaceKind::Unlisted,
            country: None,
            admin1: None,
            coordinates: None,
            country_actor: false,
            seat_of: None,
        })),
    }
}
