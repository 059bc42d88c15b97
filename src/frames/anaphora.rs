//! Anaphora: an event told again ("the attack", "those protests", "was
//! also detained"), whose frame refers back to the one told before and may
//! add parties to it.

use super::*;

/// Whether the event noun at `site`, with the arguments of `d`, refers back
/// to an event told before ("the meeting", "claimed responsibility for
/// the attack", "The strike also killed ..."), and whether it adds
/// parties to it.
pub(super) fn noun_told_before(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    d: &mut Draft,
    mood: &Mood,
    earlier: &[Frame],
) {
    let Site { t0, t1, c0, c1, .. } = *site;
    let agentive = roles(site.kind).0;
    // the determiner's place before the noun: "the", or the day that owns
    // it ("claimed responsibility for Friday's bombing")
    let det = sent
        .owner_before(t0)
        .filter(|&x| matches!(sent.m(x).what, What::Date(_)))
        .map_or(t0.saturating_sub(1), |x| sent.m(x).first);
    if d.actors.is_empty() && d.places.is_empty() {
        let definite = (1..=3).any(|b| {
            t0 >= c0 + b
                && sent.has(t0 - b, cue::DEFINITE)
                && (t0 - b + 1..t0).all(|i| {
                    sent.mention_at(i).is_none()
                        || matches!(
                            sent.mention_at(i).map(|x| &sent.m(x).what),
                            Some(What::Date(_))
                        )
                })
        }) || (c0..t0).any(|i| sent.has(i, cue::COMPARATIVE));
        d.anaphoric = definite && !dated_apart(sent, earlier, d.kind, c0, c1);
    } else if d.kind == EventKind::Meeting
        && d.actors.is_empty()
        && c0 == sent.first
        && t0 == c0 + 1
        && sent.is(c0, &["the"])
        && (earlier.iter().rev().take(LOOKBACK))
            .any(|f| f.kind == d.kind && !f.negated && f.sentence + 1 == s)
    {
        // "... met in Qatar on Tuesday. The meeting in Doha, hosted by
        // the emir, ...": the meeting just reported, told where
        d.anaphoric = true;
        d.adds_parties = true;
    } else if t0 >= c0 + 2
        && sent.is(t0 - 1, &["the"])
        && sent.is(t0 - 2, &["joined", "join", "joins", "joining"])
        && (earlier.iter().rev().take(LOOKBACK)).any(|f| f.kind == d.kind && !f.negated)
    {
        // "a teacher who joined the march with her pupils": one more in
        // the march told before
        d.anaphoric = true;
        d.adds_parties = true;
    } else if t0 >= c0 + 2
        && sent.is(t0 - 1, &["the"])
        && sent.is(t0 - 2, &["against", "over"])
        && d.actors.is_empty()
    {
        // "protested against the offensive in Qamishli": the offensive
        // reported, not one in Qamishli
        d.anaphoric = true;
        d.places.clear();
    } else if ((t0 == c0 + 1 && sent.is(c0, &["the"]))
            // ("The Iraqi military said the strikes killed three soldiers")
            || (t0 >= c0 + 2
                && sent.is(t0 - 1, &["the"])
                && (sent.has(t0 - 2, cue::REPORTING) || sent.is(t0 - 2, &["that"]))))
        && !d.actors.iter().any(|&(_, r)| r == agentive)
        && (t1..c1.min(t1 + 2)).any(|h| sent.has(h, cue::HARM_VERBS))
        && earlier.iter().any(|f| f.kind == d.kind && !f.negated)
    {
        // "The strike also killed Abu Mahdi al-Muhandis": more victims
        // of the attack just reported
        d.anaphoric = true;
        d.adds_parties = true;
    } else if det > c0
            && (sent.is(det, &["the"]) || det < t0 - 1)
            && (sent.is(
                det - 1,
                &[
                    "for",
                    "behind",
                    "blamed",
                    "conducted",
                    "staged",
                    "mounted",
                    "claimed",
                ],
            ) || (det >= c0 + 2
                && sent.is(det - 1, &["out"])
                && sent.is(det - 2, &["carried", "carry", "carrying"])))
            && d.actors.iter().any(|&(_, r)| r == agentive)
            // ("Tehran has denied carrying out the attack": a negated event
            // of its own, not more parties of the one told)
            && !mood.negated
            && (earlier.iter().rev().take(LOOKBACK)).any(|f| {
                f.kind == d.kind
                    && !f.negated
                    // ("Jaish-e-Mohammed claimed the bombing": an attack
                    // told just before, or a bombing, or a new one)
                    && (!sent.is(det - 1, &["claimed"])
                        || f.sentence + 1 >= s
                        || {
                            let last = sent.doc.seg.tokens[sent.doc.mentions[f.trigger].last - 1];
                            last.text(sent.doc.text).eq_ignore_ascii_case(sent.word(t1 - 1))
                        })
            })
    {
        // "The Taliban claimed responsibility for the attack", "the NTJ
        // was behind the attacks", "police blamed the raid on armed
        // gangs", "said its fighters had carried out the assault": who
        // did the attack just reported
        d.anaphoric = true;
        d.adds_parties = true;
    } else if ((c0..t0).any(|i| sent.has(i, cue::COMPARATIVE))
            && sent.is(c0, &["it", "this", "that"]))
            // "..., in the first major assault on Mali's capital in years": the
            // attack just reported, described
            || (site.before(3).any(|i| sent.has(i, cue::COMPARATIVE))
                && site.before(3).any(|i| sent.is(i, &["the"]))
                && earlier.iter().rev().take(LOOKBACK).any(|f| f.kind == d.kind)
                && !dated_apart(sent, earlier, d.kind, c0, c1))
    {
        d.anaphoric = true;
    }
}

