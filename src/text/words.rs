//! Word lists looked up by token, without allocating and mostly without
//! comparing: a token is compared only with the listed words of its first
//! letter and length, and most tokens share both with none.

use std::ops::Range;

/// Words, each with the bits of the lists it is in, matched ignoring ASCII
/// case.
pub(crate) struct WordBits {
    /// The words, ordered by bucket.
    words: Vec<Entry>,
    /// For each bucket, its range in `words`.
    buckets: Vec<Range<u32>>,
}

/// A listed word: its first eight bytes lowercased in one integer, so that
/// most comparisons are one; the rest, if any, compared as text.
struct Entry {
    head: u64,
    tail: &'static str,
    bits: u64,
}

/// The first eight bytes of `word`, ASCII-lowercased, packed.
fn head(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let n = bytes.len().min(8);
    let mut buf = [0u8; 8];
    buf[..n].copy_from_slice(&bytes[..n]);
    let x = u64::from_le_bytes(buf);
    // all eight bytes at once: 0x20 added to each byte in 'A'..='Z'
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let low = x & LOW7;
    let from_a = low + 0x3f3f_3f3f_3f3f_3f3f; // high bit set where byte >= 'A'
    let past_z = low + 0x2525_2525_2525_2525; // high bit set where byte > 'Z'
    let upper = from_a & !past_z & !x & !LOW7;
    x | upper >> 2
}

fn tail(word: &str) -> &str {
    word.get(8..).unwrap_or("")
}

impl WordBits {
    /// Lengths past this share the last bucket of their letter.
    const LENGTHS: usize = 32;
    /// Buckets for a-z, then one for words starting otherwise ("'s").
    const LETTERS: usize = 27;

    fn bucket(word: &str) -> Option<usize> {
        let first = word.bytes().next()?.to_ascii_lowercase();
        let letter = if first.is_ascii_lowercase() {
            usize::from(first - b'a')
        } else {
            Self::LETTERS - 1
        };
        Some(letter * Self::LENGTHS + word.len().min(Self::LENGTHS - 1))
    }

    /// A table of the words of `lists`, each list with its bits.
    pub(crate) fn new<'a>(lists: impl IntoIterator<Item = (u64, &'a [&'static str])>) -> Self {
        let mut words: Vec<(usize, &'static str, u64)> = Vec::new();
        for (bits, list) in lists {
            for &w in list {
                // a word cut inside a char has no tail to compare: never listed
                if let (Some(b), true) = (Self::bucket(w), w.len() <= 8 || w.is_char_boundary(8)) {
                    words.push((b, w, bits));
                }
            }
        }
        let lowercase = |w: &str| {
            w.bytes()
                .map(|c| c.to_ascii_lowercase())
                .collect::<Vec<u8>>()
        };
        words.sort_by_cached_key(|&(b, w, _)| (b, lowercase(w)));
        // one entry per word, with the bits of all its lists
        let mut merged: Vec<(usize, &'static str, u64)> = Vec::with_capacity(words.len());
        for (b, w, bits) in words {
            match merged.last_mut() {
                Some(last) if last.0 == b && last.1.eq_ignore_ascii_case(w) => last.2 |= bits,
                _ => merged.push((b, w, bits)),
            }
        }
        let mut buckets = vec![0..0; Self::LETTERS * Self::LENGTHS];
        for (i, &(b, _, _)) in merged.iter().enumerate() {
            let i = i as u32;
            if buckets[b].is_empty() {
                buckets[b] = i..i + 1;
            } else {
                buckets[b].end = i + 1;
            }
        }
        WordBits {
            words: merged
                .into_iter()
                .map(|(_, w, bits)| Entry {
                    head: head(w),
                    tail: tail(w),
                    bits,
                })
                .collect(),
            buckets,
        }
    }

    /// The bits of the lists `word` is in (0 for none).
    pub(crate) fn get(&self, word: &str) -> u64 {
        let Some(b) = Self::bucket(word) else {
            return 0;
        };
        let range = &self.buckets[b];
        if range.is_empty() {
            return 0;
        }
        // same bucket: same length, so equal heads and tails are equal words
        let (key, rest) = (head(word), word.as_bytes().get(8..).unwrap_or(&[]));
        self.words[range.start as usize..range.end as usize]
            .iter()
            .find(|e| e.head == key && e.tail.as_bytes().eq_ignore_ascii_case(rest))
            .map_or(0, |e| e.bits)
    }
}

#[cfg(test)]
mod tests {
    use super::{head, WordBits};

    #[test]
    fn heads_are_the_ascii_lowercase_first_eight_bytes() {
        let words = [
            "",
            "a",
            "Z",
            "@[`{",
            "AbCdEfGhIj",
            "ÉTAT",
            "ümlaut",
            "MIXED case",
            "\x7f\u{80}",
        ];
        for word in words {
            let lower: Vec<u8> = word
                .bytes()
                .take(8)
                .map(|b| b.to_ascii_lowercase())
                .collect();
            let mut expected = [0u8; 8];
            expected[..lower.len()].copy_from_slice(&lower);
            assert_eq!(head(word), u64::from_le_bytes(expected), "{word:?}");
        }
    }

    #[test]
    fn heads_lowercase_every_ascii_byte_at_every_position() {
        for b in 0u8..=127 {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = b;
                let word = std::str::from_utf8(&word).unwrap();
                let expected =
                    u64::from_le_bytes(word.to_ascii_lowercase().as_bytes().try_into().unwrap());
                assert_eq!(head(word), expected, "{word:?}");
            }
        }
    }

    #[test]
    fn words_carry_the_bits_of_every_list_they_are_in() {
        let table = WordBits::new([
            (1, &["the", "was", "'s", "authorities"][..]),
            (2, &["The", "Kirkuk"][..]),
        ]);
        assert_eq!(table.get("AUTHORITIES"), 1);
        assert_eq!(table.get("authorizing"), 0);
        assert_eq!(table.get("THE"), 3);
        assert_eq!(table.get("was"), 1);
        assert_eq!(table.get("'S"), 1);
        assert_eq!(table.get("kirkuk"), 2);
        assert_eq!(table.get("then"), 0);
        assert_eq!(table.get(""), 0);
        assert_eq!(table.get("Erbil"), 0);
    }
}
