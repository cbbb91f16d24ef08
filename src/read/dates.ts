/**
 * A small past-biased date resolver: date text + reference date -> DateValue.
 * All arithmetic is on UTC day numbers (never the local time zone).
 *
 * Understood (case-insensitive; a leading "on"/"the", a trailing "'s", commas, the dots of
 * abbreviations and ordinal suffixes are ignored):
 * - absolute: "2025-04-17", "April 17, 2025", "17 April 2025", "the 17th of April 2025" (day);
 *   "April 2025" (month); "2022" (year, 1800–2200);
 * - month and day without a year ("April 17", "Apr. 17"): the year that puts the date
 *   nearest to the reference (ties go to the past);
 * - a month alone ("April"): the latest such month on or before the reference month;
 * - weekdays: "Thursday" / "this Thursday" -> the latest such day on or before the
 *   reference (same day allowed); "last Thursday" -> strictly before; "next Thursday" ->
 *   strictly after; with `future` a bare weekday is the first such day on or after the
 *   reference. With a part of day ("Wednesday night", "early Thursday") the
 *   granularity is `part-of-day`;
 * - "today", "yesterday", "tonight", "this morning", "last night" (the night before),
 *   "yesterday afternoon";
 * - "last/this/next week" (Monday–Sunday), "last/this/next month", "last/this/next year",
 *   also "earlier this week", "later this month".
 * Anything relative resolves to null without a reference date. Anything else: null.
 */
import { EN } from '../lang/en/index.js';
import { monthNumbers, weekdayNumbers, weekdaysFromMonday } from '../lang/index.js';
import type { DateValue } from '../types.js';

const DAY_MS = 86_400_000;

const MONTH_NUMBERS: Readonly<Record<string, number>> = monthNumbers(EN);

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = weekdayNumbers(EN);

const PARTS_OF_DAY = new Set(EN.calendar.partsOfDay);

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO `YYYY-MM-DD` of a calendar date, or null if it does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parse the date part of an ISO string ("2025-04-17", "2025-04-17T10:00Z"), or null. */
export function parseIso(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isoDate(y, mo, d) === null ? null : { y, m: mo, d };
}

