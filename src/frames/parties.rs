//! Who the parties are, once the rules have found them: "both sides" and
//! "they" resolved, heads and facilities dropped, delegations standing for
//! their countries, and roles turned by "fell to", "survived" or
//! "escaped".

use super::*;

/// "both sides", "the two leaders", "they": the parties of the meeting
/// told last, or those the sentence names.
pub(super) fn resolve_parties(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    d: &mut Draft,
    earlier: &[Frame],
) {
    let Site { t0, c0, .. } = *site;
    if let Some(&(parties, _)) = d
        .actors
        .iter()
        .find(|&&(a, _)| matches!(sent.m(a).what, What::Parties))
    {
        d.actors
            .retain(|&(a, _)| !matches!(sent.m(a).what, What::Parties));
        // ("The last time leaders of the two countries sat down together was
        // in 1956": another time, another meeting)
        let another_time =
            (c0..t0).any(|i| sent.is(i, &["time"]) && sent.has(i - 1, cue::COMPARATIVE));
        if d.kind == EventKind::Meeting && !another_time {
            if let Some(last) = earlier
                .iter()
                .rev()
                .find(|f| f.kind == EventKind::Meeting && f.actors.len() >= 2)
            {
                for &(a, _) in &last.actors {
                    add_actor(&mut d.actors, a, Role::Participant);
                }
            } else if let Some(countries) = countries_referred(sent, s, parties) {
                for a in countries {
                    add_actor(&mut d.actors, a, Role::Participant);
                }
            } else {
                // "Putin embraced Modi ..., before the two leaders held
                // talks": the two persons named before in the sentence
                let named: Vec<usize> = (sent.mentions.start..parties)
                    .filter(|&a| sent.m(a).what.is_actor_of(ActorCategory::Person))
                    .collect();
                if let [.., one, other] = named[..] {
                    add_actor(&mut d.actors, one, Role::Participant);
                    add_actor(&mut d.actors, other, Role::Participant);
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
                        add_actor(&mut d.actors, g, Role::Participant);
                    }
                }
            }
        }
    }
}

/// Drops from the frame `d` at `site` who is no party: generic heads,
/// facilities that act, targets of protests; a dispersal keeps the crowd
/// dispersed as its protesters. `false`: a dispersal of no protesters,
/// no event.
pub(super) fn keep_parties(sent: &Sent<'_>, site: &Site, d: &mut Draft) -> bool {
    let dispersal = sent.is(site.t0, DISPERSING);
    drop_generic_heads(sent, &mut d.actors);
    // a facility is what is hit or taken, never a party; no one holds or
    // arrests a building ("holding hostages at a gas plant")
    d.actors.retain(|&(a, r)| {
        !sent.is_facility(a)
            || (r == Role::Target && matches!(d.kind, EventKind::Attack | EventKind::Takeover))
    });
    // "shot dead the group's leader, pastor Bae Hyung-kyu": the one named
    // is the target, not whose leader he was
    let owner_of_named = |a: usize| {
        let last = sent.m(a).last;
        sent.is_possessive(last - 1)
            && sent.is(
                last,
                &[",", "leader", "commander", "chief", "founder", "head"],
            )
            && sent.mentions.clone().any(|x| {
                let mx = sent.m(x);
                mx.first > last
                    && mx.first <= last + 4
                    && mx.what.is_actor_of(ActorCategory::Person)
                    && !sent.is_generic(x)
                    && d.actors.iter().any(|&(y, r)| y == x && r == Role::Target)
            })
    };
    let owners: Vec<usize> = d
        .actors
        .iter()
        .filter(|&&(a, r)| r == Role::Target && owner_of_named(a))
        .map(|&(a, _)| a)
        .collect();
    d.actors.retain(|&(a, _)| !owners.contains(&a));
    if dispersal {
        d.actors = std::mem::take(&mut d.actors)
            .into_iter()
            .filter(|&(a, r)| {
                r == Role::Target && sent.m(a).what.is_actor_of(ActorCategory::Protesters)
            })
            .map(|(a, _)| (a, Role::Initiator))
            .collect();
        if d.actors.is_empty() {
            return false;
        }
    }
    // protests are done, not done to: whom they oppose is no party to them
    // (one gold protest in ninety names a target)
    if d.kind == EventKind::Protest {
        d.actors.retain(|&(_, r)| r != Role::Target);
    }
    true
}

