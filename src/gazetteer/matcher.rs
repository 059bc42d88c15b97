//! Gazetteer matching: two Aho-Corasick automata, walked only from word starts.
//!
//! Names (places, actors, demonyms) go into one automaton, a contiguous NFA;
//! the lexicon (triggers, generic actors, titles) into a small DFA. Both hold
//! ASCII-lowercased patterns, one pattern per lowercase form, and are walked
//! through the text's ASCII-lowercased copy. A name match must
//! then have the case of one of its forms, as written, in ALL CAPS
//! (datelines) or with a capital first letter, so that "IS" the group never
//! matches the verb "is"; when it does not, the next shorter match is tried.
//! One pattern per name instead of one per case form keeps the automaton,
//! its build time and its memory small.
//!
//! Instead of scanning every byte and throwing away matches inside words,
//! the matcher walks the automata itself from each word start (anchored, no
//! failure transitions) and a match must end at a word end: this is both
//! the word-boundary rule and the fastest form measured (FACTS.md). One walk
//! collects every pattern that starts there, so a failed check costs no
//! second search. The names automaton is large and each state it visits is
//! likely a cache miss, so two cheap tests keep most words out of it: a
//! lowercase word must start with the first two bytes of a lowercase name
//! form ("al-Shabaab"), and any word's first word must pass a Bloom filter
//! of the names' first words.

use super::Gazetteer;
use crate::error::Error;
use crate::lexicon::Lexicon;
use crate::text::{is_alnum_byte, is_alphanumeric};
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use std::collections::HashMap;

/// What a matched string refers to. A string can refer to several entries
/// (RSF: Rapid Support Forces and Reporters Without Borders).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    Place(u32),
    Actor(u32),
    DemonymAdjective(u32),
    DemonymPeople(u32),
    Trigger(u32),
    Generic(u32),
    Title(u32),
}

/// The lexicon half of a scan: see [`Matcher::scan_lexicon`].
pub(crate) struct LexiconScan {
    word_starts: Vec<usize>,
    found: Vec<Found>,
    /// Whether a match may be an event's trigger.
    pub has_trigger: bool,
}

/// A match: its byte span and what it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    /// Whether it came from the names automaton.
    pub name: bool,
    pattern: u32,
}

/// Patterns with the entries each refers to, deduplicated by their ASCII
/// lowercase form; for names, the case forms each may take in the text.
#[derive(Default)]
struct PatternSet {
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    hits: Vec<Vec<Hit>>,
    /// Names only: the forms as written in the gazetteer.
    forms: Vec<Vec<Box<str>>>,
}

impl PatternSet {
    fn add(&mut self, pattern: &str, hit: Hit) -> Option<usize> {
        if pattern.trim().is_empty() {
            return None;
        }
        let key = pattern.to_ascii_lowercase();
        let i = match self.index.get(&key) {
            Some(&i) => i,
            None => {
                self.index.insert(key.clone(), self.patterns.len());
                self.patterns.push(key);
                self.hits.push(Vec::new());
                self.forms.push(Vec::new());
                self.patterns.len() - 1
            }
        };
        if !self.hits[i].contains(&hit) {
            self.hits[i].push(hit);
        }
        Some(i)
    }

    /// A name, with either apostrophe, and hyphenated after an Arabic
    /// article ("Al Anbar" as "al-Anbar"); its case is checked after
    /// matching.
    fn add_name(&mut self, name: &str, hit: Hit) {
        if name.chars().count() < 2 {
            return;
        }
        let curly = name.contains('\'').then(|| name.replace('\'', "’"));
        let hyphenated = arabic_article(name)
            .filter(|&n| name.as_bytes()[n] == b' ')
            .map(|n| format!("{}-{}", &name[..n], &name[n + 1..]));
        let forms = std::iter::once(name).chain(curly.as_deref());
        for form in forms.chain(hyphenated.as_deref()) {
            if let Some(i) = self.add(form, hit) {
                if !self.forms[i].iter().any(|f| &**f == form) {
                    self.forms[i].push(form.into());
                }
            }
        }
    }

