//! Places: places the gazetteer does not list ("the town of Kuriga"), or
//! lists but that are no place here (a town's name opening an
//! organisation's, a capital that acts for its government), demonyms that
//! name a country or its capital, and a government's buildings as venues.

use super::*;

/// "The Egyptian capital" is Cairo: a demonym before "capital" names its
/// country's capital.
pub(super) fn capitals_by_demonym(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    for slot in slots.iter_mut() {
        let Item::Demonym(d, _) = slot.item else {
            continue;
        };
        if !(ctx.is_word(slot.last, &["capital"]) && ctx.same_sentence(slot.first, slot.last)) {
            continue;
        }
        if let Some(capital) = ctx.names.demonym_capital(d) {
            slot.last += 1;
            slot.item = Item::Final(What::Place(place_mention(ctx, capital)));
        }
    }
}

/// A town's name that opens the name of an organisation is no place: "the
/// Metro Center for journalists' rights", "the Hudson Institute", "the
/// Cameroon Renaissance Movement", "Zion Church", "St. Sebastian's Church";
/// nor is a country that ends one ("the Stock Exchange of Thailand").
pub(super) fn drop_places_in_names(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    const ORGANISATIONS: &[&str] = &[
        "Center",
        "Centre",
        "Institute",
        "Foundation",
        "Association",
        "Observatory",
        "Corporation",
        "Company",
        "Group",
        "Network",
        "Agency",
        "Bank",
        "Times",
        "Post",
        "Herald",
        "Tribune",
        "Airways",
        "Airlines",
        "Church",
        "Cathedral",
        "Chapel",
        "Shrine",
        "Basilica",
    ];
    // (the word after it must be one no list reads: "Kabul Bank" may be listed)
    let starts: Vec<usize> = slots.iter().map(|s| s.first).collect();
    // "the Cameroon Renaissance Movement": a country that opens a party's
    // name, one capitalised word before the party word
    const PARTIES: &[&str] = &["Movement", "Party", "Front", "Alliance", "Congress"];
    // the country most of the places named lie in: a foreign town that
    // opens a hospital's or a hotel's name is no place of the story
    // ("Medina Hospital" in a story from Mogadishu; "Kabul University" in
    // one from Afghanistan is Kabul's)
    const VENUE_NAMES: &[&str] = &["Hospital", "Hotel", "University", "Stadium", "Mosque"];
    // the heads of institutions named "X of <country>": "the Stock Exchange
    // of Thailand"
    const INSTITUTION_HEADS: &[&str] = &[
        "Exchange",
        "Bank",
        "University",
        "Institute",
        "Academy",
        "Museum",
        "Federation",
        "Association",
        "Society",
        "Chamber",
    ];
    let story_country: Option<String> = {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for s in slots.iter() {
            if let Item::Final(What::Place(p)) = &s.item {
                if let Some(c) = p.country.as_deref() {
                    match counts.iter_mut().find(|(k, _)| *k == c) {
                        Some(e) => e.1 += 1,
                        None => counts.push((c, 1)),
                    }
                }
            }
        }
        counts.iter().max_by_key(|e| e.1).map(|e| e.0.to_string())
    };
    let foreign = |s: &Slot| {
        matches!(&s.item, Item::Final(What::Place(p))
            if p.country.as_deref().is_some_and(|c| story_country.as_deref().is_some_and(|sc| sc != c)))
    };
    let in_name = |s: &Slot| {
        let place = |kinds: &[PlaceKind]| matches!(&s.item, Item::Final(What::Place(p)) if kinds.contains(&p.kind));
        let word_at = |k: usize, words: &[&str]| {
            ctx.same_sentence(s.first, k)
                && ctx.is_word(k, words)
                && ctx.is_capital(k)
                && starts.binary_search(&k).is_err()
        };
        (place(&[PlaceKind::City]) && word_at(s.last, ORGANISATIONS))
            || (place(&[PlaceKind::City]) && foreign(s) && word_at(s.last, VENUE_NAMES))
            // a saint's name: "St. Sebastian's Church"
            || (place(&[PlaceKind::City])
                && s.first > 1
                && (ctx.is_word(s.first - 1, &["Saint", "St"])
                    || (ctx.word(s.first - 1) == "." && ctx.is_word(s.first - 2, &["St"]))))
            // "the Future Syria Party": a country between a name's words
            || (place(&[PlaceKind::City, PlaceKind::Country])
                && s.first > 0
                && ctx.same_sentence(s.first - 1, s.last)
                && ctx.is_capital(s.first - 1)
                && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word
                && starts.binary_search(&(s.first - 1)).is_err()
                && ctx.sentence_start(s.first) < s.first - 1
                && word_at(s.last, PARTIES))
            || (place(&[PlaceKind::City, PlaceKind::Country])
                && ctx.same_sentence(s.first, s.last + 1)
                && ctx.is_capital(s.last)
                && starts.binary_search(&s.last).is_err()
                && word_at(s.last + 1, PARTIES))
            // "the Stock Exchange of Thailand", "the Central Bank of Nigeria":
            // a country that ends an institution's name
            || (place(&[PlaceKind::Country])
                && s.first >= 2
                && ctx.same_sentence(s.first - 2, s.first)
                && ctx.is_word(s.first - 1, &["of"])
                && ctx.is_word(s.first - 2, INSTITUTION_HEADS))
            // "South America", "Latin America": a continent's part is no
            // country
            || (place(&[PlaceKind::Country])
                && s.first > 0
                && ctx.word(s.first) == "America"
                && ctx.is_word(s.first - 1, &["South", "Latin", "Central", "North"]))
            // "the Kuje Medium Security Custodial Centre": a region named
            // like an institution's head word ends a name
            || (matches!(&s.item, Item::Final(What::Place(_)))
                && s.last == s.first + 1
                && ctx.is_word(s.first, ORGANISATIONS)
                && s.first > ctx.sentence_start(s.first)
                && ctx.is_capital(s.first - 1)
                && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word
                && starts.binary_search(&(s.first - 1)).is_err())
            // "Guantánamo Bay": a region named like a word of a name ends it
            || (matches!(&s.item, Item::Final(What::Place(p)) if p.kind == PlaceKind::Admin1)
                && s.last == s.first + 1
                && ctx.is_word(s.first, &["Bay", "Gulf", "Island", "Islands", "Coast"])
                && s.first > ctx.sentence_start(s.first)
                && ctx.is_capital(s.first - 1)
                && ctx.seg.tokens[s.first - 1].kind == TokenKind::Word)
            // "the Stade de France", "San Vicente del Caguán": a town or
            // province that opens a longer French or Spanish name no list
            // reads
            || (place(&[PlaceKind::City, PlaceKind::Admin1])
                && ctx.same_sentence(s.first, s.last + 1)
                && ctx.is_word(s.last, &["de", "du", "des", "del"])
                && ctx.word(s.last).starts_with(char::is_lowercase)
                // (or a date: "the Stade du 28 Septembre")
                && (ctx.is_capital(s.last + 1)
                    || ctx.word(s.last + 1).starts_with(|c: char| c.is_ascii_digit()))
                && starts.binary_search(&s.last).is_err())
            // "Assel Herrera Correa": a town or province between two
            // capitalised words no list reads, inside a sentence, is one
            // of a person's names
            || (place(&[PlaceKind::City, PlaceKind::Admin1])
                && s.first > ctx.sentence_start(s.first) + 1
                && ctx.same_sentence(s.first, s.last)
                && [s.first - 1, s.last].iter().all(|&k| {
                    ctx.is_capital(k)
                        && ctx.seg.tokens[k].kind == TokenKind::Word
                        && starts.binary_search(&k).is_err()
                        && !ctx.is_class(k, class::PLACE_NOUN)
                        && !ctx.is_word(k, ORGANISATIONS)
                }))
    };
    // "the Jordanian Red Sea resort of Aqaba", "the Gaza border town of
    // Sderot": a place that only describes the town named after "of"
    // (one it lies in stays, for the hierarchy: "the Kurdistan Region
    // capital of Erbil")
    let towns: Vec<(usize, PlaceMention)> = slots
        .iter()
        .filter_map(|t| match &t.item {
            Item::Final(What::Place(p)) if p.kind == PlaceKind::City => Some((t.first, p.clone())),
            _ => None,
        })
        .collect();
    let describes_a_town = |s: &Slot| {
        let Item::Final(What::Place(place)) = &s.item else {
            return false;
        };
        (1..=2).any(|n| {
            let of = s.last + n;
            ctx.same_sentence(s.first, of + 1)
                && (s.last..of).all(|k| ctx.word(k).starts_with(char::is_lowercase))
                && ctx.is_word(of, &["of"])
                && towns
                    .iter()
                    .any(|(k, town)| *k == of + 1 && !inside(town.into(), place.into()))
        })
    };
    slots.retain(|s| !in_name(s) && !describes_a_town(s));
}

