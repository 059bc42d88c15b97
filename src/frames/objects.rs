//! What a verb acts on: the actors and places right of it ("seized the
//! presidential palace in Bangui"), those after a preposition, the agent
//! of a passive, and those named among the ones taken ("including ...").

use super::cues::*;
use super::*;

/// Actors and places right of a verb, up to the first preposition or clause end.
pub(super) fn object(sent: &Sent<'_>, t1: usize, c1: usize) -> (Vec<usize>, Vec<usize>) {
    let mut actors = Vec::new();
    let mut places = Vec::new();
    let mut i = t1;
    while i < c1 {
        if sent.blocks(i) || sent.is(i, &["out"]) {
            // "stormed its embassy in Tehran and its consulate in Mashhad":
            // where the first object is, then a second object
            if let Some(place) = place_before_second_object(sent, i, c1) {
                places.push(place);
                i = sent.m(place).last;
                continue;
            }
            break;
        }
        // "captured the Uzbek gunman suspected of killing 39 people": what
        // the one taken is accused of is no second object
        if !actors.is_empty() && sent.has(i, cue::ACCUSATIONS) {
            break;
        }
        // "overran parts of the province and took ...": a second verb ends the object
        let next = sent.word(i + 1);
        let continues = sent.mention_at(i + 1).is_some()
            || !next.starts_with(char::is_lowercase)
            || sent.is(
                i + 1,
                &[
                    "the",
                    "a",
                    "an",
                    "other",
                    "his",
                    "her",
                    "its",
                    "their",
                    "several",
                    "some",
                    "many",
                    "two",
                    "three",
                    "four",
                    "five",
                    "dozens",
                    "hundreds",
                    "thousands",
                ],
            );
        // "stormed and looted the police station": two verbs share the object
        // (past an adverb: "shot and seriously wounded Malala")
        let adverb = usize::from(
            sent.lower(i + 1).ends_with("ly") && sent.word(i + 1).starts_with(char::is_lowercase),
        );
        let second = sent.word(i + 1 + adverb);
        if i == t1
            && sent.is(i, &["and"])
            && second.ends_with("ed")
            && second.starts_with(char::is_lowercase)
            && (i + 1..i + 2 + adverb).all(|k| sent.mention_at(k).is_none())
        {
            i += 2 + adverb;
            continue;
        }
        // "met army commanders and regional officials": a modifier, then a
        // second actor
        // (or a count: "detained a senior archbishop and more than a dozen
        // other people")
        let count_word = |j: usize| {
            sent.is(
                j,
                &[
                    "more", "than", "a", "dozen", "about", "at", "least", "nearly", "almost",
                ],
            ) || sent.is_number(j)
        };
        let modified_actor = || {
            (i + 2..i + 7).any(|k| {
                sent.mention_at(k).is_some_and(|m| {
                    sent.m(m).first == k
                        && sent.is_actor(m)
                        && (i + 1..k).all(|j| {
                            // (not a verb: "seizing the broadcaster and confining Mugabe")
                            let w = sent.word(j);
                            sent.is_plain(j)
                                && (is_modifier_word(w) || count_word(j))
                                && !w.ends_with("ing")
                                && !w.ends_with("ed")
                        })
                })
            })
        };
        if sent.is(i, &["and"]) && !continues && !modified_actor() {
            break;
        }
        // "stormed parliament and police opened fire": a new subject and its verb
        if sent.is(i, &["and"])
            && sent.mention_at(i + 1).is_some_and(|m| {
                sent.mention_at(sent.m(m).last)
                    .is_some_and(|v| sent.is_trigger(v))
            })
        {
            break;
        }
        // "attacked the embassies of Rwanda and France": countries owning
        // the facility are no objects; groups are ("struck bases of Kurdish
        // militant groups")
        if sent.is(i, &["of"])
            && actors
                .last()
                .is_some_and(|&a| sent.m(a).last == i && sent.is_facility(a))
        {
            let owner_at = if sent.is(i + 1, &["the"]) {
                i + 2
            } else {
                i + 1
            };
            let owner = sent.mention_at(owner_at).map(|m| &sent.m(m).what);
            let group = matches!(owner, Some(What::Actor(a))
                if !matches!(a.category, ActorCategory::Government | ActorCategory::Person));
            if !group {
                break;
            }
            // the owner stands for what it owns
            actors.pop();
        }
        // "seized the presidential palace, forcing President Bozizé to
        // flee": a participle's clause is no more of the object (those
        // "leaving" dead are: "struck the base, leaving 12 soldiers dead")
        // (nor a verb that goes on: "stormed the city's jail, freed
        // hundreds of inmates")
        if sent.is(i, &[","])
            && (next.ends_with("ing") || next.ends_with("ed"))
            && next.starts_with(char::is_lowercase)
            && sent.mention_at(i + 1).is_none()
            && !sent.is(
                i + 1,
                &["including", "leaving", "armed", "masked", "unarmed"],
            )
        {
            break;
        }
        // "detained Nika Gvaramia, a leader of the Coalition for Change",
        // "killed Abu Mahdi al-Muhandis, deputy head of the PMF": a
        // description of the person, not a second object
        if sent.is(i, &[","])
            && (sent.is(i + 1, &["a", "an"])
                || (sent.word(i + 1).starts_with(char::is_lowercase)
                    && (i + 2..i + 5).any(|k| sent.is(k, &["of"]))))
            && actors.last().is_some_and(|&a| {
                sent.m(a).last == i && sent.m(a).what.is_actor_of(ActorCategory::Person)
            })
        {
            break;
        }
        // "captured Melitopol, a city of about 150,000 people": a
        // description of the place, whose people are no object
        if sent.is(i, &[","])
            && sent.is(i + 1, &["a", "an"])
            && places.last().is_some_and(|&p| sent.m(p).last == i)
        {
            break;
        }
        if let Some(m) = sent.mention_at(i) {
            if sent.is_trigger(m) && !(i == t1 && describes_next(sent, m, c1)) {
                break;
            }
            match &sent.m(m).what {
                // "fired hundreds of rockets": what is fired is not a target
                What::Actor(_) if sent.has(sent.m(m).first, cue::PROJECTILES) => {}
                // "seized the state broadcaster TRT": the facility's name
                What::Actor(x)
                    if x.category != ActorCategory::Person
                        && actors.last().is_some_and(|&a| {
                            sent.m(a).last == sent.m(m).first && sent.is_facility(a)
                        }) => {}
                What::Actor(_) | What::Parties => actors.push(m),
                // "attacked Haiti's two largest prisons": a possessive country
                // is where, not whom; so is one listed after a place
                // ("facilities in Iraq and Syria")
                // "fired rockets at Asmara, the capital of neighbouring
                // Eritrea": a country that places the place is no target
                What::Place(p) if p.country_actor && places_a_place(sent, m, &places) => {}
                What::Place(_) if nationals_of(sent, m) => {}
                What::Place(p)
                    if p.country_actor
                        && !sent.is_possessive(sent.m(m).last)
                        && !places.last().is_some_and(|&q| {
                            sent.m(q).last + 1 == sent.m(m).first
                                && sent.is(sent.m(q).last, &["and", ","])
                        }) =>
                {
                    actors.push(m)
                }
                What::Place(_) if !speaks(sent, m) && !governed(sent, m) => places.push(m),
                _ => {}
            }
            i = sent.m(m).last;
            continue;
        }
        i += 1;
    }
    // a country taken or invaded is also where it happened
    for &a in &actors {
        if let What::Place(_) = sent.m(a).what {
            places.push(a);
        }
    }
    (actors, places)
}

