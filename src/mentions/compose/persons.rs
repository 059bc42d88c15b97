//! Persons: names introduced by a title ("Russian President Vladimir
//! Putin"), by a country's possessive ("China's Wang Yi"), in a list of full
//! names, where an event wants its party, or after "named as"; titles used
//! as nouns ("the president"); and surnames recognised alone later.

use super::*;

/// Pass 3: a title followed by a name is a person; a demonym, country or
/// organisation before the title is absorbed and gives the country
/// ("Russian President Vladimir Putin", "Iran's top security official, Ali
/// Shamkhani", "NLD spokesman Myo Nyunt").
pub(super) fn titles_to_persons(
    ctx: &Ctx<'_>,
    mut slots: Vec<Slot>,
    persons: &mut PersonIndex,
) -> Vec<Slot> {
    // a name after a title may run over place names and demonyms ("President
    // Vladimir Putin", "Prime Minister Mohammed Shia al-Sudani")
    // and over a title inside a name ("President Hassan Sheikh Mohamud")
    // (slots are in order: the one before a title is the only one that may cover the word before it)
    let inside_a_name = |j: usize| {
        let s = &slots[j];
        matches!(s.item, Item::Title)
            && s.first > 0
            && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word
            && ctx.is_capital(s.first - 1)
            && (j == 0 || slots[j - 1].last < s.first || is_place(&&slots[j - 1]))
            && ctx.is_capital(s.last)
            && ctx.same_sentence(s.first - 1, s.last)
    };
    let covered = covered_tokens(
        ctx,
        slots.iter().enumerate().filter_map(|(j, s)| {
            (!is_place(&s) && !matches!(s.item, Item::Demonym(..)) && !inside_a_name(j))
                .then_some(s)
        }),
    );
    let mut out: Vec<Slot> = Vec::with_capacity(slots.len());
    let mut name_until = 0;
    for index in 0..slots.len() {
        if slots[index].first < name_until {
            continue;
        }
        if !matches!(slots[index].item, Item::Title) {
            out.push(take_slot(&mut slots[index]));
            continue;
        }
        let slot = &slots[index];
        // "the acting Minister of Peshmerga Affairs, Karim Sinjari": the
        // institution after "of" in capitalised words, a comma, then the name
        let institution = ctx.is_word(slot.last, &["of"]).then(|| {
            let from = slot.last + 1;
            let to = (from..(from + 6).min(ctx.seg.tokens.len()))
                .take_while(|&k| ctx.same_sentence(slot.first, k) && ctx.word(k) != ",")
                .last()
                .map_or(from, |k| k + 1);
            let capitalised = to > from
                && ctx.word(to) == ","
                && (from..to).all(|k| ctx.is_capital(k) || ctx.is_word(k, &["of", "and", "for"]));
            capitalised.then_some((from, to))
        });
        let institution = institution.flatten();
        let mut start = match institution {
            Some((_, to)) => to,
            None => slot.last,
        };
        if ctx.word(start) == "," {
            start += 1;
        }
        let Some(end) = name_end(ctx, start, &covered) else {
            // "Osman Köse, Turkey's deputy consul general in Erbil, was shot
            // dead": the name the title is apposed to
            if let Some(person) = apposed_before_title(ctx, slot, &covered, &mut out, persons) {
                out.push(person);
            }
            // a title with no name still marks what comes before as a modifier
            out.push(take_slot(&mut slots[index]));
            continue;
        };
        let title = ctx.words(slot.first, slot.last).to_string();
        let mut first = slot.first;
        // lowercase words, then a modifier, right before the title
        let mut k = first;
        // not into the slot before: "Sudanese army chief Burhan" absorbs the army
        // (nor past a preposition: "rallied in Tehran against President
        // Mahmoud Ahmadinejad")
        while k > 0
            && first - k < 3
            && is_modifier_word(ctx.word(k - 1))
            && !ctx.is_word(k - 1, NOT_BEFORE_SUBJECTS)
            && ctx.seg.tokens[k - 1].kind == TokenKind::Word
            && out.last().is_none_or(|p: &Slot| p.last < k)
        {
            k -= 1;
        }
        if k > 0 && ctx.seg.tokens[k - 1].kind == TokenKind::Possessive {
            k -= 1;
        }
        let mut country = None;
        let mut affiliation = None;
        if let Some((from, to)) = institution {
            let words = ctx.words(from, to);
            let ministry = title.to_ascii_lowercase().contains("minister");
            affiliation = Some(Name::from(if ministry {
                format!("Ministry of {words}")
            } else {
                words.to_string()
            }));
            country = slots[index + 1..]
                .iter()
                .take_while(|s| s.first < to)
                .find_map(|s| match &s.item {
                    Item::Final(What::Actor(a)) if s.first >= from && s.last <= to => {
                        a.country.clone()
                    }
                    Item::Final(What::Place(p)) if s.first >= from && s.last <= to => {
                        p.country.clone()
                    }
                    _ => None,
                });
        }
        if let Some(prev) = out.last() {
            if prev.last == k && ctx.same_sentence(prev.first, k) {
                let modifier = match &prev.item {
                    Item::Demonym(d, _) => Some((ctx.names.demonym_country(*d), None)),
                    Item::Final(What::Place(p)) => Some((p.country.clone(), None)),
                    Item::Final(What::Actor(a))
                        if !a.generic && a.category != ActorCategory::Person =>
                    {
                        Some((a.country.clone(), Some(a.name.clone())))
                    }
                    _ => None,
                };
                if let Some((c, org)) = modifier {
                    country = country.or(c);
                    affiliation = affiliation.or(org);
                    first = prev.first;
                    out.pop();
                }
            }
        }
        name_until = end;
        let name_start = ctx.seg.tokens[start].start;
        let name: Name = ctx.text[name_start..ctx.seg.tokens[end - 1].end].into();
        persons.add(&name, &title, country.clone(), affiliation.clone(), first);
        out.push(Slot {
            first,
            last: end,
            item: Item::Final(What::Actor(ActorMention {
                name,
                category: ActorCategory::Person,
                country,
                code: None,
                affiliation,
                same_as: None,
                generic: false,
                on_trigger: false,
            })),
        });
    }
    out
}