/// Whether a verb trigger starts at token `k`.
fn verb_trigger_at(slots: &[Slot], k: usize) -> bool {
    matches!(slot_starting_at(slots, k), Some(Slot { item: Item::Final(What::Trigger(t)), .. })
        if t.form == TriggerForm::Verb)
}

/// Pass 5: places the gazetteer does not list, named by a place noun: "the
/// town of Kuriga", "Chikun local government area", "Haret Hreik district".
pub(super) fn add_unlisted_places(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    // names may run over listed places ("the village of Tal Qasab" over "Tal")
    let covered = covered_tokens(ctx, slots.iter().filter(|s| !is_place(s)));
    let any_covered = covered_tokens(ctx, slots.iter());
    let tokens = &ctx.seg.tokens;
    let mut added = Vec::new();
    // the names introduced by "the town of": "Maaloula" alone later is
    // that town too
    let mut introduced: Vec<(usize, usize)> = Vec::new();
    for i in 0..tokens.len() {
        if any_covered[i] || ctx.classes[i] & (class::PLACE_NOUN | class::PLACE_NOUN_PLURAL) == 0 {
            continue;
        }
        // "the villages of Rio Hondo, Santa Barbara and Santa Catalina":
        // each name of the list
        if ctx.classes[i] & class::PLACE_NOUN_PLURAL != 0 {
            let mut k = i + 2;
            while ctx.is_word(k - 1, &["of", ",", "and"]) && k < tokens.len() && !covered[k] {
                let Some(end) = name_end(ctx, k, &covered) else {
                    break;
                };
                let listed = slot_starting_at(slots, k).is_some_and(|s| s.last >= end);
                if !listed {
                    added.push(unlisted(k, end, ctx.words(k, end).to_string()));
                    introduced.push((k, end));
                }
                k = if ctx.is_word(end, &[","]) && ctx.is_word(end + 1, &["and"]) {
                    end + 2
                } else {
                    end + 1
                };
            }
            continue;
        }
        // "<noun> of <Name>", unless a listed place is the name or runs over
        // it ("the city of Kherson", "the capital of North Darfur state")
        if ctx.is_word(i + 1, &["of"]) && i + 2 < tokens.len() && !covered[i + 2] {
            if let Some(end) = name_end(ctx, i + 2, &covered) {
                let listed = slot_starting_at(slots, i + 2).is_some_and(|s| s.last >= end);
                if !listed {
                    let name = ctx.words(i + 2, end).to_string();
                    added.push(unlisted(i + 2, end, name));
                    introduced.push((i + 2, end));
                    continue;
                }
            }
        }
        // "<Name> [local government] <noun>", unless the noun introduces a
        // listed place: "the Black Sea port of Batumi" (but "the Gelan
        // Condominiums area of Addis Ababa" is in it)
        if ctx.is_word(i, &["port", "city", "town", "village", "suburb"])
            && ctx.is_word(i + 1, &["of"])
            && starts_a_place(slots, i + 2)
        {
            continue;
        }
        let mut k = i;
        // "Chikun local government area", "the Jenin refugee camp"
        while k > 0 && ctx.is_word(k - 1, PLACE_NOUN_MODIFIERS) {
            k -= 1;
        }
        // ("the Bab al-Hawa border crossing": a particle joined to a name)
        let name_word =
            |k: usize| ctx.is_capital(k) || (particle_joined(ctx.word(k)) && ctx.is_capital(k - 1));
        if k > 1 && !any_covered[k - 1] && name_word(k - 1) {
            let mut s = k - 1;
            // (over a listed place, too: "Tuy Phong district" is not Tuy)
            while s > 0
                && !covered[s - 1]
                && s + 3 > k
                && name_word(s - 1)
                && !NOT_NAMES.contains(&ctx.word(s - 1))
            {
                s -= 1;
            }
            let w = ctx.word(k - 1);
            // "the Darfur city" describes a city; "Gaza City", "Kirkuk province"
            // name one; "the Kurdistan Region's forces" only qualify forces
            // ("Georgia's main Black Sea port" describes Batumi)
            let descriptive = (s > 0
                && ctx.is_word(
                    s - 1,
                    &["the", "a", "main", "largest", "biggest", "key", "major"],
                )
                && ctx.is_word(i, &["city", "town", "village", "capital", "port"]))
                || (i + 1 < tokens.len() && tokens[i + 1].kind == TokenKind::Possessive);
            if !NOT_NAMES.contains(&w) && ctx.same_sentence(s, i) && !descriptive {
                let name = ctx.words(s, i + 1).to_string();
                added.push(unlisted(s, i + 1, name));
            }
        }
    }
    named_again(ctx, &introduced, &any_covered, &mut added);
    // "in Pétion-Ville", "near Kasuwan Magani": capitalised words no list
    // knows, after a locative, name a place
    // the names added above, in order: a cursor tells which tokens they take
    added.sort_by_key(|a| a.first);
    let (mut next_added, mut taken_until) = (0, 0);
    let before_locatives = added.len();
    for i in ctx.capitals().filter(|&i| i > 0) {
        while next_added < before_locatives && added[next_added].first <= i {
            taken_until = taken_until.max(added[next_added].last);
            next_added += 1;
        }
        let taken = taken_until > i;
        if any_covered[i] || taken || !ctx.same_sentence(i - 1, i) {
            continue;
        }
        // "at Pushkin Square", "at the White House", "on Rustaveli Avenue":
        // other prepositions and an article lead to a named venue
        let article = ctx.is_word(i - 1, &["the"]);
        let preposition = if article {
            i.checked_sub(2)
        } else {
            Some(i - 1)
        };
        let Some(p) = preposition.filter(|&p| !any_covered[p]) else {
            continue;
        };
        // "in Pétion-Ville" names any place; "at the ..." only a venue
        // ("drove the militants out of Swat")
        let out_of = p > 0 && ctx.is_word(p, &["of"]) && ctx.is_word(p - 1, &["out"]);
        let any_place = !article && (ctx.is_word(p, &["in", "near", "outside"]) || out_of);
        if !any_place && !ctx.is_word(p, &["in", "near", "outside", "at", "on", "inside"]) {
            continue;
        }
        // "said in Arabic"
        const LANGUAGES: &[&str] = &[
            "Arabic",
            "English",
            "Persian",
            "Farsi",
            "Hebrew",
            "Urdu",
            "Pashto",
            "Dari",
            "Swahili",
            "Hausa",
            "Amharic",
            "Tigrinya",
            "Spanish",
            "Portuguese",
            "Mandarin",
            "Hindi",
        ];
        if is_any(ctx.word(i), LANGUAGES) {
            continue;
        }
        let Some(end) = name_end(ctx, i, &any_covered) else {
            continue;
        };
        // (past a plural's apostrophe: "Martyrs’ Square")
        let end = if end + 1 < tokens.len()
            && ctx.is_word(end, &["'", "’"])
            && ctx.same_sentence(i, end + 1)
            && VENUES.contains(&ctx.word(end + 1))
        {
            end + 1
        } else {
            end
        };
        // a venue word ends the name, though no person's name takes it ("the Oval Office")
        let end = if end < tokens.len()
            && !any_covered[end]
            && ctx.same_sentence(i, end)
            && VENUES.contains(&ctx.word(end))
        {
            end + 1
        } else {
            end
        };
        // a name that goes on into known words is no place name ("in Kurdistan Region's")
        if end - i > 3
            || any_covered.get(end).copied().unwrap_or(false)
            || ctx.is_word(end, &["'s", "’s"])
        {
            continue;
        }
        // ("in the Strait of Hormuz", "in the English Channel": a body of
        // water, named as a venue is; not a sea, too wide to place an
        // event that the town or coast named with it places better)
        let venue = |w: &str| is_any(w, VENUES) || (WATERS.contains(&w) && w != "Sea");
        // ("at Camp David", "at Fort Bragg": a base named by its first word)
        let named_base = end > i + 1 && ctx.is_word(i, PLACE_FIRST_WORDS);
        if !(any_place || venue(ctx.word(end - 1)) || named_base) {
            continue;
        }
        // ("in the Red Sea resort of Sharm el-Sheikh": the sea only tells
        // where the resort is)
        if WATERS.contains(&ctx.word(end - 1))
            && (ctx.is_class(end, class::PLACE_NOUN)
                || ctx.is_word(
                    end,
                    &["resort", "coast", "coastline", "islands", "nation", "shore"],
                ))
        {
            continue;
        }
        // "at the Palace of the Revolution": a venue's name goes on past "of"
        let end = if ctx.is_word(end, &["of"]) && venue(ctx.word(end - 1)) {
            let k = if ctx.is_word(end + 1, &["the"]) {
                end + 2
            } else {
                end + 1
            };
            match name_end(ctx, k, &any_covered) {
                Some(e) if k < tokens.len() && ctx.same_sentence(i, e - 1) && e - k <= 3 => e,
                _ => end,
            }
        } else {
            end
        };
        let name = ctx.words(i, end).to_string();
        added.push(unlisted(i, end, name));
    }
    if !added.is_empty() {
        // an unlisted name replaces the listed places inside it
        slots.retain(|s| {
            !added
                .iter()
                .any(|a: &Slot| s.first < a.last && a.first < s.last)
        });
    }
    add_slots(slots, added);
}

