/**
 * Date phrases of a sentence, read once for every rule and for the alignment checks:
 * - own token patterns (weekday with optional last/next/this, early/late and part of
 *   day; month + day [+ year]; day + month [+ year]; month + year; ISO dates;
 *   today/yesterday/tonight [+ part of day]; this morning, last night; last/this/next
 *   week/month/year; a capitalised month name alone, except "May"; a year 1900–2100
 *   after a preposition: "in 2022", "since 1998");
 * - wink DATE/TIME entities, adjacent ones merged ("Wednesday" + "night"), where they
 *   do not overlap an own match (this adds bare years such as "in 2022").
 * `readDates` resolves them (dates.ts); extract/date.ts keeps those a rule's cues govern.
 */
import type { DateValue, Doc, Span, Token } from '../types.js';
import { EN } from '../lang/en/index.js';
import { monthWords } from '../lang/index.js';
import {
  FUTURE_BEFORE_TO, FUTURE_MARKERS, NARRATIVE_NEXT, NEXT_WORD, PAST_BE, PERFECT_HAVE, PLAN_BE, POSSESSED_INCIDENT_REACH,
  PLANNED_CEREMONY_NOUNS, CEREMONY_NOUN_REACH, PRESENT_BE, RELATIVE_WORDS, REPORTED_FUTURE, TIMETABLE_VERBS, UNPLANNED_INCIDENT_NOUNS,
} from '../lang/en/calendar.js';
import { TIME_ZONES } from '../lang/en/places.js';
import type { Extent } from './words.js';
import { isYearNumber } from './numbers.js';
import { resolveDate, weekdayValue } from './dates.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const CAPITAL_FIRST = /^[A-Z]/;
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
const FOUR_DIGITS = /^\d{4}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const RELATIVE_WORD = /^(next|last|this)$/;

const WEEKDAYS = new Set(EN.calendar.weekdays);
/** A future marker that is as often a noun ("the plans included …"): the future only before "to". */
const PLANS_NOUN = 'plans';
const PARTS = new Set(EN.calendar.partsOfDay);
const MONTHS = monthWords(EN, { bare: true, dotted: false });
const PERIODS = new Set(EN.calendar.periods);
const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'by', 'from', 'until', 'after']);
const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'until', 'till', 'by', 'during', 'from', 'before', 'after']);
/**
 * How far a clause is searched for a word of tense: "He will be buried in a private ceremony in
 * his home town of Lahti on Sunday" has thirteen words between "will" and the day. A comma, a
 * semicolon or a relative word ("the man who died on Sunday") ends the search first.
 */
const TENSE_WORDS = 15;

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Whether token `k` makes its clause speak of the future ("will", "is to be", "set to open", "next"). */
function futureMarkerAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower;
  // "plans to hold a vigil on Friday"; not the noun of "The plans included a festival Wednesday"
  if (FUTURE_MARKERS.has(w)) return w !== PLANS_NOUN || next === 'to';
  // "the summit ends on Thursday"; not "the toll continues to rise after Saturday's quake"
  if (TIMETABLE_VERBS.has(w)) return next !== 'to';
  if (FUTURE_BEFORE_TO.has(w)) return next === 'for' || (next === 'to' && isVerb(tokens[k + 2]));
  if (w === NEXT_WORD) return next === undefined || !NARRATIVE_NEXT.has(next);
  if (w === REPORTED_FUTURE) return next === undefined || !PERFECT_HAVE.has(next);
  if (w !== 'to') return false;
  const before = tokens[k - 1]?.lower ?? '';
  if (next === 'be') return !PAST_BE.has(before); // "a service to be held", "is to be buried"
  return PLAN_BE.has(before) && isVerb(tokens[k + 1]); // "the leaders are to meet"
}

const TENSE_BREAKS: ReadonlySet<string> = new Set([...RELATIVE_WORDS, 'where']);

function clauseBreak(t: Token): boolean {
  return t.text === ';' || t.text === ',' || t.text === '.' || TENSE_BREAKS.has(t.lower);
}