/// The person named right before title `slot` and a comma, opening its
/// sentence or a clause: "Osman Köse, Turkey's deputy consul general",
/// "Ali Hassan, a senior commander". A country owning the title (the last
/// slot of `out`) becomes the person's.
fn apposed_before_title(
    ctx: &Ctx<'_>,
    slot: &Slot,
    covered: &[bool],
    out: &mut Vec<Slot>,
    persons: &mut PersonIndex,
) -> Option<Slot> {
    let mut k = slot.first;
    while k > 0 && slot.first - k < 3 && ctx.word(k - 1).starts_with(char::is_lowercase) {
        if !is_modifier_word(ctx.word(k - 1)) && !ctx.is_word(k - 1, &["a", "an", "the"]) {
            break;
        }
        k -= 1;
        if ctx.is_word(k, &["a", "an", "the"]) {
            break;
        }
    }
    // ("Turkey's": the country whose the title is)
    let mut country = None;
    let owner = k > 0
        && ctx.seg.tokens[k - 1].kind == TokenKind::Possessive
        && out.last().is_some_and(|p| {
            p.last == k - 1
                && matches!(&p.item, Item::Final(What::Place(pl)) if pl.kind == PlaceKind::Country)
        });
    if owner {
        let place = out.last()?;
        if let Item::Final(What::Place(pl)) = &place.item {
            country = pl.country.clone();
        }
        k = place.first;
    }
    let comma = k.checked_sub(1).filter(|&c| ctx.word(c) == ",")?;
    let name_word = |j: usize| !covered[j] && is_name_word(ctx, j);
    let mut first = comma;
    while first > 0
        && comma - first < 3
        && name_word(first - 1)
        && ctx.same_sentence(first - 1, comma)
    {
        first -= 1;
    }
    let opens = first == ctx.sentence_start(comma)
        || (first > 0 && matches!(ctx.word(first - 1), "," | "and" | "–" | "—"));
    if comma - first < 2 || !opens || ctx.is_class(comma - 1, class::NOT_PERSON_ENDING) {
        return None;
    }
    if owner {
        out.pop();
    }
    // (a town may be one of the names: "Ali Hassan")
    while out.last().is_some_and(|p| p.last > first) {
        if !(is_place(&out.last()?) && out.last()?.first >= first) {
            return None;
        }
        out.pop();
    }
    let title = ctx.words(slot.first, slot.last).to_string();
    let name: Name = ctx.words(first, comma).into();
    persons.add(&name, &title, country.clone(), None, first);
    Some(Slot {
        first,
        last: comma,
        item: Item::Final(What::Actor(ActorMention {
            name,
            category: ActorCategory::Person,
            country,
            code: None,
            affiliation: None,
            same_as: None,
            generic: false,
            on_trigger: false,
        })),
    })
}