/// "the Gulf of Aden", "Pushkin Square": a body of water or a street named
/// after a place is one place, not the place it is named after.
pub(super) fn name_after_places(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    // (the streets are the first words of [`VENUES`]; a junction is named
    // in lowercase too: "the Faizabad interchange")
    const JUNCTIONS: &[&str] = &[
        "Interchange",
        "Junction",
        "Roundabout",
        "interchange",
        "junction",
        "roundabout",
        "intersection",
    ];
    // ("the Kerch Strait": a body of water named after a town)
    let street = |w: &str| {
        VENUES[..STREETS_IN_VENUES].contains(&w) || JUNCTIONS.contains(&w) || WATERS.contains(&w)
    };
    let mut merged = false;
    for slot in slots.iter_mut() {
        let (first, last) = (slot.first, slot.last);
        if !is_place(&&*slot) {
            continue;
        }
        let (first, last) = if first >= 2
            && ctx.is_word(first - 1, &["of"])
            && WATERS.contains(&ctx.word(first - 2))
            && ctx.same_sentence(first - 2, first)
        {
            (first - 2, last)
        } else if last < ctx.seg.tokens.len()
            && street(ctx.word(last))
            && ctx.same_sentence(first, last)
        {
            (first, last + 1)
        } else {
            continue;
        };
        let name = ctx.words(first, last).to_string();
        *slot = unlisted(first, last, name);
        merged = true;
    }
    if merged {
        // a slot of the word joined to the place ("Gulf") gives way
        let mut kept: Vec<Slot> = Vec::with_capacity(slots.len());
        for s in slots.drain(..) {
            match kept.last() {
                Some(prev) if prev.last > s.first => {
                    if s.last - s.first > prev.last - prev.first {
                        kept.pop();
                        kept.push(s);
                    }
                }
                _ => kept.push(s),
            }
        }
        *slots = kept;
    }
}

