import type { Edit } from './offsets.js';

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
