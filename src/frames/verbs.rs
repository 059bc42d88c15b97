//! The arguments of a verb trigger: subject and object in the active
//! voice ("gunmen seized 61 people"), the one taken and the agent after
//! "by" in the passive ("a doctor was seized by armed men").

use super::cues::*;
use super::*;

/// Mention indices of actors with their roles, and of places.
type Arguments = (Vec<(usize, Role)>, Vec<usize>);

/// The actors and places of a verb trigger in the active voice; `None`
/// when they show it names no event ("critics attacked the budget",
/// "seized power").
pub(super) fn active_arguments(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    mood: &Mood,
) -> Option<Arguments> {
    let Site {
        kind,
        t0,
        t1,
        c0,
        c1,
        ..
    } = *site;
    let Mood {
        purpose, relative, ..
    } = *mood;
    let (agentive, patient) = roles(kind);
    let before = |n: usize| site.before(n);
    let mut actors: Vec<(usize, Role)> = Vec::new();
    let mut places: Vec<usize> = Vec::new();
    // "Troops rescued five students and killed two kidnappers": after "and",
    // the verb shares the clause's subject, not the last object
    let mut k = t0;
    while k > c0 && sent.has(k - 1, cue::ADVERBS) {
        k -= 1;
    }
    // "farmers blocked roads to protest": the purpose shares the subject too
    // "Turkey, which accuses the PKK of ..., struck": the antecedent,
    // not the relative clause's last noun
    // ("attacked a bus, killing two, then seized the plant": so does ", then")
    let then = |k: usize| k < t0 && sent.is(k, &["then"]) && sent.is(k - 1, &[","]);
    // ("ended a blockade of the Ambassador Bridge, arresting more than two
    // dozen people": a participle after a comma is the clause subject's)
    let participle = k == t0 && sent.participle_after_comma(t0, c0);
    // ("set cars on fire, looted supermarkets and built barricades": a
    // verb listed after a comma is the clause subject's too)
    // (not past an aside: "Troops, supported by air force jets, regained")
    let listed = k == t0
        && t0 > c0 + 1
        && sent.is(t0 - 1, &[","])
        && sent.lower(t0).ends_with("ed")
        && !(c0..t0).any(|i| {
            sent.is(i, &["by"])
                && i > c0
                && sent.is(
                    i - 1,
                    &[
                        "backed",
                        "supported",
                        "assisted",
                        "aided",
                        "accompanied",
                        "led",
                        "joined",
                    ],
                )
        });
    // ("held the town of Bor on Friday, two days after seizing it": a gerund
    // after "after" is the sentence subject's)
    let after_gerund = k == t0
        && t0 > sent.first
        && sent.is(t0 - 1, &["after", "before", "while"])
        && sent.lower(t0).ends_with("ing");
    let subj =
        if purpose || participle || listed || (k > c0 && (sent.is(k - 1, &["and"]) || then(k))) {
            clause_subject(sent, c0, t0)
        } else if after_gerund {
            // (past a dateline: "JUBA (Reuters) - Forces loyal to ...")
            let opening = (sent.first..t0)
                .find(|&i| sent.clause_of(i) != u32::MAX)
                .unwrap_or(t0);
            clause_subject(sent, opening, t0)
        } else if let Some(m) = relative {
            with_partner(sent, m)
        } else if let Some(m) = restrictive_relative(sent, k, c0) {
            vec![m]
        } else {
            subject(sent, t0, c0)
        };
    // "gunmen attacked ... and briefly occupied": a verb coordinated with the last one shares its subject
    let subj = if subj.is_empty() {
        coordinated_subject(sent, t0, c0)
    } else {
        subj
    };
    let subj = if subj.is_empty() {
        who_with_partner(sent, c0, referred_subject(sent, s, t0, c0))
    } else {
        subj
    };
    // "The army said on Thursday that it had arrested nine people": "it"
    // is the one reporting
    let subj = if subj.is_empty() {
        pronoun_reporter(sent, t0, c0)
    } else {
        subj
    };
    // "soldiers and police dismantled a camp ..., where ..., and detained
    // 1,200 people": past a clause between, the sentence's subject
    let subj = if subj.is_empty() && k > c0 && sent.is(k - 1, &["and"]) && c0 > sent.first {
        clause_subject(sent, sent.first, c0)
    } else {
        subj
    };
    // "supporters ... after thousands of them stormed Congress": the group
    // counted
    let subj = if subj.is_empty()
        && k >= c0 + 2
        && sent.is(k - 1, &["them"])
        && sent.is(k - 2, &["of"])
    {
        named_last(
                sent,
                s,
                k - 2,
                |m| matches!(&m.what, What::Actor(a) if a.generic && a.category != ActorCategory::Person),
            )
            .into_iter()
            .collect()
    } else {
        subj
    };
    // ("He met Moon ... and travelled to China to meet Xi")
    let subj = if subj.is_empty() && sent.is(c0, &["he", "she"]) {
        person_antecedent(sent, s, c0).into_iter().collect()
    } else {
        subj
    };
    let subj = if kind != EventKind::Meeting {
        reported_subject(sent, s, c0, subj)
    } else {
        subj
    };
    // criticism is not violence: "critics attacked", "attacked the budget"
    if kind == EventKind::Attack
        && (subj
            .iter()
            .any(|&a| sent.m(a).first > 0 && sent.has(sent.m(a).first, cue::CRITICS))
            || before(4).any(|i| sent.has(i, cue::CRITICS))
            // (the object may be long: "attacked Prime Minister Narendra
            // Modi's security record"; what is struck is no word: "struck
            // what New Delhi called a training camp")
            // (a plural head before "of" is the object: "ransacked the offices
            // of the land reform agency")
            || (t1..c1.min(t1 + 9))
                .take_while(|&i| {
                    let plural_head = i > t1 && sent.is(i, &["of"]) && sent.word(i - 1).ends_with('s');
                    !sent.is(i, &[",", ";"]) && (i < t1 + 5 || !sent.blocks(i)) && !plural_head
                })
                .any(|i| {
                    sent.has(i, cue::ABSTRACT_OBJECTS)
                        && (!sent.is(i, &["what"]) || sent.is(t0, &["attacked", "attack", "attacks", "attacking"]))
                        // (a modifier of what was hit: "an election rally",
                        // "the election office")
                        && !(sent.mention_at(i + 1).is_some() || sent.has(i + 1, cue::HIT_NOUNS))
                })
            // "attacked the arrest as oppression", "attacked the raid as an
            // assault on autonomy": an act or talks attacked are criticised
            // (not so a protest camp)
            || (sent.is(t0, &["attacked"])
                && sent
                    .mention_at(if sent.is(t1, &["the"]) { t1 + 1 } else { t1 })
                    .is_some_and(|x| {
                        matches!(sent.m(x).what, What::Trigger(t) if matches!(
                            t.kind,
                            Some(EventKind::Arrest | EventKind::Meeting | EventKind::Takeover | EventKind::Attack | EventKind::Kidnapping)
                        ))
                    }))
            || attacked_for_a_reason(sent, t0, t1, c1))
    {
        return None;
    }
    // "seized power", not "seized the power plant"; "seized bomb-making
    // materials", "took control of most of the region's finances": what
    // is not territory, up to the end of the object
    // (nor are people "carried off" with "weapons and vehicles")
    if matches!(kind, EventKind::Takeover | EventKind::Kidnapping) && {
        // (nor where they were: "seized Shahbaz Taseer from his car")
        let object_end = (t1..c1.min(t1 + 7))
            .find(|&i| {
                sent.is(i, &[",", "and", ";"])
                    || (i > t1
                        && sent.is(i, &["from", "in", "at", "outside", "near", "inside", "on"]))
            })
            .unwrap_or(c1.min(t1 + 7));
        // (not inside the name of people taken: "31 Turkish truck drivers")
        (t1..object_end).any(|i| {
            sent.has(i, cue::NOT_TERRITORY)
                && !sent.has(i + 1, cue::FACILITIES)
                && sent.mention_at(i).is_none_or(|x| !sent.is_actor(x))
        }) && (kind == EventKind::Takeover
            || (t1..object_end).all(|i| sent.mention_at(i).is_none_or(|m| !sent.is_actor(m))))
    } {
        return None;
    }
    for a in subj {
        actors.push((a, agentive));
    }
    let (objects, object_places) = object(sent, t1, c1);
    // "the Darfur city that the group seized from the army", "Bakhmut, a
    // nearby city that Wagner has been attacking": the place the relative
    // clause is about was taken, or struck
    if matches!(kind, EventKind::Takeover | EventKind::Attack)
        && objects.is_empty()
        && object_places.is_empty()
        && c0 > sent.first
        && sent.is(c0, &["that", "which"])
    {
        places.extend(place_before_relative(sent, c0));
    }
    // "al-Shabaab, which African Union troops drove out of the capital":
    // the antecedent of a relative clause with a subject of its own is
    // what the verb was done to
    if objects.is_empty()
        && kind != EventKind::Meeting
        && sent.is(c0, &["which", "who", "whom"])
        && actors.iter().any(|&(a, _)| sent.m(a).first > c0)
    {
        let antecedent = relative_antecedent(sent, c0).filter(|&a| {
            !matches!(sent.m(a).what, What::Place(_)) && !actors.iter().any(|&(b, _)| b == a)
        });
        actors.extend(antecedent.map(|a| (a, patient)));
    }
    // "killed three attackers and captured a fourth alive": one more of
    // those just counted
    if objects.is_empty() && object_places.is_empty() && kind != EventKind::Meeting {
        let counted = counts_more(sent, t1);
        let one_of = (sent.mentions.start..sent.mentions_before(t0)).rev().find(
            |&a| matches!(&sent.m(a).what, What::Actor(x) if x.generic && x.name.ends_with('s')),
        );
        if let Some(a) = one_of.filter(|_| counted) {
            actors.push((a, patient));
        }
    }
    for a in objects {
        actors.push((a, patient));
    }
    places.extend(object_places);
    // "fired tear gas at protesters": whom a projectile is fired at (and
    // "opened fire late on Wednesday at the railway station")
    if sent.has(t0, cue::FIRING) || sent.is(t1 - 1, &["fire"]) {
        let from = if sent.is(t1, &["from"]) {
            (t1..c1).find(|&i| sent.is(i, &["at", "on"])).unwrap_or(t1)
        } else {
            t1
        };
        for a in after_preposition(sent, from, c1, &["at", "on"]) {
            if sent.is_actor(a) && !sent.has(sent.m(a).first, cue::PROJECTILES) {
                actors.push((a, patient));
            }
        }
    }
    // "recaptured Kidal from Tuareg-led rebels", "seized west Beirut after
    // clashes with pro-government gunmen": who lost it
    if kind == EventKind::Takeover {
        // (the "after" clause is one of its own)
        let end = if c1 < sent.last && sent.is(c1, &["after"]) {
            sent.clause_range(c1).1
        } else {
            c1
        };
        let fought = (t1..end)
            .find(|&i| sent.is(i, &["clashes", "fighting", "battles"]) && sent.is(i + 1, &["with"]))
            .map(|i| after_preposition(sent, i + 1, end, &["with"]))
            .unwrap_or_default();
        for a in after_preposition(sent, t1, c1, &["from"])
            .into_iter()
            .chain(fought)
        {
            if sent.is_actor(a) && !matches!(sent.m(a).what, What::Place(_)) {
                actors.push((a, patient));
            }
        }
    }
    // "seized the presidential palace, forcing President Bozizé to flee":
    // whom it drove out lost it
    if kind == EventKind::Takeover {
        let forced = (t1..c1)
            .find(|&i| sent.is(i, &["forcing"]))
            .and_then(|i| sent.mention_at(i + 1))
            .filter(|&a| driven_out(sent, a));
        actors.extend(forced.map(|a| (a, patient)));
        // ("took control of Musa Qala on Monday, driving out Taliban
        // fighters who had held it")
        // (or "routing Congolese troops", "toppling President Bashar al-Assad")
        let out =
            |i: usize| sent.is(i, &["driving", "pushing", "chasing"]) && sent.is(i + 1, &["out"]);
        let routing = |i: usize| sent.is(i, &["routing", "toppling", "ousting", "expelling"]);
        let driving_out = (t1..sent.last.min(t1 + 15))
            .find(|&i| (out(i) || routing(i)) && sent.is(i - 1, &[","]));
        // (past the article and modifiers: "driving out rebel fighters")
        let driven = driving_out.and_then(|i| {
            let object = if routing(i) { i + 1 } else { i + 2 };
            let k = if sent.is(object, &["the"]) {
                object + 1
            } else {
                object
            };
            (k..k + 3)
                .take_while(|&j| sent.mention_at(j).is_some() || is_modifier_word(sent.word(j)))
                .find_map(|j| sent.mention_at(j))
                .filter(|&a| sent.is_actor(a))
        });
        if let Some(a) = driven.filter(|&a| !actors.iter().any(|x| x.0 == a)) {
            actors.push((a, patient));
        }
    }
    // "seized Sinjar after Kurdish Peshmerga forces pulled back": who
    // withdrew lost it
    if kind == EventKind::Takeover {
        for a in withdrawn(sent, t1) {
            actors.push((a, patient));
        }
    }
    // "Doval met her at the air base", "gunmen seized him from the hotel
    // where he lives": the person named before the subject
    if sent.is(t1, &["her", "him"]) {
        let before_subject = actors
            .iter()
            .map(|&(a, _)| sent.m(a).first)
            .fold(t0, usize::min);
        // (a captive or a victim only from its own sentence)
        // (or one named by a singular noun: "Bodyguards wrestled the gunman
        // to the ground, and police detained him")
        let named = named_last(sent, s, before_subject, |m| {
            m.what.is_actor_of(ActorCategory::Person)
                || matches!(&m.what, What::Actor(a) if a.generic && !a.name.ends_with('s'))
        })
        .filter(|&p| kind == EventKind::Meeting || sent.m(p).first >= sent.first);
        // ("police arrived at Chamorro's home and detained him", "raided
        // the home of X and arrested him": whose place it was, between the
        // subject and the verb)
        let owner =
            (sent.mentions_before(before_subject.max(c0))..sent.mentions_before(t0)).find(|&p| {
                sent.m(p).what.is_actor_of(ActorCategory::Person)
                    && (sent.is_possessive(sent.m(p).last)
                        || sent.preposition_before(p) == Some("of"))
            });
        if let Some(p) = owner.or(named) {
            actors.push((p, patient));
        }
    }
    if kind == EventKind::Meeting {
        // "met with X"; "hosted by X" right after the verb
        let preps: &[&str] = if sent.is(t1, &["by"]) {
            &["with", "by"]
        } else {
            &["with"]
        };
        // (not past the next verb: "met May and had tea with the Queen")
        let next_trigger = (t1..c1)
            .find(|&i| sent.mention_at(i).is_some_and(|m| sent.is_trigger(m)))
            .unwrap_or(c1);
        for a in after_preposition(sent, t1, next_trigger, preps) {
            if !sent.is_actor(a) {
                continue;
            }
            actors.push((a, Role::Participant));
            // "together with officials from Jordan, Egypt and the United
            // States": the countries they came from take part
            let last = sent.m(a).last;
            if matches!(&sent.m(a).what, What::Actor(x) if x.generic) && sent.is(last, &["from"]) {
                for c in after_preposition(sent, last, next_trigger, &["from"]) {
                    if matches!(&sent.m(c).what, What::Place(p) if p.kind == PlaceKind::Country) {
                        actors.push((c, Role::Participant));
                    }
                }
            }
        }
    }
    Some((actors, places))
}

