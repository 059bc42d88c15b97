//! Voice: whether a trigger is read as a verb or a noun where it stands
//! ("did not attack" is a verb), and whether a verb is passive ("was
//! detained", "detained by riot police", "was removed ... and arrested").

use super::*;

/// The form the trigger at `site` takes where it stands: a noun form after
/// an auxiliary, or a participle after a comma, is a verb.
pub(super) fn verbal_form(sent: &Sent<'_>, site: &Site) -> TriggerForm {
    let Site {
        form,
        t0,
        t1,
        c0,
        c1,
        ..
    } = *site;
    let mut k = t0;
    while k > c0 && sent.has(k - 1, cue::ADVERBS) && !sent.is(k - 1, &["not", "never"]) {
        k -= 1;
    }
    let auxiliary = k > c0
        && (sent.is(k - 1, &["did", "does", "do", "not", "never", "to"])
            || sent.has(k - 1, cue::MODALS)
            || sent.is_contracted_not(k - 1));
    // "attacked the village, kidnapping 20 women": a participle after a comma
    // (or joined to one: "stormed a school, killing a student and
    // kidnapping 42 people")
    let joined = t0 > c0 + 1
        && sent.is(t0 - 1, &["and"])
        && sent.lower(t0).ends_with("ing")
        && (t0.saturating_sub(8).max(c0)..t0 - 1).any(|p| sent.participle_after_comma(p, c0));
    let participle = (sent.participle_after_comma(t0, c0) || joined)
        && (t1..c1.min(t1 + 4))
            .find_map(|i| sent.mention_at(i))
            .is_some_and(|m| sent.is_actor(m));
    if form == TriggerForm::Noun && (auxiliary || participle) && !sent.has(t0, cue::HOSTAGE_NOUNS) {
        TriggerForm::Verb
    } else {
        form
    }
}

/// Whether the verb at `site`, in the `form` [`verbal_form`] gives, is
/// passive.
pub(super) fn is_passive(sent: &Sent<'_>, site: &Site, form: TriggerForm) -> bool {
    let Site { t0, t1, c0, .. } = *site;
    let word = sent.lower(t0);
    // "is detaining" is progressive, not passive; "was dragged from the
    // building and detained by riot police": a participle with its agent is
    form != TriggerForm::Noun && !word.ends_with("ing") && {
        let mut k = t0;
        while k > c0 && sent.has(k - 1, cue::ADVERBS) {
            k -= 1;
        }
        // (or after a comma: "The meeting in Doha, hosted by the emir, ...")
        (k > c0 && sent.has(k - 1, cue::BE))
            || (k > sent.first
                && sent.is(k - 1, &["and", ","])
                && word.ends_with("ed")
                && sent.is(t1, &["by"])
                && (t1 + 1..(t1 + 5).min(sent.last))
                    .find_map(|i| sent.mention_at(i))
                    .is_some_and(|a| sent.is_actor(a)))
            || verbs::reduced_relative(sent, t0, c0, t1).is_some()
            || coordinated_passive(sent, k, c0).is_some()
    } || (form == TriggerForm::Continuation
        // "the gunmen had not taken any hostages" is active
        && !site.before(3).any(|i| sent.is(i, &["had", "has", "have"])))
}

/// The "be" of the passive that the participle at token `k` joins: "was
/// removed by Congress and arrested in Lima" (not "was removed, and police
/// arrested", whose subject is its own).
pub(super) fn coordinated_passive(sent: &Sent<'_>, k: usize, c0: usize) -> Option<usize> {
    // ("were dragged from their home by gunmen and shot dead")
    let participle = |w: &str| {
        w.ends_with("ed") || w.ends_with("en") || matches!(w, "shot" | "hit" | "held" | "struck")
    };
    if !(k > c0 + 2 && sent.is(k - 1, &["and"]) && participle(sent.lower(k))) {
        return None;
    }
    let be = (c0..k - 2).rev().find(|&j| sent.has(j, cue::BE))?;
    // (an owner is no subject: "from Benjamín's home")
    (participle(sent.lower(be + 1))
        && (sent.mentions_before(be + 1)..sent.mentions_before(k - 1)).all(|m| {
            !sent.is_actor(m)
                || sent.preposition_before(m) == Some("by")
                || sent.is_possessive(sent.m(m).last)
        }))
    .then_some(be)
}
