//! An event noun's parties from the rest of its clause: who fought "a
//! battle" the clause opens with, the police who made "no arrests", who
//! "came under fire" and from whom, who denies "any involvement", who walked
//! out "in protest", who "held talks".

use super::*;

/// Adds to `d` the parties of the event noun at `site` (told `negated` or
/// not) that the rest of its clause names. `false`: the noun tells no
/// event ("came under fire from critics").
pub(super) fn clause_parties(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    negated: bool,
    d: &mut Draft,
) -> bool {
    let Site { t0, t1, c0, c1, .. } = *site;
    let agentive = roles(site.kind).0;
    // "Fighters of the FSA overran the post after a battle with
    // government troops": the main clause's subject fought
    if d.kind == EventKind::Attack
        && sent.is(t0, &["battle"])
        && c0 > sent.first
        && sent.is(c0, &["after", "following"])
        && !d.actors.iter().any(|&(_, r)| r == Role::Initiator)
    {
        for a in clause_subject(sent, sent.clause_range(c0 - 1).0, c0) {
            if sent.is_actor(a) {
                add_actor(&mut d.actors, a, Role::Initiator);
            }
        }
    }
    // "police said no arrests had been made": the police who tell of
    // arrests not made are the ones who made none
    if d.kind == EventKind::Arrest
        && negated
        && !d.actors.iter().any(|&(_, r)| r == Role::Initiator)
    {
        d.actors
            .extend(arresting_reporter(sent, t0).map(|a| (a, Role::Initiator)));
    }
    // "their vehicle came under fire from Azerbaijani troops": the
    // subject was attacked, by whoever it came from (not "the minister
    // came under fire from critics": criticism)
    let under = if sent.is(t0, &["under"]) { t0 + 1 } else { t0 };
    if d.kind == EventKind::Attack
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
            sent.is_armed(a) || matches!(&sent.m(a).what, What::Place(p) if p.country_actor)
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
            return false;
        }
        d.actors.clear();
        for a in subj {
            add_actor(&mut d.actors, a, Role::Target);
        }
        for a in agents {
            add_actor(&mut d.actors, a, Role::Initiator);
        }
    }
    // "the PKK denied any involvement in the attack": the one denying is
    // the one the (negated) attack is attributed to
    if !d.kind.is_symmetric() {
        // (or says it had none: "said his group had played no part in the
        // drone attack", "was not involved in")
        let share = site.before(4).find(|&i| {
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
        let deed = site.before(4).find(|&i| {
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
                deed.and_then(|i| i.checked_sub(2))
                    .filter(|&d| d >= c0 && sent.is(d, &["denied", "denies", "deny", "denying"]))
            });
        if let Some(v) = denial {
            let subj = subject(sent, v, c0);
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
                add_actor(&mut d.actors, a, agentive);
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
    let initiated = d.actors.iter().any(|&(_, r)| r == Role::Initiator);
    if let Some(b) = after_in.filter(|_| d.kind == EventKind::Protest && !initiated) {
        for a in clause_subject(sent, c0, t0 - b) {
            if sent.m(a).what.is_actor_of(ActorCategory::Protesters)
                || sent.m(a).what.is_actor_of(ActorCategory::Civilians)
            {
                add_actor(&mut d.actors, a, Role::Initiator);
            }
        }
        if !strike && !d.actors.iter().any(|&(_, r)| r == Role::Initiator) {
            return false;
        }
    }
    if d.kind == EventKind::Meeting {
        // "while Kiir and Machar were meeting inside": a verb after all
        if sent.is(t0, &["meeting"]) && t0 > c0 && sent.has(t0 - 1, cue::BE) {
            for a in subject(sent, t0 - 1, c0) {
                add_actor(&mut d.actors, a, Role::Participant);
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
                add_actor(&mut d.actors, a, Role::Participant);
            }
        }
        gerund_meeting(sent, t0, t1, c1, &mut d.actors);
        if let Some(a) = subject_after_talks(sent, t0, t1) {
            add_actor(&mut d.actors, a, Role::Participant);
        }
        if d.actors.len() < 2 {
            for a in parties_at_meeting(sent, t0, c0) {
                add_actor(&mut d.actors, a, Role::Participant);
            }
        }
    }
    true
}
