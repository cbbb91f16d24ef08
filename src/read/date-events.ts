/**
 * Which event a date is tied to (the date of an event: src/extract/date.ts, src/kinds/date.ts):
 * the story's incident ("a student opened fire at the school on Tuesday", "in Tuesday's shooting",
 * "Monday's quake"), or one of the ceremonies of a mourning story ("a state memorial service on
 * Saturday", "will be buried privately on Sunday", "a vigil on Tuesday evening"). Each is a class
 * of its own (lang/en/calendar.ts EVENT_CLASS_WORDS, EVENT_PHRASES): dates of two classes are two
 * events, never one fact told two ways.
 *
 * The word is looked for among the date's own words, nearest first, up to INCIDENT_REACH words
 * either side (articles, prepositions and names not counted), and not past a clause end, a comma, another date, a verb of saying or a relative
 * word (INCIDENT_STOPS) or a figure, which give the date to another act ("said on Monday the
 * ferry sank", "the toll from the blast rose to 31 on Monday"). A verb right after the date takes
 * it ("Prosecutors on Thursday charged the suspect in the shooting": the charge's), unless it is
 * the event's own ("on Sunday paid their final respects"). Both sides name one: the nearer; a
 * farewell word ("final respects", "bid farewell") gives way to a ceremony's own word.
 */
import { EN } from '../lang/en/index.js';
import {
  CLOSED_PLACE_NOUNS, CLOSURE_REACH, EVENT_FUNERAL, STATE_CEREMONY_LEADS, STATE_FUNERAL, EVENT_END_WORDS, DEATH_VERBS, EVENT_CEREMONY, EVENT_CLASS_WORDS, EVENT_INCIDENT, EVENT_LIGHT_VERBS, EVENT_OTHER_INCIDENT, EVENT_PHRASES,
  INCIDENT_REACH, INCIDENT_SIZE_WORDS, INCIDENT_STOPS, INCIDENT_WORDS, MAIN_CEREMONIES, MONTHS, OFFSET_UNITS, OFFSET_WORDS, OTHER_CEREMONY_WORDS, OTHER_INCIDENT_WORDS,
  POSSESSED_INCIDENT_WORDS, ACTS_BEFORE_RELATIVE, RELATIVE_PRONOUNS, CLOCK_MARKS, FRONTING_WORDS, HARM_VERBS, type EventPhrase,
} from '../lang/en/calendar.js';
import type { Token } from '../types.js';
import type { Extent } from './words.js';

const CLASS_OF: ReadonlyMap<string, string> = new Map(Object.entries(EVENT_CLASS_WORDS));
const PHRASES_OF: ReadonlyMap<string, readonly EventPhrase[]> = new Map(Object.entries(EVENT_PHRASES));
/** Words that end a date's own words: a clause end, a comma. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Words that name another date: the words past one are that date's ("may" is a verb far more often). */
const DATE_WORDS: ReadonlySet<string> = new Set([...EN.calendar.weekdays, ...[...MONTHS].filter((m) => m !== 'may'), 'today', 'yesterday', 'tonight', 'tomorrow']);
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(EN.numbers.units), ...Object.keys(EN.numbers.tens)]);
const DIGIT = /\d/;

const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === '’s');

/**
 * The event the word at `k` names, alone or with its neighbours ("opened fire", "laid to rest"),
 * else null; an incident set apart by a word before it ("a separate attack") is another one.
 */
function eventAt(tokens: readonly Token[], k: number): string | null {
  const event = eventWordAt(tokens, k);
  if (event === null || describesNoun(tokens, k)) return null;
  const others = event === EVENT_INCIDENT ? OTHER_INCIDENT_WORDS : OTHER_CEREMONY_WORDS;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    if (others.has((tokens[j] as Token).lower)) return event === EVENT_INCIDENT ? EVENT_OTHER_INCIDENT : `another ${event}`;
  }
  return event;
}

/**
 * Whether the verb at `k` is a participle describing the noun after it ("an overturned ferry",
 * "the collapsed building", "a capsized boat"): the thing as it is now, no act a date near it
 * dates ("recovered bodies from an overturned ferry on Friday" dates the recovery).
 */
export function describesNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.lower.endsWith('ed') && !t.lower.endsWith('en')) return false;
  let j = k - 1;
  if (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'ADJ') j--;
  const next = tokens[k + 1];
  return tokens[j]?.pos === 'DET' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/**
 * Whether the cue at `hit` closes a place, not an event ("schools will be closed on Wednesday",
 * CLOSED_PLACE_NOUNS): an end verb with such a noun shortly before it in its clause.
 */
