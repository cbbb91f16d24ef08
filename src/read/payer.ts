/**
 * Who gives a sum of money and what it is for, read from the sentence around it: "The World Bank
 * said it would provide $25 million for reconstruction" -> payer "World Bank", purpose
 * "reconstruction"; "welcomed a World Bank pledge of $2.5 million for reconstruction" -> the same.
 * Used to compare two sums of reworded sentences that are one fact (check/party.ts).
 *
 * The payer is the capitalised name nearest before the sum in its clause (leading "The", "A"
 * dropped; weekdays and months are no names); a lone capitalised word that opens the sentence
 * ("Officials said ...", "Japan pledged ...") is not taken: a name cannot be told from a sentence
 * starter there. The purpose is the nearest of the given purpose words within `window` words of
 * the sum (on a tie, the one after it). Null when either is missing.
 */
import { EN } from '../lang/en/index.js';
import { MONTHS } from '../lang/en/calendar.js';
import { NAME_ARTICLES, PAYER_NAME_JOINERS } from '../lang/en/places.js';

export interface SumParty {
  /** The payer's name as written ("World Bank"). */
  payer: string;
  /** The purpose word (lower case: "reconstruction"). */
  purpose: string;
}

interface W {
  text: string;
  start: number;
  end: number;
}

/** Words that end the clause a sum's payer is looked for in. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);
const WEEKDAYS: ReadonlySet<string> = new Set(EN.calendar.weekdays);

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const notName = (lower: string): boolean => NAME_ARTICLES.has(lower) || WEEKDAYS.has(lower) || MONTHS.has(lower);

/**
 * The payer and purpose of the sum at characters [at, end) of `sentence`, or null. `purposes`:
 * lower-case words that say what a sum is for.
 */
export function sumParty(sentence: string, at: number, end: number, purposes: ReadonlySet<string>, window: number): SumParty | null {
  // cheap guard: no capital letter before the sum, no payer
  if (!/\p{Lu}/u.test(sentence.slice(0, at))) return null;
  const words: W[] = [...sentence.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const first = words.findIndex((w) => w.end > at);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < words.length && (words[last + 1] as W).start < end) last++;
  const purpose = purposeNear(words, first, last, purposes, window);
  if (purpose === null) return null;
  const payer = payerBefore(words, first, window);
  return payer === null ? null : { payer, purpose };
}

function purposeNear(words: readonly W[], first: number, last: number, purposes: ReadonlySet<string>, window: number): string | null {
  for (let d = 1; d <= window; d++) {
    const after = words[last + d]?.text.toLowerCase();
    if (after !== undefined && purposes.has(after)) return after;
    const before = first - d >= 0 ? words[first - d]?.text.toLowerCase() : undefined;
    if (before !== undefined && purposes.has(before)) return before;
  }
  return null;
}

function payerBefore(words: readonly W[], first: number, window: number): string | null {
  for (let k = first - 1; k >= 0 && first - k <= window * 2; k--) {
    const w = words[k] as W;
    if (CLAUSE_ENDS.has(w.text)) return null;
    if (!isCapitalised(w.text) || notName(w.text.toLowerCase())) continue;
    // the run of capitalised words (with joiners inside) that ends at k
    let from = k;
    while (from > 0) {
      const prev = words[from - 1] as W;
      if (isCapitalised(prev.text) && !notName(prev.text.toLowerCase())) from--;
      else if (PAYER_NAME_JOINERS.has(prev.text) && from > 1 && isCapitalised((words[from - 2] as W).text)) from -= 2;
      else break;
    }
    if (from === 0 && from === k) return null; // a lone sentence opener
    return words
      .slice(from, k + 1)
      .map((x) => x.text)
      .join(' ');
  }
  return null;
}