/// What may stand between a subject and its verb.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "again",
    "not",
    "never",
    "swiftly",
    "quickly",
    "reportedly",
    "allegedly",
    "repeatedly",
    "previously",
    "recently",
    "immediately",
    "subsequently",
    "itself",
];

/// What a government does besides the events themselves.
const GOVERNMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "denied",
    "denies",
    "accused",
    "accuses",
    "blamed",
    "blames",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "launched",
    "launches",
    "sent",
    "sends",
    "deployed",
    "deploys",
    "responded",
    "responds",
    "retaliated",
    "retaliates",
    "warned",
    "warns",
    "condemned",
    "condemns",
    "rejected",
    "rejects",
    "insisted",
    "insists",
    "ordered",
    "orders",
    "carried",
    "fired",
    "vowed",
    "vows",
    "agreed",
    "agrees",
    "signed",
    "signs",
    "demanded",
    "demands",
    "urged",
    "urges",
    "wants",
    "will",
    "would",
    "admitted",
    "admits",
];

/// "The US carried out strikes", "the U.S. and China held talks", "the 16
/// Americans and one Canadian, who ...": a demonym that is also a country's
/// name or one of its people, and that no noun took, is the country or the
/// person where a verb, a partner or punctuation follows it.
pub(super) fn countries_named_as_demonyms(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    for j in 0..slots.len() {
        let Item::Demonym(d, Some(other)) = slots[j].item else {
            continue;
        };
        let (first, k) = (slots[j].first, slots[j].last);
        let acts = !ctx.same_sentence(first, k)
            || ctx.seg.tokens[k].kind != TokenKind::Word
            || ctx.is_word(k, AUXILIARIES)
            || ctx.is_word(k, GOVERNMENT_VERBS)
            || ctx.is_word(k, &["and", "or", "is", "was", "did", "does", "could"])
            || verb_trigger_at(slots, k);
        // "one Canadian", "a Canadian": an article or "one" before the person;
        // not "most of them American", "an Israeli “strategic centre”"
        // ("thousands of Lebanese marched": the people counted)
        let counted = first > 1
            && ctx.is_word(first - 1, &["of"])
            && ctx.is_word(first - 2, &["thousands", "hundreds", "dozens", "millions"]);
        let person_ok = first > 0
            && (ctx.is_word(first - 1, &["a", "an", "one", "the"]) || counted)
            && !ctx.is_word(k, &["“", "\"", "‘", "'"]);
        if !acts || matches!(other, Reading::Person) && !person_ok {
            continue;
        }
        slots[j].item = match other {
            Reading::Country(place) => Item::Final(What::Place(place_mention(ctx, place))),
            Reading::Person => Item::Final(What::Actor(ActorMention {
                country: ctx.names.demonym_country(d),
                ..ActorMention::named(ctx.words(first, k).into(), ActorCategory::Civilians)
            })),
        };
    }
}

