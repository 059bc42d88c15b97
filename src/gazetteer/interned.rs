//! What mentions need of a gazetteer's entries, compact and shared: the
//! strings they carry, shared instead of copied (a document names the same
//! places many times, and most mentions never reach an event), and countries
//! as small numbers, so that choosing between places of one name reads one
//! short record and counts votes in an array.

use super::Gazetteer;
use crate::lexicon::Lexicon;
use crate::model::PlaceKind;
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A shared string: cloning it copies a pointer. The built-in gazetteer's
/// strings live as long as the program, and borrowing them costs no
/// reference count; other strings are counted.
#[derive(Clone)]
pub(crate) enum Name {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Name::Static(s) => s,
            Name::Shared(s) => s,
        }
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        **self == **other
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::Shared(s.into())
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name::Shared(s.into())
    }
}

pub(crate) struct PlaceNames {
    pub name: Name,
    pub country: Name,
    pub admin1: Option<Name>,
    pub country_id: u16,
    pub kind: PlaceKind,
    pub population: u64,
    /// For a capital, its country's name: "Ankara said" is Turkey speaking.
    pub seat_of: Option<Name>,
}

pub(crate) struct ActorNames {
    pub name: Name,
    pub country: Option<Name>,
    pub code: Option<Name>,
}

/// One shared copy of each string of a gazetteer's entries, by entry index.
pub(crate) struct Interned {
    pub places: Vec<PlaceNames>,
    pub actors: Vec<ActorNames>,
    /// The country of each demonym, and its number.
    pub demonym_countries: Vec<Option<(Name, u16)>>,
    /// How many distinct countries the entries name.
    pub countries: usize,
    /// The capital of each country, by country number: its place index.
    pub capitals: Vec<Option<u32>>,
    /// The lowercase name of each generic actor of the lexicon.
    pub generics: Vec<Name>,
}

impl Interned {
    /// The tables of a gazetteer that lives as long as the program (the
    /// built-in one): its strings are borrowed.
    pub fn borrowed(gazetteer: &'static Gazetteer, lexicon: &'static Lexicon) -> Interned {
        Interned::build(gazetteer, lexicon, Name::Static)
    }

    /// The tables of any gazetteer: one counted copy of each distinct string.
    pub fn new(gazetteer: &Gazetteer, lexicon: &'static Lexicon) -> Interned {
        // country codes and province names repeat across thousands of entries
        let mut pool: HashMap<&str, Name> = HashMap::new();
        Interned::build(gazetteer, lexicon, |s| {
            pool.entry(s).or_insert_with(|| Name::from(s)).clone()
        })
    }

    fn build<'g>(
        gazetteer: &'g Gazetteer,
        lexicon: &'static Lexicon,
        mut intern: impl FnMut(&'g str) -> Name,
    ) -> Interned {
        let mut country_ids: HashMap<&str, u16> = HashMap::new();
        let mut number = |c| {
            let next = country_ids.len() as u16;
            *country_ids.entry(c).or_insert(next)
        };
        // The place data puts a country at its capital's coordinates
        // (tools/build_places.py): that is how a capital is known.
        let country_points: HashMap<&str, (&str, (f64, f64))> = gazetteer
            .places()
            .iter()
            .filter(|p| p.kind == PlaceKind::Country)
            .filter_map(|p| Some((p.country.as_str(), (p.name.as_str(), p.coordinates?))))
            .collect();
        let places: Vec<PlaceNames> = gazetteer
            .places()
            .iter()
            .map(|p| PlaceNames {
                name: intern(&p.name),
                country: intern(&p.country),
                admin1: p.admin1.as_deref().map(&mut intern),
                country_id: number(&p.country),
                kind: p.kind,
                population: p.population,
                seat_of: country_points
                    .get(p.country.as_str())
                    .filter(|(_, at)| p.kind == PlaceKind::City && p.coordinates == Some(*at))
                    .map(|&(country, _)| intern(country)),
            })
            .collect();
        let actors = gazetteer
            .actors()
            .iter()
            .map(|a| ActorNames {
                name: intern(&a.name),
                country: a.country.as_deref().map(&mut intern),
                code: a.code.as_deref().map(&mut intern),
            })
            .collect();
        let demonym_countries = gazetteer
            .demonyms()
            .iter()
            .map(|d| d.country.as_deref().map(|s| (intern(s), number(s))))
            .collect();
        let generics = lexicon
            .generics
            .iter()
            .map(|g| {
                if g.phrase.chars().any(char::is_uppercase) {
                    Name::from(g.phrase.to_lowercase())
                } else {
                    Name::Static(g.phrase)
                }
            })
            .collect();
        let mut capitals = vec![None; country_ids.len()];
        for (i, p) in places.iter().enumerate() {
            if p.seat_of.is_some() {
                capitals[usize::from(p.country_id)] = Some(i as u32);
            }
        }
        Interned {
            places,
            actors,
            demonym_countries,
            countries: country_ids.len(),
            capitals,
            generics,
        }
    }
}

impl Interned {
    /// The capital of the country of demonym `d`: "the Egyptian capital".
    pub fn demonym_capital(&self, d: u32) -> Option<u32> {
        let (_, country) = self.demonym_countries[d as usize].as_ref()?;
        self.capitals.get(usize::from(*country)).copied().flatten()
    }

    /// The capital of the country coded `country`: "the mountain kingdom's
    /// capital" in a story from Lesotho.
    pub fn capital_of(&self, country: &str) -> Option<u32> {
        self.capitals
            .iter()
            .flatten()
            .copied()
            .find(|&i| &*self.places[i as usize].country == country)
    }

    /// The country of demonym `d`.
    pub fn demonym_country(&self, d: u32) -> Option<Name> {
        self.demonym_countries[d as usize]
            .as_ref()
            .map(|(c, _)| c.clone())
    }
}
