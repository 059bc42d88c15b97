//! What mentions need of a gazetteer's entries, compact and shared: the
//! strings they carry, shared instead of copied (a document names the same
//! places many times, and most mentions never reach an event), and countries
//! as small numbers, so that choosing between places of one name reads one
//! short record and counts votes in an array.

use super::Gazetteer;
use crate::lexicon::Lexicon;
use crate::model::PlaceKind;
use std::collections::HashMap;
use std::sync::Arc;

/// A shared string: cloning it copies a pointer.
pub(crate) type Name = Arc<str>;

pub(crate) struct PlaceNames {
    pub name: Name,
    pub country: Name,
    pub admin1: Option<Name>,
    pub country_id: u16,
    pub kind: PlaceKind,
    pub population: u64,
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
    /// The lowercase name of each generic actor of the lexicon.
    pub generics: Vec<Name>,
}

impl Interned {
    pub fn new(gazetteer: &Gazetteer, lexicon: &Lexicon) -> Interned {
        // country codes and province names repeat across thousands of entries
        let mut pool: HashMap<&str, Name> = HashMap::new();
        let mut country_ids: HashMap<&str, u16> = HashMap::new();
        let mut number = |c| {
            let next = country_ids.len() as u16;
            *country_ids.entry(c).or_insert(next)
        };
        let places = gazetteer
            .places()
            .iter()
            .map(|p| PlaceNames {
                name: Name::from(p.name.as_str()),
                country: intern(&mut pool, &p.country),
                admin1: p.admin1.as_deref().map(|s| intern(&mut pool, s)),
                country_id: number(&p.country),
                kind: p.kind,
                population: p.population,
            })
            .collect();
        let actors = gazetteer
            .actors()
            .iter()
            .map(|a| ActorNames {
                name: Name::from(a.name.as_str()),
                country: a.country.as_deref().map(|s| intern(&mut pool, s)),
                code: a.code.as_deref().map(|s| intern(&mut pool, s)),
            })
            .collect();
        let demonym_countries = gazetteer
            .demonyms()
            .iter()
            .map(|d| {
                d.country
                    .as_deref()
                    .map(|s| (intern(&mut pool, s), number(s)))
            })
            .collect();
        let generics = lexicon
            .generics
            .iter()
            .map(|g| Name::from(g.phrase.to_lowercase()))
            .collect();
        Interned {
            places,
            actors,
            demonym_countries,
            countries: country_ids.len(),
            generics,
        }
    }
}

impl Interned {
    /// The country of demonym `d`.
    pub fn demonym_country(&self, d: u32) -> Option<Name> {
        self.demonym_countries[d as usize]
            .as_ref()
            .map(|(c, _)| c.clone())
    }
}

fn intern<'g>(pool: &mut HashMap<&'g str, Name>, s: &'g str) -> Name {
    pool.entry(s).or_insert_with(|| Name::from(s)).clone()
}
