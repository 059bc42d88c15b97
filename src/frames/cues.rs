//! Closed word classes that the frame rules look at.

use crate::mentions::SPORT;

/// Words that end a clause: a trigger's arguments are looked for inside its clause.
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "when",
    "while",
    "whereas",
    "because",
    "although",
    "though",
    "since",
    "until",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "whether",
    "if",
    "unless",
    "despite",
    "following",
    "amid",
    "as",
];

/// Forms of "be" that make a following participle passive.
pub(crate) const BE: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "'s"];

/// Adverbs allowed between an auxiliary and its verb.
pub(crate) const ADVERBS: &[&str] = &[
    "also",
    "reportedly",
    "allegedly",
    "later",
    "then",
    "briefly",
    "already",
    "first",
    "finally",
    "subsequently",
    "initially",
    "apparently",
    "not",
    "never",
    "just",
    "recently",
    "eventually",
    // ("was being heavily shelled by", "have since fired rockets")
    "since",
    "again",
    "still",
    "once",
    // ("the militants could next march on Pemba")
    "next",
    "heavily",
    "repeatedly",
    "brutally",
    "violently",
    "forcibly",
    "fatally",
    "badly",
    "seriously",
    "severely",
    "deliberately",
    "secretly",
    "illegally",
    "unlawfully",
    "arbitrarily",
    "temporarily",
    "formally",
    "officially",
    "successfully",
    "jointly",
    "quickly",
    "swiftly",
    "immediately",
    "previously",
];

/// Modal and future cues: an event under them is not reported as having happened.
pub(crate) const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "shall", "must", "can", "'ll", "’ll",
];

/// Cues anywhere in the clause that make the event planned, feared or hypothetical.
pub(crate) const HYPOTHETICAL: &[&str] = &[
    "likely",
    "unlikely",
    "possible",
    "possibly",
    "expected",
    "plan",
    "plans",
    "planned",
    "planning",
    "threatened",
    "threatens",
    "threaten",
    "vowed",
    "vows",
    "promised",
    "promises",
    "if",
    "unless",
    "whether",
    "potential",
    "imminent",
    "future",
    "further",
    "ready",
    "intends",
    "intended",
    "aims",
    "aim",
    "wants",
    "sought",
    "seeks",
    "prepared",
    "preparing",
    "scheduled",
    "due",
    "accused",
    "accusing",
    "accuses",
    "warrant",
    "warrants",
    "risk",
    "risks",
    "risked",
    "afraid",
    "feared",
    "fears",
];

/// Negation cues before a trigger.
pub(crate) const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "denied", "denies", "deny", "denying", "without", "neither",
    "nor", "failed", "refused",
];

/// Cues of a habitual or ongoing event, which has no single date.
pub(crate) const HABITUAL: &[&str] = &[
    "continues",
    "continue",
    "continuing",
    "frequently",
    "regularly",
    "often",
    "routinely",
    "repeatedly",
    "usually",
    "increasingly",
    "uptick",
    "wave",
];

/// Prepositions after which an actor is not the subject ("the Coalition against IS met").
pub(crate) const BLOCKING_PREPOSITIONS: &[&str] = &[
    "against", "for", "on", "over", "from", "at", "in", "into", "to", "near", "about", "with",
    "by", "under", "outside", "inside", "across", "toward", "towards", "via", "during", "through",
    "off",
];

/// Prepositions that introduce the place of an event.
pub(crate) const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "on",
    "into",
    "throughout",
    // ("kidnapped ten sailors from a tugboat off the southern Philippines")
    "off",
];

/// Verbs of a force leaving a place, whose subject lost it ("after the army
/// withdrew", "as Kurdish forces pulled back").
pub(crate) const WITHDREW: &[&str] = &["pulled", "withdrew", "retreated", "fled", "abandoned"];

/// What is met that is no party to a meeting ("meeting little resistance",
/// "met the demands", "met their deaths").
pub(crate) const NOT_MET: &[&str] = &[
    "resistance",
    "demand",
    "demands",
    "needs",
    "deadline",
    "target",
    "targets",
    "requirements",
    "criteria",
    "expectations",
    "standards",
    "obligations",
    "death",
    "deaths",
    "fate",
    "goal",
    "goals",
    "threshold",
    "quota",
];

