//! A bare "took" or "taken", a trigger of no kind of its own: which event
//! it tells (a place taken over, people seized, someone taken into
//! custody, or one more taken in the capture just told), and who was taken.

use super::*;

/// "rebels have taken a group of nuns from a convent", "gunmen took 12
/// passengers from a bus": people taken from a place by armed men, the
/// verb at `t0..t1`.
pub(super) fn people_taken_from(sent: &Sent<'_>, t0: usize, t1: usize) -> bool {
    let (c0, c1) = sent.clause_range(t0);
    (t1..c1.min(t1 + 8)).any(|i| sent.is(i, &["from"]))
        && object(sent, t1, c1).0.iter().any(|&a| {
            matches!(&sent.m(a).what, What::Actor(x)
                if matches!(x.category, ActorCategory::Civilians | ActorCategory::Person))
        })
        && subject(sent, t0, c0).iter().any(|&a| sent.is_armed(a))
}

/// Whether token `t0` is "took", or "taken" after "had" or "has": an active
/// verb that may take a place.
pub(super) fn active_took(sent: &Sent<'_>, t0: usize) -> bool {
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

/// The event that "took" or "taken" at `t0..t1` tells, its word list
/// giving no kind: a place or a building taken over, people taken from a
/// place, someone taken into custody, or else one more taken in the arrest
/// or kidnapping told last. `None`: no event ("took part", "took office").
pub(super) fn kind_of_taken(
    sent: &Sent<'_>,
    t0: usize,
    t1: usize,
    earlier: &[Frame],
) -> Option<EventKind> {
    // "the Taliban took Taloqan": "took" is a takeover of a place named
    // right after it, and nothing else ("took part", "took office")
    // (and "had also taken the Zueitina terminal")
    if t1 == t0 + 1 && active_took(sent, t0) {
        let (c0, c1) = sent.clause_range(t0);
        let (actors, places) = object(sent, t1, c1);
        let place_taken = actors.is_empty()
            && places.first().is_some_and(|&p| {
                // "took the strategic town of Shusha"
                (t1..sent.m(p).first).all(|i| {
                    sent.is(i, &["the", "of"]) || sent.is_plain(i) && is_modifier_word(sent.word(i))
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
        return if people_taken_from(sent, t0, t1) {
            Some(EventKind::Kidnapping)
        } else if !(place_taken || facility_taken) || c0 == t0 {
            None
        } else {
            Some(EventKind::Takeover)
        };
    }
    // "Sheberghan, ... in Jawzjan province, was taken": a place taken
    // (past an apposition that names its kind: "Herat and Kandahar,
    // the country's third- and second-largest cities, were taken")
    if place_taken_before(sent, t0) {
        return Some(EventKind::Takeover);
    }
    // "was taken to the Ramo Verde military jail": into custody
    if sent.is(t1, &["to"]) && (t1 + 1..(t1 + 6).min(sent.last)).any(|i| sent.is(i, CUSTODY_PLACES))
    {
        return Some(EventKind::Arrest);
    }
    // "was taken": whichever of arrest and kidnapping was reported last
    Some(
        earlier
            .iter()
            .rev()
            .map(|f| f.kind)
            .find(|k| matches!(k, EventKind::Arrest | EventKind::Kidnapping))
            .unwrap_or(EventKind::Kidnapping),
    )
}

/// Whether the verb group of "taken" at `t0` follows the place taken,
/// its subject ("Sheberghan, ... in Jawzjan province, was taken").
fn place_taken_before(sent: &Sent<'_>, t0: usize) -> bool {
    let k = verb_group_start(sent, t0, sent.first);
    let is_place = |p: usize| matches!(sent.m(p).what, What::Place(_));
    let apposed = || {
        let comma = (k.saturating_sub(12).max(sent.first + 1)..k.saturating_sub(2))
            .rev()
            .find(|&j| sent.is(j, &[","]))?;
        let kind_named =
            (comma + 1..k - 1).any(|i| sent.is(i, PLACE_NOUNS) || sent.is(i, PLACE_NOUNS_PLURAL));
        // (a possessive place may own the kind: "the country's
        // third- and second-largest cities")
        let plain = (comma + 1..k - 1).all(|i| {
            sent.mention_at(i).is_none_or(|x| {
                matches!(sent.m(x).what, What::Place(_)) && sent.is_possessive(sent.m(x).last)
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
                sent.m(x).first < k && matches!(&sent.m(x).what, What::Actor(a) if a.generic)
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
}

/// "Those held include X, Y and Z", "X was among those held": a frame that
/// names more taken in the capture just told, when the trigger at `site`
/// is such a "those"; `Some(None)` when it is but names no one.
pub(super) fn those_taken(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    earlier: &[Frame],
) -> Option<Option<Frame>> {
    let Site {
        m,
        kind,
        t0,
        t1,
        c0,
        ..
    } = *site;
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
        // the list runs to the end of the sentence or to "..., the party
        // said" ("..., a presidential spokesman said")
        let reported_after = |i: usize| {
            (i + 1..(i + 6).min(sent.last))
                .take_while(|&k| !sent.is(k, &[",", ";", "."]))
                .any(|k| sent.has(k, cue::REPORTING))
        };
        let end = (t1..sent.last)
            .find(|&i| sent.is(i, &[";", "."]) || (sent.is(i, &[","]) && reported_after(i)))
            .unwrap_or(sent.last);
        // (not the words that describe them: "Jové, the right-hand man of
        // Vice President Oriol Junqueras", "a former member of parliament for
        // the far-right AfD", "X, a former defence minister who had acted as
        // deputy to the coup leader")
        let describing = |a: usize| {
            let first = sent.m(a).first;
            let near = first.saturating_sub(3).max(sent.first)..first;
            let apposed = first > sent.first
                && sent.is(first - 1, &[","])
                && sent.is(first, &["the", "a", "an"]);
            let relative = (t1..first)
                .rev()
                .take_while(|&k| !sent.is(k, &[","]))
                .any(|k| sent.is(k, &["who", "whom", "whose", "which"]));
            near.clone().any(|i| sent.is(i, &["of", "for"]))
                || relative
                || (sent.is_generic(a)
                    && (apposed
                        || (near.clone().any(|i| sent.is(i, &["the", "a", "an"]))
                            && near.clone().any(|i| sent.is(i, &[","])))))
        };
        let taken: Vec<(usize, Role)> = (sent.mentions_before(t1)..sent.mentions_before(end))
            .filter(|&a| sent.is_party(a) && !describing(a))
            .map(|a| (a, Role::Target))
            .collect();
        return Some((!taken.is_empty()).then(|| captives_added(kind, m, s, taken)));
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
            .find(|f| matches!(f.kind, EventKind::Arrest | EventKind::Kidnapping) && !f.negated);
        let Some(capture) = capture else {
            return Some(None);
        };
        let taken: Vec<(usize, Role)> = subject(sent, those - 2, c0)
            .into_iter()
            .filter(|&a| sent.is_actor(a) && !matches!(sent.m(a).what, What::Place(_)))
            .map(|a| (a, Role::Target))
            .collect();
        return Some((!taken.is_empty()).then(|| captives_added(capture.kind, m, s, taken)));
    }
    None
}

/// Whether "taken" at `site`, passive or not as `passive` says, took no one
/// into captivity: "have taken place", "the wounded were taken to a
/// hospital", "was taken from the special court", "taken hostage" (the
/// hostage noun tells it).
pub(super) fn nothing_taken(sent: &Sent<'_>, site: &Site, passive: bool) -> bool {
    let Site { t0, t1, c1, .. } = *site;
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
    (!passive && !people_taken_from(sent, t0, t1))
            || sent.is(t1, &["place", "part"])
            || cared_for
            || jailed
            // ("taken about 20 people hostage": the hostage noun tells it)
            || (t1..c1.min(t1 + 10)).any(|i| sent.is(i, &["hostage", "hostages", "captive"]))
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
