//! Frame splits: one frame told of several places, parties or towns that
//! are separate events ("rallied in Dhaka and in Sylhet", "captured Taloqan
//! and Zaranj", "held separate talks with Modi and with Xi").

use super::*;

/// The most places a protest verb lists that are one protest each
/// ("rallied in Dhaka, Chittagong and Sylhet"); past it, one movement.
const MAX_LISTED_PROTESTS: usize = 5;

/// Protests "outside the embassy in Bangkok and in front of the university in
/// Tokyo" are separate events: a protest whose places each have their own
/// preposition, or that a verb reports, becomes one frame per place. So do
/// towns taken: "captured Taloqan and Zaranj" is two takeovers.
pub(super) fn split_by_place(sent: &Sent<'_>, f: Frame) -> Vec<Frame> {
    if !matches!(f.kind, EventKind::Protest | EventKind::Takeover) || f.places.len() < 2 {
        return vec![f];
    }
    // a place after its own locative starts a group; one named after it
    // without one ("in Karachi's Lyari area", "in Ankara, the capital")
    // belongs to the group
    // a verb's short list of places is one protest per place too
    // ("demonstrators burned flags in New Delhi and Ahmedabad"); a plural
    // noun's may be one movement ("anti-war protests in Moscow, St
    // Petersburg and other cities"), and so is a long list
    // ("occupied the villages of Rio Hondo, Santa Barbara and Santa
    // Catalina": a plural noun's list is one place taken)
    let plural_noun_list = sent.m(f.places[0]).first > sent.first + 1
        && sent.is(sent.m(f.places[0]).first - 1, &["of"])
        && sent.is(sent.m(f.places[0]).first - 2, PLACE_NOUNS_PLURAL);
    let verb = f.places.len() <= MAX_LISTED_PROTESTS
        && !plural_noun_list
        && matches!(&sent.m(f.trigger).what, What::Trigger(t) if t.form != TriggerForm::Noun);
    // (a listed place: after "and" or a comma, not "the capital" nor a
    // country after its city)
    // (past "the northern town of": "in Freetown and the northern town of Makeni")
    let listed = |p: usize| {
        let first = sent.m(p).first;
        let k = places::town_phrase_start(sent, first);
        let first = if k + 1 < first && !sent.is(first, &["the"]) {
            k
        } else {
            first
        };
        first > sent.first
            && sent.is(first - 1, &["and", ","])
            && (!sent.is(first, &["the"]) || first < sent.m(p).first)
            && matches!(&sent.m(p).what, What::Place(q) if q.kind != PlaceKind::Country)
    };
    // "in Saqqez, in Kurdistan province": the area a place lies in is the
    // same place
    // ("outside Congress in Buenos Aires": so is the town right after a
    // place the gazetteer does not list)
    let holds = |group: &[usize], p: usize| {
        let (Some(&last), What::Place(q)) = (group.last(), &sent.m(p).what) else {
            return false;
        };
        let right_after =
            sent.m(p).first == sent.m(last).last + 1 && sent.is(sent.m(last).last, &["in"]);
        // ("Protesters in Kenya marched in Nairobi": so is a place in the
        // country named first)
        matches!(&sent.m(last).what, What::Place(l)
            if inside(l.into(), q.into())
                || (l.kind == PlaceKind::Country && inside(q.into(), l.into()))
                || (l.kind == PlaceKind::Unlisted && right_after))
    };
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &p in &f.places {
        match groups.last_mut() {
            // (a takeover's place after "in" is where the town taken lies)
            Some(group)
                if holds(group, p)
                    || !((f.kind == EventKind::Protest && after_locative(sent, p))
                        || verb && listed(p)) =>
            {
                group.push(p)
            }
            _ => groups.push(vec![p]),
        }
    }
    if groups.len() < 2 {
        return vec![f];
    }
    groups
        .into_iter()
        .map(|places| Frame {
            places,
            ..f.clone()
        })
        .collect()
}

/// "Met Museveni in Kampala and Abiy in Addis Ababa": parties met each in a
/// place of their own are one meeting each, with whoever met them. Places
/// each with a date of their own are one event each, of any kind: "met in
/// Brussels on Feb. 27 and in Ohrid on March 18".
pub(super) fn split_paired(sent: &Sent<'_>, f: Frame) -> Vec<Frame> {
    if f.places.len() < 2 {
        return vec![f];
    }
    // the date right after each place ("in Ohrid on March 18")
    let date_of = |p: usize| {
        let after = sent.m(p).last;
        let at = if sent.is(after, &["on", "in"]) {
            after + 1
        } else {
            after
        };
        sent.mention_at(at)
            .filter(|&x| sent.m(x).first == at)
            .and_then(|x| match sent.m(x).what {
                What::Date(d) if sent.doc.dates[d].value.is_some() => Some(d),
                _ => None,
            })
    };
    let dated: Vec<_> = f
        .places
        .iter()
        .map(|&p| date_of(p).map(|d| (p, d)))
        .collect();
    if dated.iter().all(Option::is_some) {
        return dated
            .into_iter()
            .flatten()
            .map(|(p, d)| Frame {
                places: vec![p],
                date: DateChoice::Own(d),
                ..f.clone()
            })
            .collect();
    }
    if f.kind != EventKind::Meeting {
        return vec![f];
    }
    let t1 = sent.m(f.trigger).last;
    let (met, hosts): (Vec<_>, Vec<_>) = f
        .actors
        .iter()
        .copied()
        .partition(|&(a, _)| sent.m(a).first >= t1);
    // each party met, then "in" or "at" and its place
    let place_of = |a: usize| {
        let after = sent.m(a).last;
        if !sent.is(after, &["in", "at"]) {
            return None;
        }
        sent.mention_at(after + 1)
            .filter(|p| f.places.contains(p) && sent.m(*p).first == after + 1)
    };
    let pairs: Vec<_> = met
        .iter()
        .map(|&(a, r)| place_of(a).map(|p| ((a, r), p)))
        .collect();
    if pairs.len() != f.places.len() || pairs.iter().any(Option::is_none) {
        return vec![f];
    }
    pairs
        .into_iter()
        .flatten()
        .map(|(party, place)| {
            let mut actors = hosts.clone();
            actors.push(party);
            Frame {
                actors,
                places: vec![place],
                ..f.clone()
            }
        })
        .collect()
}