/** A comma between two names ("in Havana, Cuba on Sunday"): a place and its country, no clause's end. */
function placeComma(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ',' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
}

/** Whether the clause before word `i` speaks of the future ("will meet Friday"). */
function futureBefore(tokens: readonly Token[], i: number): boolean {
  return futureInClause(tokens, i - 1, -1);
}

/**
 * A future marker within TENSE_WORDS words of `from`, walking by `step` (-1 or 1) up to a clause
 * break; further (up to NOUN_PHRASE_WORDS) while no verb is met, as a long object holds no tense
 * of its own ("are expected to attend a memorial service for Kestovia's founding president Samuel
 * Oduya at the national stadium on Thursday").
 */
function futureInClause(tokens: readonly Token[], from: number, step: -1 | 1): boolean {
  let verb = false;
  for (let k = from, words = 0; k >= 0 && k < tokens.length && (words < TENSE_WORDS || (!verb && words < NOUN_PHRASE_WORDS)); k += step) {
    const t = tokens[k];
    if (t === undefined || (clauseBreak(t) && !placeComma(tokens, k))) break;
    if (futureMarkerAt(tokens, k)) return true;
    verb ||= isVerb(t) && tokens[k - 1]?.lower !== 'to' && !futureMarkerAt(tokens, k - 1); // an infinitive, or the verb of "will attend", takes the tense before it
    if (t.pos !== 'PUNCT') words++; // "the 90,000-seat stadium": its hyphen is no word
  }
  return false;
}

/** How far the search for a word of tense goes while it meets no verb (see `futureInClause`). */
const NOUN_PHRASE_WORDS = 25;

/**
 * "Tuesday's funeral will be held at the cathedral": a weekday in the possessive is the
 * subject's, so a future verb after it in the clause is its tense too.
 */
function futureAfterPossessive(tokens: readonly Token[], end: number): boolean {
  const s = tokens[end]?.lower;
  return (s === "'s" || s === '’s') && futureInClause(tokens, end + 1, 1);
}

/**
 * "to his burial in Texas on Thursday", "His burial on Thursday will be private": a weekday a
 * ceremony noun names the day of, in a sentence with no verb in the past (`pastForm`).
 */
function plannedCeremony(tokens: readonly Token[], start: number): boolean {
  let noun = false;
  for (let k = start - 1; k >= Math.max(0, start - CEREMONY_NOUN_REACH) && !noun; k--) {
    const t = tokens[k];
    if (t === undefined || clauseBreak(t)) break;
    noun = PLANNED_CEREMONY_NOUNS.has(t.lower) && t.pos === 'NOUN';
  }
  return noun && !tokens.some(pastForm);
}

/**
 * "Defence Minister X revealed more details about Sunday's funeral procession": a weekday owning a
 * ceremony, in a sentence whose only verbs in the past tell of it (ANNOUNCING_VERBS): the ceremony
 * is still to come.
 */
function announcedCeremony(tokens: readonly Token[], end: number): boolean {
  const s = tokens[end]?.lower;
  if (s !== "'s" && s !== '’s') return false;
  const noun = tokens[end + 1];
  const next = tokens[end + 2];
  if (!(PLANNED_CEREMONY_NOUNS.has(noun?.lower ?? '') || (noun?.pos === 'ADJ' || noun?.pos === 'NOUN') && PLANNED_CEREMONY_NOUNS.has(next?.lower ?? ''))) return false;
  let told = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!pastForm(t, k, tokens)) continue;
    if (!ANNOUNCING_VERBS.has(t.lower)) return false;
    told = true;
  }
  return told;
}
const ANNOUNCING_VERBS: ReadonlySet<string> = new Set(['revealed', 'announced', 'said', 'released', 'outlined', 'unveiled', 'gave', 'detailed', 'confirmed', 'published']);

