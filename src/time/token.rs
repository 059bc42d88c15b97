//! Hand-written tokenizer: words, numbers, numeric dates and punctuation,
//! with byte spans and sentence numbers.

use super::lexicon;
use crate::text::{is_alnum_byte, is_alphabetic, is_alphanumeric};

/// Token category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Alphabetic run (may contain digits after the first letter, e.g. "Q3").
    Word,
    /// Digit run, possibly with thousands commas and a letter suffix ("16th").
    Num,
    /// A numeric date: `a-b-c` with `iso` (YYYY-MM-DD) or `a/b/c` with a 4-digit `c`.
    Date3 { a: u32, b: u32, c: u32, iso: bool },
    /// Any other single non-space character.
    Punct(char),
}

/// One token with its byte span.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Sentence number (0-based).
    pub sent: u32,
    /// ASCII-lowercased word, or the lowercased letter suffix of a number:
    /// a slice of the lowercased text, so tokens allocate nothing.
    pub lower: &'a str,
    /// Numeric value of a number (saturating).
    pub num: u32,
    /// Number of digits in a number.
    pub ndig: u32,
    /// First character is uppercase.
    pub cap: bool,
}

/// Per-sentence cues used by the resolver.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    pub last_year: bool,
    pub this_year: bool,
    pub next_year: bool,
    pub deadline: bool,
    /// "since": a year in the sentence may be where a span began, not the
    /// year of the dates after it.
    pub since: bool,
    /// A year cue right after a month ("in February last year"): the token
    /// of that month and the cue, which fixes only that month's year.
    pub bound: Option<(usize, YearCue)>,
    /// Whether the bound cue is the current expression's own.
    pub bound_here: bool,
    /// "that year", "the same year": the year named last, in this sentence
    /// or before.
    pub that_year: bool,
}

/// Which year a cue names, relative to publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearCue {
    Last,
    This,
    Next,
}

impl Cues {
    /// The cues for the time expression over tokens `start..end`: a cue bound
    /// to a month counts only for the expression holding that month ("In
    /// May, ..., and in February last year ...": May is this year's).
    pub(crate) fn for_span(self, start: usize, end: usize) -> Cues {
        let mut c = self;
        if let Some((month, cue)) = self.bound {
            if (start..end).contains(&month) {
                c.bound_here = true;
                c.last_year = cue == YearCue::Last;
                c.this_year = cue == YearCue::This;
                c.next_year = cue == YearCue::Next;
            }
        }
        c
    }
}

fn digits_end(b: &[u8], mut j: usize) -> usize {
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    j
}

fn parse_digits(s: &str) -> u32 {
    let mut v: u32 = 0;
    for c in s.bytes() {
        if c.is_ascii_digit() {
            v = v.saturating_mul(10).saturating_add(u32::from(c - b'0'));
        }
    }
    v
}

