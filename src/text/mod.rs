//! Text → sentences and tokens, with byte offsets into the original input.
//!
//! The tokenizer is a single pass over the chars. A word is a run of
//! alphanumeric chars, joined across inner hyphens and apostrophes
//! ("US-led", "Shi'ite"); a possessive "'s" is its own token. Every other
//! non-space char is a one-char punctuation token. Sentences end at `.`, `!`
//! or `?` before a capital, a digit or a quote, unless the word before the
//! dot is an abbreviation ("Mr.", "Gen.", "Oct. 16", "U.S."); a blank line
//! always ends a sentence, and so does a run of [`MAX_SENTENCE_TOKENS`]
//! tokens, which keeps the cost of later stages linear on text without
//! punctuation.

mod clean;
mod words;

pub(crate) use clean::clean;
pub(crate) use words::WordBits;

use crate::model::Span;

/// Sentences longer than this many tokens are cut, so that later stages, which
/// look at pairs of mentions inside a sentence, stay linear in the input.
pub const MAX_SENTENCE_TOKENS: usize = 250;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters and digits, possibly with inner hyphens or apostrophes.
    Word,
    /// A possessive "'s" or "’s".
    Possessive,
    /// One punctuation or symbol char.
    Punct,
}

/// A token: a word or a punctuation char, by byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A sentence: its span and its range of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    /// True when the sentence starts a paragraph.
    pub paragraph_start: bool,
}

/// A text cut into tokens and sentences.
#[derive(Debug, Clone)]
pub(crate) struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// The text ASCII-lowercased, at the same offsets: what the automata and
    /// the time grammar read.
    pub lower: String,
}

impl Segmented {
    /// The index of the sentence that holds token `token` (sentences cover
    /// the text in order).
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= token)
    }

    /// The dash that ends the dateline opening sentence `s` ("KABUL – ...",
    /// "VOSTOCHNY COSMODROME, Russia – ..."): a first word in capitals, then a
    /// dash within a dozen tokens.
    pub fn dateline_dash(&self, text: &str, s: &Sentence) -> Option<usize> {
        let word = |i: usize| self.tokens[i].text(text);
        let first = s.tokens.start;
        if !s.paragraph_start || first >= s.tokens.end {
            return None;
        }
        let w0 = word(first);
        let capitals = w0.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w0.chars().all(|c| !c.is_lowercase());
        if !capitals {
            return None;
        }
        (first..s.tokens.end.min(first + 12)).find(|&i| matches!(word(i), "–" | "—" | "-"))
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether a byte is an ASCII letter or digit: one load from a table, the
/// cheapest test for the loops over every byte of a text.
#[inline]
pub(crate) fn is_alnum_byte(byte: u8) -> bool {
    ASCII_ALNUM[usize::from(byte)]
}

static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// `c.is_alphanumeric()`, without the search of Unicode's tables for ASCII
/// and for the general punctuation of news text (curly quotes, dashes,
/// ellipses), a block that holds no letter or digit.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    outside_punctuation(c, char::is_ascii_alphanumeric, char::is_alphanumeric)
}

/// `c.is_alphabetic()`, as fast as [`is_alphanumeric`].
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    outside_punctuation(c, char::is_ascii_alphabetic, char::is_alphabetic)
}

/// `ascii` for ASCII, false in [`GENERAL_PUNCTUATION`], else `unicode`.
#[inline]
fn outside_punctuation(c: char, ascii: fn(&char) -> bool, unicode: fn(char) -> bool) -> bool {
    if c.is_ascii() {
        ascii(&c)
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && unicode(c)
    }
}