    fn build(&self) -> Result<NFA, Error> {
        NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            // searches are anchored at word starts: no prefilter can help
            .prefilter(false)
            .build(&self.patterns)
            .map_err(|e| Error::Build(e.to_string()))
    }

    /// A DFA: one table lookup per byte, affordable for a few hundred
    /// patterns (the lexicon), not for a hundred thousand.
    fn build_dfa(&self) -> Result<DFA, Error> {
        DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(&self.patterns)
            .map_err(|e| Error::Build(e.to_string()))
    }
}

/// Whether `text` is `form` as written, in ALL CAPS (datelines) or with a
/// capital first letter ("Al-Shabaab" for "al-Shabaab"); an Arabic article
/// may also lose its capital before a hyphen ("al-Hoceima" for
/// "Al-Hoceima").
fn case_fits(text: &str, form: &str) -> bool {
    if text == form {
        return true;
    }
    if text.len() != form.len() || !text.eq_ignore_ascii_case(form) {
        return false;
    }
    let all_caps = !text.chars().any(char::is_lowercase);
    let (mut t, mut f) = (text.chars(), form.chars());
    let (tc, fc) = (t.next(), f.next());
    let rest_same = t.as_str() == f.as_str();
    let capitalised =
        tc.is_some_and(char::is_uppercase) && fc.is_some_and(char::is_lowercase) && rest_same;
    let article_lowered = tc.is_some_and(char::is_lowercase)
        && fc.is_some_and(char::is_uppercase)
        && rest_same
        && hyphenated_article(form);
    all_caps || capitalised || article_lowered
}

/// Whether `form` opens with an Arabic article and a hyphen ("Al-Hoceima").
fn hyphenated_article(form: &str) -> bool {
    arabic_article(form).is_some_and(|n| form.as_bytes()[n] == b'-')
}

/// The length of the Arabic article that opens `name` ("Al", "Ash"), when
/// a space or a hyphen and a capital follow it.
fn arabic_article(name: &str) -> Option<usize> {
    const ARTICLES: &[&str] = &["Al", "El", "Ar", "As", "Ash", "Ad", "Az"];
    let b = name.as_bytes();
    ARTICLES
        .iter()
        .filter(|a| name.starts_with(**a))
        .map(|a| a.len())
        .find(|&n| {
            matches!(b.get(n), Some(b' ' | b'-'))
                && b.get(n + 1).is_some_and(u8::is_ascii_uppercase)
        })
}

/// The compiled automata of a gazetteer and the lexicon.
pub(crate) struct Matcher {
    names: NFA,
    /// The first two bytes of the name forms that start in lowercase
    /// ("al-Shabaab", "the Kremlin"), as a bit set: a lowercase word that
    /// starts otherwise cannot be a name, and most words are lowercase.
    lowercase_starts: PrefixSet,
    /// The first words of the names: most capitalised words of a text are
    /// not the first word of any name, and a test here is cheaper than the
    /// walk into the large automaton that would find out.
    first_words: FirstWords,
    name_hits: Vec<Vec<Hit>>,
    name_forms: Vec<Vec<Box<str>>>,
    lexicon: DFA,
    lexicon_hits: Vec<Vec<Hit>>,
    /// The first two bytes of the lexicon patterns: most words start with
    /// none of them and need no walk.
    lexicon_starts: PrefixSet,
    lexicon_patterns: Vec<String>,
}

/// Whether a hyphen in `name` follows a word of at most three letters.
fn particle_hyphen(name: &str) -> bool {
    name.split(' ').any(|word| {
        word.split_once('-').is_some_and(|(particle, rest)| {
            !rest.is_empty() && (1..=3).contains(&particle.chars().count())
        })
    })
}

