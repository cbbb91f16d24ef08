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

/**
 * The same measure with the word sets of each sentence computed once: the checker
 * compares every value's sentence with its counterparts, so one set's checks reuse them.
 */
export function createSimilarity(): (a: string, b: string) => number {
  const cache = new Map<string, Set<string>>();
  const words = (s: string): Set<string> => {
    let w = cache.get(s);
    if (!w) {
      w = contentWords(s);
      cache.set(s, w);
    }
    return w;
  };
  // Scores by pair: every rule of a set compares the same sentences again.
  const scores = new Map<string, Map<string, number>>();
  return (a, b) => {
    let row = scores.get(a);
    if (!row) scores.set(a, (row = new Map()));
    let score = row.get(b);
    if (score === undefined) row.set(b, (score = dice(words(a), words(b))));
    return score;
  };
}