/** A verb or auxiliary in the past ("drew", "was", "gathered"); not a participle after "be"/"have" ("will be held"). */
function pastForm(t: Token, k: number, tokens: readonly Token[]): boolean {
  if (!isVerb(t)) return false;
  const before = tokens[k - 1]?.lower ?? '';
  if (before === 'be' || before === 'been' || before === 'being' || PERFECT_HAVE.has(before) || before === 'has' || before === 'had') return false;
  return pastTense(t);
}

/** A verb form in the past: "-ed", or a form its lemma differs from that is no present ("began", "was", "said"). */
function pastTense(t: Token): boolean {
  if (t.lower === 'was' || t.lower === 'were') return true; // (their "-s" would read them as present)
  const irregular = t.lemma !== t.lower && !PRESENT_BE.has(t.lower) && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
  return t.lower.endsWith('ed') || irregular;
}

/** "after Saturday's 7.9 magnitude quake": a weekday owning an incident nobody schedules, a day already past. */
function ownsIncident(tokens: readonly Token[], end: number): boolean {
  const s = tokens[end]?.lower;
  if (s !== "'s" && s !== '’s') return false;
  for (let k = end + 1; k <= end + POSSESSED_INCIDENT_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.text === ',') return false;
    if (UNPLANNED_INCIDENT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * A date fronted before its clause takes the tense of that clause's first verb: "On Wednesday,
 * his ashes will begin a journey", "Next week, leaders are set to meet". Only the first verb
 * counts, so "On Monday, officials said he will be buried" stays a date of the saying.
 * `start`, `end`: the date phrase's extent; it must open the sentence (after "on" at most) and a
 * comma must follow it.
 */
function futureAfterFronted(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.text !== ',' || !opensSentence(tokens, start)) return false;
  for (let k = end + 1, words = 0; k < tokens.length && words < TENSE_WORDS; k++, words++) {
    const t = tokens[k];
    if (t === undefined || clauseBreak(t)) return false;
    if (futureMarkerAt(tokens, k)) return true;
    if (isVerb(t)) return futureMarkerAt(tokens, k + 1); // "are set to", "is to be"
  }
  return false;
}

/** Whether word `start` opens its sentence, after a preposition ("On") and a dateline ("VARNO (Wire) —") at most. */
function opensSentence(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (FRONTING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) k--;
  return k < 0 || DASHES.has(tokens[k]?.text ?? '');
}

/**
 * A date that a past verb governs directly: "died Tuesday", "was killed early Tuesday",
 * "said on Monday". A date after a noun ("his funeral on Tuesday") takes no tense from the verb
 * before the noun ("leaders began arriving for his funeral on Tuesday").
 */
function pastVerbBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.lower === 'on') k--;
  const t = tokens[k];
  if (t === undefined || !isVerb(t) || FUTURE_MARKERS.has(t.lower)) return false; // "a ruling is expected Tuesday"
  // "died", "was killed"; "began", "met", "said"; "will be held Tuesday", "to be buried Sunday":
  // the participle's tense is the auxiliary's
  return pastTense(t) && tokens[k - 1]?.lower !== 'be';
}

function word(t: Token | undefined): string {
  if (t === undefined) return '';
  return t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
}

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(word(t)) && CAPITAL_FIRST.test(t.text);
}

function isDayNumber(t: Token | undefined): boolean {
  if (t === undefined || !DAY_NUMBER.test(t.lower)) return false;
  const n = parseInt(t.lower, 10);
  return n >= 1 && n <= 31;
}

function isYear(t: Token | undefined): boolean {
  return t !== undefined && FOUR_DIGITS.test(t.text);
}

/**
 * The words an own date pattern can start with, apart from digits (ISO dates, years, day
 * numbers): most words start none, and `dateAt` skips them before any pattern test.
 */
const DATE_STARTS: ReadonlySet<string> = new Set([
  'early', 'late', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'tomorrow', 'earlier', 'later', ...WEEKDAYS, ...MONTHS,
]);

/** Words before a weekday or a period that make it relative ("last Friday", "next week"). */
const RELATIVE_LEADS: ReadonlySet<string> = new Set(['last', 'this', 'next']);