/// Words after which a capital is no subject: prepositions, articles.
pub(super) const NOT_BEFORE_SUBJECTS: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "of", "across", "outside", "inside", "around",
    "toward", "towards", "via", "through", "over", "under", "between", "on", "the", "a", "an",
    "by", "for", "with", "against", "and", "or", "than",
];

/// "Ankara launched air strikes", "strikes by Tehran", "Moscow's invasion":
/// a capital where an actor stands is its country's government, and no
/// place of the event. Only where the capital acts: "Russia attacked Kyiv",
/// "Kabul was rocked by blasts" keep Kyiv and Kabul as places.
pub(super) fn seats_as_governments(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    // what may come before a subject
    const OPENERS: &[&str] = &[
        ",", "and", "but", "that", "when", "as", "while", "after", "before", "because", "since",
        "though", "although", "said", "says", "(", "—", "–", "\"", "“",
    ];
    const FORCES: &[&str] = &[
        "forces",
        "troops",
        "army",
        "military",
        "government",
        "proxies",
        "allies",
        "warplanes",
        "jets",
        "drones",
        "missiles",
    ];
    let verb_at = |k: usize| {
        ctx.is_word(k, GOVERNMENT_VERBS)
            || (verb_trigger_at(slots, k) && !ctx.is_word(k, &["hosted", "hosts"]))
    };
    let mut acting = vec![false; slots.len()];
    for (j, slot) in slots.iter().enumerate() {
        let Item::Final(What::Place(PlaceMention {
            seat_of: Some(_), ..
        })) = &slot.item
        else {
            continue;
        };
        let (first, last) = (slot.first, slot.last);
        // "an accusation Kabul rejected": after a noun, before a verb of the
        // state's, not after a preposition or an article
        let after_noun = first > 0
            && ctx.seg.tokens[first - 1].kind == TokenKind::Word
            && ctx.word(first - 1).starts_with(char::is_lowercase)
            && !ctx.is_word(first - 1, NOT_BEFORE_SUBJECTS)
            && ctx.is_word(last, GOVERNMENT_VERBS)
            && ctx.same_sentence(first, last);
        let subject =
            (first == ctx.sentence_start(first) || ctx.is_word(first - 1, OPENERS) || after_noun)
                && {
                    let mut k = last;
                    while ctx.is_word(k, AUXILIARIES) && ctx.same_sentence(first, k) {
                        k += 1;
                    }
                    ctx.same_sentence(first, k) && verb_at(k)
                };
        let agent = first >= 2
            && ctx.is_word(first - 1, &["by"])
            && (ctx.word(first - 2).ends_with("ed")
                || matches!(
                    slot_ending_at(slots, first - 1),
                    Some(Slot {
                        item: Item::Final(What::Trigger(_)),
                        ..
                    })
                ));
        let possessor = ctx.is_word(last, &["'s", "’s"])
            && ctx.same_sentence(first, last + 1)
            // "in Kyiv's Darnytskyi district"
            && !(first > 0 && ctx.is_word(first - 1, &["in", "at", "near", "outside", "into", "to", "from"]))
            && (ctx.is_word(last + 1, FORCES)
                || matches!(slot_starting_at(slots, last + 1), Some(Slot { item: Item::Final(What::Trigger(_)), .. })));
        acting[j] = subject || agent || possessor;
    }
    // "Moscow and Kyiv held talks": the first of two acts with the second
    for j in (0..slots.len().saturating_sub(1)).rev() {
        if !acting[j + 1] || acting[j] {
            continue;
        }
        let (a, b) = (&slots[j], &slots[j + 1]);
        acting[j] = matches!(&a.item, Item::Final(What::Place(p)) if p.seat_of.is_some())
            && b.first == a.last + 1
            && ctx.is_word(a.last, &["and"]);
    }
    for (slot, acts) in slots.iter_mut().zip(acting) {
        if !acts {
            continue;
        }
        let Item::Final(What::Place(p)) = &slot.item else {
            continue;
        };
        let (Some(country), code) = (p.seat_of.clone(), p.country.clone()) else {
            continue;
        };
        slot.item = Item::Final(What::Actor(ActorMention {
            country: code,
            ..ActorMention::named(country, ActorCategory::Government)
        }));
    }
}

