/**
 * A portal's same-day copy of a story's first take, next to the day's update: it still gives
 * the first take's toll while a version of the same date raises it. Stale (a warning), with the
 * same time said in the message; nothing when no version of that date raises the figure.
 * Texts written for this test (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(sets.cleanup);

const tollFindings = (files: Record<string, [string, string]>): Promise<Finding[]> => sets.findings(files, 'death-toll');

const first = (n: string): string =>
  `Mine flood in Vell Hollow kills ${n}\n\nVELL HOLLOW (AP) — Water flooded a coal mine in Vell Hollow on Sunday, killing at least ${n} miners, the mines agency said.\n\nRescue chief Orla Pym said pumps were running through the night.\n\nIn 2015, a flood at a nearby pit killed 14 miners.\n`;
const update = `Toll in Vell Hollow mine flood rises to 8\n\nVELL HOLLOW (AP) — The death toll from a flood at a coal mine in Vell Hollow rose to eight on Monday after divers reached a lower gallery, the mines agency said.\n\nRescue chief Orla Pym said the search was over.\n\nIn 2015, a flood at a nearby pit killed 14 miners.\n`;

describe('a same-day copy of the first take next to the update', () => {
  it('is stale against the update of the same date', async () => {
    const found = await tollFindings({ a: ['2026-06-07', first('five')], b: ['2026-06-08', update], c: ['2026-06-08', first('five')] });
    const stale = found.filter((f) => f.type === 'stale');
    expect(stale.map((f) => [f.versions, f.severity])).toEqual([[['c'], 'warning']]);
    expect(stale[0]?.message).toMatch(/c still says 5, the figure of the earlier a, but b of the same time says 8/);
    expect(found.some((f) => f.type === 'contradiction')).toBe(false);
  });

  it('says nothing when no version of that date raises the figure', async () => {
    const found = await tollFindings({ a: ['2026-06-07', first('five')], c: ['2026-06-08', first('five')] });
    expect(found.filter((f) => f.type === 'stale' || f.type === 'contradiction')).toEqual([]);
  });
});
