//! Traps: a trigger word that names no event where it stands ("met the
//! deadline", "stormed to victory", "fired tear gas to disperse the crowd",
//! "Storm Daniel struck"). Read from the trigger's own words and clause,
//! before any argument is looked for.

use super::cues::*;
use super::{harms, Sent, Site};
use crate::lexicon::TriggerForm;
use crate::mentions::{What, VESSELS};

use crate::model::{ActorCategory, EventKind, PlaceKind};
use crate::text::is_any;

/// Those who go on strike: "striking teachers" strike no one.
const STRIKERS: &[&str] = &[
    "workers",
    "teachers",
    "miners",
    "doctors",
    "nurses",
    "drivers",
    "employees",
    "staff",
    "dockworkers",
    "truckers",
    "lecturers",
    "pilots",
    "farmers",
];

/// Whether the trigger at `site` is a trap: a word of an event kind used
/// for something else.
pub(super) fn is_trap(sent: &Sent<'_>, site: &Site) -> bool {
    let Site {
        kind,
        form,
        t0,
        t1,
        c0,
        c1,
        ..
    } = *site;
    let word = sent.lower(t0);
    // "acting on a European arrest warrant": a document, not an arrest
    if form == TriggerForm::Noun && sent.is(t1, &["warrant", "warrants"]) {
        return true;
    }
    // "freed two detained party workers", "the jailed activists": a
    // participle that describes people tells of an arrest before, not one
    // (the abducted are the story's kidnapping: "parents of the abducted
    // pupils")
    if form != TriggerForm::Noun
        && t1 == t0 + 1
        && kind == EventKind::Arrest
        && word.ends_with("ed")
        && t0 > c0
        && (sent.is(
            t0 - 1,
            &[
                "the", "a", "his", "her", "their", "its", "two", "three", "several",
            ],
        ) || sent.word(t0 - 1).starts_with(|c: char| c.is_ascii_digit()))
        && (t1..(t1 + 3).min(c1))
            .take_while(|&i| sent.is_plain(i) || sent.mention_at(i).is_some())
            .any(|i| sent.mention_at(i).is_some_and(|x| sent.is_actor(x)))
    {
        return true;
    }
    // "striking teachers", "striking garment workers": on strike, not
    // striking anyone
    if word == "striking"
        && (t1..(t1 + 3).min(c1))
            .take_while(|&i| sent.is_plain(i) || sent.mention_at(i).is_some())
            .find_map(|i| sent.mention_at(i))
            .is_some_and(|x| sent.is(sent.m(x).last - 1, STRIKERS))
    {
        return true;
    }
    // "meeting little resistance", "met the deadline", "met their deaths":
    // what is met is no party
    if kind == EventKind::Meeting
        && sent.lower(t0).starts_with("me")
        && (t1..c1.min(t1 + 4))
            .take_while(|&i| !sent.is(i, BLOCKING_PREPOSITIONS))
            .any(|i| sent.is(i, NOT_MET))
    {
        return true;
    }
    // hostages told of by what was done to them were taken before: no new
    // kidnapping
    if form == TriggerForm::Noun && sent.has(t0, cue::HOSTAGE_NOUNS) {
        let words_before = |reach: usize, words: &[&str]| {
            (t0.saturating_sub(reach).max(c0)..t0).any(|i| sent.is(i, words))
        };
        // "the guerrillas guarding the hostages" (not "took 38 police
        // officers guarding it hostage")
        let guarded = t0 >= c0 + 2
            && sent.is(t0 - 1, &["the", "their"])
            && sent.is(t0 - 2, &["guarding", "guarded", "guard"]);
        // "killed a second male hostage": harmed now
        let harmed = words_before(
            5,
            &[
                "killed", "executed", "beheaded", "shot", "murdered", "kill", "execute", "behead",
            ],
        );
        // "Hamas freed the last 20 living Israeli hostages": set free, the
        // release no event of ours (not "were trying to free hostages still
        // held"); "met to negotiate the release of 21 hostages"
        let set_free = words_before(
            7,
            &[
                "release",
                "freed",
                "frees",
                "freeing",
                "released",
                "releases",
                "releasing",
                "rescued",
            ],
        );
        if guarded || harmed || set_free {
            return true;
        }
    }
    // "the PKK announced it would halt attacks": attacks halted or stopped
    // are a kind, no event (not "suspend its offensive": one under way)
    if form == TriggerForm::Noun
        && t0 > c0
        && sent.is(
            t0 - 1,
            &[
                "halt",
                "halted",
                "halting",
                "stop",
                "stopped",
                "stopping",
                "suspend",
                "suspended",
                "cease",
                "ceased",
            ],
        )
    {
        return true;
    }
    // "a heinous attack on Turkey's unity and peace", "an attack on
    // democracy": words on what a deed stands against
    if kind == EventKind::Attack
        && form == TriggerForm::Noun
        && sent.is(t1, &["on", "against"])
        && (t1 + 1..c1.min(t1 + 5)).any(|i| {
            sent.is(
                i,
                &[
                    "unity",
                    "democracy",
                    "freedom",
                    "freedoms",
                    "sovereignty",
                    "values",
                    "humanity",
                    "dignity",
                    "rights",
                ],
            )
        })
    {
        return true;
    }
    // "the army had taken control of the country": a coup, no place taken
    // (not "control of the country's main fuel terminal")
    if kind == EventKind::Takeover
        && t1 > t0 + 1
        && sent.is(t1 - 1, &["of"])
        && (t0..t1).any(|i| sent.is(i, &["control"]))
        && sent.is(t1, &["the"])
        && sent.is(t1 + 1, &["country", "nation"])
        && !sent.is_possessive(t1 + 2)
    {
        return true;
    }
    // "troops entered Lesotho to put down a mutiny", "had entered Turkey
    // illegally": a country entered is crossed into, not taken
    if kind == EventKind::Takeover
        && sent.is(t0, &["entered", "enter", "enters", "entering"])
        && sent.mention_at(t1).is_some_and(
            |x| matches!(&sent.m(x).what, What::Place(p) if p.kind == PlaceKind::Country),
        )
    {
        return true;
    }
    // "the car burst into flames", "she burst into tears": no one burst in
    if sent.is(t0, &["burst"])
        && sent.is(
            t1,
            &["flames", "flame", "tears", "laughter", "song", "applause"],
        )
    {
        return true;
    }
    // "declared a state of siege in Pando": a law, no attack
    if sent.is(t0, &["siege"])
        && t0 >= c0 + 2
        && sent.is(t0 - 1, &["of"])
        && sent.is(t0 - 2, &["state"])
    {
        return true;
    }
    let prev = if t0 > c0 { sent.lower(t0 - 1) } else { "" };
    if kind == EventKind::Attack && NOT_VIOLENT.contains(&prev) {
        return true;
    }
    // "Tripoli has hosted some of the largest rallies": a place that hosts
    // events of another kind holds no meeting (the noun is the event)
    if kind == EventKind::Meeting
        && sent.is(t0, &["hosted", "hosts", "host"])
        && (t1..c1.min(t1 + 8)).any(|i| {
            sent.mention_at(i).is_some_and(|x| {
                matches!(sent.m(x).what, What::Trigger(t)
                    if t.kind.is_some_and(|k| k != EventKind::Meeting))
            })
        })
    {
        return true;
    }
    // "stormed out of the meeting", "stormed off": left in anger; "as
    // local investors stormed in.": bought (no armed actor before it)
    if sent.is(t0, &["stormed", "storming"])
        && (sent.is(t1, &["out", "off"])
            || (sent.is(t1, &["in"])
                && sent.is(t1 + 1, &[".", ",", ";"])
                && !(c0..t0).any(|i| sent.mention_at(i).is_some_and(|x| sent.is_armed(x)))))
    {
        return true;
    }
    // "the rebels had seized on the confusion": took advantage of it (not
    // "were seized on March 26": a day)
    if sent.is(t0, &["seized", "seize", "seizes", "seizing"])
        && sent.is(t1, &["on", "upon"])
        && !sent
            .mention_at(t1 + 1)
            .is_some_and(|x| matches!(sent.m(x).what, What::Date(_)))
    {
        return true;
    }
    // "police took away their weapons": taking away is an arrest of
    // people only
    if sent.is(t0, &["took"])
        && sent.is(t1 - 1, &["away"])
        && !(t1..c1.min(t1 + 6)).any(|i| sent.mention_at(i).is_some_and(|x| sent.is_actor(x)))
    {
        return true;
    }
    // "has been detained many times": a habit, no one event
    if (t1..c1.min(t1 + 3)).any(|i| {
        sent.is(i, &["times"]) && sent.is(i - 1, &["many", "several", "numerous", "multiple"])
    }) {
        return true;
    }
    // "supporters who had gathered to welcome her": a crowd that greets
    if kind == EventKind::Protest
        && sent.is(t0, &["gathered", "assembled", "massed", "lined"])
        && (t1..c1.min(t1 + 6)).any(|i| {
            sent.is(i, &["to"])
                && sent.is(i + 1, &["welcome", "greet", "celebrate", "cheer", "watch"])
        })
    {
        return true;
    }
    // "a campaign rally", "an election rally": a party's meeting, no protest
    if kind == EventKind::Protest && is_any(prev, &["campaign", "election", "electoral"]) {
        return true;
    }
    // ... and so is "a rally of former prime minister Nawaz Sharif's party"
    if kind == EventKind::Protest
        && sent.is(t0, &["rally"])
        && sent.is(t1, &["of"])
        && (t1 + 1..c1.min(t1 + 9)).any(|i| sent.is(i, &["party"]))
    {
        return true;
    }
    // "Maria stormed ashore": a hurricane makes landfall; "BYD stormed past
    // Tesla" overtakes
    if kind == EventKind::Attack
        && (sent.is(t1, &["ashore", "past"])
            || (sent.is(t0, &["stormed"])
                && sent.is(t1, &["to"])
                && sent.is(t1 + 1, &["a", "an", "victory", "power"])))
    {
        return true;
    }
    // "lodged a formal protest with Japan": a diplomatic note
    if kind == EventKind::Protest
        && (t0.saturating_sub(3).max(c0)..t0)
            .any(|i| sent.is(i, &["formal", "diplomatic", "lodged", "lodge", "filed"]))
    {
        return true;
    }
    // "Orban attacked Brussels over migration in a speech": words (but a
    // knife draws blood: "stabbed to death during a televised debate")
    if kind == EventKind::Attack
        && form == TriggerForm::Verb
        && !sent.is(
            t0,
            &["stabbed", "shot", "killed", "assassinated", "wounded"],
        )
        && (t1..c1.min(t1 + 10)).any(|i| {
            sent.is(i, &["in", "during"])
                && sent.is(i + 1, &["a", "an", "his", "her", "their"])
                && sent.is(
                    i + 2,
                    &["speech", "interview", "statement", "post", "televised"],
                )
        })
    {
        return true;
    }
    // "attacked the raid as an assault on academic freedom", "condemned
    // the killing as a cowardly attack": a word that names what was
    // described, no event of its own
    if form == TriggerForm::Noun
        && (t0.saturating_sub(4).max(c0)..t0)
            .rev()
            .take_while(|&i| sent.mention_at(i).is_none())
            .any(|i| sent.is(i, &["a", "an"]) && i > c0 && sent.is(i - 1, &["as"]))
    {
        return true;
    }
    // "demonstrated a new missile", "marched its passengers into the forest",
    // "marched groups of passengers into the bush", "marched the hostages":
    // with an object, no protest
    if sent.is(t0, &["demonstrated", "marched"])
        && (sent.is(
            t1,
            &["a", "an", "its", "their", "his", "her", "them", "what"],
        ) || (sent.is(t1, &["groups", "dozens", "hundreds", "scores", "columns"])
            && sent.is(t1 + 1, &["of"]))
            || sent
                .mention_at(t1 + usize::from(sent.is(t1, &["the"])))
                .is_some_and(|x| {
                    (sent.is_actor(x) && !sent.m(x).what.is_actor_of(ActorCategory::Protesters))
                        || matches!(sent.m(x).what, What::Trigger(t) if t.kind == Some(EventKind::Kidnapping))
                }))
    {
        return true;
    }
    // "robbed at gunpoint", "forced at gunpoint to sign": only people held
    // at gunpoint are taken ("holding presenters at gunpoint")
    if form == TriggerForm::Noun
        && sent.is(t0, &["at"])
        && !(t0.saturating_sub(8).max(c0)..t0).any(|i| {
            sent.is(
                i,
                &[
                    "held", "holding", "hold", "holds", "kept", "keeping", "keep",
                ],
            )
        })
    {
        return true;
    }
    // "a hostage siege ended", "Russia's worst hostage crisis": the word
    // names the standoff the taking of hostages began, not another taking
    if form == TriggerForm::Noun
        && sent.is(t0, &["hostage"])
        && sent.is(
            t1,
            &[
                "siege",
                "crisis",
                "standoff",
                "drama",
                "situation",
                "negotiations",
                "negotiators",
            ],
        )
    {
        return true;
    }
    // "Storm Daniel struck the coast" (not a military operation's name:
    // "launched Operation Swift Lightning at dawn, attacking")
    let operation_named =
        |i: usize| (i.saturating_sub(3).max(c0)..i).any(|k| sent.word(k) == "Operation");
    // (a wave of strikes is no sea: "waves of air strikes hit", but "waves of
    // about 1.2 metres struck the capital")
    let strikes_follow = |i: usize| {
        sent.is(i, &["wave", "waves"])
            && (i + 1..(i + 4).min(sent.last))
                .any(|k| sent.mention_at(k).is_some_and(|m| sent.is_trigger(m)))
    };
    if kind == EventKind::Attack
        && (c0..t0).any(|i| {
            is_any(sent.word(i), NATURAL_FORCES) && !operation_named(i) && !strikes_follow(i)
        })
    {
        return true;
    }
    // "four suspects who resisted arrest": an arrest tried, not made
    if kind == EventKind::Arrest
        && form == TriggerForm::Noun
        && t0 > c0
        && sent.is(
            t0 - 1,
            &[
                "resisted",
                "resisting",
                "resist",
                "resists",
                "evaded",
                "evading",
                "evade",
                "avoid",
                "avoided",
                "avoiding",
                "escaped",
                "escape",
            ],
        )
    {
        return true;
    }
    // "the occupied West Bank", "the besieged city of Taiz": a participle
    // that describes, not an act
    if sent.is(t0, &["occupied", "besieged"]) && t0 > c0 && sent.is(t0 - 1, &["the", "a", "an"]) {
        return true;
    }
    // "officials rallied behind the relief effort": support, not a rally
    if sent.is(t0, &["rallied", "rally"]) && sent.is(t1, &["behind", "around", "support"]) {
        return true;
    }
    // "went on strike", "a general strike", "strike action": labour, not arms
    if sent.is(t0, &["strike", "strikes"])
        && (NOT_ARMED_STRIKE.contains(&prev) || sent.is(t1, &["action", "ballot", "pay"]))
    {
        return true;
    }
    // cue words count outside names ("National League for Democracy" is no
    // sport, nor is the "Chhatra League" no list knows; the "Premier League" is)
    let in_name = |i: usize| {
        i > sent.first
            && sent.word(i) == "League"
            && sent.word(i - 1).starts_with(char::is_uppercase)
            && !sent.is(
                i - 1,
                &[
                    "Premier",
                    "Champions",
                    "Europa",
                    "Nations",
                    "Super",
                    "Major",
                    "Rugby",
                    "Football",
                ],
            )
    };
    // a score ("Argentina beat France 4-2"; "7–1", whose dash ends the
    // clause) is a game's
    let digits = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
    // (tested by first byte: this runs for every frame that may be a game's)
    let score = |i: usize| {
        let w = sent.word(i);
        match w.as_bytes().first() {
            Some(b) if b.is_ascii_digit() => w
                .split_once('-')
                .is_some_and(|(a, b)| digits(a) && digits(b)),
            Some(b'-' | 0xE2) => {
                matches!(w, "–" | "-")
                    && i > c0
                    && i + 1 < sent.last
                    && digits(sent.word(i - 1))
                    && digits(sent.word(i + 1))
            }
            _ => false,
        }
    };
    let game_kind = matches!(
        kind,
        EventKind::Attack | EventKind::Takeover | EventKind::Meeting
    );
    // "stormed to a nine-wicket victory", "captured top spot", "met in the
    // Wimbledon final", "stormed to victory in the election": what is won
    let prize = |i: usize| {
        sent.is(
            i,
            &[
                "win",
                "victory",
                "title",
                "trophy",
                "final",
                "spot",
                "medal",
                "landslide",
                "majority",
            ],
        )
    };
    if (c0..c1).any(|i| sent.mention_at(i).is_none() && sent.has(i, cue::SPORT) && !in_name(i))
        || (game_kind && (t1..(c1 + 1).min(sent.last)).any(score))
        || (game_kind && (t1..c1.min(t1 + 6)).any(prize))
    {
        return true;
    }
    // ("has driven President Moreno to move his government out of the
    // capital": what one is driven to do, no one driven out)
    let out_of = (t1..c1.min(t1 + 10))
        .take_while(|&i| !sent.is(i, &["to"]))
        .any(|i| {
            (sent.is(i, &["out"]) && sent.is(i + 1, &["of"]))
                // ("rebels drove government forces from the town"; not
                // "drove from Kabul", a journey)
                || (i > t1
                    && sent.is(i, &["from"])
                    && (t1..i).any(|k| {
                        sent.mention_at(k).is_some_and(|x| {
                            sent.is_armed(x)
                        })
                    })
                    // (past "the town of")
                    && (i + 1..c1.min(i + 5))
                        .find_map(|k| sent.mention_at(k))
                        .is_some_and(|x| matches!(sent.m(x).what, What::Place(_))))
        });
    if matches!(word, "drove" | "driven" | "pushed" | "expelled") && !out_of {
        return true;
    }
    // "fired hundreds of rockets into Israel": firing is an attack when a projectile follows
    // ("fired on a minivan", "fired at the convoy", "fired into crowds": at
    // a target, an attack)
    // ("two rockets were fired from the Gaza Strip": so does one before it)
    // ("gunmen fired from a militia compound on protesters": past where from)
    let from_somewhere = || {
        sent.is(t1, &["from"])
            && (t1 + 2..c1.min(t1 + 9)).any(|i| {
                sent.is(i, &["on", "at", "upon", "into"])
                    && sent.mention_at(i + 1).is_some_and(|x| sent.is_actor(x))
            })
    };
    if sent.has(t0, cue::FIRING)
        && !(t0 + 1..c1.min(t1 + 5)).any(|i| sent.has(i, cue::PROJECTILES))
        && !(t0.saturating_sub(4).max(c0)..t0).any(|i| sent.has(i, cue::PROJECTILES))
        && !sent.is(t1, &["on", "at", "upon", "into"])
        && !from_somewhere()
    {
        return true;
    }
    // "fired into the air to hold them back", "fired warning shots in the
    // air": shots at no one
    if sent.has(t0, cue::FIRING)
        && (t1..c1.min(t1 + 6)).any(|i| {
            sent.is(i, &["air", "sky"])
                && sent.is(i - 1, &["the"])
                && sent.is(i - 2, &["into", "in"])
        })
        && !harms(sent, t1, c1)
    {
        return true;
    }
    // "fired tear gas to disperse the crowd" (or "to stop a crowd") is crowd
    // control; firing it at the crowd, or killing in it, is an attack
    if kind == EventKind::Attack
        && (t1..c1.min(t1 + 6)).any(|i| {
            sent.is(i, &["disperse"])
                || (sent.is(i, &["stop", "prevent", "block", "push"]) && sent.is(i - 1, &["to"]))
        })
        && !(t1..c1.min(t1 + 6)).any(|i| sent.is(i, &["at", "on", "into"]))
        && !harms(sent, t1, c1)
    {
        return true;
    }
    // "a car bomb exploded": going off is an attack when an explosive went off
    if kind == EventKind::Attack
        && sent.has(t0, cue::EXPLODING)
        && !(c0..t0).any(|i| sent.has(i, cue::EXPLOSIVES))
    {
        return true;
    }
    false
}

