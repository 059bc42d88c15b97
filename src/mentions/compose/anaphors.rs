//! Anaphors: "the group", "the area", "the city", "the capital", "the
//! president" and the like, pointing back to the mentions before them.

use super::*;

/// Pass 6: "the group", "the militants" → the last armed group; "the area" →
/// the last place, "the city" → the last town, "the state" → the last
/// province, "the capital" and "the country" → the story's; "both sides",
/// "the two leaders", "they" → the parties of the last meeting (resolved by
/// the frames); "the president" → the last person with that title.
pub(super) fn add_anaphors(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &PersonIndex,
    completed: &[bool],
) {
    let covered = covered_tokens(ctx, slots.iter());
    // the last armed group and places seen, as slot indices
    let mut last_group: Option<usize> = None;
    let mut last_place: Option<usize> = None;
    let mut last_city: Option<usize> = None;
    let mut last_capital: Option<usize> = None;
    let mut last_admin1: Option<usize> = None;
    let mut last_country: Option<usize> = None;
    // the country the story is about: the one its places lie in most often
    let mut countries: Vec<CountrySeen<'_>> = Vec::new();
    let actor_at = |k: usize| match &slots[k].item {
        Item::Final(What::Actor(a)) => Some(a.clone()),
        _ => None,
    };
    let place_at = |k: usize| match &slots[k].item {
        Item::Final(What::Place(p)) => Some(p.clone()),
        _ => None,
    };
    // each armed generic word seen so far ("hijackers"), with its first
    // slot: a few a story, kept on the stack (past 16, none is recorded and
    // "the hijackers" stands for the group named last, as before)
    let mut armed_seen = [(u32::MAX, 0usize); 16];
    let mut armed_seen_len = 0;
    let mut next_slot = 0;
    let mut added = Vec::new();
    let tokens = &ctx.seg.tokens;
    // only determiners, "both", "they", group and place nouns and titles
    // can start or head an anaphor: the walk goes from one to the next
    let mut candidates: Vec<usize> = (0..tokens.len())
        .filter(|&i| ctx.classes[i] & class::ANAPHOR != 0)
        .chain(
            slots
                .iter()
                .filter(|s| matches!(s.item, Item::Generic(_) | Item::Title))
                .map(|s| s.first),
        )
        .filter(|&i| completed[ctx.sentence_of[i] as usize])
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    for i in candidates {
        while next_slot < slots.len() && slots[next_slot].last <= i {
            match &slots[next_slot].item {
                Item::Generic(g)
                    if armed_seen_len < armed_seen.len()
                        && ctx.lexicon.generics[*g as usize].category
                            == ActorCategory::ArmedGroup
                        && !armed_seen[..armed_seen_len].iter().any(|&(h, _)| h == *g) =>
                {
                    armed_seen[armed_seen_len] = (*g, next_slot);
                    armed_seen_len += 1;
                }
                Item::Final(What::Actor(a))
                    if !a.generic
                        && matches!(
                            a.category,
                            ActorCategory::ArmedGroup | ActorCategory::Militia
                        ) =>
                {
                    last_group = Some(next_slot);
                }
                // (not a surname: "Rodas was later flown to Mexico")
                Item::Final(What::Place(_))
                    if persons.town_named_as(ctx, &slots[next_slot]).is_some() => {}
                // (nor a capital that acts for its government: "the law that
                // Beijing imposed on the city"; "a bomb attack in Damascus
                // killed" is in the city)
                Item::Final(What::Place(p))
                    if p.seat_of.is_some()
                        && acts(ctx, slots[next_slot].last)
                        && !ctx.is_word(
                            slots[next_slot].first.wrapping_sub(1),
                            &["in", "at", "near", "outside", "from", "to"],
                        ) => {}
                Item::Final(What::Place(p)) => {
                    last_place = Some(next_slot);
                    match p.kind {
                        // (an unlisted area is no town: "Sur province", "Baglar district")
                        PlaceKind::Unlisted if ends_with_area_noun(&p.name) => {}
                        // (nor a spot in town: "Girgaum Chowpatty beach",
                        // "Tahrir Square")
                        PlaceKind::Unlisted
                            if p.name.rsplit(' ').next().is_some_and(|w| is_any(w, VENUES))
                                || ctx.is_word(
                                    slots[next_slot].last,
                                    &[
                                        "beach",
                                        "square",
                                        "neighbourhood",
                                        "neighborhood",
                                        "street",
                                        "road",
                                        "market",
                                        "camp",
                                        "airport",
                                    ],
                                ) => {}
                        PlaceKind::City | PlaceKind::Unlisted => last_city = Some(next_slot),
                        PlaceKind::Country => last_country = Some(next_slot),
                        PlaceKind::Admin1 => last_admin1 = Some(next_slot),
                    }
                    if p.seat_of.is_some() {
                        last_capital = Some(next_slot);
                    }
                    if let Some(code) = p.country.as_deref() {
                        let country_slot = (p.kind == PlaceKind::Country).then_some(next_slot);
                        let capital_slot = p.seat_of.is_some().then_some(next_slot);
                        match countries.iter_mut().find(|c| c.code == code) {
                            Some(c) => {
                                c.places += 1;
                                c.country = country_slot.or(c.country);
                                c.capital = capital_slot.or(c.capital);
                            }
                            None => countries.push(CountrySeen {
                                code,
                                places: 1,
                                country: country_slot,
                                capital: capital_slot,
                            }),
                        }
                    }
                }
                _ => {}
            }
            next_slot += 1;
        }
        let w = ctx.word(i);
        let slot_here = slots.get(next_slot).filter(|s| s.first == i);
        let covered_generic = slot_here.is_some_and(|s| matches!(s.item, Item::Generic(_)));
        let covered_title = slot_here.is_some_and(|s| matches!(s.item, Item::Title));
        if !covered_generic && !covered_title && ctx.classes[i] & class::ANAPHOR == 0 {
            continue;
        }
        // "the president": the person named with that title, or the holder
        // of the office unnamed
        if covered_title {
            let before = next_slot.checked_sub(1).map(|b| &slots[b]);
            if let Some(slot) = office_holder(ctx, &slots[next_slot], before, &covered, persons) {
                added.push((next_slot, slot));
            }
            continue;
        }
        // "the two leaders", "both sides": the parties of the last meeting, even
        // where the noun is a lexicon word
        let parties_len = if ctx.is_word(i, &["both"])
            && ctx.is_word(i + 1, &["sides", "leaders", "countries", "men"])
        {
            2
        } else if ctx.is_word(i, &["the"])
            && ctx.is_word(i + 1, &["two", "three"])
            && ctx.is_word(i + 2, PARTY_NOUNS)
        {
            3
        } else if ctx.is_word(i, &["they"]) {
            1
        } else {
            0
        };
        if parties_len > 0
            && (i..i + parties_len).all(|k| {
                !covered[k]
                    || slots
                        .iter()
                        .any(|s| s.first <= k && k < s.last && matches!(s.item, Item::Generic(_)))
            })
        {
            added.push((
                usize::MAX,
                Slot {
                    first: i,
                    last: i + parties_len,
                    item: Item::Final(What::Parties),
                },
            ));
            continue;
        }
        if covered[i] {
            // "the militants": a generic armed-group word after "the"
            if let Some(s) = slots.get(next_slot).filter(|s| s.first == i) {
                if let Item::Generic(g) = s.item {
                    let entry = &ctx.lexicon.generics[g as usize];
                    // (not those told of before the group was named:
                    // "Hijackers freed the passengers ... The Taliban ...
                    // The hijackers stabbed")
                    let told_before = |lg: usize| {
                        armed_seen[..armed_seen_len]
                            .iter()
                            .any(|&(h, first)| h == g && first < lg)
                    };
                    if entry.category == ActorCategory::ArmedGroup
                        && i > 0
                        && ctx.is_word(i - 1, &["the"])
                    {
                        if let Some(a) =
                            last_group.filter(|&lg| !told_before(lg)).and_then(actor_at)
                        {
                            added.push((
                                next_slot,
                                Slot {
                                    first: s.first,
                                    last: s.last,
                                    item: Item::Final(What::Actor(a)),
                                },
                            ));
                        }
                    }
                }
            }
            continue;
        }
        // "the mountain kingdom's capital": the capital of the story's
        // country, named by a word for a country
        // (the words are read first: the capital is looked up only for them)
        let owned_capital = (w.eq_ignore_ascii_case("capital")
            && !covered[i]
            && i >= 3
            && ctx.seg.tokens[i - 1].kind == TokenKind::Possessive
            && ctx.is_word(
                i - 2,
                &[
                    "country", "kingdom", "nation", "republic", "emirate", "island",
                ],
            ))
        .then(|| {
            let owner = i - 2;
            (1..=3).map(|b| owner.saturating_sub(b)).find(|&k| {
                ctx.is_word(k, &["the"])
                    && (k + 1..owner)
                        .all(|j| !covered[j] && ctx.word(j).starts_with(char::is_lowercase))
            })
        })
        .flatten()
        .filter(|&the| ctx.same_sentence(the, i));
        if let Some(the) = owned_capital {
            // (the story's country is the one most places lie in; its
            // capital need not be named before; of two, the one named first)
            let capital = countries
                .iter()
                .rev()
                .max_by_key(|c| c.places)
                .and_then(|c| {
                    c.capital
                        .and_then(place_at)
                        .or_else(|| ctx.names.capital_of(c.code).map(|k| place_mention(ctx, k)))
                });
            if let Some(mut p) = capital {
                p.country_actor = false;
                added.push((
                    usize::MAX,
                    Slot {
                        first: the,
                        last: i + 1,
                        item: Item::Final(What::Place(p)),
                    },
                ));
                continue;
            }
        }
        // determiner, then up to two lowercase modifiers ("Islamist" too),
        // then the noun
        // (a possessive is a determiner too: "said his group had played no
        // part", not "that his group")
        let det = (1..=3).find(|&back| {
            i >= back
                && ctx.is_word(
                    i - back,
                    &["the", "its", "this", "that", "his", "her", "their"],
                )
                && (i - back + 1..i).all(|k| {
                    !covered[k]
                        && !ctx.is_word(k, &["his", "her", "their", "its"])
                        && (ctx.word(k).starts_with(char::is_lowercase)
                            || ctx.word(k).ends_with("ist"))
                })
        });
        // (only the group is a possessive's: "their country's embassy" is
        // no place named)
        let possessed = det.is_some_and(|back| ctx.is_word(i - back, &["his", "her", "their"]));
        if let Some(back) = det {
            if is_any(w, GROUP_NOUNS) {
                if let Some(a) = last_group.and_then(actor_at) {
                    added.push((
                        usize::MAX,
                        Slot {
                            first: i - back,
                            last: i + 1,
                            item: Item::Final(What::Actor(a)),
                        },
                    ));
                }
                continue;
            }
            // not "the town of Kuriga", nor "the capital Naypyitaw": named
            // there; nor "the state broadcaster", "the city council": a
            // modifier of a noun
            if back == 1
                && !possessed
                && is_any(w, PLACE_NOUNS)
                && !ctx.is_word(i + 1, &["of"])
                && !ctx.is_word(i + 1, PLACE_NOUN_COMPOUNDS)
                // ("the port city of Aden", "the border town")
                && !ctx.is_class(i + 1, class::PLACE_NOUN)
                && ctx
                    .classes
                    .get(i + 1)
                    .is_none_or(|c| c & class::FACILITY == 0)
                && !starts_a_place(slots, i + 1)
                && (!w.eq_ignore_ascii_case("state") || state_as_place(ctx, i - 1))
            {
                // "the country", "the capital": the story's country, named as
                // one, and its capital (not a provincial town, nor another
                // country's capital named since)
                let story = |slot: fn(&CountrySeen<'_>) -> Option<usize>| {
                    (countries.iter().filter(|c| slot(c).is_some()))
                        .max_by_key(|c| c.places)
                        .and_then(slot)
                };
                // (with no town named yet, the capital is the story country's,
                // from the gazetteer: "invaded Kuwait ... and seized the
                // capital")
                let unnamed_capital = (w.eq_ignore_ascii_case("capital")
                    && story(|c| c.capital).is_none()
                    && last_capital.is_none()
                    && last_city.is_none())
                .then(|| countries.iter().rev().max_by_key(|c| c.places))
                .flatten()
                .filter(|c| c.country.is_some())
                .and_then(|c| ctx.names.capital_of(c.code))
                .map(|k| place_mention(ctx, k));
                let target = match w.to_ascii_lowercase().as_str() {
                    _ if unnamed_capital.is_some() => None,
                    "country" => story(|c| c.country).or(last_country),
                    "capital" => story(|c| c.capital).or(last_capital).or(last_city),
                    "city" | "town" | "village" => last_city,
                    // (a camp is no city: "stormed the camp at Inates" after
                    // Niamey; only a camp named as one, and so for a port,
                    // a base, a crossing, a terminal)
                    noun @ ("camp" | "port" | "base" | "crossing" | "terminal") => {
                        last_city.or(last_place).filter(|&k| {
                            matches!(&slots[k].item, Item::Final(What::Place(p))
                                if p.name.to_ascii_lowercase().contains(noun))
                        })
                    }
                    "state" | "province" | "governorate" => last_admin1.or(last_place),
                    // (a region is no city: "had taken the entire region"
                    // after Moscow)
                    "region" => last_admin1,
                    // (another country named last is no island: "a pact
                    // with China ... the island's legislature" in Taipei)
                    "island" => last_place
                        .filter(|&k| {
                            !matches!(&slots[k].item, Item::Final(What::Place(p))
                                if p.kind == PlaceKind::Country)
                        })
                        .or_else(|| story(|c| c.country)),
                    _ => last_place,
                }
                .and_then(place_at)
                .or(unnamed_capital);
                if let Some(mut p) = target {
                    p.country_actor = false;
                    added.push((
                        usize::MAX,
                        Slot {
                            first: i - 1,
                            last: i + 1,
                            item: Item::Final(What::Place(p)),
                        },
                    ));
                }
                continue;
            }
        }
    }
    for (index, slot) in added {
        if index < slots.len() {
            slots[index] = slot;
        } else {
            slots.push(slot);
        }
    }
    slots.sort_by_key(|s| s.first);
    // anaphors may overlap each other ("the two leaders" inside nothing else); keep the first
    let mut end = 0;
    slots.retain(|s| {
        let keep = s.first >= end;
        if keep {
            end = s.last;
        }
        keep
    });
}

/// Whether "the state" at token `the` is a place ("in the state", "the
/// northern part of the state"), not the polity ("a threat to the state",
/// "plotting to overthrow the state", "the state should take over").
fn state_as_place(ctx: &Ctx<'_>, the: usize) -> bool {
    const WITHIN: &[&str] = &[
        "in",
        "across",
        "throughout",
        "around",
        "within",
        "into",
        "outside",
    ];
    the >= 1
        && (ctx.is_word(the - 1, WITHIN)
            || (the >= 2
                && ctx.is_word(the - 1, &["of"])
                && ctx.is_word(
                    the - 2,
                    &["part", "parts", "rest", "north", "south", "east", "west"],
                )))
}

/// A country whose places a text has named so far: how many, and the slots of
/// the last mentions of the country itself and of its capital.
struct CountrySeen<'a> {
    code: &'a str,
    places: usize,
    country: Option<usize>,
    capital: Option<usize>,
}

/// Whether an unlisted place's name ends with a noun of an area wider than
/// a town ("Sur province", "Kurdistan Region", "Baglar district").
fn ends_with_area_noun(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| {
        [
            "province",
            "region",
            "district",
            "state",
            "governorate",
            "county",
            "area",
            "valley",
        ]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
    })
}
