//! Further parties named past a verb's object: the ones named among
//! those taken, those detained "along with" them, whom a participle ("firing
//! at", ", killing") struck, the protesters a participle describes.

use super::*;

/// Adds to the frame `d` at `site` the parties named past its verb's
/// object.
pub(super) fn further_parties(sent: &Sent<'_>, site: &Site, d: &mut Draft) {
    let Site {
        m, t0, t1, c0, c1, ..
    } = *site;
    // "detained those at the meeting, including protest leader Suthep
    // Thaugsuban and Jatuporn Prompan", "1,000 people were detained, among
    // them Navalny's wife": the ones named among those taken
    // (and those taken hostage: "taken about 20 people hostage, including
    // police officers and local officials")
    if (!d.is_noun || sent.has(t0, cue::HOSTAGE_NOUNS))
        && matches!(d.kind, EventKind::Arrest | EventKind::Kidnapping)
    {
        for a in named_among(sent, t1) {
            if sent.is_actor(a) && !d.actors.iter().any(|&(b, _)| b == a) {
                d.actors.push((a, Role::Target));
            }
        }
    }
    // "troops attacked protesting students": the participle's protesters
    // are the ones it describes, not the clause's subject
    if d.kind == EventKind::Protest
        && !d.is_noun
        && t1 == t0 + 1
        && t0 > c0
        && sent.mention_at(t0 - 1).is_none_or(|x| !sent.is_actor(x))
        && describes_next(sent, m, c1)
    {
        let described =
            (sent.mentions_before(t1)..sent.mentions_before(c1)).find(|&x| sent.is_actor(x));
        if let Some(x) = described {
            d.actors = vec![(x, Role::Initiator)];
        }
    }
    // "arrested Bassem Awadallah ... along with several other people": those
    // detained with the ones named (no other event told between; not
    // kidnappings, whose "along with" as often names what was taken too)
    // (a passive one names more captives: "27 students were kidnapped
    // along with staff members")
    if !d.is_noun && (d.kind == EventKind::Arrest || (d.kind == EventKind::Kidnapping && d.passive))
    {
        let end = sent.last.min(t1 + ALONG_REACH);
        let along = (t1..end).find(|&i| sent.is(i, &["along"]) && sent.is(i + 1, &["with"]));
        // (a kidnapping's own "along with", not the next verb's: "who had
        // been abducted in Gao, was freed along with ...")
        let own = |w: usize| {
            d.kind == EventKind::Arrest
                || !(t1..w).any(|i| sent.has(i, cue::BE) || sent.is(i, &[","]))
        };
        if let Some(w) = along.filter(|&w| !sent.trigger_between(t1, w) && own(w)) {
            for a in after_preposition(sent, w + 1, end, &["with"]) {
                if sent.is_party(a) && !d.actors.iter().any(|&(b, _)| b == a) {
                    d.actors.push((a, Role::Target));
                }
            }
        }
    }
    // "stormed the camp, firing live rounds at demonstrators": whom it fired on
    if d.kind == EventKind::Attack {
        let firing = (t1 + 1..c1).find(|&h| sent.is(h - 1, &[","]) && sent.is(h, &["firing"]));
        if let Some(h) = firing {
            for a in after_preposition(sent, h + 1, c1, &["at", "on"]) {
                if sent.is_actor(a) && !sent.has(sent.m(a).first, cue::PROJECTILES) {
                    add_actor(&mut d.actors, a, Role::Target);
                }
            }
        }
    }
    // "stormed the hotel, killing six civilians and three soldiers": the
    // ones killed were its targets
    if d.kind == EventKind::Attack {
        let participle = (t1 + 1..c1).find(|&h| {
            // (past an adverb: ", lightly wounding two people")
            let comma = if sent.lower(h - 1).ends_with("ly") {
                h - 2
            } else {
                h - 1
            };
            sent.is(comma, &[","]) && sent.is(h, CASUALTY_PARTICIPLES)
        });
        // not a participle of another verb coordinated in between ("attacked
        // X and abducted Y, killing ..."); "the occupied West Bank" is none
        let own = participle.filter(|&h| {
            (t1 + 1..h).all(|i| {
                sent.mention_at(i).is_none_or(|x| !sent.is_trigger(x))
                    || !sent.is(i - 1, &["and", ","])
            })
        });
        if let Some(h) = own {
            let mut killed = object(sent, h + 1, c1).0;
            // "..., killing four civilians, among them businessman Peshraw Dizayee"
            let named = killed.last().and_then(|&a| {
                let k = sent.m(a).last;
                (sent.is(k, &[","]) && sent.is(k + 1, &["including", "among"])).then_some(k + 1)
            });
            if let Some(k) = named {
                let from = if sent.is(k + 1, &["them"]) {
                    k + 2
                } else {
                    k + 1
                };
                killed.extend(object(sent, from, c1).0);
            }
            for a in killed.into_iter().filter(|&a| sent.is_actor(a)) {
                add_actor(&mut d.actors, a, Role::Target);
            }
        }
    }
}
