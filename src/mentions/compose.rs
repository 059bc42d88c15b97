//! Building mentions: from gazetteer matches and time expressions to actors,
//! places, triggers and dates, in passes over the document's tokens.

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

/// Capitalised name words starting at token `i`: the end of the name.
/// Whether word `w` is a name particle joined to a capitalised name:
/// "al-Aiban", "al-Hawa".
fn particle_joined(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(p, rest)| is_any(p, NAME_PARTICLES) && is_capitalized(rest))
}

fn name_end(ctx: &Ctx<'_>, i: usize, covered: &[bool]) -> Option<usize> {
    let mut j = i;
    let mut last_cap = None;
    while j < ctx.seg.tokens.len() && j < i + 6 && ctx.same_sentence(i, j) && !covered[j] {
        let w = ctx.word(j);
        let t = ctx.seg.tokens[j];
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
        if particle_joined
            || month_in_name
            || regnal
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

/// Pass 3: a title followed by a name is a person; a demonym, country or
/// organisation before the title is absorbed and gives the country
/// ("Russian President Vladimir Putin", "Iran's top security official, Ali
/// Shamkhani", "NLD spokesman Myo Nyunt").
fn titles_to_persons(ctx: &Ctx<'_>, mut slots: Vec<Slot>, persons: &mut PersonIndex) -> Vec<Slot> {
    // a name after a title may run over place names and demonyms ("President
    // Vladimir Putin", "Prime Minister Mohammed Shia al-Sudani")
    // and over a title inside a name ("President Hassan Sheikh Mohamud")
    // (slots are in order: the one before a title is the only one that may cover the word before it)
    let inside_a_name = |j: usize| {
        let s = &slots[j];
        matches!(s.item, Item::Title)
            && s.first > 0
            && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word
            && ctx.is_capital(s.first - 1)
            && (j == 0 || slots[j - 1].last < s.first || is_place(&&slots[j - 1]))
            && ctx.is_capital(s.last)
            && ctx.same_sentence(s.first - 1, s.last)
    };
    let covered = covered_tokens(
        ctx,
        slots.iter().enumerate().filter_map(|(j, s)| {
            (!is_place(&s) && !matches!(s.item, Item::Demonym(..)) && !inside_a_name(j))
                .then_some(s)
        }),
    );
    let mut out: Vec<Slot> = Vec::with_capacity(slots.len());
    let mut name_until = 0;
    for index in 0..slots.len() {
        if slots[index].first < name_until {
            continue;
        }
        if !matches!(slots[index].item, Item::Title) {
            out.push(take_slot(&mut slots[index]));
            continue;
        }
        let slot = &slots[index];
        // "the acting Minister of Peshmerga Affairs, Karim Sinjari": the
        // institution after "of" in capitalised words, a comma, then the name
        let institution = ctx.is_word(slot.last, &["of"]).then(|| {
            let from = slot.last + 1;
            let to = (from..(from + 6).min(ctx.seg.tokens.len()))
                .take_while(|&k| ctx.same_sentence(slot.first, k) && ctx.word(k) != ",")
                .last()
                .map_or(from, |k| k + 1);
            let capitalised = to > from
                && ctx.word(to) == ","
                && (from..to).all(|k| ctx.is_capital(k) || ctx.is_word(k, &["of", "and", "for"]));
            capitalised.then_some((from, to))
        });
        let institution = institution.flatten();
        let mut start = match institution {
            Some((_, to)) => to,
            None => slot.last,
        };
        if ctx.word(start) == "," {
            start += 1;
        }
        let Some(end) = name_end(ctx, start, &covered) else {
            // "Osman Köse, Turkey's deputy consul general in Erbil, was shot
            // dead": the name the title is apposed to
            if let Some(person) = apposed_before_title(ctx, slot, &covered, &mut out, persons) {
                out.push(person);
            }
            // a title with no name still marks what comes before as a modifier
            out.push(take_slot(&mut slots[index]));
            continue;
        };
        let title = ctx.words(slot.first, slot.last).to_string();
        let mut first = slot.first;
        // lowercase words, then a modifier, right before the title
        let mut k = first;
        // not into the slot before: "Sudanese army chief Burhan" absorbs the army
        // (nor past a preposition: "rallied in Tehran against President
        // Mahmoud Ahmadinejad")
        while k > 0
            && first - k < 3
            && is_modifier_word(ctx.word(k - 1))
            && !ctx.is_word(k - 1, NOT_BEFORE_SUBJECTS)
            && ctx.seg.tokens[k - 1].kind == TokenKind::Word
            && out.last().is_none_or(|p: &Slot| p.last < k)
        {
            k -= 1;
        }
        if k > 0 && ctx.seg.tokens[k - 1].kind == TokenKind::Possessive {
            k -= 1;
        }
        let mut country = None;
        let mut affiliation = None;
        if let Some((from, to)) = institution {
            let words = ctx.words(from, to);
            let ministry = title.to_ascii_lowercase().contains("minister");
            affiliation = Some(Name::from(if ministry {
                format!("Ministry of {words}")
            } else {
                words.to_string()
            }));
            country = slots[index + 1..]
                .iter()
                .take_while(|s| s.first < to)
                .find_map(|s| match &s.item {
                    Item::Final(What::Actor(a)) if s.first >= from && s.last <= to => {
                        a.country.clone()
                    }
                    Item::Final(What::Place(p)) if s.first >= from && s.last <= to => {
                        p.country.clone()
                    }
                    _ => None,
                });
        }
        if let Some(prev) = out.last() {
            if prev.last == k && ctx.same_sentence(prev.first, k) {
                let modifier = match &prev.item {
                    Item::Demonym(d, _) => Some((ctx.names.demonym_country(*d), None)),
                    Item::Final(What::Place(p)) => Some((p.country.clone(), None)),
                    Item::Final(What::Actor(a))
                        if !a.generic && a.category != ActorCategory::Person =>
                    {
                        Some((a.country.clone(), Some(a.name.clone())))
                    }
                    _ => None,
                };
                if let Some((c, org)) = modifier {
                    country = country.or(c);
                    affiliation = affiliation.or(org);
                    first = prev.first;
                    out.pop();
                }
            }
        }
        name_until = end;
        let name_start = ctx.seg.tokens[start].start;
        let name: Name = ctx.text[name_start..ctx.seg.tokens[end - 1].end].into();
        persons.add(&name, &title, country.clone(), affiliation.clone(), first);
        out.push(Slot {
            first,
            last: end,
            item: Item::Final(What::Actor(ActorMention {
                name,
                category: ActorCategory::Person,
                country,
                code: None,
                affiliation,
                same_as: None,
                generic: false,
                on_trigger: false,
            })),
        });
    }
    out
}

/// The person named right before title `slot` and a comma, opening its
/// sentence or a clause: "Osman Köse, Turkey's deputy consul general",
/// "Ali Hassan, a senior commander". A country owning the title (the last
/// slot of `out`) becomes the person's.
fn apposed_before_title(
    ctx: &Ctx<'_>,
    slot: &Slot,
    covered: &[bool],
    out: &mut Vec<Slot>,
    persons: &mut PersonIndex,
) -> Option<Slot> {
    let mut k = slot.first;
    while k > 0 && slot.first - k < 3 && ctx.word(k - 1).starts_with(char::is_lowercase) {
        if !is_modifier_word(ctx.word(k - 1)) && !ctx.is_word(k - 1, &["a", "an", "the"]) {
            break;
        }
        k -= 1;
        if ctx.is_word(k, &["a", "an", "the"]) {
            break;
        }
    }
    // ("Turkey's": the country whose the title is)
    let mut country = None;
    let owner = k > 0
        && ctx.seg.tokens[k - 1].kind == TokenKind::Possessive
        && out.last().is_some_and(|p| {
            p.last == k - 1
                && matches!(&p.item, Item::Final(What::Place(pl)) if pl.kind == PlaceKind::Country)
        });
    if owner {
        let place = out.last()?;
        if let Item::Final(What::Place(pl)) = &place.item {
            country = pl.country.clone();
        }
        k = place.first;
    }
    let comma = k.checked_sub(1).filter(|&c| ctx.word(c) == ",")?;
    let name_word = |j: usize| !covered[j] && is_name_word(ctx, j);
    let mut first = comma;
    while first > 0
        && comma - first < 3
        && name_word(first - 1)
        && ctx.same_sentence(first - 1, comma)
    {
        first -= 1;
    }
    let opens = first == ctx.sentence_start(comma)
        || (first > 0 && matches!(ctx.word(first - 1), "," | "and" | "–" | "—"));
    if comma - first < 2 || !opens || ctx.is_class(comma - 1, class::NOT_PERSON_ENDING) {
        return None;
    }
    if owner {
        out.pop();
    }
    // (a town may be one of the names: "Ali Hassan")
    while out.last().is_some_and(|p| p.last > first) {
        if !(is_place(&out.last()?) && out.last()?.first >= first) {
            return None;
        }
        out.pop();
    }
    let title = ctx.words(slot.first, slot.last).to_string();
    let name: Name = ctx.words(first, comma).into();
    persons.add(&name, &title, country.clone(), None, first);
    Some(Slot {
        first,
        last: comma,
        item: Item::Final(What::Actor(ActorMention {
            name,
            category: ActorCategory::Person,
            country,
            code: None,
            affiliation: None,
            same_as: None,
            generic: false,
            on_trigger: false,
        })),
    })
}

/// Pass 3b: a town's name after a given name is a surname: "Ekrem
/// İmamoğlu", "Musa Bello", "Ezekiel Bako" are people, not places in Turkey,
/// Colombia and Romania. Later mentions of the surname alone are the person
/// too (see [`add_known_persons`]).
fn names_over_places(ctx: &Ctx<'_>, slots: &mut [Slot], persons: &mut PersonIndex) {
    for j in 0..slots.len() {
        let slot = &slots[j];
        let Item::Final(What::Place(p)) = &slot.item else {
            continue;
        };
        let given_name = |k: usize| {
            let w = ctx.word(k);
            !covered_at(slots, k)
                && is_name_word(ctx, k)
                && w.chars().count() >= 3
                && !is_any(w, PLACE_PREFIXES)
                && ctx.sentence_start(k) < k
        };
        // "Fatima Ali": a town's name before a surname is a given name (not
        // where a place is expected: "the village of Tal Qasab", "in Tal Afar")
        let after_place_noun = |k: usize| {
            k > 1 && ctx.is_word(k - 1, &["of"]) && ctx.classes[k - 2] & class::PLACE_NOUN != 0
        };
        let place_expected = slot.first > 0
            && (ctx.is_word(
                slot.first - 1,
                &["in", "near", "at", "outside", "from", "to"],
            ) || after_place_noun(slot.first));
        let surname_after = !place_expected
            && slot.last < ctx.seg.tokens.len()
            && given_name(slot.last)
            && ctx.same_sentence(slot.first, slot.last)
            && !ctx.is_class(slot.last, class::NOT_PERSON_ENDING)
            && !(slot.last + 1 < ctx.seg.tokens.len() && given_name(slot.last + 1))
            // ("the Bab al-Hawa border crossing": a place's name)
            && !place_noun_follows(ctx, slot.last + 1);
        // ("Alex Paul Menon, the collector": a region's name between a given
        // name, even one opening the sentence, and a surname)
        let between_names = slot.first > 0
            && !covered_at(slots, slot.first - 1)
            && is_name_word(ctx, slot.first - 1)
            && !ctx.is_class(slot.first - 1, class::NOT_NAME)
            && surname_after;
        let (first, last) = if between_names && p.kind != PlaceKind::Country {
            (slot.first - 1, slot.last + 1)
        } else if surname_after && p.kind == PlaceKind::City {
            (slot.first, slot.last + 1)
        } else if p.kind != PlaceKind::Country && opens_described_name(ctx, slots, slot) {
            (slot.first - 1, slot.last)
        } else if p.kind != PlaceKind::City {
            continue;
        } else if slot.first > 0 && given_name(slot.first - 1) {
            let mut first = slot.first - 1;
            while first > 0 && slot.first - first < 3 && given_name(first - 1) {
                first -= 1;
            }
            // ("the village of Rio Hondo": the whole is a place's name)
            if after_place_noun(first) {
                continue;
            }
            (first, slot.last)
        } else {
            continue;
        };
        let name: Name = ctx.words(first, last).into();
        persons.add(&name, "", None, None, first);
        slots[j] = Slot {
            first,
            last,
            item: Item::Final(What::Actor(ActorMention::named(
                name,
                ActorCategory::Person,
            ))),
        };
    }
}

/// "Rolando Mendoza, a former senior inspector, took ...": a capitalised
/// word that opens the sentence, then a town's name that an apposition
/// describes as someone, is a person's name.
fn opens_described_name(ctx: &Ctx<'_>, slots: &[Slot], slot: &Slot) -> bool {
    let Some(k) = slot.first.checked_sub(1) else {
        return false;
    };
    let after = slot.last;
    // (a person's noun in the apposition: not "Downtown Manila, a busy
    // district")
    let someone = |i: usize| {
        slots
            .iter()
            .any(|s| s.first == i && matches!(s.item, Item::Title | Item::Generic(_)))
            || ["er", "or", "ist", "man", "woman", "ant", "ent", "ian"]
                .iter()
                .any(|x| ctx.word(i).ends_with(x))
    };
    ctx.sentence_start(k) == k
        && !covered_at(slots, k)
        && is_name_word(ctx, k)
        && !ctx.is_class(k, class::NOT_NAME)
        && after + 2 < ctx.seg.tokens.len()
        && ctx.same_sentence(k, after + 2)
        && ctx.word(after) == ","
        && ctx.is_word(after + 1, &["a", "an"])
        && (after + 2..(after + 6).min(ctx.seg.tokens.len()))
            .take_while(|&i| ctx.same_sentence(k, i) && ctx.word(i) != ",")
            .any(|i| ctx.word(i).starts_with(char::is_lowercase) && someone(i))
}

/// "The Egyptian capital" is Cairo: a demonym before "capital" names its
/// country's capital.
fn capitals_by_demonym(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    for slot in slots.iter_mut() {
        let Item::Demonym(d, _) = slot.item else {
            continue;
        };
        if !(ctx.is_word(slot.last, &["capital"]) && ctx.same_sentence(slot.first, slot.last)) {
            continue;
        }
        if let Some(capital) = ctx.names.demonym_capital(d) {
            slot.last += 1;
            slot.item = Item::Final(What::Place(place_mention(ctx, capital)));
        }
    }
}

/// A town's name that opens the name of an organisation is no place: "the
/// Metro Center for journalists' rights", "the Hudson Institute", "the
/// Cameroon Renaissance Movement", "Zion Church", "St. Sebastian's Church";
/// nor is a country that ends one ("the Stock Exchange of Thailand").
fn drop_places_in_names(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    const ORGANISATIONS: &[&str] = &[
        "Center",
        "Centre",
        "Institute",
        "Foundation",
        "Association",
        "Observatory",
        "Corporation",
        "Company",
        "Group",
        "Network",
        "Agency",
        "Bank",
        "Times",
        "Post",
        "Herald",
        "Tribune",
        "Airways",
        "Airlines",
        "Church",
        "Cathedral",
        "Chapel",
        "Shrine",
        "Basilica",
    ];
    // (the word after it must be one no list reads: "Kabul Bank" may be listed)
    let starts: Vec<usize> = slots.iter().map(|s| s.first).collect();
    // "the Cameroon Renaissance Movement": a country that opens a party's
    // name, one capitalised word before the party word
    const PARTIES: &[&str] = &["Movement", "Party", "Front", "Alliance", "Congress"];
    // the country most of the places named lie in: a foreign town that
    // opens a hospital's or a hotel's name is no place of the story
    // ("Medina Hospital" in a story from Mogadishu; "Kabul University" in
    // one from Afghanistan is Kabul's)
    const VENUE_NAMES: &[&str] = &["Hospital", "Hotel", "University", "Stadium", "Mosque"];
    // the heads of institutions named "X of <country>": "the Stock Exchange
    // of Thailand"
    const INSTITUTION_HEADS: &[&str] = &[
        "Exchange",
        "Bank",
        "University",
        "Institute",
        "Academy",
        "Museum",
        "Federation",
        "Association",
        "Society",
        "Chamber",
    ];
    let story_country: Option<String> = {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for s in slots.iter() {
            if let Item::Final(What::Place(p)) = &s.item {
                if let Some(c) = p.country.as_deref() {
                    match counts.iter_mut().find(|(k, _)| *k == c) {
                        Some(e) => e.1 += 1,
                        None => counts.push((c, 1)),
                    }
                }
            }
        }
        counts.iter().max_by_key(|e| e.1).map(|e| e.0.to_string())
    };
    let foreign = |s: &Slot| {
        matches!(&s.item, Item::Final(What::Place(p))
            if p.country.as_deref().is_some_and(|c| story_country.as_deref().is_some_and(|sc| sc != c)))
    };
    let in_name = |s: &Slot| {
        let place = |kinds: &[PlaceKind]| matches!(&s.item, Item::Final(What::Place(p)) if kinds.contains(&p.kind));
        let word_at = |k: usize, words: &[&str]| {
            ctx.same_sentence(s.first, k)
                && ctx.is_word(k, words)
                && ctx.is_capital(k)
                && starts.binary_search(&k).is_err()
        };
        (place(&[PlaceKind::City]) && word_at(s.last, ORGANISATIONS))
            || (place(&[PlaceKind::City]) && foreign(s) && word_at(s.last, VENUE_NAMES))
            // a saint's name: "St. Sebastian's Church"
            || (place(&[PlaceKind::City])
                && s.first > 1
                && (ctx.is_word(s.first - 1, &["Saint", "St"])
                    || (ctx.word(s.first - 1) == "." && ctx.is_word(s.first - 2, &["St"]))))
            // "the Future Syria Party": a country between a name's words
            || (place(&[PlaceKind::City, PlaceKind::Country])
                && s.first > 0
                && ctx.same_sentence(s.first - 1, s.last)
                && ctx.is_capital(s.first - 1)
                && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word
                && starts.binary_search(&(s.first - 1)).is_err()
                && ctx.sentence_start(s.first) < s.first - 1
                && word_at(s.last, PARTIES))
            || (place(&[PlaceKind::City, PlaceKind::Country])
                && ctx.same_sentence(s.first, s.last + 1)
                && ctx.is_capital(s.last)
                && starts.binary_search(&s.last).is_err()
                && word_at(s.last + 1, PARTIES))
            // "the Stock Exchange of Thailand", "the Central Bank of Nigeria":
            // a country that ends an institution's name
            || (place(&[PlaceKind::Country])
                && s.first >= 2
                && ctx.same_sentence(s.first - 2, s.first)
                && ctx.is_word(s.first - 1, &["of"])
                && ctx.is_word(s.first - 2, INSTITUTION_HEADS))
            // "South America", "Latin America": a continent's part is no
            // country
            || (place(&[PlaceKind::Country])
                && s.first > 0
                && ctx.word(s.first) == "America"
                && ctx.is_word(s.first - 1, &["South", "Latin", "Central", "North"]))
            // "the Kuje Medium Security Custodial Centre": a region named
            // like an institution's head word ends a name
            || (matches!(&s.item, Item::Final(What::Place(_)))
                && s.last == s.first + 1
                && ctx.is_word(s.first, ORGANISATIONS)
                && s.first > ctx.sentence_start(s.first)
                && ctx.is_capital(s.first - 1)
                && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word
                && starts.binary_search(&(s.first - 1)).is_err())
            // "Guantánamo Bay": a region named like a word of a name ends it
            || (matches!(&s.item, Item::Final(What::Place(p)) if p.kind == PlaceKind::Admin1)
                && s.last == s.first + 1
                && ctx.is_word(s.first, &["Bay", "Gulf", "Island", "Islands", "Coast"])
                && s.first > ctx.sentence_start(s.first)
                && ctx.is_capital(s.first - 1)
                && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word)
            // "the Stade de France", "San Vicente del Caguán": a town or
            // province that opens a longer French or Spanish name no list
            // reads
            || (place(&[PlaceKind::City, PlaceKind::Admin1])
                && ctx.same_sentence(s.first, s.last + 1)
                && ctx.is_word(s.last, &["de", "du", "des", "del"])
                && ctx.word(s.last).starts_with(char::is_lowercase)
                // (or a date: "the Stade du 28 Septembre")
                && (ctx.is_capital(s.last + 1)
                    || ctx.word(s.last + 1).starts_with(|c: char| c.is_ascii_digit()))
                && starts.binary_search(&s.last).is_err())
            // "Assel Herrera Correa": a town or province between two
            // capitalised words no list reads, inside a sentence, is one
            // of a person's names
            || (place(&[PlaceKind::City, PlaceKind::Admin1])
                && s.first > ctx.sentence_start(s.first) + 1
                && ctx.same_sentence(s.first, s.last)
                && [s.first - 1, s.last].iter().all(|&k| {
                    ctx.is_capital(k)
                        && ctx.seg.tokens[k].kind == TokenKind::Word
                        && starts.binary_search(&k).is_err()
                        && !ctx.is_class(k, class::PLACE_NOUN)
                        && !ctx.is_word(k, ORGANISATIONS)
                }))
    };
    // "the Jordanian Red Sea resort of Aqaba", "the Gaza border town of
    // Sderot": a place that only describes the town named after "of"
    // (one it lies in stays, for the hierarchy: "the Kurdistan Region
    // capital of Erbil")
    let towns: Vec<(usize, PlaceMention)> = slots
        .iter()
        .filter_map(|t| match &t.item {
            Item::Final(What::Place(p)) if p.kind == PlaceKind::City => Some((t.first, p.clone())),
            _ => None,
        })
        .collect();
    let describes_a_town = |s: &Slot| {
        let Item::Final(What::Place(place)) = &s.item else {
            return false;
        };
        (1..=2).any(|n| {
            let of = s.last + n;
            ctx.same_sentence(s.first, of + 1)
                && (s.last..of).all(|k| ctx.word(k).starts_with(char::is_lowercase))
                && ctx.is_word(of, &["of"])
                && towns
                    .iter()
                    .any(|(k, town)| *k == of + 1 && !inside(town.into(), place.into()))
        })
    };
    slots.retain(|s| !in_name(s) && !describes_a_town(s));
}

/// Whether the slot ending right before token `k` is one an agent noun
/// composes with: a demonym or an organisation ("Iraqi Forces", "Peshmerga
/// Forces"), not a person ("Qin Gang").
fn ends_composing_slot(slots: &[Slot], k: usize) -> bool {
    slot_ending_at(slots, k).is_some_and(|s| match &s.item {
        Item::Demonym(..) | Item::Generic(_) => true,
        Item::Final(What::Actor(a)) => a.category != ActorCategory::Person,
        _ => false,
    })
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

/// Whether a verb trigger starts at token `k`.
fn verb_trigger_at(slots: &[Slot], k: usize) -> bool {
    matches!(slot_starting_at(slots, k), Some(Slot { item: Item::Final(What::Trigger(t)), .. })
        if t.form == TriggerForm::Verb)
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

/// Pass 4: demonyms and agent nouns. "Iraqi forces", "Ukrainian and Russian
/// negotiators", "Myanmar's military", "Peshmerga forces", "Israeli air strike".
fn compose_actors(ctx: &Ctx<'_>, mut slots: Vec<Slot>) -> Vec<Slot> {
    let mut out: Vec<Slot> = Vec::with_capacity(slots.len());
    let n = slots.len();
    let mut i = 0;
    while i < n {
        let slot = &slots[i];
        let next = slots
            .get(i + 1)
            .filter(|s| ctx.same_sentence(slot.first, s.first));
        let adjacent = next.is_some_and(|s| s.first == slot.last);
        let after_possessive = next.is_some_and(|s| {
            s.first == slot.last + 1 && ctx.seg.tokens[slot.last].kind == TokenKind::Possessive
        });
        let agent = next.and_then(|s| match s.item {
            Item::Generic(g) if ctx.lexicon.generics[g as usize].agent => Some(g),
            _ => None,
        });
        match &slot.item {
            Item::Demonym(d, _) => {
                // a run of coordinated demonyms sharing one noun
                let mut run = vec![(*d, slot.first, slot.last)];
                let mut j = i + 1;
                while j + 1 < n + 1 {
                    let Some(s) = slots.get(j) else { break };
                    let gap = s.first.saturating_sub(run.last().map_or(0, |r| r.2));
                    let joined = gap == 1 && matches!(ctx.word(s.first - 1), "and" | "," | "or");
                    match s.item {
                        Item::Demonym(d2, _) if joined => {
                            run.push((d2, s.first, s.last));
                            j += 1;
                        }
                        _ => break,
                    }
                }
                // the head noun, right after the demonyms or after up to two
                // lowercase modifiers ("Ethiopian federal forces")
                let run_end = run.last().map_or(0, |r| r.2);
                let head = slots.get(j).filter(|s| {
                    s.first == run_end
                        || (s.first <= run_end + 2
                            && ctx.same_sentence(run_end, s.first)
                            && matches!(s.item, Item::Generic(_))
                            && (run_end..s.first).all(|k| {
                                ctx.seg.tokens[k].kind == TokenKind::Word
                                    && ctx.word(k).starts_with(char::is_lowercase)
                                    // (not "Armenian positions with artillery")
                                    && !ctx.is_word(k, &["with", "of", "by", "and", "or", "in", "on", "from"])
                            }))
                });
                match head.map(|s| &s.item) {
                    Some(Item::Generic(g)) => {
                        let entry = &ctx.lexicon.generics[*g as usize];
                        let head = head.map_or(0, |s| s.last);
                        let noun_text = entry.phrase;
                        for (k, (d, first, _)) in run.iter().enumerate() {
                            let last = if k + 1 == run.len() { head } else { run[k].2 };
                            out.push(Slot {
                                first: *first,
                                last,
                                item: Item::Final(What::Actor(ctx.demonym_actor(
                                    *d,
                                    noun_text,
                                    entry.category,
                                ))),
                            });
                        }
                        i = j + 1;
                        continue;
                    }
                    Some(Item::Final(What::Actor(a))) if !a.generic && run.len() == 1 => {
                        let mut a = a.clone();
                        if a.country.is_none() && a.category != ActorCategory::Person {
                            a.country = ctx.names.demonym_country(*d);
                        }
                        let last = head.map_or(slot.last, |s| s.last);
                        out.push(Slot {
                            first: slot.first,
                            last,
                            item: Item::Final(What::Actor(a)),
                        });
                        i = j + 1;
                        continue;
                    }
                    Some(Item::Final(What::Trigger(t))) if t.form == TriggerForm::Noun => {
                        for (d, first, last) in &run {
                            let mut a = ctx.demonym_actor(*d, "forces", ActorCategory::Military);
                            a.on_trigger = true;
                            out.push(Slot {
                                first: *first,
                                last: *last,
                                item: Item::Final(What::Actor(a)),
                            });
                        }
                        i = j;
                        continue;
                    }
                    _ => {}
                }
                // "Israeli and Hamas negotiators": the demonyms share the noun
                // of the named group after "and"
                let shared = slots
                    .get(j)
                    .zip(slots.get(j + 1))
                    .and_then(|(named, noun)| {
                        let joined = named.first == run_end + 1 && ctx.is_word(run_end, &["and"]);
                        let group = matches!(&named.item, Item::Final(What::Actor(a))
                        if !a.generic && a.category != ActorCategory::Person);
                        match noun.item {
                            Item::Generic(g)
                                if joined
                                    && group
                                    && noun.first == named.last
                                    && ctx.lexicon.generics[g as usize].agent =>
                            {
                                Some(g)
                            }
                            _ => None,
                        }
                    });
                if let Some(g) = shared {
                    let entry = &ctx.lexicon.generics[g as usize];
                    for &(d, first, last) in &run {
                        out.push(Slot {
                            first,
                            last,
                            item: Item::Final(What::Actor(ctx.demonym_actor(
                                d,
                                entry.phrase,
                                entry.category,
                            ))),
                        });
                    }
                    i = j;
                    continue;
                }
            }
            Item::Final(What::Place(p))
                if p.kind == PlaceKind::Country
                    && agent.is_some()
                    && (adjacent || after_possessive) =>
            {
                let g = agent.unwrap_or(0);
                let entry = &ctx.lexicon.generics[g as usize];
                let last = next.map_or(slot.last, |s| s.last);
                out.push(Slot {
                    first: slot.first,
                    last,
                    item: Item::Final(What::Actor(ActorMention {
                        name: format!(
                            "{} {}",
                            p.name,
                            canonical_noun(entry.category, entry.phrase)
                        )
                        .into(),
                        category: entry.category,
                        country: p.country.clone(),
                        code: None,
                        affiliation: None,
                        same_as: None,
                        generic: false,
                        on_trigger: false,
                    })),
                });
                i += 2;
                continue;
            }
            Item::Generic(modifier) if agent.is_some() && adjacent => {
                // "police forces", "army patrol", "rebel fighters": one actor, of
                // the modifier's kind, except that "government forces" are the
                // military the head names
                let head = agent.unwrap_or(0);
                let government =
                    ctx.lexicon.generics[*modifier as usize].category == ActorCategory::Government;
                out.push(Slot {
                    first: slot.first,
                    last: next.map_or(slot.last, |s| s.last),
                    item: Item::Generic(if government { head } else { *modifier }),
                });
                i += 2;
                continue;
            }
            Item::Final(What::Actor(a)) if !a.generic && agent.is_some() && adjacent => {
                // "Peshmerga forces", "Boko Haram jihadists", "Asayish security forces"
                let last = next.map_or(slot.last, |s| s.last);
                let mut moved = take_slot(&mut slots[i]);
                moved.last = last;
                out.push(moved);
                i += 2;
                continue;
            }
            Item::Final(What::Place(_)) if after_possessive || adjacent => {
                // "Kurdistan Region's Peshmerga", "Kaduna State Governor": a modifier
                let modifies = next.is_some_and(|s| {
                    matches!(
                        &s.item,
                        Item::Final(What::Actor(_)) | Item::Generic(_) | Item::Title
                    )
                });
                if modifies {
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(take_slot(&mut slots[i]));
        i += 1;
    }
    out
}

/// Drops agent words used as modifiers of a thing ("a military base") and
/// those that end a name no list knows ("Foreign Minister Qin Gang").
fn drop_modifier_generics(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    let in_names: Vec<usize> = slots
        .iter()
        .filter(|s| {
            let k = s.first;
            matches!(s.item, Item::Generic(_))
                && k > ctx.sentence_start(k)
                && ctx.is_capital(k)
                && ctx.seg.tokens[k - 1].kind == TokenKind::Word
                && ctx.is_capital(k - 1)
                && !ends_composing_slot(slots, k)
        })
        .map(|s| s.first)
        .collect();
    // "the Government Science College": a capitalised agent word that
    // opens an institution's name
    const INSTITUTIONS: &[&str] = &["College", "School", "University", "Academy", "Hospital"];
    let opens_institution = |s: &Slot| {
        ctx.is_capital(s.first)
            && (s.last..(s.last + 3).min(ctx.seg.tokens.len()))
                .take_while(|&k| ctx.same_sentence(s.first, k) && ctx.is_capital(k))
                .any(|k| ctx.is_word(k, INSTITUTIONS))
    };
    // ("workers building a road": a plural before "building" acts)
    let modifies_noun = |s: &Slot| {
        ctx.is_class(s.last, class::MODIFIED_NOUN)
            && !(ctx.word(s.last).ends_with("ing") && ctx.word(s.last - 1).ends_with('s'))
    };
    slots.retain(|s| {
        !(matches!(s.item, Item::Generic(_))
            && (modifies_noun(s)
                || in_names.binary_search(&s.first).is_ok()
                || opens_institution(s)))
    });
}

/// Pass 5: places the gazetteer does not list, named by a place noun: "the
/// town of Kuriga", "Chikun local government area", "Haret Hreik district".
fn add_unlisted_places(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    // names may run over listed places ("the village of Tal Qasab" over "Tal")
    let covered = covered_tokens(ctx, slots.iter().filter(|s| !is_place(s)));
    let any_covered = covered_tokens(ctx, slots.iter());
    let tokens = &ctx.seg.tokens;
    let mut added = Vec::new();
    // the names introduced by "the town of": "Maaloula" alone later is
    // that town too
    let mut introduced: Vec<(usize, usize)> = Vec::new();
    for i in 0..tokens.len() {
        if any_covered[i] || ctx.classes[i] & (class::PLACE_NOUN | class::PLACE_NOUN_PLURAL) == 0 {
            continue;
        }
        // "the villages of Rio Hondo, Santa Barbara and Santa Catalina":
        // each name of the list
        if ctx.classes[i] & class::PLACE_NOUN_PLURAL != 0 {
            let mut k = i + 2;
            while ctx.is_word(k - 1, &["of", ",", "and"]) && k < tokens.len() && !covered[k] {
                let Some(end) = name_end(ctx, k, &covered) else {
                    break;
                };
                let listed = slot_starting_at(slots, k).is_some_and(|s| s.last >= end);
                if !listed {
                    added.push(unlisted(k, end, ctx.words(k, end).to_string()));
                    introduced.push((k, end));
                }
                k = if ctx.is_word(end, &[","]) && ctx.is_word(end + 1, &["and"]) {
                    end + 2
                } else {
                    end + 1
                };
            }
            continue;
        }
        // "<noun> of <Name>", unless a listed place is the name or runs over
        // it ("the city of Kherson", "the capital of North Darfur state")
        if ctx.is_word(i + 1, &["of"]) && i + 2 < tokens.len() && !covered[i + 2] {
            if let Some(end) = name_end(ctx, i + 2, &covered) {
                let listed = slot_starting_at(slots, i + 2).is_some_and(|s| s.last >= end);
                if !listed {
                    let name = ctx.words(i + 2, end).to_string();
                    added.push(unlisted(i + 2, end, name));
                    introduced.push((i + 2, end));
                    continue;
                }
            }
        }
        // "<Name> [local government] <noun>", unless the noun introduces a
        // listed place: "the Black Sea port of Batumi" (but "the Gelan
        // Condominiums area of Addis Ababa" is in it)
        if ctx.is_word(i, &["port", "city", "town", "village", "suburb"])
            && ctx.is_word(i + 1, &["of"])
            && starts_a_place(slots, i + 2)
        {
            continue;
        }
        let mut k = i;
        // "Chikun local government area", "the Jenin refugee camp"
        while k > 0 && ctx.is_word(k - 1, PLACE_NOUN_MODIFIERS) {
            k -= 1;
        }
        // ("the Bab al-Hawa border crossing": a particle joined to a name)
        let name_word =
            |k: usize| ctx.is_capital(k) || (particle_joined(ctx.word(k)) && ctx.is_capital(k - 1));
        if k > 1 && !any_covered[k - 1] && name_word(k - 1) {
            let mut s = k - 1;
            // (over a listed place, too: "Tuy Phong district" is not Tuy)
            while s > 0
                && !covered[s - 1]
                && s + 3 > k
                && name_word(s - 1)
                && !NOT_NAMES.contains(&ctx.word(s - 1))
            {
                s -= 1;
            }
            let w = ctx.word(k - 1);
            // "the Darfur city" describes a city; "Gaza City", "Kirkuk province"
            // name one; "the Kurdistan Region's forces" only qualify forces
            // ("Georgia's main Black Sea port" describes Batumi)
            let descriptive = (s > 0
                && ctx.is_word(
                    s - 1,
                    &["the", "a", "main", "largest", "biggest", "key", "major"],
                )
                && ctx.is_word(i, &["city", "town", "village", "capital", "port"]))
                || (i + 1 < tokens.len() && tokens[i + 1].kind == TokenKind::Possessive);
            if !NOT_NAMES.contains(&w) && ctx.same_sentence(s, i) && !descriptive {
                let name = ctx.words(s, i + 1).to_string();
                added.push(unlisted(s, i + 1, name));
            }
        }
    }
    named_again(ctx, &introduced, &any_covered, &mut added);
    // "in Pétion-Ville", "near Kasuwan Magani": capitalised words no list
    // knows, after a locative, name a place
    // the names added above, in order: a cursor tells which tokens they take
    added.sort_by_key(|a| a.first);
    let (mut next_added, mut taken_until) = (0, 0);
    let before_locatives = added.len();
    for i in ctx.capitals().filter(|&i| i > 0) {
        while next_added < before_locatives && added[next_added].first <= i {
            taken_until = taken_until.max(added[next_added].last);
            next_added += 1;
        }
        let taken = taken_until > i;
        if any_covered[i] || taken || !ctx.same_sentence(i - 1, i) {
            continue;
        }
        // "at Pushkin Square", "at the White House", "on Rustaveli Avenue":
        // other prepositions and an article lead to a named venue
        let article = ctx.is_word(i - 1, &["the"]);
        let preposition = if article {
            i.checked_sub(2)
        } else {
            Some(i - 1)
        };
        let Some(p) = preposition.filter(|&p| !any_covered[p]) else {
            continue;
        };
        // "in Pétion-Ville" names any place; "at the ..." only a venue
        // ("drove the militants out of Swat")
        let out_of = p > 0 && ctx.is_word(p, &["of"]) && ctx.is_word(p - 1, &["out"]);
        let any_place = !article && (ctx.is_word(p, &["in", "near", "outside"]) || out_of);
        if !any_place && !ctx.is_word(p, &["in", "near", "outside", "at", "on", "inside"]) {
            continue;
        }
        // "said in Arabic"
        const LANGUAGES: &[&str] = &[
            "Arabic",
            "English",
            "Persian",
            "Farsi",
            "Hebrew",
            "Urdu",
            "Pashto",
            "Dari",
            "Swahili",
            "Hausa",
            "Amharic",
            "Tigrinya",
            "Spanish",
            "Portuguese",
            "Mandarin",
            "Hindi",
        ];
        if is_any(ctx.word(i), LANGUAGES) {
            continue;
        }
        let Some(end) = name_end(ctx, i, &any_covered) else {
            continue;
        };
        // (past a plural's apostrophe: "Martyrs’ Square")
        let end = if end + 1 < tokens.len()
            && ctx.is_word(end, &["'", "’"])
            && ctx.same_sentence(i, end + 1)
            && VENUES.contains(&ctx.word(end + 1))
        {
            end + 1
        } else {
            end
        };
        // a venue word ends the name, though no person's name takes it ("the Oval Office")
        let end = if end < tokens.len()
            && !any_covered[end]
            && ctx.same_sentence(i, end)
            && VENUES.contains(&ctx.word(end))
        {
            end + 1
        } else {
            end
        };
        // a name that goes on into known words is no place name ("in Kurdistan Region's")
        if end - i > 3
            || any_covered.get(end).copied().unwrap_or(false)
            || ctx.is_word(end, &["'s", "’s"])
        {
            continue;
        }
        if !any_place && !is_any(ctx.word(end - 1), VENUES) {
            continue;
        }
        // "at the Palace of the Revolution": a venue's name goes on past "of"
        let end = if ctx.is_word(end, &["of"]) && is_any(ctx.word(end - 1), VENUES) {
            let k = if ctx.is_word(end + 1, &["the"]) {
                end + 2
            } else {
                end + 1
            };
            match name_end(ctx, k, &any_covered) {
                Some(e) if k < tokens.len() && ctx.same_sentence(i, e - 1) && e - k <= 3 => e,
                _ => end,
            }
        } else {
            end
        };
        let name = ctx.words(i, end).to_string();
        added.push(unlisted(i, end, name));
    }
    if !added.is_empty() {
        // an unlisted name replaces the listed places inside it
        slots.retain(|s| {
            !added
                .iter()
                .any(|a: &Slot| s.first < a.last && a.first < s.last)
        });
    }
    add_slots(slots, added);
}

/// "the Gulf of Aden", "Pushkin Square": a body of water or a street named
/// after a place is one place, not the place it is named after.
fn name_after_places(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    const WATERS: &[&str] = &["Gulf", "Bay", "Strait", "Straits", "Sea", "Lake"];
    const STREETS: &[&str] = &["Square", "Avenue", "Street", "Road", "Park", "Bridge"];
    let mut merged = false;
    for slot in slots.iter_mut() {
        let (first, last) = (slot.first, slot.last);
        if !is_place(&&*slot) {
            continue;
        }
        let (first, last) = if first >= 2
            && ctx.is_word(first - 1, &["of"])
            && WATERS.contains(&ctx.word(first - 2))
            && ctx.same_sentence(first - 2, first)
        {
            (first - 2, last)
        } else if last < ctx.seg.tokens.len()
            && STREETS.contains(&ctx.word(last))
            && ctx.same_sentence(first, last)
        {
            (first, last + 1)
        } else {
            continue;
        };
        let name = ctx.words(first, last).to_string();
        *slot = unlisted(first, last, name);
        merged = true;
    }
    if merged {
        // a slot of the word joined to the place ("Gulf") gives way
        let mut kept: Vec<Slot> = Vec::with_capacity(slots.len());
        for s in slots.drain(..) {
            match kept.last() {
                Some(prev) if prev.last > s.first => {
                    if s.last - s.first > prev.last - prev.first {
                        kept.pop();
                        kept.push(s);
                    }
                }
                _ => kept.push(s),
            }
        }
        *slots = kept;
    }
}

/// What may stand between a subject and its verb.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "again",
    "not",
    "never",
    "swiftly",
    "quickly",
    "reportedly",
    "allegedly",
    "repeatedly",
    "previously",
    "recently",
    "immediately",
    "subsequently",
    "itself",
];
/// What a government does besides the events themselves.
const GOVERNMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "denied",
    "denies",
    "accused",
    "accuses",
    "blamed",
    "blames",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "launched",
    "launches",
    "sent",
    "sends",
    "deployed",
    "deploys",
    "responded",
    "responds",
    "retaliated",
    "retaliates",
    "warned",
    "warns",
    "condemned",
    "condemns",
    "rejected",
    "rejects",
    "insisted",
    "insists",
    "ordered",
    "orders",
    "carried",
    "fired",
    "vowed",
    "vows",
    "agreed",
    "agrees",
    "signed",
    "signs",
    "demanded",
    "demands",
    "urged",
    "urges",
    "wants",
    "will",
    "would",
    "admitted",
    "admits",
];
/// Whether token `k` may be a word of a person's name: capitalised, not in
/// capitals, not a function word, and no adjective ("Kurdish-held",
/// "Iran-backed": a hyphenated word ending in lowercase).
fn is_name_word(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.word(k);
    // "al-Muhandis", "el-Sisi": the Arabic article before a capital
    let article = ["al-", "el-"]
        .iter()
        .any(|a| w.strip_prefix(a).is_some_and(is_capitalized));
    k < ctx.seg.tokens.len()
        && ctx.seg.tokens[k].kind == TokenKind::Word
        && (ctx.is_capital(k) || article)
        && w.chars().skip(1).any(char::is_lowercase)
        && !ctx.is_class(k, class::NOT_NAME)
        && !w
            .rsplit_once('-')
            .is_some_and(|(_, end)| end.starts_with(char::is_lowercase))
}

/// "Japan's Yoko Kamikawa", "China's Wang Yi": two to four capitalised
/// words no list knows, after a country's possessive, name a person of that
/// country (and "Kamikawa" later is the same person).
fn possessed_persons(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, persons: &mut PersonIndex) {
    let tokens = &ctx.seg.tokens;
    let name_word = |k: usize| is_name_word(ctx, k);
    let mut added: Vec<Slot> = Vec::new();
    for (j, slot) in slots.iter().enumerate() {
        let Item::Final(What::Place(p)) = &slot.item else {
            continue;
        };
        let first = slot.last + 1;
        if p.kind != PlaceKind::Country
            || tokens
                .get(slot.last)
                .is_none_or(|t| t.kind != TokenKind::Possessive)
            || !ctx.same_sentence(slot.first, first)
        {
            continue;
        }
        // the words up to the next slot
        let next_slot = slots.get(j + 1).map_or(tokens.len(), |s| s.first);
        let mut last = first;
        while last < next_slot
            && last - first < 4
            && name_word(last)
            && ctx.same_sentence(first, last)
        {
            last += 1;
        }
        let n = last - first;
        // the whole name, or none: it must not run on into a slot or a fifth word
        if !(2..=4).contains(&n)
            || name_word(last)
            || ctx.is_class(last - 1, class::NOT_PERSON_ENDING)
        {
            continue;
        }
        // ("Iraq's Camp Taji": a base)
        if ctx.is_word(first, PLACE_FIRST_WORDS) {
            added.push(unlisted(first, last, ctx.words(first, last).to_string()));
            continue;
        }
        let name: Name = ctx.words(first, last).into();
        persons.add(&name, "", p.country.clone(), None, first);
        added.push(Slot {
            first,
            last,
            item: Item::Final(What::Actor(ActorMention {
                country: p.country.clone(),
                ..ActorMention::named(name, ActorCategory::Person)
            })),
        });
    }
    add_slots(slots, added);
}

/// "The US carried out strikes", "the U.S. and China held talks", "the 16
/// Americans and one Canadian, who ...": a demonym that is also a country's
/// name or one of its people, and that no noun took, is the country or the
/// person where a verb, a partner or punctuation follows it.
fn countries_named_as_demonyms(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    for j in 0..slots.len() {
        let Item::Demonym(d, Some(other)) = slots[j].item else {
            continue;
        };
        let (first, k) = (slots[j].first, slots[j].last);
        let acts = !ctx.same_sentence(first, k)
            || ctx.seg.tokens[k].kind != TokenKind::Word
            || ctx.is_word(k, AUXILIARIES)
            || ctx.is_word(k, GOVERNMENT_VERBS)
            || ctx.is_word(k, &["and", "or", "is", "was", "did", "does", "could"])
            || verb_trigger_at(slots, k);
        // "one Canadian", "a Canadian": an article or "one" before the person;
        // not "most of them American", "an Israeli “strategic centre”"
        // ("thousands of Lebanese marched": the people counted)
        let counted = first > 1
            && ctx.is_word(first - 1, &["of"])
            && ctx.is_word(first - 2, &["thousands", "hundreds", "dozens", "millions"]);
        let person_ok = first > 0
            && (ctx.is_word(first - 1, &["a", "an", "one", "the"]) || counted)
            && !ctx.is_word(k, &["“", "\"", "‘", "'"]);
        if !acts || matches!(other, Reading::Person) && !person_ok {
            continue;
        }
        slots[j].item = match other {
            Reading::Country(place) => Item::Final(What::Place(place_mention(ctx, place))),
            Reading::Person => Item::Final(What::Actor(ActorMention {
                country: ctx.names.demonym_country(d),
                ..ActorMention::named(ctx.words(first, k).into(), ActorCategory::Civilians)
            })),
        };
    }
}

/// Words after which a capital is no subject: prepositions, articles.
const NOT_BEFORE_SUBJECTS: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "of", "across", "outside", "inside", "around",
    "toward", "towards", "via", "through", "over", "under", "between", "on", "the", "a", "an",
    "by", "for", "with", "against", "and", "or", "than",
];

/// "Ankara launched air strikes", "strikes by Tehran", "Moscow's invasion":
/// a capital where an actor stands is its country's government, and no
/// place of the event. Only where the capital acts: "Russia attacked Kyiv",
/// "Kabul was rocked by blasts" keep Kyiv and Kabul as places.
fn seats_as_governments(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    // what may come before a subject
    const OPENERS: &[&str] = &[
        ",", "and", "but", "that", "when", "as", "while", "after", "before", "because", "since",
        "though", "although", "said", "says", "(", "—", "–", "\"", "“",
    ];
    const FORCES: &[&str] = &[
        "forces",
        "troops",
        "army",
        "military",
        "government",
        "proxies",
        "allies",
        "warplanes",
        "jets",
        "drones",
        "missiles",
    ];
    let verb_at = |k: usize| {
        ctx.is_word(k, GOVERNMENT_VERBS)
            || (verb_trigger_at(slots, k) && !ctx.is_word(k, &["hosted", "hosts"]))
    };
    let mut acting = vec![false; slots.len()];
    for (j, slot) in slots.iter().enumerate() {
        let Item::Final(What::Place(PlaceMention {
            seat_of: Some(_), ..
        })) = &slot.item
        else {
            continue;
        };
        let (first, last) = (slot.first, slot.last);
        // "an accusation Kabul rejected": after a noun, before a verb of the
        // state's, not after a preposition or an article
        let after_noun = first > 0
            && ctx.seg.tokens[first - 1].kind == TokenKind::Word
            && ctx.word(first - 1).starts_with(char::is_lowercase)
            && !ctx.is_word(first - 1, NOT_BEFORE_SUBJECTS)
            && ctx.is_word(last, GOVERNMENT_VERBS)
            && ctx.same_sentence(first, last);
        let subject =
            (first == ctx.sentence_start(first) || ctx.is_word(first - 1, OPENERS) || after_noun)
                && {
                    let mut k = last;
                    while ctx.is_word(k, AUXILIARIES) && ctx.same_sentence(first, k) {
                        k += 1;
                    }
                    ctx.same_sentence(first, k) && verb_at(k)
                };
        let agent = first >= 2
            && ctx.is_word(first - 1, &["by"])
            && (ctx.word(first - 2).ends_with("ed")
                || matches!(
                    slot_ending_at(slots, first - 1),
                    Some(Slot {
                        item: Item::Final(What::Trigger(_)),
                        ..
                    })
                ));
        let possessor = ctx.is_word(last, &["'s", "’s"])
            && ctx.same_sentence(first, last + 1)
            // "in Kyiv's Darnytskyi district"
            && !(first > 0 && ctx.is_word(first - 1, &["in", "at", "near", "outside", "into", "to", "from"]))
            && (ctx.is_word(last + 1, FORCES)
                || matches!(slot_starting_at(slots, last + 1), Some(Slot { item: Item::Final(What::Trigger(_)), .. })));
        acting[j] = subject || agent || possessor;
    }
    // "Moscow and Kyiv held talks": the first of two acts with the second
    for j in (0..slots.len().saturating_sub(1)).rev() {
        if !acting[j + 1] || acting[j] {
            continue;
        }
        let (a, b) = (&slots[j], &slots[j + 1]);
        acting[j] = matches!(&a.item, Item::Final(What::Place(p)) if p.seat_of.is_some())
            && b.first == a.last + 1
            && ctx.is_word(a.last, &["and"]);
    }
    for (slot, acts) in slots.iter_mut().zip(acting) {
        if !acts {
            continue;
        }
        let Item::Final(What::Place(p)) = &slot.item else {
            continue;
        };
        let (Some(country), code) = (p.seat_of.clone(), p.country.clone()) else {
            continue;
        };
        slot.item = Item::Final(What::Actor(ActorMention {
            country: code,
            ..ActorMention::named(country, ActorCategory::Government)
        }));
    }
}

/// The buildings that stand for a government are places after "in", "at"
/// or "outside": "talks with King Abdullah in the Kremlin", "a rally outside
/// the White House" (elsewhere, "the Kremlin said" is the government).
fn seat_buildings_as_venues(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    const BUILDINGS: &[&str] = &["Kremlin", "White House", "Élysée", "Downing Street"];
    for slot in slots.iter_mut() {
        let Item::Final(What::Actor(a)) = &slot.item else {
            continue;
        };
        if a.category != ActorCategory::Government || !BUILDINGS.contains(&&*a.name) {
            continue;
        }
        let first = slot.first;
        let at = if first > 0 && ctx.is_word(first - 1, &["the"]) {
            first - 1
        } else {
            first
        };
        if at > 0
            && ctx.same_sentence(at - 1, first)
            && ctx.is_word(at - 1, &["in", "at", "inside", "outside", "near"])
        {
            let name = a.name.to_string();
            *slot = unlisted(first, slot.last, name);
        }
    }
}

/// Whether the word at `k` is a verb in the past a name before it does:
/// "Beijing imposed", "Moscow said".
fn acts(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.same_sentence(k.saturating_sub(1), k)
        && w.starts_with(char::is_lowercase)
        && (w.ends_with("ed") || is_any(w, &["said", "says", "has", "had"]))
}

/// The names of unlisted places `introduced` (token ranges), met again
/// alone: "the town of Maaloula ... Maaloula". Adds them to `added`.
fn named_again(
    ctx: &Ctx<'_>,
    introduced: &[(usize, usize)],
    any_covered: &[bool],
    added: &mut Vec<Slot>,
) {
    if introduced.is_empty() {
        return;
    }
    let tokens = &ctx.seg.tokens;
    let same_words = |i: usize, (a, b): (usize, usize)| {
        i + (b - a) <= tokens.len() && (0..b - a).all(|k| ctx.word(i + k) == ctx.word(a + k))
    };
    let name_word =
        |k: usize| ctx.is_capital(k) && tokens[k].kind == TokenKind::Word && !any_covered[k];
    for i in ctx.capitals() {
        let Some(&(a, b)) = introduced.iter().find(|&&n| n.0 != i && same_words(i, n)) else {
            continue;
        };
        let end = i + (b - a);
        // (a whole name: not "Maaloula Road", not inside another)
        let whole = (i..end).all(|k| !any_covered[k])
            && !(i > ctx.sentence_start(i) && name_word(i - 1))
            && !(end < tokens.len() && ctx.same_sentence(i, end) && name_word(end));
        if whole && !added.iter().any(|s: &Slot| s.first == i) {
            added.push(unlisted(i, end, ctx.words(i, end).to_string()));
        }
    }
}

/// "Azerbaijan retook Nagorno-Karabakh", "the rebels overran Sar-e-Pul":
/// what these verbs take is a place, named or not in a list (not what
/// "captured" or "seized" take, which may be people).
fn add_places_taken(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    const TAKING_PLACES: &[&str] = &[
        "retook",
        "retaken",
        "retakes",
        "recaptured",
        "recaptures",
        "overran",
        "overrun",
    ];
    let tokens = &ctx.seg.tokens;
    // ("captured Kilinochchi, the Tamil Tiger rebels' de facto capital":
    // what the name is said to be makes it a place)
    let placed_by_apposition = |s: &Slot| {
        let covered = |k: usize| covered_at(slots, k);
        let mut k = s.last;
        while k < tokens.len() && k < s.last + 4 && ctx.is_capital(k) && !covered(k) {
            k += 1;
        }
        k > s.last
            && ctx.is_word(k, &[","])
            && ctx.is_word(k + 1, &["the", "a"])
            && (k + 2..(k + 9).min(tokens.len()))
                .take_while(|&j| {
                    ctx.same_sentence(k, j)
                        && !ctx.is_word(j, &[",", "in", "on", "at", "near", "who", "which"])
                })
                .any(|j| {
                    ctx.is_word(
                        j,
                        &[
                            "capital",
                            "town",
                            "city",
                            "village",
                            "stronghold",
                            "bastion",
                        ],
                    )
                })
    };
    let taking = |s: &Slot| {
        matches!(&s.item, Item::Final(What::Trigger(t)) if t.kind == Some(EventKind::Takeover))
            && (ctx.is_word(s.first, TAKING_PLACES)
                || ctx.is_word(s.last - 1, &["of"])
                || placed_by_apposition(s))
    };
    let starts: Vec<usize> = slots
        .iter()
        .filter(|s| taking(s) && s.last < ctx.seg.tokens.len() && !covered_at(slots, s.last))
        .map(|s| s.last)
        .collect();
    if starts.is_empty() {
        return;
    }
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    let mut introduced = Vec::new();
    // ("recaptured Jose Adolfo Macias, the Los Choneros gang leader": a
    // fugitive, by what the name is said to be)
    let said_a_person = |end: usize| {
        ctx.is_word(end, &[","])
            && (ctx.is_word(end + 1, &["who", "aged"])
                || ctx.word(end + 1).bytes().all(|b| b.is_ascii_digit())
                || ctx.is_word(end + 1, &["the", "a"])
                    && (end + 2..(end + 8).min(tokens.len()))
                        .take_while(|&j| ctx.same_sentence(end, j) && !ctx.is_word(j, &[","]))
                        .any(|j| {
                            ctx.is_word(
                                j,
                                &[
                                    "leader",
                                    "boss",
                                    "chief",
                                    "kingpin",
                                    "lord",
                                    "founder",
                                    "commander",
                                ],
                            )
                        }))
    };
    for k in starts {
        if let Some(end) = name_end(ctx, k, &covered).filter(|&end| !said_a_person(end)) {
            let name = ctx.words(k, end).to_string();
            added.push(unlisted(k, end, name));
            introduced.push((k, end));
        }
    }
    // ("Kilinochchi" later is that town too)
    named_again(ctx, &introduced, &covered, &mut added);
    add_slots(slots, added);
}

/// "in Kayes, Nioro du Sahel, Diboli, Sandaré and Gogoui": names no list
/// knows, in a list after a locative with places it knows, are places too.
fn add_listed_with_places(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    let tokens = &ctx.seg.tokens;
    let place_at = |k: usize| slot_starting_at(slots, k).filter(is_place).map(|s| s.last);
    // lists start at a known place after a locative and go on with "," or
    // "and": found from the slots, not from every token
    let starts: Vec<usize> = slots
        .iter()
        .filter(|s| {
            is_place(s)
                && s.first > 0
                && ctx.is_word(s.first - 1, &["in", "near", "outside"])
                && ctx.is_word(s.last, &[",", "and"])
        })
        .map(|s| s.first)
        .collect();
    if starts.is_empty() {
        return;
    }
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    let mut from = 0;
    for start in starts {
        if start < from {
            continue;
        }
        // the members: known places and capitalised names, joined by "," and "and"
        let (mut k, mut unknown, mut closed) = (start, Vec::new(), false);
        loop {
            if let Some(end) = place_at(k) {
                k = end;
            } else if !covered[k] && ctx.is_capital(k) && ctx.same_sentence(start, k) {
                // a name that a verb follows is a subject: "in Baghdad and Smith said"
                let then_verb = |end: usize| {
                    end < tokens.len()
                        && ctx.word(end).starts_with(char::is_lowercase)
                        && !ctx.is_word(
                            end,
                            &["and", "or", "in", "on", "at", "near", "of", "to", "from"],
                        )
                };
                match name_end(ctx, k, &covered) {
                    Some(end) if end - k <= 3 && !then_verb(end) => {
                        unknown.push((k, end));
                        k = end;
                    }
                    _ => break,
                }
            } else {
                break;
            }
            if closed || k >= tokens.len() {
                break;
            }
            if ctx.is_word(k, &[","]) && k + 1 < tokens.len() && ctx.is_word(k + 1, &["and"]) {
                k += 2;
                closed = true;
            } else if ctx.is_word(k, &["and"]) {
                k += 1;
                closed = true;
            } else if ctx.is_word(k, &[","]) {
                k += 1;
            } else {
                break;
            }
            if k >= tokens.len() {
                break;
            }
        }
        if closed {
            for (first, last) in unknown {
                let name = ctx.words(first, last).to_string();
                added.push(unlisted(first, last, name));
            }
        }
        from = k;
    }
    add_slots(slots, added);
}

/// Last words of the names of places smaller than a town, which may follow
/// "at", "on" or "the": "at Pushkin Square", "at the White House".
const VENUES: &[&str] = &[
    "Square",
    "Avenue",
    "Street",
    "Road",
    "Park",
    "Bridge",
    "Palace",
    "House",
    "University",
    "Stadium",
    "Airport",
    "Court",
    "Camp",
    "Cantonment",
    "Campus",
    "Office",
    "Institute",
    "College",
    "School",
    "Academy",
];

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

/// "A little-known group calling itself Saraya Awliya al-Dam": the name a
/// group gives itself is an armed group no list knows.
fn add_self_named_groups(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    // (more than the anaphors' [`GROUP_NOUNS`]: "a militia calling itself")
    const SELF_NAMING_NOUNS: &[&str] = &[
        "group",
        "groups",
        "militia",
        "faction",
        "organisation",
        "organization",
        "movement",
        "outfit",
        "brigade",
    ];
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    for first in ctx.capitals().filter(|&i| i >= 3 && !covered[i]) {
        let k = if ctx.is_word(first - 1, &["the"]) {
            first - 1
        } else {
            first
        };
        // (by length first: most words are not these)
        let self_named = k >= 3
            && matches!(ctx.word(k - 1).len(), 6 | 10)
            && ctx.is_word(k - 1, &["itself", "themselves"])
            && ctx.is_word(k - 2, &["calling", "calls", "called"])
            && (k.saturating_sub(6)..k - 2).any(|i| ctx.is_word(i, SELF_NAMING_NOUNS));
        if !self_named || !ctx.same_sentence(k - 2, first) {
            continue;
        }
        if let Some(end) = name_end(ctx, first, &covered) {
            let name: Name = ctx.words(first, end).into();
            added.push(Slot {
                first,
                last: end,
                item: Item::Final(What::Actor(ActorMention::named(
                    name,
                    ActorCategory::ArmedGroup,
                ))),
            });
        }
    }
    add_slots(slots, added);
}

/// Pass 6: "the group", "the militants" → the last armed group; "the area" →
/// the last place, "the city" → the last town, "the state" → the last
/// province, "the capital" and "the country" → the story's; "both sides",
/// "the two leaders", "they" → the parties of the last meeting (resolved by
/// the frames); "the president" → the last person with that title.
fn add_anaphors(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, persons: &PersonIndex, completed: &[bool]) {
    let covered = covered_tokens(ctx, slots.iter());
    // the last armed group and places seen, as slot indices
    let mut last_group: Option<usize> = None;
    let mut last_place: Option<usize> = None;
    let mut last_city: Option<usize> = None;
    let mut last_capital: Option<usize> = None;
    let mut last_admin1: Option<usize> = None;
    let mut last_country: Option<usize> = None;
    // the country the story is about: the one its places lie in most often
    let mut countries: Vec<CountrySeen<'_>> = Vec::new();
    let actor_at = |k: usize| match &slots[k].item {
        Item::Final(What::Actor(a)) => Some(a.clone()),
        _ => None,
    };
    let place_at = |k: usize| match &slots[k].item {
        Item::Final(What::Place(p)) => Some(p.clone()),
        _ => None,
    };
    let mut next_slot = 0;
    let mut added = Vec::new();
    let tokens = &ctx.seg.tokens;
    // only determiners, "both", "they", group and place nouns and titles
    // can start or head an anaphor: the walk goes from one to the next
    let mut candidates: Vec<usize> = (0..tokens.len())
        .filter(|&i| ctx.classes[i] & class::ANAPHOR != 0)
        .chain(
            slots
                .iter()
                .filter(|s| matches!(s.item, Item::Generic(_) | Item::Title))
                .map(|s| s.first),
        )
        .filter(|&i| completed[ctx.sentence_of[i] as usize])
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    for i in candidates {
        while next_slot < slots.len() && slots[next_slot].last <= i {
            match &slots[next_slot].item {
                Item::Final(What::Actor(a))
                    if !a.generic
                        && matches!(
                            a.category,
                            ActorCategory::ArmedGroup | ActorCategory::Militia
                        ) =>
                {
                    last_group = Some(next_slot);
                }
                // (not a surname: "Rodas was later flown to Mexico")
                Item::Final(What::Place(_))
                    if persons.town_named_as(ctx, &slots[next_slot]).is_some() => {}
                // (nor a capital that acts for its government: "the law that
                // Beijing imposed on the city"; "a bomb attack in Damascus
                // killed" is in the city)
                Item::Final(What::Place(p))
                    if p.seat_of.is_some()
                        && acts(ctx, slots[next_slot].last)
                        && !ctx.is_word(
                            slots[next_slot].first.wrapping_sub(1),
                            &["in", "at", "near", "outside", "from", "to"],
                        ) => {}
                Item::Final(What::Place(p)) => {
                    last_place = Some(next_slot);
                    match p.kind {
                        // (an unlisted area is no town: "Sur province", "Baglar district")
                        PlaceKind::Unlisted if ends_with_area_noun(&p.name) => {}
                        // (nor a spot in town: "Girgaum Chowpatty beach",
                        // "Tahrir Square")
                        PlaceKind::Unlisted
                            if p.name.rsplit(' ').next().is_some_and(|w| is_any(w, VENUES))
                                || ctx.is_word(
                                    slots[next_slot].last,
                                    &[
                                        "beach",
                                        "square",
                                        "neighbourhood",
                                        "neighborhood",
                                        "street",
                                        "road",
                                        "market",
                                        "camp",
                                        "airport",
                                    ],
                                ) => {}
                        PlaceKind::City | PlaceKind::Unlisted => last_city = Some(next_slot),
                        PlaceKind::Country => last_country = Some(next_slot),
                        PlaceKind::Admin1 => last_admin1 = Some(next_slot),
                    }
                    if p.seat_of.is_some() {
                        last_capital = Some(next_slot);
                    }
                    if let Some(code) = p.country.as_deref() {
                        let country_slot = (p.kind == PlaceKind::Country).then_some(next_slot);
                        let capital_slot = p.seat_of.is_some().then_some(next_slot);
                        match countries.iter_mut().find(|c| c.code == code) {
                            Some(c) => {
                                c.places += 1;
                                c.country = country_slot.or(c.country);
                                c.capital = capital_slot.or(c.capital);
                            }
                            None => countries.push(CountrySeen {
                                code,
                                places: 1,
                                country: country_slot,
                                capital: capital_slot,
                            }),
                        }
                    }
                }
                _ => {}
            }
            next_slot += 1;
        }
        let w = ctx.word(i);
        let slot_here = slots.get(next_slot).filter(|s| s.first == i);
        let covered_generic = slot_here.is_some_and(|s| matches!(s.item, Item::Generic(_)));
        let covered_title = slot_here.is_some_and(|s| matches!(s.item, Item::Title));
        if !covered_generic && !covered_title && ctx.classes[i] & class::ANAPHOR == 0 {
            continue;
        }
        // "the president": the person named with that title, or the holder
        // of the office unnamed
        if covered_title {
            let before = next_slot.checked_sub(1).map(|b| &slots[b]);
            if let Some(slot) = office_holder(ctx, &slots[next_slot], before, &covered, persons) {
                added.push((next_slot, slot));
            }
            continue;
        }
        // "the two leaders", "both sides": the parties of the last meeting, even
        // where the noun is a lexicon word
        let parties_len = if ctx.is_word(i, &["both"])
            && ctx.is_word(i + 1, &["sides", "leaders", "countries", "men"])
        {
            2
        } else if ctx.is_word(i, &["the"])
            && ctx.is_word(i + 1, &["two", "three"])
            && ctx.is_word(i + 2, PARTY_NOUNS)
        {
            3
        } else if ctx.is_word(i, &["they"]) {
            1
        } else {
            0
        };
        if parties_len > 0
            && (i..i + parties_len).all(|k| {
                !covered[k]
                    || slots
                        .iter()
                        .any(|s| s.first <= k && k < s.last && matches!(s.item, Item::Generic(_)))
            })
        {
            added.push((
                usize::MAX,
                Slot {
                    first: i,
                    last: i + parties_len,
                    item: Item::Final(What::Parties),
                },
            ));
            continue;
        }
        if covered[i] {
            // "the militants": a generic armed-group word after "the"
            if let Some(s) = slots.get(next_slot).filter(|s| s.first == i) {
                if let Item::Generic(g) = s.item {
                    let entry = &ctx.lexicon.generics[g as usize];
                    if entry.category == ActorCategory::ArmedGroup
                        && i > 0
                        && ctx.is_word(i - 1, &["the"])
                    {
                        if let Some(a) = last_group.and_then(actor_at) {
                            added.push((
                                next_slot,
                                Slot {
                                    first: s.first,
                                    last: s.last,
                                    item: Item::Final(What::Actor(a)),
                                },
                            ));
                        }
                    }
                }
            }
            continue;
        }
        // "the mountain kingdom's capital": the capital of the story's
        // country, named by a word for a country
        // (the words are read first: the capital is looked up only for them)
        let owned_capital = (w.eq_ignore_ascii_case("capital")
            && !covered[i]
            && i >= 3
            && ctx.seg.tokens[i - 1].kind == TokenKind::Possessive
            && ctx.is_word(
                i - 2,
                &[
                    "country", "kingdom", "nation", "republic", "emirate", "island",
                ],
            ))
        .then(|| {
            let owner = i - 2;
            (1..=3).map(|b| owner.saturating_sub(b)).find(|&k| {
                ctx.is_word(k, &["the"])
                    && (k + 1..owner)
                        .all(|j| !covered[j] && ctx.word(j).starts_with(char::is_lowercase))
            })
        })
        .flatten()
        .filter(|&the| ctx.same_sentence(the, i));
        if let Some(the) = owned_capital {
            // (the story's country is the one most places lie in; its
            // capital need not be named before; of two, the one named first)
            let capital = countries
                .iter()
                .rev()
                .max_by_key(|c| c.places)
                .and_then(|c| {
                    c.capital
                        .and_then(place_at)
                        .or_else(|| ctx.names.capital_of(c.code).map(|k| place_mention(ctx, k)))
                });
            if let Some(mut p) = capital {
                p.country_actor = false;
                added.push((
                    usize::MAX,
                    Slot {
                        first: the,
                        last: i + 1,
                        item: Item::Final(What::Place(p)),
                    },
                ));
                continue;
            }
        }
        // determiner, then up to two lowercase modifiers ("Islamist" too),
        // then the noun
        // (a possessive is a determiner too: "said his group had played no
        // part", not "that his group")
        let det = (1..=3).find(|&back| {
            i >= back
                && ctx.is_word(
                    i - back,
                    &["the", "its", "this", "that", "his", "her", "their"],
                )
                && (i - back + 1..i).all(|k| {
                    !covered[k]
                        && !ctx.is_word(k, &["his", "her", "their", "its"])
                        && (ctx.word(k).starts_with(char::is_lowercase)
                            || ctx.word(k).ends_with("ist"))
                })
        });
        // (only the group is a possessive's: "their country's embassy" is
        // no place named)
        let possessed = det.is_some_and(|back| ctx.is_word(i - back, &["his", "her", "their"]));
        if let Some(back) = det {
            if is_any(w, GROUP_NOUNS) {
                if let Some(a) = last_group.and_then(actor_at) {
                    added.push((
                        usize::MAX,
                        Slot {
                            first: i - back,
                            last: i + 1,
                            item: Item::Final(What::Actor(a)),
                        },
                    ));
                }
                continue;
            }
            // not "the town of Kuriga", nor "the capital Naypyitaw": named
            // there; nor "the state broadcaster", "the city council": a
            // modifier of a noun
            if back == 1
                && !possessed
                && is_any(w, PLACE_NOUNS)
                && !ctx.is_word(i + 1, &["of"])
                && !ctx.is_word(i + 1, PLACE_NOUN_COMPOUNDS)
                // ("the port city of Aden", "the border town")
                && !ctx.is_class(i + 1, class::PLACE_NOUN)
                && ctx
                    .classes
                    .get(i + 1)
                    .is_none_or(|c| c & class::FACILITY == 0)
                && !starts_a_place(slots, i + 1)
                && (!w.eq_ignore_ascii_case("state") || state_as_place(ctx, i - 1))
            {
                // "the country", "the capital": the story's country, named as
                // one, and its capital (not a provincial town, nor another
                // country's capital named since)
                let story = |slot: fn(&CountrySeen<'_>) -> Option<usize>| {
                    (countries.iter().filter(|c| slot(c).is_some()))
                        .max_by_key(|c| c.places)
                        .and_then(slot)
                };
                let target = match w.to_ascii_lowercase().as_str() {
                    "country" => story(|c| c.country).or(last_country),
                    "capital" => story(|c| c.capital).or(last_capital).or(last_city),
                    "city" | "town" | "village" => last_city,
                    // (a camp is no city: "stormed the camp at Inates" after
                    // Niamey; only a camp named as one, and so for a port,
                    // a base, a crossing, a terminal)
                    noun @ ("camp" | "port" | "base" | "crossing" | "terminal") => {
                        last_city.or(last_place).filter(|&k| {
                            matches!(&slots[k].item, Item::Final(What::Place(p))
                                if p.name.to_ascii_lowercase().contains(noun))
                        })
                    }
                    "state" | "province" | "governorate" => last_admin1.or(last_place),
                    // (a region is no city: "had taken the entire region"
                    // after Moscow)
                    "region" => last_admin1,
                    _ => last_place,
                }
                .and_then(place_at);
                if let Some(mut p) = target {
                    p.country_actor = false;
                    added.push((
                        usize::MAX,
                        Slot {
                            first: i - 1,
                            last: i + 1,
                            item: Item::Final(What::Place(p)),
                        },
                    ));
                }
                continue;
            }
        }
    }
    for (index, slot) in added {
        if index < slots.len() {
            slots[index] = slot;
        } else {
            slots.push(slot);
        }
    }
    slots.sort_by_key(|s| s.first);
    // anaphors may overlap each other ("the two leaders" inside nothing else); keep the first
    let mut end = 0;
    slots.retain(|s| {
        let keep = s.first >= end;
        if keep {
            end = s.last;
        }
        keep
    });
}

/// Whether "the state" at token `the` is a place ("in the state", "the
/// northern part of the state"), not the polity ("a threat to the state",
/// "plotting to overthrow the state", "the state should take over").
fn state_as_place(ctx: &Ctx<'_>, the: usize) -> bool {
    const WITHIN: &[&str] = &[
        "in",
        "across",
        "throughout",
        "around",
        "within",
        "into",
        "outside",
    ];
    the >= 1
        && (ctx.is_word(the - 1, WITHIN)
            || (the >= 2
                && ctx.is_word(the - 1, &["of"])
                && ctx.is_word(
                    the - 2,
                    &["part", "parts", "rest", "north", "south", "east", "west"],
                )))
}

/// A country whose places a text has named so far: how many, and the slots of
/// the last mentions of the country itself and of its capital.
struct CountrySeen<'a> {
    code: &'a str,
    places: usize,
    country: Option<usize>,
    capital: Option<usize>,
}

/// Whether an unlisted place's name ends with a noun of an area wider than
/// a town ("Sur province", "Kurdistan Region", "Baglar district").
fn ends_with_area_noun(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| {
        [
            "province",
            "region",
            "district",
            "state",
            "governorate",
            "county",
            "area",
            "valley",
        ]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
    })
}

/// Pass 5c: a people no list knows, counted as a crowd: "thousands of
/// Catalans", "hundreds of Venezuelans" are civilians.
fn add_crowds(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, completed: &[bool]) {
    const COUNTS: &[&str] = &["dozens", "hundreds", "thousands", "millions", "scores"];
    let covered = covered_tokens(ctx, slots.iter());
    let added: Vec<Slot> = ctx
        .capitals()
        .filter(|&i| {
            let word = ctx.word(i);
            i >= 2
                && !covered[i]
                && completed[ctx.sentence_of[i] as usize]
                && word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && ctx.is_word(i - 1, &["of"])
                && ctx.is_word(i - 2, COUNTS)
                // one word: "thousands of Catalans", not "thousands of Apple Daily readers"
                && !ctx.seg.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && ctx.is_capital(i + 1)
                })
        })
        .map(|i| Slot {
            first: i,
            last: i + 1,
            item: Item::Final(What::Actor(ActorMention::named(
                ctx.word(i).into(),
                ActorCategory::Civilians,
            ))),
        })
        .collect();
    add_slots(slots, added);
}