/// Pass 3b: a town's name after a given name is a surname: "Ekrem
/// İmamoğlu", "Musa Bello", "Ezekiel Bako" are people, not places in Turkey,
/// Colombia and Romania. Later mentions of the surname alone are the person
/// too (see [`add_known_persons`]).
pub(super) fn names_over_places(ctx: &Ctx<'_>, slots: &mut [Slot], persons: &mut PersonIndex) {
    for j in 0..slots.len() {
        let slot = &slots[j];
        let Item::Final(What::Place(p)) = &slot.item else {
            continue;
        };
        let given_name = |k: usize| {
            let w = ctx.word(k);
            !covered_at(slots, k)
                && is_name_word(ctx, k)
                && w.chars().count() >= 3
                && !is_any(w, PLACE_PREFIXES)
                && ctx.sentence_start(k) < k
        };
        // "Fatima Ali": a town's name before a surname is a given name (not
        // where a place is expected: "the village of Tal Qasab", "in Tal Afar")
        let after_place_noun = |k: usize| {
            k > 1 && ctx.is_word(k - 1, &["of"]) && ctx.classes[k - 2] & class::PLACE_NOUN != 0
        };
        let place_expected = slot.first > 0
            && (ctx.is_word(
                slot.first - 1,
                &["in", "near", "at", "outside", "from", "to"],
            ) || after_place_noun(slot.first));
        let surname_after = !place_expected
            && slot.last < ctx.seg.tokens.len()
            && given_name(slot.last)
            && ctx.same_sentence(slot.first, slot.last)
            && !ctx.is_class(slot.last, class::NOT_PERSON_ENDING)
            && !(slot.last + 1 < ctx.seg.tokens.len() && given_name(slot.last + 1))
            // ("the Bab al-Hawa border crossing": a place's name)
            && !place_noun_follows(ctx, slot.last + 1);
        // ("Alex Paul Menon, the collector": a region's name between a given
        // name, even one opening the sentence, and a surname)
        let between_names = slot.first > 0
            && !covered_at(slots, slot.first - 1)
            && is_name_word(ctx, slot.first - 1)
            && !ctx.is_class(slot.first - 1, class::NOT_NAME)
            && surname_after;
        let (first, last) = if between_names && p.kind != PlaceKind::Country {
            (slot.first - 1, slot.last + 1)
        } else if surname_after && p.kind == PlaceKind::City {
            (slot.first, slot.last + 1)
        } else if p.kind != PlaceKind::Country && opens_described_name(ctx, slots, slot) {
            (slot.first - 1, slot.last)
        } else if p.kind != PlaceKind::City {
            continue;
        } else if slot.first > 0 && given_name(slot.first - 1) {
            let mut first = slot.first - 1;
            while first > 0 && slot.first - first < 3 && given_name(first - 1) {
                first -= 1;
            }
            // ("the village of Rio Hondo": the whole is a place's name)
            if after_place_noun(first) {
                continue;
            }
            (first, slot.last)
        } else {
            continue;
        };
        let name: Name = ctx.words(first, last).into();
        persons.add(&name, "", None, None, first);
        slots[j] = Slot {
            first,
            last,
            item: Item::Final(What::Actor(ActorMention::named(
                name,
                ActorCategory::Person,
            ))),
        };
    }
}

/// "Rolando Mendoza, a former senior inspector, took ...": a capitalised
/// word that opens the sentence, then a town's name that an apposition
/// describes as someone, is a person's name.
fn opens_described_name(ctx: &Ctx<'_>, slots: &[Slot], slot: &Slot) -> bool {
    let Some(k) = slot.first.checked_sub(1) else {
        return false;
    };
    let after = slot.last;
    // (a person's noun in the apposition: not "Downtown Manila, a busy
    // district")
    let someone = |i: usize| {
        slots
            .iter()
            .any(|s| s.first == i && matches!(s.item, Item::Title | Item::Generic(_)))
            || ["er", "or", "ist", "man", "woman", "ant", "ent", "ian"]
                .iter()
                .any(|x| ctx.word(i).ends_with(x))
    };
    ctx.sentence_start(k) == k
        && !covered_at(slots, k)
        && is_name_word(ctx, k)
        && !ctx.is_class(k, class::NOT_NAME)
        && after + 2 < ctx.seg.tokens.len()
        && ctx.same_sentence(k, after + 2)
        && ctx.word(after) == ","
        && ctx.is_word(after + 1, &["a", "an"])
        && (after + 2..(after + 6).min(ctx.seg.tokens.len()))
            .take_while(|&i| ctx.same_sentence(k, i) && ctx.word(i) != ",")
            .any(|i| ctx.word(i).starts_with(char::is_lowercase) && someone(i))
}

/// Whether token `k` may be a word of a person's name: capitalised, not in
/// capitals, not a function word, and no adjective ("Kurdish-held",
/// "Iran-backed": a hyphenated word ending in lowercase).
fn is_name_word(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.word(k);
    // "al-Muhandis", "el-Sisi": the Arabic article before a capital
    let article = ["al-", "el-"]
        .iter()
        .any(|a| w.strip_prefix(a).is_some_and(is_capitalized));
    k < ctx.seg.tokens.len()
        && ctx.seg.tokens[k].kind == TokenKind::Word
        && (ctx.is_capital(k) || article)
        // ("A.N.R. Robinson": initials before a name)
        && (w.chars().skip(1).any(char::is_lowercase) || initials_before_name(ctx, k))
        && !ctx.is_class(k, class::NOT_NAME)
        && (!w
            .rsplit_once('-')
            .is_some_and(|(_, end)| end.starts_with(char::is_lowercase))
            || is_hyphenated_given_name(w))
}

