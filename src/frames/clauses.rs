//! Clauses: a sentence cut at its subordinators, at semicolons, colons and
//! unpaired dashes, and at ", and" or ", but" before a subject of its own;
//! dashes in pairs enclose an aside. The rules look for a trigger's arguments
//! inside its clause.

use super::*;

/// Cuts a sentence into clauses and marks its dateline.
pub(super) fn clauses(doc: &Doc<'_>, sentence: &Sentence) -> (Vec<u32>, Vec<(usize, usize)>) {
    let (first, last) = (sentence.tokens.start, sentence.tokens.end);
    let tokens = &doc.seg.tokens;
    let word = |i: usize| tokens[i].text(doc.text);
    let lower = |i: usize| &doc.seg.lower[tokens[i].start..tokens[i].end];
    let mut out = vec![0u32; last - first];
    let mut clause = 0u32;
    // a dateline is not part of any clause
    let mut start = first;
    if let Some(dash) = doc.seg.dateline_dash(doc.text, sentence) {
        out[..dash + 1 - first]
            .iter_mut()
            .for_each(|c| *c = u32::MAX);
        start = dash + 1;
        clause = 1;
    }
    // "The other defendants – A, B and C – were detained": dashes in pairs
    // enclose a parenthesis, not a clause
    // (a dash inside a name is neither: "Combined Joint Task Force – Operation
    // Inherent Resolve")
    // (nor one joining two words with no space: "the Kabul–Kandahar
    // highway", "the 2014–2016 war")
    let in_name = |i: usize| {
        let m = doc.mentions.partition_point(|m| m.first <= i);
        let joined = i > 0
            && i + 1 < tokens.len()
            && tokens[i - 1].end == tokens[i].start
            && tokens[i].end == tokens[i + 1].start;
        joined || (m > 0 && doc.mentions[m - 1].last > i)
    };
    // what the mention that starts at token `i` is, if one does
    let mention_starting_at = |i: usize| {
        doc.mentions
            .get(doc.mentions.partition_point(|m| m.first < i))
            .filter(|m| m.first == i)
    };
    let starting_at = |i: usize| mention_starting_at(i).map(|m| &m.what);
    let dashes: Vec<usize> = (start..last)
        .filter(|&i| {
            tokens[i].kind == TokenKind::Punct && matches!(word(i), "–" | "—") && !in_name(i)
        })
        .collect();
    let asides: Vec<(usize, usize)> = dashes
        .chunks(2)
        .filter_map(|pair| match *pair {
            [a, b] if b - a <= 40 => Some((a, b)),
            _ => None,
        })
        .collect();
    let paired = |i: usize| asides.iter().any(|&(a, b)| a == i || b == i);
    for i in start..last {
        // only punctuation and the subordinators, as written in lowercase,
        // open a clause: every other word is read no further
        let punct = tokens[i].kind == TokenKind::Punct;
        if !punct && doc.cues[i] & cue::SUBORDINATORS == 0 {
            out[i - first] = clause;
            continue;
        }
        let w = word(i);
        let subordinator = !punct && lower(i) == w;
        let boundary = match w {
            ";" | ":" => true,
            "–" | "—" => !paired(i) && !in_name(i),
            "as" => {
                // ("known as Hemedti", "such as Iran", "served as President":
                // a name, not a clause)
                let names = i > start
                    && matches!(
                        lower(i - 1),
                        "known"
                            | "such"
                            | "served"
                            | "serves"
                            | "serving"
                            | "named"
                            | "identified"
                            // ("seen as Lukashenko's strongest challenger")
                            | "seen"
                            | "regarded"
                            | "viewed"
                            | "considered"
                    );
                i + 1 < last && !in_name(i) && !names && {
                    let n = word(i + 1);
                    // "as thousands of demonstrators blocked", "as police fired"
                    let starts_actor = matches!(starting_at(i + 1), Some(What::Actor(_)));
                    n == "the"
                        || n.starts_with(char::is_uppercase)
                        || matches!(
                            n,
                            "he" | "she"
                                | "they"
                                | "it"
                                | "its"
                                | "thousands"
                                | "hundreds"
                                | "dozens"
                        )
                        || starts_actor
                }
            }
            // ", but the truce collapsed last week": a clause of its own
            "," if i + 1 < last && word(i + 1) == "but" => true,
            // ", and in February a mayoral candidate was killed": a time of
            // its own and a subject of its own open a clause of its own (not
            // ", and on Saturday seized Gao")
            // (", and Ethiopian troops seized Baidoa", ", and Malian officials
            // said", ", and a roadside bomb killed three marines": a subject
            // and its verb of their own)
            "," if i + 2 < last
                && word(i + 1) == "and"
                && [i + 2, i + 3].into_iter().any(|at| {
                    (at == i + 2 || matches!(word(i + 2), "the" | "a" | "an"))
                        && mention_starting_at(at).is_some_and(|m| {
                            // (", and Amnesty International and Human Rights
                            // Watch said": a list of actors is one subject)
                            let mut m = m;
                            while matches!(m.what, What::Actor(_))
                                && m.last + 1 < last
                                && matches!(word(m.last), "and" | ",")
                            {
                                match mention_starting_at(m.last + 1)
                                    .filter(|n| matches!(n.what, What::Actor(_)))
                                {
                                    Some(next) => m = next,
                                    None => break,
                                }
                            }
                            matches!(m.what, What::Actor(_) | What::Trigger(_))
                                && m.last < last
                                && lower(m.last) == word(m.last)
                                && (lower(m.last).ends_with("ed")
                                    || is_any(lower(m.last), IRREGULAR_PAST)
                                    || matches!(
                                        lower(m.last),
                                        "said" | "says" | "told" | "had" | "has" | "have"
                                    ))
                        })
                }) =>
            {
                true
            }
            "," if i + 2 < last && word(i + 1) == "and" => {
                let at = if matches!(word(i + 2), "in" | "on") {
                    i + 3
                } else {
                    i + 2
                };
                mention_starting_at(at)
                    .filter(|m| at < last && m.last < last && matches!(m.what, What::Date(_)))
                    .is_some_and(|date| {
                        // ("in February last year a family was snatched")
                        let date = mention_starting_at(date.last)
                            .filter(|m| m.last < last && matches!(m.what, What::Date(_)))
                            .unwrap_or(date);
                        let k = if word(date.last) == "," {
                            date.last + 1
                        } else {
                            date.last
                        };
                        k < last
                            && (matches!(word(k), "a" | "an" | "the" | "his" | "her" | "their")
                                || word(k).starts_with(char::is_uppercase)
                                || matches!(starting_at(k), Some(What::Actor(_))))
                    })
            }
            "," => {
                // ", the army said." and ", according to": a reporting clause
                let mut j = i + 1;
                while j < last && j < i + 12 && !matches!(word(j), "," | ".") {
                    if matches!(
                        word(j),
                        "said" | "says" | "told" | "added" | "according" | "reported"
                    ) {
                        break;
                    }
                    j += 1;
                }
                j < last
                    && matches!(
                        word(j),
                        "said" | "says" | "told" | "added" | "according" | "reported"
                    )
                    && (j + 1 >= last || matches!(word(j + 1), "." | "," | "to" | "on" | "in"))
            }
            // "had seized it the night before.": a time that ends there
            "before" | "after"
                if in_name(i) && (i + 1 >= last || tokens[i + 1].kind == TokenKind::Punct) =>
            {
                false
            }
            // "have since fired rockets": an adverb, not a clause
            "since" if i > start && matches!(lower(i - 1), "has" | "have" | "had") => false,
            // "before dawn on Wednesday", "after midnight": a time, not a clause
            "before" | "after" | "until" | "since"
                if i + 1 < last
                    && (matches!(
                        word(i + 1),
                        "dawn"
                            | "dusk"
                            | "midday"
                            | "noon"
                            | "midnight"
                            | "sunrise"
                            | "sunset"
                            | "daybreak"
                            | "nightfall"
                    ) || matches!(starting_at(i + 1), Some(What::Date(_)))) =>
            {
                false
            }
            // the list is lowercase, and matched as written
            _ => subordinator,
        };
        // "Despite X, the group ...": a comma closes a clause opened by a subordinator
        let boundary = boundary
            || (w == ","
                && (start..i)
                    .rev()
                    .take_while(|&k| out[k - first] == clause)
                    .last()
                    .is_some_and(|k| {
                        // only a clause that opens the sentence: "Despite X, the group ..."
                        k == start
                            && matches!(
                                lower(k),
                                "despite"
                                    | "after"
                                    | "before"
                                    | "when"
                                    | "while"
                                    | "although"
                                    | "though"
                                    | "since"
                                    | "because"
                                    | "following"
                                    | "amid"
                                    | "if"
                            )
                    }));
        // "IS fighters, who had seized Mosul in June, captured Sinjar": the
        // comma before the main verb closes the relative clause
        let boundary = boundary
            || (w == ","
                && i + 1 < last
                && lower(i + 1) == word(i + 1)
                && (lower(i + 1).ends_with("ed") || is_any(lower(i + 1), IRREGULAR_PAST))
                && (start..i)
                    .rev()
                    .take_while(|&k| out[k - first] == clause)
                    .last()
                    .is_some_and(|k| {
                        k > start + 1
                            && matches!(lower(k), "who" | "which" | "whose")
                            && word(k - 1) == ","
                    }));
        if boundary && i > start {
            clause += 1;
        }
        out[i - first] = clause;
    }
    (out, asides)
}
