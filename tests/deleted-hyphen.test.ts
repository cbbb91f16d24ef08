/** A hyphenated given name cut from a sentence is one cut name, not two ("Jean" and "Paul Merle"). */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('deleted mentions of hyphenated names', () => {
  it('reports "Jean-Paul Merle" once', async () => {
    const lede = 'Thousands gathered in Varno on Saturday for the swearing-in of President Ines Roura, officials said.';
    const full = 'Among the guests were Ostrian President Jean-Paul Merle, Tarnese Prime Minister Kofi Adjei and King Anselm of Belmar.';
    const cut = 'Among the guests were Ostrian President , Tarnese Prime Minister Kofi Adjei and King Anselm of Belmar.';
    const found = await sets.findings({
      a: ['2026-05-02', `${lede}\n\n${full}\n\nThe ceremony lasted three hours.`],
      b: ['2026-05-02', `${lede}\n\n${cut}\n\nThe ceremony lasted three hours.`],
    }, 'deleted-mention');
    expect(found.map((f) => [f.subject, f.versions])).toEqual([['Jean-Paul Merle', ['b']]]);
  });
});