/// The actors of a verb trigger in the passive voice: the one it was done
/// to, and the agent after "by".
pub(super) fn passive_arguments(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    mood: &Mood,
) -> Vec<(usize, Role)> {
    let Site {
        kind,
        t0,
        t1,
        c0,
        c1,
        ..
    } = *site;
    let relative = mood.relative;
    let (agentive, patient) = roles(kind);
    let mut actors: Vec<(usize, Role)> = Vec::new();
    // "Saba al-Mahdawi, a medic who treated protesters, was seized": the
    // one the relative clause is about
    // "police said he had been arrested": "he" is the person named last,
    // not the reporter
    let k = verb_group_start(sent, t0, c0);
    // ("Diallo was beaten and detained": the first participle's subject)
    let first_participle = super::coordinated_passive(sent, k, c0);
    let k = first_participle.map_or(k, |be| verb_group_start(sent, be, c0));
    let subj = match relative {
        Some(m) => with_partner(sent, m),
        None if k > c0 && sent.is(k - 1, &["he", "she"]) => {
            person_antecedent(sent, s, k - 1).into_iter().collect()
        }
        // "Omar Abdel-Razeq was among 64 Hamas members detained": the one
        // counted among them too
        None if let Some(head) = reduced_relative(sent, t0, c0, t1) => {
            let mut taken = vec![head];
            if let Some(among) =
                counted_among(sent, head).filter(|&i| i > c0 && sent.has(i - 1, cue::BE))
            {
                taken.extend(subject(sent, among - 1, c0));
            }
            taken
        }
        // "an employee of Astellas Pharma who was detained"
        None if k == c0 + 1 && sent.is(c0, &["who", "which"]) => {
            who_with_partner(sent, c0, relative_antecedent(sent, c0))
        }
        // "police say the six were taken away": the reporter is not the one taken
        None => {
            let subj = subject(sent, if first_participle.is_some() { k } else { t0 }, c0);
            let reporter = subj
                .last()
                .is_some_and(|&a| (sent.m(a).last..k).any(|i| sent.has(i, cue::REPORTING)));
            if reporter {
                Vec::new()
            } else {
                subj
            }
        }
    };
    let subj = pronoun_resolved(sent, subj, c0);
    // ("two rockets were fired": what was fired is no target)
    let subj: Vec<usize> = subj
        .into_iter()
        .filter(|&a| kind != EventKind::Attack || !sent.has(sent.m(a).first, cue::PROJECTILES))
        .collect();
    // a town is taken, not the commander whose stronghold it was (but a
    // person seized alone was taken captive: "Zelaya was seized by soldiers")
    let town_taken = subj
        .iter()
        .any(|&a| matches!(sent.m(a).what, What::Place(_)));
    for a in subj {
        if kind == EventKind::Takeover
            && sent.m(a).what.is_actor_of(ActorCategory::Person)
            && (town_taken || !sent.is(t0, &["seized", "captured", "recaptured"]))
        {
            continue;
        }
        actors.push((a, patient));
    }
    for a in passive_agent(sent, t1, c1) {
        if sent.is_actor(a) {
            actors.push((a, agentive));
        }
    }
    // "the man was arrested on Monday, police said": the security force
    // that reports an arrest made it
    if kind == EventKind::Arrest && !actors.iter().any(|&(_, r)| r == agentive) {
        actors.extend(arresting_reporter(sent, t0).map(|a| (a, agentive)));
    }
    actors
}

