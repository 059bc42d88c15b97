//! Who a clause is about: the subject left of a verb ("Iraqi forces and
//! Shia militias attacked"), the antecedent of a relative clause ("Uba
//! Sani, who met ..."), and what a pronoun stands for ("he", "it",
//! "they").

use super::cues::*;
use super::*;

/// The nearest coordinated group of actors left of `t0` in the clause.
pub(super) fn subject(sent: &Sent<'_>, t0: usize, c0: usize) -> Vec<usize> {
    // "He said stored mines had exploded": a plain noun after the verb of
    // saying is the subject, not the one who said it
    let k = verb_group_start(sent, t0, c0);
    let plain_subject = (k.saturating_sub(8).max(c0)..k)
        .rev()
        .find(|&i| sent.has(i, cue::REPORTING))
        .is_some_and(|r| {
            let from = if sent.is(r + 1, &["that"]) {
                r + 2
            } else {
                r + 1
            };
            from < k
                && (from..k).all(|i| {
                    sent.mention_at(i).is_none()
                        && sent.word(i).starts_with(char::is_lowercase)
                        // (not "claimed to have captured it": no subject)
                        && !sent.is(
                            i,
                            &[
                                "he", "she", "it", "they", "we", "i", "its", "their", "to", "have",
                                "had", "has",
                            ],
                        )
                })
        });
    if plain_subject {
        return Vec::new();
    }
    // "Hundreds of people took to the streets ..., and some of them set fire
    // to the headquarters": some of those the sentence opened with
    if k >= sent.first + 3
        && sent.is(k - 1, &["them"])
        && sent.is(k - 2, &["of"])
        && (sent.is(
            k - 3,
            &[
                "some",
                "many",
                "most",
                "several",
                "dozens",
                "hundreds",
                "thousands",
                "groups",
                "all",
            ],
        ) || sent.is_number(k - 3))
    {
        // (not the one telling it: "Police said hundreds of people ...")
        return (sent.mentions.start..sent.mentions_before(k - 3))
            .find(|&m| {
                sent.is_actor(m)
                    && sent.is_generic(m)
                    && !(sent.m(m).last..sent.m(m).last + 2).any(|i| sent.has(i, cue::REPORTING))
            })
            .into_iter()
            .collect();
    }
    let mut group: Vec<usize> = Vec::new();
    // "Malian troops backed by Wagner fighters recaptured": the backers act too
    let mut backers: Vec<usize> = Vec::new();
    // the named group after "from" right after the subject
    let mut armed_origin = None;
    let mut m = sent.mentions_before(t0);
    let mut left_edge = t0;
    // ", backed by ... ,": the tokens between "by" and the closing comma;
    // ", deployed to help protect Bozizé's government,": an aside that
    // describes the subject (", named as Tetsuya Yamagami," names it)
    // (both found in one pass over the clause's commas)
    // (the first opening of each kind decides, closed or not)
    let (mut backing_aside, mut described_aside) = (None::<Option<_>>, None::<Option<_>>);
    for comma in c0..t0.saturating_sub(1) {
        if sent.lower(comma) != "," {
            continue;
        }
        let (p, closing) = (comma + 1, |from: usize| {
            (from..t0).find(|&i| sent.lower(i) == ",")
        });
        if backing_aside.is_none()
            && p + 1 < t0
            && sent.lower(p + 1) == "by"
            && sent.is(p, &["backed", "supported", "assisted", "aided"])
        {
            backing_aside = Some(closing(p + 2).map(|e| (p + 1, e)));
        }
        // (", seen as Lukashenko's strongest challenger,")
        if described_aside.is_none()
            && comma > c0
            && (sent.lower(p).ends_with("ed") || sent.is(p, &["seen", "thought", "widely"]))
            && sent.mention_at(p).is_none()
            && sent.lower(p + 1) != "by"
            && !sent.is(p, &["named", "identified", "called", "known", "dubbed"])
        {
            described_aside = Some(closing(p + 1).map(|e| (p, e)));
        }
    }
    let (backing_aside, described_aside) = (backing_aside.flatten(), described_aside.flatten());
    while m > sent.mentions.start {
        m -= 1;
        let mm = sent.m(m);
        if mm.first < c0 {
            break;
        }
        // (not from an aside between dashes, nor from a list of some of
        // them: "About 40 rebels, among them women wearing explosive belts,
        // seized the theatre")
        let some_of_them = mm.first >= c0 + 2
            && (sent.is(mm.first - 1, &["including"])
                || (sent.is(mm.first - 1, &["them"]) && sent.is(mm.first - 2, &["among"])));
        // ("The ELN, Colombia's largest guerrilla group, has kidnapped":
        // a country that owns the noun of an apposition)
        let owner_in_apposition = matches!(mm.what, What::Place(_))
            && sent.is_possessive(mm.last)
            && (mm.last + 1..t0)
                .take_while(|&i| !sent.is(i, &[","]))
                .all(|i| {
                    sent.mention_at(i).is_none() && sent.word(i).starts_with(char::is_lowercase)
                })
            && (mm.last + 1..t0).any(|i| sent.is(i, &[","]));
        let described = described_aside.is_some_and(|(a, b)| a < mm.first && mm.last <= b);
        if sent.aside_apart(mm.first, t0) || some_of_them || owner_in_apposition || described {
            continue;
        }
        // (", backed by US-led air strikes,": an event that backs the subject)
        let backing = backing_aside.is_some_and(|(a, b)| a < mm.first && mm.last <= b);
        if sent.is_trigger(m) && backing {
            continue;
        }
        if sent.is_trigger(m) {
            // ("teachers and students protesting in Chilpancingo, ...,
            // stormed": a participle that describes the subject)
            let describing = group.is_empty()
                && sent.lower(mm.first).ends_with("ing")
                && sent
                    .mention_ending_at(mm.first)
                    .is_some_and(|x| sent.is_actor(x));
            if describing {
                left_edge = mm.first;
                continue;
            }
            // "An army offensive drove the militants out": whose the act
            // that is the subject was
            if group.is_empty() && (mm.last..t0).all(|i| sent.has(i, cue::ADVERBS)) {
                if let Some(owner) = sent
                    .mention_ending_at(mm.first)
                    .filter(|&x| sent.is_actor(x))
                {
                    group.push(owner);
                }
            }
            break;
        }
        if !sent.is_actor(m) {
            if !group.is_empty() {
                break;
            }
            continue;
        }
        // "anger over the death of Mahsa Amini spilled onto the streets":
        // whose death, arrest or release it was does not act
        if sent.preposition_before(m) == Some("of")
            && mm.first >= c0 + 2
            && sent.is(
                mm.first - 2,
                &[
                    "death",
                    "killing",
                    "murder",
                    "arrest",
                    "detention",
                    "release",
                    "funeral",
                ],
            )
        {
            continue;
        }
        // ("government troops, backed by Russian air power and Iran-allied
        // militias, drove them out": the backers between commas)
        if backing {
            if group.is_empty() {
                backers.push(m);
            }
            continue;
        }
        // ("three women from Egypt, Somalia and Senegal were detained":
        // the whole list after its preposition)
        // ("forces backed by tanks and helicopters fired": the whole list
        // after "by")
        let head = if matches!(mm.what, What::Actor(_)) {
            actor_list_head(sent, m, c0)
        } else {
            list_head(sent, m)
        };
        if let Some(p) = sent.preposition_before(head).filter(|&p| p != "of") {
            // "backed by Wagner fighters", "backed by the Wagner Group"
            let first = sent.m(head).first;
            let backed = p == "by"
                && (2..=5).any(|d| {
                    first >= c0 + d
                        && sent.is(first - d + 1, &["by"])
                        && sent.is(
                            first - d,
                            &["backed", "supported", "assisted", "aided", "joined", "led"],
                        )
                });
            if group.is_empty() && backed {
                backers.push(m);
            }
            if p == "from" && group.is_empty() {
                armed_origin = armed_origin.or(Some(m));
            }
            continue;
        }
        // ("Federal police officers guarding the vice president detained
        // him": whom a participle after the subject acts on)
        let participle_object = group.is_empty() && {
            let mut k = mm.first;
            // (past a count: "Abu Sayyaf gunmen holding three Americans")
            while k > c0
                && (sent.is(k - 1, &["the", "a", "an", "his", "her", "their", "several"])
                    || sent.is_number(k - 1))
            {
                k -= 1;
            }
            k > c0 + 1 && {
                let w = sent.lower(k - 1);
                w.ends_with("ing")
                    && !matches!(
                        w,
                        "including" | "during" | "according" | "regarding" | "concerning"
                    )
                    && sent.mention_at(k - 1).is_none()
                    && sent
                        .mention_ending_at(k - 1)
                        .is_some_and(|x| sent.is_actor(x))
            }
        };
        if participle_object {
            continue;
        }
        if group.is_empty() {
            group.push(m);
            left_edge = mm.first;
            continue;
        }
        // ("Zuzana Caputova and her successor Peter Pellegrini met",
        // "President Salva Kiir and rebel leader Riek Machar met")
        // ("Tuareg separatist rebels and allied Islamist fighters entered")
        let described_partner = left_edge - mm.last <= 4
            && sent.is(mm.last, &["and"])
            && (mm.last + 1..left_edge).all(|i| {
                let w = sent.word(i);
                (w.starts_with(char::is_lowercase)
                    && (!w.ends_with("ed") || w == "allied")
                    && !sent.is(i, &["who", "which", "that", "then", "also", "not"]))
                    || (w.starts_with(char::is_uppercase) && w.ends_with("ist"))
            });
        // ("Peter Greste, Canadian-Egyptian bureau chief Mohamed Fahmy and
        // ...": nationalities before a person's title)
        let nationality = |i: usize| {
            let w = sent.word(i);
            w == "-"
                || (w.starts_with(char::is_uppercase)
                    && w.len() > 4
                    && ["an", "ese", "ish", "i"].iter().any(|e| w.ends_with(e)))
        };
        let person = |x: usize| sent.m(x).what.is_actor_of(ActorCategory::Person);
        // ("the Popular Resistance Committees and a little-known group
        // calling itself the Army of Islam claimed the raid")
        let self_named = || {
            matches!(sent.lower(mm.last), "and" | ",")
                && left_edge - mm.last <= 8
                && (mm.last..left_edge).any(|i| matches!(sent.lower(i), "itself" | "themselves"))
                && (mm.last..left_edge).all(|i| sent.mention_at(i).is_none() && sent.is_plain(i))
        };
        // ("The FSA and an Islamist group, Liwa al-Islam, both claimed": a
        // partner named after the kind it is)
        let apposed_partner = left_edge - mm.last <= 6
            && left_edge > mm.last + 2
            && sent.is(mm.last, &["and"])
            && sent.is(left_edge - 1, &[","])
            && (mm.last + 1..left_edge - 1).all(|i| {
                let w = sent.word(i);
                sent.mention_at(i).is_none()
                    && ((w.starts_with(char::is_lowercase) && !w.ends_with("ed"))
                        || (w.starts_with(char::is_uppercase) && w.ends_with("ist")))
                    && !sent.is(i, &["who", "which", "that", "then", "also", "not"])
            })
            && sent.is(mm.last + 1, &["a", "an", "the"]);
        let gap_ok = described_partner
            || apposed_partner
            || (mm.last..left_edge).all(|i| sent.has(i, cue::CONNECTORS))
            || (person(m)
                && person(group[group.len() - 1])
                && sent.has(mm.last, cue::CONNECTORS)
                && (mm.last + 1..left_edge).all(nationality))
            || self_named();
        // ("rallied in support of the gunmen, and police detained": a new
        // clause after a comma, not a list)
        // ("workers confronted police, and rioters set fire": the object of
        // a verb before)
        let object_of_verb = || {
            mm.first > sent.first
                && sent.mention_at(mm.first - 1).is_none()
                && sent.lower(mm.first - 1).ends_with("ed")
                && !sent.is(
                    mm.first - 1,
                    &["allied", "armed", "masked", "hooded", "unidentified"],
                )
        };
        let clause_joined = || {
            (mm.last..left_edge).any(|i| sent.lower(i) == ",")
                && (mm.last..left_edge).any(|i| sent.lower(i) == "and")
                && (sent.preposition_before(m) == Some("of") || object_of_verb())
        };
        if !gap_ok || clause_joined() {
            break;
        }
        group.push(m);
        left_edge = mm.first;
    }
    group.reverse();
    if let Some(named) = apposed_to(sent, &group, t0, c0) {
        return listed_up_to(sent, named, c0);
    }
    // "Jawar, founder of the Oromia Media Network, and Bekele Gerba, a
    // member of the OFC, were detained": a person described, then "and"
    if let [one] = group[..] {
        if let Some(described) = described_before(sent, one, c0) {
            group.insert(0, described);
        }
    }
    // ("Dozens of gunmen from the Jamaat al Muslimeen burst into": the
    // armed group they came from acts)
    if let (&[g], Some(o)) = (group.as_slice(), armed_origin) {
        let joined = (sent.m(g).last..sent.m(o).first).all(|k| sent.is(k, &["from", "the"]));
        if joined
            && sent.is_armed(g)
            && sent.is_armed(o)
            && sent.is_generic(g)
            && !sent.is_generic(o)
        {
            return vec![o];
        }
    }
    if !group.is_empty() {
        group.extend(backers);
    }
    // "Supporters of President Trump stormed": the head before "of" acts, unless
    // it only stands for the named ones ("the foreign ministers of Saudi
    // Arabia", "fighters of the Islamic State": the armed group acts)
    if let Some(&first) = group.first() {
        // "the convoy of about 150 vehicles": past articles and counts
        let mut k = sent.m(first).first;
        while k > c0
            && (sent.is(
                k - 1,
                &[
                    "the", "a", "an", "about", "some", "nearly", "around", "his", "her", "their",
                    "its",
                ],
            ) || sent.word(k - 1).starts_with(|c: char| c.is_ascii_digit()))
        {
            k -= 1;
        }
        if k > c0 && sent.is(k - 1, &["of"]) {
            let head = sent
                .mention_at(k.saturating_sub(2))
                .filter(|&h| sent.is_generic(h));
            if let Some(h) = head {
                // "Touadéra and the leaders of the armed groups met": the
                // names joined to the head act with it
                let mut before = sent.m(h).first;
                while before > c0 && sent.is(before - 1, &["the"]) {
                    before -= 1;
                }
                let partners = match sent.mention_ending_at(before.saturating_sub(1)) {
                    Some(p) if before > c0 + 1 && sent.is(before - 1, &["and"]) => {
                        let named = sent.is_actor(p) && !sent.is_generic(p);
                        if named && sent.m(p).first >= c0 {
                            listed_up_to(sent, p, c0)
                        } else {
                            Vec::new()
                        }
                    }
                    _ => Vec::new(),
                };
                let stands_for_named = matches!(&sent.m(h).what, What::Actor(a)
                    if matches!(a.category, ActorCategory::Government | ActorCategory::Other))
                    || sent.is_armed(first);
                if !stands_for_named {
                    // "Mohamed Esmat, a leader of the FFC, was arrested"
                    let head = apposed_to(sent, &[h], t0, c0).unwrap_or(h);
                    return partners.into_iter().chain([head]).collect();
                }
                group.splice(0..0, partners);
            }
        }
    }
    group
}

