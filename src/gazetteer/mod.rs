//! Gazetteers: the places, named actors and demonyms casus recognises.
//!
//! A [`Gazetteer`] is plain data. The built-in one ([`Gazetteer::builtin`]) is
//! parsed from the TSV files under `data/` embedded in the crate; users can
//! read their own files in the same formats and add them to it or use them
//! instead. An [`Extractor`](crate::Extractor) compiles its gazetteer once into
//! Aho-Corasick automata.
//!
//! # File formats
//!
//! UTF-8, one entry per line, tab-separated, `|` between aliases. Empty lines
//! and lines starting with `#` are skipped. Names are matched as written
//! (case-sensitively, so `IS` the group never matches the verb "is"), in
//! ALL CAPS (datelines) and with a capitalised first letter.
//!
//! Places, 8 columns:
//! `name  kind  country  admin1  lat  lon  population  aliases`, where kind is
//! `country`, `admin1` or `city`, country an ISO 3166-1 alpha-2 code, and
//! admin1, lat, lon, population and aliases may be empty.
//!
//! Actors, 5 columns: `name  category  country  code  aliases`, where
//! category is one of `military`, `police`, `government`, `armed_group`,
//! `militia`, `party`, `international_org`, `ngo`, `media`, `company`,
//! `civilians`, `protesters`, `person`, `other`; country and code may be empty.
//!
//! Demonyms, 4 columns: `country  country_name  adjectives  people`
//! (`IQ  Iraq  Iraqi  Iraqis`); country may be empty for peoples without a
//! state (`Kurdish`).
//!
//! ```
//! use casus::Gazetteer;
//!
//! let mine = Gazetteer::read_actors(
//!     "Lions of Qara\tmilitia\tIQ\t\tQara Lions|LoQ\n".as_bytes(),
//!     "my-actors.tsv",
//! )?;
//! let mut gazetteer = Gazetteer::builtin();
//! gazetteer.extend(mine);
//! assert!(gazetteer.actors().iter().any(|a| a.name == "Lions of Qara"));
//! # Ok::<(), casus::Error>(())
//! ```

mod hierarchy;
mod interned;
mod matcher;
mod tsv;

pub(crate) use hierarchy::{inside, PlaceKey};
pub(crate) use interned::{Interned, Name};
pub(crate) use matcher::{Hit, LexiconScan, Matcher};

use crate::error::Error;
use crate::model::{ActorCategory, PlaceKind};
use once_cell::sync::Lazy;
use std::io::BufRead;
use std::path::Path;

/// A place in a gazetteer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlaceEntry {
    /// Canonical English name.
    pub name: String,
    /// Country, first-level division or city.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// The first-level division containing the place.
    pub admin1: Option<String>,
    /// Latitude and longitude.
    pub coordinates: Option<(f64, f64)>,
    /// Population, 0 when unknown; decides between places with the same name.
    pub population: u64,
    /// Other names.
    pub aliases: Vec<String>,
}

impl PlaceEntry {
    /// A place with no admin1, coordinates, population or aliases.
    pub fn new(name: impl Into<String>, kind: PlaceKind, country: impl Into<String>) -> Self {
        PlaceEntry {
            name: name.into(),
            kind,
            country: country.into(),
            admin1: None,
            coordinates: None,
            population: 0,
            aliases: Vec::new(),
        }
    }
}

/// A named actor in a gazetteer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActorEntry {
    /// Canonical name.
    pub name: String,
    /// What kind of actor.
    pub category: ActorCategory,
    /// ISO 3166-1 alpha-2 code of its country.
    pub country: Option<String>,
    /// CAMEO-style code.
    pub code: Option<String>,
    /// Other names and acronyms.
    pub aliases: Vec<String>,
}

impl ActorEntry {
    /// An actor with no country, code or aliases.
    pub fn new(name: impl Into<String>, category: ActorCategory) -> Self {
        ActorEntry {
            name: name.into(),
            category,
            country: None,
            code: None,
            aliases: Vec::new(),
        }
    }
}

