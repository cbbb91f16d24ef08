/**
 * A count that only rises (injured, the toll: `over-time: non-decreasing`) first told vaguely
 * ("Hundreds of people were hurt") and then as a figure ("more than 300 injured") is an update from
 * the vague count, as for people missing (prec18): the figure was first told. A vague count after
 * a figure says nothing new. Sentences written for these tests (fictional towns).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const LEDE = 'A magnitude 6.0 earthquake struck the hill town of Dravno before dawn on Monday, officials said.\n\n';

async function found(files: Record<string, readonly [string, string]>, rule: string): Promise<string[]> {
  const withLede = Object.fromEntries(Object.entries(files).map(([k, [d, t]]) => [k, [d, LEDE + t] as const]));
  return (await sets.findings(withLede, rule)).map((f) => `${f.type} ${f.versions.join(',')}: ${f.message}`);
}

describe('injured: a vague count followed by a figure', () => {
  it('reports "hundreds injured" then "more than 300 injured" as an update, never a contradiction', async () => {
    const out = await found({
      a: ['2026-05-04', 'At least 12 people were killed and hundreds were injured, the civil defence agency said.'],
      b: ['2026-05-05', 'The toll rose to 31 and more than 300 people were injured, the civil defence agency said.'],
    }, 'injured');
    expect(out).toEqual(['update b: Injured changed from hundreds (a) to more than 300 people (b)']);
  });

  it('says nothing of a vague count after a figure, and goes on comparing figures over time', async () => {
    const out = await found({
      a: ['2026-05-04', 'At least 12 people were killed and 140 were injured, the civil defence agency said.'],
      b: ['2026-05-05', 'The toll rose to 31 and hundreds of people were injured, the civil defence agency said.'],
      c: ['2026-05-06', 'The toll rose to 40 and 310 people were injured, the civil defence agency said.'],
    }, 'injured');
    expect(out.filter((m) => /^(contradiction|stale)/.test(m))).toEqual([]);
    expect(out.filter((m) => m.includes('hundreds'))).toEqual([]);
  });
});
