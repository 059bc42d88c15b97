//! From frames to events: resolve each frame's mentions into output records,
//! fold references back into the events they repeat, and merge the mentions
//! of one real event across the document.
//!
//! Two frames are one event when they have the same kind and polarity,
//! compatible dates (equal, or one containing the other), no conflicting
//! initiators, targets or places (when both name some, they share one) and
//! share at least one actor or place. A frame that only refers back ("the
//! meeting", "his detention") adds its date to the last event of its kind and
//! never stands alone. Merging is deliberately cautious: a split event is a
//! repeat, a wrong merge loses an event.

use crate::frames::{DateChoice, Frame};
use crate::mentions::{Mention, What};
use crate::model::{Actor, Event, EventDate, EventKind, Place, PlaceKind, Role, Span, Trigger};
use crate::text::Segmented;
use crate::time::{TimeExpr, TimeValue};
use chrono::{Datelike, NaiveDate};

/// An event being assembled, with the keys used to compare it.
struct Draft {
    event: Event,
    value: Option<TimeValue>,
}

/// Whether two names are the same ignoring case, without allocating.
fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
        || (!a.is_ascii() || !b.is_ascii())
            && a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase))
}

fn same_actor(a: &Actor, b: &Actor) -> bool {
    same_name(
        a.same_as.as_deref().unwrap_or(&a.name),
        b.same_as.as_deref().unwrap_or(&b.name),
    )
}

fn same_place(p: &Place, q: &Place) -> bool {
    same_name(&p.name, &q.name) && p.country == q.country
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

fn span_of(input: &Input<'_>, first: usize, last: usize) -> Span {
    Span::new(
        input.seg.tokens[first].start,
        input.seg.tokens[last - 1].end,
    )
}

fn draft(input: &Input<'_>, f: &Frame) -> Draft {
    let trig = &input.mentions[f.trigger];
    let trigger_span = span_of(input, trig.first, trig.last);
    let mut actors: Vec<Actor> = Vec::new();
    for &(m, role) in &f.actors {
        let mm = &input.mentions[m];
        let span = span_of(input, mm.first, mm.last);
        let actor = match &mm.what {
            What::Actor(a) => Actor {
                name: a.name.to_string(),
                text: span.slice(input.original).to_string(),
                role,
                category: a.category,
                country: a.country.as_deref().map(str::to_string),
                code: a.code.as_deref().map(str::to_string),
                affiliation: a.affiliation.as_deref().map(str::to_string),
                span,
                same_as: a.same_as.as_deref().map(str::to_string),
            },
            What::Place(p) => Actor {
                name: p.name.to_string(),
                text: span.slice(input.original).to_string(),
                role,
                category: crate::model::ActorCategory::Government,
                country: p.country.as_deref().map(str::to_string),
                code: None,
                affiliation: None,
                span,
                same_as: None,
            },
            _ => continue,
        };
        if !actors
            .iter()
            .any(|b| same_actor(b, &actor) && b.role == actor.role)
        {
            actors.push(actor);
        }
    }
    let mut locations: Vec<Place> = Vec::new();
    for &m in &f.places {
        let mm = &input.mentions[m];
        if let What::Place(p) = &mm.what {
            let span = span_of(input, mm.first, mm.last);
            let place = Place {
                name: p.name.to_string(),
                text: span.slice(input.original).to_string(),
                kind: p.kind,
                country: p.country.as_deref().map(str::to_string),
                admin1: p.admin1.as_deref().map(str::to_string),
                coordinates: p.coordinates,
                span,
            };
            if !locations.iter().any(|q| same_place(q, &place)) {
                locations.push(place);
            }
        }
    }
    let (date, value) = match f.date {
        DateChoice::Own(d) | DateChoice::Narrative(d) => {
            let e = &input.dates[d];
            // "since August 2011, when ...": a Since expression dates the clause it introduces
            let value = e.value.map(|v| v.event_value());
            let date = EventDate {
                value: value.map(|v| v.iso()),
                text: input.original.get(e.start..e.end).unwrap_or("").to_string(),
                span: Some(Span::new(e.start, e.end)),
                relative: e.relative || matches!(f.date, DateChoice::Narrative(_)),
            };
            (Some(date), value)
        }
        DateChoice::PublishedMonth => match input.published {
            Some(p) => {
                let value = TimeValue::Month {
                    year: p.year(),
                    month: p.month(),
                };
                let date = EventDate {
                    value: Some(value.iso()),
                    text: String::new(),
                    span: None,
                    relative: true,
                };
                (Some(date), Some(value))
            }
            None => (None, None),
        },
        DateChoice::None => (None, None),
    };
    let sentence = input.seg.sentences[f.sentence].span;
    Draft {
        event: Event {
            kind: f.kind,
            actors,
            locations,
            date,
            trigger: Trigger {
                text: trigger_span.slice(input.original).to_string(),
                span: trigger_span,
            },
            sentence,
            mentions: Vec::new(),
            negated: f.negated,
            confidence: f.confidence,
        },
        value,
    }
}

fn dates_compatible(a: Option<TimeValue>, b: Option<TimeValue>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y || x.contains(&y) || y.contains(&x),
        _ => true,
    }
}

fn role_sets_agree(a: &Event, b: &Event, role: Role) -> bool {
    let mut ka = a.actors.iter().filter(|x| x.role == role).peekable();
    let mut kb = b.actors.iter().filter(|x| x.role == role).peekable();
    ka.peek().is_none() || kb.peek().is_none() || ka.any(|x| kb.clone().any(|y| same_actor(x, y)))
}

