//! casus turns English news text into typed event records: who did what to
//! whom, where and when.
#![forbid(unsafe_code)]

mod error;
mod events;
mod extractor;
mod frames;
mod gazetteer;
mod lexicon;
mod mentions;
mod model;
mod text;
pub mod time;

pub use error::Error;
pub use extractor::{extract_events, stages, Article, Extractor, ExtractorBuilder};
pub use gazetteer::{ActorEntry, DemonymEntry, Gazetteer, PlaceEntry};
pub use model::{
    Actor, ActorCategory, Event, EventDate, EventKind, Place, PlaceKind, Role, Span, Trigger,
};