/// Try to read `a<sep>b<sep>c` starting at `i`; returns (end, kind).
fn date3(text: &str, i: usize) -> Option<(usize, TokKind)> {
    let b = text.as_bytes();
    let e1 = digits_end(b, i);
    let sep = *b.get(e1)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let e2 = digits_end(b, e1 + 1);
    if e2 == e1 + 1 || b.get(e2) != Some(&sep) {
        return None;
    }
    let e3 = digits_end(b, e2 + 1);
    if e3 == e2 + 1 {
        return None;
    }
    let iso_time =
        sep == b'-' && b.get(e3) == Some(&b'T') && b.get(e3 + 1).is_some_and(u8::is_ascii_digit);
    if let Some(&n) = b.get(e3).filter(|_| !iso_time) {
        if n.is_ascii_alphanumeric() {
            return None;
        }
        if matches!(n, b'/' | b'.' | b'-') && b.get(e3 + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
    }
    let (n1, n2, n3) = (e1 - i, e2 - e1 - 1, e3 - e2 - 1);
    let a = parse_digits(&text[i..e1]);
    let bb = parse_digits(&text[e1 + 1..e2]);
    let c = parse_digits(&text[e2 + 1..e3]);
    let iso = sep == b'-' && n1 == 4 && n2 == 2 && n3 == 2;
    let other = (1..=2).contains(&n1) && (1..=2).contains(&n2) && n3 == 4;
    if iso || other {
        Some((e3, TokKind::Date3 { a, b: bb, c, iso }))
    } else {
        None
    }
}

/// The char starting at byte `i` (a char boundary). News text is mostly
/// ASCII, which skips the slicing and UTF-8 decoding of `text[i..].chars()`.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// End of the run of chars satisfying `keep` that starts at byte `i`.
/// ASCII bytes are tested with `keep_ascii`, which must agree with `keep`,
/// without decoding.
fn run_end(
    text: &str,
    mut i: usize,
    keep_ascii: impl Fn(u8) -> bool,
    keep: impl Fn(char) -> bool,
) -> usize {
    let b = text.as_bytes();
    loop {
        i += b[i..]
            .iter()
            .position(|&x| !keep_ascii(x))
            .unwrap_or(b.len() - i);
        match char_at(text, i) {
            Some(c) if !c.is_ascii() && keep(c) => i += c.len_utf8(),
            _ => return i,
        }
    }
}

/// Tokenize `text`. Linear in the input length.
pub(crate) fn tokenize<'a>(text: &str, lower: &'a str) -> Vec<Tok<'a>> {
    let b = text.as_bytes();
    // News text has about one token per five bytes; reserving that avoids
    // most of the reallocations of a growing vector.
    let mut toks: Vec<Tok<'a>> = Vec::with_capacity(text.len() / 5 + 1);
    let mut sent: u32 = 0;
    let mut brk = false;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        // The commonest byte: a space alone changes nothing (a whitespace
        // run after it is read whole below, newlines included).
        if c == ' ' {
            i += 1;
            continue;
        }
        let cl = c.len_utf8();
        if c.is_whitespace() {
            let j = run_end(
                text,
                i,
                |x| x.is_ascii() && char::from(x).is_whitespace(),
                char::is_whitespace,
            );
            if b[i..j].iter().filter(|&&x| x == b'\n').count() >= 2 {
                brk = true;
            }
            i = j;
            continue;
        }
        let mut tok = Tok {
            start: i,
            end: i + cl,
            kind: TokKind::Punct(c),
            sent: 0,
            lower: "",
            num: 0,
            ndig: 0,
            cap: c.is_uppercase(),
        };
        if is_alphabetic(c) {
            let j = run_end(text, i + cl, is_alnum_byte, is_alphanumeric);
            tok.end = j;
            tok.kind = TokKind::Word;
            tok.lower = &lower[i..j];
        } else if c.is_ascii_digit() {
            if let Some((e, kind)) = date3(text, i) {
                tok.end = e;
                tok.kind = kind;
            } else {
                let mut j = digits_end(b, i);
                // Thousands groups: "1,000".
                while j + 3 < b.len() + 1
                    && b.get(j) == Some(&b',')
                    && b.get(j + 1..j + 4)
                        .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                    && !b.get(j + 4).is_some_and(u8::is_ascii_digit)
                {
                    j += 4;
                }
                let dend = j;
                while j < b.len() && b[j].is_ascii_alphabetic() {
                    j += 1;
                }
                tok.end = j;
                tok.kind = TokKind::Num;
                tok.num = parse_digits(&text[i..dend]);
                tok.ndig = text[i..dend].bytes().filter(u8::is_ascii_digit).count() as u32;
                tok.lower = &lower[dend..j];
            }
        }
        // Sentence bookkeeping.
        if brk && !toks.is_empty() {
            sent += 1;
        }
        brk = false;
        tok.sent = sent;
        let end = tok.end;
        if let TokKind::Punct(p) = tok.kind {
            if matches!(p, '.' | '!' | '?') {
                let next = text[end..].trim_start().chars().next();
                let prev_abbr = toks.last().is_some_and(|t| {
                    t.kind == TokKind::Word
                        && t.end == i
                        && (t.lower.chars().count() == 1 || lexicon::abbreviation(t.lower))
                });
                let next_starts = match next {
                    None => true,
                    Some(n) => n.is_uppercase() || matches!(n, '"' | '\'' | '“' | '‘' | '(' | '['),
                };
                if p == '.' {
                    brk = next_starts && !prev_abbr;
                } else {
                    brk = next.is_none_or(|n| !n.is_lowercase());
                }
            }
        }
        toks.push(tok);
        i = end;
    }
    toks
}

/// Cues ("last year", "next year", "this year", "deadline") of the sentence
/// of token `k`.
pub(crate) fn sentence_cues(toks: &[Tok<'_>], k: usize) -> Cues {
    let sent = toks[k].sent;
    let first = toks[..k]
        .iter()
        .rposition(|t| t.sent != sent)
        .map_or(0, |p| p + 1);
    let mut c = Cues::default();
    for (i, t) in toks.iter().enumerate().skip(first) {
        if t.sent != sent {
            break;
        }
        if t.kind != TokKind::Word {
            continue;
        }
        match t.lower {
            "deadline" | "deadlines" => c.deadline = true,
            "since" => c.since = true,
            "year" if i > 0 => {
                let after_the = i >= 2 && toks[i - 2].lower == "the";
                if matches!(toks[i - 1].lower, "that" | "same") {
                    c.that_year = true;
                }
                let cue = match toks[i - 1].lower {
                    "last" => Some(YearCue::Last),
                    "this" => Some(YearCue::This),
                    "next" => Some(YearCue::Next),
                    _ => None,
                };
                match (cue, month_before(toks, i - 1)) {
                    (Some(cue), Some(month)) if c.bound.is_none() => {
                        c.bound = Some((month, cue));
                    }
                    (Some(cue), _) if !after_the => match cue {
                        YearCue::Last => c.last_year = true,
                        YearCue::This => c.this_year = true,
                        YearCue::Next => c.next_year = true,
                    },
                    _ => {}
                }
            }
            _ => {}
        }
    }
    c
}

/// The month token right before token `k` ("February", "Feb.", "Feb. 3",
/// "3 February"), within the sentence.
fn month_before(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let is_month = |t: &Tok<'_>| {
        t.kind == TokKind::Word
            && (lexicon::month_full(t.lower).is_some() || lexicon::month_abbr(t.lower).is_some())
    };
    let sent = toks[k].sent;
    let mut j = k.checked_sub(1)?;
    if toks[j].kind == TokKind::Num && j > 0 {
        j -= 1;
    }
    if toks[j].kind == TokKind::Punct('.') && j > 0 {
        j -= 1;
    }
    (toks[j].sent == sent && is_month(&toks[j])).then_some(j)
}

/// Whether a token can anchor a time expression: a number or numeric date,
/// or a word of [`lexicon::ANCHOR_WORDS`].
pub(crate) fn is_anchor(t: &Tok<'_>) -> bool {
    match t.kind {
        TokKind::Num | TokKind::Date3 { .. } => true,
        TokKind::Punct(_) => false,
        TokKind::Word => lexicon::ANCHOR_WORDS.contains(t.lower),
    }
}
