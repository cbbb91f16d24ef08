/** sortedCopy (align/tokens.ts) orders a list as the stable Array.prototype.sort does, ties included. */
import { describe, expect, it } from 'vitest';
import { sortedCopy } from '../src/align/tokens.js';

describe('sortedCopy', () => {
  it('matches Array.prototype.sort on short and long lists with ties', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (const length of [0, 1, 2, 5, 17, 32, 33, 80]) {
      const list = Array.from({ length }, (_, at) => ({ at, key: next() % 6 }));
      const compare = (x: { key: number }, y: { key: number }): number => y.key - x.key;
      expect(sortedCopy(list, compare)).toEqual([...list].sort(compare));
      expect(list.map((x) => x.at)).toEqual(Array.from({ length }, (_, at) => at));
    }
  });
});