/// A facility named by a determiner phrase: "stormed the Saudi embassy",
/// "ambushed a military convoy". What an attack hits, never an antecedent:
/// only in the sentences that may hold an event.
fn add_facilities(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, completed: &[bool]) {
    // the facility nouns of the sentences that may hold an event
    let mut nouns = (0..ctx.seg.tokens.len())
        .filter(|&i| {
            ctx.classes[i] & class::FACILITY != 0 && completed[ctx.sentence_of[i] as usize]
        })
        .peekable();
    if nouns.peek().is_none() {
        return;
    }
    // (a title no name took is a modifier too: "his official residence")
    let covered = covered_tokens(ctx, slots.iter().filter(|s| !matches!(s.item, Item::Title)));
    let mut added = Vec::new();
    // the demonyms that are part of a facility's name, by first token
    let mut absorbed: Vec<usize> = Vec::new();
    for i in nouns {
        // a capitalised noun heads a facility only in a name: "the Hayat
        // Hotel", not "Hospital officials said"
        let in_name = |k: usize| {
            k > 0
                && !covered[k - 1]
                && ctx.same_sentence(k - 1, k)
                && ctx.seg.tokens[k - 1].kind == TokenKind::Word
                && ctx.is_capital(k - 1)
        };
        let proper = !ctx.word(i).starts_with(char::is_lowercase);
        if covered[i] || (proper && !in_name(i) && !ctx.is_word(i, &["parliament"])) {
            continue;
        }

        // the words before the noun up to a determiner: modifiers, names and
        // one demonym ("the Saudi embassy", "the nuclear power plant", "a
        // Chinook helicopter")
        let mut first = i;
        let mut country = None;
        let mut demonym_at = None;
        while first > 0 && i - first < 4 && ctx.same_sentence(first - 1, i) {
            let k = first - 1;
            let demonym = slot_ending_at(slots, first).and_then(|s| match s.item {
                Item::Demonym(d, _) => Some((s.first, d)),
                _ => None,
            });
            if let Some((start, d)) = demonym.filter(|_| country.is_none()) {
                country = ctx.names.demonym_country(d);
                demonym_at = Some(start);
                first = start;
            } else if !covered[k]
                && ctx.seg.tokens[k].kind == TokenKind::Word
                && (is_modifier_word(ctx.word(k)) || ctx.is_capital(k))
                && !ctx.is_word(k, &["the", "a", "an", "its", "their", "his", "her"])
            {
                first = k;
            } else {
                break;
            }
        }
        // ("a court ordered him jailed", "the ministry's account": bodies
        // that act; a building only with what names it, "the Supreme
        // Court", "the interior ministry", and not before the building's
        // own noun, "the ministry building")
        if ctx.is_word(i, &["ministry", "court"])
            && (first == i
                || ctx
                    .classes
                    .get(i + 1)
                    .is_some_and(|&c| c & class::FACILITY != 0))
        {
            continue;
        }
        // a plural needs no article where its modifiers end at a word
        // that is no modifier: "attacks on police stations", "struck three
        // churches", "the capital's two largest prisons"
        let plural = ctx.word(i).ends_with('s')
            && !ctx.is_word(i, &["headquarters", "barracks", "premises"]);
        let bare_plural = plural && {
            // up to two modifiers, no participle among them ("showing
            // flattened buildings" is no name)
            let mut start = i;
            while start > first
                && i - start < 2
                && !ctx.word(start - 1).ends_with("ed")
                && !ctx.word(start - 1).ends_with("ing")
            {
                start -= 1;
            }
            start == first
                && first > ctx.sentence_start(first)
                && (covered[first - 1]
                    || ctx.seg.tokens[first - 1].kind != TokenKind::Word
                    || !is_modifier_word(ctx.word(first - 1)))
        };
        // after a possessive, the owner named stands for it: "Hezbollah's
        // headquarters" is hit as Hezbollah
        // ("parliament" takes no article: "protesters stormed parliament")
        let determined = (first > 0
            && ctx.is_word(first - 1, &["the", "a", "an", "its", "their", "his", "her"]))
            || (first == i && ctx.is_word(i, &["parliament"]))
            || proper
            || bare_plural;
        if !determined {
            continue;
        }
        absorbed.extend(demonym_at);
        let name = ctx.words(first, i + 1);
        added.push(Slot {
            first,
            last: i + 1,
            item: Item::Final(What::Actor(ActorMention {
                country,
                generic: true,
                ..ActorMention::named(name.into(), ActorCategory::Facility)
            })),
        });
    }
    if !added.is_empty() {
        // a demonym in a facility's name is part of it (in text order: no
        // search per slot), and so is a title ("his official residence")
        let inside = |s: &Slot| {
            let j = added.partition_point(|a| a.first <= s.first);
            j > 0 && added[j - 1].last >= s.last
        };
        slots.retain(|s| match s.item {
            Item::Demonym(..) => absorbed.binary_search(&s.first).is_err(),
            Item::Title => !inside(s),
            _ => true,
        });
    }
    add_slots(slots, added);
}