/// The subject of the reporting clause before the "that" clause opening at
/// `c0`: "Russia" in "Russia said on Sunday that its forces had captured".
pub(super) fn reporting_subject(sent: &Sent<'_>, c0: usize) -> Vec<usize> {
    if !sent.is(c0, &["that"]) {
        return Vec::new();
    }
    (sent.first..c0)
        .rev()
        .find(|&i| sent.has(i, cue::REPORTING))
        .map(|r| subject(sent, r, sent.clause_range(r).0))
        .unwrap_or_default()
}

/// A subject that is only a pronoun or a possessed generic ("they", "its
/// jets"), replaced by the reporter it stands for: "the RSF said they had
/// seized ...", "the Israeli military said its jets struck".
pub(super) fn reported_subject(
    sent: &Sent<'_>,
    s: usize,
    c0: usize,
    subj: Vec<usize>,
) -> Vec<usize> {
    let pronoun = |&a: &usize| {
        (matches!(sent.m(a).what, What::Parties) && sent.is(sent.m(a).first, &["they"]))
            || (sent.is_generic(a)
                && sent.m(a).first > c0
                && sent.is(sent.m(a).first - 1, &["its", "their"]))
    };
    if subj.len() == 1 && subj.iter().all(pronoun) {
        let reporter: Vec<usize> = subject(sent, sent.m(subj[0]).first, c0)
            .into_iter()
            .filter(|&a| !matches!(sent.m(a).what, What::Parties))
            .collect();
        // "Russia said on Sunday that its forces had captured": the
        // subject of the reporting clause before "that"
        let reporting = reporting_subject(sent, c0);
        // "the RSF said in a statement that its military police detained
        // ...": the reporter is outside the clause, the group named last
        if reporter.is_empty() && !reporting.is_empty() {
            reporting
        } else if reporter.is_empty() && sent.is(sent.m(subj[0]).first - 1, &["its", "their"]) {
            last_armed_group(sent, s, sent.m(subj[0]).first)
                .into_iter()
                .collect()
        } else if reporter.is_empty() {
            // ("About 20 gunmen attacked the base ... They seized the
            // compound": "they" opening its sentence)
            let pronoun = sent.m(subj[0]).first;
            subordinate_pronoun(sent, pronoun, c0)
                .or_else(|| referred_subject(sent, s, pronoun + 1, c0))
                .into_iter()
                .collect()
        } else {
            reporter
        }
    } else {
        subj
    }
}

