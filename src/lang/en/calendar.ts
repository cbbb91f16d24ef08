import { monthWords } from '../index.js';
import { EN } from './index.js';
import { EVENT_SUBJECT_NOUNS, PERPETRATOR_WORDS } from './quantities.js';

/**
 * English month names and abbreviations (lower case, with and without the dot), as
 * written in news copy. Derived from the lexicon (./index.ts), where the months are listed once.
 */
export const MONTHS: ReadonlySet<string> = monthWords(EN, { bare: true, dotted: true });

/**
 * The tense of a date's clause (src/read/date-spans.ts): words before a bare weekday that put it
 * in the future ("will meet Friday", "the scheduled vote on Tuesday", "the upcoming summit").
 */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'scheduled', 'planned', 'plans', 'expected', 'upcoming', 'forthcoming',
]);
/** Future only before "to" + a verb ("is set to open", "are due to meet"): "due to the storm" is a cause. */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'due']);
/** Present forms of "be" that make a plan before "to" + a verb: "is to be buried", "are to meet". */
export const PLAN_BE: ReadonlySet<string> = new Set(['is', 'are', "'s", "'re", 'am']);
/** Past forms of "be" before "to be": "was to be held Tuesday" may be a plan that fell through. */
export const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);
/**
 * Reported future: "the mayor said the town would hold a memorial on Sunday". Not before
 * "have" ("would have turned 80 on Sunday" is a past that did not happen).
 */
export const REPORTED_FUTURE = 'would';
export const PERFECT_HAVE: ReadonlySet<string> = new Set(['have', "'ve"]);
/**
 * "next" names a coming day ("the next hearing on Tuesday") except in "the next day/morning …"
 * of a narrative, "next of kin" and "next to" (a place).
 */
export const NEXT_WORD = 'next';
export const NARRATIVE_NEXT: ReadonlySet<string> = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'of', 'to', 'door']);
/** Present-tense verbs of a timetable: "the summit ends on Thursday" speaks of the coming Thursday. */
export const TIMETABLE_VERBS: ReadonlySet<string> = new Set([
  'ends', 'begins', 'starts', 'opens', 'closes', 'resumes', 'continues', 'runs', 'concludes', 'reopens',
]);
/** Present forms that a lemma differs from but that are not past ("is" -> be). */
export const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);
/**
 * Relative words: a cue after a date and past one of these is in a clause about a noun, not the
 * date's ("recovered bodies on Wednesday from the snow that buried the camp"); a date between
 * one of these and a comma is in such a clause ("the minister, who visited on Wednesday, said …").
 */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * The moment of an event a date names (src/kinds/date.ts `eventMoment`): a summit, trial or
 * festival spans days, and "began on Thursday" and "ended on Friday" date two moments of it.
 * Verbs and nouns of its start and of its end; an ordinal day ("the second day") names a day of it.
 * Not "open" and "close": adjectives more often ("an open letter", "a close aide").
 */
export const EVENT_START_WORDS: ReadonlySet<string> = new Set([
  'began', 'begin', 'begins', 'beginning', 'begun', 'opened', 'opens', 'opening', 'started', 'start', 'starts',
  'starting', 'convened', 'convenes', 'launched', 'kicked', 'kicks', 'inaugurated', 'commenced', 'commences',
]);
export const EVENT_END_WORDS: ReadonlySet<string> = new Set([
  'ended', 'end', 'ends', 'ending', 'closed', 'closes', 'closing', 'concluded', 'conclude', 'concludes',
  'concluding', 'wrapped', 'wraps', 'adjourned', 'finished', 'culminated', 'culminating',
]);
/** Ordinal words of "the second day", "the final day": the day of the event they name ('end' for the last one). */
export const EVENT_DAY_ORDINALS: Readonly<Record<string, string>> = {
  first: 'start', opening: 'start', second: 'day 2', third: 'day 3', fourth: 'day 4', fifth: 'day 5', sixth: 'day 6',
  seventh: 'day 7', '2nd': 'day 2', '3rd': 'day 3', '4th': 'day 4', '5th': 'day 5', final: 'end', last: 'end', closing: 'end',
};
/** "Day two of the summit": the number after "day". */
export const EVENT_DAY_NUMBERS: Readonly<Record<string, string>> = {
  one: 'start', '1': 'start', two: 'day 2', '2': 'day 2', three: 'day 3', '3': 'day 3', four: 'day 4', '4': 'day 4',
  five: 'day 5', '5': 'day 5',
};
/** The nouns of a day of an event ("the second day", "the final session"). */
export const EVENT_DAY_NOUNS: ReadonlySet<string> = new Set(['day', 'session', 'sitting']);
/**
 * Words of an event that spans days ("a two-day summit", "a weeklong festival", "three days of
 * talks"): a date beside one and no moment may be any of its days.
 */
