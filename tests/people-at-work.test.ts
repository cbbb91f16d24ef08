/**
 * People at work on a disaster (rescuers, soldiers, volunteers) are a state of people
 * (`people-count`, kinds/counted.ts `peopleState`): their count is compared across versions
 * however the sentence is worded, the counted nouns listed with commas or not.
 * All sentences are written for these tests (fictional places).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const LEDE = 'A landslide buried part of the village of Orvani in the Kessa hills on Monday, officials said.\n\n';

async function updates(first: string, second: string): Promise<string[]> {
  const found = await sets.findings({ a: ['2026-04-06', LEDE + first], b: ['2026-04-07', LEDE + second] }, 'people-count');
  return found.filter((f) => f.type === 'update').map((f) => f.message);
}

describe('people-count: people at work', () => {
  it('compares rescuers at work across reworded sentences, the second listing its groups with commas', async () => {
    const found = await updates(
      'Some 900 rescuers and soldiers were working at the site, a regional official said.',
      'Some 1,700 rescuers, soldiers and volunteers were searching the mud by Tuesday evening, the official said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/900.*1700|900.*1,700/);
  });

  it('leaves a plan alone: rescuers to be deployed are not at work', async () => {
    const found = await updates(
      'Some 900 rescuers were working at the site, a regional official said.',
      'Another team of 1,700 rescuers was to be deployed on Wednesday, the official said.',
    );
    expect(found).toEqual([]);
  });

  it('ends the clause at a comma that does not join a list', async () => {
    const found = await updates(
      'Some 900 rescuers arrived on Monday, and soldiers were working at the site, an official said.',
      'Some 1,700 rescuers arrived on Tuesday, and soldiers were working at the site, an official said.',
    );
    expect(found).toEqual([]);
  });
});