/// "Guhdar Zebari, Ayaz Karam, Kohdar Mohammed and Harwan Issa were
/// detained": a list of two or more names of two or three capitalised words
/// the gazetteer does not know are people. A name alone could be anything
/// (a village, a company); a list of full names is a list of people.
fn add_listed_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &mut PersonIndex,
    completed: &[bool],
) {
    let covered = covered_tokens(ctx, slots.iter());
    let tokens = &ctx.seg.tokens;
    let full_name = |i: usize| -> Option<usize> {
        // two capitalised words at least: most capitalised words fail here
        let second = i + 1 < tokens.len() && !covered[i + 1] && ctx.is_capital(i + 1);
        if !second || NOT_NAMES.contains(&ctx.word(i)) {
            return None;
        }
        let end = name_end(ctx, i, &covered)?;
        let words = end - i;
        let capitalised = (i..end).all(|k| ctx.is_capital(k));
        // "the Oromia Media Network": an organisation's name is no person's
        let organisation = ctx.is_class(end - 1, class::NOT_PERSON_ENDING);
        ((2..=3).contains(&words) && capitalised && !organisation).then_some(end)
    };
    let mut added: Vec<Slot> = Vec::new();
    // names start at capitals; a list found goes on to where it ends
    let mut resume = 0;
    for i in ctx.capitals() {
        let starts = i >= resume
            && !covered[i]
            && completed[ctx.sentence_of[i] as usize]
            && (i == 0 || !ctx.is_capital(i - 1) || covered[i - 1]);
        let Some(end) = starts.then(|| full_name(i)).flatten() else {
            continue;
        };
        // the list: names joined by "," and "and"
        let mut names = vec![(i, end)];
        let mut k = end;
        loop {
            let mut next = k;
            while next < tokens.len() && ctx.is_word(next, &[",", "and"]) && next < k + 2 {
                next += 1;
            }
            if next == k || next >= tokens.len() || !ctx.same_sentence(i, next) || covered[next] {
                break;
            }
            match full_name(next) {
                Some(e) => {
                    names.push((next, e));
                    k = e;
                }
                None => break,
            }
        }
        // "Foreign Minister Mohammad Ishaq Dar and Amir Khan Muttaqi": a full
        // name joined to a person is a person
        let mut p = i;
        while p > 0 && i - p < 2 && ctx.is_word(p - 1, &[",", "and"]) {
            p -= 1;
        }
        let after_person = p < i
            && slot_ending_at(slots, p).is_some_and(|s| {
                matches!(&s.item, Item::Final(What::Actor(a)) if a.category == ActorCategory::Person)
            });
        // "Mohamed Esmat, a leader of the FFC, was arrested": a full name
        // described as someone ("a hillside suburb", "a town" describe places)
        // ("Ali Karaki, commander of Hezbollah's southern front, was also
        // killed": an office held, with no article)
        // ("Ibrahim Sharif, the Sunni leader of the Waad party": an office
        // after "the", past a capitalised modifier at most)
        let the_office = |end: usize| {
            ctx.is_word(end + 1, &["the"])
                && (end + 2..(end + 4).min(tokens.len()))
                    .find(|&k| title_at(slots, k))
                    .is_some_and(|k| (end + 2..k).all(|j| ctx.is_capital(j)))
        };
        let described = names.len() == 1 && {
            let end = names[0].1;
            ctx.is_word(end, &[","])
                && (the_office(end)
                    || (ctx.is_word(end + 1, &["a", "an"]) || names_office(ctx, slots, end + 1))
                        && ctx.same_sentence(i, end + 1)
                        && (end + 2..(end + 5).min(tokens.len()))
                            .take_while(|&k| {
                                ctx.word(k)
                                    .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                            })
                            .all(|k| ctx.classes[k] & class::PLACE_NOUN == 0)
                        && ctx
                            .word(end + 2)
                            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
        };
        if names.len() >= 2 || after_person || described {
            for &(first, last) in &names {
                let name = ctx.words(first, last);
                // ("Maradiaga was seized": known by surname later)
                persons.add(name, "", None, None, first);
                added.push(Slot {
                    first,
                    last,
                    item: Item::Final(What::Actor(ActorMention::named(
                        name.into(),
                        ActorCategory::Person,
                    ))),
                });
            }
        }
        resume = k.max(i + 1);
    }
    add_slots(slots, added);
}

/// Whether token `k` opens an office held, in lower case after an
/// apposition's comma: "Andal Ampatuan Jr., mayor of the town of ...",
/// "Ali Karaki, commander of Hezbollah's southern front".
fn names_office(ctx: &Ctx<'_>, slots: &[Slot], k: usize) -> bool {
    title_at(slots, k) && ctx.word(k).starts_with(char::is_lowercase)
}

/// Whether a title slot starts at token `k`.
fn title_at(slots: &[Slot], k: usize) -> bool {
    slot_starting_at(slots, k).is_some_and(|t| matches!(t.item, Item::Title))
}

/// Whether a place noun follows from token `k` on, past the words that may
/// qualify it: "Chikun local government area", "Bab al-Hawa border crossing".
fn place_noun_follows(ctx: &Ctx<'_>, mut k: usize) -> bool {
    while ctx.is_word(k, PLACE_NOUN_MODIFIERS) {
        k += 1;
    }
    ctx.is_class(k, class::PLACE_NOUN)
}

/// Whether a place slot starts at token `i`; slots are in text order.
fn starts_a_place(slots: &[Slot], i: usize) -> bool {
    slot_starting_at(slots, i).is_some_and(|s| is_place(&s))
}

/// A title used as a noun ("the president", "the former prime minister",
/// "its ambassador"): the person last named with that title after "the",
/// else an unnamed office holder.
fn office_holder(
    ctx: &Ctx<'_>,
    title: &Slot,
    before: Option<&Slot>,
    covered: &[bool],
    persons: &PersonIndex,
) -> Option<Slot> {
    // "the Iraqi prime minister", "the US consul general": the office of a country
    if let Some(Item::Demonym(d, _)) = before.filter(|b| b.last == title.first).map(|b| &b.item) {
        let demonym = before?.first;
        if demonym == 0 || !ctx.is_word(demonym - 1, &["the", "a", "an"]) {
            return None;
        }
        let name = ctx.words(demonym, title.last);
        return Some(Slot {
            first: demonym - 1,
            last: title.last,
            item: Item::Final(What::Actor(ActorMention {
                country: ctx.names.demonym_country(*d),
                generic: true,
                ..ActorMention::named(name.into(), ActorCategory::Person)
            })),
        });
    }
    let i = title.first;
    // ("his official residence": the title is a modifier there)
    if ctx.is_class(title.last, class::MODIFIED_NOUN) {
        return None;
    }
    // a determiner, then up to two lowercase modifiers
    let back = (1..=3).find(|&back| {
        i >= back
            && ctx.is_word(i - back, &["the", "a", "an", "its", "his", "her", "their"])
            && (i - back + 1..i).all(|k| !covered[k] && is_modifier_word(ctx.word(k)))
    })?;
    let text_of = |first: usize| ctx.words(first, title.last).to_lowercase();
    let known = (back == 1 && ctx.is_word(i - 1, &["the"]))
        .then(|| persons.with_title(&text_of(i), i))
        .flatten();
    let actor = match known {
        Some(p) => persons.mention(p),
        None => ActorMention {
            generic: true,
            ..ActorMention::named(text_of(i - back + 1).into(), ActorCategory::Person)
        },
    };
    Some(Slot {
        first: i - back,
        last: title.last,
        item: Item::Final(What::Actor(actor)),
    })
}

/// How many tokens after "X and his" the passive verb that took them may
/// stand ("Luis Manuel Díaz and his wife, Cilenis Marulanda, were seized").
const KIN_REACH: usize = 8;

/// Pass 6b: capitalised words no list knows, where a verb of an event wants
/// its party, are a person: "since Donald Trump met Putin", "arrested Ahmed
/// Ali", "Marcel was arrested", "a meeting between Zelenskiy and Trump". A
/// lone word counts for arrests, kidnappings and the two sides of a meeting
/// only, whose parties are mostly people.
fn add_unknown_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &mut PersonIndex,
    completed: &[bool],
) {
    let tokens = &ctx.seg.tokens;
    let name_word = |k: usize| !covered_at(slots, k) && is_name_word(ctx, k);
    let mut added: Vec<Slot> = Vec::new();
    for s in slots.iter() {
        let Item::Final(What::Trigger(t)) = &s.item else {
            continue;
        };
        // an event noun takes a party only after "with": "talks with Wang Yi"
        let noun = t.form == TriggerForm::Noun;
        if !completed[ctx.sentence_of[s.first] as usize] {
            continue;
        }
        // the name words from `from` on, four at most: "met Donald Trump"
        // (past a nickname: "met Joaquín “El Chapo” Guzmán")
        let run = |from: usize| {
            let (mut to, mut words) = (from, 0);
            while to < tokens.len() && words < 4 && ctx.same_sentence(s.first, to) {
                if name_word(to) {
                    to += 1;
                } else if let Some(end) = nickname_end(ctx, to).filter(|&e| {
                    to > from && e < tokens.len() && ctx.same_sentence(to, e) && name_word(e)
                }) {
                    to = end;
                } else {
                    break;
                }
                words += 1;
            }
            to
        };
        // ... or "between": "a meeting between Zelenskiy and Trump"
        if noun && t.kind == Some(EventKind::Meeting) && ctx.is_word(s.last, &["between"]) {
            let first_end = run(s.last + 1);
            let second = first_end + 1;
            let second_end = run(second);
            if first_end > s.last + 1 && ctx.is_word(first_end, &["and"]) && second_end > second {
                for (first, last) in [(s.last + 1, first_end), (second, second_end)] {
                    if !ctx.is_class(last - 1, class::NOT_PERSON_ENDING) {
                        add_unknown_person(ctx, persons, &mut added, first, last);
                    }
                }
            }
            continue;
        }
        // "Cristiana Chamorro was placed under house arrest": the one held
        // opens the clause, as for a passive verb
        let mut under = s.first;
        if noun && t.kind == Some(EventKind::Arrest) {
            if under > 0 && ctx.is_word(under - 1, &["house"]) {
                under -= 1;
            }
            if under > 0 && ctx.is_word(under - 1, &["under"]) {
                under -= 1;
                if under > 0
                    && ctx.is_word(under - 1, &["placed", "put", "kept", "remains", "remained"])
                {
                    under -= 1;
                }
            } else {
                under = s.first;
            }
        }
        let under_arrest = under < s.first;
        if noun && !under_arrest && !ctx.is_word(s.last, &["with"]) {
            continue;
        }
        let lone_ok = matches!(
            t.kind,
            Some(EventKind::Arrest | EventKind::Kidnapping) | None
        );
        // before the verb, over "was" or "had been": "Marcel was arrested"
        let mut end = under;
        while end > ctx.sentence_start(s.first)
            && ctx.is_word(end - 1, &["was", "were", "had", "has", "been"])
        {
            end -= 1;
        }
        let mut start = end;
        // names run to four words: "Mirza Fakhrul Islam Alamgir"
        while (!noun || under_arrest)
            && start > ctx.sentence_start(s.first)
            && end - start < 4
            && name_word(start - 1)
        {
            start -= 1;
        }
        // after it, or after "with": "met Donald Trump", "talks with ...";
        // or after the verb of "those detained were Josep Maria Jové, ..."
        let those = s.first > 0
            && ctx.is_word(s.first - 1, &["those"])
            && ctx.is_word(s.last, &["were", "include", "included", "includes"]);
        let from = if ctx.is_word(s.last, &["with"]) || those {
            s.last + 1
        } else {
            s.last
        };
        let to = run(from);
        // a lone word opening a sentence is a name when it is the one arrested or
        // taken ("Marcel was arrested"), not when it may be any capitalised word
        let passive = end < s.first;
        // "held talks with Tiani": whoever talks with is a party
        let with_party = from > s.last && t.kind == Some(EventKind::Meeting);
        // "Niloofar Hamedi of the Shargh daily, who ..., was arrested", "Amini,
        // a 22-year-old woman, was detained": the name opening the sentence
        // ("The suspect, Ri Jong Chol, 46, was picked up", "One of the women,
        // Doan Thi Huong, ..., was arrested": the name the opening noun
        // phrase is apposed to)
        // ("Last month, Agustín Intriago, the mayor of Manta, was shot dead":
        // past a date that opens the sentence)
        let start_of = ctx.sentence_start(s.first);
        let after_date = slot_starting_at(slots, start_of)
            .filter(|d| matches!(d.item, Item::Final(What::Date(_))) && ctx.is_word(d.last, &[","]))
            .map_or(start_of, |d| d.last + 1);
        let open = apposed_opening(ctx, s.first).unwrap_or(after_date);
        let apposed = open > after_date;
        let mut open_end = open;
        while open_end < s.first && open_end - open < 4 && name_word(open_end) {
            open_end += 1;
        }
        // ("Hachalu Hundessa, 34, was shot dead": an age)
        let age = ctx.is_word(open_end + 2, &[","])
            && ctx.word(open_end + 1).bytes().all(|b| b.is_ascii_digit());
        // ("Andal Ampatuan Jr., mayor of the town of Datu Unsay, gave himself
        // up": an office held)
        // ("Luis Manuel Díaz and his wife were seized": a name joined to
        // his kin)
        let described = ctx.is_word(open_end, &["of"])
            || (ctx.is_word(open_end, &["and"])
                && ctx.is_word(open_end + 1, &["his", "her", "their"])
                && end <= open_end + KIN_REACH)
            || (ctx.is_word(open_end, &[","])
                && (ctx.is_word(open_end + 1, &["a", "an", "the", "who", "whose"])
                    || age
                    || (apposed && open_end + 1 == end)
                    || names_office(ctx, slots, open_end + 1)));
        // (a surname already known is left to the pass that knows it; a
        // full name needs no event that takes lone names)
        let known = open_end == open + 1 && persons.by_word.contains_key(ctx.word(open));
        let opening = if passive
            && (lone_ok || open_end - open >= 2)
            && described
            && !known
            && open_end > open
            && open_end < start
        {
            (open, open_end)
        } else {
            (open, open)
        };
        // "freed U.S. aid contractor Alan Gross, who had been arrested": the
        // name before the relative clause of a passive
        let mut antecedent = (end, end);
        if passive && end >= 3 && ctx.is_word(end - 1, &["who"]) && ctx.is_word(end - 2, &[","]) {
            let last = end - 2;
            let mut first = last;
            while first > ctx.sentence_start(last) && last - first < 4 && name_word(first - 1) {
                first -= 1;
            }
            antecedent = (first, last);
        }
        for (first, last, lone_ok) in [
            (start, end, lone_ok),
            (from, to, lone_ok || with_party),
            (opening.0, opening.1, true),
            (antecedent.0, antecedent.1, false),
        ] {
            let n = last - first;
            let fits =
                n >= 2 || (n == 1 && lone_ok && (passive || first > ctx.sentence_start(first)));
            let whole =
                !(last < tokens.len() && name_word(last) || first > 0 && name_word(first - 1));
            if fits && whole && !ctx.is_class(last - 1, class::NOT_PERSON_ENDING) {
                // "struck Camp Taji": a base's or a town's name, not a person's
                if ctx.is_word(first, PLACE_FIRST_WORDS) {
                    added.push(unlisted(first, last, ctx.words(first, last).to_string()));
                } else {
                    add_unknown_person(ctx, persons, &mut added, first, last);
                }
            }
        }
    }
    add_slots(slots, added);
}

