//! The place of an event: in its clause, in a clause of the same time, else
//! in a clause of its sentence without a trigger; not where someone was
//! before, went next, or spoke of.

use super::*;

/// Adds to `places` (the places the trigger's own phrase named) where the
/// event at `site` happened, for an event that does not refer back to one
/// told before.
pub(super) fn place_of_event(
    sent: &Sent<'_>,
    site: &Site,
    is_noun: bool,
    actors: &[(usize, Role)],
    places: &mut Vec<usize>,
) {
    let Site { t0, t1, c0, c1, .. } = *site;
    let used: Vec<usize> = actors.iter().map(|a| a.0).collect();
    let in_clause = clause_places(sent, c0, c1, &used);
    if is_noun {
        // a noun takes places from its own prepositions (already found) or, as the
        // predicate of its clause ("rallies were held in Batumi"), from the clause
        if places.is_empty() && (!actors.is_empty() || takes_place(sent, t1, c1)) {
            places.extend(in_clause);
        }
        // "protests that began on Jan. 2 in Zhanaozen": the relative
        // clause tells where
        if places.is_empty() && t1 == c1 && sent.is(c1, &["that", "which"]) {
            let (n0, n1) = sent.clause_range(c1);
            if takes_place(sent, c1, n1) {
                places.extend(clause_places(sent, n0, n1, &used));
            }
        }
        // "Protests over gas prices, which many use as fuel, broke out on
        // Jan. 2 in Zhanaozen": the main clause after the relative one tells
        if let Some((n0, n1)) = predicate_past_relative(sent, c0, c1).filter(|_| places.is_empty())
        {
            places.extend(clause_places(sent, n0, n1, &used));
        }
    } else {
        places.extend(in_clause);
    }
    // "detained 20 people as demonstrators blocked the streets in
    // Tbilisi": a clause of the same time that follows gives its place
    // (and so does one after a noun that ends its clause: "was killed in a
    // gun and suicide bomb attack as she left an election rally in
    // Rawalpindi")
    if let Some((n0, n1)) = simultaneous_clause(sent, c1)
        .filter(|_| places.is_empty() && (!is_noun || (t1 == c1 && !actors.is_empty())))
    {
        places.extend(clause_places(sent, n0, n1, &used));
    }
    // "police detained dozens of members ... after the women held their
    // weekly march in Havana's Miramar district": where it followed from
    if places.is_empty() && !is_noun && c1 < sent.last && sent.is(c1, &["after"]) {
        let (n0, n1) = sent.clause_range(c1);
        places.extend(clause_places(sent, n0, n1, &used));
    }
    if places.is_empty() && !is_noun {
        places.extend(sentence_places(sent, &used));
    }
    // "the BRICS group – founded by Brazil, ... – held talks": an aside
    // tells of other times and places
    places.retain(|&p| !sent.aside_apart(sent.m(p).first, t0) && !locates_another(sent, p));
    // "attacking positions held by the Petroleum Facilities Guard, whose
    // commander had sided with the government in Tripoli": a clause on
    // someone after the trigger tells of them, not where
    places.retain(|&p| {
        let first = sent.m(p).first;
        !(first > t1
            && (t1.max(first.saturating_sub(LOOKBACK))..first)
                .any(|i| sent.is(i, &["whose", "who"]) && sent.is(i - 1, &[","])))
    });
    // "in a fresh setback for the country's military rulers": whose loss it
    // was, not where
    places.retain(|&p| {
        let first = sent.m(p).first;
        !(sent.is_possessive(sent.m(p).last)
            && first > sent.first
            && sent.is(first - 1, &["for", "to"]))
    });
    // "Lula, who was visiting the city of Araraquara during the riot,
    // met ...": where the one described was before
    // (but "Deby, who flew to Niamey on Sunday, met ...": where one went)
    places.retain(|&p| !in_relative_before(sent, p, sent.first, t0) || went_to(sent, p));
    // "thousands of Crimean Tatars who back the new authorities in Kiev
    // rallied": so is one in a relative clause with no commas
    places.retain(|&p| !in_restrictive_relative(sent, p, t0));
    // "met Moon at Panmunjom ... and travelled twice to China": where
    // one went next is no place of what one did before
    places.retain(|&p| sent.m(p).first < t1 || !went_to(sent, p));
    // "met in Qatar and called for a ceasefire in eastern Congo": a place
    // after the next verb of saying is what was said
    if !is_noun {
        places.retain(|&p| {
            // (past its subject: "and the two signed an agreement")
            // (or a participle after a comma: ", agreeing to implement a full
            // ceasefire in eastern Ukraine")
            let first = sent.m(p).first;
            // (or a verb of its own after ", and": "retook Mekelle in June,
            // and launched an offensive into the Amhara region")
            !(t1..first).any(|k| {
                (sent.lower(k) == "," && k + 1 < first && sent.is(k + 1, SAYING_AFTER_COMMA))
                    || (sent.lower(k) == "and"
                        && (k + 1..(k + 4).min(first)).any(|v| sent.is(v, SAID_AFTER_AND)))
                    || (k + 2 < first
                        && sent.comma_and_verb(k)
                        && sent.mention_at(k + 2).is_none_or(|x| sent.is_trigger(x)))
            })
        });
    }
    // "captured the towns of Sabratha, Surman and al-Ajaylat ..., cutting a
    // supply route to the LNA's positions south of Tripoli": past the places
    // the clause names first, a participle after a comma tells another deed
    // and its places
    if !is_noun {
        let participle = (t1..c1).find(|&k| {
            sent.participle_after_comma(k, c0)
                && !sent.is(k, &["including", "according", "during", "following"])
        });
        if let Some(k) = participle {
            if places.iter().any(|&p| sent.m(p).first < k) {
                places.retain(|&p| sent.m(p).first < k);
            }
        }
    }
    // "flew to Cúcuta on Saturday, where he met ...": the place "where" stands for
    if places.is_empty() && sent.is(c0, &["where"]) {
        places.extend(
            (sent.mentions.start..sent.mentions_before(c0))
                .rev()
                .find(|&m| matches!(sent.m(m).what, What::Place(_))),
        );
    }
}

