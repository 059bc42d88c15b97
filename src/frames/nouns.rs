//! The arguments of an event noun: its modifiers ("Israeli air strike",
//! "Hamas's attack"), the prepositions after it ("talks with", "an attack
//! on", "kidnappings by"), a support verb ("launched an offensive", "held
//! talks"), and the parties of talks named around them ("after meeting
//! Obama", "Zelenskiy struck a conciliatory tone after talks with Biden").

use super::*;

/// The verbs of being held "under arrest".
const UNDER_VERBS: &[&str] = &[
    "placed", "put", "kept", "remains", "remained", "has", "have", "had", "been",
];

/// Arguments of an event noun: modifiers on its left, a chain of prepositional
/// phrases on its right, a support verb, a harm verb. Returns the ones
/// blamed for it when the story goes on to deny the blame ("India blamed
/// Pakistan for the attack, a charge Islamabad rejected"): an event told
/// again is then theirs, negated.
pub(super) fn noun_arguments(
    sent: &Sent<'_>,
    s: usize,
    m: usize,
    kind: EventKind,
    actors: &mut Vec<(usize, Role)>,
    places: &mut Vec<usize>,
) -> Vec<usize> {
    let trig = sent.m(m);
    let (t0, t1) = (trig.first, trig.last);
    let (c0, c1) = sent.clause_range(t0);
    let (agentive, patient) = roles(kind);
    // "Chamorro has been under house arrest", "police placed him under
    // arrest": the one held is the actor before "under", and whoever placed
    // them there made the arrest
    let mut under = t0;
    if under > c0 && sent.is(under - 1, &["house"]) {
        under -= 1;
    }
    if kind == EventKind::Arrest && under > c0 && sent.is(under - 1, &["under"]) {
        // (next to it, past the verb: not anyone further back)
        let mut k = under - 1;
        while k > c0 && (sent.has(k - 1, cue::BE) || sent.is(k - 1, UNDER_VERBS)) {
            k -= 1;
        }
        // (or past an apposition: "Chamorro, a cousin of ..., has been")
        let next_to = sent.mention_ending_at(k).is_some_and(|x| sent.is_actor(x))
            || (k > c0 && sent.is(k - 1, &[","]));
        let held = if next_to {
            pronoun_resolved(sent, subject(sent, k, c0), c0)
        } else if k > c0 && sent.is(k - 1, &["he", "she"]) {
            // ("she was placed under house arrest": the person named last)
            person_antecedent(sent, s, k - 1).into_iter().collect()
        } else {
            Vec::new()
        };
        if let Some(&first) = held.first() {
            let at = sent.m(first).first;
            if at > c0 && sent.is(at - 1, &["placed", "put", "kept"]) {
                actors.extend(subject(sent, at - 1, c0).into_iter().map(|a| (a, agentive)));
            }
            actors.extend(held.into_iter().map(|a| (a, patient)));
            return Vec::new();
        }
    }
    // left modifiers: "Israeli air strike", "Hamas's attack", "Kim's second summit"
    let mut k = t0;
    let mut steps = 0;
    while k > c0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = sent.word(k);
        match sent.mention_at(k) {
            Some(x) => match &sent.m(x).what {
                What::Actor(a) if a.on_trigger || !a.generic => {
                    let possessive = sent.is_possessive(sent.m(x).last);
                    // "took 49 consulate staff hostage": the one before a hostage noun is the captive
                    if sent.has(t0, cue::HOSTAGE_NOUNS) && !a.on_trigger {
                        actors.push((x, Role::Target));
                    } else if possessive
                        && a.category == ActorCategory::Person
                        && matches!(kind, EventKind::Arrest | EventKind::Kidnapping)
                    {
                        // "Asahara's arrest", "Moro's kidnapping": whose the
                        // arrest is, is the one taken
                        actors.push((x, patient));
                    } else if a.on_trigger
                        || possessive
                        || sent.m(x).last == t0
                        || weapons_only(sent, sent.m(x).last, t0)
                    {
                        actors.push((x, agentive));
                    }
                    break;
                }
                What::Place(p) if p.country_actor && sent.is_possessive(sent.m(x).last) => {
                    // ("India's worst militant assault in a decade": the
                    // worst a country suffered happened there; "Israel's
                    // biggest strike" is still Israel's)
                    let ranked = (sent.m(x).last + 1..t0)
                        .any(|i| sent.is(i, &["worst", "deadliest", "bloodiest"]));
                    if ranked {
                        places.push(x);
                    } else {
                        actors.push((x, agentive));
                    }
                    break;
                }
                What::Date(_) => {
                    k = sent.m(x).first;
                }
                // "a Houthi missile and drone attack": the weapon is no party
                What::Actor(_) if weapons_only(sent, sent.m(x).first, sent.m(x).last) => {
                    k = sent.m(x).first;
                }
                _ => break,
            },
            None => {
                // "after his meeting with Sargsyan", "his hunger strike": the
                // person named last took part
                if matches!(kind, EventKind::Meeting | EventKind::Protest)
                    && sent.is(k, &["his", "her"])
                {
                    if let Some(x) = person_named_last(sent, s, k) {
                        actors.push((x, agentive));
                    }
                    break;
                }
                let t = sent.doc.seg.tokens[k];
                // "a Houthi missile and drone attack": one weapon and another
                let weapons_joined = sent.is(k, &["and", "or"])
                    && k > c0
                    && sent.has(k - 1, cue::PROJECTILES)
                    && sent.has(k + 1, cue::PROJECTILES);
                let modifier = weapons_joined
                    || t.kind == TokenKind::Possessive
                    || (t.kind == TokenKind::Word
                        && w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                        && !sent.has(k, cue::DEFINITE)
                        && !sent.blocks(k)
                        && !sent.has(k, cue::SUPPORT_VERBS));
                if !modifier {
                    break;
                }
            }
        }
    }
    // coordinated event nouns share what follows: "attacks, kidnappings, and ambushes in"
    let mut p = t1;
    loop {
        let mut q = p;
        while q < c1 && matches!(sent.word(q), "," | "and" | "or") {
            q += 1;
        }
        match sent.mention_at(q) {
            Some(x) if q > p && sent.is_trigger(x) => p = sent.m(x).last,
            Some(x) if q == p && q < c1 && sent.is(q, &["and"]) => p = sent.m(x).last,
            _ => break,
        }
    }
    // "the militants blamed for a truck bombing", "the group responsible
    // for the attack": who is blamed did it
    let for_at = (t0.saturating_sub(4).max(c0 + 2)..t0)
        .rev()
        .find(|&k| sent.is(k, &["for"]))
        .filter(|&f| (f + 1..t0).all(|i| sent.mention_at(i).is_none()));
    if let Some(f) = for_at.filter(|&f| sent.is(f - 1, &["blamed", "responsible"])) {
        if let Some(x) = sent.mention_ending_at(f - 1).filter(|&x| sent.is_actor(x)) {
            add_actor(actors, x, agentive);
        } else if f >= c0 + 3
            && sent.is(f - 1, &["blamed"])
            && sent.is(f - 2, &["was", "were", "is", "are", "been"])
        {
            // "The ADF, which has pledged allegiance to Islamic State, was
            // blamed for twin suicide bombings": the subject did it
            for x in subjects::clause_subject(sent, sent.first.max(c0), f - 2) {
                add_actor(actors, x, agentive);
            }
        }
    }
    // "the government blamed the National Liberation Army (ELN) rebel
    // group for a car bomb": the ones named between the verb and "for"
    let blamer = for_at.and_then(|f| {
        (f.saturating_sub(10).max(c0)..f)
            .rev()
            .find(|&k| sent.is(k, &["blamed", "blames", "blaming"]))
            .map(|v| (v, f))
    });
    // (a blame the story goes on to deny: "India blamed Pakistan for the
    // attack, a charge Islamabad rejected")
    let denied = || denial_follows(sent.doc, s, t1, 6);
    let mut denied_blame = Vec::new();
    if let Some((v, f)) = blamer.filter(|_| kind != EventKind::Protest) {
        for x in sent.mentions_before(v + 1)..sent.mentions_before(f) {
            if sent.is_actor(x) && !sent.is_generic(x) {
                add_actor(actors, x, agentive);
                denied_blame.push(x);
            }
        }
        if !denied() {
            denied_blame.clear();
        }
    }
    // "serving a sentence for his role in a protest", "Tai's role in the
    // primary": whose role it was took part
    let role_in = (t0.saturating_sub(4).max(c0 + 2)..t0)
        .find(|&k| sent.is(k, &["in"]) && sent.is(k - 1, &["role", "roles", "part"]))
        .filter(|&k| (k + 1..t0).all(|i| sent.mention_at(i).is_none()));
    if let Some(k) = role_in {
        let owner = if sent.is(k - 2, &["his", "her"]) {
            person_named_last(sent, s, k - 2)
        } else {
            sent.mention_ending_at(k - 2)
                .filter(|&x| sent.is_actor(x) && sent.is_possessive(k - 2))
        };
        if let Some(x) = owner {
            add_actor(actors, x, agentive);
        }
    }
    // "blamed the raid on armed gangs": whom the noun is blamed on did it
    // (past a "that" read as a clause's: "blamed that bombing on al-Shabaab")
    let blamed = (t0.saturating_sub(3).max(sent.first)..t0)
        .any(|k| sent.is(k, &["blamed", "blames", "blame", "blaming"]));
    // the chain of prepositional phrases after the noun (past "for
    // ransom": "kidnappings for ransom by armed gangs")
    let mut i = p;
    if sent.is(i, &["for"]) && sent.is(i + 1, &["ransom"]) {
        i += 2;
    }
    // ("an attack Kurdish officials blamed on Iran-backed militias": past
    // those who blame)
    if let Some(x) = sent.mention_at(i).filter(|&x| sent.is_actor(x)) {
        let after = sent.m(x).last;
        if sent.m(x).first == i && sent.is(after, &["blamed"]) && sent.is(after + 1, &["on"]) {
            i = after;
        }
    }
    // (past a date: "a rocket attack last Friday on the K1 military base")
    let past_date = |i: usize| match sent.mention_at(i) {
        Some(x) if sent.m(x).first == i && matches!(sent.m(x).what, What::Date(_)) => {
            sent.m(x).last
        }
        _ => i,
    };
    i = past_date(i);
    let mut crowd_of: Vec<usize> = Vec::new();
    while i < c1
        && sent.is(
            i,
            &[
                "by", "on", "against", "at", "of", "between", "with", "in", "near", "across",
                "outside", "inside", "blamed", "widely", "claimed", "into",
            ],
        )
    {
        let mut prep = sent.lower(i);
        if matches!(prep, "widely" | "blamed" | "claimed") {
            // "attacks widely blamed on Israel": the one blamed is the initiator
            while i < c1 && sent.is(i, &["widely", "blamed", "claimed"]) {
                i += 1;
            }
            if !sent.is(i, &["on", "by"]) {
                break;
            }
            prep = "by";
        }
        let mut j = i + 1;
        while j < c1 {
            if sent.blocks(j)
                && sent.word(j) != "of"
                && !(prep == "between" && sent.word(j) == "and")
            {
                break;
            }
            if let Some(x) = sent.mention_at(j) {
                if sent.is_trigger(x) {
                    break;
                }
                let mm = &sent.m(x).what;
                match mm {
                    What::Place(_) if in_its_history(sent, x) || talked_about(sent, x) => {}
                    What::Place(pl) => {
                        // ("protests against a trade pact with China": China
                        // neither protested nor is where)
                        let party = matches!(prep, "between" | "with");
                        let as_actor =
                            pl.country_actor && (prep == "by" || (party && kind.is_symmetric()));
                        if as_actor {
                            actors.push((x, agentive));
                        } else if prep != "with" {
                            places.push(x);
                            if pl.kind == PlaceKind::Country
                                && matches!(prep, "on" | "against" | "at")
                                && !kind.is_symmetric()
                            {
                                actors.push((x, Role::Target));
                            }
                        }
                    }
                    // "the first meeting between a Roman Catholic pontiff and
                    // a Russian patriarch": kinds of party, not the parties
                    What::Actor(_)
                        if prep == "between"
                            && sent.m(x).first > 0
                            && sent.is(sent.m(x).first - 1, &["a", "an"]) => {}
                    What::Actor(_) | What::Parties => {
                        let role = match prep {
                            "by" => Some(agentive),
                            // "police blamed the raid on armed gangs"
                            "on" if blamed => Some(agentive),
                            "between" | "with" if kind.is_symmetric() => Some(Role::Participant),
                            // "a meeting at the Shangri-La Dialogue" is where, not with whom
                            "at" if kind.is_symmetric() => None,
                            // "a rally of tens of thousands of supporters":
                            // who protested, joined after any support verb's
                            // subject ("Machado addressed a rally of ...")
                            "of" if kind == EventKind::Protest => {
                                crowd_of.push(x);
                                None
                            }
                            "on" | "against" | "at" | "of" => Some(patient),
                            // "clashes with the army"
                            "with" if kind == EventKind::Attack => Some(Role::Target),
                            // "clashes between the separatists and troops
                            // loyal to the government": the side named first
                            // stands for the one that struck
                            "between" if kind == EventKind::Attack => {
                                Some(if actors.iter().any(|&(a, _)| sent.m(a).first > i) {
                                    Role::Target
                                } else {
                                    agentive
                                })
                            }
                            _ => None,
                        };
                        if let Some(r) = role {
                            actors.push((x, r));
                        }
                    }
                    _ => {}
                }
                j = sent.m(x).last;
                continue;
            }
            // "a protest by Uighurs in the square was broken up by police":
            // a verb ends the noun's phrases
            // (not a possessive: "the city's square")
            // ("twin car bombs at the education ministry killed more than
            // 120 people": so does a verb of harm)
            if (sent.has(j, cue::BE) && !sent.is(j, &["'s", "’s"]))
                || sent.has(j, cue::MODALS)
                || sent.has(j, cue::HARM_VERBS)
            {
                break;
            }
            let w = sent.word(j);
            // a comma continues the phrase only into a list ("X, Y and Z")
            // (and into those it includes: "a meeting of party leaders,
            // including Imran Khan")
            // ("attacks on foreigners, secular bloggers and religious
            // minorities": past an item's modifiers)
            let modified_item = || {
                (j + 2..j + 4).any(|k| {
                    sent.mention_at(k)
                        .is_some_and(|x| sent.m(x).first == k && sent.is_actor(x))
                        && (j + 1..k)
                            .all(|i| sent.mention_at(i).is_none() && is_modifier_word(sent.word(i)))
                })
            };
            let list_comma = w == ","
                && (sent.mention_at(j + 1).is_some()
                    || sent.is(j + 1, &["and", "or", "including"])
                    || modified_item());
            // "in the Oval Office with ...": a name no list knows goes on too
            let np_word = w.starts_with(char::is_lowercase)
                || (w.starts_with(char::is_uppercase)
                    && sent.doc.seg.tokens[j].kind == TokenKind::Word)
                || list_comma
                || matches!(w, "and" | "’s" | "'s" | "including")
                || sent.doc.seg.tokens[j].kind == TokenKind::Possessive
                || w.starts_with(|c: char| c.is_ascii_digit());
            if !np_word {
                break;
            }
            j += 1;
        }
        i = past_date(j);
    }
    // "an attack that Iran and Hamas blamed on Israel", "a bombing outside
    // the ministry earlier this month that was claimed by the PKK": the one
    // blamed, the one claiming (the relative clause may follow the noun's
    // own phrases)
    let relative = (p..sent.last.min(p + 12))
        .take_while(|&k| {
            // (a comma only before "which")
            let comma = sent.is(k, &[","]) && !sent.is(k + 1, &["which"]);
            !comma && !sent.is(k, &[";"])
        })
        .find(|&k| sent.is(k, &["that", "which"]));
    if let (false, Some(p)) = (kind.is_symmetric(), relative) {
        let (_, r1) = sent.clause_range(p);
        let blamed = (p + 1..r1.min(p + 8)).find(|&k| sent.is(k, &["blamed", "claimed"]));
        if let Some(b) = blamed {
            let by = if sent.is(b, &["claimed"]) { "by" } else { "on" };
            for x in after_preposition(sent, b + 1, r1, &[by]) {
                if sent.is_actor(x)
                    || matches!(&sent.m(x).what, What::Place(pl) if pl.country_actor)
                {
                    actors.push((x, agentive));
                }
            }
        }
    }
    // "protests swept Badinan", "clashes erupted in Tripoli": where the event spread
    if places.is_empty() {
        // "talks ... that resumed in the Saudi city of Jeddah": into a relative clause
        let c1 = if sent.is(i, &["that", "which"]) {
            sent.clause_range(i).1
        } else {
            c1
        };
        // "protests over unpaid salaries swept": past a short phrase of its own
        let spread = (i..c1.min(i + 8))
            .take_while(|&v| sent.mention_at(v).is_none_or(|x| !sent.is_trigger(x)))
            .find(|&v| sent.has(v, cue::SPREAD_VERBS));
        if let Some(v) = spread {
            let (_, object_places) = object(sent, v + 1, c1);
            places.extend(object_places);
            for x in after_preposition(
                sent,
                v + 1,
                c1.min(v + 8),
                &["in", "at", "across", "through", "to", "out"],
            ) {
                if matches!(sent.m(x).what, What::Place(_)) {
                    places.push(x);
                }
            }
            // "Fighting erupted in the capital late on Sunday between rival
            // units of the presidential guard": who fought, as for "fighting
            // between" (the side named first stands for the one that struck)
            if kind == EventKind::Attack && !actors.iter().any(|&(_, r)| r == agentive) {
                let sides = after_preposition(sent, v + 1, c1.min(v + 16), &["between"]);
                for (n, x) in sides.into_iter().filter(|&x| sent.is_actor(x)).enumerate() {
                    actors.push((x, if n == 0 { agentive } else { Role::Target }));
                }
            }
        }
    }
    // support verb: "the group continues to launch attacks", "sat down for
    // talks", "attended a meeting with X" (whoever attends is a party too)
    // ("held separate talks with X and with Y": whoever held them too)
    let separate = said_separate(sent, t0, c0);
    // ("chaired a meeting of party leaders, including Imran Khan": whoever
    // chairs or convenes it takes part too)
    let chaired = kind == EventKind::Meeting
        && (t0.saturating_sub(4).max(c0)..t0).any(|i| {
            sent.is(
                i,
                &[
                    "chaired",
                    "chairs",
                    "chairing",
                    "co-chaired",
                    "co-chairs",
                    "convened",
                    "convenes",
                ],
            )
        });
    if actors.iter().all(|&(_, r)| r != agentive)
        || (kind.is_symmetric() && (actors.len() < 2 || separate || chaired))
    {
        // ("holding the prime minister and dozens of members of his
        // government hostage": captives may be a long list)
        let reach = if sent.has(t0, cue::HOSTAGE_NOUNS) {
            14
        } else {
            7
        };
        // (not a guess: "could have been behind the bombings")
        let support = (t0.saturating_sub(reach).max(c0)..t0).rev().find(|&i| {
            // ("U.S. warplanes responded early on Friday with strikes on
            // five depots"; not "police responded to the attack")
            let responded = || {
                sent.is(
                    i,
                    &["responded", "retaliated", "replied", "respond", "retaliate"],
                ) && (i + 1..t0).any(|k| sent.is(k, &["with"]))
            };
            // ("the group set off a car bomb"; not "setting off explosions")
            let set_off = || {
                sent.is(i, &["set", "sets", "setting"])
                    && sent.is(i + 1, &["off"])
                    && (t0..t1).any(|k| sent.lower(k).contains("bomb"))
            };
            (sent.has(i, cue::SUPPORT_VERBS) || responded() || set_off())
                // (not past a comma: "voted, with Yemen not taking part, to
                // condemn the invasion")
                && !((i + 1..t0).any(|k| sent.is(k, &[","]))
                    && (i + 1..t0).any(|k| sent.is(k, &["to"])))
                // (not "seized on the attacks to assail the government")
                && !(sent.is(i, &["seized", "seize", "seizing"]) && sent.is(i + 1, &["on", "upon"]))
                && (!sent.is(i, &["behind"])
                    || (sent.is(i - 1, &["was", "were", "is", "are", "been"])
                        && !(i.saturating_sub(4).max(c0)..i).any(|k| sent.has(k, cue::MODALS))))
        });
        if let Some(v) = support {
            // "took 49 consulate staff hostage": the ones between are the captives
            let hostage = sent.has(t0, cue::HOSTAGE_NOUNS);
            if hostage {
                for x in sent.mentions_before(v + 1)..sent.mentions_before(t0) {
                    if sent.is_actor(x) {
                        actors.push((x, Role::Target));
                    }
                }
            }
            // other event nouns may stand between: "launch attacks, kidnappings, and ambushes";
            // so may a possessive: "held a leaders' summit"
            let possessive =
                |x: usize| sent.is_generic(x) && sent.is(sent.m(x).last, &["'", "’", "'s", "’s"]);
            let between_free = (v + 1..t0).all(|i| {
                sent.mention_at(i).is_none_or(|x| {
                    (hostage || !sent.is_actor(x) || possessive(x))
                        && !matches!(sent.m(x).what, What::Trigger(t) if t.form != TriggerForm::Noun)
                })
            });
            if between_free {
                // "overran the province and took 49 staff hostage": after "and", the clause subject
                // ("retook Mekelle after government troops pulled out, and
                // launched an offensive": the main clause's, past the time
                // clause)
                let after_time_clause = v >= c0 + 2
                    && sent.is(v - 2, &[","])
                    && c0 > sent.first
                    && sent.is(c0, &["after", "before", "when", "as", "while", "since"]);
                let subj = if v > c0 && sent.is(v - 1, &["and"]) && after_time_clause {
                    clause_subject(sent, sent.clause_range(c0 - 1).0, c0)
                } else if v > c0 && sent.is(v - 1, &["and"]) {
                    clause_subject(sent, c0, v)
                } else {
                    // ("Islamic State, which regards Shi'ite Muslims as
                    // apostates, claimed a shooting": past the clause closed,
                    // not its last noun)
                    closed_relative(sent, v, c0).map_or_else(|| subject(sent, v, c0), |m| vec![m])
                };
                // "attacked a train, taking 400 passengers hostage": the
                // train takes no one; the subject of the verb before does
                let subj: Vec<usize> = subj.into_iter().filter(|&a| !sent.is_facility(a)).collect();
                // ("al-Shabaab, which still stages bombings")
                let subj = if subj.is_empty() && opens_relative(sent, c0) {
                    relative_antecedent(sent, c0).into_iter().collect()
                } else {
                    subj
                };
                // ("the Saudi-led coalition, which has fought the Houthis
                // since 2015, launched air strikes": past the clause closed)
                let subj = if subj.is_empty() {
                    closed_relative(sent, v, c0).into_iter().collect()
                } else {
                    subj
                };
                let subj = if subj.is_empty() {
                    coordinated_subject(sent, v, c0)
                } else {
                    subj
                };
                let subj = if subj.is_empty() {
                    gerund_subject(sent, v).unwrap_or_default()
                } else {
                    subj
                };
                // ("the military confirmed that it carried out an air strike")
                let subj = if subj.is_empty() {
                    pronoun_reporter(sent, v, c0)
                } else {
                    subj
                };
                // ("chased visitors inside, where they held dozens of people
                // hostage": "they" in a clause of place or time is the
                // sentence's subject)
                let pronoun_only = subj
                    .iter()
                    .all(|&a| matches!(sent.m(a).what, What::Parties));
                let subj = if pronoun_only
                    && v > c0
                    && c0 > sent.first
                    && sent.is(v - 1, &["they", "he", "she"])
                    && sent.is(c0, &["where", "when"])
                {
                    clause_subject(sent, sent.first, c0)
                } else {
                    subj
                };
                // ("said its fighters had carried out the assault": the reporter's)
                let subj = match subj[..] {
                    [a] if sent.is_generic(a) && !kind.is_symmetric() => {
                        verbs::reported_subject(sent, s, c0, subj)
                    }
                    _ => pronoun_resolved(sent, subj, c0),
                };
                for a in subj {
                    actors.push((a, agentive));
                }
            }
        }
    }
    for x in crowd_of {
        if !actors.iter().any(|&(a, _)| a == x) {
            actors.push((x, agentive));
        }
    }
    // "officials discussed the dispute during a meeting in Baghdad", "Barzani
    // raised the attack in talks with Sudani": the clause's subject met
    if kind == EventKind::Meeting && actors.len() < 2 {
        let mut k = t0;
        while k > c0
            && k + 3 > t0
            && sent.mention_at(k - 1).is_none()
            && !sent.is(k - 1, &["during", "at", "in"])
        {
            k -= 1;
        }
        // ("police arrested him at a meeting": whoever takes someone there did not meet)
        // (nor "armed men attacked the palace during a cabinet meeting")
        let other_event = (c0..k.saturating_sub(1)).any(|i| {
            sent.mention_at(i).is_some_and(|x| {
                matches!(&sent.m(x).what, What::Trigger(t)
                    if t.form == TriggerForm::Verb
                        && matches!(
                            t.kind,
                            Some(EventKind::Arrest | EventKind::Kidnapping | EventKind::Attack | EventKind::Takeover)
                        ))
            })
        });
        if k > c0 && sent.is(k - 1, &["during", "at", "in"]) && !other_event {
            for a in clause_subject(sent, c0, k - 1) {
                actors.push((a, Role::Participant));
            }
        }
    }
    // "X had been killed in an Israeli air strike": X is the target
    if !kind.is_symmetric() {
        // (past weapons joined: "killed in a gun and suicide bomb attack")
        let reach = if (t0.saturating_sub(4).max(c0)..t0).any(|i| sent.is(i, &["and"])) {
            6
        } else {
            4
        };
        let in_pos = (t0.saturating_sub(reach).max(c0)..t0)
            .rev()
            .find(|&i| sent.is(i, &["in", "during"]));
        if let Some(ip) = in_pos {
            // "was killed in Tehran on July 31 in an attack": past the where and when
            let v = before_where_and_when(sent, ip, c0, &["in", "on", "at", "near"]);
            // ("was killed along with her driver in an ambush")
            // (or "was killed with two other militants in a gunfight")
            let v = match (v > c0 + 2).then(|| (c0..v).rev().find(|&i| sent.is(i, &["with"]))) {
                Some(Some(w)) if w > c0 + 1 && v - w <= 4 => {
                    if sent.is(w - 1, &["along"]) {
                        w - 1
                    } else {
                        w
                    }
                }
                _ => v,
            };
            // ("13 soldiers had been killed and 27 wounded in clashes": the
            // ones killed)
            let harmed = |i: usize| sent.is(i, &["killed", "wounded", "injured", "died", "hurt"]);
            let v = if v >= c0 + 4
                && harmed(v - 1)
                && (sent.word(v - 2).bytes().all(|b| b.is_ascii_digit())
                    || number_word(sent.lower(v - 2)).is_some())
                && sent.is(v - 3, &["and"])
                && harmed(v - 4)
            {
                v - 3
            } else {
                v
            };
            if v > c0 && harmed(v - 1) {
                if places.is_empty() {
                    for x in after_preposition(sent, v, ip, LOCATIVES) {
                        if matches!(sent.m(x).what, What::Place(_)) {
                            places.push(x);
                        }
                    }
                }
                let ip = v;
                // "the WHO said 460 patients were killed in an attack": who
                // says is not who was killed
                let killed = subject(sent, ip - 1, c0);
                // ("soldiers had been killed in clashes with the rebels":
                // the other side killed them)
                // (or "in clashes with fighters of the FACT": the group they
                // fight for)
                let fought_with = |a: usize| match sent.preposition_before(a) {
                    Some("with") => true,
                    Some("of") => {
                        let of = (sent.m(a).first.saturating_sub(3)..sent.m(a).first)
                            .rev()
                            .find(|&k| sent.is(k, &["of"]));
                        of.is_some_and(|k| {
                            k >= sent.first + 2
                                && sent.is(k - 1, &["fighters", "members", "militants", "gunmen"])
                                && sent.is(k - 2, &["with"])
                        })
                    }
                    _ => false,
                };
                if !killed.is_empty() {
                    for (a, r) in actors.iter_mut() {
                        if *r == Role::Target && fought_with(*a) {
                            *r = Role::Initiator;
                        }
                    }
                }
                for a in killed {
                    if !(sent.m(a).last..ip).any(|i| sent.has(i, cue::REPORTING)) {
                        actors.push((a, Role::Target));
                    }
                }
            } else if kind == EventKind::Attack
                && !actors.iter().any(|&(_, r)| r == agentive)
                // (the noun's own phrase: not "acted in response to air
                // strikes")
                && (ip + 1..t0).all(|i| {
                    sent.is(i, &["a", "an"]) || (sent.is_plain(i) && is_modifier_word(sent.word(i)))
                })
            {
                // "Israeli forces rescued four hostages in a daytime raid":
                // armed men who did something in a raid made it (the active
                // verb before its object; not "militants captured in a
                // raid", a participle that describes them)
                // (past an aside: "freed four hostages, including two French
                // tourists abducted last week, in a night-time raid")
                let before = if ip > c0 + 1 && sent.is(ip - 1, &[","]) {
                    (ip.saturating_sub(16).max(c0)..ip - 1)
                        .rev()
                        .find(|&i| sent.is(i, &[","]))
                        .filter(|&i| sent.is(i + 1, &["including", "among"]))
                        .unwrap_or(ip)
                } else {
                    ip
                };
                let verb = (before.saturating_sub(8).max(c0)..before.saturating_sub(1))
                    .rev()
                    .find(|&i| {
                        sent.is_plain(i)
                            && sent.lower(i).ends_with("ed")
                            && sent.mention_at(i).is_none()
                    });
                if let Some(k) = verb.filter(|&k| k > c0 && !sent.has(k - 1, cue::BE)) {
                    for a in subject(sent, k, c0) {
                        if sent.is_armed(a) {
                            actors.push((a, agentive));
                        }
                    }
                }
            }
        }
        // "an Israeli strike on Beirut killed senior commander Ibrahim Aqil"
        // "a drone attack that targeted Erbil airport": the relative clause's verb
        // "the attack, which killed 15 people"
        let i = if sent.is(i, &[","]) && sent.is(i + 1, &["which"]) {
            i + 1
        } else {
            i
        };
        let (i, c1) = if sent.is(i, &["that", "which"]) {
            (i + 1, sent.clause_range(i).1)
        } else {
            (i, c1)
        };
        if let Some(h) = (i..c1.min(i + 2)).find(|&h| sent.has(h, cue::HARM_VERBS)) {
            let (objs, object_places) = object(sent, h + 1, c1);
            for a in objs {
                if !matches!(sent.m(a).what, What::Place(_)) {
                    actors.push((a, Role::Target));
                }
            }
            // "an airstrike hit a school in Gaza City": where it hit
            if places.is_empty() {
                places.extend(object_places);
                for x in after_preposition(sent, h + 1, c1, LOCATIVES) {
                    if matches!(sent.m(x).what, What::Place(_)) {
                        places.push(x);
                    }
                }
            }
        }
    }
    // "the city of Tripoli has hosted some of the largest rallies": the
    // place that saw them
    if places.is_empty() {
        let seen = (c0..t0).find(|&v| {
            sent.is(
                v,
                &[
                    "hosted",
                    "host",
                    "hosts",
                    "seen",
                    "saw",
                    "sees",
                    "witnessed",
                ],
            )
        });
        let host = seen.and_then(|v| sent.mention_ending_at(verb_group_start(sent, v, c0)));
        places.extend(host.filter(|&x| matches!(sent.m(x).what, What::Place(_))));
    }
    denied_blame
}

