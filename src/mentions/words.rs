//! Closed word classes the composition rules look at.

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
    "Both",
    "Neither",
    "Each",
    "All",
    "None",
    "Several",
    "Others",
    "Storm",
    "Hurricane",
    "Cyclone",
    "Typhoon",
    "Tropical",
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
    "Black", "Dead", "Rio", "Río", "Puerto", "Porto", "Ciudad", "Sao", "São", "Tel", "Ras", "Wadi",
];

/// First words of names no list knows that are places, never people: "Camp
/// Taji", "Fort Liberté".
pub(crate) const PLACE_FIRST_WORDS: &[&str] = &["Camp", "Fort", "Port", "Mount", "Lake", "Cape"];

/// Last words of capitalised names that are not people's: organisations,
/// buildings, places ("Government House", "Pendjari National Park").
const NOT_PERSON_ENDINGS: &[&str] = &[
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
    // holidays: "a Berlin Christmas market"
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
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
    "Dam",
    "Strip",
    "Governorate",
    "Oblast",
    "Port",
    "Harbour",
    "Desert",
    "Plain",
    "Plains",
    "Pass",
    "Crossing",
    "Border",
    "Corridor",
    "Heights",
    "Hills",
    "Hill",
    "Peninsula",
    "Canal",
    "Highway",
    "Junction",
    "Gate",
    "Zone",
    "Airbase",
    "Citadel",
    "Stadium",
    "Mall",
    "Tower",
    "Towers",
    "Museum",
    "Library",
    "Cemetery",
    "Refinery",
    "Mine",
    "Plant",
    "Oilfield",
    "Municipality",
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
    "mountains",
    "valley",
    "forest",
    "desert",
    "oblast",
    "prefecture",
    "municipality",
    "port",
    "terminal",
    "crossing",
    "base",
];

/// Words between a place's name and its place noun: "Chikun local
/// government area", "the Jenin refugee camp", "the Tabqa military air base".
pub(crate) const PLACE_NOUN_MODIFIERS: &[&str] = &[
    "local",
    "government",
    "refugee",
    "military",
    "border",
    "air",
    "oil",
    "naval",
];

/// Place nouns in the plural, before a list of names: "the villages of
/// Rio Hondo, Santa Barbara and Santa Catalina".
pub(crate) const PLACE_NOUNS_PLURAL: &[&str] = &[
    "villages",
    "towns",
    "cities",
    "districts",
    "provinces",
    "neighbourhoods",
    "neighborhoods",
    "suburbs",
    "ports",
    "terminals",
    "crossings",
];