/// Whether `w` is a romanised given name of two syllables: "Wei-ting",
/// "Jae-in", "Ing-wen" (not "Saudi-led", "Iran-backed", "Anti-war").
fn is_hyphenated_given_name(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let syllable = |s: &str, first: bool| {
        (1..=4).contains(&s.len())
            && s.chars().enumerate().all(|(i, c)| {
                if i == 0 && first {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
            })
    };
    syllable(a, true)
        && syllable(b, false)
        && !b.ends_with("ed")
        && !is_any(
            a,
            &[
                "Pro", "Anti", "Non", "Post", "Pre", "Ex", "Co", "Re", "Self", "Mid", "Semi",
                "Sub", "Neo", "Then",
            ],
        )
}

/// "Japan's Yoko Kamikawa", "China's Wang Yi": two to four capitalised
/// words no list knows, after a country's possessive, name a person of that
/// country (and "Kamikawa" later is the same person).
pub(super) fn possessed_persons(ctx: &Ctx<'_>, slots: &mut Vec<Slot>, persons: &mut PersonIndex) {
    let tokens = &ctx.seg.tokens;
    let name_word = |k: usize| is_name_word(ctx, k);
    let mut added: Vec<Slot> = Vec::new();
    for (j, slot) in slots.iter().enumerate() {
        let Item::Final(What::Place(p)) = &slot.item else {
            continue;
        };
        let first = slot.last + 1;
        if p.kind != PlaceKind::Country
            || tokens
                .get(slot.last)
                .is_none_or(|t| t.kind != TokenKind::Possessive)
            || !ctx.same_sentence(slot.first, first)
        {
            continue;
        }
        // the words up to the next slot
        let next_slot = slots.get(j + 1).map_or(tokens.len(), |s| s.first);
        let mut last = first;
        while last < next_slot
            && last - first < 4
            && name_word(last)
            && ctx.same_sentence(first, last)
        {
            last += 1;
        }
        let n = last - first;
        // the whole name, or none: it must not run on into a slot or a fifth word
        if !(2..=4).contains(&n)
            || name_word(last)
            || ctx.is_class(last - 1, class::NOT_PERSON_ENDING)
        {
            continue;
        }
        // ("Iraq's Camp Taji": a base)
        if ctx.is_word(first, PLACE_FIRST_WORDS) {
            added.push(unlisted(first, last, ctx.words(first, last).to_string()));
            continue;
        }
        let name: Name = ctx.words(first, last).into();
        persons.add(&name, "", p.country.clone(), None, first);
        added.push(Slot {
            first,
            last,
            item: Item::Final(What::Actor(ActorMention {
                country: p.country.clone(),
                ..ActorMention::named(name, ActorCategory::Person)
            })),
        });
    }
    add_slots(slots, added);
}

/// "Guhdar Zebari, Ayaz Karam, Kohdar Mohammed and Harwan Issa were
/// detained": a list of two or more names of two or three capitalised words
/// the gazetteer does not know are people. A name alone could be anything
/// (a village, a company); a list of full names is a list of people.
pub(super) fn add_listed_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &mut PersonIndex,
    completed: &[bool],
) {
    let covered = covered_tokens(ctx, slots.iter());
    let tokens = &ctx.seg.tokens;
    let full_name = |i: usize| -> Option<usize> {
        // two capitalised words at least: most capitalised words fail here
        let second = i + 1 < tokens.len() && !covered[i + 1] && ctx.is_capital(i + 1);
        if !second || NOT_NAMES.contains(&ctx.word(i)) {
            return None;
        }
        let end = name_end(ctx, i, &covered)?;
        let words = end - i;
        let capitalised = (i..end).all(|k| ctx.is_capital(k));
        // "the Oromia Media Network": an organisation's name is no person's
        let organisation = ctx.is_class(end - 1, class::NOT_PERSON_ENDING);
        ((2..=3).contains(&words) && capitalised && !organisation).then_some(end)
    };
    let mut added: Vec<Slot> = Vec::new();
    // names start at capitals; a list found goes on to where it ends
    let mut resume = 0;
    for i in ctx.capitals() {
        let starts = i >= resume
            && !covered[i]
            && completed[ctx.sentence_of[i] as usize]
            && (i == 0 || !ctx.is_capital(i - 1) || covered[i - 1]);
        let Some(end) = starts.then(|| full_name(i)).flatten() else {
            continue;
        };
        // the list: names joined by "," and "and"
        let mut names = vec![(i, end)];
        let mut k = end;
        loop {
            let mut next = k;
            while next < tokens.len() && ctx.is_word(next, &[",", "and"]) && next < k + 2 {
                next += 1;
            }
            if next == k || next >= tokens.len() || !ctx.same_sentence(i, next) || covered[next] {
                break;
            }
            match full_name(next) {
                Some(e) => {
                    names.push((next, e));
                    k = e;
                }
                None => break,
            }
        }
        // "Foreign Minister Mohammad Ishaq Dar and Amir Khan Muttaqi": a full
        // name joined to a person is a person
        let mut p = i;
        while p > 0 && i - p < 2 && ctx.is_word(p - 1, &[",", "and"]) {
            p -= 1;
        }
        let after_person = p < i
            && slot_ending_at(slots, p).is_some_and(|s| {
                matches!(&s.item, Item::Final(What::Actor(a)) if a.category == ActorCategory::Person)
            });
        // "Mohamed Esmat, a leader of the FFC, was arrested": a full name
        // described as someone ("a hillside suburb", "a town" describe places)
        // ("Ali Karaki, commander of Hezbollah's southern front, was also
        // killed": an office held, with no article)
        // ("Ibrahim Sharif, the Sunni leader of the Waad party": an office
        // after "the", past a capitalised modifier at most)
        let the_office = |end: usize| {
            ctx.is_word(end + 1, &["the"])
                && (end + 2..(end + 4).min(tokens.len()))
                    .find(|&k| title_at(slots, k))
                    .is_some_and(|k| (end + 2..k).all(|j| ctx.is_capital(j)))
        };
        let described = names.len() == 1 && {
            let end = names[0].1;
            ctx.is_word(end, &[","])
                && (the_office(end)
                    || (ctx.is_word(end + 1, &["a", "an"]) || names_office(ctx, slots, end + 1))
                        && ctx.same_sentence(i, end + 1)
                        && (end + 2..(end + 5).min(tokens.len()))
                            .take_while(|&k| {
                                ctx.word(k)
                                    .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                            })
                            .all(|k| ctx.classes[k] & class::PLACE_NOUN == 0)
                        && ctx
                            .word(end + 2)
                            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
        };
        // ("Lin Fei-fan and Chen Wei-ting": and joined to a person after it)
        let mut q = k;
        while q < tokens.len() && q - k < 2 && ctx.is_word(q, &[",", "and"]) {
            q += 1;
        }
        let before_person = q > k
            && slot_starting_at(slots, q).is_some_and(|s| {
                matches!(&s.item, Item::Final(What::Actor(a)) if a.category == ActorCategory::Person)
            });
        if names.len() >= 2 || after_person || before_person || described {
            for &(first, last) in &names {
                let name = ctx.words(first, last);
                // ("Maradiaga was seized": known by surname later)
                persons.add(name, "", None, None, first);
                added.push(Slot {
                    first,
                    last,
                    item: Item::Final(What::Actor(ActorMention::named(
                        name.into(),
                        ActorCategory::Person,
                    ))),
                });
            }
        }
        resume = k.max(i + 1);
    }
    add_slots(slots, added);
}

/// Whether token `k` opens an office held, in lower case after an
/// apposition's comma: "Andal Ampatuan Jr., mayor of the town of ...",
/// "Ali Karaki, commander of Hezbollah's southern front".
fn names_office(ctx: &Ctx<'_>, slots: &[Slot], k: usize) -> bool {
    title_at(slots, k) && ctx.word(k).starts_with(char::is_lowercase)
}

/// Whether a title slot starts at token `k`.
fn title_at(slots: &[Slot], k: usize) -> bool {
    slot_starting_at(slots, k).is_some_and(|t| matches!(t.item, Item::Title))
}

/// A title used as a noun ("the president", "the former prime minister",
/// "its ambassador"): the person last named with that title after "the",
/// else an unnamed office holder.
pub(super) fn office_holder(
    ctx: &Ctx<'_>,
    title: &Slot,
    before: Option<&Slot>,
    covered: &[bool],
    persons: &PersonIndex,
) -> Option<Slot> {
    // "the Iraqi prime minister", "the US consul general": the office of a country
    if let Some(Item::Demonym(d, _)) = before.filter(|b| b.last == title.first).map(|b| &b.item) {
        let demonym = before?.first;
        if demonym == 0 || !ctx.is_word(demonym - 1, &["the", "a", "an"]) {
            return None;
        }
        let name = ctx.words(demonym, title.last);
        return Some(Slot {
            first: demonym - 1,
            last: title.last,
            item: Item::Final(What::Actor(ActorMention {
                country: ctx.names.demonym_country(*d),
                generic: true,
                ..ActorMention::named(name.into(), ActorCategory::Person)
            })),
        });
    }
    let i = title.first;
    // ("his official residence": the title is a modifier there)
    if ctx.is_class(title.last, class::MODIFIED_NOUN) {
        return None;
    }
    // a determiner, then up to two lowercase modifiers
    let back = (1..=3).find(|&back| {
        i >= back
            && ctx.is_word(i - back, &["the", "a", "an", "its", "his", "her", "their"])
            && (i - back + 1..i).all(|k| !covered[k] && is_modifier_word(ctx.word(k)))
    })?;
    let text_of = |first: usize| ctx.words(first, title.last).to_lowercase();
    let known = (back == 1 && ctx.is_word(i - 1, &["the"]))
        .then(|| persons.with_title(&text_of(i), i))
        .flatten();
    let actor = match known {
        Some(p) => persons.mention(p),
        None => ActorMention {
            generic: true,
            ..ActorMention::named(text_of(i - back + 1).into(), ActorCategory::Person)
        },
    };
    Some(Slot {
        first: i - back,
        last: title.last,
        item: Item::Final(What::Actor(actor)),
    })
}

/// How many tokens after "X and his" the passive verb that took them may
/// stand ("Luis Manuel Díaz and his wife, Cilenis Marulanda, were seized").
const KIN_REACH: usize = 8;

/// Pass 6b: capitalised words no list knows, where a verb of an event wants
/// its party, are a person: "since Donald Trump met Putin", "arrested Ahmed
/// Ali", "Marcel was arrested", "a meeting between Zelenskiy and Trump". A
/// lone word counts for arrests, kidnappings and the two sides of a meeting
/// only, whose parties are mostly people.
pub(super) fn add_unknown_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &mut PersonIndex,
    completed: &[bool],
) {
    let tokens = &ctx.seg.tokens;
    let name_word = |k: usize| !covered_at(slots, k) && is_name_word(ctx, k);
    let mut added: Vec<Slot> = Vec::new();
    for s in slots.iter() {
        let Item::Final(What::Trigger(t)) = &s.item else {
            continue;
        };
        // an event noun takes a party only after "with": "talks with Wang Yi"
        let noun = t.form == TriggerForm::Noun;
        if !completed[ctx.sentence_of[s.first] as usize] {
            continue;
        }
        // the name words from `from` on, four at most: "met Donald Trump"
        // (past a nickname: "met Joaquín “El Chapo” Guzmán")
        let run = |from: usize| {
            let (mut to, mut words) = (from, 0);
            while to < tokens.len() && words < 4 && ctx.same_sentence(s.first, to) {
                if name_word(to) {
                    to += 1;
                } else if let Some(end) = nickname_end(ctx, to).filter(|&e| {
                    to > from && e < tokens.len() && ctx.same_sentence(to, e) && name_word(e)
                }) {
                    to = end;
                } else {
                    break;
                }
                words += 1;
            }
            to
        };
        // ... or "between": "a meeting between Zelenskiy and Trump"
        if noun && t.kind == Some(EventKind::Meeting) && ctx.is_word(s.last, &["between"]) {
            let first_end = run(s.last + 1);
            let second = first_end + 1;
            let second_end = run(second);
            if first_end > s.last + 1 && ctx.is_word(first_end, &["and"]) && second_end > second {
                for (first, last) in [(s.last + 1, first_end), (second, second_end)] {
                    if !ctx.is_class(last - 1, class::NOT_PERSON_ENDING) {
                        add_unknown_person(ctx, persons, &mut added, first, last);
                    }
                }
            }
            continue;
        }
        // "Cristiana Chamorro was placed under house arrest": the one held
        // opens the clause, as for a passive verb
        let mut under = s.first;
        if noun && t.kind == Some(EventKind::Arrest) {
            if under > 0 && ctx.is_word(under - 1, &["house"]) {
                under -= 1;
            }
            if under > 0 && ctx.is_word(under - 1, &["under"]) {
                under -= 1;
                if under > 0
                    && ctx.is_word(under - 1, &["placed", "put", "kept", "remains", "remained"])
                {
                    under -= 1;
                }
            } else {
                under = s.first;
            }
        }
        let under_arrest = under < s.first;
        if noun && !under_arrest && !ctx.is_word(s.last, &["with"]) {
            continue;
        }
        let lone_ok = matches!(
            t.kind,
            Some(EventKind::Arrest | EventKind::Kidnapping) | None
        );
        // before the verb, over "was" or "had been": "Marcel was arrested"
        let mut end = under;
        while end > ctx.sentence_start(s.first)
            && ctx.is_word(end - 1, &["was", "were", "had", "has", "been"])
        {
            end -= 1;
        }
        let mut start = end;
        // names run to four words: "Mirza Fakhrul Islam Alamgir"
        while (!noun || under_arrest)
            && start > ctx.sentence_start(s.first)
            && end - start < 4
            && name_word(start - 1)
        {
            start -= 1;
        }
        // after it, or after "with": "met Donald Trump", "talks with ...";
        // or after the verb of "those detained were Josep Maria Jové, ..."
        let those = s.first > 0
            && ctx.is_word(s.first - 1, &["those"])
            && ctx.is_word(s.last, &["were", "include", "included", "includes"]);
        let from = if ctx.is_word(s.last, &["with"]) || those {
            s.last + 1
        } else {
            s.last
        };
        let to = run(from);
        // a lone word opening a sentence is a name when it is the one arrested or
        // taken ("Marcel was arrested"), not when it may be any capitalised word
        let passive = end < s.first;
        // "held talks with Tiani": whoever talks with is a party
        let with_party = from > s.last && t.kind == Some(EventKind::Meeting);
        // "Niloofar Hamedi of the Shargh daily, who ..., was arrested", "Amini,
        // a 22-year-old woman, was detained": the name opening the sentence
        // ("The suspect, Ri Jong Chol, 46, was picked up", "One of the women,
        // Doan Thi Huong, ..., was arrested": the name the opening noun
        // phrase is apposed to)
        // ("Last month, Agustín Intriago, the mayor of Manta, was shot dead":
        // past a date that opens the sentence)
        let start_of = ctx.sentence_start(s.first);
        // ("In January, Kirk Woodman, a Canadian geologist, was abducted")
        let date_at = if ctx.is_word(start_of, &["in", "on", "since"]) {
            start_of + 1
        } else {
            start_of
        };
        let after_date = slot_starting_at(slots, date_at)
            .filter(|d| matches!(d.item, Item::Final(What::Date(_))) && ctx.is_word(d.last, &[","]))
            .map_or(start_of, |d| d.last + 1);
        let open = apposed_opening(ctx, s.first).unwrap_or(after_date);
        let apposed = open > after_date;
        let mut open_end = open;
        while open_end < s.first && open_end - open < 4 && name_word(open_end) {
            open_end += 1;
        }
        // ("Hachalu Hundessa, 34, was shot dead": an age)
        let age = ctx.is_word(open_end + 2, &[","])
            && ctx.word(open_end + 1).bytes().all(|b| b.is_ascii_digit());
        // ("Andal Ampatuan Jr., mayor of the town of Datu Unsay, gave himself
        // up": an office held)
        // ("Luis Manuel Díaz and his wife were seized": a name joined to
        // his kin)
        let described = ctx.is_word(open_end, &["of"])
            || (ctx.is_word(open_end, &["and"])
                && ctx.is_word(open_end + 1, &["his", "her", "their"])
                && end <= open_end + KIN_REACH)
            || (ctx.is_word(open_end, &[","])
                && (ctx.is_word(open_end + 1, &["a", "an", "the", "who", "whose"])
                    || age
                    || (apposed && open_end + 1 == end)
                    || names_office(ctx, slots, open_end + 1)));
        // (a surname already known is left to the pass that knows it; a
        // full name needs no event that takes lone names)
        let known = open_end == open + 1 && persons.by_word.contains_key(ctx.word(open));
        let opening = if passive
            && (lone_ok || open_end - open >= 2)
            && described
            && !known
            && open_end > open
            && open_end < start
        {
            (open, open_end)
        } else {
            (open, open)
        };
        // "freed U.S. aid contractor Alan Gross, who had been arrested": the
        // name before the relative clause of a passive
        let mut antecedent = (end, end);
        if passive && end >= 3 && ctx.is_word(end - 1, &["who"]) && ctx.is_word(end - 2, &[","]) {
            let last = end - 2;
            let mut first = last;
            while first > ctx.sentence_start(last) && last - first < 4 && name_word(first - 1) {
                first -= 1;
            }
            antecedent = (first, last);
        }
        for (first, last, lone_ok) in [
            (start, end, lone_ok),
            (from, to, lone_ok || with_party),
            (opening.0, opening.1, true),
            (antecedent.0, antecedent.1, false),
        ] {
            let n = last - first;
            let fits =
                n >= 2 || (n == 1 && lone_ok && (passive || first > ctx.sentence_start(first)));
            let whole =
                !(last < tokens.len() && name_word(last) || first > 0 && name_word(first - 1));
            if fits && whole && !ctx.is_class(last - 1, class::NOT_PERSON_ENDING) {
                // "seized School No. 1": a numbered building, no person
                let number = last + 1 < tokens.len()
                    && ctx.is_word(last - 1, &["No"])
                    && ctx.word(last) == "."
                    && ctx.word(last + 1).bytes().all(|b| b.is_ascii_digit());
                // "struck Camp Taji": a base's or a town's name, not a person's
                if number {
                    added.push(unlisted(
                        first,
                        last + 2,
                        ctx.words(first, last + 2).to_string(),
                    ));
                } else if ctx.is_word(first, PLACE_FIRST_WORDS) {
                    added.push(unlisted(first, last, ctx.words(first, last).to_string()));
                } else {
                    add_unknown_person(ctx, persons, &mut added, first, last);
                }
            }
        }
    }
    add_slots(slots, added);
}

