//! Mentions: gazetteer matches and time expressions turned into the actors,
//! places, triggers and dates of a document.
//!
//! Composition happens here, on tokens: a demonym before an agent noun is an
//! actor ("Iraqi forces" → Iraqi military), a named actor absorbs the agent
//! noun after it ("Peshmerga forces") and the acronym in brackets after it
//! ("Islamic State (IS)"), a title introduces a person ("Russian President
//! Vladimir Putin") whose surname is then recognised alone ("Putin"), and
//! "the town of Kuriga" names a place the gazetteer does not list. Light
//! coreference also happens here: "the group" and "the militants" point back
//! to the last armed group, "the area" to the last place, "the city" to the
//! last town, "the capital" and "the country" to those of the country the
//! story's places lie in most often.

mod compose;
#[cfg(test)]
mod tests;
mod words;

pub(crate) use compose::build;
pub(crate) use words::{
    class_lists, is_capitalized, is_modifier_word, PLACE_NOUNS, PLACE_NOUNS_PLURAL, SPORT, VESSELS,
};

use crate::gazetteer::{Gazetteer, Interned, Matcher, Name};
use crate::lexicon::{Lexicon, TriggerForm};
use crate::model::{ActorCategory, EventKind, PlaceKind};

/// The data composition reads: the gazetteer, its automata and interned
/// names, and the lexicon.
#[derive(Clone, Copy)]
pub(crate) struct Data<'a> {
    pub matcher: &'a Matcher,
    pub gazetteer: &'a Gazetteer,
    pub names: &'a Interned,
    pub lexicon: &'a Lexicon,
}

/// The sentences whose mentions are all wanted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every sentence: for a trace.
    AllSentences,
    /// What the frame rules read: the sentences with a trigger, and in the
    /// others the antecedents and dates that those refer back to.
    TriggerSentences,
}

/// What composition finds in a document.
pub(crate) struct Composed {
    pub mentions: Vec<Mention>,
    /// Whether the document reads as a sports report (four distinct words of
    /// the game): its "attacks" and "meetings" are the game's.
    pub sports_report: bool,
}

/// One mention over tokens `first..last` of the document.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub what: What,
}

#[derive(Debug, Clone)]
pub(crate) enum What {
    Actor(ActorMention),
    Place(PlaceMention),
    Trigger(TriggerMention),
    /// Index into the document's time expressions.
    Date(usize),
    /// "both sides", "the two leaders", "they": the parties of the last meeting.
    Parties,
}

impl ActorMention {
    /// An actor known by its name and category alone: no country, code,
    /// affiliation or gazetteer twin, not generic.
    pub(crate) fn named(name: Name, category: ActorCategory) -> ActorMention {
        ActorMention {
            name,
            category,
            country: None,
            code: None,
            affiliation: None,
            same_as: None,
            generic: false,
            on_trigger: false,
        }
    }
}

impl What {
    /// Whether this is an actor of `category`.
    pub(crate) fn is_actor_of(&self, category: ActorCategory) -> bool {
        matches!(self, What::Actor(a) if a.category == category)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ActorMention {
    pub name: Name,
    pub category: ActorCategory,
    pub country: Option<Name>,
    pub code: Option<Name>,
    /// The organisation a person speaks or acts for ("Taliban spokesman").
    pub affiliation: Option<Name>,
    /// The gazetteer actor a composed name stands for ("Israeli military").
    pub same_as: Option<Name>,
    /// A lexicon word ("gunmen"), not a named entity.
    pub generic: bool,
    /// A demonym on an event noun ("Israeli air strike"): the noun's initiator.
    pub on_trigger: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlaceMention {
    pub name: Name,
    pub kind: PlaceKind,
    pub country: Option<Name>,
    pub admin1: Option<Name>,
    pub coordinates: Option<(f64, f64)>,
    /// A country named where an actor stands ("Russia invaded Ukraine"),
    /// usable as an actor too.
    pub country_actor: bool,
    /// For a capital, its country's name (see `PlaceNames::seat_of`).
    pub seat_of: Option<Name>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TriggerMention {
    pub kind: Option<EventKind>,
    pub form: TriggerForm,
}