fn compatible(a: &Draft, b: &Draft) -> bool {
    let (x, y) = (&a.event, &b.event);
    // "talks between X and Y, hosted by Z": one meeting, parties named piecemeal
    let one_sentence_meeting = x.kind == EventKind::Meeting && x.sentence == y.sentence;
    x.kind == y.kind
        && x.negated == y.negated
        && dates_compatible(a.value, b.value)
        && [Role::Initiator, Role::Target, Role::Participant]
            .iter()
            .all(|&r| (r == Role::Participant && one_sentence_meeting) || role_sets_agree(x, y, r))
        && {
            // places the gazetteer does not list have no hierarchy: they never conflict
            let listed = |p: &&Place| p.kind != PlaceKind::Unlisted;
            let mut pa = x.locations.iter().filter(listed).peekable();
            let mut pb = y.locations.iter().filter(listed).peekable();
            pa.peek().is_none()
                || pb.peek().is_none()
                || pa.any(|p| pb.clone().any(|q| same_place(p, q)))
                || contained(x, y)
                || contained(y, x)
        }
}

/// Whether a place of `a` lies inside a place of `b` (a city in a province).
fn contained(a: &Event, b: &Event) -> bool {
    a.locations
        .iter()
        .any(|p| b.locations.iter().any(|q| inside(p, q)))
}

fn inside(p: &Place, q: &Place) -> bool {
    match q.kind {
        PlaceKind::Country => p.country == q.country && p.kind != PlaceKind::Country,
        PlaceKind::Admin1 => {
            p.admin1.as_deref() == Some(q.name.as_str()) && p.kind == PlaceKind::City
        }
        _ => false,
    }
}

fn shares_argument(a: &Event, b: &Event) -> bool {
    a.actors
        .iter()
        .any(|x| b.actors.iter().any(|y| same_actor(x, y)))
        || a.locations
            .iter()
            .any(|x| b.locations.iter().any(|y| same_place(x, y)))
}

/// Folds `b` into `a`.
fn absorb(a: &mut Draft, b: Draft) {
    for actor in b.event.actors {
        if !a
            .event
            .actors
            .iter()
            .any(|x| same_actor(x, &actor) && x.role == actor.role)
        {
            a.event.actors.push(actor);
        }
    }
    for place in b.event.locations {
        if !a.event.locations.iter().any(|x| same_place(x, &place)) {
            a.event.locations.push(place);
        }
    }
    let finer = match (a.value, b.value) {
        (None, Some(_)) => true,
        (Some(x), Some(y)) => x != y && x.contains(&y),
        _ => false,
    };
    if finer {
        a.value = b.value;
        a.event.date = b.event.date;
    }
    a.event.mentions.push(b.event.trigger.span);
    a.event.mentions.extend(b.event.mentions);
    a.event.confidence = (a.event.confidence.max(b.event.confidence) + 0.05).min(1.0);
}

/// Whether an event has the arguments its kind needs to be reported.
fn complete(e: &Event) -> bool {
    match e.kind {
        EventKind::Meeting => {
            e.actors
                .iter()
                .filter(|a| a.role == Role::Participant)
                .count()
                >= 2
        }
        // a takeover names what was taken (a place) or who took it
        EventKind::Takeover => {
            !e.locations.is_empty() || e.actors.iter().any(|a| a.role == Role::Initiator)
        }
        _ => !e.actors.is_empty() || !e.locations.is_empty(),
    }
}

/// Keeps the most specific places: a country, province or wider area named
/// next to a place inside it becomes that place's attribute ("Chibok, Borno
/// State"; "Davos, Switzerland").
fn most_specific(input: &Input<'_>, places: &mut Vec<Place>) {
    let n = places.len();
    let mut drop = vec![false; n];
    for i in 0..n {
        for j in 0..n {
            if i == j || drop[j] {
                continue;
            }
            let (p, q) = (&places[i], &places[j]);
            // q contains p by the gazetteer's hierarchy
            if inside(p, q) {
                drop[j] = true;
                continue;
            }
            // an unlisted place right before a listed one: "the town of Kuriga, in ... Kaduna State"
            let near = p.span.end <= q.span.start && q.span.start - p.span.end < 80 && {
                let gap = &input.text[p.span.end..q.span.start];
                !gap.contains(" and ") && !gap.contains('.')
            };
            if p.kind == PlaceKind::Unlisted && q.kind != PlaceKind::Unlisted && near {
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
                && places[j].span.start > places[i].span.end
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

/// Builds the events of a document from its frames.
pub(crate) fn assemble(input: &Input<'_>, frames: &[Frame]) -> Vec<Event> {
    let mut drafts: Vec<Draft> = Vec::new();
    for f in frames {
        let d = draft(input, f);
        if f.anaphoric {
            // refers back: adds its date to the last event of its kind, or nothing
            if let Some(target) = drafts
                .iter_mut()
                .rev()
                .find(|x| x.event.kind == d.event.kind && x.event.negated == d.event.negated)
            {
                if dates_compatible(target.value, d.value) {
                    absorb(
                        target,
                        Draft {
                            event: Event {
                                actors: Vec::new(),
                                locations: Vec::new(),
                                ..d.event
                            },
                            value: d.value,
                        },
                    );
                }
            }
            continue;
        }
        // the same event again: same sentence, or sharing an argument
        let same = drafts.iter().rposition(|x| {
            compatible(x, &d)
                && (shares_argument(&x.event, &d.event)
                    || (x.event.sentence == d.event.sentence
                        && (x.event.actors.is_empty()
                            || d.event.actors.is_empty()
                            || x.event.kind == EventKind::Meeting)))
        });
        match same {
            Some(i) => absorb(&mut drafts[i], d),
            None => drafts.push(d),
        }
    }
    drafts
        .into_iter()
        .map(|d| d.event)
        .filter(complete)
        .map(|mut e| {
            most_specific(input, &mut e.locations);
            e
        })
        .collect()
}