/// The token after a nickname in quotes opening at token `k`: one to three
/// capitalised words ("Joaquín “El Chapo” Guzmán").
fn nickname_end(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    if !ctx.is_word(k, &["“", "\"", "‘", "'"]) {
        return None;
    }
    let mut j = k + 1;
    while j < k + 4 && is_name_word(ctx, j) {
        j += 1;
    }
    (j > k + 1 && ctx.is_word(j, &["”", "\"", "’", "'"])).then_some(j + 1)
}

/// Where a name apposed to the noun phrase opening the sentence of token
/// `at` starts: after "The suspect," or "One of the women,", short phrases
/// with a determiner.
fn apposed_opening(ctx: &Ctx<'_>, at: usize) -> Option<usize> {
    let open = ctx.sentence_start(at);
    if !ctx.is_word(
        open,
        &["the", "one", "a", "an", "another", "his", "her", "their"],
    ) {
        return None;
    }
    let comma = (open + 1..(open + 9).min(at)).find(|&k| ctx.is_word(k, &[","]))?;
    // (past an owner: "The group's best-known victim, Malala Yousafzai, was
    // shot", "The Taliban's best-known victim, ...")
    let possessive = |k: usize| ctx.seg.tokens[k].kind == TokenKind::Possessive;
    // (or a body after "of": "The head of the National Police Agency,
    // Takaji Kunimatsu, was shot")
    let of = (open + 1..comma).find(|&k| ctx.is_word(k, &["of"]));
    (open + 1..comma)
        .all(|k| {
            ctx.word(k).starts_with(char::is_lowercase)
                || possessive(k)
                || (k + 1 < comma && possessive(k + 1))
                || of.is_some_and(|o| k > o)
        })
        .then_some(comma + 1)
}