/// Verbs of saying after "and" that tell what a meeting said, not where it
/// was: "met in Qatar and called for a ceasefire in eastern Congo".
const SAID_AFTER_AND: &[&str] = &[
    "called",
    "agreed",
    "said",
    "signed",
    "urged",
    "pledged",
    "vowed",
    "announced",
    "promised",
    "reaffirmed",
    "stressed",
    "warned",
    "appealed",
    "praised",
    "thanked",
    "discussed",
    "condemned",
    "criticised",
    "criticized",
    "welcomed",
    "hailed",
    "expressed",
];

/// The same as participles after a comma: ", agreeing to implement a full
/// ceasefire in eastern Ukraine".
const SAYING_AFTER_COMMA: &[&str] = &[
    "agreeing",
    "calling",
    "urging",
    "pledging",
    "vowing",
    "promising",
    "saying",
    "warning",
    "stressing",
    "condemning",
];

/// Places in the clause that are not actors, modifiers or origins.
fn clause_places(sent: &Sent<'_>, c0: usize, c1: usize, used: &[usize]) -> Vec<usize> {
    (sent.mentions.clone())
        .filter(|&m| {
            let mm = sent.m(m);
            mm.first >= c0
                && mm.last <= c1
                && matches!(mm.what, What::Place(_))
                && !used.contains(&m)
                && sent.clause_of(mm.first) != u32::MAX
                && !(sent.is_actor(m) && sent.preposition_before(m).is_none())
                && (!matches!(sent.preposition_before(list_head(sent, m)), Some("from" | "with"))
                    || driven_from(sent, m))
                && !origin_past_country(sent, m)
                && (!from_the_town_of(sent, m) || driven_from(sent, m))
                && !from_a_base_in(sent, m)
                && !addressed(sent, m)
                && !owns_facility(sent, m)
                // "supporters of Burkina Faso's new leader": the country
                // describes a person; "seized Homs, Syria's third-largest
                // city": it tells where the city is
                && !(matches!(&mm.what, What::Place(p) if p.kind == PlaceKind::Country)
                    && sent.is_possessive(mm.last)
                    && (sent.preposition_before(m) == Some("of")
                        || (mm.last + 1..(mm.last + 4).min(c1)).any(|k| sent.is(k, PLACE_NOUNS))))
                && !between_points(sent, m)
                && !names_a_road(sent, m)
                && !based_in(sent, m)
                && !in_its_history(sent, m)
                && !in_a_motive(sent, m)
                && !speaks(sent, m)
                && !talked_about(sent, m)
                && !governed(sent, m)
        })
        .collect()
}

/// Whether place `m` is an end of a stretch a place named before it lies
/// on: "at the Faizabad interchange between Rawalpindi and Islamabad".
fn between_points(sent: &Sent<'_>, m: usize) -> bool {
    let k = sent.m(list_head(sent, m)).first;
    k > sent.first + 1
        && sent.is(k - 1, &["between"])
        && sent
            .mention_ending_at(k - 1)
            .is_some_and(|x| matches!(sent.m(x).what, What::Place(_)))
}

/// Whether place `m` lies in a relative clause on the subject, with no
/// commas, before the verb at `t0`: "Tatars who back the new authorities
/// in Kiev rallied".
fn in_restrictive_relative(sent: &Sent<'_>, m: usize, t0: usize) -> bool {
    let (first, last) = (sent.m(m).first, sent.m(m).last);
    last <= t0
        && (first.saturating_sub(8).max(sent.first + 1)..first).any(|i| {
            sent.is(i, &["who"])
                && sent.mention_ending_at(i).is_some_and(|a| sent.is_actor(a))
                && !(i..t0).any(|k| sent.is(k, &[","]))
                // (not where the clause's own event was: "supporters who
                // had gathered in a stadium in the capital")
                && !sent.trigger_between(i, first)
        })
}

