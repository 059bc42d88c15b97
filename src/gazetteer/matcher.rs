//! Gazetteer matching: two Aho-Corasick automata, searched only at word starts.
//!
//! Names (places, actors, demonyms) go into a case-sensitive automaton, each
//! name as written, in ALL CAPS and with a capital first letter; the lexicon
//! (triggers, generic actors, titles) into a small ASCII case-insensitive one.
//! Both are contiguous NFAs with leftmost-longest semantics. Instead of
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
    /// Whether it came from the case-sensitive names automaton.
    pub name: bool,
    pattern: u32,
}

/// Patterns with the entries each refers to, deduplicated.
#[derive(Default)]
struct PatternSet {
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    hits: Vec<Vec<Hit>>,
}

impl PatternSet {
    fn add(&mut self, pattern: String, hit: Hit) {
        if pattern.trim().is_empty() {
            return;
        }
        let i = *self.index.entry(pattern.clone()).or_insert_with(|| {
            self.patterns.push(pattern);
            self.hits.push(Vec::new());
            self.patterns.len() - 1
        });
        if !self.hits[i].contains(&hit) {
            self.hits[i].push(hit);
        }
    }

    /// A name as written, in ALL CAPS, capitalised, and with either apostrophe.
    fn add_name(&mut self, name: &str, hit: Hit) {
        if name.chars().count() < 2 {
            return;
        }
        let mut forms = vec![name.to_string(), name.to_uppercase()];
        let mut chars = name.chars();
        if let Some(first) = chars.next() {
            if first.is_lowercase() {
                forms.push(first.to_uppercase().chain(chars).collect());
            }
        }
        for form in forms {
            if form.contains('\'') {
                self.add(form.replace('\'', "’"), hit);
            }
            self.add(form, hit);
        }
    }

    fn build(&self, case_insensitive: bool) -> Result<AhoCorasick, Error> {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(case_insensitive)
            .build(&self.patterns)
            .map_err(|e| Error::Build(e.to_string()))
    }
}

/// The compiled automata of a gazetteer and the lexicon.
pub(crate) struct Matcher {
    names: AhoCorasick,
    name_hits: Vec<Vec<Hit>>,
    name_patterns: Vec<String>,
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
            lex.add(t.phrase.to_string(), Hit::Trigger(i as u32));
            if t.phrase.contains('\'') {
                lex.add(t.phrase.replace('\'', "’"), Hit::Trigger(i as u32));
            }
        }
        for (i, g) in lexicon.generics.iter().enumerate() {
            lex.add(g.phrase.to_string(), Hit::Generic(i as u32));
        }
        for (i, t) in lexicon.titles.iter().enumerate() {
            lex.add(t.to_string(), Hit::Title(i as u32));
        }
        Ok(Matcher {
            names: names.build(false)?,
            name_hits: names.hits,
            name_patterns: names.patterns,
            lexicon: lex.build(true)?,
            lexicon_hits: lex.hits,
            lexicon_patterns: lex.patterns,
        })
    }

    /// The case-sensitive name patterns and the case-insensitive lexicon patterns.
    pub fn patterns(&self) -> (Vec<String>, Vec<String>) {
        (self.name_patterns.clone(), self.lexicon_patterns.clone())
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
            let best_name = self.anchored(&self.names, text, i);
            let best_lex = self.anchored(&self.lexicon, text, i);
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
    fn anchored(&self, ac: &AhoCorasick, text: &str, at: usize) -> Option<(u32, usize)> {
        let mut limit = text.len();
        // the longest match may end inside a word ("Fano militia" in "Fano
        // militias"): then look again for a shorter one, ending before it
        loop {
            let input = Input::new(text).range(at..limit).anchored(Anchored::Yes);
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
            if ends_word || !last_is_word_char {
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
