/**
 * English words that tell what a count of countries counts, in ceremony, summit and
 * memorial copy: "heads of state from 17 countries" (countries whose leaders came),
 * "delegations from 50 countries" (countries represented at all), "condolences from 120
 * countries", "broadcast in 40 countries". Data only; read by src/kinds/counted.ts.
 */

/** What a count of countries counts: the countries whose top leaders came. */
export const LEADER_NOUNS: ReadonlySet<string> = new Set([
  'leader', 'leaders', 'head', 'heads', 'president', 'presidents', 'premier', 'premiers', 'chancellor',
  'chancellors', 'monarch', 'monarchs', 'king', 'kings', 'queen', 'queens', 'royal', 'royals', 'emir', 'emirs',
  'sultan', 'sultans', 'ruler', 'rulers', 'sovereign', 'sovereigns', 'minister', 'ministers',
]);

/**
 * Words that make "minister(s)" a head of government ("prime ministers"); any other minister
 * ("foreign ministers") is a delegate.
 */
export const HEAD_OF_GOVERNMENT_LEADS: ReadonlySet<string> = new Set(['prime']);

/** The countries represented at all: anyone sent to stand for a country. */
export const DELEGATE_NOUNS: ReadonlySet<string> = new Set([
  'delegation', 'delegations', 'delegate', 'delegates', 'representative', 'representatives', 'envoy', 'envoys',
  'dignitary', 'dignitaries', 'official', 'officials', 'diplomat', 'diplomats', 'ambassador', 'ambassadors',
  'emissary', 'emissaries', 'guest', 'guests', 'participant', 'participants', 'attendee', 'attendees',
  'team', 'teams', 'athlete', 'athletes', 'competitor', 'competitors', 'negotiator', 'negotiators',
]);

/** The countries people in a crowd came from ("mourners from 40 countries lined the route"). */
export const CROWD_NOUNS: ReadonlySet<string> = new Set([
  'mourner', 'mourners', 'pilgrim', 'pilgrims', 'worshipper', 'worshippers', 'worshiper', 'worshipers',
  'visitor', 'visitors', 'tourist', 'tourists', 'fan', 'fans', 'spectator', 'spectators', 'people', 'faithful',
  'volunteer', 'volunteers', 'journalist', 'journalists', 'reporter', 'reporters', 'family', 'families',
  'relative', 'relatives', 'survivor', 'survivors',
]);

/** The countries the dead came from ("the victims came from 14 countries"): not anyone present. */
export const VICTIM_NOUNS: ReadonlySet<string> = new Set([
  'victim', 'victims', 'dead', 'passenger', 'passengers', 'casualty', 'casualties', 'hostage', 'hostages',
  'killed', 'missing',
]);

/** The countries that sent word: condolences, messages, tributes. */
export const CONDOLENCE_NOUNS: ReadonlySet<string> = new Set([
  'condolence', 'condolences', 'message', 'messages', 'tribute', 'tributes', 'letter', 'letters', 'telegram',
  'telegrams', 'cable', 'cables', 'sympathy', 'sympathies', 'wreath', 'wreaths', 'greetings', 'congratulations',
]);

/** The countries a ceremony was shown in ("broadcast live in 40 countries"). */
export const BROADCAST_WORDS: ReadonlySet<string> = new Set([
  'broadcast', 'broadcasts', 'televised', 'aired', 'shown', 'screened', 'streamed', 'watched', 'transmitted',
  'viewers', 'audience', 'audiences', 'television', 'tv',
]);

/** After "N countries": taking part ("28 countries were represented", "attended", "sent delegations"). */
export const TAKING_PART_WORDS: ReadonlySet<string> = new Set([
  'represented', 'attended', 'attend', 'attending', 'participated', 'participating', 'present', 'took', 'take',
  'taking',
]);

/** After "N countries": signing ("32 countries signed the accord"). */
export const SIGNING_WORDS: ReadonlySet<string> = new Set([
  'signed', 'sign', 'signing', 'signatories', 'signatory', 'ratified', 'endorsed', 'adopted', 'backed',
]);

/** The words that tie the noun before to "N countries": "from", "of", "representing". */
export const COUNTRY_LINKS: ReadonlySet<string> = new Set(['from', 'of', 'representing', 'across']);

/**
 * Words that join nouns into one group ("presidents and envoys", "leaders, ministers and
 * envoys", "royals as well as officials"): reading back over them stays in the group.
 */
export const GROUP_JOINERS: ReadonlySet<string> = new Set([
  'and', 'or', 'as', 'well', 'plus', 'of', 'state', 'government', 'foreign', 'world', 'senior', 'top', 'other',
  'high-level', 'official', 'royal', 'visiting', 'prime', 'the', 'their', 'some', 'many', 'dozens', 'hundreds',
]);

/**
 * Verbs of coming that stand between the noun and "from N countries" ("condolences poured in
 * from 120 countries", "leaders who flew in from 30 countries"): the noun before them is what came.
 */