/// What an act is "met with" that is a reaction, not a meeting ("met with
/// condemnation from Washington").
pub(crate) const REACTIONS: &[&str] = &[
    "condemnation",
    "condemnations",
    "criticism",
    "outrage",
    "anger",
    "praise",
    "scepticism",
    "skepticism",
    "derision",
    "opposition",
    "approval",
    "applause",
    "silence",
    "protests",
    "dismay",
    "concern",
    "alarm",
    "disbelief",
    "resistance",
    "fury",
];

/// Nouns that name a motive before "for", "to" or "against" ("in
/// retaliation for", "revenge for", "in response to").
pub(crate) const MOTIVES: &[&str] = &["retaliation", "revenge", "reprisal", "response"];

/// Verbs that ask for an event, which has not happened ("demanded an
/// emergency meeting").
pub(crate) const REQUESTING: &[&str] = &[
    "demanded",
    "demanding",
    "requested",
    "requesting",
    "sought",
    "seeking",
    "proposed",
    "proposing",
];

/// Nouns of intention, which "no" denies ("had no interest in seizing").
pub(crate) const INTENTIONS: &[&str] =
    &["interest", "intention", "plans", "plan", "desire", "wish"];

/// Nouns of talks, whose "on" or "about" names a subject ("talks on Syria").
pub(crate) const TALK_NOUNS: &[&str] = &[
    "talks",
    "discussions",
    "negotiations",
    "conference",
    "summit",
    "meeting",
    "consultations",
];

/// Verbs of acts only talked over, when a gerund follows ("discussed
/// storming the Capitol", "talked of blowing up a bridge").
pub(crate) const TALKED_OVER: &[&str] = &[
    "discussed",
    "discussing",
    "considered",
    "considering",
    "contemplated",
    "contemplating",
    "plotted",
    "plotting",
    "planned",
    "planning",
    "talked",
    "spoke",
    "spoken",
    "spake",
    "fantasized",
];

/// Parts of a day, which go on from the last day told ("By dawn the
/// rebels had occupied ...").
pub(crate) const DAY_PARTS: &[&str] = &[
    "dawn",
    "dusk",
    "morning",
    "afternoon",
    "evening",
    "nightfall",
    "midnight",
    "noon",
];

/// Words of an accusation before "of", "with" or "for" ("the gunman
/// suspected of killing 39 people on New Year's Day"): the date they
/// name is the crime's.
pub(crate) const ACCUSATIONS: &[&str] = &[
    "suspected",
    "accused",
    "accusing",
    "charged",
    "convicted",
    "wanted",
];

/// Words of a crowd's anger, whose "over" names what caused it ("in fury
/// over the fatal shooting of a boy").
pub(crate) const ANGER: &[&str] = &["fury", "anger", "outrage", "rage"];

/// "and again": the same event told on a second day.
pub(crate) const AGAIN: &[&str] = &["again"];

/// Nouns of what an attack hits that an abstract word may modify: "an
/// election office", "a campaign rally".
pub(crate) const HIT_NOUNS: &[&str] = &[
    "office",
    "offices",
    "officials",
    "official",
    "workers",
    "commission",
    "booth",
    "booths",
    "centre",
    "center",
    "rally",
    "rallies",
    "candidate",
    "candidates",
    "event",
];

/// Verbs that deny what was reported ("The army dismissed the claims").
pub(crate) const DENYING: &[&str] = &["dismissed", "denied", "rejected", "refuted"];

/// Verbs of taking part in a meeting named as their object or subject
/// ("attended the talks", "the talks, attended by the UN envoy", "they were
/// joined by X"). Not "presided over" or "chaired": news does not count the
/// chair a party.
pub(crate) const ATTENDING: &[&str] = &["attended", "joined"];

/// Participles that count the casualties of what was just told: ",
/// killing six civilians".
pub(crate) const CASUALTY_PARTICIPLES: &[&str] = &["killing", "wounding", "injuring"];

/// Dispersing a crowd: "fired tear gas to disperse demonstrators".
pub(crate) const DISPERSING: &[&str] = &["disperse", "dispersed", "dispersing"];

/// Verbs of hosting: "hosted the talks", "hosts about a million refugees".
pub(crate) const HOSTING: &[&str] = &["hosts", "hosted", "host", "hosting"];

/// Words that may stand between the members of a coordinated subject.
pub(crate) const CONNECTORS: &[&str] = &[
    "and", ",", "the", "both", "other", "&", "its", "their", "his", "her",
];

