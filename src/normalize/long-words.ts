import type { Edit } from './offsets.js';

/**
 * The longest run of non-space characters analysed as one word. No word of a news story comes
 * near it (long URLs do, and are cut harmlessly); a longer run is cut by a space every
 * MAX_WORD characters. The tokenizer tests each word against a backtracking pattern whose cost
 * is quadratic in the word's length: one 200 KB word took 45 s, a 2 MiB one would take hours.
 * The pattern starts at a Latin letter, so runs without one (a 400-digit number, a line of
 * Chinese) are linear and stay whole: their figures are read exactly as written.
 */
export const MAX_WORD = 128;

/** The spaces past ASCII that end a word (no-break, typographic, ideographic, line and paragraph separators). */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** Insert edits (a space) that cut every run of non-space characters holding a Latin letter into pieces of at most `max`. */
export function longWordEdits(text: string, max = MAX_WORD): { edits: Edit[]; words: number[] } {
  const edits: Edit[] = [];
  const words: number[] = [];
  let start = 0;
  let letter = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && isWideSpace(c);
    if (!space) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
      continue;
    }
    if (i - start > max && letter) {
      words.push(start);
      for (let cut = start + max; cut < i; cut += max) {
        // never between the two halves of a surrogate pair
        const at = text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff ? cut + 1 : cut;
        if (at < i) edits.push({ start: at, end: at, text: ' ' });
      }
    }
    start = i + 1;
    letter = false;
  }
  return { edits, words };
}