impl Matcher {
    pub fn build(gazetteer: &Gazetteer, lexicon: &Lexicon) -> Result<Matcher, Error> {
        let mut names = PatternSet::default();
        for (i, p) in gazetteer.places().iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                names.add_name(n, Hit::Place(i as u32));
                // "Tal-Abyad", "Ras al-Ain" are also written "Tal Abyad",
                // "Ras al Ain" (a particle's hyphen, which transliterations
                // keep or drop; not "Saint-Denis")
                if particle_hyphen(n) {
                    names.add_name(&n.replace('-', " "), Hit::Place(i as u32));
                }
            }
        }
        for (i, a) in gazetteer.actors().iter().enumerate() {
            for n in std::iter::once(&a.name).chain(&a.aliases) {
                names.add_name(n, Hit::Actor(i as u32));
            }
        }
        for (i, d) in gazetteer.demonyms().iter().enumerate() {
            for n in &d.adjectives {
                names.add_name(n, Hit::DemonymAdjective(i as u32));
            }
            for n in &d.people {
                names.add_name(n, Hit::DemonymPeople(i as u32));
            }
        }
        let mut lex = PatternSet::default();
        for (i, t) in lexicon.triggers.iter().enumerate() {
            lex.add(t.phrase, Hit::Trigger(i as u32));
            if t.phrase.contains('\'') {
                lex.add(&t.phrase.replace('\'', "’"), Hit::Trigger(i as u32));
            }
        }
        for (i, g) in lexicon.generics.iter().enumerate() {
            lex.add(g.phrase, Hit::Generic(i as u32));
        }
        for (i, t) in lexicon.titles.iter().enumerate() {
            lex.add(t, Hit::Title(i as u32));
        }
        let mut lowercase_starts = PrefixSet::default();
        for form in names.forms.iter().flatten() {
            if form.chars().next().is_some_and(char::is_lowercase) {
                lowercase_starts.insert(form.as_bytes());
            } else if hyphenated_article(form) {
                lowercase_starts.insert(form.to_ascii_lowercase().as_bytes());
            }
        }
        Ok(Matcher {
            lowercase_starts,
            first_words: names.patterns.iter().map(|p| first_word(p)).collect(),
            names: names.build()?,
            name_hits: names.hits,
            name_forms: names.forms,
            lexicon: lex.build_dfa()?,
            lexicon_hits: lex.hits,
            lexicon_starts: lex.patterns.iter().map(|p| p.as_bytes()).collect(),
            lexicon_patterns: lex.patterns,
        })
    }

    /// Every name form as written, and the lexicon patterns (lowercase).
    pub fn patterns(&self) -> (Vec<String>, Vec<String>) {
        let names = self
            .name_forms
            .iter()
            .flatten()
            .map(|f| f.to_string())
            .collect();
        (names, self.lexicon_patterns.clone())
    }

    /// The actor whose name or alias is exactly `name` (in one of its case forms).
    pub fn actor_named(&self, name: &str) -> Option<u32> {
        let lower = name.to_ascii_lowercase();
        let mut ends = Vec::new();
        let (pattern, end) = self.longest(
            &self.names,
            Some(&self.name_forms),
            name,
            lower.as_bytes(),
            0,
            &mut ends,
        )?;
        if end != name.len() {
            return None;
        }
        self.name_hits[pattern as usize]
            .iter()
            .find_map(|h| match h {
                Hit::Actor(a) => Some(*a),
                _ => None,
            })
    }

    /// Number of distinct patterns in both automata.
    pub fn pattern_count(&self) -> usize {
        self.name_hits.len() + self.lexicon_hits.len()
    }

    /// Heap memory of both automata, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.names.memory_usage() + self.lexicon.memory_usage()
    }

    /// What a match refers to.
    pub fn hits(&self, found: &Found) -> &[Hit] {
        let table = if found.name {
            &self.name_hits
        } else {
            &self.lexicon_hits
        };
        &table[found.pattern as usize]
    }

    /// All whole-word matches in `text`, leftmost-longest, non-overlapping,
    /// appended to `out`. A name and a lexicon phrase at the same start: the
    /// longer wins, the name on a tie.
    ///
    /// Patterns are lowercase and the automata case-sensitive: searching
    /// `lower`, the text's ASCII-lowercased copy (same offsets), is
    /// case-insensitive at half the automaton size and build time of
    /// `ascii_case_insensitive`.
    pub fn scan(&self, text: &str, lower: &str, out: &mut Vec<Found>) {
        let lexicon = self.scan_lexicon(text, lower);
        self.scan_names(text, lower, &lexicon, out);
    }

    /// The first half of [`Matcher::scan`]: the word starts of `text` and
    /// the longest lexicon match at each. The lexicon is small and cheap to
    /// walk: a document with no trigger among these holds no event, and
    /// needs no walk of the names automaton.
    pub fn scan_lexicon(&self, text: &str, lower: &str) -> LexiconScan {
        debug_assert_eq!(text.len(), lower.len());
        let mut scan = LexiconScan {
            word_starts: word_starts(text),
            found: Vec::new(),
            has_trigger: false,
        };
        let mut ends = Vec::new();
        for &at in &scan.word_starts {
            if !self.lexicon_starts.contains(&lower.as_bytes()[at..]) {
                continue;
            }
            if let Some((pattern, end)) =
                self.longest(&self.lexicon, None, text, lower.as_bytes(), at, &mut ends)
            {
                let found = Found {
                    start: at,
                    end,
                    name: false,
                    pattern,
                };
                scan.has_trigger |= self
                    .hits(&found)
                    .iter()
                    .any(|h| matches!(h, Hit::Trigger(_)));
                scan.found.push(found);
            }
        }
        scan
    }

    /// The second half of [`Matcher::scan`]: the names, merged with the
    /// lexicon matches of [`Matcher::scan_lexicon`] on the same text.
    pub fn scan_names(&self, text: &str, lower: &str, lexicon: &LexiconScan, out: &mut Vec<Found>) {
        debug_assert_eq!(text.len(), lower.len());
        let mut ends = Vec::new();
        let mut next_free = 0usize;
        let mut lexicon_found = lexicon.found.iter().peekable();
        for &at in &lexicon.word_starts {
            if at < next_free {
                continue;
            }
            // a lowercase word can only be a name form as written
            let may_be_name = !text[at..].starts_with(char::is_lowercase)
                || self.lowercase_starts.contains(&text.as_bytes()[at..]);
            let best_name = if may_be_name && self.first_words.may_contain(first_word(&lower[at..]))
            {
                self.longest(
                    &self.names,
                    Some(&self.name_forms),
                    text,
                    lower.as_bytes(),
                    at,
                    &mut ends,
                )
            } else {
                None
            };
            while lexicon_found.next_if(|l| l.start < at).is_some() {}
            let best_lex = lexicon_found
                .next_if(|l| l.start == at)
                .map(|l| (l.pattern, l.end));
            let pick = match (best_name, best_lex) {
                (Some(n), Some(l)) => Some(if l.1 > n.1 { (l, false) } else { (n, true) }),
                (Some(n), None) => Some((n, true)),
                (None, Some(l)) => Some((l, false)),
                (None, None) => None,
            };
            if let Some(((pattern, end), name)) = pick {
                out.push(Found {
                    start: at,
                    end,
                    name,
                    pattern,
                });
                next_free = end;
            }
        }
    }

    /// The longest pattern starting at `at` that ends at a word end (and, for
    /// names, has the case of one of its forms). `ends` is scratch space.
    fn longest(
        &self,
        automaton: &impl Automaton,
        forms: Option<&[Vec<Box<str>>]>,
        text: &str,
        lower: &[u8],
        at: usize,
        ends: &mut Vec<(u32, usize)>,
    ) -> Option<(u32, usize)> {
        // One walk down the trie from `at` collects every pattern that starts
        // there; the longest that fits wins ("Fano militia" ends inside
        // "Fano militias": the shorter "Fano" is next).
        prefixes(automaton, lower, at, ends);
        ends.iter().rev().copied().find(|&(pattern, end)| {
            let ends_word = !text[end..].chars().next().is_some_and(is_alphanumeric);
            // "U.S." ends with a dot: the boundary holds whatever follows
            let last_is_word_char = text[..end].chars().next_back().is_some_and(is_alphanumeric);
            // names must also have one of their forms' case: "IS", never "is"
            let case_ok = forms.is_none_or(|forms| {
                forms[pattern as usize]
                    .iter()
                    .any(|f| case_fits(&text[at..end], f))
            });
            (ends_word || !last_is_word_char) && case_ok
        })
    }
}

