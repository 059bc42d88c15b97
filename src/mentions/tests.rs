//! Composition rules, one behaviour per test, on the built-in gazetteer.

use super::{build, class_lists, ActorMention, Data, Scope, What};
use crate::gazetteer::{Gazetteer, Interned, Matcher};
use crate::lexicon::LEXICON;
use crate::model::{ActorCategory, PlaceKind};
use crate::text::{segment, WordBits};
use crate::time::find_dates;
use once_cell::sync::Lazy;

static MATCHER: Lazy<Matcher> =
    Lazy::new(|| Matcher::build(Gazetteer::builtin_ref(), &LEXICON).unwrap());
static NAMES: Lazy<Interned> = Lazy::new(|| Interned::borrowed(Gazetteer::builtin_ref(), &LEXICON));
static CLASSES: Lazy<WordBits> = Lazy::new(|| WordBits::new(class_lists()));

/// (surface text, mention) for every mention of `text`.
fn mentions(text: &str) -> Vec<(String, What)> {
    let seg = segment(text);
    let dates = find_dates(text, None);
    let data = Data {
        matcher: &MATCHER,
        gazetteer: Gazetteer::builtin_ref(),
        names: &NAMES,
        lexicon: &LEXICON,
    };
    let classes: Vec<u64> = seg
        .tokens
        .iter()
        .map(|t| CLASSES.get(t.text(text)))
        .collect();
    build(
        text,
        &seg,
        &classes,
        &data,
        &MATCHER.scan_lexicon(text, &seg.lower),
        &dates,
        Scope::AllSentences,
    )
    .mentions
    .into_iter()
    .map(|m| {
        (
            text[seg.tokens[m.first].start..seg.tokens[m.last - 1].end].to_string(),
            m.what,
        )
    })
    .collect()
}

/// The surface texts of the places of `text`, in order.
fn places(text: &str) -> Vec<String> {
    mentions(text)
        .into_iter()
        .filter_map(|(t, w)| matches!(w, What::Place(_)).then_some(t))
        .collect()
}

fn actors(text: &str) -> Vec<(String, ActorMention)> {
    mentions(text)
        .into_iter()
        .filter_map(|(t, w)| match w {
            What::Actor(a) => Some((t, a)),
            _ => None,
        })
        .collect()
}

#[test]
fn demonym_and_agent_noun_compose_an_actor() {
    let a = actors("Iraqi forces and Turkish jets attacked; Afghan security forces withdrew.");
    let names: Vec<(&str, &str, Option<&str>)> = a
        .iter()
        .map(|(t, a)| (t.as_str(), &*a.name, a.country.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("Iraqi forces", "Iraqi military", Some("IQ")),
            ("Turkish jets", "Turkish military", Some("TR")),
            (
                "Afghan security forces",
                "Afghan National Defense and Security Forces",
                Some("AF")
            ),
        ]
    );
}

#[test]
fn coordinated_demonyms_share_their_noun() {
    let a = actors("Ukrainian and Russian negotiators met.");
    let names: Vec<&str> = a.iter().map(|(_, a)| &*a.name).collect();
    assert_eq!(names, ["Ukrainian negotiators", "Russian negotiators"]);
}

#[test]
fn named_actor_absorbs_demonym_agent_noun_and_acronym() {
    let a = actors("the Kurdish Peshmerga forces and the Islamic State (IS) fought");
    let texts: Vec<&str> = a.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["Kurdish Peshmerga forces", "Islamic State (IS)"]);
}

#[test]
fn country_possessive_and_agent_noun() {
    let a = actors("Myanmar’s military detained them.");
    assert_eq!(&*a[0].1.name, "Myanmar military");
    assert_eq!(a[0].1.category, ActorCategory::Military);
}

#[test]
fn titles_make_persons_with_country_and_affiliation() {
    let a = actors(
        "Russian President Vladimir Putin met Taliban spokesman Zabihullah Mujahid and the \
         acting Minister of Peshmerga Affairs, Karim Sinjari. Putin left.",
    );
    let people: Vec<(&str, Option<&str>, Option<&str>)> = a
        .iter()
        .map(|(_, a)| (&*a.name, a.country.as_deref(), a.affiliation.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            ("Vladimir Putin", Some("RU"), None),
            ("Zabihullah Mujahid", Some("AF"), Some("Taliban")),
            (
                "Karim Sinjari",
                Some("IQ"),
                Some("Ministry of Peshmerga Affairs")
            ),
            ("Vladimir Putin", Some("RU"), None),
        ]
    );
}

#[test]
fn unlisted_places_named_by_a_place_noun() {
    let places: Vec<(String, PlaceKind)> =
        mentions("gunmen raided the village of Tal Qasab near Sinjar")
            .into_iter()
            .filter_map(|(t, w)| match w {
                What::Place(p) => Some((t, p.kind)),
                _ => None,
            })
            .collect();
    assert_eq!(places[0], ("Tal Qasab".to_string(), PlaceKind::Unlisted));
}

