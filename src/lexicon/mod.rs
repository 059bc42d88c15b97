//! The word lists behind the rules: event triggers, generic actors and agent
//! nouns, and titles. They are data files under `data/lexicon/`, embedded and
//! parsed once; unlike gazetteers they are part of the grammar, not user data.
//!
//! To add a trigger, add a line to `data/lexicon/triggers.tsv` with its kind
//! and form; to add an event kind, add it to [`EventKind`] and give it triggers.

use crate::model::{ActorCategory, EventKind};
use once_cell::sync::Lazy;

/// How a trigger word relates to its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TriggerForm {
    /// A verb: subject and object carry the roles (passive after "be").
    Verb,
    /// An event noun: arguments come from modifiers and prepositions.
    Noun,
    /// "taken": an arrest or kidnapping, whichever the text last reported.
    Continuation,
}

#[derive(Debug, Clone)]
pub(crate) struct TriggerWord {
    pub phrase: &'static str,
    /// `None` for continuation triggers, whose kind comes from context.
    pub kind: Option<EventKind>,
    pub form: TriggerForm,
}

#[derive(Debug, Clone)]
pub(crate) struct GenericActor {
    pub phrase: &'static str,
    pub category: ActorCategory,
    /// Composes with a preceding demonym or named actor ("Iraqi forces").
    pub agent: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub triggers: Vec<TriggerWord>,
    pub generics: Vec<GenericActor>,
    pub titles: Vec<&'static str>,
}

fn data_lines(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    // The embedded files are checked by the tests below; a bad line is a build defect.
    let triggers = data_lines(include_str!("../../data/lexicon/triggers.tsv"))
        .map(|f| TriggerWord {
            phrase: f[0],
            kind: EventKind::parse(f[1]),
            form: match f[2] {
                "verb" => TriggerForm::Verb,
                "noun" => TriggerForm::Noun,
                "continuation" => TriggerForm::Continuation,
                other => panic!("data/lexicon/triggers.tsv: unknown form {other}"),
            },
        })
        .collect();
    let generics = data_lines(include_str!("../../data/lexicon/generic_actors.tsv"))
        .map(|f| GenericActor {
            phrase: f[0],
            category: ActorCategory::parse(f[1])
                .unwrap_or_else(|| panic!("generic_actors.tsv: unknown category {}", f[1])),
            agent: f[2] == "yes",
        })
        .collect();
    let titles = data_lines(include_str!("../../data/lexicon/titles.txt"))
        .map(|f| f[0])
        .collect();
    Lexicon {
        triggers,
        generics,
        titles,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicons_parse() {
        let lex = &*LEXICON;
        assert!(lex.triggers.len() > 100);
        assert!(lex
            .triggers
            .iter()
            .all(|t| t.kind.is_some() || t.form == TriggerForm::Continuation));
        assert!(lex.generics.iter().any(|g| g.phrase == "gunmen"));
        assert!(lex.titles.contains(&"President"));
    }
}