/// "After meeting Kristersson and Stoltenberg in Vilnius, Erdogan agreed
/// ...": the ones met, and the subject of the clause the phrase opens.
pub(super) fn gerund_meeting(
    sent: &Sent<'_>,
    t0: usize,
    t1: usize,
    c1: usize,
    actors: &mut Vec<(usize, Role)>,
) {
    if !(t0 > sent.first
        && sent.lower(t0).ends_with("ing")
        && sent.is(t0 - 1, &["after", "before", "while", "since", "when"]))
    {
        return;
    }
    for a in object(sent, t1, c1)
        .0
        .into_iter()
        .filter(|&a| sent.is_actor(a))
    {
        add_actor(actors, a, Role::Participant);
    }
    // "Merkel, who brokered the summit, flew to Minsk after meeting Obama":
    // the subject of the clause it follows
    if let Some(subj) = gerund_subject(sent, t0) {
        for a in subj {
            if !sent.is_generic(a) {
                add_actor(actors, a, Role::Participant);
            }
        }
        return;
    }
    let Some(comma) = (t1..sent.last).find(|&k| sent.is(k, &[","])) else {
        return;
    };
    let subject = sent
        .mention_at(comma + 1)
        .or_else(|| sent.mention_at(comma + 2))
        .filter(|&a| sent.is_actor(a) && !sent.is_generic(a));
    if let Some(a) = subject {
        add_actor(actors, a, Role::Participant);
    }
}