/// The first group of actors of the clause, before `t0`: the subject a
/// coordinated verb shares.
pub(super) fn clause_subject(sent: &Sent<'_>, c0: usize, t0: usize) -> Vec<usize> {
    if let Some(m) = relative_antecedent(sent, c0) {
        return vec![m];
    }
    // "He met Moon ... and travelled to China to meet Xi": the subject is
    // the pronoun, not the first actor after it
    if sent.is(c0, &["he", "she"]) {
        return Vec::new();
    }
    let mut from = sent.mentions_before(c0);
    loop {
        let first = (from..sent.mentions_before(t0)).find(|&m| {
            // "Hundreds of farmers blocked roads and protested": "of" may lead to the subject
            sent.m(m).first >= c0
            // ("the strikes killed three soldiers and hit an airport": no
            // subject after the clause's first verb)
            && !(sent.mentions_before(c0)..m).any(|x| {
                sent.m(x).first >= c0
                    && matches!(sent.m(x).what, What::Trigger(t) if t.form == TriggerForm::Verb)
            })
            && sent.is_actor(m)
            && sent.preposition_before(m).is_none_or(|p| p == "of")
            // ("SANAA (AFP) – Huthi rebels seized ... and shelled": an aside
            // in brackets is no subject)
            && !(sent.m(m).first > 0
                && sent.is(sent.m(m).first - 1, &["("])
                && sent.is(sent.m(m).last, &[")"]))
            // ("Thousands of Sadr's followers poured in and stormed": the
            // followers, not whose they are)
            && !(sent.is_possessive(sent.m(m).last)
                && sent
                    .mention_at(sent.m(m).last + 1)
                    .is_some_and(|x| sent.is_actor(x)))
        });
        let Some(m) = first else {
            return Vec::new();
        };
        // the group ending at this actor, extended rightwards over connectors
        let mut group = vec![m];
        let mut edge = sent.m(m).last;
        for next in m + 1..sent.mentions_before(t0) {
            let mm = sent.m(next);
            if sent.is_actor(next) && (edge..mm.first).all(|i| sent.has(i, cue::CONNECTORS)) {
                group.push(next);
                edge = mm.last;
            } else {
                break;
            }
        }
        // ("Police believe the militants crossed from Pakistan and hijacked",
        // "Amnesty International and Human Rights Watch said police had raided
        // ... and detained": those who tell are no subject of what is told)
        if sent.has(edge, cue::REPORTING)
            || sent.is(edge, &["believe", "believes", "suspect", "suspects"])
        {
            from = group[group.len() - 1] + 1;
            continue;
        }
        return group;
    }
}

