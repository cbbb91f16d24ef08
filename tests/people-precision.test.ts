import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { findPeople } from '../src/extract/people.js';
import { personKey } from '../src/extract/names.js';
import { plainVersion } from '../src/normalize/plain.js';
import { WIRE_CASES } from './helpers/wire-people.js';

/** Distinct people per case against the written truth: precision and recall over all cases. */
function score(): { tp: number; fp: string[]; fn: string[] } {
  let tp = 0;
  const fp: string[] = [];
  const fn: string[] = [];
  for (const c of WIRE_CASES) {
    const found = new Map(findPeople(analyze(plainVersion(c.id, c.text))).map((p) => [p.key, p.name]));
    const truth = new Map(c.people.map((n) => [personKey(n), n]));
    for (const [key, name] of found) {
      if (truth.has(key)) tp++;
      else fp.push(`${c.id}: ${name}`);
    }
    for (const [key, name] of truth) if (!found.has(key)) fn.push(`${c.id}: ${name}`);
  }
  return { tp, fp, fn };
}

describe('people on wire-style copy written for the test', () => {
  it('keeps person precision at or above 95% and recall at or above 90%', () => {
    const { tp, fp, fn } = score();
    const precision = tp / (tp + fp.length);
    const recall = tp / (tp + fn.length);
    if (process.env.FACTLINT_PEOPLE_SCORE) console.log({ precision, recall, fp, fn });
    expect(precision, `false people: ${fp.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(recall, `missed people: ${fn.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