export function closesPlace(tokens: readonly Token[], hit: Extent): boolean {
  if (!EVENT_END_WORDS.has(tokens[hit.start]?.lower ?? '')) return false;
  for (let k = hit.start - 1; k >= 0 && k >= hit.start - CLOSURE_REACH; k--) {
    const w = (tokens[k] as Token).lower;
    if (CLAUSE_ENDS.has(w)) return false;
    if (CLOSED_PLACE_NOUNS.has(w)) return true;
  }
  return false;
}

/** Whether the word at `k` is "after"/"before" a span ("a day after", "28 hours after"): what follows is another moment. */
export function offsetAt(tokens: readonly Token[], k: number): boolean {
  return OFFSET_WORDS.has((tokens[k] as Token).lower) && OFFSET_UNITS.has(tokens[k - 1]?.lower ?? '');
}

function eventWordAt(tokens: readonly Token[], k: number): string | null {
  const w = (tokens[k] as Token).lower;
  const event = CLASS_OF.get(w);
  if (event === EVENT_FUNERAL && STATE_CEREMONY_LEADS.has(tokens[k - 1]?.lower ?? '')) return STATE_FUNERAL;
  if (event !== undefined) return event;
  const phrases = PHRASES_OF.get(w);
  if (phrases === undefined) return null;
  for (const p of phrases) {
    if (p.after !== undefined && !p.after.has(tokens[k + 1]?.lower ?? '')) continue;
    if (p.before !== undefined && !p.before.every((choices, j) => choices.has(tokens[k - 1 - j]?.lower ?? ''))) continue;
    return p.event;
  }
  return null;
}

interface Hit {
  event: string;
  /** Words between the date and the event's word. */
  distance: number;
}

/** Whether the word at `k` ends the date's own words (before any test of an event word). */
function endsOwnWords(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (CLAUSE_ENDS.has(t.lower)) return !placeComma(tokens, k);
  return DATE_WORDS.has(t.lower);
}


/**
 * Whether the word at `k` is part of a clock time beside the date ("shortly before 8 a.m. Tuesday",
 * "at 4:30 p.m. on Sunday"): the date's own words, no figure that gives it to another act.
 */
function clockWord(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  if (CLOCK_MARKS.has(w)) return true;
  return DIGIT.test(w) && (CLOCK_MARKS.has(tokens[k + 1]?.lower ?? '') || w.includes(':') || tokens[k + 1]?.text === ':' || tokens[k - 1]?.text === ':');
}

/** Names of at most this many words stand between the two commas of a place ("in Brayton, Ohio, on Thursday"). */
const PLACE_NAME_WORDS = 3;

/** Whether the names from `from` on, in direction `step`, run to a comma within PLACE_NAME_WORDS: that comma's position, else -1. */
function namesToComma(tokens: readonly Token[], from: number, step: 1 | -1): number {
  for (let j = from, n = 0; n <= PLACE_NAME_WORDS; j += step, n++) {
    const t = tokens[j];
    if (t === undefined) return -1;
    if (t.text === ',') return n > 0 ? j : -1;
    if (t.pos !== 'PROPN') return -1;
  }
  return -1;
}

/**
 * Whether the comma at `k` is one of the two that set off a place's region after its name ("shot
 * three students at a school in Brayton, Ohio, on Thursday"; "Xianfeng, Sichuan,"): a name before
 * the first, names only between them. The date's clause runs on over them.
 */
function placeComma(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ',') return false;
  const first = namesToComma(tokens, k - 1, -1); // k is the second comma
  if (first >= 0 && tokens[first - 1]?.pos === 'PROPN') return true;
  const second = namesToComma(tokens, k + 1, 1); // k is the first comma
  return second >= 0 && tokens[k - 1]?.pos === 'PROPN';
}

/** Whether the word at `k` is a figure of the incident's size ("magnitude 6.4", "6.4-magnitude"), not a count. */
function sizeAt(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  if (INCIDENT_SIZE_WORDS.has(w)) return true;
  if (!DIGIT.test(w)) return false;
  const after = tokens[k + 1]?.lower === '-' ? k + 2 : k + 1; // "6.4-magnitude" is three tokens
  return INCIDENT_SIZE_WORDS.has(tokens[k - 1]?.lower ?? '') || INCIDENT_SIZE_WORDS.has(tokens[after]?.lower ?? '');
}

/** Whether the word at `k`, which names no event, gives the date to another act (a verb of saying, a relative word, a figure). */
function stops(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  return INCIDENT_STOPS.has(w) || ((NUMBER_WORDS.has(w) || DIGIT.test(w)) && !sizeAt(tokens, k) && !compoundModifier(tokens, k));
}