/// The person before ", and" who is described between commas: "Jawar,
/// founder of the network, and Bekele Gerba".
pub(super) fn described_before(sent: &Sent<'_>, one: usize, c0: usize) -> Option<usize> {
    // (past what the second is to the first: "and his brother-in-law Luis
    // Widmar")
    let mut first = sent.m(one).first;
    let name = first;
    while first > c0
        && name - first < 3
        && sent.word(first - 1).starts_with(char::is_lowercase)
        && !sent.is(first - 1, &["and"])
        && sent.mention_at(first - 1).is_none()
    {
        first -= 1;
    }
    if !(first >= c0 + 2 && sent.is(first - 1, &["and"]) && sent.is(first - 2, &[","])) {
        return None;
    }
    // back over the description to the comma that opens it (one clause at most)
    let opening = (first.saturating_sub(14).max(c0)..first - 2)
        .rev()
        .find(|&k| sent.is(k, &[","]))?;
    let describes = sent.word(opening + 1).starts_with(char::is_lowercase)
        && !sent.is(opening + 1, &["and", "or", "who", "which"]);
    let person = sent
        .mention_at(opening.checked_sub(1)?)
        .filter(|&p| sent.m(p).what.is_actor_of(ActorCategory::Person) && sent.m(p).first >= c0);
    person.filter(|_| describes)
}