/// The token after a nickname in quotes opening at token `k`: one to three
/// capitalised words ("Joaquín “El Chapo” Guzmán").
fn nickname_end(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    if !ctx.is_word(k, &["“", "\"", "‘", "'"]) {
        return None;
    }
    let mut j = k + 1;
    while j < k + 4 && is_name_word(ctx, j) {
        j += 1;
    }
    (j > k + 1 && ctx.is_word(j, &["”", "\"", "’", "'"])).then_some(j + 1)
}

/// Where a name apposed to the noun phrase opening the sentence of token
/// `at` starts: after "The suspect," or "One of the women,", short phrases
/// with a determiner.
fn apposed_opening(ctx: &Ctx<'_>, at: usize) -> Option<usize> {
    let open = ctx.sentence_start(at);
    if !ctx.is_word(
        open,
        &["the", "one", "a", "an", "another", "his", "her", "their"],
    ) {
        return None;
    }
    let comma = (open + 1..(open + 9).min(at)).find(|&k| ctx.is_word(k, &[","]))?;
    // (past an owner: "The group's best-known victim, Malala Yousafzai, was
    // shot", "The Taliban's best-known victim, ...")
    let possessive = |k: usize| ctx.seg.tokens[k].kind == TokenKind::Possessive;
    // (or a body after "of": "The head of the National Police Agency,
    // Takaji Kunimatsu, was shot")
    let of = (open + 1..comma).find(|&k| ctx.is_word(k, &["of"]));
    (open + 1..comma)
        .all(|k| {
            ctx.word(k).starts_with(char::is_lowercase)
                || possessive(k)
                || (k + 1 < comma && possessive(k + 1))
                || of.is_some_and(|o| k > o)
        })
        .then_some(comma + 1)
}

