/** Cheap sentence similarity (Dice over lower-cased word sets), used to tell a counterpart sentence. */
const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'that', 'this',
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'as', 'said', 's',
]);

export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(WORD)) {
    if (!STOP.has(m[0])) out.add(m[0]);
  }
  return out;
}

export function similarity(a: string, b: string): number {
  return dice(contentWords(a), contentWords(b));
}

function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Word sets as sorted numbers of one vocabulary: two sentences' shared words are counted by a merge. */
function numbered(words: ReadonlySet<string>, vocabulary: Map<string, number>): Int32Array {
  const out = new Int32Array(words.size);
  let at = 0;
  for (const w of words) {
    let n = vocabulary.get(w);
    if (n === undefined) vocabulary.set(w, (n = vocabulary.size));
    out[at++] = n;
  }
  return out.sort();
}

/** `dice` over numbered word sets (the same value: the shared count and the sizes are the same). */
function diceNumbered(x: Int32Array, y: Int32Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * The same measure with the word sets of each sentence computed once: the checker
 * compares every value's sentence with its counterparts, so one set's checks reuse them.
 */
export function createSimilarity(): (a: string, b: string) => number {
  const vocabulary = new Map<string, number>();
  const cache = new Map<string, Int32Array>();
  const words = (s: string): Int32Array => {
    let w = cache.get(s);
    if (!w) {
      w = numbered(contentWords(s), vocabulary);
      cache.set(s, w);
    }
    return w;
  };
  // Scores by pair: every rule of a set compares the same sentences again. Rows are by the
  // second sentence, which callers keep while they go through candidates for the first.
  const scores = new Map<string, Map<string, number>>();
  let lastB: string | undefined;
  let lastRow = new Map<string, number>();
  return (a, b) => {
    if (b !== lastB) {
      let row = scores.get(b);
      if (!row) scores.set(b, (row = new Map()));
      lastB = b;
      lastRow = row;
    }
    let score = lastRow.get(a);
    if (score === undefined) {
      // Dice is symmetric to the last bit (the same shared count and sum of sizes): a pair
      // asked the other way round already has its score.
      score = scores.get(a)?.get(b) ?? diceNumbered(words(a), words(b));
      lastRow.set(a, score);
    }
    return score;
  };
}