export const SPAN_COUNTS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'several', 'multi', '2', '3', '4', '5', '6', '7', '10',
]);
export const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks']);
export const SPAN_WORDS: ReadonlySet<string> = new Set(['weeklong', 'week-long', 'days-long', 'multiday', 'multi-day']);

/**
 * Words of the incident a disaster story is about (src/kinds/date.ts `incidentOf`): a date in
 * the same clause as one of them dates the incident ("the ferry capsized late Monday", "died in
 * the crush on Saturday", "the stampede on Sunday morning"), so two versions that each date it
 * once may be compared even when their sentences are worded apart. Not "killed" or "died": a
 * death in hospital days later is dated by them too ("died in hospital on Tuesday").
 */
export const INCIDENT_WORDS: ReadonlySet<string> = new Set([
  'capsized', 'capsize', 'capsizing', 'sank', 'sunk', 'sinking', 'overturned', 'derailed', 'derailment',
  'stampede', 'crush', 'collapsed', 'collapse', 'crash', 'crashed', 'quake', 'earthquake', 'struck',
  'explosion', 'exploded', 'blast', 'erupted', 'eruption', 'landslide', 'shooting', 'shootings', 'gunfire', 'attack',
  'tragedy', 'massacre', 'rampage', 'jolted', 'rocked', 'tremor', 'temblor',
]);

/**
 * Cue words of what already happened: a day after the copy's own is never theirs (the incident's
 * words, and its verbs of harm and arrest).
 */
export const PAST_ONLY_CUES: ReadonlySet<string> = new Set([
  ...INCIDENT_WORDS, 'killed', 'killing', 'shot', 'died', 'dead', 'arrested', 'charged', 'charges', 'hit', 'happened', 'explosion', 'fire',
]);

/**
 * Nouns of the incident only right after a possessive date ("Thursday's disaster"): alone they
 * name an agency or a plan as often ("disaster officials said", "the disaster office").
 */
export const POSSESSED_INCIDENT_WORDS: ReadonlySet<string> = new Set(['disaster']);

/**
 * Nouns of an incident nobody schedules: a weekday that owns one ("after Saturday's 7.9
 * magnitude quake", "That would make Wednesday's temblor the worst since 1980") names a day
 * already past, whatever the tense of the clause around it. A funeral or a vote may be ahead.
 */
export const UNPLANNED_INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  ...EVENT_SUBJECT_NOUNS, ...POSSESSED_INCIDENT_WORDS, 'temblor', 'tremor', 'aftershock', 'massacre', 'rampage', 'tragedy',
]);
/** How many words a possessive weekday's incident noun may stand after it ("Saturday's [massive 7.9 magnitude] quake"). */
export const POSSESSED_INCIDENT_REACH = 4;

/**
 * Nouns of a ceremony that is planned, not happened by default: a bare weekday after one in a
 * sentence with no past verb ("from his arrival in Washington to his burial in Texas on
 * Thursday", "His burial on Thursday will be private") is the coming day.
 */
export const PLANNED_CEREMONY_NOUNS: ReadonlySet<string> = new Set([
  'burial', 'funeral', 'memorial', 'vigil', 'interment', 'service', 'mass', 'procession', 'wake',
]);
/** How many words before a weekday its ceremony noun may stand ("burial [in Texas on] Thursday"). */
export const CEREMONY_NOUN_REACH = 5;

