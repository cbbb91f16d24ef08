/**
 * dropped.ts reads the figures of a window of sentences sentence by sentence when every
 * sentence but the last ends in a full stop, "!" or "?": read/numbers.ts must read nothing
 * through such a word. These pairs put numbers, ranges, qualifiers and change verbs on both
 * sides of one; the figures of the whole must be the figures of the parts.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, tokenizeWords } from '../src/read/numbers.js';

const figures = (words: readonly string[]): Array<[number, number | null, string | null]> =>
  findQuantities(words).map((q) => [q.value, q.high, q.qualifier]);

const PAIRS: ReadonlyArray<[string, string]> = [
  ['The toll rose from 10 to 12.', 'More than 40 were hurt.'],
  ['It counted three hundred and.', 'fifty more later.'],
  ['Officials said 20 or.', 'more people fled.'],
  ['They found between 3 and.', '4 bodies!'],
  ['Tens of.', 'thousands marched?'],
  ['The figure went up by 5.', 'from 7 to 9 people.'],
  ['Nearly 30 were there?', 'at least 12 were missing.'],
  ['It was twenty-.', 'two.'],
  ['He saw a.', 'dozen cars.'],
  ['Half a.', 'million people.'],
  ['Some 1,200.', '-plus and 40 or so remained.'],
];

describe('figures of sentences that end in a full stop', () => {
  for (const [a, b] of PAIRS) {
    it(`reads "${a} ${b}" as its two sentences`, () => {
      const wa = tokenizeWords(a);
      const wb = tokenizeWords(b);
      expect(wa[wa.length - 1]).toMatch(/^[.!?]$/);
      expect(figures([...wa, ...wb])).toEqual([...figures(wa), ...figures(wb)]);
    });
  }
});
