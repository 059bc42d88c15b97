//! Mood: whether a trigger reports an event that happened. Planned,
//! hypothetical, habitual and generic events are no event; refused,
//! cancelled and denied ones are negated.

use super::cues::*;
use super::{closed_relative, verb_group_start, Sent, Site};
use crate::lexicon::TriggerForm;
use crate::mentions::What;
use crate::model::EventKind;

/// What the words around a trigger say of its event.
#[derive(Clone, Copy)]
pub(super) struct Mood {
    /// The text says it did not happen.
    pub negated: bool,
    /// The trigger is the purpose of an act that happened ("blocked roads
    /// to protest", "tried to march"): it shares that act's subject.
    pub purpose: bool,
    /// The antecedent of a relative clause closed before the trigger
    /// ("Turkey, which accuses the PKK of ..., struck").
    pub relative: Option<usize>,
}

/// The mood of the trigger at `site` (whose `form` is the form it has in
/// its clause); `None` when it reports no event that happened.
pub(super) fn mood(sent: &Sent<'_>, site: &Site) -> Option<Mood> {
    let Site {
        m,
        kind,
        form,
        t0,
        t1,
        c0,
        c1,
    } = *site;
    let is_noun = form == TriggerForm::Noun;
    let before = |n: usize| site.before(n);
    // "a rebel takeover of the port would cut off ...": an event noun that
    // is the subject of a modal has not happened
    let subject_of_modal = is_noun
        && t0 <= c0 + 3
        && (t1..c1.min(t1 + 6))
            .take_while(|&i| {
                !sent.is(i, &[",", "that", "which", "who"])
                    && sent.mention_at(i).is_none_or(|x| !sent.is_trigger(x))
            })
            .any(|i| sent.is(i, &["would", "could", "might", "will", "should"]));
    if subject_of_modal {
        return None;
    }
    // "did not meet at last year's G20 summit", "met on the sidelines of a
    // summit": the summit is the setting of the meeting reported, not one
    // (past the summit's name: "at last year's Shanghai Cooperation
    // Organisation summit")
    let setting = kind == EventKind::Meeting && is_noun && {
        let setting_word = |k: usize| sent.is(k, &["at", "during", "sidelines", "margins"]);
        let mut k = t0;
        let mut steps = 0;
        while k > c0 && steps < 6 && !setting_word(k - 1) {
            k = sent.mention_at(k - 1).map_or(k - 1, |x| sent.m(x).first);
            steps += 1;
        }
        k > c0 && setting_word(k - 1) && (sent.mentions.start..m).any(|x| {
            sent.m(x).first >= c0
                && matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Meeting))
        })
    };
    if setting {
        return None;
    }
    // "has carried out similar attacks": a kind of event, not one that happened
    // ("had not taken any hostages" is a denial: "any" after a negation is one)
    let negative_any = |i: usize| sent.is(i, &["any"]) && (c0..i).any(|k| sent.is_negation(k));
    if is_noun
        && (t0.saturating_sub(3).max(c0)..t0)
            .any(|i| sent.has(i, cue::NON_SPECIFIC) && !negative_any(i))
    {
        return None;
    }
    // "any U.S. or Saudi military strike on Iran would lead to war": "any"
    // reaches over a longer list of modifiers than the other words do
    if is_noun
        && (t0.saturating_sub(7).max(c0)..t0).any(|i| {
            sent.is(i, &["any"])
                && !negative_any(i)
                && (i + 1..t0)
                    .all(|k| !sent.is(k, &[",", "that", "which", "who", "of", "on", "in", "by"]))
        })
    {
        return None;
    }
    // "Washington “will not tolerate” attacks on its forces": what one
    // tolerates or not is a kind of event
    if is_noun
        && (t0.saturating_sub(3).max(c0)..t0).any(|i| {
            sent.is(
                i,
                &["tolerate", "tolerated", "tolerating", "condone", "condoned"],
            ) && (i + 1..t0)
                .all(|k| sent.mention_at(k).is_none() && !sent.is(k, &["the", "this", "that"]))
        })
    {
        return None;
    }
    // "had no interest in seizing Russian land", "has no intention of
    // meeting him": an intention denied is no event, not a negated one
    let intention = before(5).find(|&i| sent.has(i, cue::INTENTIONS));
    if intention.is_some_and(|i| i > c0 && sent.is(i - 1, &["no"])) {
        return None;
    }
    // a verb in the infinitive or under a modal is planned or hypothetical
    // (so is a passive: "will be arrested if he returns")
    let mut k = t0;
    while k > c0 && sent.has(k - 1, cue::ADVERBS) {
        k -= 1;
    }
    if !is_noun && k > c0 + 1 && sent.is(k - 1, &["be"]) {
        k -= 1;
    }
    // "farmers blocked roads in Brussels to protest": the infinitive is the
    // purpose of a protest that happened
    // "police fired tear gas to disperse demonstrators": whom police disperse protested
    let dispersal = sent.is(t0, DISPERSING);
    // "as they tried to march on the electoral commission": a march
    // attempted and stopped was a protest; so was an attack ("militants
    // tried to attack an army post")
    let attempted = matches!(kind, EventKind::Protest | EventKind::Attack)
        && k >= c0 + 2
        && sent.is(k - 1, &["to"])
        && sent.is(k - 2, &["tried", "attempted", "trying", "attempting"]);
    // "travelled twice to China to meet President Xi": a journey made to
    // meet someone (not one to be made: "will travel to Beijing to meet")
    let journey = kind == EventKind::Meeting
        && !is_noun
        && k > c0 + 1
        && sent.is(k - 1, &["to"])
        && (k.saturating_sub(8).max(c0)..k - 1).any(|i| {
            sent.is(
                i,
                &[
                    "travelled",
                    "traveled",
                    "flew",
                    "went",
                    "came",
                    "arrived",
                    "headed",
                ],
            ) && !(c0..i).any(|j| sent.has(j, cue::MODALS))
        });
    // "troops used helicopter gunships and tanks to attack Machar's base":
    // what the means were used for was done
    let used_for = !is_noun
        && k > c0 + 1
        && sent.is(k - 1, &["to"])
        && (k.saturating_sub(9).max(c0)..k - 1)
            .any(|i| sent.is(i, &["used", "using"]) && !(c0..i).any(|j| sent.has(j, cue::MODALS)));
    let purpose = attempted
        || journey
        || used_for
        || (kind == EventKind::Protest
            && (dispersal || (c0..k.saturating_sub(1)).any(|i| sent.has(i, cue::PROTEST_ACTIONS))));
    // ("would hold emergency talks": a noun after a support verb under a modal)
    // ("would hold exercises, including live-fire shooting": one of the
    // things it would hold)
    let including = (t0.saturating_sub(5).max(c0)..t0).any(|i| sent.is(i, &["including"]));
    let reach = if including { 9 } else { 3 };
    // (a verb `reach` tokens back at most, right after a modal, with nothing
    // named between it and the noun)
    let after_modal_verb = |reach: usize, verb: &dyn Fn(usize) -> bool| {
        (t0.saturating_sub(reach).max(c0 + 1)..t0).any(|v| {
            verb(v)
                && (v + 1..t0).all(|i| sent.mention_at(i).is_none())
                && sent.has(v - 1, cue::MODALS)
        })
    };
    let support_modal = is_noun && after_modal_verb(reach, &|v| sent.has(v, cue::SUPPORT_VERBS));
    // "called for new marches in Cairo", "demanded an emergency meeting of
    // the UN Security Council": what is asked for has not happened
    let called_for = is_noun
        && ((t0.saturating_sub(4).max(c0 + 1)..t0).any(|f| {
            sent.is(f, &["for"]) && sent.is(f - 1, &["called", "calls", "call", "calling", "urged"])
        }) || (t0.saturating_sub(3).max(c0)..t0).any(|f| {
            sent.has(f, cue::REQUESTING) && (f + 1..t0).all(|i| sent.mention_at(i).is_none())
        }) || (kind == EventKind::Protest
            // "have called a march in Yuen Long on Saturday": one to come
            // (not "then called a general strike for Sunday", told after)
            && (t0.saturating_sub(4).max(c0 + 2)..t0).any(|f| {
                sent.is(f, &["a", "an"])
                    && (sent.is(f - 1, &["calls", "call", "calling"])
                        || (sent.is(f - 1, &["called"]) && sent.is(f - 2, &["have", "has"])))
                    && (f + 1..t0).all(|i| sent.mention_at(i).is_none())
            })));
    // "prompted protesters in Istanbul to storm the consulate": what one is
    // made to do was done
    let caused = k > c0
        && (k.saturating_sub(7).max(c0)..k - 1)
            .any(|i| sent.is(i, &["prompted", "prompting", "forced", "forcing"]));
    // "Abbas refused to meet Pence": what one refuses or fails to do did
    // not happen, a negated event rather than a plan
    let refused = !is_noun
        && k >= 2
        && sent.is(k - 1, &["to"])
        && sent.is(k - 2, &["refused", "declined", "failed"]);
    // "the next step could be a meeting of the two leaders": what something
    // might be has not happened
    let modal_be = is_noun && after_modal_verb(4, &|v| sent.is(v, &["be"]));
    let under_modal = support_modal
        || modal_be
        || called_for
        // ("would keep attacking Chinese projects")
        || (k > c0 + 1 && sent.is(k - 1, &["keep", "continue"]) && sent.has(k - 2, cue::MODALS))
        || k > c0
            && (sent.has(k - 1, cue::MODALS)
                || (!is_noun && !purpose && !caused && !refused && sent.is(k - 1, &["to"])));
    // "as planned" is a comparison, not a plan; "attacked the embassies,
    // accusing the West of ...": a phrase after a comma is about something else
    // (a closed relative clause before the verb is about its antecedent:
    // "Turkey, which accuses the PKK of ..., struck the area")
    let relative = closed_relative(sent, t0, c0);
    let from = match relative {
        Some(_) => verb_group_start(sent, t0, c0),
        None => c0,
    };
    // "talks scheduled for Monday were postponed", "Trump called off the
    // summit": an event noun cancelled is a negated event, whatever was planned
    // (one lowercase match per token: this runs over every event noun's clause)
    let off = |i: usize| match sent.lower(i) {
        "cancelled" | "canceled" | "postponed" | "scrapped" | "aborted" => true,
        "called" | "call" | "calls" => sent.lower(i + 1) == "off",
        _ => false,
    };
    let cancelled = is_noun
        && ((t1..sent.last.min(t1 + 16))
            // (not the next verb's: "condemned the shooting and called off
            // a protest")
            .take_while(|&i| {
                sent.mention_at(i).is_none_or(|x| !sent.is_trigger(x))
                    && !(matches!(sent.lower(i), "and" | "but")
                        && sent.lower(i + 1).ends_with("ed"))
            })
            .any(off)
            || (t0.saturating_sub(6).max(c0)..t0).any(off)
            || subject_called_off(sent, t0, t1, c0, &off));
    // "Peace talks with the ELN have been frozen since August", "the stalled
    // talks": a process at a standstill, no meeting held
    let stalled = |i: usize| sent.is(i, &["frozen", "stalled", "deadlocked", "suspended"]);
    if kind == EventKind::Meeting
        && is_noun
        && ((t0 > c0 && stalled(t0 - 1))
            || (t1..sent.last.min(t1 + 8))
                .take_while(|&i| !sent.is(i, &[",", "and", "but"]))
                .any(|i| stalled(i) && i > t1 && sent.has(i - 1, cue::BE)))
    {
        return None;
    }
    // "postponed a trip to a regional summit": a trip put off was a plan
    // to attend, and tells nothing of the summit
    if cancelled
        && (t0.saturating_sub(4).max(c0)..t0)
            .any(|i| sent.is(i, &["trip", "visit", "journey"]) && sent.is(i + 1, &["to"]))
    {
        return None;
    }
    // "would not stop until they had captured every base", "unless it
    // pulled its troops out": what is awaited or set as a condition has not
    // happened
    let awaited = sent.is(c0, &["unless"])
        || (sent.is(c0, &["until"])
            && c0 > sent.first
            && (sent.clause_range(c0 - 1).0..c0).any(|i| {
                sent.has(i, cue::MODALS)
                    || sent.is(
                        i,
                        &[
                            "vowed",
                            "vows",
                            "pledged",
                            "promised",
                            "swore",
                            "threatened",
                        ],
                    )
            }));
    // "had discussed storming the Capitol and taking lawmakers hostage",
    // "talked of blowing up a bridge": acts talked over were not done
    let talked_over = (t0.saturating_sub(12).max(c0)..t0).any(|i| {
        sent.has(i, cue::TALKED_OVER) && {
            let g = if sent.is(i + 1, &["of", "about"]) {
                i + 2
            } else {
                i + 1
            };
            // (to the trigger, through gerunds only: not "considered
            // storming the building but arrested two men")
            g <= t0
                && sent.lower(g).ends_with("ing")
                && (g..t0).all(|k| {
                    !(sent.is(k, &["but", "then"])
                        || (sent.is(k, &["and"]) && !sent.lower(k + 1).ends_with("ing")))
                })
        }
    });
    // "have offered to mediate talks": what is offered has not happened
    let offered = (t0.saturating_sub(4).max(c0)..t0).any(|i| {
        sent.is(i, &["offered", "offers", "offering", "offer"]) && sent.is(i + 1, &["to"])
    });
    // "met on the eve of a Group of 20 summit", "ahead of talks in
    // Geneva": what the story's time comes before has not happened yet
    let looked_forward = is_noun && {
        let mut k = t0;
        // (past the name of whose it is: "a Group of 20 summit")
        if let Some(x) = (k > c0).then(|| sent.mention_at(k - 1)).flatten() {
            if sent.is_actor(x) && sent.m(x).first >= c0 {
                k = sent.m(x).first;
            }
        }
        while k > c0 && sent.is(k - 1, &["a", "an", "the", "next", "planned"]) {
            k -= 1;
        }
        k >= c0 + 2
            && sent.is(k - 1, &["of", "to"])
            && (sent.is(k - 2, &["ahead"])
                || (k >= c0 + 3 && sent.is(k - 2, &["eve", "run-up"]) && sent.is(k - 3, &["the"])))
    };
    let hypothetical = !cancelled
        && (under_modal
            || looked_forward
            || awaited
            || offered
            || talked_over
            || (from..c1).any(|i| {
            sent.mention_at(i).is_none()
                // "is due to hold a meeting" is scheduled; "due to shelling" is a cause
                && sent.has(i, cue::HYPOTHETICAL)
                // (not in a name: "the Future Syria Party")
                && !(i > sent.first && sent.word(i).starts_with(char::is_uppercase))
                && (!sent.is(i, &["due"]) || (i > c0 && sent.has(i - 1, cue::BE)))
                && !(i > c0 && sent.is(i - 1, &["as"]))
                // (a plan agreed on is a thing: "agreed on the first phase
                // of Trump's plan during indirect talks"; "plans to" looks ahead)
                && (!sent.is(i, &["plan", "plans"]) || sent.is(i + 1, &["to", "for", "that"]))
                && !(i > t1 && (t1..i).any(|k| sent.is(k, &[","])))
                // "shot dead 15 Palestinians ... at the start of a planned
                // protest": an adjective after the trigger is another noun's
                && !(i > t1 && sent.is(i - 1, &["a", "an", "the", "its", "their", "his", "her"]))
                // "met parents in Kaduna and promised that ...": the next verb's
                && !(i > t1 && sent.is(i - 1, &["and"]))
                // "in protest at government plans to ...": what is opposed
                && !(kind == EventKind::Protest && i >= t1 && sent.is(t1, &["against", "at", "over"]))
                // "arrested four people suspected of planning an attack": what
                // follows an arrest is what it is for
                && !(kind == EventKind::Arrest && i >= t1)
            }));
    if hypothetical {
        return None;
    }
    // "police denied reports that officers had arrested ...": a claim denied
    // "denied reports on social media that ...": past a short phrase on the reports
    // ("denied a newspaper report that", "reports that ... were false")
    let denied_claim = sent.is(c0, &["that"]) && {
        let claim = (c0.saturating_sub(5).max(sent.first)..c0).rev().find(|&k| {
            sent.is(
                k,
                &[
                    "reports",
                    "report",
                    "claims",
                    "claim",
                    "allegations",
                    "rumours",
                    "rumors",
                ],
            )
        });
        let k = claim.unwrap_or(c0);
        (k.saturating_sub(4).max(sent.first)..k).any(|d| {
            sent.is(
                d,
                &[
                    "denied",
                    "denies",
                    "denying",
                    "dismissed",
                    "dismissing",
                    "rejected",
                    "rejecting",
                ],
            )
        }) || (claim.is_some()
            && (t1..sent.last).any(|i| {
                sent.is(
                    i,
                    &["false", "untrue", "unfounded", "baseless", "fabricated"],
                ) && sent.is(i - 1, &["were", "was", "are", "is"])
            }))
    };
    // "Rwanda's army denied on Monday that its troops had shelled": the
    // clause denied
    let denied_clause = sent.is(c0, &["that"])
        && (c0.saturating_sub(4).max(sent.first)..c0).any(|k| {
            sent.is(k, &["denied", "denies", "deny"])
                && (k + 1..c0).all(|i| {
                    sent.is(i, &["on", "again", "strongly", "flatly"])
                        || sent
                            .mention_at(i)
                            .is_some_and(|x| matches!(sent.m(x).what, What::Date(_)))
                })
        });
    // ("said that no member of the government had been detained": a
    // subject that opens with "no", however long)
    let opening = if sent.is(c0, &["that"]) { c0 + 1 } else { c0 };
    let no_subject = !is_noun
        && sent.is(opening, &["no", "none"])
        && t0 <= opening + 12
        && (opening + 1..t0)
            .all(|k| sent.mention_at(k).is_none_or(|x| !sent.is_trigger(x)) && !sent.is(k, &[","]));
    let negated = cancelled
        || refused
        || denied_claim
        || denied_clause
        || no_subject
        || before(6).any(|i| {
            // "men in uniforms without insignia took ...": "without" negates
            // only the event it governs ("left without a meeting")
            sent.is_negation(i)
                && (!sent.is(i, &["without"])
                    || i + 1 == t0
                    || (i + 2 == t0 && sent.is(i + 1, &["a", "an", "any"])))
                // ("crowds chanting “No to military rule” gathered": a
                // negation quoted is what was said)
                && !((i + 1..t0).any(|k| sent.is(k, &["”", "\""]))
                    && (i.saturating_sub(8).max(sent.first)..i).any(|k| sent.is(k, &["“", "\""])))
                // ("led by failed businessman George Speight seized": a
                // failed person or thing of its own negates nothing)
                && !(sent.is(i, &["failed"])
                    && i + 2 < t0
                    && !sent.is(
                        i + 1,
                        &["to", "in", "attempt", "attempts", "bid", "effort", "efforts", "plot"],
                    ))
                // ("a failed assassination attempt", "a failed attack": the
                // attack was made, its aim missed)
                && !(kind == EventKind::Attack
                    && is_noun
                    && sent.is(i, &["failed"])
                    && (i + 1..t0).all(|k| sent.mention_at(k).is_none()))
        });
    Some(Mood {
        negated,
        purpose,
        relative,
    })
}

/// Whether the event noun at `t0..t1`, opening its clause, is the subject
/// of a passive "called off" past an aside between commas: "Talks between
/// Doval and Aziz, due to be held in New Delhi in August, were called off".
fn subject_called_off(
    sent: &Sent<'_>,
    t0: usize,
    t1: usize,
    c0: usize,
    off: &dyn Fn(usize) -> bool,
) -> bool {
    if t0 > c0 + 1 {
        return false;
    }
    let mut in_aside = false;
    for i in t1..sent.last.min(t1 + 40) {
        if sent.is(i, &[","]) {
            in_aside = !in_aside;
        } else if !in_aside {
            if sent.has(i, cue::BE) {
                let verb = if sent.has(i + 1, cue::ADVERBS) {
                    i + 2
                } else {
                    i + 1
                };
                return off(verb);
            }
            if sent.mention_at(i).is_some_and(|x| sent.is_trigger(x)) {
                return false;
            }
        }
    }
    false
}