/// Whether country `m` ends an apposition that describes the last place:
/// "Asmara, the capital of (neighbouring) Eritrea".
fn places_a_place(sent: &Sent<'_>, m: usize, places: &[usize]) -> bool {
    let Some(&place) = places.last() else {
        return false;
    };
    let mut k = sent.m(m).first;
    // (one or two modifiers: "neighbouring", "war-torn")
    for _ in 0..2 {
        if k > sent.first && sent.is_plain(k - 1) && !sent.is(k - 1, &["of"]) {
            k -= 1;
        }
    }
    let comma = sent.m(place).last;
    k >= comma + 4
        && sent.is(k - 1, &["of"])
        && sent.is(k - 2, &["capital", "city", "town", "region", "province"])
        && (comma + 1..k - 2).all(|i| sent.is_plain(i))
        && sent.is(comma, &[","])
}

/// The place after locative preposition `i` when "and" and an actor follow
/// it: the place of one object, the next being a second object.
pub(super) fn place_before_second_object(sent: &Sent<'_>, i: usize, c1: usize) -> Option<usize> {
    let place = sent
        .mention_at(i + 1)
        .filter(|_| sent.has(i, cue::LOCATIVES))?;
    if !matches!(sent.m(place).what, What::Place(_)) {
        return None;
    }
    let and = sent.m(place).last;
    let mut k = and + 1;
    if sent.is(k, &["the", "a", "an", "its", "their", "his", "her"]) {
        k += 1;
    }
    let second = sent
        .mention_at(k)
        .filter(|_| k < c1 && sent.is(and, &["and"]))?;
    (sent.is_actor(second) && !sent.is_trigger(second)).then_some(place)
}

