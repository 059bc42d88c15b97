//! From frames to events: resolve each frame's mentions into output records,
//! fold references back into the events they repeat, and merge the mentions
//! of one real event across the document.
//!
//! Two frames are one event when they have the same kind and polarity,
//! compatible dates (equal, or one containing the other), no conflicting
//! initiators, targets or places (when both name some, they share one; the
//! state's agencies that arrest never conflict) and share at least one actor
//! or place. A person first known by a title ("a senior archbishop") is the
//! one named later with it ("Archbishop Bagrat Galstanyan"), and the name
//! replaces the title. An event noun after "during", or in "in an attack
//! claimed by X", is the event its sentence just told, whoever each names. A
//! frame that only refers back ("the
//! meeting", "his detention") adds its date to the last event of its kind and
//! never stands alone. Merging is deliberately cautious: a split event is a
//! repeat, a wrong merge loses an event.
//!
//! Two defaults then come from the whole article: a protest or kidnapping
//! that names none of the party its kind implies takes the article's nearest
//! protesters or hostages, and an event of the last days that names no place
//! takes the dateline's.

use crate::frames::{DateChoice, Frame};
use crate::gazetteer::{inside, PlaceKey};
use crate::mentions::{Mention, PlaceMention, What};
use crate::model::{
    Actor, ActorCategory, Event, EventDate, EventKind, Place, PlaceKind, Role, Span, Trigger,
};
use crate::text::{is_any, Segmented};
use crate::time::{TimeExpr, TimeValue};
use chrono::{Datelike, NaiveDate};

/// An event being assembled: mention indices and the keys used to compare
/// it. Only the events that are kept are written out as records.
struct Draft {
    kind: EventKind,
    negated: bool,
    confidence: f32,
    /// The trigger's mention.
    trigger: usize,
    sentence: Span,
    /// Actor (or country-as-actor place) mentions with their roles, one per
    /// actor and role.
    actors: Vec<(usize, Role)>,
    /// Place mentions, one per place.
    places: Vec<usize>,
    date: DateChoice,
    value: Option<TimeValue>,
    /// The triggers of the frames folded in.
    mentions: Vec<Span>,
}

/// Whether two names are the same ignoring case, without allocating.
fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
        || (!a.is_ascii() || !b.is_ascii())
            && a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase))
}

fn same_place(p: PlaceKey<'_>, q: PlaceKey<'_>) -> bool {
    same_name(p.name, q.name) && p.country == q.country
}

pub(crate) struct Input<'a> {
    /// The cleaned text the rules ran on.
    pub text: &'a str,
    /// The caller's text, at the same offsets: what events quote.
    pub original: &'a str,
    pub seg: &'a Segmented,
    pub mentions: &'a [Mention],
    pub dates: &'a [TimeExpr],
    pub published: Option<NaiveDate>,
}

impl Input<'_> {
    fn word(&self, k: usize) -> &str {
        self.seg.tokens[k].text(self.text)
    }

    fn span(&self, m: usize) -> Span {
        let mm = &self.mentions[m];
        Span::new(
            self.seg.tokens[mm.first].start,
            self.seg.tokens[mm.last - 1].end,
        )
    }

    /// The name an actor mention is compared by: the gazetteer actor it
    /// stands for, else its own.
    fn actor_key(&self, m: usize) -> &str {
        match &self.mentions[m].what {
            What::Actor(a) => a.same_as.as_deref().unwrap_or(&a.name),
            What::Place(p) => &p.name,
            _ => "",
        }
    }

    fn is_facility(&self, m: usize) -> bool {
        self.mentions[m].what.is_actor_of(ActorCategory::Facility)
    }

    fn same_actor(&self, a: usize, b: usize) -> bool {
        same_name(self.actor_key(a), self.actor_key(b)) || self.titled(a, b) || self.titled(b, a)
    }

    /// Whether `title`, a person known by a title only ("a senior
    /// archbishop"), is `person`, named with that title ("Archbishop Bagrat
    /// Galstanyan").
    fn titled(&self, title: usize, person: usize) -> bool {
        let (t, p) = (&self.mentions[title], &self.mentions[person]);
        let is_person = |m: &Mention, generic: bool| matches!(&m.what, What::Actor(a) if a.generic == generic && a.category == ActorCategory::Person);
        let word = |i: usize| self.seg.tokens[i].text(self.text);
        is_person(t, true) && is_person(p, false) && {
            // the title's head, and the word that qualifies it: "his prime
            // minister" is not "Interior Minister Christophe Castaner"
            let head = word(t.last - 1);
            let qualifier = (t.last >= t.first + 2).then(|| word(t.last - 2));
            (p.first..p.last).any(|j| {
                word(j).eq_ignore_ascii_case(head)
                    && match qualifier {
                        Some(q) if j > p.first && word(j - 1).starts_with(char::is_uppercase) => {
                            word(j - 1).eq_ignore_ascii_case(q)
                        }
                        _ => true,
                    }
            })
        }
    }

    fn place(&self, m: usize) -> Option<&PlaceMention> {
        match &self.mentions[m].what {
            What::Place(p) => Some(p),
            _ => None,
        }
    }

    fn same_place(&self, a: usize, b: usize) -> bool {
        match (self.place(a), self.place(b)) {
            (Some(p), Some(q)) => same_place(p.into(), q.into()),
            _ => false,
        }
    }

    fn inside(&self, a: usize, b: usize) -> bool {
        match (self.place(a), self.place(b)) {
            (Some(p), Some(q)) => inside(p.into(), q.into()),
            _ => false,
        }
    }

    fn actor(&self, m: usize, role: Role) -> Option<Actor> {
        let span = self.span(m);
        let text = span.slice(self.original).to_string();
        Some(match &self.mentions[m].what {
            What::Place(p) => Actor {
                name: p.name.to_string(),
                text,
                role,
                category: ActorCategory::Government,
                country: p.country.as_deref().map(str::to_string),
                code: None,
                affiliation: None,
                span,
                same_as: None,
            },
            What::Actor(a) => Actor {
                name: a.name.to_string(),
                text,
                role,
                category: a.category,
                country: a.country.as_deref().map(str::to_string),
                code: a.code.as_deref().map(str::to_string),
                affiliation: a.affiliation.as_deref().map(str::to_string),
                span,
                same_as: a.same_as.as_deref().map(str::to_string),
            },
            // "hostages were still held": the noun of the event names its victims
            What::Trigger(_) if self.names_hostages(m) => Actor {
                name: span.slice(self.text).to_ascii_lowercase(),
                text,
                role,
                category: ActorCategory::Civilians,
                country: None,
                code: None,
                affiliation: None,
                span,
                same_as: None,
            },
            _ => return None,
        })
    }

    /// Whether mention `m` is a kidnapping's noun that names its victims.
    fn names_hostages(&self, m: usize) -> bool {
        matches!(&self.mentions[m].what, What::Trigger(t) if t.kind == Some(EventKind::Kidnapping))
            && ["hostages", "captives"]
                .iter()
                .any(|w| self.span(m).slice(self.text).eq_ignore_ascii_case(w))
    }

    fn location(&self, m: usize) -> Option<Place> {
        let p = self.place(m)?;
        let span = self.span(m);
        Some(Place {
            name: p.name.to_string(),
            text: span.slice(self.original).to_string(),
            kind: p.kind,
            country: p.country.as_deref().map(str::to_string),
            admin1: p.admin1.as_deref().map(str::to_string),
            coordinates: p.coordinates,
            span,
        })
    }

    /// The value an event's date is compared by.
    fn date_value(&self, choice: DateChoice) -> Option<TimeValue> {
        match choice {
            // "since August 2011, when ...": a Since expression dates the clause it introduces
            DateChoice::Own(d) | DateChoice::Narrative(d) | DateChoice::Reported(d) => {
                self.dates[d].value.map(|v| v.event_value())
            }
            DateChoice::PublishedMonth => self.published.map(|p| TimeValue::Month {
                year: p.year(),
                month: p.month(),
            }),
            DateChoice::After { base, days, .. } => match self.dates[base].value {
                Some(TimeValue::Day(d)) => d
                    .checked_add_signed(chrono::Duration::days(days))
                    .map(TimeValue::Day),
                _ => None,
            },
            DateChoice::None => None,
        }
    }

    fn date(&self, choice: DateChoice) -> Option<EventDate> {
        let value = self.date_value(choice).map(|v| v.iso());
        match choice {
            DateChoice::Own(d)
            | DateChoice::Narrative(d)
            | DateChoice::Reported(d)
            | DateChoice::After { at: d, .. } => {
                let e = &self.dates[d];
                Some(EventDate {
                    value,
                    text: self.original.get(e.start..e.end).unwrap_or("").to_string(),
                    span: Some(Span::new(e.start, e.end)),
                    relative: e.relative
                        || matches!(
                            choice,
                            DateChoice::Narrative(_)
                                | DateChoice::Reported(_)
                                | DateChoice::After { .. }
                        ),
                })
            }
            DateChoice::PublishedMonth => value.map(|value| EventDate {
                value: Some(value),
                text: String::new(),
                span: None,
                relative: true,
            }),
            DateChoice::None => None,
        }
    }
}

