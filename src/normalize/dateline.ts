import type { Edit } from './offsets.js';
import { EN } from '../lang/en/index.js';
import { monthNumbers } from '../lang/index.js';
import { WIRE_DATELINE_AGENCIES } from '../lang/en/page-furniture.js';
import { escapeRegExp } from '../regexp.js';

export interface DateLine {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Removes the prefix (and the rest of its line when that is empty). */
  edit: Edit;
}

const DATE_PREFIX = /^[ \t]*date[ \t]*:?[ \t]*(\d{4})-(\d{2})-(\d{2})(?![\d-])[ \t]*/i;

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A leading ` date YYYY-MM-DD` prefix; article text may follow on the same line
 * (` date 2025-04-17 PARIS (AP) — ...`). Text expected with LF line breaks.
 */
export function findDateLine(text: string): DateLine | null {
  const m = DATE_PREFIX.exec(text);
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isRealDate(y, mo, d)) return null;
  let end = m[0].length;
  // Nothing else on the line: the line break goes too.
  if (text[end] === '\n') end++;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, edit: { start: 0, end, text: '' } };
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = monthNumbers(EN);
/**
 * A wire dateline at the start of a line: a place in capitals, an optional region, the filing
 * date and the agency in brackets (when given) before a dash ("PESSA, Valdoria, March 11
 * (Reuters) -", "RUVENNA, Oct 1 (Reuters) -", "TOKYO, Oct. 1, 2026 (AFP) —", "BEIJING, Sept. 7
 * --"). Groups: 1 the comma and date (what is removed), 2 month, 3 day, 4 year.
 */
const WIRE_DATELINE = new RegExp(
  "^[ \\t]*[A-Z][A-Z.'\\- ]{1,40}(?:, [A-Z][A-Za-z.'\\- ]{1,30}?)?(, ([A-Z][a-z]{2,8})\\.? (\\d{1,2})(?:, (\\d{4}))?)" +
    `(?: \\((?:${WIRE_DATELINE_AGENCIES.map(escapeRegExp).join('|')})\\))?[ \\t]*[-–—]`,
  'm',
);
/** The dateline opens the copy: looked for in this many first characters (a headline, a byline and a credit line before it). */
const WIRE_DATELINE_REACH = 1500;

export interface WireDateline {
  /** The date as written ("March 11"). */
  text: string;
  /** ISO date when the dateline gives a year, else null (a month and day alone name no day). */
  date: string | null;
  /** Removes ", March 11" from the dateline: "PESSA, Valdoria (Reuters) -", the filing date out of the copy. */
  edit: Edit;
}

/**
 * The filing date of a wire dateline ("PESSA, Valdoria, March 11 (Reuters) - At least 52 people
 * …"): the date the copy was filed, like a ` date` line, not a date of the event. It is read and
 * cut from the dateline, which keeps its place and agency. The first such line of the copy's
 * opening only; a date in a body sentence ("On March 9 (local time) …") has no place in capitals
 * and no dash right after it, and stays.
 */
export function findWireDateline(text: string): WireDateline | null {
  const head = text.length > WIRE_DATELINE_REACH ? text.slice(0, WIRE_DATELINE_REACH) : text;
  const m = WIRE_DATELINE.exec(head);
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const month = MONTH_NUMBERS[m[2].toLowerCase()];
  const day = Number(m[3]);
  if (month === undefined || !(day >= 1 && day <= 31)) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const y = m[4] === undefined ? null : Number(m[4]);
  const date = y !== null && isRealDate(y, month, day) ? `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  return { text: m[1].slice(2), date, edit: { start, end: start + m[1].length, text: '' } };
}
