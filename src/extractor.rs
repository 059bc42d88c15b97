//! The extractor: configuration, the pipeline, and the default instance.

use crate::error::Error;
use crate::events;
use crate::frames;
use crate::gazetteer::{Gazetteer, Interned, Matcher};
use crate::lexicon::LEXICON;
use crate::mentions::{self, Scope};
use crate::model::Event;
use crate::text;
use crate::time;
use chrono::NaiveDate;
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What the stages before the rules produce for one text.
struct Analysis {
    seg: text::Segmented,
    /// The frame rules' cue bits of each token (see [`TokenWords`]).
    cues: Vec<u64>,
    dates: Vec<time::TimeExpr>,
    mentions: Vec<mentions::Mention>,
    sports_report: bool,
    published: Option<NaiveDate>,
}

impl Analysis {
    /// What the frame rules read: the analysis of `text`.
    fn doc<'a>(&'a self, text: &'a str) -> frames::Doc<'a> {
        frames::Doc {
            text,
            seg: &self.seg,
            mentions: &self.mentions,
            dates: &self.dates,
            sports_report: self.sports_report,
            cues: &self.cues,
            published: self.published,
        }
    }
}

/// The word lists that composition and the frame rules ask about, in one
/// table: each token is looked up once, for both.
static WORD_LISTS: Lazy<text::WordBits<u128>> = Lazy::new(|| text::WordBits::new(word_lists()));

/// Composition's word classes in the low 64 bits, the frame rules' cues in
/// the high 64.
fn word_lists() -> impl Iterator<Item = (u128, &'static [&'static str])> {
    mentions::class_lists()
        .map(|(bits, list)| (u128::from(bits), list))
        .chain(
            frames::CUE_LISTS
                .iter()
                .map(|&(bits, list)| (u128::from(bits) << 64, list)),
        )
}

/// The lists each token is in: composition's word classes and the frame
/// rules' cues.
struct TokenWords {
    classes: Vec<u64>,
    cues: Vec<u64>,
}

impl TokenWords {
    fn of(text: &str, seg: &text::Segmented) -> Self {
        let n = seg.tokens.len();
        let mut words = TokenWords {
            classes: Vec::with_capacity(n),
            cues: Vec::with_capacity(n),
        };
        for t in &seg.tokens {
            let word = t.text(text);
            let bits = WORD_LISTS.get(word);
            words.classes.push(bits as u64);
            words
                .cues
                .push(frames::token_cues(word, (bits >> 64) as u64));
        }
        words
    }
}

/// An article: its text and, when known, its publication date, which relative
/// dates ("on Monday", "last December") are resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The article's text.
    pub text: String,
    /// The publication date.
    #[serde(default)]
    pub published: Option<NaiveDate>,
}

impl Article {
    /// An article with a text and an optional publication date.
    pub fn new(text: impl Into<String>, published: Option<NaiveDate>) -> Self {
        Article {
            text: text.into(),
            published,
        }
    }
}

/// Configures an [`Extractor`].
///
/// ```
/// use casus::{Extractor, Gazetteer};
/// use chrono::NaiveDate;
///
/// let extractor = Extractor::builder()
///     .published(NaiveDate::from_ymd_opt(2018, 8, 28).unwrap())
///     .build()?;
/// let events = extractor.extract("Iraqi forces seized Kirkuk on Monday.");
/// assert_eq!(events[0].date.as_ref().unwrap().value.as_deref(), Some("2018-08-27"));
/// # Ok::<(), casus::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    published: Option<NaiveDate>,
    replace: Option<Gazetteer>,
    extra: Option<Gazetteer>,
}

impl ExtractorBuilder {
    /// The publication date used by [`Extractor::extract`].
    pub fn published(mut self, date: NaiveDate) -> Self {
        self.published = Some(date);
        self
    }

    /// Adds entries to the built-in gazetteer.
    pub fn add_gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        match &mut self.extra {
            Some(g) => g.extend(gazetteer),
            None => self.extra = Some(gazetteer),
        }
        self
    }

    /// Uses `gazetteer` instead of the built-in one.
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.replace = Some(gazetteer);
        self
    }

    /// Compiles the gazetteer into automata.
    ///
    /// # Errors
    /// [`Error::Build`] when the automata cannot be built (too many patterns).
    pub fn build(self) -> Result<Extractor, Error> {
        let gazetteer: Cow<'static, Gazetteer> = match (self.replace, self.extra) {
            (Some(mut g), extra) => {
                if let Some(e) = extra {
                    g.extend(e);
                }
                Cow::Owned(g)
            }
            (None, Some(extra)) => {
                let mut g = Gazetteer::builtin();
                g.extend(extra);
                Cow::Owned(g)
            }
            (None, None) => Cow::Borrowed(Gazetteer::builtin_ref()),
        };
        let matcher = Matcher::build(&gazetteer, &LEXICON)?;
        let names = match &gazetteer {
            Cow::Borrowed(builtin) => Interned::borrowed(builtin, &LEXICON),
            Cow::Owned(own) => Interned::new(own, &LEXICON),
        };
        Ok(Extractor {
            gazetteer,
            matcher,
            names,
            published: self.published,
        })
    }
}