/// Verbs whose object is an event noun and whose subject is its initiator
/// ("the group continues to launch attacks", "Boko Haram carried out the
/// kidnapping", "the NTJ was behind the attacks": "behind" after a form of "be").
pub(crate) const SUPPORT_VERBS: &[&str] = &[
    "behind",
    "launch",
    "launched",
    "launches",
    "launching",
    "carry",
    "carried",
    "carries",
    "carrying",
    "conduct",
    "conducted",
    "conducts",
    "stage",
    "staged",
    "stages",
    "mount",
    "mounted",
    "claimed",
    "claim",
    "claims",
    "began",
    "begun",
    "begin",
    "begins",
    "held",
    "hold",
    "holds",
    "holding",
    "led",
    "leads",
    "spearheaded",
    "addressed",
    "addressing",
    "joined",
    "join",
    "joins",
    "joining",
    "organised",
    "organized",
    "staging",
    "conducting",
    "mounting",
    "took",
    "taken",
    "taking",
    "holding",
    "seized",
    "threw",
    "throwing",
    "hurled",
    "hurling",
    "lobbed",
    "chaired",
    "chairs",
    "chairing",
    "co-chaired",
    "co-chairs",
    "co-chairing",
    "attended",
    "attends",
    "attending",
    "pressed",
    "pressing",
    "intensified",
    "resumed",
    "renewed",
    "continued",
    "escalated",
];

/// Verbs after an event noun whose object is the target ("a strike on Beirut killed X").
pub(crate) const HARM_VERBS: &[&str] = &[
    "killed",
    "wounded",
    "injured",
    "hit",
    "destroyed",
    "targeted",
    "killing",
    "wounding",
    "injuring",
    "struck",
];

/// Objects of "attacked" that make it criticism, not violence, and the
/// media criticism goes through ("attacked him on Twitter").
pub(crate) const ABSTRACT_OBJECTS: &[&str] = &[
    "twitter",
    "tweet",
    "tweets",
    "budget",
    "handling",
    "u-turn",
    "decision",
    "decisions",
    "policy",
    "policies",
    "rule",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "remarks",
    "comments",
    "record",
    "deal",
    "bill",
    "law",
    "move",
    "ruling",
    "verdict",
    "report",
    "statement",
    "idea",
    "approach",
    "strategy",
    "leadership",
    "performance",
    "reform",
    "reforms",
    "government's",
    "speech",
    "stance",
    "position",
    "response",
    "refusal",
    "embargo",
    "sanctions",
    "failure",
    "inaction",
    "rhetoric",
    "credibility",
    "claims",
    "claim",
    "agenda",
    "tax",
    "taxes",
    "deals",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "treaty",
    "accusations",
    "measure",
    "measures",
    "negotiations",
    "class",
    "establishment",
    "elite",
    "elites",
    "system",
    "rhetoric",
    "narrative",
    "coverage",
    "initiative",
    "vote",
    "election",
    "elections",
    "process",
    "tone",
    "chord",
    "note",
    "balance",
    "compromise",
    "overhaul",
    "overhauls",
    "crackdown",
    "crackdowns",
    "what",
];

/// Subjects that make "attacked" criticism.
pub(crate) const CRITICS: &[&str] = &[
    "critics",
    "critic",
    "opponents",
    "detractors",
    "commentators",
];

/// Words before "attack" that make it medical or figurative.
pub(crate) const NOT_VIOLENT: &[&str] = &[
    "heart",
    "food",
    "alcohol",
    "monoxide",
    "mercury",
    "lead",
    "panic",
    "asthma",
    "anxiety",
    "verbal",
    "personal",
    "rhetorical",
    "scathing",
    "cyber",
    "stinging",
    "blistering",
    "political",
];

/// Context words of a corporate takeover.
pub(crate) const CORPORATE: &[&str] = &[
    "$",
    "billion",
    "million",
    "shares",
    "shareholders",
    "bid",
    "deal",
    "company",
    "firm",
    "acquisition",
    "maker",
    "merger",
    "stake",
    "investors",
    "corporate",
    "hostile",
    "board",
];

