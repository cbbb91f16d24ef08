/**
 * Late copies (align/late-copies.ts): a copy's source is looked for among the few versions before
 * it, so the work per version is bounded however many captures a set has; a copy of a take far
 * older than that is left to the other checks.
 */
import { describe, expect, it } from 'vitest';
import { lateCopies, type CopySource } from '../src/align/late-copies.js';

const take = (n: number): string[] => [
  `The toll from the flood in Ostrava Nova rose to ${n}, the regional governor said.`,
  `Rescuers searched flooded cellars in the old town for a ${n === 1 ? 'first' : 'further'} day.`,
  `The river crested at ${n + 4} metres overnight, the hydrological office said.`,
  `Schools in ${n} districts stayed closed.`,
  'The army sent boats and two helicopters to the valley.',
];

describe('late copies', () => {
  it('finds a copy of a take a few versions back, after the story moved on', () => {
    const versions: CopySource[] = [1, 2, 3].map((n, i) => ({ id: `v${i}`, rank: i, sentences: take(n) }));
    versions.push({ id: 'copy', rank: 3, sentences: take(1) });
    expect(lateCopies(versions)).toEqual(new Map([['copy', 'v0']]));
  });

  it('looks back a bounded number of versions: a copy of a take from 20 captures ago is not matched', () => {
    const versions: CopySource[] = Array.from({ length: 20 }, (_, i) => ({ id: `v${i}`, rank: i, sentences: take(i + 1) }));
    versions.push({ id: 'copy', rank: 20, sentences: take(1) });
    expect(lateCopies(versions).size).toBe(0);
  });

  it('a run of identical captures is no late copy', () => {
    const versions: CopySource[] = Array.from({ length: 50 }, (_, i) => ({ id: `v${i}`, rank: i, sentences: take(7) }));
    expect(lateCopies(versions).size).toBe(0);
  });
});
