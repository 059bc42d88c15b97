//! Places and actors from many countries resolve to the right gazetteer
//! entries, with country codes and coordinates (fixture:
//! `tests/fixtures/gazetteer_cases.tsv`, one sentence per line).

use casus::{Extractor, PlaceKind};
use chrono::NaiveDate;

#[test]
fn places_and_actors_resolve_with_countries_and_coordinates() {
    let extractor = Extractor::builder().build().unwrap();
    let published = NaiveDate::from_ymd_opt(2024, 6, 12);
    let cases = include_str!("fixtures/gazetteer_cases.tsv");
    let mut checked = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let (text, kind) = (cols[0], cols[1]);
        let events = extractor.extract_at(text, published);
        let event = events
            .iter()
            .find(|e| serde_json::to_value(e.kind).unwrap() == kind)
            .unwrap_or_else(|| panic!("no {kind} event in {text:?}: {events:#?}"));
        for expected in &cols[2..] {
            let (what, rest) = expected.split_once('=').unwrap();
            let (name, rest) = rest.split_once('@').unwrap();
            let (country, detail) = rest.split_once(':').unwrap();
            match what {
                "actor" => {
                    let actor = event
                        .actors
                        .iter()
                        .find(|a| a.name == name)
                        .unwrap_or_else(|| {
                            panic!("{text:?}: no actor {name}: {:#?}", event.actors)
                        });
                    assert_eq!(actor.country.as_deref(), Some(country), "{text:?}: {name}");
                    assert_eq!(
                        serde_json::to_value(actor.role).unwrap(),
                        detail,
                        "{text:?}: {name}"
                    );
                }
                "place" => {
                    let place = event
                        .locations
                        .iter()
                        .find(|p| p.name == name)
                        .unwrap_or_else(|| {
                            panic!("{text:?}: no place {name}: {:#?}", event.locations)
                        });
                    assert_eq!(place.country.as_deref(), Some(country), "{text:?}: {name}");
                    assert_eq!(
                        serde_json::to_value(place.kind).unwrap(),
                        detail,
                        "{text:?}: {name}"
                    );
                    if place.kind != PlaceKind::Unlisted {
                        let (lat, lon) = place.coordinates.expect("listed places have coordinates");
                        assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
                    }
                }
                other => panic!("unknown column {other}"),
            }
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} mentions checked");
}

/// A user's entries, added to the built-in ones or used alone, reach the
/// events with their own names, countries, provinces and coordinates.
#[test]
fn a_users_gazetteer_resolves_like_the_built_in_one() {
    use casus::{Gazetteer, Role};
    let places = "Tal Shiha\tcity\tIQ\tNineveh\t36.41\t42.95\t900\tTel Shiha\n";
    let actors = "Lions of Sinjar\tmilitia\tIQ\tIRQMIL\tSinjar Lions\n";
    let mut mine = Gazetteer::read_places(places.as_bytes(), "places.tsv").unwrap();
    mine.extend(Gazetteer::read_actors(actors.as_bytes(), "actors.tsv").unwrap());
    let text = "Fighters of the Sinjar Lions attacked ISIS militants in the village \
                of Tel Shiha on Monday.";
    let added = Extractor::builder()
        .add_gazetteer(mine.clone())
        .build()
        .unwrap();
    let alone = Extractor::builder().gazetteer(mine).build().unwrap();
    for (extractor, built_in) in [(added, true), (alone, false)] {
        let events = extractor.extract(text);
        let event = &events[0];
        let lions = event
            .actors
            .iter()
            .find(|a| a.name == "Lions of Sinjar")
            .unwrap_or_else(|| panic!("{events:#?}"));
        assert_eq!(lions.role, Role::Initiator);
        assert_eq!(lions.country.as_deref(), Some("IQ"));
        assert_eq!(lions.code.as_deref(), Some("IRQMIL"));
        let village = event
            .locations
            .iter()
            .find(|p| p.name == "Tal Shiha")
            .unwrap_or_else(|| panic!("{events:#?}"));
        assert_eq!(village.name, "Tal Shiha");
        assert_eq!(village.admin1.as_deref(), Some("Nineveh"));
        assert_eq!(village.coordinates, Some((36.41, 42.95)));
        // the built-in actors are there only when added to
        let target = event.actors.iter().find(|a| a.role == Role::Target);
        assert_eq!(
            target.is_some_and(|a| a.name == "Islamic State" && a.text == "ISIS militants"),
            built_in,
            "{events:#?}"
        );
    }
}