/// Whether place `m` is where someone is based or lives: "a rebel group
/// based across the border in Libya" (not where the event was).
fn based_in(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    (first.saturating_sub(5).max(sent.first)..first)
        .rev()
        .take_while(|&k| !sent.is(k, &[","]))
        .any(|k| {
            sent.is(
                k,
                &[
                    "based",
                    "headquartered",
                    "lives",
                    "living",
                    "resides",
                    "residing",
                ],
            )
        })
}

/// Whether place `m` is an end of a road or line named after its two ends:
/// "on the Kabul–Kandahar highway", "the Beirut-Damascus road".
fn names_a_road(sent: &Sent<'_>, m: usize) -> bool {
    const DASHES: &[&str] = &["–", "-", "—"];
    const ROADS: &[&str] = &[
        "highway",
        "road",
        "railway",
        "railroad",
        "motorway",
        "expressway",
        "route",
        "pipeline",
        "corridor",
        "line",
    ];
    let mm = sent.m(m);
    let place_at = |x: Option<usize>| x.is_some_and(|x| matches!(sent.m(x).what, What::Place(_)));
    // the first end: a dash and a place follow, then the road
    let first_end = sent.is(mm.last, DASHES)
        && sent.mention_at(mm.last + 1).is_some_and(|y| {
            matches!(sent.m(y).what, What::Place(_)) && sent.is(sent.m(y).last, ROADS)
        });
    // the second end: a place and a dash come before, the road after
    let second_end = mm.first > sent.first
        && sent.is(mm.first - 1, DASHES)
        && place_at(sent.mention_ending_at(mm.first - 1))
        && sent.is(mm.last, ROADS);
    first_end || second_end
}

/// Whether place `m` is where forces were driven from: "rebels drove
/// government forces from the town of Kidal", or people abducted from.
fn driven_from(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    let Some(from) = (first.saturating_sub(4).max(sent.first)..first)
        .rev()
        .find(|&k| sent.is(k, &["from"]))
    else {
        return false;
    };
    // ("abducted at least 185 women and children from the village of
    // Gumsuri": where they were taken)
    (from.saturating_sub(8).max(sent.first)..from).any(|k| {
        sent.is(
            k,
            &[
                "drove",
                "driven",
                "pushed",
                "expelled",
                "ousted",
                "abducted",
                "kidnapped",
                "snatched",
            ],
        )
    })
}

/// Whether place `m` is an origin past a possessive country: "Fighters
/// from Ethiopia's northern Tigray region have captured Dessie".
fn origin_past_country(sent: &Sent<'_>, m: usize) -> bool {
    let mut k = sent.m(m).first;
    while k > sent.first && sent.is_plain(k - 1) && is_modifier_word(sent.word(k - 1)) {
        k -= 1;
    }
    k > sent.first
        && sent.is_possessive(k - 1)
        && sent
            .mention_ending_at(k - 1)
            .is_some_and(|x| sent.preposition_before(x) == Some("from"))
}

/// The points of the compass, as in "100 km south of the capital".
pub(super) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Whether place `m` only says where the place before it lies: "in the
/// southern city of Juliaca, near Lake Titicaca", "entered Gharyan, about
/// 100 km (60 miles) south of the capital".
fn locates_another(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    // (past "the city of", "the capital": "15 km north-west of the capital Bamako")
    let mut k = town_phrase_start(sent, first);
    if k == first && k > sent.first + 1 && sent.is(k - 1, &["capital"]) && sent.is(k - 2, &["the"])
    {
        k -= 2;
    }
    if k < sent.first + 2 {
        return false;
    }
    // ("the village of Shetpe, also in the Mangistau region": a region
    // that holds the town; not "a former chief minister of Khyber
    // Pakhtunkhwa, in the northwestern town of Bannu", nor "in Yemen, in
    // Sanaa": a place within the one before)
    let rank = |x: usize| match &sent.m(x).what {
        What::Place(p) => match p.kind {
            PlaceKind::Country => 2,
            PlaceKind::Admin1 => 1,
            PlaceKind::City | PlaceKind::Unlisted => 0,
        },
        _ => 0,
    };
    let region = |comma: usize| {
        !named_as_town(sent, first)
            && sent
                .mention_ending_at(comma)
                .is_some_and(|b| rank(m) >= rank(b))
    };
    let comma = if sent.is(k - 1, &["near", "outside"])
        || (sent.is(k - 1, &["in"]) && sent.is(k - 2, &[","]) && region(k - 2))
    {
        k - 2
    } else if k >= sent.first + 3
        && sent.is(k - 1, &["in"])
        && sent.is(k - 2, &["also"])
        && sent.is(k - 3, &[","])
        && region(k - 3)
    {
        k - 3
    } else if sent.is(k - 1, &["of"]) && sent.is(k - 2, DIRECTIONS) {
        // (past a distance: "about 100 km (60 miles)")
        let mut j = k - 2;
        while j > sent.first
            && (sent.word(j - 1).starts_with(|c: char| c.is_ascii_digit())
                || sent.is(
                    j - 1,
                    &[
                        "km",
                        "kilometres",
                        "kilometers",
                        "miles",
                        "mi",
                        "(",
                        ")",
                        "about",
                        "some",
                        "around",
                        "nearly",
                        "roughly",
                    ],
                ))
        {
            j -= 1;
        }
        // (past what the place is: "Grand-Bassam, a former colonial capital
        // on the Atlantic coast about 40 km east of Abidjan")
        let described = (j.saturating_sub(12).max(sent.first + 1)..j)
            .rev()
            .take_while(|&i| {
                sent.mention_at(i)
                    .is_none_or(|x| sent.is(i, &[","]) || !sent.is_trigger(x) && !sent.is_actor(x))
            })
            .find(|&i| sent.is(i, &[","]))
            .filter(|&i| sent.is(i + 1, &["a", "an", "the"]));
        described.unwrap_or(j.saturating_sub(1))
    } else {
        return false;
    };
    // ("were taken to Silivri prison west of the city": past a building)
    comma > sent.first
        && (sent.is(comma, &[","]) || sent.has(comma, cue::FACILITIES))
        && sent
            .mention_ending_at(comma)
            .is_some_and(|p| matches!(sent.m(p).what, What::Place(_)))
}

