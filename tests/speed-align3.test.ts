import { describe, expect, it } from 'vitest';
import { createSimilarity, similarity } from '../src/check/similar.js';
import { capValues, FULL_QUOTES_PER_SENTENCE, MAX_QUOTE } from '../src/report/bounds.js';
import type { ClaimValue } from '../src/types.js';

// The fast paths of speed-align3 give what the plain readings give.

describe('numbered words (check/similar.ts)', () => {
  it('scores ASCII, non-ASCII and long sentences as the plain measure does', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i % 97}`).join(' ');
    const texts = ['Officials said 12 died in Köln on Monday.', 'Officials said 12 died in Koln on Monday.', long, `${long} extra`, '…', 'A1 b2 C3'];
    const s = createSimilarity();
    for (const a of texts) for (const b of texts) expect(s(a, b)).toBe(similarity(a, b));
  });
});

/** The quoting of capValues before speed-align3 (a count of every sentence's uses). */
function plainQuoted(list: readonly ClaimValue[]): string[] {
  const uses = new Map<string, number>();
  return list.map((v) => {
    const n = (uses.get(v.sentence) ?? 0) + 1;
    uses.set(v.sentence, n);
    const limit = n <= FULL_QUOTES_PER_SENTENCE ? MAX_QUOTE : 160 + v.text.length;
    return v.sentence.length <= limit ? v.sentence : 'windowed';
  });
}

describe('capValues quoting (report/bounds.ts)', () => {
  const value = (sentence: string, text: string): ClaimValue =>
    ({ rule: 'r', version: 'a', kind: 'quantity', key: text, value: 1, qualifier: null, text, sentence, span: { start: 0, end: 1 }, line: 1, column: 1, uncertain: false }) as ClaimValue;

  it('counts the uses of a sentence from the first value, also those quoted whole without counting', () => {
    const mid = `${'x'.repeat(150)} 7 ${'y'.repeat(150)}`; // over 160 + text, under MAX_QUOTE
    const short = 'Short 3.';
    const list = [value(short, '3'), value(mid, '7'), value(mid, '7'), value(short, '3'), value(mid, '7'), value(mid, '7'), value(mid, '7'), value(mid, '7')];
    const out = capValues(new Map([['a', list]])).values['a'] ?? [];
    const plain = plainQuoted(list);
    out.forEach((v, i) => expect(v.sentence === list[i]?.sentence ? v.sentence : 'windowed').toBe(plain[i]));
    expect(plain.filter((x) => x === 'windowed')).toHaveLength(2);
  });
});
