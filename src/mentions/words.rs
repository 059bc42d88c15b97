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

/// Lowercase words allowed between a modifier and a title ("Iran's top security official").
pub(crate) fn is_title_filler(word: &str) -> bool {
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

/// A set of lowercase ASCII words, looked up case-insensitively without
/// allocating: only the words of the same first letter and length are
/// compared, and most tokens have none.
pub(crate) struct WordSet {
    /// The words, ordered by bucket.
    words: Vec<&'static str>,
    /// For each bucket, its range in `words`.
    buckets: Vec<std::ops::Range<u32>>,
}

impl WordSet {
    /// Lengths past this share the last bucket of their letter.
    const LENGTHS: usize = 32;

    fn bucket(word: &str) -> Option<usize> {
        let first = word.bytes().next()?.to_ascii_lowercase();
        first
            .is_ascii_lowercase()
            .then(|| usize::from(first - b'a') * Self::LENGTHS + word.len().min(Self::LENGTHS - 1))
    }

    pub(crate) fn new<'a>(lists: impl IntoIterator<Item = &'a [&'static str]>) -> Self {
        let mut words: Vec<(usize, &'static str)> = lists
            .into_iter()
            .flatten()
            .filter_map(|&w| Some((Self::bucket(w)?, w)))
            .collect();
        words.sort_unstable();
        words.dedup();
        let mut buckets = vec![0..0; 26 * Self::LENGTHS];
        for (i, &(b, _)) in words.iter().enumerate() {
            let i = i as u32;
            if buckets[b].is_empty() {
                buckets[b] = i..i + 1;
            } else {
                buckets[b].end = i + 1;
            }
        }
        WordSet {
            words: words.into_iter().map(|(_, w)| w).collect(),
            buckets,
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let Some(b) = Self::bucket(word) else {
            return false;
        };
        let range = &self.buckets[b];
        self.words[range.start as usize..range.end as usize]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    }
}

/// Words that can start or head an anaphor: determiners, "both", "they",
/// group and place nouns. Every other word is skipped by the anaphor pass.
pub(crate) static ANAPHOR_WORDS: once_cell::sync::Lazy<WordSet> =
    once_cell::sync::Lazy::new(|| {
        WordSet::new([
            &["both", "the", "they", "its", "this", "that"][..],
            GROUP_NOUNS,
            PLACE_NOUNS,
        ])
    });

/// The place nouns, as a set.
pub(crate) static PLACE_NOUN_SET: once_cell::sync::Lazy<WordSet> =
    once_cell::sync::Lazy::new(|| WordSet::new([PLACE_NOUNS]));