/// Nouns a place noun modifies ("the state broadcaster", "the city
/// council"): the phrase names no place.
pub(crate) const PLACE_NOUN_COMPOUNDS: &[&str] = &[
    "broadcaster",
    "media",
    "television",
    "radio",
    "news",
    "council",
    "government",
    "governor",
    "authorities",
    "department",
    "prosecutor",
    "legislature",
    "assembly",
    "hall",
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

/// Ships: facilities too, which a state holds by detaining them.
pub(crate) const VESSELS: &[&str] = &[
    "vessel",
    "vessels",
    "ship",
    "ships",
    "tanker",
    "tankers",
    "supertanker",
    "freighter",
    "trawler",
    "trawlers",
    "ferry",
];

/// Lowercase content words that may modify a noun: between a modifier and a
/// title ("Iran's top security official"), before a facility ("the nuclear
/// power plant"); not function words.
pub(crate) fn is_modifier_word(word: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "by", "with", "for", "as",
        "said", "says", "told", "met", "which", "that", "who", "whose", "where", "when", "while",
        // ("seized 61 people from Kajuru Station": a preposition starts no name)
        "from", "into", "near", "outside", "inside", "across", "through", "against", "toward",
        "towards", "behind", "between", "during", "via", "onto", "upon",
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
    "broadcaster",
    // (by name only: "the Interior Ministry", "the Supreme Court")
    "ministry",
    "court",
    "post",
    "posts",
    "outpost",
    "outposts",
    "embassy",
    "consulate",
    "plant",
    "station",
    "base",
    "headquarters",
    "residence",
    "building",
    "hospital",
    "clinic",
    "academy",
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
    "clinics",
    "schools",
    "churches",
    "mosques",
    "bases",
    "buildings",
    "stations",
    "prisons",
    "markets",
    "checkpoints",
    "convoys",
    "shrine",
    "shrines",
    "plane",
    "aircraft",
    "train",
    "bus",
    "vehicle",
    "vehicles",
    "house",
    "houses",
    "homes",
    "shops",
    "banks",
    "cars",
    "buses",
    "positions",
    "terminal",
    "terminals",
    "warehouse",
    "warehouses",
    "depot",
    "depots",
    "offices",
    "synagogue",
    "synagogues",
    "temple",
    "temples",
    "factory",
    "factories",
    "pipeline",
    "pipelines",
    "stadium",
    "courthouse",
    "outpost",
    "outposts",
];

/// Words of sport, where teams "meet" and "attack".
pub(crate) const SPORT: &[&str] = &[
    "match",
    "league",
    "cup",
    "tournament",
    "championship",
    "striker",
    "scored",
    "goalkeeper",
    "semi-final",
    "quarter-final",
    "midfielder",
    "playoff",
    "playoffs",
    "goal",
    "goals",
    "penalty",
    "penalties",
    "hat-trick",
    "equaliser",
    "equalised",
    "counter-attack",
    "shootout",
    "half-time",
    "wicket",
    "wickets",
    "innings",
];

/// More words of a sports report, beyond the game's own: with [`SPORT`],
/// counted over the whole document by composition. Each may occur in other
/// news; four distinct ones together do not.
const SPORTS_REPORT_MORE: &[&str] = &[
    "equalizer",
    "equalized",
    "minute",
    "substitute",
    "substitutes",
    "stadium",
    "coach",
    "fans",
    "season",
    "club",
    "squad",
    "defender",
    "winger",
    "opener",
    "champions",
    "kick",
    "offside",
    "fixture",
    "overtime",
    "goaltender",
    "medal",
    "medals",
];

/// Nouns an agent word can modify: "military base", "police station",
/// "army helicopter" name things, not actors.
const MODIFIED_NOUNS: &[&str] = &[
    "base",
    "bases",
    "facilities",
    "facility",
    "helicopter",
    "helicopters",
    "convoy",
    "vehicle",
    "vehicles",
    "targets",
    "target",
    "post",
    "posts",
    "positions",
    "position",
    "station",
    "stations",
    "checkpoint",
    "checkpoints",
    "headquarters",
    "compound",
    "barracks",
    "jet",
    "plane",
    "aircraft",
    "operation",
    "court",
    "fatigues",
    "uniform",
    "uniforms",
    "chief",
    "spokesman",
    "spokeswoman",
    "officials",
    "sources",
    "wing",
    "wings",
    "camp",
    "camps",
    "residence",
    "residences",
    "home",
    "homes",
    // ("stormed a government building", "a police academy")
    "building",
    "buildings",
    "offices",
    "palace",
    "academy",
    // ("stormed a federal government college")
    "college",
    "colleges",
    "school",
    "schools",
];

/// Bits of [`class_lists`].
pub(crate) mod class {
    /// Determiners, "both", "they", group and place nouns: the words that
    /// can start or head an anaphor. Every other word is skipped by the
    /// anaphor pass.
    pub(crate) const ANAPHOR: u64 = 1;
    /// [`PLACE_NOUNS`](super::PLACE_NOUNS).
    pub(crate) const PLACE_NOUN: u64 = 2;
    /// [`FACILITY_NOUNS`](super::FACILITY_NOUNS) and [`VESSELS`](super::VESSELS).
    pub(crate) const FACILITY: u64 = 4;
    /// [`NOT_NAMES`](super::NOT_NAMES).
    pub(crate) const NOT_NAME: u64 = 8;
    /// [`NOT_PERSON_ENDINGS`](super::NOT_PERSON_ENDINGS).
    pub(crate) const NOT_PERSON_ENDING: u64 = 16;
    /// [`MODIFIED_NOUNS`](super::MODIFIED_NOUNS).
    pub(crate) const MODIFIED_NOUN: u64 = 32;
    /// [`PLACE_NOUNS_PLURAL`](super::PLACE_NOUNS_PLURAL).
    pub(crate) const PLACE_NOUN_PLURAL: u64 = 64;
    /// The words of [`SPORT`](super::SPORT), then of
    /// [`SPORTS_REPORT_MORE`](super::SPORTS_REPORT_MORE): one bit per word,
    /// from this one up, so that the distinct words of a document are counted.
    pub(crate) const SPORT_FIRST: u32 = 8;
    /// All the sport bits.
    pub(crate) const SPORTS: u64 = !0 << SPORT_FIRST;
}

// one bit per sport word, above the classes
const _: () = assert!(SPORT.len() + SPORTS_REPORT_MORE.len() <= 64 - class::SPORT_FIRST as usize);
const _: () = assert!(class::PLACE_NOUN_PLURAL < 1 << class::SPORT_FIRST);

/// The word lists composition asks about, with their [`class`] bits: the
/// extractor looks each token up once in all of them.
pub(crate) fn class_lists() -> impl Iterator<Item = (u64, &'static [&'static str])> {
    [
        (
            class::ANAPHOR,
            &["both", "the", "they", "its", "this", "that"][..],
        ),
        (class::ANAPHOR, GROUP_NOUNS),
        (class::ANAPHOR | class::PLACE_NOUN, PLACE_NOUNS),
        (class::FACILITY, FACILITY_NOUNS),
        (class::FACILITY, VESSELS),
        (class::NOT_NAME, NOT_NAMES),
        (class::NOT_PERSON_ENDING, NOT_PERSON_ENDINGS),
        (class::MODIFIED_NOUN, MODIFIED_NOUNS),
        (class::PLACE_NOUN_PLURAL, PLACE_NOUNS_PLURAL),
    ]
    .into_iter()
    .chain(
        SPORT
            .iter()
            .chain(SPORTS_REPORT_MORE)
            .enumerate()
            .map(|(i, w)| {
                (
                    1u64 << (class::SPORT_FIRST as usize + i),
                    std::slice::from_ref(w),
                )
            }),
    )
}