/** A figure glued by a hyphen to the noun after it ("the 90,000-seat stadium", "a 15-year-old"): a modifier, no count. */
function compoundModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const dash = tokens[k + 1];
  const next = tokens[k + 2];
  return dash !== undefined && next !== undefined && (dash.text === '-' || dash.text === '–') && dash.start === t.end && next.start === dash.end;
}

/** A verb right before or after the date (past "on") that names no event takes the date ("died on Thursday", "on Thursday charged"). */
function takesDate(t: Token): boolean {
  return t.pos === 'VERB' && !EVENT_LIGHT_VERBS.has(t.lower);
}

/**
 * Words that do not count towards INCIDENT_REACH: articles, prepositions and names, so that a place
 * does not part a verb from its date ("opened fire at a secondary school in the Marrovian town of
 * Kesselby on Tuesday morning"). At most twice as many tokens are read.
 */
const UNCOUNTED: ReadonlySet<string> = new Set(['ADP', 'DET', 'PROPN']);
const TOKEN_REACH = 2 * INCIDENT_REACH;

function eventBefore(tokens: readonly Token[], start: number): Hit | null {
  for (let k = start - 1, words = 0; k >= 0 && words < INCIDENT_REACH && start - k <= TOKEN_REACH; k--) {
    const t = tokens[k] as Token;
    if (endsOwnWords(tokens, k)) return null;
    if (t.pos === 'PUNCT' || isPossessive(t) || clockWord(tokens, k)) continue;
    const event = eventAt(tokens, k);
    // "Survivors of Saturday's quake slept in tents on Sunday": the quake is Saturday's; "charged the
    // captain of a ferry that capsized … with manslaughter on Saturday": the charge is Saturday's
    if (event !== null) return datedByPossessive(tokens, k) || describedByClause(tokens, k) ? null : { event, distance: words };
    if (stops(tokens, k)) return figureOfEvent(tokens, k, words);
    if (DEATH_VERBS.has(t.lower)) return null; // "wounded in the attack died in hospital on Thursday": the death's
    // "a girl wounded in a shooting … died on Thursday": the death is dated, not the shooting
    if (words === 0 && takesDate(t)) return null;
    if (!UNCOUNTED.has(t.pos) && !sizeAt(tokens, k)) words++;
  }
  return null;
}

/**
 * Whether the event word at `k` opens a relative clause on a noun ("a ferry that capsized") whose
 * sentence's main verb before it is an act of its own (ACTS_BEFORE_RELATIVE: "charged", "arrested"):
 * a date after the clause is that act's.
 */
function describedByClause(tokens: readonly Token[], k: number): boolean {
  if (!RELATIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? '')) return false;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 2; j >= 0 && (tokens[j] as Token).sentence === sentence; j--) {
    if (ACTS_BEFORE_RELATIVE.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** Adjectives that may stand between a possessive date and its event ("Saturday's deadly quake"). */
const POSSESSED_ADJECTIVES = 2;

/** Whether the event word at `k` is a date's in the possessive ("Saturday's quake", "Monday's deadly blast"). */
function datedByPossessive(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - 1 - j < POSSESSED_ADJECTIVES && tokens[j]?.pos === 'ADJ') j--;
  return isPossessive(tokens[j]) && DATE_WORDS.has(tokens[j - 1]?.lower ?? '');
}

/**
 * The event whose word governs the figure at `k` ("A gunman killed four people at a bank on
 * Tuesday": the figure is the attack's object, not another act's), else null: the figure stops.
 */
function figureOfEvent(tokens: readonly Token[], k: number, words: number): Hit | null {
  if (k < 1 || INCIDENT_STOPS.has((tokens[k] as Token).lower)) return null;
  // "shot dead three students …": the event's phrase ends right before the figure
  const event = eventAt(tokens, k - 1) ?? (endsPhrase(tokens, k - 2) ? eventAt(tokens, k - 2) : null);
  return event === null ? null : { event, distance: words + 1 };
}

/** Whether the word at `k` opens an event phrase whose word after it ends it ("shot dead"). */
function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  return PHRASES_OF.get(tokens[k]?.lower ?? '')?.some((p) => p.after?.has(next) === true) ?? false;
}

/**
 * Whether the date at `extent` is a possessive on a word of the incident ("Thursday's collapse",
 * INCIDENT_WORDS) or on a noun that is the incident's only there ("Thursday's disaster":
 * POSSESSED_INCIDENT_WORDS). A rule that dates the incident takes it without a cue of its own
 * (src/extract/date.ts): "the toll from the collapse rose on Wednesday" dates no collapse.
 */