/// Whether place `m` is what talks are about: "for talks on Syria", "a
/// conference on Libya".
pub(super) fn talked_about(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    // ("chanting slogans against Israel and the United States": whom a
    // protest is against, past the list)
    let head = sent.m(list_head(sent, m)).first;
    (first >= sent.first + 2
        && matches!(sent.lower(first - 1), "on" | "about")
        && sent.has(first - 2, cue::TALK_NOUNS))
        // ("met in Jeddah to discuss Baghdad's accusations")
        || (first > sent.first
            && sent.is_possessive(sent.m(m).last)
            && sent.is(first - 1, &["discuss", "discussed", "discussing", "about", "over"]))
        || (head >= sent.first + 2
            && sent.is(head - 1, &["against"])
            && sent.is(head - 2, PROTESTED_AGAINST))
}

/// What a place after "against" is the object of, not where it happened:
/// "slogans against Israel", "a protest against France".
const PROTESTED_AGAINST: &[&str] = &[
    "slogans",
    "chanting",
    "chanted",
    "chants",
    "protest",
    "protests",
    "protesting",
    "protested",
    "rally",
    "rallies",
    "rallied",
    "demonstration",
    "demonstrations",
    "demonstrated",
    "march",
    "marched",
];

/// Whether place `m` names what someone governs or leads, or is sent to:
/// "the governors of the Kursk, Belgorod and Bryansk regions", "the mayor
/// of Kharkiv", "a former ambassador to Washington".
pub(super) fn governed(sent: &Sent<'_>, m: usize) -> bool {
    let head = list_head(sent, m);
    // (past "the southern city of": "the mayor of the southern city of
    // Iguala")
    let mut k = town_phrase_start(sent, sent.m(head).first);
    // (past a modifier: "a former president of neighbouring Ingushetia")
    while k > sent.first + 2
        && (sent.is(k - 1, NEIGHBOURING)
            || (sent.word(k - 1).ends_with("ern")
                && sent.word(k - 1).starts_with(char::is_lowercase)))
    {
        k -= 1;
    }
    let sent_to = k > sent.first + 1
        && sent.is(k - 1, &["to"])
        && sent.is(
            k - 2,
            &["ambassador", "ambassadors", "envoy", "envoys", "emissary"],
        );
    sent_to
        || k > sent.first + 1
            && sent.is(k - 1, &["of"])
            && (sent.mention_ending_at(k - 1).is_some_and(|a| sent.is_party(a))
            // (a bare title: "Ahmed Khan, mayor of the town of Datu Unsay")
            || sent.is(k - 2, &["mayor", "governor", "ruler"]))
}

/// Words that place a place beside the story's, before its name:
/// "neighbouring Ingushetia", "from nearby Nigeria".
const NEIGHBOURING: &[&str] = &["neighbouring", "neighboring", "nearby"];

/// Whose people they are, not where: "citizens of France, Canada and
/// Britain were also killed".
pub(super) const NATIONALS: &[&str] = &["citizens", "nationals", "citizen", "national"];

/// Whether place `m` (or the list it ends) says whose nationals someone is.
pub(super) fn nationals_of(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(list_head(sent, m)).first;
    first >= sent.first + 2 && sent.is(first - 1, &["of"]) && sent.is(first - 2, NATIONALS)
}