/// Pass 6c: two to four capitalised words no list knows after "named as"
/// or "identified as" are a person: "a 41-year-old resident named as
/// Tetsuya Yamagami" (and "Yamagami" later is the same person).
pub(super) fn add_introduced_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &mut PersonIndex,
) {
    // (a place may be one of the names: "Haruna Yukawa")
    let place_at = |k: usize| slot_starting_at(slots, k).is_some_and(|s| is_place(&s));
    let name_word = |k: usize| (!covered_at(slots, k) || place_at(k)) && is_name_word(ctx, k);
    let mut added: Vec<Slot> = Vec::new();
    for first in ctx.capitals() {
        // ("a mechanic who goes by the single name Amrozi")
        let one_name = first >= 3
            && ctx.is_word(first - 1, &["name"])
            && (ctx.is_word(first - 2, &["single"])
                || (ctx.is_word(first - 2, &["the"]) && ctx.is_word(first - 3, &["by"])))
            && name_word(first)
            && !name_word(first + 1)
            && ctx.same_sentence(first - 2, first);
        if one_name {
            add_unknown_person(ctx, persons, &mut added, first, first + 1);
            continue;
        }
        if first < 2 || !ctx.is_word(first - 1, &["as"]) {
            continue;
        }
        // ("identified them as Kenji Goto", "named the hostages as ...")
        let verb = (first.saturating_sub(5)..first - 1).rev().find(|&v| {
            ctx.is_word(v, &["named", "identified"])
                && (v + 1..first - 1).all(|k| ctx.word(k).starts_with(char::is_lowercase))
        });
        if verb.is_none_or(|v| !ctx.same_sentence(v, first)) {
            continue;
        }
        let name_from = |first: usize| {
            let mut last = first;
            while last - first < 4 && ctx.same_sentence(first, last) && name_word(last) {
                last += 1;
            }
            (last - first >= 2 && !ctx.is_class(last - 1, class::NOT_PERSON_ENDING)).then_some(last)
        };
        // (the first may be known already)
        let known = slot_starting_at(slots, first)
            .filter(|s| matches!(s.item, Item::Final(What::Actor(_))))
            .map(|s| s.last);
        let last = match (known, name_from(first)) {
            (Some(last), _) => last,
            (None, Some(last)) => {
                add_unknown_person(ctx, persons, &mut added, first, last);
                last
            }
            (None, None) => continue,
        };
        // ("as Kenji Goto, a veteran freelance journalist, and Haruna
        // Yukawa": the one named after ", and" too)
        let second = (last..(last + 10).min(ctx.seg.tokens.len()))
            .take_while(|&k| ctx.same_sentence(first, k))
            .find(|&k| ctx.is_word(k, &["and"]) && ctx.is_word(k - 1, &[","]));
        if let Some(k) = second {
            if let Some(end) = name_from(k + 1) {
                add_unknown_person(ctx, persons, &mut added, k + 1, end);
            }
        }
    }
    if !added.is_empty() {
        slots.retain(|s| {
            !(is_place(&s) && added.iter().any(|a| s.first < a.last && a.first < s.last))
        });
    }
    add_slots(slots, added);
}

