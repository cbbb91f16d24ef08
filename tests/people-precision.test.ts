import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { peopleExtractor } from '../src/extract/people.js';
import { unifyPeople, withoutPlaces } from '../src/extract/unify.js';
import type { ClaimValue, PeopleRule } from '../src/types.js';
import { personKey } from '../src/read/names.js';
import { plainVersion } from '../src/normalize/plain.js';
import { HELDOUT2_CASES, HELDOUT_CASES } from './helpers/wire-people-heldout.js';
import { WIRE_CASES, type WireCase } from './helpers/wire-people.js';

const RULE: PeopleRule = {
  id: 'people-named', label: 'People named', kind: 'people', severity: 'info', cues: [], window: 10,
  overTime: null, expect: [], replaces: [], source: { file: 'r.yaml', line: 1, column: 1 },
};

/** Distinct people-named values per case (as the pipeline gives them, one version per set) against the written truth: precision and recall over all cases. */
function score(cases: readonly WireCase[]): { tp: number; fp: string[]; fn: string[] } {
  let tp = 0;
  const fp: string[] = [];
  const fn: string[] = [];
  for (const c of cases) {
    const values = unifyPeople(peopleExtractor.extract(analyze(plainVersion(c.id, c.text)), RULE, { referenceDate: null }));
    const found = new Map(values.map((v) => [v.key, String(v.value)]));
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
    const { tp, fp, fn } = score(WIRE_CASES);
    const precision = tp / (tp + fp.length);
    const recall = tp / (tp + fn.length);
    if (process.env.FACTLINT_PEOPLE_SCORE) console.log({ precision, recall, fp, fn });
    expect(precision, `false people: ${fp.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(recall, `missed people: ${fn.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on paragraphs written after tuning (held out): precision ≥ 95%, recall ≥ 85%', () => {
    const { tp, fp, fn } = score([...HELDOUT_CASES, ...HELDOUT2_CASES]);
    const precision = tp / (tp + fp.length);
    const recall = tp / (tp + fn.length);
    if (process.env.FACTLINT_PEOPLE_SCORE) console.log({ precision, recall, fp, fn });
    expect(precision, `false people: ${fp.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(recall, `missed people: ${fn.join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });
});

describe('a place named in one version is no person in another', () => {
  const read = (doc: ReturnType<typeof analyze>) => peopleExtractor.extract(doc, RULE, { referenceDate: null });
  // "Rosa di Valle" reads as a person (a given name, a particle, a surname) where nothing marks it as a place.
  const port = analyze(plainVersion('a', 'The survivors were brought to the port of Rosa di Valle, coast guard spokesman Cmdr. Piero Anselmi said.\n'));
  const ashore = analyze(plainVersion('b', 'The boy was in good condition with his father at a reception center in Rosa di Valle, spokesman Piero Anselmi said.\n'));
  const names = (values: readonly ClaimValue[]) => values.map((v) => String(v.value));

  it('drops the name the other version calls a place, and keeps the people', () => {
    expect(names(read(ashore))).toContain('Rosa di Valle');
    const kept = unifyPeople(withoutPlaces([...read(port), ...read(ashore)], [port, ashore]));
    expect(names(kept.filter((v) => v.version === 'b'))).toEqual(['Piero Anselmi']);
    expect(names(kept)).not.toContain('Rosa di Valle');
  });

  it('keeps a version\'s people when no version marks them as places', () => {
    const values = read(ashore);
    expect(withoutPlaces(values, [ashore])).toEqual(values);
  });
});
