//! Closed word classes the composition rules look at.

use crate::text::WordBits;

/// Capitalised words that never start or continue a person's name.
pub(crate) const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "But",
    "Or",
    "Of",
    "For",
    "To",
    "By",
    "With",
    "From",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Nobody",
    "Headquarters",
    "Command",
    "Council",
    "Ministry",
    "Office",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Minister",
    "President",
    "Ministry",
    "Government",
    "Army",
    "Police",
    "State",
    "Province",
    "Region",
    "City",
    "Council",
    "Party",
    "Forces",
    "Affairs",
    "Office",
    "House",
    "Department",
    "Committee",
    "Court",
    "Agency",
    "Secretary",
    "General",
    "Commander",
];

/// Capitalised words that begin a place's name, never a person's before a
/// place ("North Kivu", "Port Sudan", "Lake Chad").
pub(crate) const PLACE_PREFIXES: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "New", "Old", "Upper", "Lower", "Greater", "Port", "Fort", "Mount", "Lake", "Saint", "St",
    "San", "Santa", "El", "Al", "La", "Le", "Los", "Las", "Camp", "Cape", "Gulf", "Sea", "Red",
    "Black", "Dead",
];

/// Last words of capitalised names that are not people's: organisations,
/// buildings, places ("Government House", "Pendjari National Park").
pub(crate) const NOT_PERSON_ENDINGS: &[&str] = &[
    "Park",
    "House",
    "Square",
    "Road",
    "Street",
    "Avenue",
    "Ministry",
    "Council",
    "Party",
    "Army",
    "Force",
    "Forces",
    "Front",
    "Movement",
    "Committee",
    "Network",
    "University",
    "Hospital",
    "Airport",
    "Station",
    "Agency",
    "Company",
    "Bank",
    "Group",
    "Court",
    "Office",
    "Commission",
    "Union",
    "Guard",
    "Brigade",
    "Brigades",
    "Division",
    "Corps",
    "Police",
    "Service",
    "Services",
    "Authority",
    "Organisation",
    "Organization",
    "Centre",
    "Center",
    "Institute",
    "Foundation",
    "Association",
    "Federation",
    "Alliance",
    "Coalition",
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
    "Government",
    "Administration",
    "Department",
    "Command",
    "Region",
    "Province",
    "State",
    "District",
    "County",
    "City",
    "Village",
    "Town",
    "Island",
    "Islands",
    "Mountains",
    "Valley",
    "River",
    "Lake",
    "Sea",
    "Gulf",
    "Bay",
    "Camp",
    "Prison",
    "Palace",
    "Hotel",
    "Mosque",
    "Church",
    "Cathedral",
    "Market",
    "Bridge",
    "Base",
    "Field",
    "Media",
    "News",
    "Times",
    "Post",
    "Radio",
    "Television",
    "Club",
    "Team",
    "United",
    "Motors",
    "Inc",
    "Ltd",
    "Corp",
    "Express",
    "Airlines",
    "Airways",
    "Order",
    "Day",
];

/// Lowercase particles inside names ("Faisal bin Farhan").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "da", "dos", "du", "van", "von", "der", "la", "le",
];

/// Nouns that name a place by kind, for "the town of Kuriga", "Wardak province",
/// and, after "the", for a place named before ("the capital").
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "district",
    "province",
    "region",
    "island",
    "area",
    "governorate",
    "county",
    "state",
    "capital",
    "country",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "camp",
];

/// Words after "the" that point back to the last armed group.
pub(crate) const GROUP_NOUNS: &[&str] = &["group", "movement", "organisation", "organization"];

/// Plural nouns after "the two" that point back to the parties of the last meeting.
pub(crate) const PARTY_NOUNS: &[&str] = &[
    "generals",
    "rivals",
    "factions",
    "leaders",
    "men",
    "sides",
    "countries",
    "governments",
    "delegations",
    "presidents",
    "ministers",
    "nations",
    "parties",
];

/// Lowercase content words that may modify a noun: between a modifier and a
/// title ("Iran's top security official"), before a facility ("the nuclear
/// power plant"); not function words.
pub(crate) fn is_modifier_word(word: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "by", "with", "for", "as",
        "said", "says", "told", "met", "and",
    ];
    word.chars().next().is_some_and(char::is_lowercase)
        && word.len() <= 12
        && !FUNCTION_WORDS.contains(&word)
}

pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Things an attack hits or a takeover takes, named by a noun phrase: "the
/// Saudi embassy", "a military convoy". Place nouns ("town", "camp") are
/// not here: they point back to places.
pub(crate) const FACILITY_NOUNS: &[&str] = &[
    "embassy",
    "consulate",
    "plant",
    "station",
    "base",
    "headquarters",
    "residence",
    "building",
    "hospital",
    "school",
    "church",
    "mosque",
    "market",
    "convoy",
    "helicopter",
    "checkpoint",
    "barracks",
    "prison",
    "compound",
    "refinery",
    "airport",
    "bridge",
    "dam",
    "parliament",
    "palace",
    "hotel",
    "embassies",
    "consulates",
    "hospitals",
    "schools",
    "churches",
    "mosques",
    "bases",
    "buildings",
];

/// Bits of [`WORD_CLASSES`].
pub(crate) mod class {
    /// Determiners, "both", "they", group and place nouns: the words that
    /// can start or head an anaphor. Every other word is skipped by the
    /// anaphor pass.
    pub(crate) const ANAPHOR: u64 = 1;
    /// [`PLACE_NOUNS`](super::PLACE_NOUNS).
    pub(crate) const PLACE_NOUN: u64 = 2;
    /// [`FACILITY_NOUNS`](super::FACILITY_NOUNS).
    pub(crate) const FACILITY: u64 = 4;
}

/// The word classes composition asks about, looked up once per token.
pub(crate) static WORD_CLASSES: once_cell::sync::Lazy<WordBits> =
    once_cell::sync::Lazy::new(|| {
        WordBits::new([
            (
                class::ANAPHOR,
                &["both", "the", "they", "its", "this", "that"][..],
            ),
            (class::ANAPHOR, GROUP_NOUNS),
            (class::ANAPHOR | class::PLACE_NOUN, PLACE_NOUNS),
            (class::FACILITY, FACILITY_NOUNS),
        ])
    });