/// The first place of the list of places that place `m` ends: "Egypt" for
/// "Senegal" in "from Egypt, Somalia and Senegal" (`m` itself when it is
/// no place or in no list).
pub(super) fn list_head(sent: &Sent<'_>, m: usize) -> usize {
    list_head_in(sent.doc, m, sent.mentions.start)
}

/// [`list_head`] over the document's mentions from `floor` on.
pub(super) fn list_head_in(doc: &Doc<'_>, m: usize, floor: usize) -> usize {
    let ms = doc.mentions;
    let word = |k: usize| doc.seg.tokens[k].text(doc.text);
    let mut head = m;
    while head > floor && matches!(ms[head].what, What::Place(_)) {
        let (first, before) = (ms[head].first, head - 1);
        // (past an article: "Qatar, Kuwait, the United Arab Emirates")
        let sep = if first > 1 && word(first - 1) == "the" {
            first - 1
        } else {
            first
        };
        if sep > 0
            && is_any(word(sep - 1), &[",", "and"])
            && ms[before].last + 1 == sep
            && matches!(ms[before].what, What::Place(_))
        {
            head = before;
        } else {
            break;
        }
    }
    head
}

/// Whether place `m` is a government speaking, not a place: "struck what
/// New Delhi called a training camp".
pub(super) fn speaks(sent: &Sent<'_>, m: usize) -> bool {
    sent.is(
        sent.m(m).last,
        &["called", "calls", "says", "said", "described", "dubbed"],
    )
}

/// Whether place `m` is where someone travelled or was sent: "flew to
/// Beijing", "travelled twice to China", "extradited to the US".
fn went_to(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    // ("forcing Bozizé to flee across the river into the Democratic
    // Republic of Congo")
    let fled_into = sent.preposition_before(m) == Some("into")
        && (first.saturating_sub(6).max(sent.first)..first)
            .any(|i| sent.is(i, &["fled", "flee", "fleeing"]));
    // ("took them to the Philippine island of Jolo": past the place noun)
    let mut phrase = town_phrase_start(sent, first);
    // (or a port: "escorted it to the Iranian port of Bandar Abbas")
    if phrase == first
        && first >= sent.first + 2
        && sent.is(first - 1, &["of"])
        && sent.is(first - 2, &["port", "harbour", "harbor"])
    {
        phrase = first - 2;
        if phrase > sent.first && sent.is(phrase - 1, &["the"]) {
            phrase -= 1;
        }
    }
    // (past a demonym: "the Philippine island of")
    while phrase < first
        && phrase > sent.first + 1
        && sent.word(phrase - 1).starts_with(char::is_uppercase)
        && sent.is(phrase - 2, &["the"])
    {
        phrase -= 2;
    }
    let to = if phrase < first {
        phrase > sent.first && sent.is(phrase - 1, &["to"])
    } else {
        sent.preposition_before(m) == Some("to")
    };
    fled_into
        || to
            && (phrase.saturating_sub(4).max(sent.first)..phrase).any(|i| {
                sent.is(
                    i,
                    &[
                        "travelled",
                        "traveled",
                        "flew",
                        "went",
                        "returned",
                        "headed",
                        "drove",
                        "sailed",
                        "moved",
                        "fled",
                        "flee",
                        "came",
                        // (sent: "handed them over to Cameroon")
                        "over",
                        "extradited",
                        "deported",
                        "transferred",
                        "flown",
                        "sent",
                        "taken",
                        "took",
                        "brought",
                        // ("escorted it to the Iranian port of Bandar Abbas")
                        "escorted",
                        "towed",
                        "diverted",
                    ],
                )
            })
}

/// Places after a locative preposition in clauses of the sentence that have no trigger.
fn sentence_places(sent: &Sent<'_>, used: &[usize]) -> Vec<usize> {
    let trigger_clauses: Vec<u32> = sent
        .mentions
        .clone()
        .filter(|&m| sent.is_trigger(m))
        .map(|m| sent.clause_of(sent.m(m).first))
        .collect();
    sent.mentions
        .clone()
        .filter(|&m| {
            let mm = sent.m(m);
            let c = sent.clause_of(mm.first);
            matches!(mm.what, What::Place(_))
                && c != u32::MAX
                && !trigger_clauses.contains(&c)
                && !used.contains(&m)
                && (sent
                    .preposition_before(m)
                    .is_some_and(|p| is_any(p, LOCATIVES) && p != "of")
                    // ("has held the city of Fallujah since seizing it")
                    || named_as_town(sent, mm.first))
                // (not where they came from: "many of them from the
                // neighbouring island of Malaita")
                && !from_the_town_of(sent, m)
        })
        .collect()
}

/// Whether the place starting at token `first` is named after a place noun:
/// "the city of Fallujah", "the town of Ganthier".
pub(super) fn named_as_town(sent: &Sent<'_>, first: usize) -> bool {
    first >= sent.first + 2
        && sent.is(first - 1, &["of"])
        && sent.is(
            first - 2,
            &[
                "town",
                "city",
                "village",
                "province",
                "region",
                "district",
                "state",
                "island",
                "county",
                "governorate",
                "municipality",
            ],
        )
}