/// "Sherwani, a freelance journalist and activist from Duhok, was
/// arrested", "The Arakan Army, one of Myanmar's most powerful armed groups,
/// captured": a subject between commas that only describes (generic actors,
/// places, lowercase words) describes the named actor before it, who is the
/// subject.
pub(super) fn apposed_to(sent: &Sent<'_>, group: &[usize], t0: usize, c0: usize) -> Option<usize> {
    let &first = group.first()?;
    // ("a 22-year-old Kurdish woman" is composed, and describes as well;
    // so does whom a noun relates to: "a close ally of former President
    // Nursultan Nazarbayev")
    let describes = |m: usize| {
        sent.is_generic(m)
            || sent.m(m).what.is_actor_of(ActorCategory::Civilians)
            || matches!(sent.m(m).what, What::Place(_))
            || (sent.preposition_before(m) == Some("of")
                && (sent.m(m).first.saturating_sub(4).max(c0 + 1)..sent.m(m).first)
                    .rfind(|&k| sent.is(k, &["of"]))
                    .is_some_and(|k| {
                        sent.word(k - 1).starts_with(char::is_lowercase)
                            && sent.mention_at(k - 1).is_none_or(|x| sent.is_generic(x))
                    }))
    };
    if !group.iter().all(|&g| describes(g)) {
        return None;
    }
    let mut k = sent.m(first).first;
    while k > c0 && !sent.is(k - 1, &[","]) {
        match sent.mention_at(k - 1) {
            Some(x) if describes(x) => k = sent.m(x).first,
            Some(_) => return None,
            None if sent
                .word(k - 1)
                .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                || sent.is(k - 1, &["'s", "’s", "-"]) =>
            {
                k -= 1
            }
            None => return None,
        }
    }
    let closed = (sent.m(*group.last()?).last..t0).any(|i| sent.is(i, &[","]));
    if !(closed && k > c0 + 1 && sent.is(k - 1, &[","])) {
        return None;
    }
    let named = sent.mention_at(k - 2)?;
    (sent.is_actor(named) && !sent.is_generic(named) && sent.m(named).first >= c0).then_some(named)
}