const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// The char at byte `i`, read without decoding when it is ASCII, as most are.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => Some(char::from(*b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// Cuts `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if is_apostrophe(c) {
            // a possessive: 's followed by a non-alphanumeric char
            let s = i + len;
            if matches!(bytes.get(s), Some(b's' | b'S'))
                && !char_at(text, s + 1).is_some_and(is_alphanumeric)
            {
                tokens.push(Token {
                    start: i,
                    end: s + 1,
                    kind: TokenKind::Possessive,
                });
                i = s + 1;
                continue;
            }
        }
        if !is_alphanumeric(c) {
            tokens.push(Token {
                start: i,
                end: i + len,
                kind: TokenKind::Punct,
            });
            i += len;
            continue;
        }
        let mut end = i + len;
        // chars in the current alphanumeric run, to join "U.S" but not "Oct.16"
        let mut run = 1usize;
        let mut dotted = false;
        while let Some(&byte) = bytes.get(end) {
            if is_alnum_byte(byte) {
                end += 1;
                run += 1;
                continue;
            }
            let Some(d) = char_at(text, end) else {
                break;
            };
            if is_alphanumeric(d) {
                end += d.len_utf8();
                run += 1;
                continue;
            }
            if !(is_hyphen(d) || is_apostrophe(d) || d == '.') {
                break;
            }
            let after = end + d.len_utf8();
            let joins = match char_at(text, after) {
                Some(n) if is_alphanumeric(n) => {
                    if is_apostrophe(d) {
                        // "Hezbollah's" splits; "Shi'ite" and "didn't" join
                        !matches!(n, 's' | 'S')
                            || char_at(text, after + 1).is_some_and(is_alphanumeric)
                    } else if d == '.' {
                        run == 1 && is_alphabetic(n)
                    } else {
                        // ("then-Prime Minister Moussa Mara", "ex-President
                        // Zuma": a prefix before a title stands apart)
                        !(n.is_uppercase()
                            && ["then", "ex", "former"]
                                .iter()
                                .any(|p| text[i..end].eq_ignore_ascii_case(p)))
                    }
                }
                _ => false,
            };
            if !joins {
                break;
            }
            dotted |= d == '.';
            end = after;
            run = 0;
        }
        // "U.S." keeps its final dot when the word is dotted letters
        if dotted && bytes.get(end) == Some(&b'.') {
            end += 1;
        }
        tokens.push(Token {
            start: i,
            end,
            kind: TokenKind::Word,
        });
        i = end;
    }
    tokens
}

/// Words after which a dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "brig", "adm", "cmdr",
    "rep", "sen", "gov", "st", "ft", "mt", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jr",
    "sr", "prof", "rev", "hon", "approx", "dept", "est", "fig", "vol", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// [`ABBREVIATIONS`] and [`TITLE_ABBREVIATIONS`] in one table, by bit.
static ABBREVIATION_LISTS: once_cell::sync::Lazy<WordBits> = once_cell::sync::Lazy::new(|| {
    WordBits::new([(ABBREVIATION, ABBREVIATIONS), (TITLE, TITLE_ABBREVIATIONS)])
});
const ABBREVIATION: u64 = 1;
const TITLE: u64 = 2;

/// Abbreviations that never end a sentence, even before a capital: titles.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "brig", "adm", "cmdr",
    "rep", "sen", "gov", "st", "prof", "rev", "hon",
];