/** End (exclusive) of an own date pattern starting at `i`, or null. */
function dateAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const w = word(t);
  const c = w.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !DATE_STARTS.has(w)) return null;
  const w1 = word(tokens[i + 1]);
  if (ISO_DAY.test(w)) return i + 1;

  // [early|late] [last|this|next] weekday [part]
  let j = i;
  if (word(tokens[j]) === 'early' || word(tokens[j]) === 'late') j++;
  if (RELATIVE_LEADS.has(word(tokens[j]))) j++;
  if (WEEKDAYS.has(word(tokens[j]))) {
    j++;
    if (PARTS.has(word(tokens[j]))) j++;
    return j;
  }

  if (w === 'yesterday' || w === 'today' || w === 'tonight' || w === 'tomorrow') return PARTS.has(w1) ? i + 2 : i + 1;
  if ((w === 'this' && PARTS.has(w1)) || (w === 'last' && w1 === 'night')) return i + 2;
  if ((w === 'earlier' || w === 'later') && word(tokens[i + 1]) === 'this' && PERIODS.has(word(tokens[i + 2]))) {
    return i + 3;
  }
  if (RELATIVE_LEADS.has(w) && PERIODS.has(w1)) return i + 2;

  // Month day[,] [year] | Month year | Month
  if (isMonth(t)) {
    if (isDayNumber(tokens[i + 1])) {
      if (isYear(tokens[i + 2])) return i + 3;
      if (tokens[i + 2]?.text === ',' && isYear(tokens[i + 3])) return i + 4;
      return i + 2;
    }
    if (isYear(tokens[i + 1])) return i + 2;
    return w === 'may' ? null : i + 1;
  }
  // a bare year after a preposition: "in 2022", "since 1998"
  if (isYear(t) && YEAR_PREPOSITIONS.has(word(tokens[i - 1]))) {
    const y = Number(t.text);
    if (isYearNumber(y)) return i + 1;
  }
  // day [of] Month [year]
  if (isDayNumber(t)) {
    const k = word(tokens[i + 1]) === 'of' ? i + 2 : i + 1;
    if (isMonth(tokens[k])) return isYear(tokens[k + 1]) ? k + 2 : k + 1;
  }
  return null;
}

/** No extents, no phrases: shared by the sentences without a date (most; read only). */
const NO_EXTENTS: readonly Extent[] = [];
const NO_PHRASES: readonly DatePhrase[] = [];

/**
 * Candidate date extents (word indexes) of one sentence, in order, not overlapping. Lists are
 * made at their first extent, as a literal of one (no list grown for the many sentences without
 * a date or with one).
 */
export function dateExtents(doc: Doc, tokens: readonly Token[]): readonly Extent[] {
  const own = ownExtents(tokens);
  const fromWink = winkExtents(doc, tokens);
  if (fromWink === null && (own === null || own.length <= 1)) return own ?? NO_EXTENTS; // most sentences: nothing to add or merge
  const mine = own ?? [];
  const extra = fromWink === null ? [] : fromWink.filter((w) => !mine.some((o) => o.start < w.end && w.start < o.end));
  const all = extra.length === 0 ? mine : [...mine, ...extra].sort((a, b) => a.start - b.start);
  // "Feb. 3" + "next year" is one date. (The extents are this function's own: merged in place.)
  const merged: Extent[] = [];
  for (const e of all) {
    const prev = merged[merged.length - 1];
    if (prev && prev.end === e.start && nextYear(tokens, e)) {
      prev.end = e.end;
    } else {
      merged.push(e);
    }
  }
  return merged;
}

/** The extents `dateAt` reads, or null when none. */
function ownExtents(tokens: readonly Token[]): Extent[] | null {
  let own: Extent[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    const end = dateAt(tokens, i);
    if (end !== null && end > i) {
      const e = { start: i, end };
      if (own === null) own = [e];
      else own.push(e);
      i = end;
    } else {
      i++;
    }
  }
  return own;
}