/// The first actor of the list of actors that actor `m` ends: "tanks" for
/// "helicopters" in "backed by tanks and helicopters".
fn actor_list_head(sent: &Sent<'_>, m: usize, c0: usize) -> usize {
    let mut head = m;
    while head > sent.mentions.start {
        let prev = head - 1;
        let (pm, edge) = (sent.m(prev), sent.m(head).first);
        let joined = pm.last < edge && (pm.last..edge).all(|i| sent.has(i, cue::CONNECTORS));
        // (a building ends a clause, no list: "took Fakhrul to the Detective
        // Branch headquarters, and police later said")
        if pm.first < c0 || !joined || !matches!(pm.what, What::Actor(_)) || sent.is_facility(prev)
        {
            break;
        }
        head = prev;
    }
    head
}

/// Named actor `m` with the names listed right before it: "Tamara Lich and
/// Chris Barber, organisers of the convoy, were taken into custody".
fn listed_up_to(sent: &Sent<'_>, m: usize, c0: usize) -> Vec<usize> {
    let mut list = vec![m];
    let mut edge = sent.m(m).first;
    for prev in (sent.mentions.start..m).rev() {
        let pm = sent.m(prev);
        let joined = pm.last < edge && (pm.last..edge).all(|i| sent.is(i, &["and", ","]));
        if pm.first < c0 || !joined || !sent.is_actor(prev) || sent.is_generic(prev) {
            break;
        }
        list.push(prev);
        edge = pm.first;
    }
    list.reverse();
    list
}

/// The subject of the last verb trigger in the clause, for "X attacked ... and occupied".
pub(super) fn coordinated_subject(sent: &Sent<'_>, t0: usize, c0: usize) -> Vec<usize> {
    // "raided a village, abducting 100 residents": a participle shares it too
    let participle = sent.participle_after_comma(t0, c0);
    let joined = participle || (t0.saturating_sub(3).max(c0)..t0).any(|i| sent.is(i, &["and"]));
    if !joined {
        return Vec::new();
    }
    let previous = (sent.mentions.start..sent.mentions_before(t0))
        .rev()
        .find(|&m| sent.is_trigger(m) && sent.m(m).first >= c0);
    // "dismantled a camp ..., where supporters had been protesting, and
    // detained 1,200 people": not the verb of a relative clause closed
    // before, but the subject before the clause
    let relative = previous.and_then(|p| {
        let opener = (c0..sent.m(p).first)
            .rev()
            .find(|&i| sent.is(i, &["where", "who", "which"]))?;
        (sent.m(p).last..t0)
            .any(|i| sent.is(i, &[","]))
            .then_some(opener)
    });
    match (previous, relative) {
        (_, Some(opener)) => clause_subject(sent, c0, opener),
        (Some(p), None) => subject(sent, sent.m(p).first, c0),
        (None, None) => Vec::new(),
    }
}

/// The subject a clause names only by reference: "Governor Uba Sani, who met
/// ..." (the actor just before a relative "who" or "which"), or "..., where
/// he met ..." (the last person named, in this sentence or the one before).
pub(super) fn referred_subject(sent: &Sent<'_>, s: usize, t0: usize, c0: usize) -> Option<usize> {
    let k = verb_group_start(sent, t0, c0);
    // "Uba Sani, who met ...", and the verb after the clause closes
    if k == c0 + 1 {
        if let Some(m) = relative_antecedent(sent, c0) {
            return Some(m);
        }
    }
    if let Some(m) = closed_relative(sent, t0, c0) {
        return Some(m);
    }
    if k == c0 {
        return None;
    }
    if let Some(m) = subordinate_pronoun(sent, k - 1, c0) {
        return Some(m);
    }
    // "he", "she": a person; "it", "they" after a verb of saying: the armed
    // group named last ("it announced it had taken control of Bara")
    let person =
        sent.is(k - 1, &["he", "she"]) && (k - 1 == c0 || sent.has(c0, cue::SUBORDINATORS));
    // ... or opening its sentence, after a phrase of time at most ("In
    // January, it seized Paletwa")
    let opens = k - 1 == sent.first
        || (k - 1 > sent.first + 1
            && k - 2 - sent.first <= 8
            && sent.is(k - 2, &[","])
            && (sent.first..k - 2).all(|i| {
                sent.mention_at(i)
                    .is_none_or(|x| matches!(sent.m(x).what, What::Date(_)))
            }));
    let group = sent.is(k - 1, &["it", "they"])
        && ((k >= c0 + 2 && (sent.has(k - 2, cue::REPORTING) || sent.is(k - 2, &["that"])))
            || opens);
    if !person && !group {
        return None;
    }
    if group && opens {
        // ("About 20 gunmen attacked the base ... They seized the compound":
        // "they" may stand for armed men no list names)
        let plural = sent.is(k - 1, &["they"]);
        return antecedent(
            sent,
            s,
            k - 1,
            |m| matches!(&m.what, What::Actor(a) if (!a.generic || plural) && a.category.is_armed()),
        );
    }
    if group {
        return last_armed_group(sent, s, k - 1);
    }
    // "Sarkozy met Medvedev in Moscow. He then flew to Tbilisi, where he
    // met Saakashvili": "he" opening a sentence (and again in its clauses,
    // with no person named between) is the last sentence's subject, not
    // its last name
    let opening = sent.is(sent.first, &["he", "she"])
        && k - 1 - sent.first <= LOOKBACK
        && (sent.first..k - 1).all(|i| {
            sent.mention_at(i)
                .is_none_or(|x| !sent.m(x).what.is_actor_of(ActorCategory::Person))
        });
    if opening {
        if let Some(m) = person_antecedent(sent, s, sent.first) {
            return Some(m);
        }
    }
    person_named_last(sent, s, k - 1)
}