/// Objects of "seized" or "took" that are not places.
pub(crate) const NOT_TERRITORY: &[&str] = &[
    "power",
    "seats",
    "votes",
    "majority",
    "streets",
    "opportunity",
    "initiative",
    "momentum",
    "lead",
    "chance",
    "assets",
    "drugs",
    "weapons",
    "vehicles",
    "livestock",
    "cattle",
    "cash",
    "passports",
    "documents",
    "ballots",
    "records",
    "files",
    "laptops",
    "goods",
    "cargo",
    "property",
    "materials",
    "arms",
    "guns",
    "gun",
    "rifles",
    "rifle",
    "pistols",
    "pistol",
    "firearms",
    "firearm",
    "weapon",
    "grenades",
    "grenade",
    "vehicle",
    "cars",
    "car",
    "trucks",
    "truck",
    "tonnes",
    "tons",
    "kilograms",
    "armour",
    "armor",
    "ammunition",
    "explosives",
    "detonators",
    "cocaine",
    "heroin",
    "money",
    "equipment",
    "phones",
    "computers",
    "devices",
    "shipment",
    "evidence",
    "finances",
    "funds",
    "operations",
    "management",
    "duties",
    "responsibility",
    "leadership",
    "investigation",
    "case",
    // what a camera, a story or a team captures ("footage captured the
    // scale of the devastation", "captured the title")
    "scale",
    "moment",
    "mood",
    "attention",
    "imagination",
    "hearts",
    "essence",
    "image",
    "images",
    "spirit",
    "headlines",
    "title",
    "titles",
    "trophy",
    "medal",
    "championship",
];

/// Determiners that make an event noun refer back to one already reported.
pub(crate) const DEFINITE: &[&str] = &[
    "the", "this", "that", "his", "her", "its", "their", "these", "those",
];

/// Superlatives and ordinals in "it was the largest abduction since": a comparison, not a new event.
pub(crate) const COMPARATIVE: &[&str] = &[
    "largest",
    "biggest",
    "boldest",
    "fiercest",
    "heaviest",
    "deadliest",
    "worst",
    "first",
    "latest",
    "last",
    "most",
    "bloodiest",
    "second",
    "third",
    "only",
];

/// Killing and aiming verbs: an attack only when an armed actor does it to
/// someone ("security forces killed five militants", "militants targeted a
/// convoy"), not in "was killed in a crash" or "the sanctions targeted banks".
pub(crate) const KILLING: &[&str] = &[
    "killed",
    "shot dead",
    "gunned down",
    "shot",
    "targeted",
    "hit",
];

/// Where people taken are held in custody: "was taken to the Ramo Verde
/// military jail".
pub(crate) const CUSTODY_PLACES: &[&str] = &[
    "jail",
    "prison",
    "custody",
    "detention",
    "station",
    "cell",
    "cells",
];

/// Mishaps that kill: "was killed in a car crash", "killed in a landslide".
pub(crate) const MISHAPS: &[&str] = &[
    "crash",
    "accident",
    "collision",
    "flood",
    "floods",
    "flooding",
    "earthquake",
    "landslide",
    "avalanche",
    "fire",
    "blaze",
    "storm",
    "stampede",
    "lightning",
    "heart",
    "illness",
    "disease",
    "overdose",
];

/// Forces of nature: what they strike is no attack ("Storm Daniel struck
/// the coast", "an earthquake hit the region").
pub(crate) const NATURAL_FORCES: &[&str] = &[
    "storm",
    "hurricane",
    "cyclone",
    "typhoon",
    "earthquake",
    "quake",
    "tornado",
    "flood",
    "floods",
    "lightning",
    "tsunami",
    "wildfire",
    "wildfires",
    "drought",
    "waves",
    "wave",
    "eruption",
    "ash",
];

/// Breaking into a place: an attack only by armed men or protesters ("protesters
/// broke into the residence"), not "thieves broke into a shop".
pub(crate) const INTRUSION: &[&str] = &[
    "broke into",
    "forced their way into",
    "forced its way into",
    "forced their way through",
    "forced its way through",
    "fought their way into",
    "shot their way into",
    "shot his way into",
    "forced his way into",
];