/**
 * The events a date may be tied to (src/read/date-events.ts `dateEvent`), each a class of its
 * own: the story's incident (INCIDENT_WORDS), and the ceremonies of a mourning story, which are
 * different events on different days ("a state memorial service on Saturday", "will be buried
 * privately on Sunday", "a candlelight vigil on Tuesday evening", the coffin "lay in state" for
 * three days). Dates of two classes are never one fact. Not "bury": "prepared to bury" and
 * "will bury" are plans, not a burial dated by the clause.
 */
export const EVENT_INCIDENT = 'incident';
export const EVENT_MEMORIAL = 'memorial';
export const EVENT_FUNERAL = 'funeral';
/**
 * A state funeral is a ceremony of its own beside the family's funeral service and burial of the
 * days after ("the state funeral at the cathedral on Wednesday", "a funeral service will be held
 * in Houston on Thursday"): the word before "funeral" that makes it one.
 */
export const STATE_FUNERAL = 'state funeral';
export const STATE_CEREMONY_LEADS: ReadonlySet<string> = new Set(['state']);
/** A word of a farewell that names no ceremony ("paid its final respects", "bid farewell"): the story's one ceremony, when it names one. */
export const EVENT_CEREMONY = 'ceremony';
export const EVENT_CLASS_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...INCIDENT_WORDS].map((w) => [w, EVENT_INCIDENT])),
  memorial: EVENT_MEMORIAL, memorials: EVENT_MEMORIAL,
  funeral: EVENT_FUNERAL, funerals: EVENT_FUNERAL,
  burial: 'burial', burials: 'burial', buried: 'burial', interred: 'burial', interment: 'burial', graveside: 'burial',
  vigil: 'vigil', vigils: 'vigil',
  farewell: EVENT_CEREMONY, goodbye: EVENT_CEREMONY,
  // "gathered on Wednesday to honor X", "paid tribute on Tuesday": a farewell that names no ceremony
  ...Object.fromEntries(['tribute', 'tributes', 'honor', 'honour', 'honored', 'honoured', 'honoring', 'honouring'].map((w) => [w, EVENT_CEREMONY])),
};
/**
 * Words that name an event only beside another word (nearest first): "opened fire", "shot dead",
 * "was shot", "fired at the crowd", "a gunman killed", "laid to rest", "final respects", "lay in state". `before`:
 * the words right before the word, nearest first (each a set of choices); `after`: the word right after.
 */
export interface EventPhrase {
  before?: ReadonlyArray<ReadonlySet<string>>;
  after?: ReadonlySet<string>;
  event: string;
}
const LIE_WORDS: ReadonlySet<string> = new Set(['lay', 'lain', 'lie', 'lies', 'lying']);
/**
 * What "hit" or "shook" is the incident's verb after ("an earthquake hit …", "the quake that hit
 * Xianfeng County in southwest China's Sichuan Province on Monday"): alone, "hit" is as often a
 * car's, a market's or "the hardest-hit district".
 */
const HIT_SUBJECTS: ReadonlySet<string> = new Set([
  'quake', 'earthquake', 'tremor', 'aftershock', 'tsunami', 'typhoon', 'cyclone', 'hurricane', 'storm', 'tornado',
  'landslide', 'mudslide', 'avalanche', 'flood', 'floods', 'blast', 'explosion',
]);
const HIT_PHRASES: readonly EventPhrase[] = [
  { before: [HIT_SUBJECTS], event: EVENT_INCIDENT },
  { before: [new Set(['that', 'which']), HIT_SUBJECTS], event: EVENT_INCIDENT },
];
const OPEN_WORDS: ReadonlySet<string> = new Set(['opened', 'open', 'opening', 'opens']);
export const EVENT_PHRASES: Readonly<Record<string, readonly EventPhrase[]>> = {
  fire: [{ before: [OPEN_WORDS], event: EVENT_INCIDENT }],
  hit: HIT_PHRASES,
  shook: HIT_PHRASES,
  // "A gunman killed four people at a bank on Tuesday": the attack's own verb, not a later death
  killed: [{ before: [PERPETRATOR_WORDS], event: EVENT_INCIDENT }],
  ...Object.fromEntries([...OPEN_WORDS].map((w) => [w, [{ after: new Set(['fire']), event: EVENT_INCIDENT }]])),
  shot: [
    { after: new Set(['dead']), event: EVENT_INCIDENT },
    { before: [new Set(['was', 'were', 'been', 'fatally'])], event: EVENT_INCIDENT },
  ],
  // not "was fired" (a dismissal, a salute): fired at someone
  fired: [{ after: new Set(['at', 'into', 'upon', 'shots', 'indiscriminately', 'randomly']), event: EVENT_INCIDENT }],
  rest: [{ before: [new Set(['to']), new Set(['laid', 'lay', 'be'])], event: 'burial' }],
  respects: [{ before: [new Set(['final', 'last'])], event: EVENT_CEREMONY }],
  // "packed a stadium on Tuesday to celebrate the life of X"
  life: [{ before: [new Set(['the']), new Set(['celebrate', 'celebrated', 'celebrating'])], event: EVENT_CEREMONY }],
  state: [{ before: [new Set(['in']), LIE_WORDS], event: 'lying in state' }],
};
/**
 * Words right before an incident's word that make it another incident than the one the story
 * dates ("In a separate attack on Sunday", "last Sunday's earlier quake", "a similar blast").
 */