fn draft(input: &Input<'_>, f: &Frame) -> Draft {
    let mut actors: Vec<(usize, Role)> = Vec::new();
    for &(m, role) in &f.actors {
        if !matches!(input.mentions[m].what, What::Actor(_) | What::Place(_)) {
            continue;
        }
        add_actor(input, &mut actors, m, role);
    }
    let mut places: Vec<usize> = Vec::new();
    for &m in &f.places {
        if input.place(m).is_some() && !places.iter().any(|&q| input.same_place(q, m)) {
            places.push(m);
        }
    }
    Draft {
        kind: f.kind,
        negated: f.negated,
        confidence: f.confidence,
        trigger: f.trigger,
        sentence: input.seg.sentences[f.sentence].span,
        actors,
        places,
        date: f.date,
        value: input.date_value(f.date),
        mentions: Vec::new(),
    }
}

/// The record of a draft that is kept.
fn event(input: &Input<'_>, d: Draft) -> Event {
    let trigger = input.span(d.trigger);
    Event {
        kind: d.kind,
        actors: d
            .actors
            .iter()
            .filter_map(|&(m, role)| input.actor(m, role))
            .collect(),
        locations: d.places.iter().filter_map(|&m| input.location(m)).collect(),
        date: input.date(d.date),
        trigger: Trigger {
            text: trigger.slice(input.original).to_string(),
            span: trigger,
        },
        sentence: d.sentence,
        mentions: d.mentions,
        negated: d.negated,
        confidence: d.confidence,
    }
}

fn dates_compatible(a: Option<TimeValue>, b: Option<TimeValue>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y || x.contains(&y) || y.contains(&x),
        _ => true,
    }
}

/// Whether two drafts may be one event by their dates. A date guessed from
/// the publication ("police have arrested ...": this month) agrees with any
/// date of the month before publication ("... were detained on Tuesday").
/// A report's day agrees with any date in the week up to it ("said on
/// Tuesday they had arrested six men" and "were detained on Monday").
fn dates_agree(input: &Input<'_>, x: &Draft, y: &Draft) -> bool {
    let guessed = |d: &Draft| d.date == DateChoice::PublishedMonth;
    let recent = |d: &Draft| match (d.value, input.published) {
        (Some(v), Some(p)) => v.first_day() >= p - chrono::Days::new(31) && v.first_day() <= p,
        _ => true,
    };
    let reported = |d: &Draft| matches!(d.date, DateChoice::Reported(_));
    let week_before = |report: &Draft, other: &Draft| match (report.value, other.value) {
        (Some(r), Some(o)) => {
            let (r, o) = (r.first_day(), o.first_day());
            o <= r && o + chrono::Days::new(7) >= r
        }
        _ => true,
    };
    match (guessed(x), guessed(y)) {
        (true, false) => recent(y),
        (false, true) => recent(x),
        _ if reported(x) != reported(y) && !dates_compatible(x.value, y.value) => {
            if reported(x) {
                week_before(x, y)
            } else {
                week_before(y, x)
            }
        }
        _ => dates_compatible(x.value, y.value),
    }
}