/// Tokens `first..last` as a person no list knows, unless one over these
/// tokens was added already.
fn add_unknown_person(
    ctx: &Ctx<'_>,
    persons: &mut PersonIndex,
    added: &mut Vec<Slot>,
    first: usize,
    last: usize,
) {
    // (nor one overlapping it: "met Joaquín “El Chapo” Guzmán Rebels
    // attacked" read from the left and from the right)
    if added.iter().any(|a| a.first < last && first < a.last) {
        return;
    }
    // ("detained Pashinyan" after "protest leader Nikol Pashinyan": the one
    // named before)
    let known = (last == first + 1)
        .then(|| persons.named_before(ctx.word(first), first))
        .flatten();
    if let Some(p) = known {
        added.push(Slot {
            first,
            last,
            item: Item::Final(What::Actor(persons.mention(p))),
        });
        return;
    }
    let name: Name = ctx.words(first, last).into();
    persons.add(&name, "", None, None, first);
    added.push(Slot {
        first,
        last,
        item: Item::Final(What::Actor(ActorMention::named(
            name,
            ActorCategory::Person,
        ))),
    });
}

/// Pass 7: a person named once with a title is recognised by surname later ("Putin").
pub(super) fn add_known_persons(
    ctx: &Ctx<'_>,
    slots: &mut Vec<Slot>,
    persons: &PersonIndex,
    completed: &[bool],
) {
    if persons.persons.is_empty() {
        return;
    }
    // "İmamoğlu was detained": a town named like a person named before is the person
    for slot in slots.iter_mut() {
        if !completed[ctx.sentence_of[slot.first] as usize] {
            continue;
        }
        if let Some(p) = persons.town_named_as(ctx, slot) {
            slot.item = Item::Final(What::Actor(persons.mention(p)));
        }
    }
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    // a reference starts at a capital; one found is not looked into
    let mut resume = 0;
    for i in ctx.capitals() {
        if i < resume || covered[i] || !completed[ctx.sentence_of[i] as usize] {
            continue;
        }
        // two words apart by one space are their own key, quoted from the text
        // (name words are words: "Putin," forms no pair)
        let pair = (i + 1 < covered.len()
            && !covered[i + 1]
            && ctx.seg.tokens[i + 1].kind == TokenKind::Word)
            .then(|| {
                let (a, b) = (&ctx.seg.tokens[i], &ctx.seg.tokens[i + 1]);
                match &ctx.text[a.end..b.start] {
                    " " => Cow::Borrowed(&ctx.text[a.start..b.end]),
                    _ => Cow::Owned(format!("{} {}", ctx.word(i), ctx.word(i + 1))),
                }
            });
        let (person, len) = match pair.as_deref().and_then(|p| persons.by_word.get(p)) {
            Some(&p) => (Some(p), 2),
            None => (persons.by_word.get(ctx.word(i)).copied(), 1),
        };
        // ("Thousands of Mubarak loyalists": the person's followers act,
        // not the person)
        let followers = || {
            slot_starting_at(slots, i + len).is_some_and(|s| match &s.item {
                Item::Generic(g) => ctx.lexicon.generics[*g as usize].agent,
                Item::Final(What::Actor(a)) => a.generic,
                _ => false,
            })
        };
        if let Some(p) = person.filter(|_| !followers()) {
            added.push(Slot {
                first: i,
                last: i + len,
                item: Item::Final(What::Actor(persons.mention(p))),
            });
            resume = i + len;
        }
    }
    add_slots(slots, added);
}