export const OTHER_INCIDENT_WORDS: ReadonlySet<string> = new Set(['separate', 'another', 'earlier', 'previous', 'prior', 'similar']);
/**
 * Words right before a ceremony's word that make it another one of its kind than the story's
 * first ("a second vigil on Wednesday evening", "another memorial service", "a new march"):
 * its date is that ceremony's, no restatement of the first one's.
 */
export const OTHER_CEREMONY_WORDS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'another', 'separate', 'new', 'fresh', 'further']);
/**
 * Closing a place, not ending an event: "schools will be closed on Wednesday and Thursday",
 * "the road remained closed until Friday". The verb of an end (EVENT_END_WORDS) after one of
 * these nouns (CLOSURE_REACH words before it at most, in its clause) dates no moment of the event.
 */
export const CLOSED_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'school', 'schools', 'campus', 'campuses', 'classes', 'road', 'roads', 'highway', 'highways', 'street', 'streets',
  'bridge', 'bridges', 'airport', 'airports', 'border', 'borders', 'crossing', 'crossings', 'office', 'offices',
  'business', 'businesses', 'shop', 'shops', 'store', 'stores', 'market', 'markets', 'bank', 'banks', 'port', 'ports',
  'station', 'stations', 'park', 'parks', 'church', 'churches', 'building', 'buildings', 'mall', 'museum', 'museums',
  'beach', 'beaches', 'line', 'lines', 'tunnel', 'pass', 'district', 'library', 'libraries', 'courthouse',
]);
export const CLOSURE_REACH = 6;
/** Words of a figure that sizes the incident, not a count that dates another act ("Tuesday's magnitude 6.4 quake"). */
export const INCIDENT_SIZE_WORDS: ReadonlySet<string> = new Set(['magnitude']);
/** The class of an incident that OTHER_INCIDENT_WORDS set apart from the story's. */
export const EVENT_OTHER_INCIDENT = 'another incident';
/**
 * Units of a span between two moments: "on Tuesday, a day after a strong earthquake", "on Tuesday
 * morning, more than 28 hours after the quake", "two days before the blast": the event after
 * "after"/"before" is not the date's (src/read/date-events.ts, src/extract/date.ts).
 */
export const OFFSET_UNITS: ReadonlySet<string> = new Set([
  'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years',
]);
export const OFFSET_WORDS: ReadonlySet<string> = new Set(['after', 'before']);

/**
 * The classes a farewell word (EVENT_CEREMONY) stands for: a version that names one of them and
 * not the other says which ceremony it is ("paid its final respects" in a story of a memorial service).
 */
export const MAIN_CEREMONIES: ReadonlySet<string> = new Set([EVENT_MEMORIAL, EVENT_FUNERAL]);
/**
 * Verbs right after a date that are the event itself, not another act ("Mourners on Saturday
 * gathered for a memorial service", "on Sunday paid their final respects"); any other verb there
 * takes the date ("Prosecutors on Thursday charged the suspect in the shooting": the charge's).
 */