export const ARRIVAL_WORDS: ReadonlySet<string> = new Set([
  'came', 'come', 'coming', 'arrived', 'arriving', 'poured', 'pouring', 'flowed', 'flooded', 'streamed', 'in',
  'flew', 'flown', 'travelled', 'traveled', 'who', 'had', 'have', 'has', 'were', 'was', 'all',
]);

/**
 * Counts of people by their state after a disaster or at an event (src/kinds/counted.ts
 * `peopleState`): "2,800 people were staying in tents", "evacuated 4,000 residents", "left 900
 * people homeless". Figures of one state are one fact of the story, told in whatever sentence;
 * each word names its state, and two states are never one count ("2,800 evacuated" and "4,100
 * in shelters" differ). Participles and places only: "plans to evacuate 10,000" is no state.
 */
export const PEOPLE_STATES: Readonly<Record<string, string>> = {
  tent: 'in tents', tents: 'in tents',
  shelter: 'in shelters', shelters: 'in shelters', sheltered: 'in shelters', sheltering: 'in shelters',
  camp: 'in camps', camps: 'in camps',
  // "in evacuation centres": shelters, after a word of SHELTER_CENTRE_LEADS only ("detention centres" are not)
  centre: 'in shelters', centres: 'in shelters', center: 'in shelters', centers: 'in shelters',
  evacuated: 'evacuated', evacuee: 'evacuated', evacuees: 'evacuated',
  // "About 45,000 residents have been relocated" (Chinese official copy's word for people moved out of a quake zone)
  relocated: 'relocated', resettled: 'relocated',
  displaced: 'displaced', homeless: 'homeless', stranded: 'stranded', rescued: 'rescued',
  // "Twenty-nine people survived the crash": the survivors, a count that moves as the injured die
  survived: 'survived',
  arrested: 'arrested', detained: 'detained',
  // people at work on the disaster: "Some 1,200 rescuers and soldiers were working in the area"
  working: 'at work', deployed: 'at work', searching: 'at work',
};
/**
 * States read from a phrase, not one word (src/kinds/counted.ts `phraseState`). Rescued: "alive"
 * after a verb of getting people out ("Rescuers pulled 14 people out alive", "were pulled from the
 * river alive"; not "buried alive", and not "found alive": people missing who turn up).
 */
export const RESCUED_ALIVE_VERBS: ReadonlySet<string> = new Set([
  'pulled', 'dug', 'brought', 'freed', 'plucked', 'hauled', 'extracted', 'rescued', 'carried', 'lifted', 'winched', 'airlifted', 'saved',
]);
/**
 * The words that may follow such a verb after the figure ("were pulled out alive", "were pulled from
 * the water alive", "were rescued alive"): anything else is the verb's own object, and the figure
 * counts who did the rescuing ("About 400 rescuers pulled survivors out alive").
 */
export const RESCUED_ALIVE_PARTICLES: ReadonlySet<string> = new Set(['out', 'from', 'alive', 'free']);
/**
 * Evacuated: ordered or forced to leave ("forcing 6,000 residents to evacuate", "were ordered to
 * evacuate"; not "urged to", a plea) or "under (mandatory) evacuation orders" ("under orders" when
 * the sentence speaks of evacuation).
 */
export const EVACUATION_ORDER_VERBS: ReadonlySet<string> = new Set(['forced', 'forcing', 'ordered', 'ordering', 'told', 'compelled', 'compelling']);
export const EVACUATE_INFINITIVES: ReadonlySet<string> = new Set(['evacuate']);
export const EVACUATION_ORDER_NOUNS: ReadonlySet<string> = new Set(['order', 'orders']);
/** The state "under evacuation orders" names, and the word that says a sentence is about evacuation. */
export const UNDER_ORDERS_STATE = 'evacuated';
export const EVACUATION_STEM = 'evacuat';
/** Units that count people in groups, besides the person nouns (lang/en/quantities.ts): "900 families were evacuated". */
export const PEOPLE_GROUP_UNITS: ReadonlySet<string> = new Set(['family', 'household']);
/** Nouns of a place people stay in: a state only after "in" ("in tents", "in its shelters"; not "when a tent collapsed"). */
export const PEOPLE_PLACES: ReadonlySet<string> = new Set(['tent', 'tents', 'shelter', 'shelters', 'camp', 'camps', 'centre', 'centres', 'center', 'centers']);
/** Place nouns that are shelters only after one of SHELTER_CENTRE_LEADS ("evacuation centres"; not "detention centres"). */
export const SHELTER_CENTRES: ReadonlySet<string> = new Set(['centre', 'centres', 'center', 'centers']);
export const SHELTER_CENTRE_LEADS: ReadonlySet<string> = new Set(['evacuation', 'relief', 'emergency']);
/**
 * A bare figure after a count of people that says where more of them stay: "The number of people
 * evacuated rose to 58,000, with about 31,000 still in evacuation centres", "… and 19,000 remain in
 * shelters", "…, while 9,000 remained under orders" (read/quantities.ts `withElidedPlaceUnits`): the joining word before the figure, the
 * adverbs and verbs of staying that may stand between it and "in", and how many words of the
 * place's name may come before its noun ("in makeshift relief camps").
 */