/** wink DATE/TIME entities, adjacent ones merged, or null when none. */
function winkExtents(doc: Doc, tokens: readonly Token[]): Extent[] | null {
  let fromWink: Extent[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const e = tokens[k]?.entity;
    const type = e === null || e === undefined ? undefined : doc.entities[e]?.type;
    if (type !== 'DATE' && type !== 'TIME') continue;
    if (fromWink === null) {
      fromWink = [{ start: k, end: k + 1 }];
      continue;
    }
    const last = fromWink[fromWink.length - 1] as Extent;
    if (last.end === k) last.end = k + 1;
    else fromWink.push({ start: k, end: k + 1 });
  }
  return fromWink;
}

/** "next year", "last year", "this year" as a whole extent. */
function nextYear(tokens: readonly Token[], e: Extent): boolean {
  return e.end - e.start === 2 && RELATIVE_WORD.test(tokens[e.start]?.lower ?? '') && tokens[e.start + 1]?.lower === 'year';
}

/** A date phrase of a sentence, resolved against the version's reference date. */
export interface DateReading {
  /** Word indexes [start, end) in the sentence's words. */
  extent: Extent;
  span: Span;
  text: string;
  date: DateValue;
}

/** A date phrase of a sentence before it is resolved: what does not depend on the reference date. */
export interface DatePhrase {
  extent: Extent;
  span: Span;
  text: string;
  /** Its clause speaks of the future (a bare weekday resolves forward), or the version reads its weekday forward. */
  future: boolean;
  /** Its own clause speaks of the future (not only the version's other mentions of its weekday). */
  ownFuture: boolean;
  /** The weekday (lower case) of a bare weekday phrase ("Tuesday", "early Tuesday"; not "last Tuesday"), else null. */
  weekday: string | null;
  /** A past verb governs it directly ("died Tuesday", "said on Monday") and no marker of the future. */
  past: boolean;
}

/** The date phrases of one sentence (its words, as `sentenceWords` gives them); read only. */
export function datePhrases(doc: Doc, tokens: readonly Token[]): readonly DatePhrase[] {
  const extents = dateExtents(doc, tokens);
  if (extents.length === 0) return NO_PHRASES;
  const out: DatePhrase[] = [];
  for (const extent of extents) {
    if (inZoneConversion(tokens, extent)) continue;
    const first = tokens[extent.start];
    const last = tokens[extent.end - 1];
    if (first === undefined || last === undefined) continue;
    const span: Span = { start: first.start, end: last.end };
    // A marker of the future wins over an adjective in "-ed" ("will remain closed Tuesday").
    const incident = ownsIncident(tokens, extent.end);
    const weekday = bareWeekday(tokens, extent);
    const future = !incident && (futureBefore(tokens, extent.start) || futureAfterPossessive(tokens, extent.end)
      || futureAfterFronted(tokens, extent.start, extent.end) || (weekday !== null && (plannedCeremony(tokens, extent.start) || announcedCeremony(tokens, extent.end))));
    const past = incident || (!future && pastVerbBefore(tokens, extent.start));
    out.push({ extent, span, text: doc.version.text.slice(span.start, span.end), future, ownFuture: future, weekday, past });
  }
  return out;
}

/** How far inside its parentheses a date is looked at for a time zone ("(2345 GMT on Friday)"). */
const ZONE_REACH = 4;

/**
 * A date inside parentheses with a time zone, "at 7:45 a.m. Saturday (2345 GMT Friday)": the
 * moment before the parentheses in another zone, not a date of its own.
 */
