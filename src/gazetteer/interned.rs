//! The strings of a gazetteer that mentions carry, shared instead of copied:
//! a document names the same places and actors many times, and most of its
//! mentions never reach an event.

use super::Gazetteer;
use crate::lexicon::Lexicon;
use std::collections::HashMap;
use std::sync::Arc;

/// A shared string: cloning it copies a pointer.
pub(crate) type Name = Arc<str>;

pub(crate) struct PlaceNames {
    pub name: Name,
    pub country: Name,
    pub admin1: Option<Name>,
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
    /// The country of each demonym.
    pub demonym_countries: Vec<Option<Name>>,
    /// The lowercase name of each generic actor of the lexicon.
    pub generics: Vec<Name>,
}

impl Interned {
    pub fn new(gazetteer: &Gazetteer, lexicon: &Lexicon) -> Interned {
        // country codes and province names repeat across thousands of entries
        let mut pool: HashMap<&str, Name> = HashMap::new();
        let places = gazetteer
            .places()
            .iter()
            .map(|p| PlaceNames {
                name: Name::from(p.name.as_str()),
                country: intern(&mut pool, &p.country),
                admin1: p.admin1.as_deref().map(|s| intern(&mut pool, s)),
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
            .map(|d| d.country.as_deref().map(|s| intern(&mut pool, s)))
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
            generics,
        }
    }
}

fn intern<'g>(pool: &mut HashMap<&'g str, Name>, s: &'g str) -> Name {
    pool.entry(s).or_insert_with(|| Name::from(s)).clone()
}
