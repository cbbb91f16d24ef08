import type { Token } from '../types.js';

/**
 * The longest sentence analysed as one, in tokens. News sentences stay far below it (the
 * seeds' and the evaluation stories' longest has 54); a line without sentence breaks
 * (a 1 MB paragraph, a list of 5,000 names) is split into windows of at most this many
 * tokens, so that every later stage works on bounded sentences and quotes bounded evidence.
 */
export const MAX_SENTENCE_TOKENS = 120;

const BREAK_AFTER = new Set([',', ';', ':', '—', '–', '.', '!', '?']);

/**
 * Token ranges [first, last] (inclusive) covering [first, last] with at most `max` tokens each.
 * A window ends after the last comma, semicolon, colon or dash in its second half when there is one.
 */
export function tokenWindows(tokens: readonly Token[], first: number, last: number, max = MAX_SENTENCE_TOKENS): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  let start = first;
  while (last - start + 1 > max) {
    const end = breakPoint(tokens, start, start + max - 1);
    windows.push([start, end]);
    start = end + 1;
    while (start < last && tokens[start]?.pos === 'SPACE') start++;
  }
  windows.push([start, last]);
  return windows;
}

/** The last token of a window starting at `start` and ending at `limit` at the latest. */
function breakPoint(tokens: readonly Token[], start: number, limit: number): number {
  const half = start + Math.floor((limit - start) / 2);
  for (let t = limit; t > half; t--) {
    if (BREAK_AFTER.has(tokens[t]?.text ?? '')) return t;
  }
  return limit;
}
