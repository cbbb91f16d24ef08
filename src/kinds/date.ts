import { dateExtractor } from '../extract/date.js';
import { valueAt } from '../claim-value.js';
import {
  EVENT_DAY_NOUNS, EVENT_DAY_NUMBERS, EVENT_DAY_ORDINALS, EVENT_END_WORDS, EVENT_INCIDENT, EVENT_START_WORDS, MONTHS, SPAN_COUNTS, SPAN_UNITS, SPAN_WORDS,
} from '../lang/en/calendar.js';
import { EN } from '../lang/en/index.js';
import { EARLY_HOURS, LATE_HOURS } from '../lang/en/calendar.js';
import { weekdayKeyNumber, weekdayOf } from '../read/dates.js';
import type { ClaimValue } from '../types.js';
import { isoDate, list, overTime, overTimeOf, ruleObject } from './common.js';
import { expectList, type KindSpec } from './types.js';

/** `date`: the date of an event tied to a cue, resolved against the version's date. */
const schema = ruleObject(
  'date',
  'The date of an event tied to a cue, resolved against the version date.',
  {
    'over-time': overTime.optional(),
    expect: list(isoDate, "'expect' must be an ISO date (YYYY-MM-DD) or a list of them")
      .optional()
      .describe('Pinned expected date(s), ISO YYYY-MM-DD.'),
  },
  'A date rule.',
);

/** Date keys are a day ("2025-04-17") or a range ("2025-04-14..2025-04-20"). */
function dateRange(key: string): [string, string] | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(key);
  if (!m || !m[1]) return null;
  return [m[1], m[2] ?? m[1]];
}

/**
 * A weekday key (a bare weekday of an undated set, read/dates.ts `weekdayValue`) and a day: the
 * same weekday ("Sunday" and "June 7, 2026", a Sunday). Two weekday keys: only when equal; a
 * weekday and a period ("in 2015"): not known to be the same. null when neither key is a weekday.
 */
function weekdayCompatible(a: string, b: string): boolean | null {
  const wa = weekdayKeyNumber(a);
  const wb = weekdayKeyNumber(b);
  if (wa === null && wb === null) return null;
  if (wa !== null && wb !== null) return wa === wb;
  const day = wa !== null ? b : a;
  const weekday = (wa ?? wb) as number;
  const range = dateRange(day as string);
  // a period ("in 2015"): which of its days the weekday is, no copy says; not known to be the same
  if (range === null || range[0] !== range[1]) return false;
  return weekdayOf(range[0]) === weekday;
}

/** Equal days, or ranges that overlap ("last week" and a day inside it); a weekday and a day of that weekday. */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  const weekday = weekdayCompatible(a, b);
  if (weekday !== null) return weekday;
  // Two days (or keys that are not dates) overlap only when equal: only a range needs reading.
  if (!a.includes('..') && !b.includes('..')) return false;
  const x = dateRange(a);
  const y = dateRange(b);
  return x !== null && y !== null && x[0] <= y[1] && y[0] <= x[1];
}

/** How many words either side of a date its moment is read ("began a two-day summit in the capital on Thursday"). */
const MOMENT_WORDS = 12;
const CLAUSE_ENDS = new Set([';', ':', '—', '–', '(', ')']);
/** Words that name another date: the words past one are that date's ("may" is a verb far more often). */
const DATE_WORDS: ReadonlySet<string> = new Set([...EN.calendar.weekdays, ...[...MONTHS].filter((m) => m !== 'may'), 'today', 'yesterday', 'tonight', 'tomorrow']);