/// Things taken in a takeover that the gazetteer does not list as places
/// ("seized the nuclear power plant", "overran the army base").
pub(crate) const FACILITIES: &[&str] = &[
    "plant",
    "airport",
    "base",
    "palace",
    "building",
    "buildings",
    "headquarters",
    "town",
    "city",
    "village",
    "villages",
    "territory",
    "positions",
    "posts",
    "outposts",
    "checkpoint",
    "crossing",
    "crossings",
    "port",
    "harbour",
    "harbor",
    "dam",
    "bridge",
    "camp",
    "barracks",
    "prison",
    "compound",
    "oilfield",
    "oilfields",
    "towns",
    "cities",
    "bases",
    "airports",
    "plants",
    "refineries",
    "mines",
    "districts",
    "camps",
    "refinery",
    "mine",
    "district",
    "province",
    "offices",
    "ministry",
    "parliament",
    "station",
    "capital",
    "region",
    "area",
    "outpost",
    "garrison",
    "terminal",
    "warehouse",
    "depot",
    "factory",
    "stadium",
    "grounds",
    "library",
    "school",
    "hospital",
    "university",
    "campus",
    "mosque",
    "church",
    "embassy",
    "consulate",
    "theatre",
    "theater",
    "mall",
    "chamber",
];

/// Owners a facility is named for, who lose it when it is taken ("the
/// police headquarters", "the army base").
pub(crate) const FACILITY_OWNERS: &[&str] = &[
    "police",
    "army",
    "military",
    "government",
    "security",
    "navy",
    "naval",
    "rebel",
];

/// Words before "strike" that make it a labour strike or a hunger strike.
pub(crate) const NOT_ARMED_STRIKE: &[&str] = &[
    "on",
    "hunger",
    "general",
    "labour",
    "labor",
    "nationwide",
    "national",
    "workers",
    "teachers",
    "doctors",
    "rail",
    "transport",
    "union",
    "one-day",
    "indefinite",
    "wildcat",
    "lucky",
];

/// Nouns of hostage-taking and custody, whose captives stand between the
/// verb and them ("took 49 consulate staff hostage", "took Duterte into
/// custody": the trigger "into custody" starts with "into").
pub(crate) const HOSTAGE_NOUNS: &[&str] = &["hostage", "hostages", "captive", "into", "at"];

/// Verbs whose subject, an event noun, reaches the place after them
/// ("protests swept Badinan", "clashes rocked Tripoli").
pub(crate) const SPREAD_VERBS: &[&str] = &[
    "swept",
    "rocked",
    "shook",
    "roiled",
    "engulfed",
    "gripped",
    "spread",
    "erupted",
    "broke",
    "began",
    "begun",
    "started",
    "resumed",
    "continued",
    "flared",
    "escalated",
];

/// Verbs of receiving, a meeting only between named parties ("received the
/// Iraqi prime minister"; not "received reports", "received missiles").
pub(crate) const RECEIVING: &[&str] = &["received", "receives", "welcomed"];

/// Verbs of gathering and blocking, what crowds do, and vigils: a protest
/// only when protesters do it or the sentence says what they demand
/// ("demonstrators gathered", "protesters blocked the streets",
/// "demonstrators burned flags", "held a vigil, demanding an inquiry"; not
/// "mourners gathered", "police blocked the protesters", "the fire burned
/// homes", "a vigil for the victims").
pub(crate) const GATHERING: &[&str] = &[
    "gathered",
    "gathering",
    "filled",
    "packed",
    "thronged",
    "converged",
    "camped",
    "assembled",
    "blocked",
    "blocking",
    "burned",
    "burnt",
    "waved",
    "defied",
    "vigil",
    "vigils",
    "poured",
];

/// What protesters do: "farmers blocked roads in Brussels to protest" is a
/// protest, the infinitive its purpose.
pub(crate) const PROTEST_ACTIONS: &[&str] = &[
    "blocked",
    "gathered",
    "marched",
    "rallied",
    "assembled",
    "staged",
    "occupied",
    "burned",
    "burnt",
    "shut",
    "walked",
    "chanted",
    "waved",
    "defied",
    "defying",
    "blockaded",
    "camped",
    "picketed",
    "braved",
    "climbed",
    "glued",
    "parked",
    "filled",
    "converged",
    "lined",
    "formed",
    "held",
    "sprayed",
    "dumped",
    "hurled",
    "threw",
];

/// Verbs that are an attack only with a projectile after them or a target
/// right after "on" or "at" ("fired rockets", "fired on a minivan").
pub(crate) const FIRING: &[&str] = &[
    "fired",
    "firing",
    "launched",
    "launching",
    "hurled",
    "lobbed",
    "threw",
];

