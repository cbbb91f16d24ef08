/** A version that states the event's date where no cue ties it to the event has not left the date out. */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('date omissions', () => {
  it('"drew thousands to the square on Saturday" states the date the others tie to the rally', async () => {
    const found = await sets.findings({
      a: ['2026-06-14', 'Thousands of people rallied in Korvel on Saturday against the closure of the shipyard, organisers said.'],
      b: ['2026-06-14', 'The campaign against the closure of the Korvel shipyard drew thousands of workers and their families to the main square on Saturday.'],
    }, 'event-dates');
    expect(found.filter((f) => f.type === 'omission')).toEqual([]);
  });

  it('a version with no such date at all still omits it', async () => {
    const found = await sets.findings({
      a: ['2026-06-14', 'Thousands of people rallied in Korvel on Saturday against the closure of the shipyard, organisers said.'],
      b: ['2026-06-14', 'The campaign against the closure of the Korvel shipyard drew thousands of workers and their families to the main square.'],
    }, 'event-dates');
    expect(found.filter((f) => f.type === 'omission').map((f) => f.versions)).toEqual([['b']]);
  });
});
