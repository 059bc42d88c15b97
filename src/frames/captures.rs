//! Captures: whether people taken were arrested or kidnapped ("security
//! forces captured Ovidio Guzman", "gunmen seized 61 people"), and where
//! they were taken.

use super::*;

/// The kind of a capture at `site`, reported first as `kind`: people
/// seized or captured are arrested by the state's forces and kidnapped by
/// others; places and buildings are taken over.
pub(super) fn kind_of_capture(
    sent: &Sent<'_>,
    site: &Site,
    kind: EventKind,
    actors: &[(usize, Role)],
    places: &[usize],
    captive_noun: bool,
) -> EventKind {
    let Site { t0, t1, .. } = *site;
    // "gunmen seized 61 people", "a doctor was seized by armed men": people
    // seized are kidnapped; places and buildings are taken over
    // ("seized the governor's compound": its owner lost a place)
    // (nor "captured the Tabqa military air base": the owner named in it)
    let owns_place = |a: usize| {
        let last = sent.m(a).last;
        (sent.is_possessive(last) && sent.has(last + 1, cue::FACILITIES))
            || sent.has(last, cue::FACILITIES)
            || (sent.is(last, &["air", "naval", "border"]) && sent.has(last + 1, cue::FACILITIES))
    };
    let seized_people = actors.iter().any(|&(a, r)| {
        r == Role::Target
            && !verbs::driven_out(sent, a)
            && !owns_place(a)
            && matches!(&sent.m(a).what, What::Actor(x) if matches!(
                x.category,
                ActorCategory::Civilians | ActorCategory::Person | ActorCategory::Media | ActorCategory::Ngo
            ))
    });
    // "gunmen seized them": a person's pronoun ("killing three soldiers and
    // seizing two others": more of the people just counted)
    // ("he, a friend and his cook were seized": a person's pronoun as the
    // subject of the passive)
    let pronoun_seized = {
        let k = verb_group_start(sent, t0, site.c0);
        k > site.c0
            && (k..t0).any(|i| sent.has(i, cue::BE))
            && (k.saturating_sub(8).max(site.c0)..k).any(|i| {
                sent.is(i, &["he", "she", "we", "i"])
                    // (not the teller: "He said the town was seized")
                    && (i + 1..k).all(|j| {
                        !sent.has(j, cue::REPORTING)
                            && !sent.is(j, &["that"])
                            && sent
                                .mention_at(j)
                                .is_none_or(|x| !matches!(sent.m(x).what, What::Place(_)))
                    })
            })
    };
    // ("about a dozen members of his delegation were seized": members of a
    // body are people)
    let members_seized = actors.iter().any(|&(a, r)| {
        let first = sent.m(a).first;
        r == Role::Target
            && (1..=3).any(|b| {
                first > sent.first + b
                    && sent.is(first - b, &["of"])
                    && sent.is(first - b - 1, &["members", "member", "staff", "employees"])
            })
    });
    // ("six ICRC workers were seized": the people of a body named by it)
    let staff_seized = actors.iter().any(|&(a, r)| {
        r == Role::Target
            && sent.is(
                sent.m(a).last - 1,
                &[
                    "workers",
                    "staff",
                    "staffers",
                    "employees",
                    "personnel",
                    "volunteers",
                    "engineers",
                    "doctors",
                    "nurses",
                    "diplomats",
                ],
            )
    });
    // ("The captives were seized on May 27 from the Dos Palmas resort":
    // captives taken)
    let captives_seized = {
        let k = verb_group_start(sent, t0, site.c0);
        k > site.c0
            && (k..t0).any(|i| sent.has(i, cue::BE))
            && sent.is(k - 1, &["captives", "hostages", "captive", "hostage"])
    };
    let seized_people = seized_people
        || pronoun_seized
        || captives_seized
        || members_seized
        || staff_seized
        || verbs::counts_more(sent, t1)
        || sent.is(t1, &["him", "her", "them"]);
    // "security forces captured Ovidio Guzman", "was seized by army and
    // National Guard troops": the state's forces taking people arrest them
    let by_the_state = actors.iter().any(|&(a, r)| {
        r == Role::Initiator
            && matches!(&sent.m(a).what, What::Actor(x) if matches!(
                x.category,
                ActorCategory::Police | ActorCategory::Military | ActorCategory::Government
            ))
    });
    // ("captured Kurdish-held Afrin" takes a town: named people or plain
    // nouns of people only)
    let captured_people = actors.iter().any(|&(a, r)| {
        r == Role::Target
            && matches!(&sent.m(a).what, What::Actor(x)
                if x.category == ActorCategory::Person
                    // ("captured three more suspects")
                    || (x.generic
                        && matches!(x.category, ActorCategory::Civilians | ActorCategory::Other)))
    });
    // "one of the attackers had been captured alive", "police recaptured 40
    // gang members": fighters captured by the state, or by no one named,
    // are arrested (by rebels, kidnapped)
    // (not "recaptured Kidal from the rebels": the town, the verb's object,
    // is what was taken)
    // ("seized the town of Sinjar")
    let place_object = places.iter().any(|&p| {
        let first = sent.m(p).first;
        (sent.preposition_before(p).is_none() || named_as_town_object(sent, first))
            && sent.clause_of(first) == sent.clause_of(t0)
    }) || actors
        .iter()
        .any(|&(a, r)| r == Role::Target && sent.is_facility(a));
    let captured_fighters = !place_object
        && actors.iter().any(|&(a, r)| {
            r == Role::Target
                && sent.is_armed(a)
                // (not "seized it from government forces": they lost a place;
                // nor "captured the military's regional command": an owner)
                && sent.preposition_before(a) != Some("from")
                && !sent.is_possessive(sent.m(a).last)
                && !owns_place(a)
        });
    let unnamed_captors = !actors.iter().any(|&(_, r)| r == Role::Initiator);
    let captured = sent.is(
        t0,
        &["captured", "capture", "captures", "recaptured", "recapture"],
    );
    if kind == EventKind::Takeover
        && ((sent.is(t0, &["seized", "seize", "seizing"]) && (seized_people || captured_fighters))
            || (captured && (captured_people || captured_fighters || sent.is(t1, &["him", "her"]))))
    {
        // ("20 escaped inmates had been recaptured": people taken again
        // are fugitives caught)
        let retaken = sent.is(t0, &["recaptured", "recapture"]);
        if by_the_state || (captured_fighters && unnamed_captors) || retaken {
            EventKind::Arrest
        } else {
            EventKind::Kidnapping
        }
    } else if kind == EventKind::Kidnapping && by_the_state && sent.is(t0, &["bundled"]) {
        // "security agents bundled him into a car": the state arrests
        EventKind::Arrest
    } else if kind == EventKind::Arrest
        && (sent.is(t0, &["hauled", "dragged", "took"]) || captive_noun)
        && actors.iter().any(|&(a, r)| {
            r == Role::Initiator
                && matches!(&sent.m(a).what, What::Actor(x) if matches!(
                    x.category,
                    ActorCategory::ArmedGroup | ActorCategory::Militia
                ))
        })
    {
        // "gunmen hauled away ten villagers", "the capture of soldier Gilad
        // Shalit by Hamas militants": armed men who take people kidnap them
        EventKind::Kidnapping
    } else {
        kind
    }
}