/// "The militants took control of the upper floors, where they held ...",
/// "the gang drew attention when it kidnapped ...": "it" or "they" opening a
/// subordinate clause stands for the subject of the clause before.
pub(super) fn subordinate_pronoun(sent: &Sent<'_>, pronoun: usize, c0: usize) -> Option<usize> {
    if !(pronoun == c0 + 1
        && c0 > sent.first
        && sent.has(c0, cue::SUBORDINATORS)
        && !sent.is(c0, &["that", "which", "who", "whom", "whether", "if"])
        && sent.is(pronoun, &["it", "they"]))
    {
        return None;
    }
    let (mut p0, _) = sent.clause_range(c0 - 1);
    // ("had held the town since 1998, when they overran a garrison": past a
    // clause that only tells a time)
    if p0 > sent.first
        && sent.is(p0, &["since", "until", "in"])
        && (p0 + 1..c0).all(|i| {
            sent.is(i, &[","])
                || sent
                    .mention_at(i)
                    .is_some_and(|x| matches!(sent.m(x).what, What::Date(_)))
        })
    {
        p0 = sent.clause_range(p0 - 1).0;
    }
    // "police arrested 20 protesters after they stormed ...": with an
    // object acted upon before, "they" may be either side
    let acted_upon = (sent.mentions_before(p0)..sent.mentions_before(c0)).any(|m| {
        matches!(&sent.m(m).what, What::Trigger(t) if t.form == TriggerForm::Verb)
            && (m + 1..sent.mentions_before(c0)).any(|o| sent.is_actor(o))
    });
    if acted_upon {
        return None;
    }
    clause_subject(sent, p0, c0)
        .into_iter()
        .find(|&m| !matches!(sent.m(m).what, What::Parties))
}

/// Where the verb at `t0` starts with its auxiliaries and adverbs: "had
/// already been" in "had already been arrested".
pub(super) fn verb_group_start(sent: &Sent<'_>, t0: usize, c0: usize) -> usize {
    let mut k = t0;
    while k > c0
        && (sent.has(k - 1, cue::ADVERBS)
            || sent.has(k - 1, cue::BE)
            || sent.is(k - 1, &["had", "has", "have"]))
    {
        k -= 1;
    }
    k
}

/// "Deby, who flew to Niamey on Sunday, met Bazoum": a verb after a closed
/// relative clause has the clause's antecedent as subject (or the name it
/// describes: "Saba al-Mahdawi, a medic who ..., was seized").
pub(super) fn closed_relative(sent: &Sent<'_>, t0: usize, c0: usize) -> Option<usize> {
    let k = verb_group_start(sent, t0, c0);
    // (an aside's closing dash closes the clause too)
    let closed = |i: usize| sent.is(i, &[","]) || sent.asides.iter().any(|&(_, b)| b == i);
    if !(k > sent.first + 2 && closed(k - 1)) {
        return None;
    }
    // the clause's "who" may hold clauses of its own ("who first reported
    // that Amini was in a coma, was arrested"): the last ", who" before
    // ("an official of the party that backed his bid, was shot": a "that"
    // clause closed by the comma)
    // ("Hachalu, whose songs were anthems for the youth who helped ...,
    // was shot": the clause the comma opened holds the one inside it)
    let after_comma = (sent.first.max(k.saturating_sub(LOOKBACK)) + 1..k - 1)
        .rev()
        .find(|&i| sent.is(i, &["who", "which", "whose"]) && sent.is(i - 1, &[","]));
    let opener = match after_comma {
        Some(i) if sent.is(i, &["whose"]) || !(k > c0 + 2 && opens_relative(sent, c0)) => i,
        _ if k > c0 + 2 && opens_relative(sent, c0) => c0,
        _ => return None,
    };
    let m = relative_antecedent(sent, opener)?;
    // (the name may open the sentence: "Kamto, a former minister who came
    // second in the vote, was detained")
    let outer = sent
        .clause_range(opener.saturating_sub(1).max(sent.first))
        .0;
    Some(apposed_to(sent, &[m], t0, outer.min(c0)).unwrap_or(m))
}