/// Whether `word` is one of `list`, ignoring ASCII case.
#[inline]
pub(crate) fn is_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn starts_upper_or_digit(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Cuts `text` into tokens and sentences.
pub(crate) fn segment(text: &str) -> Segmented {
    segment_lowered(text, text.to_ascii_lowercase())
}

/// [`segment`], given the text's ASCII-lowercased copy.
pub(crate) fn segment_lowered(text: &str, lower: String) -> Segmented {
    debug_assert_eq!(text.len(), lower.len());
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut first = 0usize;
    let mut paragraph_start = true;
    let close = |sentences: &mut Vec<Sentence>, from: usize, to: usize, para: bool| {
        if from < to {
            sentences.push(Sentence {
                span: Span::new(tokens[from].start, tokens[to - 1].end),
                tokens: from..to,
                paragraph_start: para,
            });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        // a blank line between two tokens ends the sentence and the paragraph
        if i > first {
            let gap = &text.as_bytes()[tokens[i - 1].end..tokens[i].start];
            if gap.len() >= 2 && gap.iter().filter(|&&b| b == b'\n').count() >= 2 {
                close(&mut sentences, first, i, paragraph_start);
                first = i;
                paragraph_start = true;
            }
        }
        let t = tokens[i];
        let mut end_here = false;
        if t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?" | "…") {
            // closing quotes and brackets belong to the sentence they close
            let mut j = i + 1;
            while j < tokens.len()
                && tokens[j].kind == TokenKind::Punct
                && matches!(tokens[j].text(text), "\"" | "”" | "’" | "'" | ")" | "]")
            {
                j += 1;
            }
            let next = tokens.get(j).map(|n| n.text(text));
            let prev = if i > first {
                Some(tokens[i - 1].text(text))
            } else {
                None
            };
            let before_capital = match next {
                None => true,
                Some(n) => starts_upper_or_digit(n) || matches!(n, "\"" | "“" | "‘" | "(" | "'"),
            };
            let abbreviation = t.text(text) == "."
                && prev.is_some_and(|p| {
                    let single_initial =
                        p.chars().count() == 1 && p.chars().next().is_some_and(char::is_uppercase);
                    let lists = ABBREVIATION_LISTS.get(p);
                    lists & TITLE != 0
                        || single_initial
                        || (lists & ABBREVIATION != 0
                            && next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())))
                });
            // "at about 9.20 p.m.", "3.5 million": a dot inside a number
            let decimal = i > first
                && j == i + 1
                && tokens[i - 1].end == t.start
                && tokens.get(j).is_some_and(|n| n.start == t.end)
                && prev.is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
                && next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            end_here = before_capital && !abbreviation && !decimal;
            if end_here {
                i = j - 1;
            }
        } else if t.kind == TokenKind::Word
            && t.text(text).ends_with('.')
            && t.text(text).contains('.')
        {
            // "U.S." at the end of a sentence: the next word starts a new one
            // only when it is a capitalised function word ("The", "He").
            let next = tokens.get(i + 1).map(|n| n.text(text));
            end_here = next.is_some_and(|n| {
                matches!(
                    n,
                    "The" | "He" | "She" | "It" | "They" | "We" | "In" | "A" | "But"
                )
            });
        }
        if end_here || i + 1 - first >= MAX_SENTENCE_TOKENS {
            close(&mut sentences, first, i + 1, paragraph_start);
            first = i + 1;
            paragraph_start = false;
        }
        i += 1;
    }
    close(&mut sentences, first, tokens.len(), paragraph_start);
    Segmented {
        tokens,
        sentences,
        lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn tokens_keep_compounds_and_split_possessives() {
        assert_eq!(
            words("the US-led Coalition’s Shi'ite ally didn't"),
            [
                "the",
                "US-led",
                "Coalition",
                "’s",
                "Shi'ite",
                "ally",
                "didn't"
            ]
        );
        assert_eq!(
            words("U.S. forces, 8 a.m."),
            ["U.S.", "forces", ",", "8", "a.m."]
        );
        assert_eq!(words("Oct. 16"), ["Oct", ".", "16"]);
    }

    #[test]
    fn sentences_respect_abbreviations() {
        let text = "Gen. Smith met Mr. Jones on Oct. 16 in the U.S. capital. They talked. \
                    The U.N. said so.";
        assert_eq!(
            sentences(text),
            [
                "Gen. Smith met Mr. Jones on Oct. 16 in the U.S. capital.",
                "They talked.",
                "The U.N. said so."
            ]
        );
    }

    #[test]
    fn a_dot_inside_a_number_ends_no_sentence() {
        let text = "They arrived at about 9.20 p.m. on Friday. Some 3.5 million fled. It rained.";
        assert_eq!(
            sentences(text),
            [
                "They arrived at about 9.20 p.m. on Friday.",
                "Some 3.5 million fled.",
                "It rained."
            ]
        );
    }

    #[test]
    fn sentences_end_at_quotes_and_paragraphs() {
        let text = "He said “we will not forget.” Then he left\n\nNew paragraph here.";
        assert_eq!(
            sentences(text),
            [
                "He said “we will not forget.”",
                "Then he left",
                "New paragraph here."
            ]
        );
        assert!(segment(text).sentences[2].paragraph_start);
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        for c in GENERAL_PUNCTUATION {
            assert!(!c.is_alphanumeric() && !c.is_alphabetic(), "{c:?}");
        }
        for c in [
            'a', 'Z', '7', 'é', 'ß', 'Ж', '٣', '’', '“', '—', '…', ' ', '\u{a0}',
        ] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn long_runs_are_cut() {
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 3);
        let seg = segment(&text);
        assert_eq!(seg.sentences.len(), 3);
        assert!(seg
            .sentences
            .iter()
            .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
    }
}
