//! Scraped-text hygiene that keeps byte offsets: HTML tags become spaces and
//! entities become their char, padded with spaces in front to the entity's
//! length. Every later stage sees clean text at the same offsets as the
//! input, so spans need no mapping back.

/// The entities news pages use most, with their chars.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("rsquo", '’'),
    ("lsquo", '‘'),
    ("rdquo", '”'),
    ("ldquo", '“'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ccedil", 'ç'),
    ("uuml", 'ü'),
    ("ouml", 'ö'),
    ("auml", 'ä'),
];

/// The longest entity or tag looked at, in bytes.
const MAX_TAG: usize = 256;

/// The cleaned text, when `text` has anything to clean; same length in bytes.
pub(crate) fn clean(text: &str) -> Option<String> {
    // most texts have nothing to clean: a test of whole blocks of bytes
    // (without a branch per byte, so the compiler can vectorise it) says so
    let has_markup = |block: &[u8]| {
        block.iter().fold(0u8, |seen, &b| {
            seen | u8::from(b == b'&') | u8::from(b == b'<')
        }) != 0
    };
    if !text.as_bytes().chunks(64).any(has_markup) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut changed = false;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(len) = tag_len(rest) {
            out.extend(std::iter::repeat_n(' ', len));
            i += len;
            changed = true;
            continue;
        }
        if let Some((len, c)) = entity(rest) {
            let pad = len - c.len_utf8();
            out.extend(std::iter::repeat_n(' ', pad));
            out.push(c);
            i += len;
            changed = true;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    debug_assert_eq!(out.len(), text.len());
    changed.then_some(out)
}

/// Length of an HTML tag at the start of `s`: `<p>`, `</div>`, `<br/>`, `<a href="…">`.
fn tag_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&b'<') {
        return None;
    }
    let second = *b.get(1)?;
    if !(second.is_ascii_alphabetic() || second == b'/' || second == b'!') {
        return None;
    }
    let end = b.iter().take(MAX_TAG).position(|&c| c == b'>')?;
    Some(end + 1)
}

/// An entity at the start of `s`: its length and its char.
fn entity(s: &str) -> Option<(usize, char)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    let end = b.iter().take(12).position(|&c| c == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())?
    } else {
        ENTITIES.iter().find(|(name, _)| *name == body)?.1
    };
    // the padded char must fit in the entity's bytes
    (c.len_utf8() <= end + 1).then_some((end + 1, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_tags_keep_offsets() {
        let text = "<p>Hezbollah&rsquo;s fighters &amp; allies&#8217; &#x2014;</p> x &bogus; 3 < 4";
        let cleaned = clean(text).unwrap();
        assert_eq!(cleaned.len(), text.len());
        assert_eq!(
            cleaned,
            "   Hezbollah    ’s fighters     & allies    ’      —     x &bogus; 3 < 4"
        );
        assert_eq!(clean("no markup here"), None);
    }
}