fn role_sets_agree(input: &Input<'_>, a: &Draft, b: &Draft, role: Role) -> bool {
    // facilities never conflict: "attacked a church ... and killed the pastor"
    let party = |x: &&(usize, Role)| x.1 == role && !input.is_facility(x.0);
    // nor do the state's agencies that arrest: "security services have
    // detained an archbishop" and "..., the Investigative Committee said"
    let state = |x: &(usize, Role)| {
        matches!(&input.mentions[x.0].what, What::Actor(a) if matches!(
            a.category,
            ActorCategory::Police | ActorCategory::Government | ActorCategory::Military
        ))
    };
    let mut ka = a.actors.iter().filter(party).peekable();
    let mut kb = b.actors.iter().filter(party).peekable();
    ka.peek().is_none()
        || kb.peek().is_none()
        || (role == Role::Initiator
            && a.kind == EventKind::Arrest
            && ka.clone().all(state)
            && kb.clone().all(state))
        || ka.any(|x| kb.clone().any(|y| input.same_actor(x.0, y.0)))
}

/// Whether every participant of `a` is one of `b`'s.
fn participants_within(input: &Input<'_>, a: &Draft, b: &Draft) -> bool {
    fn of(d: &Draft) -> impl Iterator<Item = usize> + Clone + '_ {
        d.actors
            .iter()
            .filter(|x| x.1 == Role::Participant)
            .map(|x| x.0)
    }
    of(a).all(|x| of(b).any(|y| input.same_actor(x, y)))
}

fn compatible(input: &Input<'_>, x: &Draft, y: &Draft) -> bool {
    // "talks between X and Y, hosted by Z": one meeting, parties named piecemeal
    let one_sentence_meeting = x.kind == EventKind::Meeting && x.sentence == y.sentence;
    // across sentences, "Biden met Erdogan" and "Biden hosted Kristersson"
    // are two meetings: one's parties must be among the other's
    let same_parties = x.kind != EventKind::Meeting
        || one_sentence_meeting
        || participants_within(input, x, y)
        || participants_within(input, y, x);
    x.kind == y.kind
        // frames of one trigger were split on purpose (separate talks,
        // protests in several places)
        && x.trigger != y.trigger
        && same_parties
        && x.negated == y.negated
        && dates_agree(input, x, y)
        && [Role::Initiator, Role::Target, Role::Participant]
            .iter()
            .all(|&r| {
                (r == Role::Participant && one_sentence_meeting) || role_sets_agree(input, x, y, r)
            })
        && {
            // places the gazetteer does not list have no hierarchy: they never conflict
            let listed = |p: &&usize| {
                input
                    .place(**p)
                    .is_some_and(|p| p.kind != PlaceKind::Unlisted)
            };
            let mut pa = x.places.iter().filter(listed).peekable();
            let mut pb = y.places.iter().filter(listed).peekable();
            pa.peek().is_none()
                || pb.peek().is_none()
                || pa.any(|&p| pb.clone().any(|&q| input.same_place(p, q)))
                || contained(input, x, y)
                || contained(input, y, x)
        }
}

/// Whether `y` is the arrest or kidnapping `x` of another kind, with a
/// captive in common: the same capture called by another name.
fn retold_capture(input: &Input<'_>, x: &Draft, y: &Draft) -> bool {
    let captures = [EventKind::Arrest, EventKind::Kidnapping];
    // a named captive: "20 people" arrested and "5 people" kidnapped are others
    let named = |m: usize| matches!(&input.mentions[m].what, What::Actor(a) if !a.generic);
    let captive = |&(a, r): &(usize, Role)| r == Role::Target && named(a);
    x.kind != y.kind
        && captures.contains(&x.kind)
        && captures.contains(&y.kind)
        && !x.negated
        && !y.negated
        && y.actors.iter().filter(|a| captive(a)).any(|b| {
            x.actors
                .iter()
                .filter(|a| captive(a))
                .any(|a| input.same_actor(a.0, b.0))
        })
        && dates_agree(input, x, y)
}

/// Whether a place of `a` lies inside a place of `b` (a city in a province).
fn contained(input: &Input<'_>, a: &Draft, b: &Draft) -> bool {
    a.places
        .iter()
        .any(|&p| b.places.iter().any(|&q| input.inside(p, q)))
}

fn shares_argument(input: &Input<'_>, a: &Draft, b: &Draft) -> bool {
    // "attacked vehicles" twice is not one attack: a bare plural names a
    // kind of thing, not the thing
    let kind_of_thing = |m: usize| {
        input.is_facility(m)
            && matches!(&input.mentions[m].what, What::Actor(x)
                if !x.name.contains(' ') && x.name.ends_with('s'))
    };
    // nor are "people" killed twice the same people, sentences apart
    // (an attack's; "Five of the men were detained" are the men arrested)
    let counted_people = |m: usize| {
        a.kind == EventKind::Attack
            && a.sentence != b.sentence
            && matches!(&input.mentions[m].what, What::Actor(x)
                if x.generic && x.category == ActorCategory::Civilians)
    };
    a.actors.iter().any(|x| {
        !kind_of_thing(x.0)
            && !counted_people(x.0)
            && b.actors.iter().any(|y| input.same_actor(x.0, y.0))
    }) || a
        .places
        .iter()
        .any(|&x| b.places.iter().any(|&y| input.same_place(x, y)))
}

/// Adds actor `m` in `role` unless it is there already; its name replaces
/// the title it was known by ("a senior archbishop", then "Archbishop
/// Bagrat Galstanyan").
fn add_actor(input: &Input<'_>, actors: &mut Vec<(usize, Role)>, m: usize, role: Role) {
    if let Some(known) = actors
        .iter_mut()
        .find(|x| x.1 == role && input.titled(x.0, m))
    {
        known.0 = m;
    } else if !actors
        .iter()
        .any(|&(x, r)| input.same_actor(x, m) && r == role)
    {
        actors.push((m, role));
    }
}

/// Folds `b` into `a`.
fn absorb(input: &Input<'_>, a: &mut Draft, b: Draft) {
    for (m, role) in b.actors {
        add_actor(input, &mut a.actors, m, role);
    }
    for m in b.places {
        if !a.places.iter().any(|&x| input.same_place(x, m)) {
            a.places.push(m);
        }
    }
    let finer = match (a.value, b.value) {
        (None, Some(_)) => true,
        // a date read in the text beats one guessed from the publication
        (Some(_), Some(_)) if a.date == DateChoice::PublishedMonth => {
            b.date != DateChoice::PublishedMonth
        }
        // so does the event's own date over the day it was reported (not a
        // vaguer one: "on Saturday" stays before "this month")
        (Some(x), Some(y)) if matches!(a.date, DateChoice::Reported(_)) => {
            matches!(b.date, DateChoice::Own(_) | DateChoice::Narrative(_))
                && !(x != y && y.contains(&x))
        }
        (Some(x), Some(y)) => x != y && x.contains(&y),
        _ => false,
    };
    if finer {
        a.value = b.value;
        a.date = b.date;
    }
    a.mentions.push(input.span(b.trigger));
    a.mentions.extend(b.mentions);
    a.confidence = (a.confidence.max(b.confidence) + 0.05).min(1.0);
}