/// "Saudi Crown Prince Mohammed bin Salman hosted the talks": whether the
/// host (or one attending) joins talks already reported.
pub(super) fn hosted_reported(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    d: &Draft,
    talks_hosted: bool,
    earlier: &[Frame],
) -> bool {
    let Site { t0, t1, .. } = *site;
    let hosting = sent.is(t0, HOSTING);
    let attending = sent.is(t0, ATTENDING);
    // "Saudi Crown Prince Mohammed bin Salman hosted the talks": the host
    // joins talks already reported
    // (talks no earlier sentence reported are reported here: "The talks
    // were hosted by Qatar's prime minister in Doha on Friday")
    let reported = || {
        (earlier.iter().rev().take(LOOKBACK))
            .any(|f| f.kind == EventKind::Meeting && f.sentence < s)
    };
    let hosted_reported = (talks_hosted
        || d.kind == EventKind::Meeting
            && !d.is_noun
            && (hosting || attending)
            && sent.is(t1, &["the"])
            && sent.mention_at(t1 + 1).is_some_and(
                |x| matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Meeting)),
            ))
        && reported();
    hosted_reported
}

/// The frame `d` at `site` is an event told before: a participle that
/// describes people, "those protests", "after the meeting", "remains under
/// house arrest", "had also been detained", protests cracked down on or
/// held over.
pub(super) fn told_before(
    sent: &Sent<'_>,
    s: usize,
    site: &Site,
    d: &mut Draft,
    earlier: &[Frame],
) {
    let Site { t0, t1, c0, .. } = *site;
    let agentive = roles(site.kind).0;
    // "Israel named the captured men as reservists X and Y": a participle
    // that describes people is the capture told before, not one by whoever
    // speaks of them
    let adjectival = !d.is_noun
        && t1 == t0 + 1
        && t0 > sent.first
        && sent.is(
            t0 - 1,
            &["the", "two", "three", "four", "five", "his", "her", "their"],
        )
        && sent.lower(t0).ends_with("ed")
        && sent
            .mention_at(t1)
            .is_some_and(|x| sent.is_actor(x) && sent.is_generic(x))
        && earlier.iter().any(|f| f.kind == d.kind && !f.negated);
    if adjectival {
        d.actors.retain(|&(_, r)| r != agentive);
        d.anaphoric = true;
        d.adds_parties = true;
    }
    // "Six police officers died during those protests": the protests
    // told before
    if d.is_noun
        && t0 > c0
        && sent.is(t0 - 1, &["those", "these"])
        && earlier
            .iter()
            .rev()
            .take(LOOKBACK)
            .any(|f| f.kind == d.kind)
    {
        d.anaphoric = true;
    }
    // "days after the meeting with Penn, marines launched an operation":
    // the meeting told before, as a point in time, and not the marines'
    // ("Hours after Asahara's arrest, a parcel bomb exploded": whose it
    // was stays with it)
    // (an arrest or a kidnapping, owned by the one taken: "the group's
    // bombing" may be another of its attacks)
    let taken = matches!(d.kind, EventKind::Arrest | EventKind::Kidnapping);
    let owner = (taken && t0 > c0)
        .then(|| sent.owner_before(t0))
        .flatten()
        .filter(|&x| sent.is_actor(x));
    let head = owner.map_or(t0.saturating_sub(1), |x| sent.m(x).first);
    if d.is_noun
        && head > sent.first
        && (owner.is_some() || sent.is(head, &["the"]))
        && sent.is(head - 1, &["after", "before", "since"])
        && !dated_apart(sent, earlier, d.kind, c0, site.c1)
        && (earlier.iter().rev().take(LOOKBACK)).any(|f| {
            f.kind == d.kind
                && f.sentence < s
                // (the owner's own, told before: not "since Hamas's attack"
                // after another attack)
                && owner.is_none_or(|x| {
                    f.actors
                        .iter()
                        .any(|&(a, _)| actor_name(sent.doc, a).is_some_and(|n| actor_name(sent.doc, x) == Some(n)))
                })
        })
    {
        d.actors
            .retain(|&(a, _)| sent.m(a).first > t0 || Some(a) == owner);
        d.anaphoric = true;
    }
    // "Zida remains under house arrest": the arrest told before, still on
    if d.kind == EventKind::Arrest && d.is_noun && {
        let mut k = t0;
        if k > c0 && sent.is(k - 1, &["house"]) {
            k -= 1;
        }
        k >= c0 + 2
            && sent.is(k - 1, &["under"])
            && sent.is(
                k - 2,
                &["remains", "remained", "remain", "still", "stays", "stayed"],
            )
    } {
        d.anaphoric = true;
        d.adds_parties = true;
    }
    // "Finance Minister Ignatius Chombo had also been detained by
    // soldiers": one more taken in the arrest told before, by the same
    // hands or none named
    let same_hands = |f: &Frame| {
        d.actors
            .iter()
            .filter(|&&(_, r)| r == agentive)
            .all(|&(a, _)| {
                f.actors.iter().any(|&(b, r)| {
                    r == agentive
                        && actor_name(sent.doc, b).is_some()
                        && actor_name(sent.doc, b) == actor_name(sent.doc, a)
                })
            })
    };
    if matches!(d.kind, EventKind::Arrest | EventKind::Kidnapping)
        && !d.is_noun
        && d.passive
        && (t0.saturating_sub(3).max(c0)..t0).any(|i| sent.is(i, &["also"]))
        && (earlier.iter().rev().take(LOOKBACK))
            .find(|f| f.kind == d.kind && !f.negated)
            .is_some_and(same_hands)
    {
        d.anaphoric = true;
        d.adds_parties = true;
    }
    // "pressed on with a crackdown on protests": the protests cracked down
    // on are told elsewhere, and not by those cracking down
    if d.kind == EventKind::Protest
        && d.is_noun
        && t0 >= c0 + 2
        && sent.is(t0 - 1, &["on", "against"])
        && sent.is(t0 - 2, &["crackdown", "crackdowns", "clampdown"])
    {
        d.actors.clear();
        d.anaphoric = true;
    }
    // "arrested two journalists wanted over protests against the
    // government": what people are held over is told elsewhere
    let over = if t0 >= c0 + 2 && sent.is(t0 - 1, &["the"]) {
        t0 - 2
    } else {
        t0.saturating_sub(1)
    };
    if d.is_noun
        && over > c0
        && sent.is(over, &["over"])
        && sent.is(
            over - 1,
            &[
                "wanted",
                "arrested",
                "detained",
                "charged",
                "jailed",
                "sentenced",
                "held",
                "questioned",
                "convicted",
                "indicted",
                "prosecuted",
            ],
        )
    {
        d.actors.clear();
        d.anaphoric = true;
    }
}

/// The name of the actor that mention `m` names, if it names one.
fn actor_name<'a>(doc: &Doc<'a>, m: usize) -> Option<&'a str> {
    match &doc.mentions[m].what {
        What::Actor(x) => Some(&*x.name),
        _ => None,
    }
}
