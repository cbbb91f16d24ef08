/**
 * The same bare weekday in two copies is one day in the same words, even where the tense reader
 * takes one as the coming day and the other as the last ("will be buried on Sunday" on Monday,
 * "ahead of his burial on Sunday" on Wednesday). Two different weekdays still disagree.
 * Fictional people and places, wire style.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const PREVIEW = 'VARNO (Wire) — Former President Olvan Deska, who led Sarvania out of the civil war, died on Thursday at the age of 91, his family said. He will be buried in his home village of Tessel on Sunday, officials said, after a state memorial service in the capital on Tuesday.';
const memorialDay = (burial: string): string =>
  `VARNO (Wire) — Dozens of heads of state joined tens of thousands of mourners in the rain on Tuesday for a memorial service for former President Olvan Deska, who died last week at 91. His body will lie in state in the capital until Friday, ahead of his burial in Tessel on ${burial}.`;

describe('a bare weekday read a week apart', () => {
  it('is no contradiction between a preview and a later copy', async () => {
    const found = await sets.findings({ a: ['2026-12-07', PREVIEW], b: ['2026-12-09', memorialDay('Sunday')] }, 'event-dates');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('still tells two different weekdays apart', async () => {
    const found = await sets.findings({ a: ['2026-12-07', PREVIEW], b: ['2026-12-09', memorialDay('Saturday')] }, 'event-dates');
    expect(found.filter((f) => f.type === 'contradiction').map((f) => f.message)).toEqual([expect.stringMatching(/Saturday|2026-12-05|2026-12-12/)]);
  });
});