/// The actor a clause opening with "who" or "which" is about: "Governor
/// Uba Sani, who met ...".
pub(super) fn relative_antecedent(sent: &Sent<'_>, c0: usize) -> Option<usize> {
    if !opens_relative(sent, c0) {
        return None;
    }
    // "al-Shabaab, which AU troops drove out ... but which still stages
    // bombings": a second relative clause joined to the first is about
    // the same
    if c0 > sent.first && sent.is(c0 - 1, &["but", "and"]) {
        let first = (sent.first.max(c0.saturating_sub(LOOKBACK)) + 1..c0 - 1)
            .rev()
            .find(|&i| sent.is(i, &["which", "who"]) && sent.is(i - 1, &[","]));
        if let Some(i) = first {
            return relative_antecedent(sent, i);
        }
    }
    let mut before = if c0 > sent.first && sent.is(c0 - 1, &[","]) {
        c0 - 1
    } else {
        c0
    };
    // ("Doan Thi Huong, 28, who was travelling ...": past an age)
    if before >= sent.first + 2
        && sent.is(before - 2, &[","])
        && sent.word(before - 1).bytes().all(|b| b.is_ascii_digit())
    {
        before -= 2;
    }
    let m = sent.mentions_before(before).checked_sub(1)?;
    if m < sent.mentions.start {
        return None;
    }
    if sent.m(m).last == before && sent.is_actor(m) {
        // "Jirair Sefilian, a veteran of the war and a critic of President
        // Serzh Sargsyan, who was arrested": the person the apposition
        // describes
        // (so is "Fabricio Colón Pico, a leader of the rival Los Lobos gang
        // who had been detained": "who" is a person)
        let not_a_person =
            sent.is(c0, &["who"]) && !sent.m(m).what.is_actor_of(ActorCategory::Person);
        let described = (sent.preposition_before(m) == Some("of") || not_a_person).then(|| {
            (sent.mentions.start..m).rev().take(LOOKBACK).find(|&x| {
                let last = sent.m(x).last;
                // ("Maumoon Abdul Gayoom, Yameen's 80-year-old half-brother
                // who has sided with the opposition, was detained")
                sent.m(x).what.is_actor_of(ActorCategory::Person)
                    && sent.is(last, &[","])
                    && (sent.is(last + 1, &["a", "an", "his", "her", "their"])
                        || sent.is_possessive(last + 2))
                    && !(last + 1..sent.m(m).first).any(|i| sent.is(i, &[","]))
            })
        });
        return Some(described.flatten().unwrap_or(m));
    }
    // "Niloofar Hamedi of the Shargh daily, who ...": the one before "of"
    // (not past a verb: "the leaders of the armed groups met for the
    // ceremony, which")
    (sent.mentions.start..=m).rev().take(LOOKBACK).find(|&x| {
        sent.is_actor(x)
            && sent.is(sent.m(x).last, &["of"])
            && !(sent.m(x).last..before).any(|i| {
                sent.is(i, &[","]) || sent.mention_at(i).is_some_and(|y| sent.is_trigger(y))
            })
    })
}

/// Whether token `c0` opens a relative clause: "who", "which", or a "that"
/// right after a noun ("the party that backed him"), not after a verb of
/// saying.
pub(super) fn opens_relative(sent: &Sent<'_>, c0: usize) -> bool {
    sent.is(c0, &["who", "which", "whose"]) || (sent.is(c0, &["that"]) && relative_that(sent, c0))
}

/// See [`opens_relative`].
pub(super) fn relative_that(sent: &Sent<'_>, c0: usize) -> bool {
    if c0 <= sent.first {
        return false;
    }
    match sent.mention_at(c0 - 1) {
        // (not "told reporters that ...")
        Some(x) => {
            let first = sent.m(x).first;
            !sent.is_trigger(x)
                && !(first > sent.first
                    && (sent.has(first - 1, cue::REPORTING)
                        || sent.is(first - 1, &["warned", "assured", "informed", "reminded"])))
        }
        None => {
            let before = sent.word(c0 - 1);
            before.starts_with(char::is_lowercase)
                && !sent.has(c0 - 1, cue::REPORTING)
                && !before.ends_with("ed")
                && !sent.is(
                    c0 - 1,
                    &[
                        "so", "such", "now", "given", "ensure", "believe", "know", "note",
                    ],
                )
        }
    }
}

/// A subject that is only "they" opening a subordinate clause, replaced by
/// what it stands for (see [`subordinate_pronoun`]).
pub(super) fn pronoun_resolved(sent: &Sent<'_>, subj: Vec<usize>, c0: usize) -> Vec<usize> {
    match subj[..] {
        [m] if matches!(sent.m(m).what, What::Parties) => {
            subordinate_pronoun(sent, sent.m(m).first, c0).map_or(subj, |a| vec![a])
        }
        _ => subj,
    }
}