export function possessedIncident(tokens: readonly Token[], extent: Extent): boolean {
  const next = tokens[extent.end + 1]?.lower ?? '';
  return isPossessive(tokens[extent.end]) && (POSSESSED_INCIDENT_WORDS.has(next) || INCIDENT_WORDS.has(next));
}

/** Marks that end a dateline before the lede's first word ("WINDER, Ga. (AP) — On Wednesday, …"). */
const DATELINE_ENDS: ReadonlySet<string> = new Set(['—', '–', '-', '--']);

/** Whether the date starting at `start` opens its sentence (past a dateline), a comma right after it. */
function frontedDate(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  let k = start - 1;
  while (k >= 0 && start - k <= 2 && FRONTING_WORDS.has(tokens[k]?.lower ?? '') && tokens[k]?.sentence === tokens[start]?.sentence) k--;
  const before = tokens[k];
  return before === undefined || before.sentence !== tokens[start]?.sentence || DATELINE_ENDS.has(before.text);
}

function eventAfter(tokens: readonly Token[], start: number, end: number): Hit | null {
  if (possessedIncident(tokens, { start: end, end })) return { event: EVENT_INCIDENT, distance: 0 }; // "Thursday's disaster"
  // "… Monday after a deadly earthquake devastated …": what follows "after" is another moment
  if (OFFSET_WORDS.has(tokens[end]?.lower ?? '')) return null;
  // "On Wednesday, Apalachee High School in Winder, Georgia, was the scene of a … shooting": the comma
  // after a date that opens its sentence ends nothing, and the subject's names may run long
  const fronted = frontedDate(tokens, start, end);
  const reach = fronted ? TOKEN_REACH + INCIDENT_REACH : TOKEN_REACH;
  // "Tuesday's shooting": the possessive is the date's own
  for (let k = isPossessive(tokens[end]) || fronted ? end + 1 : end, words = 0, passed = 0; k < tokens.length && words < INCIDENT_REACH && k - end < reach; k++) {
    const t = tokens[k] as Token;
    if (endsOwnWords(tokens, k)) return null;
    if (t.pos === 'PUNCT' || isPossessive(t) || clockWord(tokens, k)) continue;
    const event = eventAt(tokens, k);
    if (event !== null) return { event, distance: words };
    if (stops(tokens, k) || offsetAt(tokens, k)) return null; // "on Tuesday, a day after a strong earthquake"
    // "Prosecutors on Thursday charged …": the verb right after the date is the dated act; not past
    // a subject of its own ("On February 14, Cruz entered the school … and opened fire")
    if (passed === 0 && takesDate(t)) return null;
    passed++;
    if (!UNCOUNTED.has(t.pos) && !sizeAt(tokens, k)) words++;
  }
  return null;
}


/** Whether a verb of another act stands right before the date (past "on"): "scrambled today", "searched on Monday". */
function actBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.lower === 'on') k--;
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && takesDate(t) && eventAt(tokens, k) === null && !HARM_VERBS.has(t.lower);
}

/**
 * The event (a class of lang/en/calendar.ts EVENT_CLASS_WORDS) that the date at `extent` of a
 * sentence's words is tied to, or null. EVENT_CEREMONY: a farewell that names no ceremony
 * (`mainCeremony` says which one the story's is).
 */
export function dateEvent(tokens: readonly Token[], extent: Extent): string | null {
  const before = eventBefore(tokens, extent.start);
  // "Rescuers scrambled today to find survivors of the earthquake": the date is the verb's before it
  // ("will attend Saturday's memorial service": a possessive date is the noun's after it, whatever the verb)
  const after = actBefore(tokens, extent.start) && !isPossessive(tokens[extent.end]) ? null : eventAfter(tokens, extent.start, extent.end);
  if (before === null || after === null) return (before ?? after)?.event ?? null;
  if (before.event === after.event) return before.event;
  if (before.event === EVENT_CEREMONY) return after.event;
  if (after.event === EVENT_CEREMONY) return before.event;
  if (before.distance === after.distance) return null; // two events, as near: which one, the copy does not say
  return before.distance < after.distance ? before.event : after.event;
}

/**
 * The ceremony a mourning story is about, for a farewell word that names none ("Sarvania paid its
 * final respects to … on Sunday" in a copy about the memorial service): the one class of
 * MAIN_CEREMONIES that the document's words name ("memorial", "funeral"), else null (a copy
 * that names both, or neither, does not say which).
 */
export function mainCeremony(tokens: readonly Token[]): string | null {
  let found: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const event = CLASS_OF.get((tokens[k] as Token).lower);
    if (event === undefined || !MAIN_CEREMONIES.has(event) || event === found) continue;
    if (found !== null) return null;
    found = event;
  }
  return found;
}