/// The byte offset of every word start in `text`: an alphanumeric char
/// after a char that is not.
fn word_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::with_capacity(text.len() / 5);
    let mut prev_alnum = false;
    let mut i = 0;
    while i < text.len() {
        let at = i;
        let byte = text.as_bytes()[at];
        let alnum = if byte.is_ascii() {
            i += 1;
            is_alnum_byte(byte)
        } else {
            match text[i..].chars().next() {
                Some(c) => {
                    i += c.len_utf8();
                    is_alphanumeric(c)
                }
                None => break,
            }
        };
        if alnum && !prev_alnum {
            starts.push(at);
        }
        prev_alnum = alnum;
    }
    starts
}

/// The first word of `lower` (lowercase text): its leading run of
/// alphanumeric chars; a name can only start where its first word does.
fn first_word(lower: &str) -> &[u8] {
    let bytes = lower.as_bytes();
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        if is_alnum_byte(b) {
            end += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match lower[end..].chars().next() {
                Some(c) if is_alphanumeric(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    &bytes[..end]
}

/// A Bloom filter of words: `may_contain` is true for every word inserted
/// and for about 2% of the others (1 Mbit, two probes, ~80k words).
struct FirstWords(Box<[u64]>);

impl FirstWords {
    const BITS: u32 = 20;

    fn probes(word: &[u8]) -> [usize; 2] {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in word {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x5851_f42d_4c95_7f2d);
        }
        let mask = (1usize << Self::BITS) - 1;
        [(h >> 7) as usize & mask, (h >> 37) as usize & mask]
    }

    fn may_contain(&self, word: &[u8]) -> bool {
        Self::probes(word)
            .iter()
            .all(|&k| self.0[k / 64] & (1 << (k % 64)) != 0)
    }
}

impl<'w> FromIterator<&'w [u8]> for FirstWords {
    fn from_iter<T: IntoIterator<Item = &'w [u8]>>(words: T) -> Self {
        let mut bits = vec![0u64; (1 << Self::BITS) / 64].into_boxed_slice();
        for word in words {
            for k in Self::probes(word) {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        FirstWords(bits)
    }
}

/// A set of two-byte prefixes, one bit each.
struct PrefixSet(Box<[u64]>);

impl Default for PrefixSet {
    fn default() -> Self {
        PrefixSet(vec![0; (1 << 16) / 64].into_boxed_slice())
    }
}

impl<'a> FromIterator<&'a [u8]> for PrefixSet {
    fn from_iter<I: IntoIterator<Item = &'a [u8]>>(iter: I) -> Self {
        let mut set = PrefixSet::default();
        for bytes in iter {
            set.insert(bytes);
        }
        set
    }
}

impl PrefixSet {
    fn key(bytes: &[u8]) -> usize {
        let first = bytes.first().map_or(0, |&b| usize::from(b));
        let second = bytes.get(1).map_or(0, |&b| usize::from(b));
        first << 8 | second
    }

    fn insert(&mut self, bytes: &[u8]) {
        // a one-byte pattern may be followed by any byte
        let seconds = if bytes.len() == 1 { 0..=255 } else { 0..=0 };
        for second in seconds {
            let k = Self::key(bytes) | second;
            self.0[k / 64] |= 1 << (k % 64);
        }
    }

    /// Whether `text` starts with a prefix in the set.
    fn contains(&self, text: &[u8]) -> bool {
        let k = Self::key(text);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Every pattern that starts at `at` in `haystack`, as (pattern, end),
/// shortest first, into `ends`.
fn prefixes(automaton: &impl Automaton, haystack: &[u8], at: usize, ends: &mut Vec<(u32, usize)>) {
    ends.clear();
    let Ok(mut state) = automaton.start_state(Anchored::Yes) else {
        return;
    };
    for (depth, &byte) in haystack[at..].iter().enumerate() {
        state = automaton.next_state(Anchored::Yes, state, byte);
        if automaton.is_dead(state) {
            return;
        }
        if automaton.is_match(state) {
            let len = depth + 1;
            // a state may also carry a shorter pattern that ends here but
            // starts later ("bc" in "abc"): only the one of this length
            // starts at `at`
            if let Some(p) = (0..automaton.match_len(state))
                .map(|k| automaton.match_pattern(state, k))
                .find(|&p| automaton.pattern_len(p) == len)
            {
                ends.push((p.as_u32(), at + len));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{ActorEntry, PlaceEntry};
    use crate::lexicon::LEXICON;
    use crate::model::{ActorCategory, PlaceKind};

    fn matcher() -> Matcher {
        let mut g = Gazetteer::new();
        g.add_actor(ActorEntry {
            aliases: vec![
                "IS".into(),
                "ISIS".into(),
                "al-Shabaab".into(),
                "uMkhonto weSizwe".into(),
            ],
            ..ActorEntry::new("Islamic State", ActorCategory::ArmedGroup)
        });
        g.add_place(PlaceEntry::new("Aba", PlaceKind::City, "NG"));
        g.add_place(PlaceEntry::new("Erbil", PlaceKind::City, "IQ"));
        g.add_place(PlaceEntry::new("Shi'ite Town", PlaceKind::City, "IQ"));
        g.add_place(PlaceEntry::new("Tal-Abyad", PlaceKind::City, "SY"));
        g.add_place(PlaceEntry::new("Saint-Denis", PlaceKind::City, "FR"));
        Matcher::build(&g, &LEXICON).unwrap()
    }

    #[test]
    fn a_particle_hyphen_may_be_a_space() {
        let m = matcher();
        assert_eq!(
            found(&m, "Tal-Abyad, Tal Abyad"),
            ["Tal-Abyad", "Tal Abyad"]
        );
        assert_eq!(found(&m, "Saint-Denis, Saint Denis"), ["Saint-Denis"]);
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        m.scan(text, &text.to_ascii_lowercase(), &mut out);
        out.iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn names_are_case_sensitive_and_whole_words() {
        let m = matcher();
        assert_eq!(found(&m, "this is ISIS and IS, not is"), ["ISIS", "IS"]);
        assert_eq!(found(&m, "Abacus Aba ABA aba"), ["Aba", "ABA"]);
        assert_eq!(found(&m, "ERBIL – in Erbil"), ["ERBIL", "Erbil"]);
        assert_eq!(
            found(&m, "Al-Shabaab and al-Shabaab"),
            ["Al-Shabaab", "al-Shabaab"]
        );
        assert_eq!(found(&m, "in Shi’ite Town"), ["Shi’ite Town"]);
        // a lowercase word is tried by its first two bytes as written
        assert_eq!(
            found(&m, "uMkhonto weSizwe, umkhonto wesizwe"),
            ["uMkhonto weSizwe"]
        );
    }

    #[test]
    fn lexicon_is_case_insensitive_and_longest() {
        let m = matcher();
        assert_eq!(
            found(&m, "Security forces attacked"),
            ["Security forces", "attacked"]
        );
        assert_eq!(found(&m, "they took control of it"), ["took control of"]);
        assert_eq!(found(&m, "counterattacked"), Vec::<String>::new());
    }

    #[test]
    fn the_lexicon_half_tells_whether_a_text_may_hold_an_event() {
        let m = matcher();
        let has_trigger = |text: &str| m.scan_lexicon(text, &text.to_ascii_lowercase()).has_trigger;
        assert!(has_trigger("Security forces attacked the town."));
        assert!(has_trigger("The two leaders met in Erbil."));
        // a generic actor is no trigger; "counterattacked" holds none as a word
        assert!(!has_trigger("Security forces counterattacked."));
        assert!(!has_trigger("The weather in Erbil was mild."));
    }
}