export const EVENT_LIGHT_VERBS: ReadonlySet<string> = new Set([
  'held', 'hold', 'holds', 'paid', 'pay', 'pays', 'bid', 'bade',
]);
/**
 * Words between a date and an incident word that give the date to something else: a relative
 * word (the incident is a noun's: "arrested the owner of a ferry that capsized"), a verb of
 * saying ("said on Monday the ferry sank"). A figure between them does too (src/kinds/date.ts
 * `incidentOf`: "the toll from the blast rose to 31 on Monday" dates the toll).
 */
export const INCIDENT_STOPS: ReadonlySet<string> = new Set([...RELATIVE_WORDS, 'said', 'says', 'told', 'say']);
/**
 * Verbs of saying whose date right after them ("officials said on Sunday", "police said Sunday")
 * is the statement's: a date there tied to no event's word dates nothing a date rule compares.
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'added', 'stated', 'reported']);
/** Labels of a live page's entry ("Update 3:19 a.m. EDT Oct. 2: …", "UPDATED Sept. 30 —"): the date stamps the entry. */
export const UPDATE_STAMP_LABELS: ReadonlySet<string> = new Set(['update', 'updated', 'updates', 'latest', 'breaking']);
/** How many words a stamp's date and time may take before its colon or dash. */
export const UPDATE_STAMP_WORDS = 8;
/**
 * Verbs of a count's change whose new level and then a date ("the toll climbed to 142 on
 * Wednesday", "rose to 31 on Monday") date the change: tied to no event's word, no event date.
 */
export const LEVEL_CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'jumped', 'increased', 'grew', 'soared', 'topped', 'passed',
]);
/**
 * Verbs of a later death: a date after one dates the death, however far the incident's word lies
 * before it ("A teller wounded in the attack died in hospital on Thursday").
 */
export const DEATH_VERBS: ReadonlySet<string> = new Set(['died', 'dies', 'succumbed', 'succumbs']);
/** How many words from a date an incident word is looked for (src/kinds/date.ts `incidentOf`). */
export const INCIDENT_REACH = 8;

/** Relative pronouns that open a clause on a noun ("a ferry that capsized"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/**
 * Acts of a sentence's main verb that a date after a relative clause on its object belongs to
 * ("Prosecutors charged the captain of a ferry that capsized … with manslaughter on Saturday").
 */
export const ACTS_BEFORE_RELATIVE: ReadonlySet<string> = new Set([
  'charged', 'arrested', 'detained', 'sentenced', 'convicted', 'indicted', 'jailed', 'questioned', 'sued', 'fined',
  'accused', 'blamed', 'suspended', 'fired', 'dismissed', 'honoured', 'honored', 'visited', 'buried', 'mourned',
]);

/**
 * Words of a date near midnight: a late hour of one day ("late Friday", "Friday night") and an
 * early hour of the next ("early Saturday", "Saturday morning") may be one moment in two time
 * zones (src/kinds/date.ts). A strong word on one side is enough ("late Friday" and "Saturday");
 * a weak one needs its pair on the other side ("Friday evening" and "Saturday morning").
 */
export const LATE_HOURS = { strong: new Set(['late', 'overnight']), weak: new Set(['night', 'evening', 'tonight']) } as const;
export const EARLY_HOURS = { strong: new Set(['early', 'dawn', 'pre-dawn', 'predawn']), weak: new Set(['morning']) } as const;

/** Marks of a clock time ("8 a.m.", "4:30 p.m."): a date's own words (src/read/date-events.ts `clockWord`). */
export const CLOCK_MARKS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm']);
/** Words of a clock time between "as of" and its day ("as of 8 p.m. Tuesday", "as of late Tuesday local time"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([...CLOCK_MARKS, ':', 'late', 'early', 'local', 'time']);
/** Words before a date that opens its sentence ("On Wednesday, …", "Late on Tuesday, …"). */
export const FRONTING_WORDS: ReadonlySet<string> = new Set(['on', 'early', 'late', 'last', 'this']);
/** Verbs of harm that a date after them dates together with the incident ("were killed on Sunday when a quake struck"). */
export const HARM_VERBS: ReadonlySet<string> = new Set(['killed', 'died', 'injured', 'wounded', 'hurt', 'trapped', 'buried', 'missing']);
