//! Actors: demonyms and agent nouns composed into actors ("Iraqi forces"),
//! agent words that only modify a thing, groups that name themselves,
//! crowds, and the facilities an attack hits.

use super::*;

/// Whether the slot ending right before token `k` is one an agent noun
/// composes with: a demonym or an organisation ("Iraqi Forces", "Peshmerga
/// Forces"), not a person ("Qin Gang").
fn ends_composing_slot(slots: &[Slot], k: usize) -> bool {
    slot_ending_at(slots, k).is_some_and(|s| match &s.item {
        Item::Demonym(..) | Item::Generic(_) => true,
        Item::Final(What::Actor(a)) => a.category != ActorCategory::Person,
        _ => false,
    })
}

/// Pass 4: demonyms and agent nouns. "Iraqi forces", "Ukrainian and Russian
/// negotiators", "Myanmar's military", "Peshmerga forces", "Israeli air strike".
pub(super) fn compose_actors(ctx: &Ctx<'_>, mut slots: Vec<Slot>) -> Vec<Slot> {
    let mut out: Vec<Slot> = Vec::with_capacity(slots.len());
    let n = slots.len();
    let mut i = 0;
    while i < n {
        let slot = &slots[i];
        let next = slots
            .get(i + 1)
            .filter(|s| ctx.same_sentence(slot.first, s.first));
        let adjacent = next.is_some_and(|s| s.first == slot.last);
        let after_possessive = next.is_some_and(|s| {
            s.first == slot.last + 1 && ctx.seg.tokens[slot.last].kind == TokenKind::Possessive
        });
        let agent = next.and_then(|s| match s.item {
            Item::Generic(g) if ctx.lexicon.generics[g as usize].agent => Some(g),
            _ => None,
        });
        match &slot.item {
            Item::Demonym(d, _) => {
                // a run of coordinated demonyms sharing one noun
                let mut run = vec![(*d, slot.first, slot.last)];
                let mut j = i + 1;
                while j + 1 < n + 1 {
                    let Some(s) = slots.get(j) else { break };
                    let gap = s.first.saturating_sub(run.last().map_or(0, |r| r.2));
                    let joined = gap == 1 && matches!(ctx.word(s.first - 1), "and" | "," | "or");
                    match s.item {
                        Item::Demonym(d2, _) if joined => {
                            run.push((d2, s.first, s.last));
                            j += 1;
                        }
                        _ => break,
                    }
                }
                // the head noun, right after the demonyms or after up to two
                // lowercase modifiers ("Ethiopian federal forces")
                let run_end = run.last().map_or(0, |r| r.2);
                let head = slots.get(j).filter(|s| {
                    s.first == run_end
                        || (s.first <= run_end + 2
                            && ctx.same_sentence(run_end, s.first)
                            && matches!(s.item, Item::Generic(_))
                            && (run_end..s.first).all(|k| {
                                ctx.seg.tokens[k].kind == TokenKind::Word
                                    && ctx.word(k).starts_with(char::is_lowercase)
                                    // (not "Armenian positions with artillery")
                                    && !ctx.is_word(k, &["with", "of", "by", "and", "or", "in", "on", "from"])
                            }))
                });
                match head.map(|s| &s.item) {
                    Some(Item::Generic(g)) => {
                        let entry = &ctx.lexicon.generics[*g as usize];
                        let head = head.map_or(0, |s| s.last);
                        let noun_text = entry.phrase;
                        for (k, (d, first, _)) in run.iter().enumerate() {
                            let last = if k + 1 == run.len() { head } else { run[k].2 };
                            out.push(Slot {
                                first: *first,
                                last,
                                item: Item::Final(What::Actor(ctx.demonym_actor(
                                    *d,
                                    noun_text,
                                    entry.category,
                                ))),
                            });
                        }
                        i = j + 1;
                        continue;
                    }
                    Some(Item::Final(What::Actor(a))) if !a.generic && run.len() == 1 => {
                        let mut a = a.clone();
                        if a.country.is_none() && a.category != ActorCategory::Person {
                            a.country = ctx.names.demonym_country(*d);
                        }
                        let last = head.map_or(slot.last, |s| s.last);
                        out.push(Slot {
                            first: slot.first,
                            last,
                            item: Item::Final(What::Actor(a)),
                        });
                        i = j + 1;
                        continue;
                    }
                    Some(Item::Final(What::Trigger(t))) if t.form == TriggerForm::Noun => {
                        for (d, first, last) in &run {
                            let mut a = ctx.demonym_actor(*d, "forces", ActorCategory::Military);
                            a.on_trigger = true;
                            out.push(Slot {
                                first: *first,
                                last: *last,
                                item: Item::Final(What::Actor(a)),
                            });
                        }
                        i = j;
                        continue;
                    }
                    _ => {}
                }
                // "Israeli and Hamas negotiators": the demonyms share the noun
                // of the named group after "and"
                let shared = slots
                    .get(j)
                    .zip(slots.get(j + 1))
                    .and_then(|(named, noun)| {
                        let joined = named.first == run_end + 1 && ctx.is_word(run_end, &["and"]);
                        let group = matches!(&named.item, Item::Final(What::Actor(a))
                        if !a.generic && a.category != ActorCategory::Person);
                        match noun.item {
                            Item::Generic(g)
                                if joined
                                    && group
                                    && noun.first == named.last
                                    && ctx.lexicon.generics[g as usize].agent =>
                            {
                                Some(g)
                            }
                            _ => None,
                        }
                    });
                if let Some(g) = shared {
                    let entry = &ctx.lexicon.generics[g as usize];
                    for &(d, first, last) in &run {
                        out.push(Slot {
                            first,
                            last,
                            item: Item::Final(What::Actor(ctx.demonym_actor(
                                d,
                                entry.phrase,
                                entry.category,
                            ))),
                        });
                    }
                    i = j;
                    continue;
                }
            }
            Item::Final(What::Place(p))
                if p.kind == PlaceKind::Country
                    && agent.is_some()
                    && (adjacent || after_possessive) =>
            {
                let g = agent.unwrap_or(0);
                let entry = &ctx.lexicon.generics[g as usize];
                let last = next.map_or(slot.last, |s| s.last);
                out.push(Slot {
                    first: slot.first,
                    last,
                    item: Item::Final(What::Actor(ActorMention {
                        name: format!(
                            "{} {}",
                            p.name,
                            canonical_noun(entry.category, entry.phrase)
                        )
                        .into(),
                        category: entry.category,
                        country: p.country.clone(),
                        code: None,
                        affiliation: None,
                        same_as: None,
                        generic: false,
                        on_trigger: false,
                    })),
                });
                i += 2;
                continue;
            }
            Item::Generic(modifier) if agent.is_some() && adjacent => {
                // "police forces", "army patrol", "rebel fighters": one actor, of
                // the modifier's kind, except that "government forces" are the
                // military the head names
                let head = agent.unwrap_or(0);
                let government =
                    ctx.lexicon.generics[*modifier as usize].category == ActorCategory::Government;
                out.push(Slot {
                    first: slot.first,
                    last: next.map_or(slot.last, |s| s.last),
                    item: Item::Generic(if government { head } else { *modifier }),
                });
                i += 2;
                continue;
            }
            Item::Final(What::Actor(a)) if !a.generic && agent.is_some() && adjacent => {
                // "Peshmerga forces", "Boko Haram jihadists", "Asayish security forces"
                let last = next.map_or(slot.last, |s| s.last);
                let mut moved = take_slot(&mut slots[i]);
                moved.last = last;
                out.push(moved);
                i += 2;
                continue;
            }
            Item::Final(What::Place(_)) if after_possessive || adjacent => {
                // "Kurdistan Region's Peshmerga", "Kaduna State Governor": a modifier
                let modifies = next.is_some_and(|s| {
                    matches!(
                        &s.item,
                        Item::Final(What::Actor(_)) | Item::Generic(_) | Item::Title
                    )
                });
                if modifies {
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(take_slot(&mut slots[i]));
        i += 1;
    }
    out
}

/// Drops agent words used as modifiers of a thing ("a military base") and
/// those that end a name no list knows ("Foreign Minister Qin Gang").
pub(super) fn drop_modifier_generics(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    let in_names: Vec<usize> = slots
        .iter()
        .filter(|s| {
            let k = s.first;
            matches!(s.item, Item::Generic(_))
                && k > ctx.sentence_start(k)
                && ctx.is_capital(k)
                && ctx.seg.tokens[k - 1].kind == TokenKind::Word
                && ctx.is_capital(k - 1)
                && !ends_composing_slot(slots, k)
        })
        .map(|s| s.first)
        .collect();
    // "the Government Science College": a capitalised agent word that
    // opens an institution's name
    const INSTITUTIONS: &[&str] = &["College", "School", "University", "Academy", "Hospital"];
    let opens_institution = |s: &Slot| {
        ctx.is_capital(s.first)
            && (s.last..(s.last + 3).min(ctx.seg.tokens.len()))
                .take_while(|&k| ctx.same_sentence(s.first, k) && ctx.is_capital(k))
                .any(|k| ctx.is_word(k, INSTITUTIONS))
    };
    // ("workers building a road": a plural before "building" acts)
    let modifies_noun = |s: &Slot| {
        ctx.is_class(s.last, class::MODIFIED_NOUN)
            && !(ctx.word(s.last).ends_with("ing") && ctx.word(s.last - 1).ends_with('s'))
    };
    slots.retain(|s| {
        !(matches!(s.item, Item::Generic(_))
            && (modifies_noun(s)
                || in_names.binary_search(&s.first).is_ok()
                || opens_institution(s)))
    });
}

/// "A little-known group calling itself Saraya Awliya al-Dam": the name a
/// group gives itself is an armed group no list knows.
pub(super) fn add_self_named_groups(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    // (more than the anaphors' [`GROUP_NOUNS`]: "a militia calling itself")
    const SELF_NAMING_NOUNS: &[&str] = &[
        "group",
        "groups",
        "militia",
        "faction",
        "organisation",
        "organization",
        "movement",
        "outfit",
        "brigade",
    ];
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    for first in ctx.capitals().filter(|&i| i >= 3 && !covered[i]) {
        let k = if ctx.is_word(first - 1, &["the"]) {
            first - 1
        } else {
            first
        };
        // (by length first: most words are not these)
        let self_named = k >= 3
            && matches!(ctx.word(k - 1).len(), 6 | 10)
            && ctx.is_word(k - 1, &["itself", "themselves"])
            && ctx.is_word(k - 2, &["calling", "calls", "called"])
            && (k.saturating_sub(6)..k - 2).any(|i| ctx.is_word(i, SELF_NAMING_NOUNS));
        if !self_named || !ctx.same_sentence(k - 2, first) {
            continue;
        }
        if let Some(end) = name_end(ctx, first, &covered) {
            let name: Name = ctx.words(first, end).into();
            added.push(Slot {
                first,
                last: end,
                item: Item::Final(What::Actor(ActorMention::named(
                    name,
                    ActorCategory::ArmedGroup,
                ))),
            });
        }
    }
    add_slots(slots, added);
}

/// Pass 5c: a people no list knows, counted as a crowd: "thousands of
/// Catalans", "hundreds of Venezuelans" are civilians.
pub(super) fn add_crowds(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, completed: &[bool]) {
    const COUNTS: &[&str] = &["dozens", "hundreds", "thousands", "millions", "scores"];
    let covered = covered_tokens(ctx, slots.iter());
    let added: Vec<Slot> = ctx
        .capitals()
        .filter(|&i| {
            let word = ctx.word(i);
            i >= 2
                && !covered[i]
                && completed[ctx.sentence_of[i] as usize]
                && word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && ctx.is_word(i - 1, &["of"])
                && ctx.is_word(i - 2, COUNTS)
                // one word: "thousands of Catalans", not "thousands of Apple Daily readers"
                && !ctx.seg.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && ctx.is_capital(i + 1)
                })
        })
        .map(|i| Slot {
            first: i,
            last: i + 1,
            item: Item::Final(What::Actor(ActorMention::named(
                ctx.word(i).into(),
                ActorCategory::Civilians,
            ))),
        })
        .collect();
    add_slots(slots, added);
}

/// A facility named by a determiner phrase: "stormed the Saudi embassy",
/// "ambushed a military convoy". What an attack hits, never an antecedent:
/// only in the sentences that may hold an event.
pub(super) fn add_facilities(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, completed: &[bool]) {
    // the facility nouns of the sentences that may hold an event
    let mut nouns = (0..ctx.seg.tokens.len())
        .filter(|&i| {
            ctx.classes[i] & class::FACILITY != 0 && completed[ctx.sentence_of[i] as usize]
        })
        .peekable();
    if nouns.peek().is_none() {
        return;
    }
    // (a title no name took is a modifier too: "his official residence")
    let covered = covered_tokens(ctx, slots.iter().filter(|s| !matches!(s.item, Item::Title)));
    let mut added = Vec::new();
    // the demonyms that are part of a facility's name, by first token
    let mut absorbed: Vec<usize> = Vec::new();
    for i in nouns {
        // a capitalised noun heads a facility only in a name: "the Hayat
        // Hotel", not "Hospital officials said"
        let in_name = |k: usize| {
            k > 0
                && !covered[k - 1]
                && ctx.same_sentence(k - 1, k)
                && ctx.seg.tokens[k - 1].kind == TokenKind::Word
                && ctx.is_capital(k - 1)
        };
        let proper = !ctx.word(i).starts_with(char::is_lowercase);
        if covered[i] || (proper && !in_name(i) && !ctx.is_word(i, &["parliament"])) {
            continue;
        }

        // the words before the noun up to a determiner: modifiers, names and
        // one demonym ("the Saudi embassy", "the nuclear power plant", "a
        // Chinook helicopter")
        let mut first = i;
        let mut country = None;
        let mut demonym_at = None;
        while first > 0 && i - first < 4 && ctx.same_sentence(first - 1, i) {
            let k = first - 1;
            let demonym = slot_ending_at(slots, first).and_then(|s| match s.item {
                Item::Demonym(d, _) => Some((s.first, d)),
                _ => None,
            });
            if let Some((start, d)) = demonym.filter(|_| country.is_none()) {
                country = ctx.names.demonym_country(d);
                demonym_at = Some(start);
                first = start;
            } else if !covered[k]
                && ctx.seg.tokens[k].kind == TokenKind::Word
                && (is_modifier_word(ctx.word(k)) || ctx.is_capital(k))
                && !ctx.is_word(k, &["the", "a", "an", "its", "their", "his", "her"])
            {
                first = k;
            } else {
                break;
            }
        }
        // ("a court ordered him jailed", "the ministry's account": bodies
        // that act; a building only with what names it, "the Supreme
        // Court", "the interior ministry", and not before the building's
        // own noun, "the ministry building")
        if ctx.is_word(i, &["ministry", "court"])
            && (first == i
                || ctx
                    .classes
                    .get(i + 1)
                    .is_some_and(|&c| c & class::FACILITY != 0))
        {
            continue;
        }
        // a plural needs no article where its modifiers end at a word
        // that is no modifier: "attacks on police stations", "struck three
        // churches", "the capital's two largest prisons"
        let plural = ctx.word(i).ends_with('s')
            && !ctx.is_word(i, &["headquarters", "barracks", "premises"]);
        let bare_plural = plural && {
            // up to two modifiers, no participle among them ("showing
            // flattened buildings" is no name)
            let mut start = i;
            while start > first
                && i - start < 2
                && !ctx.word(start - 1).ends_with("ed")
                && !ctx.word(start - 1).ends_with("ing")
            {
                start -= 1;
            }
            start == first
                && first > ctx.sentence_start(first)
                && (covered[first - 1]
                    || ctx.seg.tokens[first - 1].kind != TokenKind::Word
                    || !is_modifier_word(ctx.word(first - 1)))
        };
        // after a possessive, the owner named stands for it: "Hezbollah's
        // headquarters" is hit as Hezbollah
        // ("parliament" takes no article: "protesters stormed parliament")
        // (but a place's is a building of its own: "drove protesters out of
        // Taiwan's cabinet headquarters")
        let place_owned = first > 1
            && ctx.seg.tokens[first - 1].kind == TokenKind::Possessive
            && slot_ending_at(slots, first - 1)
                .is_some_and(|s| matches!(s.item, Item::Final(What::Place(_))));
        let determined = (first > 0
            && ctx.is_word(first - 1, &["the", "a", "an", "its", "their", "his", "her"]))
            || place_owned
            || (first == i && ctx.is_word(i, &["parliament"]))
            || proper
            || bare_plural;
        if !determined {
            continue;
        }
        absorbed.extend(demonym_at);
        let name = ctx.words(first, i + 1);
        added.push(Slot {
            first,
            last: i + 1,
            item: Item::Final(What::Actor(ActorMention {
                country,
                generic: true,
                ..ActorMention::named(name.into(), ActorCategory::Facility)
            })),
        });
    }
    if !added.is_empty() {
        // a demonym in a facility's name is part of it (in text order: no
        // search per slot), and so is a title ("his official residence")
        let inside = |s: &Slot| {
            let j = added.partition_point(|a| a.first <= s.first);
            j > 0 && added[j - 1].last >= s.last
        };
        slots.retain(|s| match s.item {
            Item::Demonym(..) => absorbed.binary_search(&s.first).is_err(),
            Item::Title => !inside(s),
            _ => true,
        });
    }
    add_slots(slots, added);
}