/// The antecedent `m` of a relative clause, with the named actor joined to
/// it by "and": "Bush and Karzai, who met at Camp David" are both.
fn with_partner(sent: &Sent<'_>, m: usize) -> Vec<usize> {
    let first = sent.m(m).first;
    let partner = (first > sent.first + 1 && sent.is(first - 1, &["and"]))
        .then(|| sent.mention_ending_at(first - 1))
        .flatten()
        .filter(|&x| sent.is_actor(x) && !sent.is_generic(x));
    partner.into_iter().chain([m]).collect()
}

/// The subject `m` found for a clause opening at `c0`, with its partner
/// when the clause is a relative "who" about a pair.
fn who_with_partner(sent: &Sent<'_>, c0: usize, m: Option<usize>) -> Vec<usize> {
    match m {
        Some(m) if sent.is(c0, &["who"]) => with_partner(sent, m),
        m => m.into_iter().collect(),
    }
}

/// The noun a participle describes, when the participle is a passive with
/// no "was": it has its agent ("a soldier captured by Gaza militants",
/// "protesters attacked by riot police"), or the noun is counted among
/// others ("was among 64 Hamas members detained in raids").
pub(super) fn reduced_relative(sent: &Sent<'_>, t0: usize, c0: usize, t1: usize) -> Option<usize> {
    // (with no agent, no object may follow: "among the men attacked the
    // convoy" would be active; "by" is one of the prepositions)
    let open_after = t1 >= sent.last
        || sent.has(t1, cue::BLOCKING_PREPOSITIONS)
        || sent.is(
            t1,
            &[",", ".", "after", "during", "since", "following", "last"],
        );
    if t0 <= c0 || !open_after || !sent.lower(t0).ends_with("ed") {
        return None;
    }
    let head = sent.mention_ending_at(t0)?;
    if !(sent.is_actor(head)
        && !sent.is_facility(head)
        && !matches!(sent.m(head).what, What::Place(_)))
    {
        return None;
    }
    // (past when: "eight men captured on Monday by fishermen")
    let mut by = t1;
    while by < sent.last
        && by < t1 + 5
        && (sent.is(by, &["on", "in", "early", "late"])
            || sent
                .mention_at(by)
                .is_some_and(|x| matches!(sent.m(x).what, What::Date(_))))
    {
        by += 1;
    }
    let by_agent = sent.is(by, &["by"])
        && (by + 1..(by + 5).min(sent.last))
            .find_map(|i| sent.mention_at(i))
            .is_some_and(|a| sent.is_actor(a) && !matches!(sent.m(a).what, What::Place(_)));
    // ("two militants captured in a raid on Monday had confessed": the
    // head's own verb follows the participle's phrases)
    let (_, c1) = sent.clause_range(t0);
    let own_verb_after = || {
        (t1..c1)
            .take_while(|&k| !sent.is(k, &[",", ";", "and", "or"]))
            .any(|k| {
                sent.is(
                    k,
                    &[
                        "had", "has", "have", "was", "were", "is", "are", "will", "would",
                    ],
                )
            })
    };
    // ("demanding the release of fighters detained after a rebel raid":
    // those taken whose release or fate is told, not who took someone)
    let first = sent.m(head).first;
    let taking = sent.mention_at(t0).is_some_and(|x| {
        matches!(sent.m(x).what, What::Trigger(t)
            if matches!(t.kind, Some(EventKind::Arrest | EventKind::Kidnapping)))
    });
    let fate_of = taking
        && first >= sent.first + 2
        && sent.is(first - 1, &["of"])
        && sent.is(
            first - 2,
            &[
                "release",
                "freedom",
                "fate",
                "whereabouts",
                "families",
                "relatives",
                "trial",
                "trials",
                "lawyers",
                "names",
                "return",
                "extradition",
                "pardon",
            ],
        );
    (by_agent || fate_of || counted_among(sent, head).is_some() || own_verb_after()).then_some(head)
}

