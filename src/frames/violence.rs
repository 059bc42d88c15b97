//! When killing, raiding, breaking in or fighting is an attack: armed
//! hands, a weapon or a person killed by no mishap; a police raid that harms
//! no one is a search; fighting is a battle, not a war.

use super::*;

/// Whether the frame `d` at `site` stands as violence where its trigger
/// is a word of killing, raiding, breaking in or fighting (any other
/// stands). A pronoun shot ("shot him") gains its person.
pub(super) fn violence_stands(sent: &Sent<'_>, s: usize, site: &Site, d: &mut Draft) -> bool {
    let Site { t0, t1, c0, c1, .. } = *site;
    // killing is an attack when an armed actor kills someone
    let trigger_text =
        &sent.doc.text[sent.doc.seg.tokens[t0].start..sent.doc.seg.tokens[t1 - 1].end];
    if is_any(trigger_text, KILLING) {
        // "a bomb hidden in an electric scooter killed ...": a bomb is armed
        // violence whoever planted it (not every word of EXPLOSIVES: a mine
        // collapse or a shell company kills no one by arms)
        let by_bomb = !d.passive
            && (c0..t0).any(|i| {
                sent.is(
                    i,
                    &[
                        "bomb",
                        "bombs",
                        "explosives",
                        "ied",
                        "ieds",
                        "landmine",
                        "landmines",
                        "grenade",
                        "grenades",
                        "device",
                    ],
                )
            });
        // ("was hit by gunfire", "were killed by a roadside bomb": a weapon
        // as the agent)
        let by_weapon = d.passive && sent.is(t1, &["by"]) && {
            let w = if sent.is(t1 + 1, &["a", "an"]) {
                t1 + 2
            } else {
                t1 + 1
            };
            (w..(w + 2).min(c1)).any(|i| {
                sent.is(
                    i,
                    &[
                        "gunfire", "bullets", "shots", "bomb", "bombs", "missile", "rocket",
                        "drone", "shell", "mortar", "grenade", "sniper",
                    ],
                )
            })
        };
        let armed_initiator = by_bomb
            || by_weapon
            || d.actors.iter().any(|&(a, r)| {
                r == Role::Initiator
                    && match &sent.m(a).what {
                        What::Actor(x) => x.category.is_armed(),
                        What::Place(_) => true,
                        _ => false,
                    }
            });
        // "shot him in the head": whoever "him" is, someone was shot by armed
        // men, or in the body (not "shot her in black and white")
        let wound = || {
            sent.is(t1 + 1, &["dead", "twice", "repeatedly"])
                || (sent.is(t1 + 1, &["in"])
                    && sent.is(t1 + 2, &["the", "his", "her"])
                    && sent.is(
                        t1 + 3,
                        &[
                            "head", "chest", "leg", "legs", "back", "neck", "face", "stomach",
                            "arm",
                        ],
                    ))
        };
        let pronoun_shot = !d.passive
            && sent.is(t1, &["him", "her"])
            && !d.actors.iter().any(|&(_, r)| r == Role::Target)
            && (armed_initiator || wound());
        // "Camara went into exile after Diakité shot him in the head": "him"
        // is the person named before, not the one who shot
        if pronoun_shot {
            let shooter = |x: usize| d.actors.iter().any(|&(a, _)| a == x);
            let person = |x: usize| sent.m(x).what.is_actor_of(ActorCategory::Person);
            let victim = (sent.mentions.start..sent.mentions_before(t0))
                .rev()
                .take(LOOKBACK)
                .find(|&x| person(x) && !shooter(x))
                .or_else(|| person_antecedent(sent, s, sent.first).filter(|&x| !shooter(x)));
            d.actors.extend(victim.map(|v| (v, Role::Target)));
        }
        // "four protesters were shot dead", "a follower of the movement shot
        // a police officer": whoever shot them, it was violence
        let target = d.actors.iter().any(|&(_, r)| r == Role::Target) || pronoun_shot;
        let shot =
            (d.passive || target) && is_any(trigger_text, &["shot dead", "gunned down", "shot"]);
        // "a mayoral candidate was killed in Puerto López": a person killed,
        // by no mishap the sentence tells, was attacked (when "killed in an
        // Israeli air strike", the strike tells it)
        let person_killed = d.passive
            && sent.is(t0, &["killed"])
            && !(sent.mentions_before(t1)..sent.mentions_before(c1)).any(
                |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Attack)),
            )
            && d.actors.iter().any(|&(a, r)| {
                r == Role::Target && sent.m(a).what.is_actor_of(ActorCategory::Person)
            })
            && !(sent.first..sent.last).any(|i| sent.is(i, MISHAPS));
        // "the singer was shot dead by gunmen": whoever was killed, armed men
        // killed someone
        let killed_by_armed = armed_initiator
            && (d.passive
                // "a gunman shot dead a policewoman": someone no list knows
                || sent.is(t1, &["a", "an", "two", "three", "four", "five", "several"])
                || sent.word(t1).starts_with(|c: char| c.is_ascii_digit()));
        if d.is_noun || !(armed_initiator || shot || person_killed) || !(target || killed_by_armed)
        {
            return false;
        }
    }
    // "police arrested a man in a raid on an apartment", "500 officers
    // raided its newsroom": a police raid that harms no one is a search,
    // whom it takes an arrest
    // (with no one named raiding, a raid beside an arrest is its search:
    // "agents arrested Marrero in a pre-dawn raid on his home")
    // (and troops who raid and take people: "soldiers raided monasteries
    // and hauled away hundreds of monks")
    let raid = matches!(sent.lower(t0), "raid" | "raids" | "raided");
    let raiders = d.actors.iter().filter(|&&(_, r)| r == Role::Initiator);
    // ("police captured Salah Abdeslam ... in a raid": the police's capture too)
    let police = || {
        sent.mentions
            .clone()
            .any(|x| sent.m(x).what.is_actor_of(ActorCategory::Police))
    };
    let arrest_beside = || {
        sent.mentions.clone().any(|x| match &sent.m(x).what {
            What::Trigger(t) => {
                t.kind == Some(EventKind::Arrest)
                    || (t.kind == Some(EventKind::Takeover)
                        && sent.is(sent.m(x).first, &["captured", "seized"])
                        && police())
            }
            _ => false,
        })
    };
    // (a raid fought back was a clash: "his supporters repelled a first raid
    // by special forces")
    let resisted = (t0.saturating_sub(3).max(c0)..t0).any(|i| {
        sent.is(
            i,
            &["repelled", "repulsed", "resisted", "thwarted", "foiled"],
        )
    });
    // (but "a rebel raid on police and government buildings" attacks)
    let armed_raid = || {
        (t0 > c0
            && sent.is(
                t0 - 1,
                &[
                    "rebel",
                    "militant",
                    "insurgent",
                    "jihadist",
                    "guerrilla",
                    "guerilla",
                    "separatist",
                    "bandit",
                    "terrorist",
                    "Islamist",
                ],
            ))
            || (sent.is(t1, &["on"])
                && sent.mention_at(t1 + 1).is_some_and(|x| {
                    let w = &sent.m(x).what;
                    w.is_actor_of(ActorCategory::Police) || w.is_actor_of(ActorCategory::Military)
                }))
    };
    if raid
        && !resisted
        && !armed_raid()
        && !harms(sent, t1, c1)
        && if raiders.clone().next().is_none() {
            arrest_beside()
        } else {
            raiders
                .clone()
                .all(|&(a, _)| sent.m(a).what.is_actor_of(ActorCategory::Police))
                || (raiders
                    .clone()
                    .all(|&(a, _)| sent.m(a).what.is_actor_of(ActorCategory::Military))
                    && arrest_beside())
        }
    {
        return false;
    }
    // "the kidnappers broke into Bethel Baptist High School": the break-in
    // of kidnappers who harm no one is the kidnapping told
    if d.kind == EventKind::Attack
        && !d.is_noun
        && sent.is(
            t0,
            &[
                "broke", "stormed", "burst", "bursting", "barged", "raided", "invaded",
            ],
        )
        && !harms(sent, t1, c1)
        && d.actors.iter().any(|&(_, r)| r == Role::Initiator)
        && d.actors.iter().all(|&(a, r)| {
            r != Role::Initiator || {
                let mm = sent.m(a);
                sent.is(mm.last - 1, &["kidnappers", "abductors", "hostage-takers"])
            }
        })
    {
        return false;
    }
    // "the army and the RSF fought across the capital" (not "fought
    // corruption", "fought for their rights"): armed men fighting, and
    // fighting that "broke out" or was "heavy"
    // (not a war as a whole: "where Kenyan troops have fought the group
    // since 2011"; nor "fought alongside federal troops")
    let fighting_word = is_any(trigger_text, &["fought", "battled", "fighting", "battle"]);
    if fighting_word {
        let after = if sent.has(t1, cue::ADVERBS) {
            t1 + 1
        } else {
            t1
        };
        let war = site.before(3).any(|i| sent.is(i, &["has", "have"]))
            && (t1..sent.last.min(t1 + 8)).any(|i| sent.is(i, &["since"]));
        let battle = if d.is_noun {
            sent.is(after, &["broke", "erupted", "raged", "between"])
                || (t0 > c0 && sent.is(t0 - 1, &["heavy", "fierce", "intense", "street"]))
                // "overran Konna after hours of fighting with the Malian army"
                || (t0 > c0 + 1
                    && sent.is(t0 - 1, &["of"])
                    && sent.is(t0 - 2, &["hours", "days", "weeks"]))
                // "overran the post after a battle with government troops":
                // one, with armed men (not "none of the fighting with
                // Islamic State": a war)
                || (sent.is(t0, &["battle"])
                    && t0 > c0
                    && sent.is(t0 - 1, &["a"])
                    && sent.is(t1, &["with"])
                    && sent.mention_at(t1 + 1).is_some_and(|x| {
                        sent.is_armed(x)
                    }))
        } else {
            armed_initiator(sent, &d.actors)
                && !war
                && !sent.is(t1, &["alongside", "for", "against"])
        };
        if !battle {
            return false;
        }
    }
    // (a mob forcing its way in attacks too: "The mob forced their way
    // through the glass doors")
    if is_any(trigger_text, INTRUSION)
        && !d.actors.iter().any(|&(a, r)| {
            r == Role::Initiator
                && matches!(&sent.m(a).what, What::Actor(x)
                    if x.category.is_armed()
                        || x.category == ActorCategory::Protesters
                        || is_any(&x.name, &["mob", "crowd", "crowds"]))
        })
    {
        return false;
    }
    true
}