function inZoneConversion(tokens: readonly Token[], extent: Extent): boolean {
  let open = -1;
  for (let k = extent.start - 1; k >= 0 && k >= extent.start - ZONE_REACH; k--) {
    const t = tokens[k]?.text;
    if (t === '(') { open = k; break; }
    if (t === ')') return false;
  }
  if (open < 0) return false;
  for (let k = open + 1; k < tokens.length && tokens[k]?.text !== ')'; k++) if (TIME_ZONES.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** The weekday of a phrase that is a weekday without last/this/next, else null. */
function bareWeekday(tokens: readonly Token[], extent: Extent): string | null {
  let day: string | null = null;
  for (let k = extent.start; k < extent.end; k++) {
    const w = word(tokens[k]);
    if (RELATIVE_LEADS.has(w)) return null;
    if (WEEKDAYS.has(w)) day = w;
  }
  return day;
}

/**
 * One weekday, one day: a version names a weekday the same way throughout (wire style says
 * "next Tuesday" or "last Tuesday" when two are meant). So when any mention of a bare weekday
 * is in the future ("will attend Tuesday's funeral"), the others resolve forward too ("for his
 * funeral on Tuesday"), unless one is governed by a past verb ("died Tuesday"): then the
 * version speaks of two Tuesdays and each mention keeps its own clause's reading.
 * `sentences`: the phrases of every sentence of one version. Returns the weekdays read forward.
 */
export function versionFutureWeekdays(sentences: ReadonlyArray<readonly DatePhrase[]>): ReadonlySet<string> {
  const future = new Set<string>();
  const past = new Set<string>();
  for (const phrases of sentences) {
    for (const p of phrases) {
      if (p.weekday === null) continue;
      if (p.future) future.add(p.weekday);
      if (p.past) past.add(p.weekday);
    }
  }
  for (const day of past) future.delete(day);
  return future;
}

/**
 * A sentence's phrases with the bare weekdays in `days` (`versionFutureWeekdays`) read forward:
 * the same array when none changes (the phrases are shared by every copy of the sentence and
 * never changed).
 */
export function inVersionTense(phrases: readonly DatePhrase[], days: ReadonlySet<string>): DatePhrase[] {
  const flips = (p: DatePhrase): boolean => !p.future && p.weekday !== null && days.has(p.weekday);
  if (days.size === 0 || !phrases.some(flips)) return phrases as DatePhrase[];
  return phrases.map((p) => (flips(p) ? { ...p, future: true } : p));
}

/**
 * Dates already resolved, by phrase text and `future`, for one reference date. A version
 * repeats its date phrases ("on Saturday", "April 17") sentence after sentence and rule after
 * rule; `resolveDate` gives the same value for the same text, so it is read once (the
 * DateValue is shared, never changed).
 */
export type ResolvedDates = Map<string, DateValue | null>;

/**
 * Date phrases resolved with dates.ts against `referenceDate`; those that do not resolve are
 * left out. `memo`: dates already resolved against the same reference date.
 */
export function resolvePhrases(phrases: readonly DatePhrase[], referenceDate: string | null, memo?: ResolvedDates, weekdays = false): DateReading[] {
  const out: DateReading[] = [];
  for (const { extent, span, text, future, weekday } of phrases) {
    let date = memo === undefined ? resolveDate(text, referenceDate, { future }) : memoDate(memo, text, referenceDate, future);
    // no reference date: a bare weekday of the past is kept as the weekday it names ("on Sunday")
    if (date === null && weekdays && referenceDate === null && weekday !== null && !future) date = weekdayValue(weekday);
    if (date !== null) out.push({ extent, span, text, date });
  }
  return out;
}

function memoDate(memo: ResolvedDates, text: string, referenceDate: string | null, future: boolean): DateValue | null {
  const key = future ? `f${text}` : `p${text}`;
  let date = memo.get(key);
  if (date === undefined) memo.set(key, (date = resolveDate(text, referenceDate, { future })));
  return date;
}

/**
 * The dates of one sentence (its words, as `sentenceWords` gives them), resolved with
 * dates.ts against `referenceDate` (a bare weekday after "will", "scheduled", "expected" …
 * in the same clause resolves forward); what does not resolve (durations, "recent weeks",
 * relative dates without a reference date) is left out.
 */
export function readDates(doc: Doc, tokens: readonly Token[], referenceDate: string | null): DateReading[] {
  return resolvePhrases(datePhrases(doc, tokens), referenceDate);
}