/// The subject of a gerund at token `v` after "after", "before", "while"
/// or "since" in mid-sentence: that of the clause it follows ("Merkel flew
/// to Minsk after meeting Obama", "pressed their advance, two days after
/// launching an offensive"); `None` when it opens the sentence.
fn gerund_subject(sent: &Sent<'_>, v: usize) -> Option<Vec<usize>> {
    if !(v >= sent.first + 2
        && sent.lower(v).ends_with("ing")
        && sent.is(v - 1, &["after", "before", "while", "since", "when"])
        && sent.mentions_before(v - 1) > sent.mentions.start)
    {
        return None;
    }
    let (p0, _) = sent.clause_range(v - 2);
    Some(
        clause_subject(sent, p0, v - 1)
            .into_iter()
            .filter(|&a| sent.is_actor(a))
            .collect(),
    )
}

/// "Zelenskiy struck a conciliatory tone after talks with Biden", "Last
/// month, Kim travelled to Beijing for talks with Xi": the one who opens the
/// sentence (after a time at most) and acts around the talks took part.
pub(super) fn subject_after_talks(sent: &Sent<'_>, t0: usize, t1: usize) -> Option<usize> {
    // ("hours after a televised meeting with": past an article and a modifier)
    let lead = (t0.saturating_sub(3).max(sent.first + 1)..t0)
        .rev()
        .take_while(|&i| sent.is_plain(i))
        // ("during talks with", "at the start of a meeting with")
        .find(|&i| {
            sent.is(
                i,
                &[
                    "after",
                    "following",
                    "for",
                    "during",
                    "at",
                    "start",
                    "end",
                    "opening",
                ],
            )
        });
    if !(lead.is_some() && sent.is(t1, &["with"])) {
        return None;
    }
    let first = (sent.mentions.start..sent.mentions_before(t0)).find(|&a| sent.is_actor(a))?;
    let opens = (sent.first..sent.m(first).first).all(|i| {
        sent.is(i, &[",", "the"])
            || sent
                .mention_at(i)
                .is_some_and(|x| matches!(sent.m(x).what, What::Date(_)))
    });
    (opens && named_party(sent, first)).then_some(first)
}