/// The demonyms of a country or people: "Iraqi" forces, "Afghans".
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DemonymEntry {
    /// ISO 3166-1 alpha-2 code, `None` for peoples without a state.
    pub country: Option<String>,
    /// The country or people's name ("Iraq", "Kurds").
    pub country_name: String,
    /// Adjectives that precede a noun ("Iraqi", "US").
    pub adjectives: Vec<String>,
    /// Nouns for the people ("Iraqis").
    pub people: Vec<String>,
}

/// Places, named actors and demonyms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gazetteer {
    places: Vec<PlaceEntry>,
    actors: Vec<ActorEntry>,
    demonyms: Vec<DemonymEntry>,
}

static BUILTIN: Lazy<Gazetteer> = Lazy::new(|| {
    let parse = || -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::read_places(
            include_str!("../../data/places.tsv").as_bytes(),
            "data/places.tsv",
        )?;
        g.extend(Gazetteer::read_actors(
            include_str!("../../data/actors.tsv").as_bytes(),
            "data/actors.tsv",
        )?);
        g.extend(Gazetteer::read_demonyms(
            include_str!("../../data/demonyms.tsv").as_bytes(),
            "data/demonyms.tsv",
        )?);
        Ok(g)
    };
    // The embedded files are checked by the test suite; a failure here is a build defect.
    parse().expect("the embedded gazetteer files are valid")
});

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Self {
        Gazetteer::default()
    }

    /// The built-in gazetteer: GeoNames places, curated actors and demonyms
    /// (see `data/README.md` for sources and licences).
    pub fn builtin() -> Gazetteer {
        BUILTIN.clone()
    }

    pub(crate) fn builtin_ref() -> &'static Gazetteer {
        &BUILTIN
    }

    /// Reads places (8 columns, see the module docs). `source_name` names the
    /// source in errors.
    ///
    /// # Errors
    /// [`Error::Parse`] naming the line and field of the first malformed line.
    pub fn read_places(reader: impl BufRead, source_name: &str) -> Result<Self, Error> {
        Ok(Gazetteer {
            places: tsv::read_places(reader, source_name)?,
            ..Self::default()
        })
    }

    /// Reads named actors (5 columns, see the module docs).
    ///
    /// # Errors
    /// [`Error::Parse`] naming the line and field of the first malformed line.
    pub fn read_actors(reader: impl BufRead, source_name: &str) -> Result<Self, Error> {
        Ok(Gazetteer {
            actors: tsv::read_actors(reader, source_name)?,
            ..Self::default()
        })
    }

    /// Reads demonyms (4 columns, see the module docs).
    ///
    /// # Errors
    /// [`Error::Parse`] naming the line and field of the first malformed line.
    pub fn read_demonyms(reader: impl BufRead, source_name: &str) -> Result<Self, Error> {
        Ok(Gazetteer {
            demonyms: tsv::read_demonyms(reader, source_name)?,
            ..Self::default()
        })
    }

    /// Loads a places file from disk.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, [`Error::Parse`] when a line is malformed.
    pub fn load_places(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        Self::read_places(tsv::open(path)?, &path.display().to_string())
    }

    /// Loads an actors file from disk.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, [`Error::Parse`] when a line is malformed.
    pub fn load_actors(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        Self::read_actors(tsv::open(path)?, &path.display().to_string())
    }

    /// Loads a demonyms file from disk.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, [`Error::Parse`] when a line is malformed.
    pub fn load_demonyms(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        Self::read_demonyms(tsv::open(path)?, &path.display().to_string())
    }

    /// Adds every entry of `other`.
    pub fn extend(&mut self, other: Gazetteer) {
        self.places.extend(other.places);
        self.actors.extend(other.actors);
        self.demonyms.extend(other.demonyms);
    }

    /// Adds one place.
    pub fn add_place(&mut self, place: PlaceEntry) {
        self.places.push(place);
    }

    /// Adds one actor.
    pub fn add_actor(&mut self, actor: ActorEntry) {
        self.actors.push(actor);
    }

    /// The places.
    pub fn places(&self) -> &[PlaceEntry] {
        &self.places
    }

    /// The named actors.
    pub fn actors(&self) -> &[ActorEntry] {
        &self.actors
    }

    /// The demonyms.
    pub fn demonyms(&self) -> &[DemonymEntry] {
        &self.demonyms
    }
}