/// The kind the trigger at `t0..t1`, ending its clause at `c1`, tells where
/// a word list gave `kind`: a gathering to talk is a meeting, a burning to
/// death an attack.
pub(super) fn reread_kind(
    sent: &Sent<'_>,
    kind: EventKind,
    t0: usize,
    t1: usize,
    c1: usize,
) -> EventKind {
    // "NATO defence ministers gathered in Brussels to discuss aid": a
    // gathering to talk is a meeting
    // (or "gathered in Baghdad for a conference")
    if kind == EventKind::Protest
        && sent.is(t0, &["gathered", "assembled"])
        && (t1..c1).any(|i| {
            (sent.is(i, &["to"]) && sent.is(i + 1, &["discuss", "review", "consider", "agree"]))
                || (sent.is(i, &["for"])
                    && (i + 1..c1.min(i + 4)).any(|k| sent.has(k, cue::TALK_NOUNS)))
        })
    {
        EventKind::Meeting
    } else if kind == EventKind::Protest
        && sent.is(t0, &["burned", "burnt"])
        && (t1..(t1 + 7).min(c1)).any(|i| sent.is(i, &["to"]) && sent.is(i + 1, &["death"]))
    {
        // "rebels burned about 80 students to death": a killing, not a
        // protest's fire
        EventKind::Attack
    } else if kind == EventKind::Arrest
        && (t1..(t1 + 5).min(c1))
            .find_map(|i| sent.mention_at(i))
            .is_some_and(|x| sent.is_facility(x) && sent.is(sent.m(x).last - 1, VESSELS))
    {
        // "British forces detained an Iranian supertanker": a ship held is
        // taken, not arrested
        EventKind::Takeover
    } else {
        kind
    }
}

/// "a new stage of terror by the invading forces": whether the trigger at
/// `site`, a verb form (not `is_noun`), is a participle that qualifies the
/// actors after it and tells no event.
pub(super) fn qualifying_participle(sent: &Sent<'_>, site: &Site, is_noun: bool) -> bool {
    let Site {
        kind, t0, t1, c0, ..
    } = *site;
    let word = sent.lower(t0);
    !is_noun
        && matches!(kind, EventKind::Attack | EventKind::Takeover)
        && word.ends_with("ing")
        && t0 > c0
        && sent.is(t0 - 1, &["the", "a", "an", "its", "their", "his", "her"])
        && sent.mention_at(t1).is_some_and(|x| sent.is_actor(x))
}