/// Where a capture at `site` happened: where the captives were seized, not
/// where they were flown, and where they were taken from.
pub(super) fn capture_places(
    sent: &Sent<'_>,
    site: &Site,
    kind: EventKind,
    places: &mut Vec<usize>,
) {
    let Site { t1, c1, .. } = *site;
    // a captive is taken where seized, not where flown or driven to
    // ("seized by soldiers in Tegucigalpa and flown to Costa Rica")
    if matches!(kind, EventKind::Arrest | EventKind::Kidnapping) {
        places.retain(|&p| {
            let first = sent.m(p).first;
            !(first >= sent.first + 2
                && sent.is(first - 1, &["to"])
                && sent.is(
                    first - 2,
                    &[
                        "flown",
                        "driven",
                        "transferred",
                        "moved",
                        "brought",
                        "deported",
                        "whisked",
                    ],
                ))
        });
    }

    // "abducted 276 girls from Chibok": captives are taken where they were
    // taken from
    if kind == EventKind::Kidnapping && places.is_empty() {
        places.extend(
            (sent.mentions_before(t1)..sent.mentions_before(c1)).find(|&p| {
                matches!(sent.m(p).what, What::Place(_))
                    && sent.preposition_before(p) == Some("from")
                    && !nationality(sent, p)
            }),
        );
    }
}

/// Whether place `p` tells where a person named with an age is from:
/// "seized Sharon Commins, 33, from Ireland".
fn nationality(sent: &Sent<'_>, p: usize) -> bool {
    let first = sent.m(p).first;
    first >= sent.first + 4
        && sent.is(first - 1, &["from"])
        && sent.is(first - 2, &[","])
        && sent.word(first - 3).chars().all(|c| c.is_ascii_digit())
        && sent.is(first - 4, &[","])
}

/// "the capture of the drug lord": whether the takeover noun at `site`
/// takes a person, who is arrested (`Some(true)`); it takes a place or a
/// building (`Some(false)`), or tells no takeover (`None`). Any other
/// trigger: `Some(false)`.
pub(super) fn captive_noun(sent: &Sent<'_>, site: &Site, is_noun: bool) -> Option<bool> {
    let Site {
        kind, t0, t1, c1, ..
    } = *site;
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
    Some(captive_noun)
}
