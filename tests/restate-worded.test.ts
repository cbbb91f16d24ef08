/** A lower bound written in words ("more than a dozen") restates an earlier exact figure it allows. */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const first = 'A gunman opened fire at a shopping center in Redmill on Friday, killing four people. Sixteen people were wounded, police said.';
const later = (injured: string): string => `A shooting at a shopping center in Redmill left four people dead and ${injured} injured on Friday, according to police.`;

describe('worded lower bounds after an exact figure', () => {
  it('"more than a dozen" after 16 is a rounder wording, not a lower count', async () => {
    const found = await sets.findings({ a: ['2026-06-05', first], b: ['2026-06-06', later('more than a dozen')] }, 'injured');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
  // a bound the earlier figure satisfies is never a contradiction (tests/fix-bounds.test.ts): far under it, only less precise
  it('"more than a dozen" after 30 is a less precise statement (info), no contradiction', async () => {
    const found = await sets.findings({ a: ['2026-06-05', first.replace('Sixteen', 'Thirty')], b: ['2026-06-06', later('more than a dozen')] }, 'injured');
    expect(found.map((f) => `${f.severity} ${f.type}`)).toEqual(['info qualifier-change']);
  });
  it('"more than 12" in digits after 16 is a less precise statement (info), no contradiction', async () => {
    const found = await sets.findings({ a: ['2026-06-05', first], b: ['2026-06-06', later('more than 12 people')] }, 'injured');
    expect(found.map((f) => `${f.severity} ${f.type}`)).toEqual(['info qualifier-change']);
  });
});