/// "held secret talks", "resumed talks", "opened a new round of peace
/// talks": the verb whose subject holds the talks, a few plain words
/// before the meeting noun at `t0`.
pub(super) fn talks_verb(sent: &Sent<'_>, t0: usize, c0: usize) -> Option<usize> {
    (t0.saturating_sub(7).max(c0)..t0)
        .rev()
        .take_while(|&i| sent.is_plain(i))
        .find(|&i| {
            sent.is(
                i,
                &[
                    "held",
                    "holds",
                    "hold",
                    "holding",
                    "resumed",
                    "resume",
                    "resumes",
                    "opened",
                    "began",
                    "begun",
                    "concluded",
                    "attended",
                    "joined",
                    "started",
                ],
            )
        })
}

/// "leaders of the Group of Seven gathered in Hiroshima on Friday for a
/// three-day summit", "Nkurunziza was in Dar es Salaam for a summit": the
/// verb whose subject came for the meeting noun at `t0`, past where and
/// when.
pub(super) fn gathered_for(sent: &Sent<'_>, t0: usize, c0: usize) -> Option<usize> {
    let k = (t0.saturating_sub(5).max(c0)..t0)
        .rev()
        .take_while(|&i| {
            sent.is_plain(i)
                || sent
                    .mention_at(i)
                    .is_some_and(|x| matches!(sent.m(x).what, What::Date(_)))
        })
        .find(|&i| sent.is(i, &["for"]))?;
    let k = before_where_and_when(sent, k, c0, &["in", "on", "at", "to"]);
    (k > c0
        && (sent.is(
            k - 1,
            &[
                "gathered",
                "convened",
                "assembled",
                "arrived",
                "travelled",
                "traveled",
                "flew",
                "came",
            ],
        ) || sent.has(k - 1, cue::BE)))
    .then_some(k - 1)
}