/// What is fired in an attack.
pub(crate) const PROJECTILES: &[&str] = &[
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "mortars",
    "mortar",
    "shells",
    "drones",
    "drone",
    "projectiles",
    "grenades",
    "grenade",
    "artillery",
    "bullets",
    "rounds",
    "shots",
    "salvo",
    "barrage",
    // crowd control: "fired tear gas at protesters"
    "tear",
    "teargas",
    "cannon",
    "cannons",
    "pellets",
    "ammunition",
    // what crowds throw: "hurled rocks and petrol bombs at riot police"
    "rocks",
    "stones",
    "bricks",
    "bottles",
    "petrol",
    "firebombs",
];

/// Reporting verbs: a date right after one is when something was said.
pub(crate) const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "announced",
    "confirmed",
    "reported",
    "added",
    "stated",
    "claimed",
    // papers made public: "according to court papers unsealed on Thursday"
    "unsealed",
    "published",
];

/// Modifiers that make an event noun a kind of event ("similar attacks").
pub(crate) const NON_SPECIFIC: &[&str] = &[
    "similar",
    "such",
    "previous",
    "past",
    "frequent",
    "repeated",
    "possible",
    "future",
    "any",
    // an event plotted or feared has not happened: "plotting an attack",
    // "amid fears of attacks"
    "plotting",
    "plotted",
    "fears",
    // "simulating attacks on the island's ports": a drill
    "simulating",
    "simulated",
    "mock",
    // "its earlier attempts at peace talks": tries, not talks held
    "attempts",
];

/// Verbs that are an attack only when an explosive goes off or hits ("a car
/// bomb exploded", "a roadside bomb went off", "a missile slammed into a
/// market"; not "a gas tank exploded", "a car slammed into a tree").
pub(crate) const EXPLODING: &[&str] = &["exploded", "went", "slammed", "tore", "ripped"];

/// What goes off in an attack.
pub(crate) const EXPLOSIVES: &[&str] = &[
    "bomb",
    "bombs",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "device",
    "devices",
    "explosives",
    "ied",
    "ieds",
    "mine",
    "mines",
    "landmine",
    "grenade",
    "grenades",
    "shell",
    "shells",
    "vest",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "drone",
    "drones",
    "mortar",
    "mortars",
    // ("a vehicle packed with 80 kilograms of pentolite exploded")
    "pentolite",
    "tnt",
    "dynamite",
    "semtex",
];

/// One bit per list above, for [`CUE_LISTS`].
pub(crate) mod cue {
    pub(crate) const SUBORDINATORS: u64 = 1 << 0;
    pub(crate) const BE: u64 = 1 << 1;
    pub(crate) const ADVERBS: u64 = 1 << 2;
    pub(crate) const MODALS: u64 = 1 << 3;
    pub(crate) const HYPOTHETICAL: u64 = 1 << 4;
    pub(crate) const NEGATIONS: u64 = 1 << 5;
    pub(crate) const HABITUAL: u64 = 1 << 6;
    pub(crate) const BLOCKING_PREPOSITIONS: u64 = 1 << 7;
    pub(crate) const LOCATIVES: u64 = 1 << 8;
    pub(crate) const CONNECTORS: u64 = 1 << 9;
    pub(crate) const SUPPORT_VERBS: u64 = 1 << 10;
    pub(crate) const HARM_VERBS: u64 = 1 << 11;
    pub(crate) const ABSTRACT_OBJECTS: u64 = 1 << 12;
    pub(crate) const CRITICS: u64 = 1 << 13;
    pub(crate) const NOT_VIOLENT: u64 = 1 << 14;
    pub(crate) const CORPORATE: u64 = 1 << 15;
    pub(crate) const NOT_TERRITORY: u64 = 1 << 16;
    pub(crate) const SPORT: u64 = 1 << 17;
    pub(crate) const DEFINITE: u64 = 1 << 18;
    pub(crate) const COMPARATIVE: u64 = 1 << 19;
    pub(crate) const KILLING: u64 = 1 << 20;
    pub(crate) const FACILITIES: u64 = 1 << 21;
    pub(crate) const NOT_ARMED_STRIKE: u64 = 1 << 22;
    pub(crate) const HOSTAGE_NOUNS: u64 = 1 << 23;
    pub(crate) const FIRING: u64 = 1 << 24;
    pub(crate) const PROJECTILES: u64 = 1 << 25;
    pub(crate) const REPORTING: u64 = 1 << 26;
    pub(crate) const NON_SPECIFIC: u64 = 1 << 27;
    pub(crate) const EXPLODING: u64 = 1 << 28;
    pub(crate) const EXPLOSIVES: u64 = 1 << 29;
    pub(crate) const SPREAD_VERBS: u64 = 1 << 30;
    pub(crate) const RECEIVING: u64 = 1 << 31;
    pub(crate) const GATHERING: u64 = 1 << 32;
    pub(crate) const PROTEST_ACTIONS: u64 = 1 << 33;
    pub(crate) const DENYING: u64 = 1 << 34;
    pub(crate) const MOTIVES: u64 = 1 << 35;
    pub(crate) const REQUESTING: u64 = 1 << 36;
    pub(crate) const INTENTIONS: u64 = 1 << 37;
    pub(crate) const TALK_NOUNS: u64 = 1 << 38;
    pub(crate) const ACCUSATIONS: u64 = 1 << 39;
    pub(crate) const ANGER: u64 = 1 << 40;
    pub(crate) const AGAIN: u64 = 1 << 41;
    pub(crate) const TALKED_OVER: u64 = 1 << 42;
    pub(crate) const DAY_PARTS: u64 = 1 << 43;
    pub(crate) const HIT_NOUNS: u64 = 1 << 44;
}