/// Extracts events from English news text. Build once, share across threads.
///
/// ```
/// use casus::{EventKind, Extractor};
///
/// let extractor = Extractor::builder().build()?;
/// let events = extractor.extract("Gunmen kidnapped 20 villagers in Kaduna State.");
/// assert_eq!(events[0].kind, EventKind::Kidnapping);
/// # Ok::<(), casus::Error>(())
/// ```
pub struct Extractor {
    gazetteer: Cow<'static, Gazetteer>,
    matcher: Matcher,
    names: Interned,
    published: Option<NaiveDate>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("patterns", &self.matcher.pattern_count())
            .field("published", &self.published)
            .finish()
    }
}

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    // The built-in data is checked by the test suite; failing here is a build defect.
    ExtractorBuilder::default()
        .build()
        .expect("the built-in gazetteer compiles")
});

impl Extractor {
    /// A builder.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The shared extractor on the built-in gazetteer, built on first use.
    pub fn default_ref() -> &'static Extractor {
        &DEFAULT
    }

    /// Events in `text`, with relative dates resolved against the builder's publication date.
    pub fn extract(&self, text: &str) -> Vec<Event> {
        self.extract_at(text, self.published)
    }

    /// Events in an article, with its own publication date.
    pub fn extract_article(&self, article: &Article) -> Vec<Event> {
        self.extract_at(&article.text, article.published.or(self.published))
    }

    /// Events in many articles, in the articles' order. With the `rayon`
    /// feature the articles are processed in parallel on all cores; the
    /// result is the same either way.
    ///
    /// ```
    /// use casus::{Article, Extractor};
    ///
    /// let extractor = Extractor::builder().build()?;
    /// let articles = vec![
    ///     Article::new("Gunmen kidnapped 20 villagers in Kaduna State.", None),
    ///     Article::new("Protesters rallied in Caracas.", None),
    /// ];
    /// let events = extractor.extract_batch(&articles);
    /// assert_eq!(events.len(), 2);
    /// # Ok::<(), casus::Error>(())
    /// ```
    pub fn extract_batch<A>(&self, articles: &[A]) -> Vec<Vec<Event>>
    where
        A: std::borrow::Borrow<Article> + Sync,
    {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            articles
                .par_iter()
                .map(|a| self.extract_article(a.borrow()))
                .collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            articles
                .iter()
                .map(|a| self.extract_article(a.borrow()))
                .collect()
        }
    }

    /// The stages before the rules: sentences and tokens, time expressions,
    /// mentions, on an already cleaned text. `None` when only the trigger
    /// sentences are wanted (for events) and the text has no trigger word:
    /// the lexicon is scanned first, and most of the cost is spared; a trace
    /// wants every sentence.
    fn analyse(&self, text: &str, published: Option<NaiveDate>, scope: Scope) -> Option<Analysis> {
        let lower = text.to_ascii_lowercase();
        let lexicon = self.matcher.scan_lexicon(text, &lower);
        if scope == Scope::TriggerSentences && !lexicon.has_trigger {
            return None;
        }
        let seg = text::segment_lowered(text, lower);
        let dates = time::find_dates_in(text, &seg.lower, published);
        let words = TokenWords::of(text, &seg);
        let data = mentions::Data {
            matcher: &self.matcher,
            gazetteer: &self.gazetteer,
            names: &self.names,
            lexicon: &LEXICON,
        };
        let composed = mentions::build(text, &seg, &words.classes, &data, &lexicon, &dates, scope);
        Some(Analysis {
            seg,
            cues: words.cues,
            dates,
            mentions: composed.mentions,
            sports_report: composed.sports_report,
            published,
        })
    }

    /// Events in `text`, with relative dates resolved against `published`
    /// (left unresolved when it is `None`).
    pub fn extract_at(&self, input: &str, published: Option<NaiveDate>) -> Vec<Event> {
        // rules run on the cleaned text; it has the input's offsets, and the
        // events quote the input itself
        let cleaned = text::clean(input);
        let text = cleaned.as_deref().unwrap_or(input);
        let Some(analysis) = self.analyse(text, published, Scope::TriggerSentences) else {
            return Vec::new();
        };
        let frames = frames::build(&analysis.doc(text));
        let input = events::Input {
            text,
            original: input,
            seg: &analysis.seg,
            mentions: &analysis.mentions,
            dates: &analysis.dates,
            published,
        };
        events::assemble(&input, &frames)
    }

    /// A readable trace of the pipeline on `text`: each sentence with its
    /// mentions, then each frame. For writing and debugging rules; the format
    /// is not stable.
    pub fn explain(&self, text: &str, published: Option<NaiveDate>) -> String {
        use std::fmt::Write;
        let cleaned = text::clean(text);
        let text = cleaned.as_deref().unwrap_or(text);
        // a trace analyses every text
        let Some(analysis) = self.analyse(text, published, Scope::AllSentences) else {
            return String::new();
        };
        let Analysis { seg, mentions, .. } = &analysis;
        let mut out = String::new();
        for (s, sentence) in seg.sentences.iter().enumerate() {
            let _ = writeln!(out, "[{s}] {}", sentence.span.slice(text));
            for m in mentions
                .iter()
                .filter(|m| sentence.tokens.contains(&m.first))
            {
                let span = seg.tokens[m.first].start..seg.tokens[m.last - 1].end;
                let _ = writeln!(out, "    {:?} {:?}", &text[span], m.what);
            }
        }
        for f in frames::build(&analysis.doc(text)) {
            let words = |m: usize| {
                let mm = &mentions[m];
                &text[seg.tokens[mm.first].start..seg.tokens[mm.last - 1].end]
            };
            let actors: Vec<String> = f
                .actors
                .iter()
                .map(|&(m, r)| format!("{}:{r:?}", words(m)))
                .collect();
            let places: Vec<&str> = f.places.iter().map(|&m| words(m)).collect();
            let _ = writeln!(
                out,
                "frame [{}] {:?} {:?} actors {actors:?} places {places:?} date {:?} negated {} anaphoric {}",
                f.sentence, f.kind, words(f.trigger), f.date, f.negated, f.anaphoric
            );
        }
        out
    }

    /// Number of patterns in the automata.
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Heap memory used by the automata, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// The gazetteer this extractor matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

