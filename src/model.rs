//! The output model: events with their actors, places, dates and evidence spans.
//!
//! Every type here is plain data that serializes with serde; spans are byte
//! offsets into the text given to [`Extractor::extract`](crate::Extractor::extract).

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into the input text, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The slice of `text` this span covers (empty if the span does not fit `text`).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// Two or more parties met or held talks.
    Meeting,
    /// Armed or violent attack: bombing, shelling, air strike, ambush, clashes, storming.
    Attack,
    /// Someone took control of a place: seized, captured, overran, drove out of.
    Takeover,
    /// People were kidnapped, abducted or taken hostage.
    Kidnapping,
    /// People were arrested or detained.
    Arrest,
    /// A protest, demonstration or rally.
    Protest,
}

impl EventKind {
    /// All kinds, in a fixed order.
    pub const ALL: [EventKind; 6] = [
        EventKind::Meeting,
        EventKind::Attack,
        EventKind::Takeover,
        EventKind::Kidnapping,
        EventKind::Arrest,
        EventKind::Protest,
    ];

    /// The snake_case name used in data files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Attack => "attack",
            EventKind::Takeover => "takeover",
            EventKind::Kidnapping => "kidnapping",
            EventKind::Arrest => "arrest",
            EventKind::Protest => "protest",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the event is symmetric (all actors are participants).
    pub fn is_symmetric(self) -> bool {
        matches!(self, EventKind::Meeting)
    }
}

/// The part an actor plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// A party to a symmetric event (a meeting).
    Participant,
    /// Who acts: the attacker, the captor, the arresting force, the protesters.
    Initiator,
    /// Who is acted upon: the victim, the detainee, the side that lost a place.
    Target,
}

/// What kind of actor this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActorCategory {
    /// State armed forces.
    Military,
    /// Police, intelligence and security services.
    Police,
    /// Governments, ministries, courts, states as actors.
    Government,
    /// Rebels, insurgents, jihadist groups, gunmen.
    ArmedGroup,
    /// Militias, pro-government or ethnic.
    Militia,
    /// Political parties.
    Party,
    /// The UN and its agencies, NATO, the EU, coalitions.
    InternationalOrg,
    /// Non-governmental organisations.
    Ngo,
    /// Media and news agencies.
    Media,
    /// Companies.
    Company,
    /// Civilians, residents, pupils, nationals of a country.
    Civilians,
    /// Protesters and demonstrators.
    Protesters,
    /// A person, named or by office ("the former prime minister").
    Person,
    /// A building, installation or vehicle hit or taken: "the Saudi
    /// embassy", "a military convoy", "the nuclear power plant".
    Facility,
    /// Anything else.
    Other,
}

impl ActorCategory {
    /// Parses the snake_case name used in data files.
    pub fn parse(s: &str) -> Option<ActorCategory> {
        Some(match s {
            "military" => ActorCategory::Military,
            "police" => ActorCategory::Police,
            "government" => ActorCategory::Government,
            "armed_group" => ActorCategory::ArmedGroup,
            "militia" => ActorCategory::Militia,
            "party" => ActorCategory::Party,
            "international_org" => ActorCategory::InternationalOrg,
            "ngo" => ActorCategory::Ngo,
            "media" => ActorCategory::Media,
            "company" => ActorCategory::Company,
            "civilians" => ActorCategory::Civilians,
            "protesters" => ActorCategory::Protesters,
            "person" => ActorCategory::Person,
            "other" => ActorCategory::Other,
            _ => return None,
        })
    }

    /// Whether actors of this category can carry out armed attacks and takeovers.
    pub fn is_armed(self) -> bool {
        matches!(
            self,
            ActorCategory::Military
                | ActorCategory::Police
                | ActorCategory::ArmedGroup
                | ActorCategory::Militia
        )
    }
}

/// An actor taking part in an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Actor {
    /// Canonical name ("Islamic State", "Iraqi military", "Vladimir Putin").
    pub name: String,
    /// The words of the text that named it ("IS", "Iraqi forces", "Russian President Vladimir Putin").
    pub text: String,
    /// The part it plays.
    pub role: Role,
    /// What kind of actor it is.
    pub category: ActorCategory,
    /// ISO 3166-1 alpha-2 code of its country, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO-style actor code where the gazetteer has one (IRQMIL, IGOUNO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// For a person, the organisation named with their title ("Taliban
    /// spokesman", "Minister of Peshmerga Affairs").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Where the words are in the text.
    pub span: Span,
    /// The gazetteer name this actor is the same as, when its own name is a
    /// composition ("Israeli military" is the Israel Defense Forces): what
    /// event merging compares.
    #[serde(skip)]
    pub(crate) same_as: Option<String>,
}

/// What kind of place this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level division: province, governorate, state, oblast.
    Admin1,
    /// A city, town or village.
    City,
    /// A place the gazetteer does not know, named in the text ("the town of Kuriga").
    Unlisted,
}

impl PlaceKind {
    /// Parses the name used in data files.
    pub fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "admin1" => PlaceKind::Admin1,
            "city" => PlaceKind::City,
            _ => return None,
        })
    }
}

/// A place where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Place {
    /// Canonical name from the gazetteer ("Erbil"), or the text's name for unlisted places.
    pub name: String,
    /// The words of the text ("Hawler", "the capital").
    pub text: String,
    /// What kind of place.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 country code, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The first-level division containing it, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Latitude and longitude in decimal degrees, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<(f64, f64)>,
    /// Where the words are in the text.
    pub span: Span,
}

/// When an event happened, at the precision the text supports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EventDate {
    /// ISO 8601 value: `2018-08-27`, `2018-08`, `2018` (or `2018-W35` for a week
    /// spanning two months); `None` when the expression could not be resolved
    /// (a relative date and no publication date).
    pub value: Option<String>,
    /// The time expression in the text ("on Monday"); empty when the date
    /// comes from the publication date (a present perfect with no date:
    /// "have arrested" → the month of publication).
    pub text: String,
    /// Where the expression is in the text, if it is in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// True when the value depended on the publication date, on another
    /// expression, or on the narrative (a date stated earlier in the text).
    pub relative: bool,
}

/// The words that signal the event, as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    /// The trigger words ("met", "took control of").
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// One event: what happened, who took part in which role, where and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// Who took part, with their roles.
    pub actors: Vec<Actor>,
    /// Where it happened: the most specific places, containing areas as their attributes.
    pub locations: Vec<Place>,
    /// When it happened, if the text says.
    pub date: Option<EventDate>,
    /// The first trigger that reported the event.
    pub trigger: Trigger,
    /// The sentence holding that trigger.
    pub sentence: Span,
    /// Every further mention of the same event (triggers merged into this one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Span>,
    /// True when the text says the event did not happen ("did not meet", "denied carrying out").
    pub negated: bool,
    /// A rough confidence in `0.0..=1.0` from how the arguments were found.
    pub confidence: f32,
}
