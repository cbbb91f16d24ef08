/** A round figure hedged ("about a dozen", "about 4,000") against the figure ("12", "4,000"): the same figure, no qualifier change. */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('qualifier changes of round number words', () => {
  it('"about a dozen" and "12" say the same figure', async () => {
    const found = await sets.findings({
      a: ['2026-03-02', 'About a dozen people were treated for heat exhaustion at the ceremony in Varno, officials said.'],
      b: ['2026-03-02', 'Twelve people were treated for heat exhaustion at the ceremony in Varno, officials said.'],
      c: ['2026-03-02', 'About a dozen people were treated for heat exhaustion during the ceremony, the Red Cross said.'],
    }, 'injured');
    expect(found.filter((f) => f.type === 'qualifier-change')).toEqual([]);
  });

  it('"about 640" against "640" is still reported, as info', async () => {
    const found = await sets.findings({
      a: ['2026-03-02', 'The Red Cross said 640 people were injured in the floods in Varno.'],
      b: ['2026-03-02', 'The Red Cross said 640 people were injured in the floods in Varno on Monday.'],
      c: ['2026-03-02', 'About 640 people were injured in the floods, the Red Cross said.'],
    }, 'injured');
    expect(found.filter((f) => f.type === 'qualifier-change').map((f) => [f.severity, f.versions])).toEqual([['info', ['c']]]);
  });

  it('"about 4,000" and "4,000" (a whole number of hundreds) say the same figure', async () => {
    const found = await sets.findings({
      a: ['2026-03-02', 'About 4,000 people were evacuated from low-lying villages near Varno, officials said.'],
      b: ['2026-03-02', 'About 4,000 people were evacuated from low-lying villages near Varno on Monday.'],
      c: ['2026-03-02', 'The regional governor said 4,000 people were evacuated from villages near Varno.'],
    }, 'people-count');
    expect(found.filter((f) => f.type === 'qualifier-change')).toEqual([]);
  });

  it('a lower bound on a round figure is still a change: "more than 4,000" against "4,000"', async () => {
    const found = await sets.findings({
      a: ['2026-03-02', 'More than 4,000 people were evacuated from low-lying villages near Varno, officials said.'],
      b: ['2026-03-02', 'More than 4,000 people were evacuated from low-lying villages near Varno on Monday.'],
      c: ['2026-03-02', 'The regional governor said 4,000 people were evacuated from villages near Varno.'],
    }, 'people-count');
    expect(found.filter((f) => f.type === 'qualifier-change').map((f) => f.versions)).toEqual([['c']]);
  });
});