/// "leaders and senior officials from Egypt, Jordan and Qatar gathered":
/// the countries a meeting's generic parties came from take part.
pub(super) fn countries_of_delegates(sent: &Sent<'_>, site: &Site, d: &mut Draft) {
    let c1 = site.c1;
    if d.kind == EventKind::Meeting {
        // "leaders and senior officials from Egypt, Jordan and Qatar
        // gathered": the countries they came for take part
        let generic_parties: Vec<usize> = d
            .actors
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
                        add_actor(&mut d.actors, x, Role::Participant);
                        edge = mx.last;
                    }
                    _ => break,
                }
            }
        }
    }
}

/// Roles turned or dropped once the event is known: whom a place falls
/// to took it, delegations stand for their countries, who survives an
/// attack was its target.
pub(super) fn settle_roles(sent: &Sent<'_>, site: &Site, d: &mut Draft) {
    let Site { t0, t1, c0, .. } = *site;
    // "Zaranj fell to the Taliban" (or "into the hands of"): whom a place
    // falls to took it; "López handed himself over to National Guard
    // troops", "turned himself in": who surrenders is taken
    let surrender = d.kind == EventKind::Arrest
        && (t0..t1).any(|i| sent.is(i, &["himself", "herself", "themselves", "surrendered"]));
    let falls_to = sent.is(t1 - 1, &["to"])
        || (t1 >= 2 && sent.is(t1 - 2, &["hands"]) && sent.is(t1 - 1, &["of"]));
    if (d.kind == EventKind::Takeover && falls_to) || surrender {
        for (_, r) in &mut d.actors {
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
    let stand_for: Vec<usize> = d
        .actors
        .iter()
        .filter(|&&(a, r)| {
            let last = sent.m(a).last;
            sent.is_generic(a)
                && sent.is(last, &["from"])
                && sent
                    .mention_at(last + 1)
                    .is_some_and(|x| d.actors.iter().any(|&(b, q)| b == x && q == r))
        })
        .map(|&(a, _)| a)
        .collect();
    d.actors.retain(|(a, _)| !stand_for.contains(a));
    // "Pashinyan met Michel, Macron and Scholz without Aliyev"
    d.actors
        .retain(|&(a, _)| !(sent.m(a).first > 0 && sent.is(sent.m(a).first - 1, &["without"])));
    // ("six rockets launched from a vehicle": rockets no one is said to
    // own fire themselves, no side)
    d.actors.retain(|&(a, r)| {
        !(r == Role::Initiator
            && sent.has(sent.m(a).first, cue::PROJECTILES)
            && matches!(&sent.m(a).what, What::Actor(x) if x.generic && x.country.is_none()))
    });
    // "Hamas said its negotiating team survived the attack": who survives
    // an attack was its target
    if d.kind == EventKind::Attack
        && d.is_noun
        && (t0.saturating_sub(3).max(c0)..t0).any(|i| {
            sent.is(
                i,
                &["survived", "survive", "survives", "surviving", "escaped"],
            ) && (i + 1..t0).all(|k| sent.mention_at(k).is_none())
        })
    {
        for (_, r) in &mut d.actors {
            if *r == Role::Initiator {
                *r = Role::Target;
            }
        }
    }
    // "Kadhimi escaped unhurt when an explosives-laden drone struck his
    // residence": who escaped was the one struck at
    if d.kind == EventKind::Attack && c0 > sent.first && sent.is(c0, &["when", "as"]) {
        let (m0, _) = sent.clause_range(c0 - 1);
        let escaped = (m0..c0).find(|&i| {
            sent.is(i, &["escaped", "survived"])
                || (sent.is(i, &["unhurt", "unharmed"]) && i > m0 && sent.has(i - 1, cue::BE))
        });
        if let Some(v) = escaped {
            for a in subject(sent, v, m0) {
                if sent.m(a).what.is_actor_of(ActorCategory::Person) {
                    add_actor(&mut d.actors, a, Role::Target);
                }
            }
        }
    }
}

/// "seized the presidential palace ... in Aden": a building taken where a
/// place is taken is part of it, not the side that lost it.
pub(super) fn building_taken(sent: &Sent<'_>, d: &mut Draft) {
    // "seized the presidential palace ... in Aden": a building taken is a
    // part of the place taken, not the side that lost it (but "government
    // positions" are the side's men, and "the police headquarters" names
    // the side)
    if d.kind == EventKind::Takeover && !d.places.is_empty() {
        let building = |a: usize| {
            let last = sent.m(a).last;
            sent.is_facility(a)
                && sent.has(last - 1, cue::FACILITIES)
                && !sent.is(last - 1, &["positions", "posts", "outposts"])
        };
        d.actors.retain(|&(a, r)| {
            r != Role::Target
                || !building(a)
                || (sent.m(a).first..sent.m(a).last).any(|i| sent.is(i, FACILITY_OWNERS))
        });
    }
}