/// Whether the place starting at token `first` is named with its kind and
/// no preposition before: "seized the town of Sinjar", not "captured two
/// soldiers in the eastern province of Arauca".
pub(super) fn named_as_town_object(sent: &Sent<'_>, first: usize) -> bool {
    named_as_town(sent, first) && {
        let k = town_phrase_start(sent, first);
        !(k > sent.first && sent.has(k - 1, cue::BLOCKING_PREPOSITIONS))
    }
}

/// Whether place `m` is an origin named with its kind: "a retired guard
/// from the town of Levice".
fn from_the_town_of(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    // (past "the" and lowercase modifiers: "from the coastal city of Zawiya")
    named_as_town(sent, first) && {
        let k = town_phrase_start(sent, first);
        k > sent.first && sent.is(k - 1, &["from"])
    }
}

/// Where the phrase that names the place starting at token `first` begins:
/// before "the southern city of" ("the mayor of the southern city of
/// Iguala", "from the coastal city of Zawiya"), or before "the" alone.
pub(super) fn town_phrase_start(sent: &Sent<'_>, first: usize) -> usize {
    let mut k = first;
    if named_as_town(sent, k) {
        k -= 2;
        // (a hyphen may join two modifier words: "jungle-covered")
        let modifier = |w: &str| is_modifier_word(w) || w.split('-').all(is_modifier_word);
        while k > sent.first + 1
            && modifier(sent.word(k - 1))
            && !sent.has(k - 1, cue::BLOCKING_PREPOSITIONS)
            && sent.mention_at(k - 1).is_none()
        {
            k -= 1;
        }
    }
    if k > sent.first && sent.lower(k - 1) == "the" {
        k -= 1;
    }
    k
}

/// Whether place `m` is where a base an attack came from lies: "launched
/// an offensive from their stronghold in Idlib".
fn from_a_base_in(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    let Some(p) = (first.saturating_sub(3).max(sent.first)..first)
        .rev()
        .find(|&k| sent.is(k, &["in", "at"]))
    else {
        return false;
    };
    // (not where people were taken from: "abducted schoolgirls from their
    // dormitory in Chibok")
    p > sent.first
        && sent.is(
            p - 1,
            &[
                "stronghold",
                "strongholds",
                "base",
                "bases",
                "bastion",
                "positions",
                "hideout",
            ],
        )
        && (p.saturating_sub(5).max(sent.first)..p)
            .rev()
            .take_while(|&k| {
                sent.mention_at(k).is_none()
                    && (sent.word(k).starts_with(char::is_lowercase) || sent.is_possessive(k))
            })
            .any(|k| sent.is(k, &["from"]))
}

/// Whether place `m` owns a history rather than hosting the event: "the
/// largest protest in Serbia's modern history".
pub(super) fn in_its_history(sent: &Sent<'_>, m: usize) -> bool {
    let last = sent.m(m).last;
    sent.is_possessive(last) && (last + 1..last + 3).any(|i| sent.is(i, &["history"]))
}

/// Whether place `m` owns a facility named before it: "the embassies of
/// Rwanda, France and Belgium" are in Kinshasa, not in those countries.
fn owns_facility(sent: &Sent<'_>, m: usize) -> bool {
    let mut first = sent.m(m).first;
    // back over the coordination to its first member
    while first >= sent.first + 2 && sent.is(first - 1, &[",", "and"]) {
        match sent.mention_at(first - 2) {
            Some(x) if matches!(sent.m(x).what, What::Place(_)) => first = sent.m(x).first,
            _ => break,
        }
    }
    // (a country owns: "the embassy of Sweden"; a town is where it is: "the
    // low-cost terminal of Kuala Lumpur International Airport")
    matches!(&sent.m(m).what, What::Place(p) if p.kind == PlaceKind::Country)
        && first >= sent.first + 2
        && sent.is(first - 1, &["of"])
        && sent
            .mention_at(first - 2)
            .is_some_and(|x| sent.is_facility(x))
}

/// Whether place `m` stands for its government, addressed by a noun: "a
/// challenge to Beijing", "a blow to Moscow", "a message to Washington".
fn addressed(sent: &Sent<'_>, m: usize) -> bool {
    let first = sent.m(m).first;
    first >= sent.first + 2
        && sent.is(first - 1, &["to"])
        && sent.is(
            first - 2,
            &[
                "challenge",
                "blow",
                "message",
                "warning",
                "rebuke",
                "threat",
                "affront",
                "signal",
                "snub",
                "ultimatum",
                "appeal",
                "concession",
                "letter",
                "overture",
            ],
        )
}

/// Whether place `m` is named in the motive of an act, not where it was
/// done: "carried out the assault in retaliation for Kenya's military role
/// in Somalia", "in response to strikes on Gaza".
fn in_a_motive(sent: &Sent<'_>, m: usize) -> bool {
    motive_before(sent.doc, sent.m(m).first, sent.first)
}