/// The buildings that stand for a government are places after "in", "at"
/// or "outside": "talks with King Abdullah in the Kremlin", "a rally outside
/// the White House" (elsewhere, "the Kremlin said" is the government).
pub(super) fn seat_buildings_as_venues(ctx: &Ctx<'_>, slots: &mut [Slot]) {
    const BUILDINGS: &[&str] = &["Kremlin", "White House", "Élysée", "Downing Street"];
    for slot in slots.iter_mut() {
        let Item::Final(What::Actor(a)) = &slot.item else {
            continue;
        };
        if a.category != ActorCategory::Government || !BUILDINGS.contains(&&*a.name) {
            continue;
        }
        let first = slot.first;
        let at = if first > 0 && ctx.is_word(first - 1, &["the"]) {
            first - 1
        } else {
            first
        };
        if at > 0
            && ctx.same_sentence(at - 1, first)
            && ctx.is_word(at - 1, &["in", "at", "inside", "outside", "near"])
        {
            let name = a.name.to_string();
            *slot = unlisted(first, slot.last, name);
        }
    }
}

/// Whether the word at `k` is a verb in the past a name before it does:
/// "Beijing imposed", "Moscow said".
pub(super) fn acts(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.same_sentence(k.saturating_sub(1), k)
        && w.starts_with(char::is_lowercase)
        && (w.ends_with("ed") || is_any(w, &["said", "says", "has", "had"]))
}