#[test]
fn anaphors_point_back() {
    let a = actors("Boko Haram claimed it. The group said the militants left.");
    let names: Vec<&str> = a.iter().map(|(_, a)| &*a.name).collect();
    assert_eq!(names, ["Boko Haram", "Boko Haram", "Boko Haram"]);
    let capital = mentions("Gunmen entered Kabul. Fighting spread across the capital.")
        .into_iter()
        .find_map(|(t, w)| match w {
            What::Place(p) if t == "the capital" => Some(p.name),
            _ => None,
        });
    assert_eq!(capital.as_deref(), Some("Kabul"));
}

#[test]
fn place_nouns_point_to_the_place_of_their_kind() {
    let referent = |text: &str, noun: &str| {
        mentions(text).into_iter().find_map(|(t, w)| match w {
            What::Place(p) if t == noun => Some(p.name.to_string()),
            _ => None,
        })
    };
    // a capital named before, not the provincial town named since
    let text = "Police detained 40 people in Tbilisi. Rallies spread to Kutaisi. \
                Crowds returned to the capital on Tuesday.";
    assert_eq!(referent(text, "the capital").as_deref(), Some("Tbilisi"));
    // the story's country, not one named in passing
    let text = "Protests swept Iran. Iran blamed Israel. Unrest shook the country again.";
    assert_eq!(referent(text, "the country").as_deref(), Some("Iran"));
    // a town, not the district named after it; a province for "the state"
    let text = "A bomb hit Diyarbakir's Baglar district. Police sealed off the city.";
    assert_eq!(referent(text, "the city").as_deref(), Some("Diyarbakır"));
    let text = "Insurgents attacked Marte in Borno State. Troops deployed across the state.";
    assert_eq!(referent(text, "the state").as_deref(), Some("Borno State"));
    // "the state" as the polity is no place
    let text = "Police in Bavaria arrested 25 people plotting to overthrow the state.";
    assert_eq!(referent(text, "the state"), None);
}

#[test]
fn a_datelines_agency_is_no_second_name() {
    assert_eq!(
        places("DIYARBAKIR, Turkey (AFP) – Police detained 12 people."),
        ["DIYARBAKIR", "Turkey"]
    );
    // any outlet the gazetteer knows, by an alias too
    assert_eq!(
        places("KUALA LUMPUR (AA) – Police detained 12 people."),
        ["KUALA LUMPUR"]
    );
    assert_eq!(
        places("NEW DELHI (IANS) – Police detained 12 people."),
        ["NEW DELHI"]
    );
    let actors: Vec<String> = mentions("Islamic State (IS) militants attacked Sinjar.")
        .into_iter()
        .filter(|(_, w)| matches!(w, What::Actor(_)))
        .map(|(t, _)| t)
        .collect();
    assert_eq!(actors, ["Islamic State (IS) militants"]);
}

#[test]
fn hyphenated_modifiers_are_not_places() {
    let found = places("the Iran-backed movement and pro-Russian separatists");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_place_noun_before_a_name_points_nowhere_and_a_river_is_no_place() {
    assert_eq!(
        places("Troops entered Yangon. They moved to the capital Naypyitaw."),
        ["Yangon", "Naypyitaw"]
    );
    assert_eq!(
        places("Troops entered Yangon. They moved to the capital."),
        ["Yangon", "the capital"]
    );
    assert_eq!(places("Enerhodar lies on the Dnipro river."), ["Enerhodar"]);
}

#[test]
fn facilities_and_unnamed_office_holders_are_actors() {
    let a = actors("Gunmen stormed the Saudi embassy and seized the former prime minister.");
    let found: Vec<(&str, &str, ActorCategory, Option<&str>)> = a
        .iter()
        .map(|(t, a)| (t.as_str(), &*a.name, a.category, a.country.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("Gunmen", "gunmen", ActorCategory::ArmedGroup, None),
            (
                "Saudi embassy",
                "Saudi embassy",
                ActorCategory::Facility,
                Some("SA")
            ),
            (
                "the former prime minister",
                "former prime minister",
                ActorCategory::Person,
                None
            ),
        ]
    );
}

#[test]
fn a_list_of_unknown_full_names_is_a_list_of_people() {
    let people = |text: &str| -> Vec<String> {
        actors(text)
            .into_iter()
            .filter(|(_, a)| a.category == ActorCategory::Person)
            .map(|(t, _)| t)
            .collect()
    };
    assert_eq!(
        people("Police detained Guhdar Zebari, Ayaz Karam and Harwan Issa."),
        ["Guhdar Zebari", "Ayaz Karam", "Harwan Issa"]
    );
    // one unknown name could be anything, unless an event wants it as a party
    assert!(people("Police detained residents of Guhdar Zebari in the city.").is_empty());
    assert_eq!(
        people("Police detained Guhdar Zebari in the city."),
        ["Guhdar Zebari"]
    );
    assert_eq!(
        people("Donald Trump met reporters in Helsinki."),
        ["Donald Trump"]
    );
    // a lone word only for the one arrested or taken; no organisation or building
    assert!(people("Ukraine received Patriot missiles.").is_empty());
    assert!(people("Gunmen attacked Government House in Kaduna.").is_empty());
    assert_eq!(people("Marcel was arrested in Kinshasa."), ["Marcel"]);
}