/// Mentions in the noun phrases after any of `preps` between `from` and `to`.
pub(super) fn after_preposition(
    sent: &Sent<'_>,
    from: usize,
    to: usize,
    preps: &[&str],
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if sent.is(i, preps) {
            let mut j = i + 1;
            // (those after the last comma before a verb of saying are who
            // says it: "detained by Egyptian authorities, and Amnesty
            // International said")
            // or of a verb of their own ("detained by police, and soldiers
            // raided")
            let mut before_comma = None;
            // (not past a verb of saying: "fired on villagers, a witness
            // told Reuters")
            while j < to && !(sent.blocks(j) && sent.word(j) != "of") {
                if sent.has(j, cue::REPORTING) {
                    out.truncate(before_comma.unwrap_or(out.len()));
                    break;
                }
                if sent.is(j, &[","]) {
                    before_comma = Some(out.len());
                }
                if let Some(m) = sent.mention_at(j) {
                    // (a participle right after the preposition describes
                    // who follows: "fired on striking workers")
                    if sent.is_trigger(m) && !(j == i + 1 && describes_next(sent, m, to)) {
                        if matches!(&sent.m(m).what, What::Trigger(t) if t.form == TriggerForm::Verb)
                            && !sent.lower(j).ends_with("ing")
                        {
                            out.truncate(before_comma.unwrap_or(out.len()));
                        }
                        break;
                    }
                    if !out.contains(&m) && !matches!(sent.m(m).what, What::Date(_)) {
                        out.push(m);
                    }
                    j = sent.m(m).last;
                    continue;
                }
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// Whether trigger mention `m` is a participle that describes the actor
/// after it (before token `to`): "opened fire on striking workers",
/// "protesting students".
pub(super) fn describes_next(sent: &Sent<'_>, m: usize, to: usize) -> bool {
    let j = sent.m(m).first;
    sent.m(m).last == j + 1
        && sent.lower(j).ends_with("ing")
        && (j + 1..(j + 3).min(to))
            .take_while(|&k| sent.mention_at(k).is_some() || sent.is_plain(k))
            .find_map(|k| sent.mention_at(k))
            .is_some_and(|x| sent.is_actor(x))
}

/// The mentions of the passive's agent phrase, the first "by" after the
/// verb and those coordinated with it ("by Israeli air defences and by US
/// aircraft"): not "by Wednesday night", nor the agent of another
/// participle ("a curfew imposed by Mayor Muriel Bowser"; but "a killing
/// claimed by Islamic State" names who did it).
pub(super) fn passive_agent(sent: &Sent<'_>, t1: usize, c1: usize) -> Vec<usize> {
    let by = (t1..c1)
        .find(|&i| sent.is(i, &["by"]) && sent.mention_at(i).is_none())
        .filter(|&i| {
            let before = sent.lower(i - 1);
            i == t1
                || before == "claimed"
                || !(before.ends_with("ed") && sent.mention_at(i - 1).is_none())
                // ("was shot and seriously wounded by a gunman": a
                // participle joined to the trigger shares its agent)
                || (sent.is(t1, &["and"])
                    && (t1 + 1..i - 1)
                        .all(|k| sent.has(k, cue::ADVERBS) || sent.lower(k).ends_with("ly")))
        });
    match by {
        Some(i) => {
            // ("hosted by Qatar ... and attended by CIA Director William
            // Burns": a coordinated participle's agent is one too)
            let coordinated = |j: usize| {
                sent.is(j - 1, &["and", "or", ","])
                    || (sent.lower(j - 1).ends_with("ed") && sent.is(j - 2, &["and"]))
            };
            let end = (i + 1..c1)
                .find(|&j| sent.is(j, &["by"]) && !coordinated(j))
                .unwrap_or(c1);
            after_preposition(sent, i, end, &["by"])
        }
        None => Vec::new(),
    }
}

/// The actors listed after ", including" or ", among them" right after the
/// object that starts at token `from` ("dozens of activists, including ...",
/// "those at the meeting, including ..."): names, joined by commas and "and",
/// past the event words that modify them ("protest leader Suthep Thaugsuban").
pub(super) fn named_among(sent: &Sent<'_>, from: usize) -> Vec<usize> {
    // the object: a noun phrase with no verb of its own
    let Some(k) = (from..sent.last.min(from + 12))
        .take_while(|&k| {
            sent.mention_at(k).is_none_or(
                |x| !matches!(&sent.m(x).what, What::Trigger(t) if t.form != TriggerForm::Noun),
            )
        })
        .find(|&k| sent.is(k, &[","]) && sent.is(k + 1, &["including", "among"]))
    else {
        return Vec::new();
    };
    let mut j = if sent.is(k + 2, &["them"]) {
        k + 3
    } else {
        k + 2
    };
    let mut out = Vec::new();
    // (a clause after the list ends it: "..., including three US citizens, after gunmen attacked")
    let ends = |j: usize| {
        sent.blocks(j)
            || sent.is(
                j,
                &[
                    "after", "before", "as", "when", "while", "who", "which", "that", "since",
                    "amid", "because",
                ],
            )
    };
    while j < sent.last && !ends(j) {
        match sent.mention_at(j) {
            // "Navalny's wife": the one named owns the one taken
            Some(x) if sent.is_possessive(sent.m(x).last) => {
                j = sent.m(x).last + 1;
                continue;
            }
            Some(x) if sent.is_actor(x) => out.push(x),
            Some(x) if matches!(&sent.m(x).what, What::Trigger(t) if t.form == TriggerForm::Noun) =>
                {}
            Some(_) => break,
            None if sent.is(j, &[",", "and"]) || sent.word(j).starts_with(char::is_lowercase) => {}
            None if sent.is_possessive(j + 1) => {
                j += 2;
                continue;
            }
            None => break,
        }
        j = sent.mention_at(j).map_or(j + 1, |x| sent.m(x).last);
    }
    out
}