/// How far after its noun a protest may be said to spread, in tokens.
const SPREAD_REACH: usize = 30;

/// "Protests that began in Zhanaozen spread to Almaty": the places a protest
/// spread to are a protest of their own, one for each "to" ("spread to the
/// capital, where crowds marched, and to Palma Soriano").
pub(super) fn split_spread(sent: &Sent<'_>, mut f: Frame) -> Vec<Frame> {
    if f.kind != EventKind::Protest {
        return vec![f];
    }
    let t1 = sent.m(f.trigger).last;
    let end = sent.last.min(t1 + SPREAD_REACH);
    let Some(spread) = (t1..end)
        .take_while(|&i| {
            sent.mention_at(i)
                .is_none_or(|x| !matches!(&sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Protest)))
        })
        .find(|&i| sent.is(i, &["spread", "spreads", "spreading"]) && sent.is(i + 1, &["to"]))
    else {
        return vec![f];
    };
    // places, and the date said with them ("spread to Isfahan on Sunday")
    let mut groups: Vec<(Vec<usize>, Option<usize>)> = vec![(Vec::new(), None)];
    // a relative clause ("where crowds marched") is about the place before it
    let mut open = true;
    for i in spread + 2..sent.last {
        if sent.is(i, &["to"]) && sent.is(i - 1, &["and", ","]) {
            open = true;
            groups.push((Vec::new(), None));
        } else if sent.is(i, &["where", "which", "who", "when", "after", "as", "but", "while"])
            // (", and in Ranya crowds set fire": a clause of its own)
            || (sent.is(i, &["and"]) && sent.is(i - 1, &[","]) && !sent.is(i + 1, &["to"]))
        {
            open = false;
        }
        let Some(m) = sent.mention_at(i).filter(|&m| sent.m(m).first == i) else {
            continue;
        };
        let (places, date) = groups.last_mut().expect("a group");
        match sent.m(m).what {
            // (not "the country's largest city")
            What::Place(_) if open && !sent.is_possessive(sent.m(m).last) => places.push(m),
            What::Date(d)
                if open
                    && !places.is_empty()
                    && date.is_none()
                    && sent.doc.dates[d].kind == TimeKind::Date
                    && sent.doc.dates[d].value.is_some() =>
            {
                *date = Some(finer_before(sent.doc, m, d));
            }
            _ => {}
        }
    }
    groups.retain(|(places, _)| !places.is_empty());
    if groups.is_empty() {
        return vec![f];
    }
    f.places
        .retain(|p| !groups.iter().any(|(places, _)| places.contains(p)));
    let spread: Vec<Frame> = groups
        .into_iter()
        .map(|(places, date)| Frame {
            places,
            date: date.map_or(DateChoice::None, DateChoice::Own),
            // a protest in a new place is a new protest
            anaphoric: false,
            adds_parties: false,
            ..f.clone()
        })
        .collect();
    std::iter::once(f).chain(spread).collect()
}

/// "Putin held separate talks with Modi and with Xi": one meeting per party
/// named after "with", each with the others.
pub(super) fn split_separate(sent: &Sent<'_>, f: Frame) -> Vec<Frame> {
    let t0 = sent.m(f.trigger).first;
    if f.kind != EventKind::Meeting || !said_separate(sent, t0, sent.first) {
        return vec![f];
    }
    let (with, hosts): (Vec<_>, Vec<_>) = f
        .actors
        .iter()
        .copied()
        .partition(|&(a, _)| sent.preposition_before(a) == Some("with"));
    if with.len() < 2 || hosts.is_empty() {
        return vec![f];
    }
    with.into_iter()
        .map(|w| {
            let mut actors = hosts.clone();
            actors.push(w);
            Frame {
                actors,
                ..f.clone()
            }
        })
        .collect()
}

/// Whether a locative preposition leads to place `m` across the words of its
/// noun phrase: "in Turbat", "in the Aegean city of İzmir".
fn after_locative(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    let (c0, _) = sent.clause_range(first);
    let mut k = first;
    while k > c0 && first - k < 6 {
        k -= 1;
        if sent.has(k, cue::LOCATIVES) && !sent.is(k, &["of"]) {
            return true;
        }
        let in_phrase = sent.mention_at(k).is_none()
            && sent.doc.seg.tokens[k].kind == TokenKind::Word
            && !sent.has(k, cue::BLOCKING_PREPOSITIONS);
        if !in_phrase {
            return false;
        }
    }
    false
}