/// Events in `text` with the built-in gazetteers and no publication date
/// (relative dates stay unresolved). Never fails.
///
/// ```
/// let events = casus::extract_events("Russian forces captured the city of Kherson.");
/// assert_eq!(events[0].kind, casus::EventKind::Takeover);
/// ```
pub fn extract_events(text: &str) -> Vec<Event> {
    DEFAULT.extract(text)
}

/// Each pipeline stage alone, for the benchmarks in `benches/`. Not part of
/// the stable API.
#[doc(hidden)]
pub mod stages {
    use super::*;

    /// Sentences and tokens: returns the number of tokens.
    pub fn segment(text: &str) -> usize {
        text::segment(text).tokens.len()
    }

    /// Gazetteer matching alone: returns the number of whole-word matches.
    pub fn matches(extractor: &Extractor, text: &str) -> usize {
        let mut found = Vec::new();
        extractor
            .matcher
            .scan(text, &text.to_ascii_lowercase(), &mut found);
        found.len()
    }

    /// Segmentation, dates and mentions: returns the number of mentions.
    pub fn mentions(extractor: &Extractor, text: &str, published: Option<NaiveDate>) -> usize {
        extractor
            .analyse(text, published, Scope::AllSentences)
            .map_or(0, |a| a.mentions.len())
    }

    /// Every name form of the extractor as written, and its lexicon patterns
    /// (lowercase), for a bare Aho-Corasick scan of the same patterns as a
    /// reference, and for peers.
    pub fn patterns(extractor: &Extractor) -> (Vec<String>, Vec<String>) {
        extractor.matcher.patterns()
    }
}

#[cfg(test)]
mod tests {
    use super::{word_lists, WORD_LISTS};

    /// The shared table loses no word of any list: a token of a listed word
    /// has the list's bit, in either case (a word the table could not hold
    /// would silently stop matching).
    #[test]
    fn every_listed_word_has_its_bits() {
        for (bits, list) in word_lists() {
            for word in list {
                for form in [word.to_string(), word.to_ascii_uppercase()] {
                    assert_eq!(WORD_LISTS.get(&form) & bits, bits, "{form:?}");
                }
            }
        }
    }
}