/// The place a visit told before token `at` went to: "a visit to Kiev",
/// "on a trip to Beijing", "visiting Ankara".
pub(super) fn visited(sent: &Sent<'_>, at: usize) -> Option<usize> {
    (sent.mentions.start..sent.mentions_before(at))
        .rev()
        .take(LOOKBACK)
        .find(|&p| {
            let first = sent.m(p).first;
            matches!(sent.m(p).what, What::Place(_))
                && first >= sent.first + 2
                && ((sent.is(first - 1, &["to"])
                    && sent.is(first - 2, &["visit", "trip", "visits"]))
                    || sent.is(first - 1, &["visiting"]))
        })
}

/// Where the frame `d` at `site` happened when its own words name no
/// place: the scene of the attack just told, the place a visit went to,
/// the place the story was last (`cause`: the noun is named as a cause,
/// and takes none). Drops an area that points back to the country acting.
pub(super) fn fallback_places(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    d: &mut Draft,
    cause: bool,
    earlier: &[Frame],
) {
    let Site { t0, t1, c0, c1, .. } = *site;
    // "had been arrested at the scene": where the attack just told was
    let at_scene = (t1..c1).any(|i| {
        sent.is(i, &["scene"]) && sent.is(i - 1, &["the"]) && sent.is(i - 2, &["at", "near"])
    });
    if d.places.is_empty() && at_scene && d.kind != EventKind::Attack {
        let attack = (earlier.iter().rev().take(LOOKBACK))
            .find(|f| f.kind == EventKind::Attack && !f.places.is_empty() && !f.negated);
        d.places
            .extend(attack.iter().flat_map(|f| f.places.iter().copied()));
    }
    // "a visit to Kiev by Joe Biden, who met Turchynov": a meeting on a
    // visit told before it is where the visit went
    if d.places.is_empty() && d.kind == EventKind::Meeting {
        d.places.extend(places::visited(sent, t0));
    }
    // "... was arrested on Sunday." with no place of its own: where the story
    // was last, as a date with none is when it was last
    // (only for an event with a party: a place alone makes no event; "Xi
    // and Putin had held talks there a day earlier": "there" says so for
    // any event)
    let there = (t1..c1.min(t1 + 6)).any(|i| sent.is(i, &["there"]));
    let narrative = !d.anaphoric && !cause && d.kind != EventKind::Meeting && !d.actors.is_empty();
    if d.places.is_empty() && (narrative || there) {
        // (nor one in a relative clause on the subject: "Tatars who back the
        // new authorities in Kiev rallied")
        let used: Vec<usize> = (d.actors.iter().map(|a| a.0))
            .chain(sent.mentions.clone().filter(|&p| {
                matches!(sent.m(p).what, What::Place(_)) && in_restrictive_relative(sent, p, t0)
            }))
            .collect();
        d.places.extend(
            narrative_place(sent, s, t0, &used)
                .filter(|&p| there || !of_another_year(sent, p, c0, c1)),
        );
    }
    // "Turkey struck the area": an area that points back to the country
    // acting is not where it struck
    let acting: Vec<&str> = d
        .actors
        .iter()
        .filter(|&&(_, r)| r == Role::Initiator)
        .filter_map(|&(a, _)| match &sent.m(a).what {
            What::Place(p) => Some(&*p.name),
            _ => None,
        })
        .collect();
    if !acting.is_empty() {
        d.places.retain(|&p| {
            !(sent.is(sent.m(p).first, &["the"])
                && matches!(&sent.m(p).what, What::Place(q) if acting.contains(&&*q.name)))
        });
    }
}

/// Whether place mention `p`, told in an earlier sentence, belongs to
/// another year than the one the clause `c0..c1` names: "... a campaign
/// rally in Hong Kong on Sunday. ... De Lima was arrested in February
/// 2017" was not arrested in Hong Kong.
fn of_another_year(sent: &Sent<'_>, p: usize, c0: usize, c1: usize) -> bool {
    let doc = sent.doc;
    let year_of = |m: &Mention| match m.what {
        What::Date(d) => doc.dates[d]
            .value
            .map(|v| chrono::Datelike::year(&v.first_day())),
        _ => None,
    };
    let first = doc.mentions[p].first;
    if first >= sent.first {
        return false;
    }
    // (a year the clause writes out: "in February 2017", not "on Sunday")
    let own = (sent.mentions_before(c0)..sent.mentions_before(c1)).find_map(|m| {
        let mm = sent.m(m);
        let written = matches!(mm.what, What::Date(d)
            if doc.dates[d].text.chars().filter(char::is_ascii_digit).count() == 4);
        (mm.last <= c1 && written).then(|| year_of(mm)).flatten()
    });
    let Some(own) = own else {
        return false;
    };
    // (the dates of the place's sentence, a bounded look)
    let sentences = &doc.seg.sentences;
    let there = &sentences[sentences.partition_point(|x| x.tokens.end <= first)].tokens;
    let from = doc.mentions.partition_point(|m| m.first < there.start);
    doc.mentions[from..]
        .iter()
        .take_while(|m| m.first < there.end)
        .take(LOOKBACK)
        .filter_map(year_of)
        .any(|y| y != own)
}