/// Pass 6c: two to four capitalised words no list knows after "named as"
/// or "identified as" are a person: "a 41-year-old resident named as
/// Tetsuya Yamagami" (and "Yamagami" later is the same person).
fn add_introduced_persons(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, persons: &mut PersonIndex) {
    // (a place may be one of the names: "Haruna Yukawa")
    let place_at = |k: usize| slot_starting_at(slots, k).is_some_and(|s| is_place(&s));
    let name_word = |k: usize| (!covered_at(slots, k) || place_at(k)) && is_name_word(ctx, k);
    let mut added: Vec<Slot> = Vec::new();
    for first in ctx.capitals() {
        if first < 2 || !ctx.is_word(first - 1, &["as"]) {
            continue;
        }
        // ("identified them as Kenji Goto", "named the hostages as ...")
        let verb = (first.saturating_sub(5)..first - 1).rev().find(|&v| {
            ctx.is_word(v, &["named", "identified"])
                && (v + 1..first - 1).all(|k| ctx.word(k).starts_with(char::is_lowercase))
        });
        if verb.is_none_or(|v| !ctx.same_sentence(v, first)) {
            continue;
        }
        let name_from = |first: usize| {
            let mut last = first;
            while last - first < 4 && ctx.same_sentence(first, last) && name_word(last) {
                last += 1;
            }
            (last - first >= 2 && !ctx.is_class(last - 1, class::NOT_PERSON_ENDING)).then_some(last)
        };
        // (the first may be known already)
        let known = slot_starting_at(slots, first)
            .filter(|s| matches!(s.item, Item::Final(What::Actor(_))))
            .map(|s| s.last);
        let last = match (known, name_from(first)) {
            (Some(last), _) => last,
            (None, Some(last)) => {
                add_unknown_person(ctx, persons, &mut added, first, last);
                last
            }
            (None, None) => continue,
        };
        // ("as Kenji Goto, a veteran freelance journalist, and Haruna
        // Yukawa": the one named after ", and" too)
        let second = (last..(last + 10).min(ctx.seg.tokens.len()))
            .take_while(|&k| ctx.same_sentence(first, k))
            .find(|&k| ctx.is_word(k, &["and"]) && ctx.is_word(k - 1, &[","]));
        if let Some(k) = second {
            if let Some(end) = name_from(k + 1) {
                add_unknown_person(ctx, persons, &mut added, k + 1, end);
            }
        }
    }
    if !added.is_empty() {
        slots.retain(|s| {
            !(is_place(&s) && added.iter().any(|a| s.first < a.last && a.first < s.last))
        });
    }
    add_slots(slots, added);
}