/// The "among" (or "one of") that counts a noun among others: "among 64
/// Hamas members", "one of the 30 people".
pub(super) fn counted_among(sent: &Sent<'_>, head: usize) -> Option<usize> {
    let first = sent.m(head).first;
    for i in (first.saturating_sub(4).max(sent.first)..first).rev() {
        if sent.is(i, &["among"])
            || (sent.is(i, &["of"])
                && i > sent.first
                && (sent.is(i - 1, &["one", "two", "three", "some", "many", "most"])
                    || sent.word(i - 1).starts_with(|c: char| c.is_ascii_digit())))
        {
            return Some(i);
        }
        let counting = sent.is(
            i,
            &[
                "the", "about", "some", "nearly", "around", "dozens", "hundreds", "of",
            ],
        ) || sent.word(i).starts_with(|c: char| c.is_ascii_digit());
        if !counting {
            return None;
        }
    }
    None
}

/// "Police who entered the building arrested 13 people": the subject is
/// the actor a relative clause without commas describes, not the last noun
/// of the clause.
fn restrictive_relative(sent: &Sent<'_>, k: usize, c0: usize) -> Option<usize> {
    let who = (k.saturating_sub(8).max(c0)..k)
        .rev()
        .take_while(|&i| !sent.is(i, &[",", ";"]))
        .find(|&i| sent.is(i, &["who"]))?;
    let head = sent.mention_ending_at(who)?;
    (sent.is_actor(head) && !matches!(sent.m(head).what, What::Place(_))).then_some(head)
}