const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[’]/g, "'").match(/[\p{L}\p{N}'-]+|[,;:—–()]/gu) ?? [];

/** The date's own words, nearest first: up to a clause end, another date or MOMENT_WORDS words. */
function ownWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words.slice(0, MOMENT_WORDS)) {
    if (CLAUSE_ENDS.has(w) || DATE_WORDS.has(w.replace(/'s$/, ''))) break;
    out.push(w);
  }
  return out;
}

/** The day an ordinal day names among a date's words ("the summit's second day", "day two of the talks"), or ''. */
function eventDay(words: readonly string[]): string {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const next = words[k + 1] ?? '';
    if (EVENT_DAY_ORDINALS[w] !== undefined && EVENT_DAY_NOUNS.has(next)) return EVENT_DAY_ORDINALS[w];
    if (w === 'day' && EVENT_DAY_NUMBERS[next] !== undefined) return EVENT_DAY_NUMBERS[next];
  }
  return '';
}

/**
 * 'start' or 'end' for the nearest verb or noun of a start or an end among words nearest first, or ''.
 * `ahead`: the words follow the date (else they precede it, nearest first). "Opened fire" starts nothing.
 */
function nearestEdge(words: readonly string[], ahead: boolean): { moment: string; at: number } {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (EVENT_START_WORDS.has(w) && words[ahead ? k + 1 : k - 1] !== 'fire') return { moment: 'start', at: k };
    if (EVENT_END_WORDS.has(w)) return { moment: 'end', at: k };
  }
  return { moment: '', at: Infinity };
}

/** Whether words name an event that spans days ("a two-day summit", "three days of talks", "a weeklong festival"). */
function spansDays(words: readonly string[]): boolean {
  return words.some((w, k) => {
    if (SPAN_WORDS.has(w)) return true;
    const [count, unit] = w.split('-');
    if (unit !== undefined && SPAN_COUNTS.has(count as string) && SPAN_UNITS.has(unit)) return true;
    return SPAN_COUNTS.has(w) && SPAN_UNITS.has(words[k + 1] ?? '');
  });
}

/**
 * Which moment of its event a date names (KindSpec `factOf`): a summit or trial spans days, and
 * "began a two-day summit on Thursday", "signed on Friday, the summit's second day" and "closed on
 * Saturday" are three moments, not one date told three ways. An ordinal day among the date's words
 * wins ("began the second day of talks on Friday"), else the nearest verb of a start or an end.
 * A date beside an event of several days and no moment may be any of its days: a fact of its
 * own, compared with nothing. Every other date: '' (one fact, as before).
 */
export function eventMoment(v: ClaimValue): string {
  const at = valueAt(v);
  if (at < 0) return '';
  const before = ownWords(wordsOf(v.sentence.slice(0, at)).reverse());
  const after = ownWords(wordsOf(v.sentence.slice(at + v.text.length)));
  const day = eventDay([...before].reverse()) || eventDay(after);
  if (day !== '') return day;
  const back = nearestEdge(before, false);
  const ahead = nearestEdge(after, true);
  const edge = back.at <= ahead.at ? back.moment : ahead.moment;
  if (edge !== '') return edge;
  return spansDays(before) || spansDays(after) ? `within ${v.version} ${v.span.start}` : '';
}

/** Granularities of a date that names one day. */
const ONE_DAY: ReadonlySet<string> = new Set(['day', 'part-of-day', 'weekday']);

/**
 * The party of a date (KindSpec `partyOf`, check/party.ts): the event it is tied to in its own
 * clause (read/date-events.ts, set by the extractor: 'incident' for "capsized late Monday", "died
 * in the crush … on Saturday", "in Tuesday's shooting"; 'memorial' for "a state memorial service
 * on Saturday"; 'burial', 'vigil' …), for a date that names one day; else null. Two versions that
 * each date the same event once are compared even when their sentences are worded apart; a
 * version that dates one event twice ("the quake on Monday", "an aftershock struck on Tuesday")
 * is compared with none; dates of two events (a memorial service and a burial) never.
 */
export function eventOf(v: ClaimValue): string | null {
  if (v.date === undefined || !ONE_DAY.has(v.date.granularity)) return null;
  return v.event ?? null;
}

/**
 * The event of a date that is a fact of its own (KindSpec `factOf`): a ceremony, a vigil, another
 * incident ("a state memorial service on Saturday", "will be buried privately on Sunday") are never
 * compared with the dates of another event; '' for the incident's dates and those tied to no
 * event, which are compared as before (a sentence dating the incident may name no incident word).
 */
function eventApart(v: ClaimValue): string {
  return v.event === undefined || v.event === null || v.event === EVENT_INCIDENT ? '' : v.event;
}

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(EN.calendar.weekdays);
const PART_OF_DAY_WORDS: ReadonlySet<string> = new Set(['early', 'late', ...EN.calendar.partsOfDay]);
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The weekday a date's words name and nothing more ("Sunday", "late Tuesday", "Thursday morning"), else null. */
function bareWeekday(text: string): string | null {
  const words = text.toLowerCase().replace(/^on\s+/u, '').split(/\s+/u);
  const days = words.filter((w) => WEEKDAY_WORDS.has(w));
  if (days.length !== 1 || !words.every((w) => WEEKDAY_WORDS.has(w) || PART_OF_DAY_WORDS.has(w))) return null;
  return days[0] as string;
}

/**
 * The same bare weekday read a week apart ("will be buried on Sunday" in Monday's copy, "ahead
 * of his burial on Sunday" in Wednesday's): the copies name one day in the same words; which
 * Sunday the words mean is the tense reader's guess, no disagreement between them.
 */
function sameWeekdayWords(a: ClaimValue, b: ClaimValue): boolean {
  const da = a.date;
  const db = b.date;
  if (da === undefined || db === undefined || !da.relative || !db.relative || da.granularity === 'weekday' || db.granularity === 'weekday') return false;
  const day = bareWeekday(a.text);
  if (day === null || day !== bareWeekday(b.text)) return false;
  return Math.abs(Date.parse(da.start) - Date.parse(db.start)) === WEEK_MS;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * One moment in two time zones: a late hour of one day and an early hour of the next, both said
 * ("struck late on Friday" in a London copy, "early on Saturday" or "at 1:45 a.m. Saturday" in a
 * Beijing one), no disagreement. One side's hour alone is not enough: "early Tuesday" in a
 * rewrite against "Monday's earthquake" is a wrong day as often as another zone.
 */
function acrossMidnight(a: ClaimValue, b: ClaimValue): boolean {
  const da = a.date;
  const db = b.date;
  if (da === undefined || db === undefined || da.start !== da.end || db.start !== db.end) return false;
  const apart = Date.parse(db.start) - Date.parse(da.start);
  if (Math.abs(apart) !== DAY_MS) return false;
  const [earlier, later] = apart > 0 ? [a, b] : [b, a];
  const late = hourOf(earlier);
  const early = hourOf(later);
  if (late.early !== 'none' || early.late !== 'none') return false; // "early Monday" and "early Tuesday" are a day apart in any zone
  return (late.late === 'strong' && early.early !== 'none') || (late.late !== 'none' && early.early === 'strong');
}

type HourMark = 'strong' | 'weak' | 'none';

/** How many words before a date may say its hour ("late on Friday", "in the early hours of Saturday", "at 1:45 a.m. Saturday"). */
const HOUR_REACH = 5;
/** A clock time of the small hours or of late evening: "1:45 a.m.", "11 p.m.". */
const SMALL_HOURS = /\b(?:12|[1-5])(?::\d\d)? ?a\.?m\b/iu;
const LATE_EVENING = /\b(?:9|10|11)(?::\d\d)? ?p\.?m\b/iu;

/** Whether the words of a date, and the HOUR_REACH words before it in its sentence, put it late or early in its day. */
function hourOf(v: ClaimValue): { late: HourMark; early: HourMark } {
  const at = v.sentence.indexOf(v.text);
  const before = at < 0 ? '' : wordsOf(v.sentence.slice(0, at)).slice(-HOUR_REACH).join(' ');
  const text = `${before} ${v.text}`;
  const words = wordsOf(text);
  const mark = (hours: { strong: ReadonlySet<string>; weak: ReadonlySet<string> }, clock: RegExp): HourMark =>
    clock.test(text) || words.some((w) => hours.strong.has(w)) ? 'strong' : words.some((w) => hours.weak.has(w)) ? 'weak' : 'none';
  return { late: mark(LATE_HOURS, LATE_EVENING), early: mark(EARLY_HOURS, SMALL_HOURS) };
}

/** The same bare weekday read a week apart, or one moment on either side of midnight. */
function sameStatement(a: ClaimValue, b: ClaimValue): boolean {
  return sameWeekdayWords(a, b) || acrossMidnight(a, b);
}

export const date: KindSpec<'date'> = {
  kind: 'date',
  schema,
  options: (data) => ({ overTime: overTimeOf(data), expect: expectList(data) }),
  extract: (doc, rule, ctx) => dateExtractor.extract(doc, rule, ctx),
  comparison: 'scalar',
  numericOverTime: false,
  qualifiers: false,
  wholeVersion: false,
  factOf: (v) => {
    const moment = eventMoment(v);
    const event = eventApart(v);
    return event === '' ? moment : moment === '' ? event : `${event} ${moment}`;
  },
  partyOf: (v) => eventOf(v),
  compatible,
  sameWords: sameStatement,
  matchesExpected: (key, expect) => expect.some((e) => compatible(key, String(e))),
  display(v) {
    const d = v.date;
    const when = d?.granularity === 'weekday' ? `${d.start.charAt(0).toUpperCase()}${d.start.slice(1)}` : d && d.start !== d.end ? `${d.start}..${d.end}` : String(v.value);
    return `${when} ("${v.text}")`;
  },
  displayKey: (values) => {
    const key = values[0]?.key ?? '';
    return weekdayKeyNumber(key) === null ? key : `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  },
};