/// Tokens `first..last` as a person no list knows, unless one over these
/// tokens was added already.
fn add_unknown_person(
    ctx: &Ctx<'_>,
    persons: &mut PersonIndex,
    added: &mut Vec<Slot>,
    first: usize,
    last: usize,
) {
    // (nor one overlapping it: "met Joaquín “El Chapo” Guzmán Rebels
    // attacked" read from the left and from the right)
    if added.iter().any(|a| a.first < last && first < a.last) {
        return;
    }
    // ("detained Pashinyan" after "protest leader Nikol Pashinyan": the one
    // named before)
    let known = (last == first + 1)
        .then(|| persons.named_before(ctx.word(first), first))
        .flatten();
    if let Some(p) = known {
        added.push(Slot {
            first,
            last,
            item: Item::Final(What::Actor(persons.mention(p))),
        });
        return;
    }
    let name: Name = ctx.words(first, last).into();
    persons.add(&name, "", None, None, first);
    added.push(Slot {
        first,
        last,
        item: Item::Final(What::Actor(ActorMention::named(
            name,
            ActorCategory::Person,
        ))),
    });
}

/// Pass 7: a person named once with a title is recognised by surname later ("Putin").
fn add_known_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &PersonIndex,
    completed: &[bool],
) {
    if persons.persons.is_empty() {
        return;
    }
    // "İmamoğlu was detained": a town named like a person named before is the person
    for slot in slots.iter_mut() {
        if !completed[ctx.sentence_of[slot.first] as usize] {
            continue;
        }
        if let Some(p) = persons.town_named_as(ctx, slot) {
            slot.item = Item::Final(What::Actor(persons.mention(p)));
        }
    }
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    // a reference starts at a capital; one found is not looked into
    let mut resume = 0;
    for i in ctx.capitals() {
        if i < resume || covered[i] || !completed[ctx.sentence_of[i] as usize] {
            continue;
        }
        // two words apart by one space are their own key, quoted from the text
        // (name words are words: "Putin," forms no pair)
        let pair = (i + 1 < covered.len()
            && !covered[i + 1]
            && ctx.seg.tokens[i + 1].kind == TokenKind::Word)
            .then(|| {
                let (a, b) = (&ctx.seg.tokens[i], &ctx.seg.tokens[i + 1]);
                match &ctx.text[a.end..b.start] {
                    " " => Cow::Borrowed(&ctx.text[a.start..b.end]),
                    _ => Cow::Owned(format!("{} {}", ctx.word(i), ctx.word(i + 1))),
                }
            });
        let (person, len) = match pair.as_deref().and_then(|p| persons.by_word.get(p)) {
            Some(&p) => (Some(p), 2),
            None => (persons.by_word.get(ctx.word(i)).copied(), 1),
        };
        if let Some(p) = person {
            added.push(Slot {
                first: i,
                last: i + len,
                item: Item::Final(What::Actor(persons.mention(p))),
            });
            resume = i + len;
        }
    }
    add_slots(slots, added);
}