/// Whether actor `a` is the one a taking drove out: ", forcing President
/// Bozizé to flee".
pub(super) fn driven_out(sent: &Sent<'_>, a: usize) -> bool {
    let (first, after) = (sent.m(a).first, sent.m(a).last);
    first >= 2
        && sent.is(first - 1, &["forcing"])
        && sent.is(first - 2, &[","])
        && sent.is_actor(a)
        && sent.is(after, &["to"])
        && sent.is(
            after + 1,
            &["flee", "retreat", "withdraw", "leave", "abandon"],
        )
}

/// The place a relative clause opening at `c0` is about: named right
/// before it ("the Darfur city that"), or named before an apposition that
/// calls it a place ("Bakhmut, a nearby city that").
fn place_before_relative(sent: &Sent<'_>, c0: usize) -> Option<usize> {
    let is_place = |p: usize| matches!(sent.m(p).what, What::Place(_));
    if let Some(p) = (c0.saturating_sub(3).max(sent.first)..c0)
        .rev()
        .find_map(|i| sent.mention_at(i))
    {
        return Some(p).filter(|&p| is_place(p));
    }
    if !sent.is(c0 - 1, PLACE_NOUNS) {
        return None;
    }
    let comma = (c0.saturating_sub(5).max(sent.first + 1)..c0 - 1)
        .rev()
        .find(|&i| sent.is(i, &[","]))?;
    sent.mention_at(comma - 1).filter(|&p| is_place(p))
}

/// Whether the object at `t1` counts more of those just counted: "a
/// fourth", "another", "two others".
pub(super) fn counts_more(sent: &Sent<'_>, t1: usize) -> bool {
    (sent.is(t1, &["a"]) && sent.is(t1 + 1, &["second", "third", "fourth", "fifth", "sixth"]))
        || sent.is(t1, &["another"])
        || (sent.is(t1 + 1, &["others", "more"])
            && (sent.word(t1).starts_with(|c: char| c.is_ascii_digit())
                || sent.is(
                    t1,
                    &["two", "three", "four", "five", "six", "several", "dozens"],
                )))
}
