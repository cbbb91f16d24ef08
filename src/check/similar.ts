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
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}