/// The names of unlisted places `introduced` (token ranges), met again
/// alone: "the town of Maaloula ... Maaloula". Adds them to `added`.
fn named_again(
    ctx: &Ctx<'_>,
    introduced: &[(usize, usize)],
    any_covered: &[bool],
    added: &mut Vec<Slot>,
) {
    if introduced.is_empty() {
        return;
    }
    let tokens = &ctx.seg.tokens;
    let same_words = |i: usize, (a, b): (usize, usize)| {
        i + (b - a) <= tokens.len() && (0..b - a).all(|k| ctx.word(i + k) == ctx.word(a + k))
    };
    let name_word =
        |k: usize| ctx.is_capital(k) && tokens[k].kind == TokenKind::Word && !any_covered[k];
    for i in ctx.capitals() {
        let Some(&(a, b)) = introduced.iter().find(|&&n| n.0 != i && same_words(i, n)) else {
            continue;
        };
        let end = i + (b - a);
        // (a whole name: not "Maaloula Road", not inside another)
        let whole = (i..end).all(|k| !any_covered[k])
            && !(i > ctx.sentence_start(i) && name_word(i - 1))
            && !(end < tokens.len() && ctx.same_sentence(i, end) && name_word(end));
        if whole && !added.iter().any(|s: &Slot| s.first == i) {
            added.push(unlisted(i, end, ctx.words(i, end).to_string()));
        }
    }
}

/// "Azerbaijan retook Nagorno-Karabakh", "the rebels overran Sar-e-Pul":
/// what these verbs take is a place, named or not in a list (not what
/// "captured" or "seized" take, which may be people).
pub(super) fn add_places_taken(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    const TAKING_PLACES: &[&str] = &[
        "retook",
        "retaken",
        "retakes",
        "recaptured",
        "recaptures",
        "overran",
        "overrun",
    ];
    let tokens = &ctx.seg.tokens;
    // ("captured Kilinochchi, the Tamil Tiger rebels' de facto capital":
    // what the name is said to be makes it a place)
    let placed_by_apposition = |s: &Slot| {
        let covered = |k: usize| covered_at(slots, k);
        let mut k = s.last;
        while k < tokens.len() && k < s.last + 4 && ctx.is_capital(k) && !covered(k) {
            k += 1;
        }
        k > s.last
            && ctx.is_word(k, &[","])
            && ctx.is_word(k + 1, &["the", "a"])
            && (k + 2..(k + 9).min(tokens.len()))
                .take_while(|&j| {
                    ctx.same_sentence(k, j)
                        && !ctx.is_word(j, &[",", "in", "on", "at", "near", "who", "which"])
                })
                .any(|j| {
                    ctx.is_word(
                        j,
                        &[
                            "capital",
                            "town",
                            "city",
                            "village",
                            "stronghold",
                            "bastion",
                        ],
                    )
                })
    };
    let taking = |s: &Slot| {
        matches!(&s.item, Item::Final(What::Trigger(t)) if t.kind == Some(EventKind::Takeover))
            && (ctx.is_word(s.first, TAKING_PLACES)
                || ctx.is_word(s.last - 1, &["of"])
                || placed_by_apposition(s))
    };
    let starts: Vec<usize> = slots
        .iter()
        .filter(|s| taking(s) && s.last < ctx.seg.tokens.len() && !covered_at(slots, s.last))
        .map(|s| s.last)
        .collect();
    if starts.is_empty() {
        return;
    }
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    let mut introduced = Vec::new();
    // ("recaptured Jose Adolfo Macias, the Los Choneros gang leader": a
    // fugitive, by what the name is said to be)
    let said_a_person = |end: usize| {
        ctx.is_word(end, &[","])
            && (ctx.is_word(end + 1, &["who", "aged"])
                || ctx.word(end + 1).bytes().all(|b| b.is_ascii_digit())
                || ctx.is_word(end + 1, &["the", "a"])
                    && (end + 2..(end + 8).min(tokens.len()))
                        .take_while(|&j| ctx.same_sentence(end, j) && !ctx.is_word(j, &[","]))
                        .any(|j| {
                            ctx.is_word(
                                j,
                                &[
                                    "leader",
                                    "boss",
                                    "chief",
                                    "kingpin",
                                    "lord",
                                    "founder",
                                    "commander",
                                ],
                            )
                        }))
    };
    for k in starts {
        if let Some(end) = name_end(ctx, k, &covered).filter(|&end| !said_a_person(end)) {
            let name = ctx.words(k, end).to_string();
            added.push(unlisted(k, end, name));
            introduced.push((k, end));
        }
    }
    // ("Kilinochchi" later is that town too)
    named_again(ctx, &introduced, &covered, &mut added);
    add_slots(slots, added);
}