export const ELIDED_PLACE_JOINS: ReadonlySet<string> = new Set(['with', 'and', 'while', ',']);
export const ELIDED_PLACE_ADVERBS: ReadonlySet<string> = new Set(['still', 'now', 'currently']);
export const ELIDED_PLACE_VERBS: ReadonlySet<string> = new Set([
  'remain', 'remains', 'remained', 'remaining', 'were', 'are', 'stayed', 'staying', 'living', 'sleeping', 'sheltering',
]);
export const ELIDED_PLACE_MODIFIERS = 2;
export const PLACE_IN: ReadonlySet<string> = new Set(['in', 'into', 'inside']);
/** Verbs that put people in a place with "to" ("moved to relief camps", "taken to shelters"): a state as "in" is. */
export const PLACE_TO_VERBS: ReadonlySet<string> = new Set([
  'moved', 'taken', 'brought', 'sent', 'relocated', 'transferred', 'evacuated', 'bused', 'bussed', 'airlifted', 'ferried',
]);
/** State words of staying that a place after them names more closely ("sheltering in 63 relief camps": in camps). */
export const STAYING_STATES: ReadonlySet<string> = new Set(['sheltered', 'sheltering']);
/** Casualty words in the figure's clause: a toll, not people in a state ("12 people killed when a tent collapsed"). */
export const NOT_A_STATE: ReadonlySet<string> = new Set([
  'killed', 'died', 'dead', 'death', 'deaths', 'injured', 'wounded', 'hurt', 'missing', 'trapped', 'hospitalized',
  'hospitalised', 'treated',
]);
/**
 * Words that open the predicate of a share of people ("Eighty-eight of the 173 people on board
 * were rescued"): a state word after them is said of the share (88 rescued), one before them of
 * the whole ("Twelve of the 40 people evacuated were children": 40 evacuated). Read by
 * src/kinds/counted.ts `peopleState`.
 */
export const PREDICATE_AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'remain', 'remains', 'remained', 'will', 'would',
]);
/** Words just before a state word that make it a plan or a possibility ("could be evacuated", "ordered to be"). */
export const STATE_NOT_YET: ReadonlySet<string> = new Set(['be', 'to', 'being', 'not', 'never']);
/** Words around the figure that make it a part added to an earlier total ("another 300", "300 more people"). */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set(['another', 'additional', 'extra', 'further', 'more', 'new', 'other']);
/** Prepositions before a place a count is given for ("in Kelmar", "across the Dorsk valley", "the town of Vask"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'across', 'near', 'around', 'outside', 'throughout', 'at', 'of']);

/**
 * Words after a count of countries (past its helping words, PLAN_HELPERS) that make it a count of
 * those expected to come, not of those who came: "14 countries have confirmed they will attend",
 * "are expected", "are due to", "had been invited", "are set to send leaders", "plan to".
 * Read by src/kinds/counted.ts `isPlannedCount`.
 */
export const PLAN_AFTER_WORDS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'expected', 'due', 'scheduled', 'set', 'planned', 'plan', 'plans', 'planning', 'confirmed',
  'confirm', 'confirms', 'invited', 'intend', 'intends', 'pledged', 'promised', 'registered', 'likely',
]);

/**
 * Words before a count of countries, in its clause, that make it expected ("Among those expected
 * are leaders from 14 countries", "The capital will host leaders from 14 countries", "Organisers
 * expect delegations from 50 countries"). Not "confirmed" there: "officials confirmed that leaders
 * from 16 countries attended" reports a fact.
 */
export const PLAN_BEFORE_WORDS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'expected', 'expect', 'expects', 'expecting', 'invited', 'inviting', 'invites', 'awaited',
  'awaiting', 'scheduled',
]);

/** Helping words between a count of countries and its verb ("have", "had been", "that are"): read past. */
export const PLAN_HELPERS: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'are', 'is', 'were', 'was', 'been', 'be', 'they', 'that', 'which', 'who', 'also', 'all', 'now',
  'already', 'so', 'far', 'still', 'officially',
]);

/**
 * Verbs after "to" right after a count of countries, the headline's future ("Leaders from 14
 * countries to attend memorial"): the count is of those expected.
 */
export const PLAN_INFINITIVES: ReadonlySet<string> = new Set([
  'attend', 'join', 'come', 'travel', 'send', 'sign', 'gather', 'arrive', 'visit', 'take', 'be', 'meet', 'pay', 'honour',
  'honor', 'mourn', 'bid',
]);

/** Words a count's clause stops at when reading for a plan: a comparison ("more than expected", "than the 14 expected"). */
export const PLAN_STOPS: ReadonlySet<string> = new Set(['than', 'instead', 'rather', 'compared', 'against', 'despite']);