/// The place last named before token `at`, in its sentence or the two
/// before: not a dateline (in capitals), not an origin or a destination
/// ("from Athens", "to Vilnius"), not one the frame already has as an actor.
fn narrative_place(sent: &Sent<'_>, s: usize, at: usize, used: &[usize]) -> Option<usize> {
    let from = sent.doc.seg.sentences[s.saturating_sub(2)].tokens.start;
    let ms = sent.doc.mentions;
    let tokens = &sent.doc.seg.tokens;
    let word = |k: usize| tokens[k].text(sent.doc.text);
    (0..sent.mentions_before(at))
        .rev()
        .take(LOOKBACK)
        .take_while(|&m| ms[m].first >= from)
        .find(|&m| {
            let first = ms[m].first;
            matches!(ms[m].what, What::Place(_))
                && !used.contains(&m)
                // (the whole list after "from": "women from Egypt, Somalia
                // and Senegal", "had crossed from Brownsville, Texas")
                // (nor whose people they are: "held the ambassadors of
                // Venezuela, Cuba and Nicaragua")
                && !{
                    let head = ms[list_head_in(sent.doc, m, 0)].first;
                    // (not "residents of Sweida", who are there)
                    let owned = |x: &Mention| {
                        x.last + 1 == head && x.what.is_actor_of(ActorCategory::Government)
                    };
                    // (past a modifier: "crossed from neighbouring Nigeria";
                    // and a place noun: "from the neighbouring island of
                    // Malaita")
                    let mut head = head;
                    if head > from + 1
                        && word(head - 1) == "of"
                        && is_any(word(head - 2), PLACE_NOUNS)
                    {
                        head -= 2;
                    }
                    while head > from
                        && (is_any(word(head - 1), NEIGHBOURING)
                            || word(head - 1).eq_ignore_ascii_case("the")
                            || word(head - 1).ends_with("ern"))
                    {
                        head -= 1;
                    }
                    // (nor a partner or a foe: "opposed to a trade pact
                    // with China")
                    head > 0
                        && (is_any(word(head - 1), &["from", "to", "with", "against"])
                            || (word(head - 1) == "of"
                                && (ms[..m].iter().rev().take(8).any(owned)
                                    || (head > 1 && is_any(word(head - 2), NATIONALS)))))
                }
                // ("Russia said its peacekeepers were killed": a government speaking)
                // (not "Police in Punjab province said")
                // (nor one naming a thing: "what Kiev calls an anti-terrorist
                // operation")
                && !(is_any(
                    word(ms[m].last),
                    &["said", "says", "announced", "reported", "calls", "called"],
                )
                    && !(first > 0 && is_any(word(first - 1), BLOCKING_PREPOSITIONS)))
                // "waving the flag of Zaire": a country's emblem is no place
                && !(first > 1
                    && word(first - 1) == "of"
                    && is_any(word(first - 2), &["flag", "flags", "anthem"]))
                // "in the city of Karaj, west of Tehran": a point of
                // reference, not where the story is
                // (but "in the east of the capital" is in it)
                // (past "the capital": "north-west of the capital Bamako")
                && !{
                    let capital = first > 1 && word(first - 1) == "capital" && word(first - 2) == "the";
                    let first = if capital { first - 2 } else { first };
                    first > 2
                        && word(first - 1) == "of"
                        && is_any(word(first - 2), places::DIRECTIONS)
                        && !word(first - 3).eq_ignore_ascii_case("the")
                }
                // "Correa, who lives in Belgium, denied the charge": where
                // someone lives or is based, not where the story is
                && !(first > 1
                    && is_any(word(first - 1), &["in", "from"])
                    && is_any(
                        word(first - 2),
                        &["lives", "live", "living", "resides", "residing", "exile", "based"],
                    ))
                // "Harper is expected to host the team in Ottawa": where the
                // story may go, not where it is
                && !(first.saturating_sub(8)..first)
                    .rev()
                    .map(word)
                    .take_while(|w| !matches!(*w, "," | ";" | "." | ":"))
                    // (nor where someone is "thought to be fighting", "believed to be hiding")
                    .any(|w| {
                        is_any(
                            w,
                            &[
                                "expected", "will", "would", "plans", "due", "scheduled", "thought",
                                "believed",
                            ],
                        )
                    })
                // ("France, the former colonial power, condemned the
                // killings": a country acting is no place)
                && !(matches!(&ms[m].what, What::Place(p) if p.country_actor)
                    && (first == 0 || !is_any(word(first - 1), BLOCKING_PREPOSITIONS)))
                && word(first).chars().any(char::is_lowercase)
        })
}