/// "The army said on Thursday that it had arrested nine people": the one
/// reporting, whom "it" or "they" before the verb at `t0` stands for.
pub(super) fn pronoun_reporter(sent: &Sent<'_>, t0: usize, c0: usize) -> Vec<usize> {
    let g = verb_group_start(sent, t0, c0);
    let pronoun =
        g > c0 && sent.is(g - 1, &["it", "they"]) && (g - 1 == c0 || sent.is(c0, &["that"]));
    let reporting = (sent.first..g.saturating_sub(1))
        .rev()
        .take_while(|&i| i >= c0.saturating_sub(8))
        .find(|&i| sent.has(i, cue::REPORTING));
    match reporting.filter(|_| pronoun) {
        Some(r) => subject(sent, r, sent.clause_range(r).0),
        None => Vec::new(),
    }
}

/// The armed organisation named last before token `at`, in this sentence or
/// the one before: what "it", "they" and "its fighters" stand for.
pub(super) fn last_armed_group(sent: &Sent<'_>, s: usize, at: usize) -> Option<usize> {
    named_last(
        sent,
        s,
        at,
        |m| matches!(&m.what, What::Actor(a) if !a.generic && a.category.is_armed()),
    )
}

/// "The three countries last held a summit in Chengdu": with no meeting
/// before to take the parties from, the countries named last, when the text
/// named as many as the phrase counts (in its sentence and the two before).
pub(super) fn countries_referred(sent: &Sent<'_>, s: usize, parties: usize) -> Option<Vec<usize>> {
    let (first, last) = (sent.m(parties).first, sent.m(parties).last);
    let count = match sent.lower(first + 1) {
        "two" => 2,
        "three" => 3,
        _ if sent.is(first, &["both"]) => 2,
        _ => return None,
    };
    if !sent.is(
        last - 1,
        &[
            "countries",
            "governments",
            "nations",
            "neighbours",
            "neighbors",
        ],
    ) {
        return None;
    }
    let from = sent.doc.seg.sentences[s.saturating_sub(2)].tokens.start;
    let ms = sent.doc.mentions;
    let mut found: Vec<usize> = Vec::new();
    for m in (0..parties)
        .rev()
        .take(LOOKBACK)
        .take_while(|&m| ms[m].first >= from)
    {
        if let What::Place(p) = &ms[m].what {
            let named_before = found
                .iter()
                .any(|&f| matches!(&ms[f].what, What::Place(q) if q.name == p.name));
            if p.country_actor && !named_before {
                found.push(m);
            }
        }
    }
    (found.len() == count).then(|| found.into_iter().rev().collect())
}

/// Whom "he" or "she" at token `at` stands for: the last person named
/// before it in its sentence, else the first one named in the sentence
/// before (its subject, more often than the last name: "İmamoğlu, a rival
/// of Erdoğan, was detained. ... he was taken to Silivri").
pub(super) fn person_antecedent(sent: &Sent<'_>, s: usize, at: usize) -> Option<usize> {
    // ("wrestled a young man to the ground, and he was arrested": one
    // named by a noun after "a" is "he" as much as one named by name)
    antecedent(sent, s, at, |m| {
        matches!(&m.what, What::Actor(a) if a.category == ActorCategory::Person && !a.generic)
            || sent.one_of_a_kind(m)
    })
}

/// What a pronoun at token `at` stands for, among the mentions that `fit`:
/// the last before it in its sentence, else the first in the sentence before.
pub(super) fn antecedent(
    sent: &Sent<'_>,
    s: usize,
    at: usize,
    named: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let ms = sent.doc.mentions;
    let here = sent.mentions.start..sent.mentions_before(at);
    let mut candidates = here.rev().take(LOOKBACK).filter(|&m| named(&ms[m]));
    if let Some(m) = candidates.next() {
        // "Massimov headed it until Tokayev removed him, and said he had
        // been detained": who did something to "him" is not "he"
        let acted_on = (ms[m].last..at).any(|i| sent.is(i, &["him", "her"]));
        return Some(candidates.next().filter(|_| acted_on).unwrap_or(m));
    }
    let previous = sent
        .doc
        .seg
        .sentences
        .get(s.checked_sub(1)?)?
        .tokens
        .clone();
    // "He has accused Putin of ...", "It joined ...": that subject is one
    // named earlier still
    let opener = sent.doc.seg.tokens[previous.start].text(sent.doc.text);
    if is_any(opener, &["he", "she", "it", "they"]) {
        return None;
    }
    let from = ms.partition_point(|m| m.first < previous.start);
    (from..sent.mentions.start)
        .take(LOOKBACK)
        .find(|&m| ms[m].first < previous.end && named(&ms[m]))
}

/// The person named last before token `at` ("his", "he"): see
/// [`named_last`].
pub(super) fn person_named_last(sent: &Sent<'_>, s: usize, at: usize) -> Option<usize> {
    named_last(sent, s, at, |m| m.what.is_actor_of(ActorCategory::Person))
}

/// The last mention before token `at` that `fits`, in this sentence or the
/// one before (a bounded look back).
pub(super) fn named_last(
    sent: &Sent<'_>,
    s: usize,
    at: usize,
    fits: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let from = sent.doc.seg.sentences[s.saturating_sub(1)].tokens.start;
    let before = sent.mentions_before(at);
    sent.doc.mentions[..before]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| m.first >= from)
        .find(|(_, m)| fits(m))
        .map(|(i, _)| i)
}
