//! Gazetteer matching: two Aho-Corasick automata, searched only at word starts.
//!
//! Names (places, actors, demonyms) go into one automaton, the lexicon
//! (triggers, generic actors, titles) into a small second one. Both are
//! contiguous NFAs with leftmost-longest semantics over ASCII-lowercased
//! patterns, searched in an ASCII-lowercased copy of the text, one pattern
//! per lowercase form. A name match must then have the case of one
//! of its forms, as written, in ALL CAPS (datelines) or with a capital first
//! letter, so that "IS" the group never matches the verb "is"; when it does
//! not, the next shorter match is tried. One pattern per name instead of one
//! per case form keeps the automaton, its build time and its memory small. Instead of
//! scanning every byte and throwing away matches inside words, the search is
//! anchored at each word start and a match must end at a word end: this is
//! both the word-boundary rule and the fastest form measured (FACTS.md).

use super::Gazetteer;
use crate::error::Error;
use crate::lexicon::Lexicon;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
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

    /// A name, with either apostrophe; its case is checked after matching.
    fn add_name(&mut self, name: &str, hit: Hit) {
        if name.chars().count() < 2 {
            return;
        }
        let curly = name.contains('\'').then(|| name.replace('\'', "’"));
        for form in std::iter::once(name).chain(curly.as_deref()) {
            if let Some(i) = self.add(form, hit) {
                if !self.forms[i].iter().any(|f| &**f == form) {
                    self.forms[i].push(form.into());
                }
            }
        }
    }

    fn build(&self) -> Result<AhoCorasick, Error> {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&self.patterns)
            .map_err(|e| Error::Build(e.to_string()))
    }
}

/// Whether `text` is `form` as written, in ALL CAPS (datelines) or with a
/// capital first letter ("Al-Shabaab" for "al-Shabaab").
fn case_fits(text: &str, form: &str) -> bool {
    if text == form {
        return true;
    }
    if text.len() != form.len() || !text.eq_ignore_ascii_case(form) {
        return false;
    }
    let all_caps = !text.chars().any(char::is_lowercase);
    let capitalised = {
        let (mut t, mut f) = (text.chars(), form.chars());
        let (tc, fc) = (t.next(), f.next());
        tc.is_some_and(char::is_uppercase)
            && fc.is_some_and(char::is_lowercase)
            && t.as_str() == f.as_str()
    };
    all_caps || capitalised
}

/// The compiled automata of a gazetteer and the lexicon.
pub(crate) struct Matcher {
    names: AhoCorasick,
    /// ASCII letters that some name form starts with in lowercase
    /// ("al-Shabaab"): a word starting with any other lowercase letter
    /// cannot be a name, and most words are lowercase.
    lowercase_initials: [bool; 128],
    name_hits: Vec<Vec<Hit>>,
    name_forms: Vec<Vec<Box<str>>>,
    lexicon: AhoCorasick,
    lexicon_hits: Vec<Vec<Hit>>,
    lexicon_patterns: Vec<String>,
}

impl Matcher {
    pub fn build(gazetteer: &Gazetteer, lexicon: &Lexicon) -> Result<Matcher, Error> {
        let mut names = PatternSet::default();
        for (i, p) in gazetteer.places().iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                names.add_name(n, Hit::Place(i as u32));
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
        let mut lowercase_initials = [false; 128];
        for form in names.forms.iter().flatten() {
            match form.chars().next() {
                Some(c) if c.is_ascii_lowercase() => lowercase_initials[c as usize] = true,
                // a lowercase non-ASCII initial: allow every word
                Some(c) if c.is_lowercase() => lowercase_initials = [true; 128],
                _ => {}
            }
        }
        Ok(Matcher {
            lowercase_initials,
            names: names.build()?,
            name_hits: names.hits,
            name_forms: names.forms,
            lexicon: lex.build()?,
            lexicon_hits: lex.hits,
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
        let (pattern, end) = self.anchored(&self.names, Some(&self.name_forms), name, &lower, 0)?;
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
    pub fn scan(&self, text: &str, out: &mut Vec<Found>) {
        // Patterns are lowercase and the automata case-sensitive: searching
        // an ASCII-lowercased copy (same offsets) is case-insensitive at half
        // the automaton size and build time of `ascii_case_insensitive`.
        let lower = text.to_ascii_lowercase();
        let bytes = text.as_bytes();
        let mut next_free = 0usize;
        let mut prev_alnum = false;
        for (i, c) in text.char_indices() {
            let alnum = c.is_alphanumeric();
            let word_start = alnum && !prev_alnum;
            prev_alnum = alnum;
            if !word_start || i < next_free {
                continue;
            }
            let may_be_name = !c.is_lowercase()
                || (c.is_ascii() && self.lowercase_initials[c as usize])
                || (!c.is_ascii() && self.lowercase_initials[0]);
            let best_name = if may_be_name {
                self.anchored(&self.names, Some(&self.name_forms), text, &lower, i)
            } else {
                None
            };
            let best_lex = self.anchored(&self.lexicon, None, text, &lower, i);
            let pick = match (best_name, best_lex) {
                (Some(n), Some(l)) => Some(if l.1 > n.1 { (l, false) } else { (n, true) }),
                (Some(n), None) => Some((n, true)),
                (None, Some(l)) => Some((l, false)),
                (None, None) => None,
            };
            if let Some(((pattern, end), name)) = pick {
                debug_assert!(end <= bytes.len());
                out.push(Found {
                    start: i,
                    end,
                    name,
                    pattern,
                });
                next_free = end;
            }
        }
    }

    /// The longest pattern starting at `at` that ends at a word end.
    fn anchored(
        &self,
        ac: &AhoCorasick,
        forms: Option<&[Vec<Box<str>>]>,
        text: &str,
        lower: &str,
        at: usize,
    ) -> Option<(u32, usize)> {
        let mut limit = text.len();
        // the longest match may end inside a word ("Fano militia" in "Fano
        // militias"): then look again for a shorter one, ending before it
        loop {
            let input = Input::new(lower).range(at..limit).anchored(Anchored::Yes);
            let m = ac.find(input)?;
            let ends_word = !text[m.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            let last_is_word_char = text[..m.end()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            // "U.S." ends with a dot: the boundary holds whatever follows
            // names must also have one of their forms' case: "IS", never "is"
            let case_ok = forms.is_none_or(|forms| {
                forms[m.pattern().as_usize()]
                    .iter()
                    .any(|f| case_fits(&text[at..m.end()], f))
            });
            if (ends_word || !last_is_word_char) && case_ok {
                return Some((m.pattern().as_u32(), m.end()));
            }
            limit = m.end() - 1;
            while limit > at && !text.is_char_boundary(limit) {
                limit -= 1;
            }
            if limit <= at {
                return None;
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
            aliases: vec!["IS".into(), "ISIS".into(), "al-Shabaab".into()],
            ..ActorEntry::new("Islamic State", ActorCategory::ArmedGroup)
        });
        g.add_place(PlaceEntry::new("Aba", PlaceKind::City, "NG"));
        g.add_place(PlaceEntry::new("Erbil", PlaceKind::City, "IQ"));
        g.add_place(PlaceEntry::new("Shi'ite Town", PlaceKind::City, "IQ"));
        Matcher::build(&g, &LEXICON).unwrap()
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        m.scan(text, &mut out);
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
}
