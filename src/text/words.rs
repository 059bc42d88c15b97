//! Word lists looked up by token, without allocating and mostly without
//! comparing: a token's first eight bytes, lowercased in one integer, and its
//! length hash it to the one slot that may hold it.

use std::ops::BitOrAssign;

/// Words, each with the bits `B` of the lists it is in, matched ignoring
/// ASCII case.
pub(crate) struct WordBits<B = u64> {
    /// The words, one entry each.
    words: Vec<Entry<B>>,
    /// Open addressing over `words`: index + 1, 0 for an empty slot; a power
    /// of two at least twice the number of words, so probes are short.
    slots: Vec<u32>,
}

/// A listed word: its first eight bytes lowercased in one integer, so that
/// most comparisons are one; the rest, if any, compared as text.
struct Entry<B> {
    head: u64,
    len: usize,
    tail: &'static str,
    bits: B,
}

/// The first eight bytes of `word`, ASCII-lowercased, packed.
fn head(word: &str) -> u64 {
    let bytes = word.as_bytes();
    // most words are short: gathered byte by byte, not by a call to memcpy
    let x = match bytes.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => bytes.iter().rev().fold(0, |x, &b| x << 8 | u64::from(b)),
    };
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

/// The slot a word's head and length hash to, before masking.
fn hash(head: u64, len: usize) -> usize {
    let h = (head ^ (len as u64).rotate_left(56)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 32) as usize
}

impl<B: Copy + Default + BitOrAssign> WordBits<B> {
    /// A table of the words of `lists`, each list with its bits.
    pub(crate) fn new<'a>(lists: impl IntoIterator<Item = (B, &'a [&'static str])>) -> Self {
        let mut words: Vec<Entry<B>> = Vec::new();
        let mut slots = vec![0u32; 16];
        for (bits, list) in lists {
            for &w in list {
                // a word cut inside a char has no tail to compare: never listed
                if w.is_empty() || !w.is_char_boundary(w.len().min(8)) {
                    continue;
                }
                let slot = match Self::find(&words, &slots, w) {
                    Ok(i) => {
                        // one entry per word, with the bits of all its lists
                        words[i].bits |= bits;
                        continue;
                    }
                    Err(slot) => slot,
                };
                words.push(Entry {
                    head: head(w),
                    len: w.len(),
                    tail: tail(w),
                    bits,
                });
                slots[slot] = words.len() as u32;
                if words.len() * 2 > slots.len() {
                    slots = vec![0u32; slots.len() * 2];
                    for (i, e) in words.iter().enumerate() {
                        let mut k = hash(e.head, e.len) & (slots.len() - 1);
                        while slots[k] != 0 {
                            k = (k + 1) & (slots.len() - 1);
                        }
                        slots[k] = i as u32 + 1;
                    }
                }
            }
        }
        WordBits { words, slots }
    }

    /// The entry of `word`, or the empty slot where it would go.
    fn find(words: &[Entry<B>], slots: &[u32], word: &str) -> Result<usize, usize> {
        let (key, rest) = (head(word), word.as_bytes().get(8..).unwrap_or(&[]));
        let mask = slots.len() - 1;
        let mut k = hash(key, word.len()) & mask;
        loop {
            let Some(e) = slots[k].checked_sub(1).map(|i| &words[i as usize]) else {
                return Err(k);
            };
            if e.head == key && e.len == word.len() && e.tail.as_bytes().eq_ignore_ascii_case(rest)
            {
                return Ok(slots[k] as usize - 1);
            }
            k = (k + 1) & mask;
        }
    }

    /// The bits of the lists `word` is in (the default, no bit, for none).
    pub(crate) fn get(&self, word: &str) -> B {
        match Self::find(&self.words, &self.slots, word) {
            Ok(i) => self.words[i].bits,
            Err(_) => B::default(),
        }
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
    fn every_word_is_found_after_the_table_grows() {
        let words: Vec<&'static str> = (0..3000)
            .map(|i| &*Box::leak(format!("w{i}ord{}", i * 7919 % 1000).into_boxed_str()))
            .collect();
        let table: WordBits = WordBits::new([(1, &words[..1500]), (2, &words[1000..])]);
        for (i, w) in words.iter().enumerate() {
            let expected = u64::from(i < 1500) | if i >= 1000 { 2 } else { 0 };
            assert_eq!(table.get(w), expected, "{w}");
            assert_eq!(table.get(&w.to_ascii_uppercase()), expected, "{w}");
        }
        assert_eq!(table.get("w3000ord0"), 0);
        assert_eq!(table.get("w1ord7x"), 0);
    }

    #[test]
    fn words_carry_the_bits_of_every_list_they_are_in() {
        let table: WordBits = WordBits::new([
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