/// The token where the places and dates right before `k` begin, with their
/// `prepositions` ("gathered in Hiroshima on Friday for", "was killed in
/// Tehran on July 31 in"), not before `c0`.
fn before_where_and_when(sent: &Sent<'_>, mut k: usize, c0: usize, prepositions: &[&str]) -> usize {
    while k > c0 {
        match sent.mention_at(k - 1) {
            Some(x) if matches!(sent.m(x).what, What::Place(_) | What::Date(_)) => {
                k = sent.m(x).first;
            }
            None if sent.is(k - 1, prepositions) => k -= 1,
            _ => break,
        }
    }
    k
}

/// Whether mention `a` names a party on its own: an actor named, not a
/// generic noun or a place, and not inside a prepositional phrase.
fn named_party(sent: &Sent<'_>, a: usize) -> bool {
    sent.is_actor(a)
        && !sent.is_generic(a)
        && !matches!(sent.m(a).what, What::Place(_))
        && sent.preposition_before(a).is_none()
}

/// "Shoigu told Putin at a meeting in the Kremlin": who speaks to whom at
/// a meeting that names no parties of its own met there.
pub(super) fn parties_at_meeting(sent: &Sent<'_>, t0: usize, c0: usize) -> Vec<usize> {
    let at = (t0.saturating_sub(4).max(c0)..t0)
        .rev()
        .find(|&i| sent.is(i, &["at", "during"]));
    let Some(at) = at.filter(|&at| (at + 1..t0).all(|i| sent.is_plain(i))) else {
        return Vec::new();
    };
    let parties: Vec<usize> = (sent.mentions.start..sent.mentions_before(at))
        .filter(|&a| sent.m(a).first >= c0 && named_party(sent, a))
        .collect();
    if parties.len() == 2 {
        parties
    } else {
        Vec::new()
    }
}

/// Whether tokens `from..to` name only weapons ("missile and drone"), as
/// between a side and its attack ("a Houthi missile and drone attack").
fn weapons_only(sent: &Sent<'_>, from: usize, to: usize) -> bool {
    from < to && (from..to).all(|i| sent.has(i, cue::PROJECTILES) || sent.is(i, &["and", "or"]))
}