/// "in Kayes, Nioro du Sahel, Diboli, Sandaré and Gogoui": names no list
/// knows, in a list after a locative with places it knows, are places too.
pub(super) fn add_listed_with_places(ctx: &Ctx<'_>, slots: &mut Vec<Slot>) {
    let tokens = &ctx.seg.tokens;
    let place_at = |k: usize| slot_starting_at(slots, k).filter(is_place).map(|s| s.last);
    // lists start at a known place after a locative and go on with "," or
    // "and": found from the slots, not from every token
    let starts: Vec<usize> = slots
        .iter()
        .filter(|s| {
            is_place(s)
                && s.first > 0
                && ctx.is_word(s.first - 1, &["in", "near", "outside"])
                && ctx.is_word(s.last, &[",", "and"])
        })
        .map(|s| s.first)
        .collect();
    if starts.is_empty() {
        return;
    }
    let covered = covered_tokens(ctx, slots.iter());
    let mut added = Vec::new();
    let mut from = 0;
    for start in starts {
        if start < from {
            continue;
        }
        // the members: known places and capitalised names, joined by "," and "and"
        let (mut k, mut unknown, mut closed) = (start, Vec::new(), false);
        loop {
            if let Some(end) = place_at(k) {
                k = end;
            } else if !covered[k] && ctx.is_capital(k) && ctx.same_sentence(start, k) {
                // a name that a verb follows is a subject: "in Baghdad and Smith said"
                let then_verb = |end: usize| {
                    end < tokens.len()
                        && ctx.word(end).starts_with(char::is_lowercase)
                        && !ctx.is_word(
                            end,
                            &["and", "or", "in", "on", "at", "near", "of", "to", "from"],
                        )
                };
                match name_end(ctx, k, &covered) {
                    Some(end) if end - k <= 3 && !then_verb(end) => {
                        unknown.push((k, end));
                        k = end;
                    }
                    _ => break,
                }
            } else {
                break;
            }
            if closed || k >= tokens.len() {
                break;
            }
            if ctx.is_word(k, &[","]) && k + 1 < tokens.len() && ctx.is_word(k + 1, &["and"]) {
                k += 2;
                closed = true;
            } else if ctx.is_word(k, &["and"]) {
                k += 1;
                closed = true;
            } else if ctx.is_word(k, &[","]) {
                k += 1;
            } else {
                break;
            }
            if k >= tokens.len() {
                break;
            }
        }
        if closed {
            for (first, last) in unknown {
                let name = ctx.words(first, last).to_string();
                added.push(unlisted(first, last, name));
            }
        }
        from = k;
    }
    add_slots(slots, added);
}

/// Words that name a body of water with a name before or after them: "the
/// Gulf of Aden", "the Kerch Strait", "the Strait of Hormuz".
const WATERS: &[&str] = &["Gulf", "Bay", "Strait", "Straits", "Sea", "Lake", "Channel"];

/// How many of [`VENUES`], from the first, name streets and squares.
const STREETS_IN_VENUES: usize = 6;

/// Last words of the names of places smaller than a town, which may follow
/// "at", "on" or "the": "at Pushkin Square", "at the White House". The
/// streets come first.
pub(super) const VENUES: &[&str] = &[
    "Square",
    "Avenue",
    "Street",
    "Road",
    "Park",
    "Bridge",
    "Palace",
    "House",
    "University",
    "Stadium",
    "Airport",
    "Court",
    "Camp",
    "Cantonment",
    "Campus",
    "Office",
    "Institute",
    "College",
    "School",
    "Academy",
];

/// Whether a place noun follows from token `k` on, past the words that may
/// qualify it: "Chikun local government area", "Bab al-Hawa border crossing".
pub(super) fn place_noun_follows(ctx: &Ctx<'_>, mut k: usize) -> bool {
    while ctx.is_word(k, PLACE_NOUN_MODIFIERS) {
        k += 1;
    }
    ctx.is_class(k, class::PLACE_NOUN)
}

/// Whether a place slot starts at token `i`; slots are in text order.
pub(super) fn starts_a_place(slots: &[Slot], i: usize) -> bool {
    slot_starting_at(slots, i).is_some_and(|s| is_place(&s))
}