function dayNumber(p: YMD): number {
  return Date.UTC(p.y, p.m - 1, p.d) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` plus `n` days (n may be negative). */
export function addDays(iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) throw new Error(`not an ISO date: ${iso}`);
  return fromDayNumber(dayNumber(p) + n);
}

/** Day of the week of an ISO date, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new Error(`not an ISO date: ${iso}`);
  return new Date(dayNumber(p) * DAY_MS).getUTCDay();
}

function day(iso: string, relative: boolean, partOfDay = false): DateValue {
  return { start: iso, end: iso, granularity: partOfDay ? 'part-of-day' : 'day', relative };
}

function monthRange(y: number, m: number, relative: boolean): DateValue {
  const start = isoDate(y, m, 1) ?? '';
  const end = isoDate(y, m, daysInMonth(y, m)) ?? '';
  return { start, end, granularity: 'month', relative };
}

function yearRange(y: number, relative: boolean): DateValue {
  return { start: isoDate(y, 1, 1) ?? '', end: isoDate(y, 12, 31) ?? '', granularity: 'year', relative };
}

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b|'$/g, '')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\b([a-z]{3,4})\./g, '$1')
    .replace(/[,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(on|the) /, '')
    .replace(/^the /, '');
}

/** The date `text` names, relative to `reference` (ISO) when needed; null if unknown. */
export interface ResolveOptions {
  /** A bare weekday names the next such day on or after the reference ("will meet Friday"). */
  future?: boolean;
}

export function resolveDate(text: string, reference: string | null, options: ResolveOptions = {}): DateValue | null {
  const t = clean(text);
  const ref = reference === null ? null : parseIso(reference);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    const value = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value === null ? null : day(value, false);
  }
  // "Feb. 3 next year": the year relative to the reference.
  const relYear = /^(.*\S) (next|last|this) year$/.exec(t);
  if (relYear?.[1] !== undefined && ref !== null && /^(?:[a-z]+ \d{1,2}|\d{1,2} (?:of )?[a-z]+)$/.test(relYear[1])) {
    const y = ref.y + (relYear[2] === 'next' ? 1 : relYear[2] === 'last' ? -1 : 0);
    return resolveDate(`${relYear[1]} ${y}`, reference, options);
  }
  const monthDay = monthDayParts(t);
  if (monthDay !== null) return monthDayDate(monthDay, ref);
  const named = monthOrYearDate(t, ref);
  if (named !== undefined) return named;
  if (ref === null) return null;
  return relativeDate(t, ref, options);
}

/** The parts of "month day [year]" or "day [of] month [year]", else null. */
function monthDayParts(t: string): { month: number; day: number; year: string | undefined } | null {
  const m = /^([a-z]+) (\d{1,2})(?: (\d{4}))?$/.exec(t);
  if (m && m[1] !== undefined && MONTH_NUMBERS[m[1]] !== undefined) return { month: MONTH_NUMBERS[m[1]] ?? 0, day: Number(m[2]), year: m[3] };
  const m2 = /^(\d{1,2}) (?:of )?([a-z]+)(?: (\d{4}))?$/.exec(t);
  if (m2 && m2[2] !== undefined && MONTH_NUMBERS[m2[2]] !== undefined) return { month: MONTH_NUMBERS[m2[2]] ?? 0, day: Number(m2[1]), year: m2[3] };
  return null;
}

/** A month and day: in the year given, else in the year that puts it nearest the reference (ties go to the past). */
function monthDayDate(parts: { month: number; day: number; year: string | undefined }, ref: YMD | null): DateValue | null {
  if (parts.year !== undefined) {
    const iso = isoDate(Number(parts.year), parts.month, parts.day);
    return iso === null ? null : day(iso, false);
  }
  if (ref === null) return null;
  let best: { iso: string; distance: number } | null = null;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const iso = isoDate(y, parts.month, parts.day);
    if (iso === null) continue;
    const parsed = parseIso(iso);
    if (parsed === null) continue;
    const delta = dayNumber(parsed) - dayNumber(ref);
    const distance = Math.abs(delta) + (delta > 0 ? 0.5 : 0); // ties go to the past
    if (best === null || distance < best.distance) best = { iso, distance };
  }
  return best === null ? null : day(best.iso, true);
}

/** "month year", a bare month, or a bare year; undefined when `t` is none of them (null: one that names no date). */
function monthOrYearDate(t: string, ref: YMD | null): DateValue | null | undefined {
  const m = /^([a-z]+)(?: (\d{4}))?$/.exec(t);
  if (m && m[1] !== undefined && MONTH_NUMBERS[m[1]] !== undefined && (m[2] !== undefined || m[1].length > 3)) {
    const month = MONTH_NUMBERS[m[1]] ?? 0;
    if (m[2] !== undefined) return monthRange(Number(m[2]), month, false);
    if (ref === null || m[1] === 'may') return null; // a bare "may" is a verb far more often
    return monthRange(month <= ref.m ? ref.y : ref.y - 1, month, true);
  }
  const year = /^(\d{4})$/.exec(t);
  if (year) {
    const y = Number(year[1]);
    return y >= 1800 && y <= 2200 ? yearRange(y, false) : null;
  }
  return undefined;
}

/** Dates named relative to the reference: weekdays, yesterday/today, this morning, last week. */
function relativeDate(t: string, ref: YMD, options: ResolveOptions): DateValue | null {
  const refIso = isoDate(ref.y, ref.m, ref.d);
  if (refIso === null) return null;
  const refDay = dayNumber(ref);
  const weekday = weekdayDate(t, refIso, refDay, options);
  if (weekday !== undefined) return weekday;
  let m = /^(yesterday|today|tonight|tomorrow)(?: ([a-z]+))?$/.exec(t);
  if (m) {
    const part = m[2];
    if (part !== undefined && !PARTS_OF_DAY.has(part)) return null;
    const offset = m[1] === 'yesterday' ? -1 : m[1] === 'tomorrow' ? 1 : 0;
    return day(fromDayNumber(refDay + offset), true, part !== undefined || m[1] === 'tonight');
  }
  m = /^(this|last) (morning|afternoon|evening|night)$/.exec(t);
  if (m) return day(fromDayNumber(refDay + (m[1] === 'last' ? -1 : 0)), true, true);
  if (t === 'overnight') return day(fromDayNumber(refDay - 1), true, true);
  return periodDate(t, ref, refIso, refDay);
}

/** "Friday", "last Friday", "next Friday", "late Friday night"; undefined when `t` names no weekday. */
function weekdayDate(t: string, refIso: string, refDay: number, options: ResolveOptions): DateValue | null | undefined {
  const m = /^(?:(early|late) )?(?:(last|this|next|past) )?([a-z]+)(?: ([a-z]+))?$/.exec(t);
  if (!m || m[3] === undefined || WEEKDAY_NUMBERS[m[3]] === undefined) return undefined;
  const part = m[4];
  if (part !== undefined && !PARTS_OF_DAY.has(part)) return null;
  const target = WEEKDAY_NUMBERS[m[3]] ?? 0;
  const refWeekday = weekdayOf(refIso);
  let back = (refWeekday - target + 7) % 7;
  let n = refDay - back;
  if (m[2] === undefined && options.future === true) {
    n = refDay + ((target - refWeekday + 7) % 7);
  } else if (m[2] === 'last' || m[2] === 'past') {
    if (back === 0) back = 7;
    n = refDay - back;
  } else if (m[2] === 'next') {
    const ahead = (target - refWeekday + 7) % 7 || 7;
    n = refDay + ahead;
  }
  return day(fromDayNumber(n), true, part !== undefined || m[1] !== undefined);
}

/** "last week", "this month", "next year" ("earlier this week" too, not "earlier last week"). */
function periodDate(t: string, ref: YMD, refIso: string, refDay: number): DateValue | null {
  const m = /^(?:(?:earlier|later) )?(last|this|next) (week|month|year)$/.exec(t);
  if (!m) return null;
  const step = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
  if ((m[0].startsWith('earlier') || m[0].startsWith('later')) && step !== 0) return null;
  if (m[2] === 'week') {
    const monday = refDay - ((weekdayOf(refIso) + 6) % 7) + 7 * step;
    return { start: fromDayNumber(monday), end: fromDayNumber(monday + 6), granularity: 'week', relative: true };
  }
  if (m[2] === 'month') {
    const index = ref.y * 12 + (ref.m - 1) + step;
    return monthRange(Math.floor(index / 12), (index % 12) + 1, true);
  }
  return yearRange(ref.y + step, true);
}

/**
 * A bare weekday that no reference date resolves ("on Sunday" in a set whose versions carry no
 * date): the weekday itself, start and end its lower-case name (no ISO date), granularity
 * `weekday`. Two such values name one day when their names are equal (kinds/date.ts).
 */
export function weekdayValue(weekday: string): DateValue | null {
  const name = weekday.toLowerCase();
  if (WEEKDAY_NUMBERS[name] === undefined) return null;
  return { start: name, end: name, granularity: 'weekday', relative: true };
}

/** The weekday number (0 = Sunday) of a weekday key ("sunday"), else null. */
export function weekdayKeyNumber(key: string): number | null {
  return WEEKDAY_NUMBERS[key] ?? null;
}

/** The comparison key of a date value: the day (a weekday's name), or `start..end` for longer periods. */
export function dateKey(value: DateValue): string {
  return value.granularity === 'day' || value.granularity === 'part-of-day' || value.granularity === 'weekday'
    ? value.start
    : `${value.start}..${value.end}`;
}

const WEEKDAYS_FROM_MONDAY: ReadonlyArray<string> = weekdaysFromMonday(EN);
const MONTH_NAMES: ReadonlyArray<string> = EN.calendar.months;

/** The weekday (0 = Monday), month (0 = January), day and year a date phrase names, each null when it names none. */
export interface DateParts {
  weekday: number | null;
  month: number | null;
  day: number | null;
  year: number | null;
}

/** The parts of a date phrase given as lower-case words ("thursday", "april", "17", "2025"; "thurs.", "apr"). */
export function dateParts(words: readonly string[]): DateParts {
  const out: DateParts = { weekday: null, month: null, day: null, year: null };
  for (const raw of words) {
    const w = raw.replace(/\.$/, '').replace(/'s$/, '');
    const wd = WEEKDAYS_FROM_MONDAY.findIndex((d) => d === w || (w.length >= 3 && d.startsWith(w)));
    if (wd >= 0 && out.weekday === null) {
      out.weekday = wd;
      continue;
    }
    const m = MONTH_NAMES.findIndex((d) => d === w || (w.length >= 3 && d.startsWith(w)));
    if (m >= 0 && out.month === null) {
      out.month = m;
      continue;
    }
    const day = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
    if (day?.[1] !== undefined && out.day === null) {
      out.day = Number(day[1]);
      continue;
    }
    if (/^\d{4}$/.test(w) && out.year === null) out.year = Number(w);
  }
  return out;
}
