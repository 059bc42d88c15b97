//! What an event needs of the arguments found: a gathering that names no
//! protesters is no protest, "met the deadline" met no one, a killing
//! by no armed hand is no attack, a takeover takes a place or a building.
//! Read after the arguments, where `traps` reads the trigger's words alone.

use super::*;

/// Whether the protest at `site` (or any trigger) stands: a gathering
/// of no protesters, with no demand, or a celebration, is no protest.
pub(super) fn protest_stands(sent: &Sent<'_>, site: &Site, d: &Draft) -> bool {
    let Site {
        m, t0, t1, c0, c1, ..
    } = *site;
    // a party's supporters gathering rally ("BNP supporters had gathered in
    // Naya Paltan"); so does anyone gathering "to demand" or "to protest"
    if d.kind == EventKind::Protest
        && sent.has(t0, cue::GATHERING)
        && !d.actors.iter().any(|&(a, r)| {
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
            && d.actors.iter().any(|&(a, r)| {
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
        return false;
    }
    // a crowd that celebrates or mourns does not protest, whatever it waves
    if d.kind == EventKind::Protest
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
        return false;
    }
    true
}

/// Whether a meeting, or a verb of meeting, hosting or receiving, at
/// `site` stands, and whether it is talks hosted (or attended) that were
/// named just before: `Some(talks_hosted)`, or `None` for no event.
pub(super) fn meeting_stands(sent: &Sent<'_>, site: &Site, d: &mut Draft) -> Option<bool> {
    let Site { t0, t1, c0, c1, .. } = *site;
    let prev = if t0 > c0 { sent.lower(t0 - 1) } else { "" };
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
    if d.kind == EventKind::Meeting
        && !d.is_noun
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
    let talks_hosted = d.kind == EventKind::Meeting && d.passive && {
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
    let attends_meeting = !d.passive && sent.is(t1, &["the"]) && meeting_at(t1 + 1);
    if attending && !talks_hosted && !attends_meeting {
        return None;
    }
    // "until their demands were met": what is met passively is no party;
    // "a prayer meeting" is worship
    if d.kind == EventKind::Meeting
        && ((d.passive && !talks_hosted && subject(sent, t0, c0).is_empty())
            || (d.is_noun
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
        && !d.actors.iter().any(|&(a, r)| {
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
    let hosting = sent.is(t0, HOSTING);
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
        let received = if d.passive {
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
        d.actors.retain(|&(a, _)| named(a));
    }
    Some(talks_hosted)
}

/// Whether the frame `d` at `site`, of trigger form `form`, has the
/// arguments its kind needs: a takeover a place or a building taken, an
/// arrest or kidnapping someone taken or armed men taking.
pub(super) fn has_arguments(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    form: TriggerForm,
    d: &mut Draft,
) -> bool {
    let Site { t0, t1, c0, c1, .. } = *site;
    // "husbands they said had been taken away": a "taken" that names no one
    // is too vague to guess a capture from (a town taken names itself)
    if form == TriggerForm::Continuation && d.kind != EventKind::Takeover && d.actors.is_empty() {
        return false;
    }
    // arguments the kind needs
    match d.kind {
        EventKind::Takeover => {
            // (not the owner of what was taken: "oil fields run by the state
            // company")
            let owner = |i: usize| {
                (i.saturating_sub(5).max(c0)..i).any(|k| {
                    sent.is(k, &["run", "owned", "operated", "managed"]) && sent.is(k + 1, &["by"])
                })
            };
            // (nor a deal the takers oppose: "occupied it to demand the
            // leader's resignation over a planned investment deal")
            let motive = (t1..c1)
                .find(|&i| {
                    sent.is(i, &["over", "against"])
                        || (sent.is(i, &["to"])
                            && sent.is(i + 1, &["demand", "protest", "press", "oppose"]))
                })
                .unwrap_or(c1);
            let corporate = (c0..motive).any(|i| sent.has(i, cue::CORPORATE) && !owner(i));
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
            let mut facility = if d.passive {
                facility_in(c0, t0)
            } else {
                facility_in(t1, c1.min(t1 + 8)) || (nothing_after && facility_in(sent.first, t0))
            };
            // "troops regained control of it": the place or building named last
            // (a town, not the country it lies in: "Bambari, a city in the
            // centre of the country")
            if d.places.is_empty() && !facility && !d.is_noun && sent.is(t1, &["it"]) {
                let taken = named_last(sent, s, t0, |m| {
                    matches!(&m.what, What::Place(p) if p.kind != PlaceKind::Country)
                        || m.what.is_actor_of(ActorCategory::Facility)
                });
                match taken {
                    Some(m) if matches!(sent.m(m).what, What::Place(_)) => d.places.push(m),
                    Some(m) => {
                        d.actors.push((m, Role::Target));
                        facility = true;
                    }
                    None => {}
                }
            }
            if corporate || (d.places.is_empty() && !d.anaphoric && !d.is_noun && !facility) {
                return false;
            }
            // ("Satellite images captured a shock wave rippling out ...
            // near Alaska": with no one acting, the place must be what was
            // taken, right after the verb)
            let object_place = (t1..(t1 + 3).min(c1)).any(|i| {
                sent.mention_at(i)
                    .is_some_and(|m| matches!(sent.m(m).what, What::Place(_)))
            });
            if d.actors.is_empty()
                && !d.passive
                && !d.is_noun
                && !d.anaphoric
                && !facility
                && !object_place
            {
                return false;
            }
            // "Drugs and cash were seized on Monday in Lagos": a thing seized
            // where a place is named, no place taken
            let k = verb_group_start(sent, t0, c0);
            if d.passive
                && !d.is_noun
                && k > c0
                && sent.mention_at(k - 1).is_none()
                && sent.word(k - 1).starts_with(char::is_alphabetic)
                && !facility
                && !d.actors.iter().any(|&(_, r)| r == Role::Target)
            {
                return false;
            }
        }
        // an arrest needs someone arrested ("arrest the decline" is none); an
        // arrest or kidnapping by armed men stands even when the captive is not
        // a known actor ("troops arrested three suspected suppliers")
        EventKind::Arrest | EventKind::Kidnapping
            if !d.is_noun
                && !d.passive
                && !d.actors.iter().any(|&(_, r)| r == Role::Target)
                && !armed_initiator(sent, &d.actors) =>
        {
            return false;
        }
        _ => {}
    }
    true
}

/// Whether the trigger at `site` tells another deed than its kind: the
/// attackers' end ("before they were shot dead"), soldiers setting up
/// roadblocks.
pub(super) fn another_deed(sent: &Sent<'_>, site: &Site, d: &Draft) -> bool {
    let Site { t0, c0, .. } = *site;
    // "stormed a police station, killing seven people before they were shot
    // dead by security forces": the attackers' end is the attack's
    if d.kind == EventKind::Attack
        && d.passive
        && sent.is(c0, &["before"])
        && (sent.is(c0 + 1, &["being"])
            || (sent.is(c0 + 1, &["they", "he", "she"]) && sent.has(c0 + 2, cue::BE)))
        && (sent.mentions.start..sent.mentions_before(c0)).any(
            |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Attack)),
        )
    {
        return true;
    }
    // "soldiers set up roadblocks": forces that block roads hold them, they
    // do not protest
    if d.kind == EventKind::Protest
        && sent.is(t0, &["set", "erected"])
        && d.actors
            .iter()
            .any(|&(a, r)| r == Role::Initiator && sent.is_armed(a))
    {
        return true;
    }
    false
}