/// Every list above with its bit: the extractor looks each token up once in
/// all of them (see [`Doc::cues`](super::Doc)).
pub(crate) const CUE_LISTS: [(u64, &[&str]); 45] = [
    (cue::SUBORDINATORS, SUBORDINATORS),
    (cue::BE, BE),
    (cue::ADVERBS, ADVERBS),
    (cue::MODALS, MODALS),
    (cue::HYPOTHETICAL, HYPOTHETICAL),
    (cue::NEGATIONS, NEGATIONS),
    (cue::HABITUAL, HABITUAL),
    (cue::BLOCKING_PREPOSITIONS, BLOCKING_PREPOSITIONS),
    (cue::LOCATIVES, LOCATIVES),
    (cue::CONNECTORS, CONNECTORS),
    (cue::SUPPORT_VERBS, SUPPORT_VERBS),
    (cue::HARM_VERBS, HARM_VERBS),
    (cue::ABSTRACT_OBJECTS, ABSTRACT_OBJECTS),
    (cue::CRITICS, CRITICS),
    (cue::NOT_VIOLENT, NOT_VIOLENT),
    (cue::CORPORATE, CORPORATE),
    (cue::NOT_TERRITORY, NOT_TERRITORY),
    (cue::SPORT, SPORT),
    (cue::DEFINITE, DEFINITE),
    (cue::COMPARATIVE, COMPARATIVE),
    (cue::KILLING, KILLING),
    (cue::FACILITIES, FACILITIES),
    (cue::NOT_ARMED_STRIKE, NOT_ARMED_STRIKE),
    (cue::HOSTAGE_NOUNS, HOSTAGE_NOUNS),
    (cue::FIRING, FIRING),
    (cue::PROJECTILES, PROJECTILES),
    (cue::REPORTING, REPORTING),
    (cue::NON_SPECIFIC, NON_SPECIFIC),
    (cue::EXPLODING, EXPLODING),
    (cue::EXPLOSIVES, EXPLOSIVES),
    (cue::SPREAD_VERBS, SPREAD_VERBS),
    (cue::RECEIVING, RECEIVING),
    (cue::GATHERING, GATHERING),
    (cue::PROTEST_ACTIONS, PROTEST_ACTIONS),
    (cue::DENYING, DENYING),
    (cue::MOTIVES, MOTIVES),
    (cue::REQUESTING, REQUESTING),
    (cue::INTENTIONS, INTENTIONS),
    (cue::TALK_NOUNS, TALK_NOUNS),
    (cue::ACCUSATIONS, ACCUSATIONS),
    (cue::ANGER, ANGER),
    (cue::AGAIN, AGAIN),
    (cue::TALKED_OVER, TALKED_OVER),
    (cue::DAY_PARTS, DAY_PARTS),
    (cue::HIT_NOUNS, HIT_NOUNS),
];