/// Whether an event has the arguments its kind needs to be reported.
fn complete(d: &Draft) -> bool {
    match d.kind {
        // two parties, or a place where they met ("the two sides met in
        // Geneva", "talks in Doha ended without agreement")
        EventKind::Meeting => {
            d.actors.iter().filter(|a| a.1 == Role::Participant).count() >= 2
                || !d.places.is_empty()
        }
        // a takeover names what was taken (a place) or who took it
        EventKind::Takeover => {
            !d.places.is_empty() || d.actors.iter().any(|a| a.1 == Role::Initiator)
        }
        _ => !d.actors.is_empty() || !d.places.is_empty(),
    }
}

/// Keeps the most specific places: a country, province or wider area named
/// next to a place inside it becomes that place's attribute ("Chibok, Borno
/// State"; "Davos, Switzerland").
fn most_specific(input: &Input<'_>, places: &mut Vec<Place>) {
    let owns = |q: &Place, p: &Place| {
        q.span.end <= p.span.start && matches!(&input.text[q.span.end..p.span.start], "'s " | "’s ")
    };
    let n = places.len();
    let mut drop = vec![false; n];
    for i in 0..n {
        for j in 0..n {
            if i == j || drop[j] {
                continue;
            }
            let (p, q) = (&places[i], &places[j]);
            // q contains p by the gazetteer's hierarchy
            if inside(p.into(), q.into()) {
                drop[j] = true;
                continue;
            }
            // an unlisted place right before a listed one: "the town of Kuriga, in ... Kaduna State"
            let near = p.span.end <= q.span.start && q.span.start - p.span.end < 80 && {
                let gap = &input.text[p.span.end..q.span.start];
                !gap.contains(" and ") && !gap.contains('.')
            };
            // or a country shortly before it: "gangs in Haiti have taken
            // control of the central town of Mirebalais"
            // (and no place of another country named with them)
            let country_before = q.kind == PlaceKind::Country
                && !places
                    .iter()
                    .any(|r| r.country.is_some() && r.country != q.country)
                && q.span.end <= p.span.start
                && p.span.start - q.span.end < 80
                && {
                    let gap = &input.text[q.span.end..p.span.start];
                    !gap.contains(" and ") && !gap.contains('.')
                };
            // or right after one that owns it: "Dhaka's Gulshan area"
            if p.kind == PlaceKind::Unlisted
                && q.kind != PlaceKind::Unlisted
                && (near || owns(q, p) || country_before)
            {
                drop[j] = true;
            }
        }
    }
    // attributes from the containers that are dropped
    for i in 0..n {
        if drop[i] {
            continue;
        }
        let container = (0..n).find(|&j| {
            drop[j]
                && places[i].kind == PlaceKind::Unlisted
                && (places[j].span.start > places[i].span.end || owns(&places[j], &places[i]))
        });
        if let Some(j) = container {
            let (country, admin1) = (
                places[j].country.clone(),
                match places[j].kind {
                    PlaceKind::Admin1 => Some(places[j].name.clone()),
                    _ => places[j].admin1.clone(),
                },
            );
            let p = &mut places[i];
            p.country = p.country.take().or(country);
            p.admin1 = p.admin1.take().or(admin1);
        }
    }
    let mut k = 0;
    places.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// The parties some events imply, by the nouns that name them: a protest is
/// made by protesters, a kidnapping takes hostages, the police arrest.
const IMPLIED_PARTIES: &[(EventKind, Role, &[&str])] = &[
    (
        EventKind::Protest,
        Role::Initiator,
        &["protesters", "protestors", "demonstrators"],
    ),
    (EventKind::Kidnapping, Role::Target, &["hostages"]),
    (EventKind::Arrest, Role::Initiator, &["police"]),
];

/// An event that names none of the party its kind implies takes the one the
/// article mentions nearest to it ("Thousands gathered in the square ...
/// Police dispersed the protesters"). News names one crowd, or one group of
/// hostages, per story, so the nearest mention anywhere in it will do.
fn implied_parties(input: &Input<'_>, drafts: &mut [Draft]) {
    let sentence_of = |token: usize| input.seg.sentence_of(token);
    for &(kind, role, nouns) in IMPLIED_PARTIES {
        // (an arrest of no one named nowhere is too vague to give the police)
        let lacks = |d: &Draft| {
            d.kind == kind
                && !d.negated
                && !d.actors.iter().any(|a| a.1 == role)
                && (kind != EventKind::Arrest
                    || !d.places.is_empty()
                    || d.actors.iter().any(|a| a.1 == Role::Target))
        };
        if !drafts.iter().any(lacks) {
            continue;
        }
        let named = |i: usize, m: &Mention| match &m.what {
            What::Actor(a) => a.generic && nouns.iter().any(|w| a.name.eq_ignore_ascii_case(w)),
            What::Trigger(_) => role == Role::Target && input.names_hostages(i),
            _ => false,
        };
        // (sentence, mention), in text order
        let parties: Vec<(usize, usize)> = (input.mentions.iter().enumerate())
            .filter(|&(i, m)| named(i, m))
            .map(|(i, m)| (sentence_of(m.first), i))
            .collect();
        if parties.is_empty() {
            continue;
        }
        for d in drafts.iter_mut() {
            if !lacks(d) {
                continue;
            }
            let at = sentence_of(input.mentions[d.trigger].first);
            // the last mention at or before the event's sentence, or the first after it
            let after = parties.partition_point(|&(s, _)| s <= at);
            let before = after.checked_sub(1).map(|i| parties[i]);
            let nearest = match (before, parties.get(after)) {
                (Some(b), Some(&a)) if a.0 - at < at - b.0 => a,
                (Some(b), _) => b,
                (None, Some(&a)) => a,
                (None, None) => continue,
            };
            // (the police of another paragraph made some other arrest)
            if kind == EventKind::Arrest && nearest.0.abs_diff(at) > 1 {
                continue;
            }
            d.actors.push((nearest.1, role));
        }
    }
}

/// A place retaken ("regained control of Palma", "recaptured the town")
/// was taken from whoever took it before: the initiators of the article's
/// other takeover of the same place are the targets of one that names none.
fn retaken_from(input: &Input<'_>, drafts: &mut [Draft]) {
    let retaking = |d: &Draft| {
        d.kind == EventKind::Takeover
            && !d.negated
            && !d.actors.iter().any(|a| a.1 == Role::Target)
            && input
                .span(d.trigger)
                .slice(input.text)
                .get(..2)
                .is_some_and(|p| p.eq_ignore_ascii_case("re"))
    };
    for i in 0..drafts.len() {
        if !retaking(&drafts[i]) {
            continue;
        }
        let d = &drafts[i];
        let initiators = |x: &Draft| -> Vec<usize> {
            x.actors
                .iter()
                .filter(|a| a.1 == Role::Initiator)
                .map(|a| a.0)
                .collect()
        };
        let own = initiators(d);
        let same_place = |x: &Draft| {
            x.places.iter().any(|&p| {
                d.places
                    .iter()
                    .any(|&q| input.same_place(p, q) || input.inside(q, p))
            })
        };
        // (a takeover of the place, else an attack on it: "insurgents
        // stormed Palma"): its initiators, when they are others
        let takers_of = |x: &Draft, kind: EventKind| {
            if x.kind != kind || x.negated || !same_place(x) {
                return None;
            }
            let takers = initiators(x);
            let others = !takers.is_empty()
                && !takers
                    .iter()
                    .any(|&a| own.iter().any(|&b| input.same_actor(a, b)));
            others.then_some(takers)
        };
        // (among the events near it: a long document stays linear)
        let near = i.saturating_sub(MERGE_LOOKBACK)..(i + MERGE_LOOKBACK).min(drafts.len());
        let takers = [EventKind::Takeover, EventKind::Attack]
            .iter()
            .find_map(|&kind| {
                near.clone()
                    .filter(|&j| j != i)
                    .find_map(|j| takers_of(&drafts[j], kind))
            });
        if let Some(takers) = takers {
            drafts[i]
                .actors
                .extend(takers.into_iter().map(|a| (a, Role::Target)));
        }
    }
}

/// How many days before publication an assault may lie and still date
/// what its lead tells with no day.
const ASSAULT_DAYS: i64 = 7;

/// A takeover or kidnapping the lead tells with no day ("gangs have taken
/// control of Mirebalais after storming its prison") took place when the
/// article's assault on the same place did ("Gunmen attacked the town
/// overnight into Monday"), when that was in the last week.
fn dated_by_assault(input: &Input<'_>, drafts: &mut [Draft]) {
    let Some(published) = input.published else {
        return;
    };
    // (a kidnapping with no date at all may be a habit: "bandits who
    // kidnap motorists"; a place taken "after capturing the town" is not)
    let undated = |d: &Draft| {
        !d.negated
            && match d.kind {
                EventKind::Takeover => {
                    matches!(d.date, DateChoice::PublishedMonth | DateChoice::None)
                }
                EventKind::Kidnapping => d.date == DateChoice::PublishedMonth,
                _ => false,
            }
    };
    // (a town, not the country: an assault anywhere in it dates nothing)
    let local = |p: usize| input.place(p).is_some_and(|x| x.kind != PlaceKind::Country);
    let recent_day = |d: &Draft| match d.value {
        Some(v @ TimeValue::Day(day)) => {
            let days = (published - day).num_days();
            (0..=ASSAULT_DAYS).contains(&days).then_some(v)
        }
        _ => None,
    };
    for i in 0..drafts.len() {
        if !undated(&drafts[i]) {
            continue;
        }
        let near = i.saturating_sub(MERGE_LOOKBACK)..(i + MERGE_LOOKBACK).min(drafts.len());
        let assault = near.filter(|&j| j != i).find_map(|j| {
            let x = &drafts[j];
            let same_place = x.places.iter().any(|&p| {
                (drafts[i].places.iter()).any(|&q| {
                    local(p)
                        && local(q)
                        && (input.same_place(p, q) || input.inside(p, q) || input.inside(q, p))
                })
            });
            (x.kind == EventKind::Attack && !x.negated && same_place)
                .then(|| recent_day(x).map(|v| (x.date, v)))
                .flatten()
        });
        if let Some((date, value)) = assault {
            drafts[i].date = date;
            drafts[i].value = Some(value);
        }
    }
}

/// Words after armed men that say they lost the ground they held ("forcing
/// 130 Congolese soldiers to flee", "government soldiers had abandoned
/// their barracks", "the last government troops defending it").
const LOSING_GROUND: &[&str] = &[
    "fled",
    "flee",
    "fleeing",
    "surrendered",
    "abandoned",
    "withdrew",
    "retreated",
    "evacuated",
    "defending",
    "deserted",
    "melted",
];

/// More words of [`LOSING_GROUND`] that only a takeover reads: "after the
/// presidential guard pulled out" (before an attack, they often tell a
/// retreat from some other place).
const GIVING_UP: &[&str] = &["pulled", "withdrawing", "retreating", "surrendering"];

/// How many words may stand between the armed men and the word that says
/// they lost ground ("more than 130 Congolese soldiers and police officers
/// to flee").
const LOSING_REACH: usize = 6;

/// How many tokens from a takeover's trigger its defenders are looked for.
const DEFENDER_REACH: usize = 80;

/// A takeover that names no loser was taken from the armed men its
/// sentence, or the next, says fled, surrendered or defended it ("M23
/// rebels captured Bunagana, forcing Congolese soldiers to flee"), or held
/// it ("captured Baghuz, the last territory held by the Islamic State
/// group"): the side that lost the place, as golds name it.
fn lost_by_defenders(input: &Input<'_>, drafts: &mut [Draft]) {
    let sentences = &input.seg.sentences;
    let armed = |m: &Mention| matches!(&m.what, What::Actor(a) if a.category.is_armed());
    let loses = |m: &Mention, kind: EventKind| {
        let s = &sentences[input.seg.sentence_of(m.first)];
        (m.last..(m.last + LOSING_REACH).min(s.tokens.end)).any(|k| {
            is_any(input.word(k), LOSING_GROUND)
                || (kind == EventKind::Takeover && is_any(input.word(k), GIVING_UP))
        })
    };
    // ("captured Baghuz, the last territory held by the Islamic State group")
    let held = |m: &Mention, kind: EventKind| {
        let by = if m.first >= 1 && is_any(input.word(m.first - 1), &["the"]) {
            m.first - 1
        } else {
            m.first
        };
        kind == EventKind::Takeover
            && by >= 2
            && is_any(input.word(by - 1), &["by"])
            && is_any(input.word(by - 2), &["held", "controlled"])
    };
    for d in drafts.iter_mut() {
        // (an event that names nothing else stays too vague to keep)
        if !matches!(d.kind, EventKind::Takeover | EventKind::Attack)
            || d.negated
            || !complete(d)
            || d.actors.iter().any(|a| a.1 == Role::Target)
        {
            continue;
        }
        let t = input.mentions[d.trigger].first;
        let at = input.seg.sentence_of(t);
        // (and near the trigger: a text with no sentence breaks stays linear)
        let window = sentences[at]
            .tokens
            .start
            .max(t.saturating_sub(DEFENDER_REACH))
            ..(sentences[(at + 1).min(sentences.len() - 1)].tokens.end).min(t + DEFENDER_REACH);
        let from = input.mentions.partition_point(|m| m.first < window.start);
        let defender = (from..input.mentions.len())
            .take_while(|&i| input.mentions[i].first < window.end)
            .find(|&i| {
                let m = &input.mentions[i];
                armed(m)
                    && (loses(m, d.kind) || held(m, d.kind))
                    && !d.actors.iter().any(|&(a, _)| input.same_actor(a, i))
            });
        if let Some(i) = defender {
            d.actors.push((i, Role::Target));
        }
    }
}

/// "struck PKK positions", "took IS positions": the owner named right before
/// a facility struck or taken is the target, as golds name it, and the
/// facility no second one.
fn owners_for_positions(input: &Input<'_>, drafts: &mut [Draft]) {
    let owned = |d: &Draft, m: usize| {
        let mm = &input.mentions[m];
        matches!(&mm.what, What::Actor(a) if a.generic && a.category == ActorCategory::Facility)
            && d.actors.iter().any(|&(o, r)| {
                r == Role::Target
                    && input.mentions[o].last == mm.first
                    && matches!(&input.mentions[o].what, What::Actor(a) if !a.generic)
            })
    };
    for d in drafts.iter_mut() {
        if !matches!(d.kind, EventKind::Attack | EventKind::Takeover) {
            continue;
        }
        let drop: Vec<usize> = (d.actors.iter())
            .filter(|&&(a, r)| r == Role::Target && owned(d, a))
            .map(|&(a, _)| a)
            .collect();
        d.actors
            .retain(|&(a, r)| r != Role::Target || !drop.contains(&a));
    }
}

/// "met on the sidelines of the BRICS summit": the body that names the
/// summit is the occasion of a meeting between two others, not a party to
/// it (golds name the two).
fn summit_hosts_dropped(input: &Input<'_>, drafts: &mut [Draft]) {
    let names_summit = |m: usize| {
        let last = input.mentions[m].last;
        input.mentions.get(m + 1).is_some_and(|next| {
            next.first == last
                && matches!(&next.what, What::Trigger(t) if t.kind == Some(EventKind::Meeting))
                && is_any(input.word(last), &["summit", "summits"])
        })
    };
    for d in drafts.iter_mut() {
        if d.kind != EventKind::Meeting {
            continue;
        }
        let others = (d.actors.iter())
            .filter(|&&(a, r)| r == Role::Participant && !names_summit(a))
            .count();
        if others >= 2 {
            d.actors
                .retain(|&(a, r)| r != Role::Participant || !names_summit(a));
        }
    }
}

/// "Teachers and other civil servants took to the streets": the "other"
/// ones are the group the first belong to, one party with them (golds name
/// the first).
fn others_of_a_kind(input: &Input<'_>, drafts: &mut [Draft]) {
    // (the party right before "and other", in the same role)
    let other_of = |d: &Draft, (m, role): (usize, Role)| {
        let first = input.mentions[m].first;
        first >= 2
            && input.word(first - 1).eq_ignore_ascii_case("other")
            && input.word(first - 2).eq_ignore_ascii_case("and")
            && (d.actors.iter()).any(|&(a, r)| r == role && input.mentions[a].last + 2 == first)
    };
    for d in drafts.iter_mut() {
        let drop: Vec<(usize, Role)> = (d.actors.iter())
            .copied()
            .filter(|&x| other_of(d, x))
            .collect();
        d.actors.retain(|x| !drop.contains(x));
    }
}

/// Places where crowds are the ones struck.
const PUBLIC_PLACES: &[&str] = &[
    "market", "markets", "bazaar", "station", "bus", "train", "rally", "square", "beach",
];

/// An attack on a named target counts the "people" it killed as its toll,
/// not as a further target ("stormed parliament ... at least 23 people were
/// killed", "struck a clinic, killing four people"): golds name the target
/// only. An attack with no other target, or only other casualties ("killing
/// 54 people, many of them children"), keeps them.
fn casualties_beside_targets(input: &Input<'_>, drafts: &mut [Draft]) {
    let people = |m: usize| matches!(&input.mentions[m].what, What::Actor(a) if a.generic && &*a.name == "people");
    let casualties = |m: usize| matches!(&input.mentions[m].what, What::Actor(a) if a.generic && a.category == ActorCategory::Civilians);
    // (or a country's, named by its demonym: "killing 30 US service
    // members"; not a named force: "killed senior Revolutionary Guards
    // commanders")
    let garrison = |m: usize| {
        matches!(&input.mentions[m].what, What::Actor(a)
        if (a.generic || a.code.is_none())
            && matches!(a.category, ActorCategory::Military | ActorCategory::Police))
    };
    // (counted among the dead or hurt after token `after`: "..., killing
    // two police guards")
    let killed_after = |m: usize, after: usize| {
        let first = input.mentions[m].first;
        first > after
            && (first.saturating_sub(5).max(after)..first).any(|k| {
                is_any(
                    input.word(k),
                    &[
                        "killing", "killed", "wounding", "wounded", "injuring", "injured",
                    ],
                )
            })
    };
    // (in a crowded public place the people are whom it struck: "a bomb tore
    // through a market, killing 25 people", "attacked a bus")
    let crowded = |m: usize| is_any(input.word(input.mentions[m].last - 1), PUBLIC_PLACES);
    for d in drafts.iter_mut().filter(|d| d.kind == EventKind::Attack) {
        // (the other side of a clash is no target of its own: "a clash
        // between the army and the RSF killed 20 people")
        let initiators: Vec<usize> = (d.actors.iter())
            .filter(|a| a.1 == Role::Initiator)
            .map(|a| a.0)
            .collect();
        let initiator = |a: usize| initiators.contains(&a);
        let other_target = |&(a, r): &(usize, Role)| {
            r == Role::Target && !casualties(a) && !initiator(a) && !crowded(a)
        };
        if d.actors.iter().any(other_target) {
            d.actors.retain(|&(a, r)| r != Role::Target || !people(a));
        }
        // ("stormed a military base, killing 20 soldiers": those it held;
        // not "set fire to cars and hurled stones at riot police")
        let facility = (d.actors.iter())
            .filter(|&&(a, r)| r == Role::Target && input.is_facility(a))
            .map(|&(a, _)| input.mentions[a].last)
            .min();
        if let Some(after) = facility {
            d.actors.retain(|&(a, r)| {
                r != Role::Target || initiator(a) || !garrison(a) || !killed_after(a, after)
            });
        }
    }
}

/// How many days before publication a dated event may lie and still be the
/// news its dateline reports from (the day of publication and the two
/// before; a week let older background events in).
const DATELINE_DAYS: i64 = 2;

/// The place of the article's dateline ("KHARTOUM – ...", "SEOUL, South
/// Korea – ..."): the first place named before its dash.
fn dateline_place(input: &Input<'_>) -> Option<usize> {
    let first = input.seg.sentences.first()?;
    let dash = input.seg.dateline_dash(input.text, first)?;
    input
        .mentions
        .iter()
        .take_while(|m| m.last <= dash)
        .position(|m| matches!(m.what, What::Place(_)))
}

/// An event of the days the article reports, named with no place, happened
/// where the article is datelined: "NAIROBI – ... Protesters stormed
/// parliament" is in Nairobi.
fn datelined(input: &Input<'_>, drafts: &mut [Draft]) {
    let Some(place) = dateline_place(input) else {
        return;
    };
    let recent = |d: &Draft| match (d.value, input.published) {
        (Some(v), Some(p)) => {
            let days = (p - v.last_day()).num_days();
            (0..=DATELINE_DAYS).contains(&days) && v.precision() == crate::time::Precision::Day
        }
        _ => false,
    };
    for d in drafts.iter_mut() {
        if d.places.is_empty() && recent(d) {
            d.places.push(place);
        }
    }
}

/// How many events back a frame looks for the one it repeats: far more than
/// an article reports, and bounded, so that a document with very many events
/// stays linear.
const MERGE_LOOKBACK: usize = 64;

/// Builds the events of a document from its frames.
pub(crate) fn assemble(input: &Input<'_>, frames: &[Frame]) -> Vec<Event> {
    let mut drafts: Vec<Draft> = Vec::new();
    for f in frames {
        let mut d = draft(input, f);
        if f.anaphoric {
            // refers back: adds its date to the last event of its kind (and,
            // when it names more parties, them and its places: whom it took
            // go to the one that took a group, "arrested at least three
            // ministers"), or nothing
            let from = drafts.len().saturating_sub(MERGE_LOOKBACK);
            let same_kind = |x: &Draft| x.kind == d.kind && x.negated == d.negated;
            let took_group = |x: &Draft| {
                x.actors.iter().any(|&(a, r)| {
                    r == Role::Target
                        && matches!(&input.mentions[a].what, What::Actor(g) if g.generic)
                })
            };
            let group = drafts[from..]
                .iter()
                .rposition(|x| f.adds_parties && same_kind(x) && took_group(x));
            // whoever claims "the attack" claims the first one no one did,
            // the story's, not a raid reported after it
            let has_initiator = |x: &Draft| x.actors.iter().any(|a| a.1 == Role::Initiator);
            let unclaimed = drafts[from..].iter().position(|x| {
                f.adds_parties && has_initiator(&d) && same_kind(x) && !has_initiator(x)
            });
            let last = drafts[from..].iter().rposition(same_kind);
            // ("Jaish-e-Mohammed claimed the bombing": the bombing, before
            // any other attack)
            let word = |m: usize| {
                let text = input.span(m).slice(input.text);
                let last = text.rsplit(' ').next().unwrap_or(text);
                last.strip_suffix('s').unwrap_or(last)
            };
            let head = word(f.trigger);
            let named = drafts[from..].iter().rposition(|x| {
                f.adds_parties && same_kind(x) && word(x.trigger).eq_ignore_ascii_case(head)
            });
            // ("a suicide bomber rammed a car into a convoy ... Jaish-e-Mohammed
            // claimed the bombing": the group behind the attackers just told)
            let previous = input.seg.sentences[f.sentence.saturating_sub(1)]
                .tokens
                .start;
            let previous = input.seg.tokens.get(previous).map_or(0, |t| t.start);
            let behind = last.filter(|&i| {
                let x = &drafts[from + i];
                f.adds_parties
                    && x.kind == EventKind::Attack
                    && x.sentence.start >= previous
                    && x.actors.iter().any(|&(a, r)| {
                        r == Role::Initiator
                            && matches!(&input.mentions[a].what, What::Actor(g) if g.generic)
                    })
            });
            if let Some(i) = named.or(behind).or(unclaimed).or(group).or(last) {
                let target = &mut drafts[from + i];
                if dates_compatible(target.value, d.value) {
                    // (a frame that adds parties also tells where: "The
                    // strike hit Finote Selam")
                    if !f.adds_parties {
                        d.actors.clear();
                        d.places.clear();
                    }
                    absorb(input, target, d);
                }
            } else if let Some(told) = drafts[from..]
                .iter()
                .rposition(|x| f.negated && !d.actors.is_empty() && x.kind == d.kind && !x.negated)
            {
                // "Baku blamed Armenian forces for the strike ..., which
                // Armenia denied": the event told, by them, negated
                let told = &drafts[from + told];
                if d.places.is_empty() {
                    d.places = told.places.clone();
                }
                if d.value.is_none() {
                    (d.date, d.value) = (told.date, told.value);
                }
                drafts.push(d);
            }
            continue;
        }
        let from = drafts.len().saturating_sub(MERGE_LOOKBACK);
        // one capture told twice, the second time in the words of the
        // captive's side: "agents arrested Marrero ... Guaidó said agents had
        // 'kidnapped' Marrero" (its places are the telling's, not the capture's)
        if let Some(i) = drafts[from..]
            .iter()
            .rposition(|x| retold_capture(input, x, &d))
        {
            d.places.clear();
            absorb(input, &mut drafts[from + i], d);
            continue;
        }
        // "killed 11 Palestinians ... during a daytime raid on militants":
        // the event it happened during, whoever each names
        let first = input.mentions[d.trigger].first;
        let token_is = |k: usize, words: &[&str]| {
            input.seg.tokens.get(k).is_some_and(|t| {
                let w = t.text(input.text);
                words.iter().any(|x| w.eq_ignore_ascii_case(x))
            })
        };
        let during = (first.saturating_sub(3)..first).any(|k| token_is(k, &["during"]));
        // "gunmen killed five people at La Terrasse ... in an attack claimed
        // by al-Mourabitoun", "were taken from their school ... in a raid
        // claimed by Boko Haram": the event told, and who claimed it
        let last = input.mentions[d.trigger].last;
        // (or named in apposition: "seized two aid workers – an abduction
        // Nairobi blamed on al Shabaab")
        let claimed = first >= 2
            && token_is(first - 1, &["a", "an"])
            && ((token_is(first - 2, &["in"]) && token_is(last, &["claimed", "blamed"]))
                || (token_is(first - 2, &[",", "–", "—"])
                    && (last..last + 6).any(|k| token_is(k, &["claimed", "blamed"]))));
        // "Luca Attanasio was killed on Monday when gunmen attacked a WFP
        // convoy": the killing no one is said to have done is the attack
        let when_attacked = d.kind == EventKind::Attack
            && (first.saturating_sub(4)..first).any(|k| token_is(k, &["when"]));
        // "attacked the UAE with drones on Monday, setting off explosions
        // that killed three people": what the attack set off is the attack
        let set_off = d.kind == EventKind::Attack && {
            let k = if first > 0 && token_is(first - 1, &["off"]) {
                first - 1
            } else {
                first
            };
            k >= 2
                && token_is(k - 1, &["setting", "causing", "triggering", "sparking"])
                && token_is(k - 2, &[","])
        };
        // the attack of the same sentence either joins (for "when", one no
        // one is said to have done)
        let joined = (when_attacked || set_off)
            .then(|| {
                drafts[from..].iter().rposition(|x| {
                    x.kind == EventKind::Attack
                        && x.sentence == d.sentence
                        && x.negated == d.negated
                        && (set_off || !x.actors.iter().any(|a| a.1 == Role::Initiator))
                        && dates_agree(input, x, &d)
                })
            })
            .flatten();
        if let Some(i) = joined {
            absorb(input, &mut drafts[from + i], d);
            continue;
        }
        // "Ghanaian poet Kofi Awoonor and citizens of France were also
        // killed": more victims of the attack just told (not "in a
        // separate attack")
        let in_sentence = |k: &usize| {
            input
                .seg
                .tokens
                .get(*k)
                .is_some_and(|t| d.sentence.start <= t.start && t.end <= d.sentence.end)
        };
        let also_killed = d.kind == EventKind::Attack
            && !d.actors.iter().any(|a| a.1 == Role::Initiator)
            && (first.saturating_sub(2)..first).any(|k| token_is(k, &["also"]))
            && !(first.saturating_sub(16)..last + 16)
                .filter(in_sentence)
                .any(|k| token_is(k, &["separate", "another", "second"]));
        let told = also_killed
            .then(|| {
                drafts[from..].iter().rposition(|x| {
                    x.kind == EventKind::Attack
                        && !x.negated
                        && !d.negated
                        && x.sentence < d.sentence
                        && dates_agree(input, x, &d)
                        && (d.places.is_empty()
                            || shares_argument(input, x, &d)
                            || contained(input, &d, x))
                })
            })
            .flatten();
        if let Some(i) = told {
            absorb(input, &mut drafts[from + i], d);
            continue;
        }
        let within = (during || claimed)
            .then(|| {
                drafts[from..].iter().rposition(|x| {
                    (x.kind == d.kind
                        || (claimed
                            && d.kind == EventKind::Attack
                            && x.kind == EventKind::Kidnapping))
                        && x.sentence == d.sentence
                        && x.negated == d.negated
                        && dates_agree(input, x, &d)
                })
            })
            .flatten();
        if let Some(i) = within {
            // (who blames or claims it tells where they are, not where it
            // was: "an abduction Nairobi blamed on al Shabaab")
            if claimed {
                d.places.clear();
            }
            absorb(input, &mut drafts[from + i], d);
            continue;
        }
        // the same event again: same sentence, or sharing an argument
        // (in one sentence, a building struck names no side: "the embassy
        // was attacked, when insurgents fought their way into the compound")
        let no_party = |x: &Draft| x.actors.iter().all(|a| input.is_facility(a.0));
        let same = drafts[from..].iter().rposition(|x| {
            compatible(input, x, &d)
                && (shares_argument(input, x, &d)
                    || (x.sentence == d.sentence
                        && (no_party(x) || no_party(&d) || x.kind == EventKind::Meeting)))
        });
        match same {
            Some(i) => absorb(input, &mut drafts[from + i], d),
            None => drafts.push(d),
        }
    }
    implied_parties(input, &mut drafts);
    retaken_from(input, &mut drafts);
    lost_by_defenders(input, &mut drafts);
    dated_by_assault(input, &mut drafts);
    casualties_beside_targets(input, &mut drafts);
    summit_hosts_dropped(input, &mut drafts);
    owners_for_positions(input, &mut drafts);
    others_of_a_kind(input, &mut drafts);
    drafts.retain(complete);
    // (after: a dateline completes no event)
    datelined(input, &mut drafts);
    drafts
        .into_iter()
        .map(|d| {
            let mut e = event(input, d);
            most_specific(input, &mut e.locations);
            e
        })
        .collect()
}
