/**
 * Middle initials tell a father from a son of the same given name ("Harlan R.J. Voss" and
 * "Harlan T. Voss"); a name written without them is the one person of the set written with them.
 * Fictional people, wire style.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { middleInitials, personKey, sameName } from '../src/read/names.js';
import { datedSets } from './helpers/dated-set.js';
import { normalizedClaims } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('middle initials in a person key', () => {
  it('reads the initials between the given name and the surname, however spaced', () => {
    expect(middleInitials('Harlan R.J. Voss')).toBe('rj');
    expect(middleInitials('Harlan R. J. Voss')).toBe('rj');
    expect(middleInitials('Harlan T. Voss Jr.')).toBe('t');
    expect(middleInitials('Harlan Voss')).toBe('');
    expect(middleInitials('J.K. Rowling')).toBe('');
  });

  it('keeps two sets of initials apart and joins a name written without them', () => {
    expect(personKey('Harlan R.J. Voss')).not.toBe(personKey('Harlan T. Voss'));
    expect(personKey('Harlan R.J. Voss')).toBe(personKey('Harlan R. J. Voss'));
    expect(sameName('Harlan Voss', 'Harlan T. Voss')).toBe(true);
    expect(sameName('Joe Pellman', 'Joseph K. Pellman Jr.')).toBe(true);
    expect(sameName('Harlan R.J. Voss', 'Harlan T. Voss')).toBe(false);
  });

  it('gives the father his age, not the son', () => {
    const text = 'Former President Harlan T. Voss spoke at the cathedral on Tuesday. His father, Harlan R.J. Voss, died last week at the age of 94.';
    const ages = normalizedClaims('ages', text, '2026-03-03').map((v) => [v.person?.key, v.value]);
    expect(ages).toEqual([[personKey('Harlan R.J. Voss'), 94]]);
    const people = normalizedClaims('people-named', text, '2026-03-03').map((v) => String(v.value));
    expect(people).toEqual(['Harlan T. Voss', 'Harlan R.J. Voss']);
  });
});

describe('a name with and without its initials across versions', () => {
  it('is one person: no changed name, no omission', async () => {
    const a = 'GENEVA (Wire) — President Joe Pellman arrived on Monday for the summit, joined by Foreign Minister Ada Korrin. Pellman said the talks would be hard.';
    const b = 'GENEVA (Wire) — President Joseph K. Pellman Jr. arrived on Monday for the summit, joined by Foreign Minister Ada L. Korrin. Pellman said the talks would be hard.';
    for (const rule of ['changed-fact', 'participants', 'people-named']) {
      expect(await sets.findings({ a: ['2026-03-02', a], b: ['2026-03-02', b] }, rule)).toEqual([]);
    }
  });

  it('keeps a father and a son apart: the son dropped from a later list is reported', async () => {
    const lede = 'WASHINGTON (Wire) — Mourners filled the cathedral on Wednesday for the funeral of former President Harlan R.J. Voss, who died last week at 94.';
    const a = `${lede}\n\nFormer President Harlan T. Voss, his son, delivered the eulogy. President Mara Quill and Vice President Tomas Reyl attended.`;
    const b = `${lede}\n\nPresident Mara Quill and Vice President Tomas Reyl attended.`;
    const found = await sets.findings({ a: ['2026-03-04', a], b: ['2026-03-04', b] }, 'participants');
    expect(found.map((f) => f.subject)).toContain('Harlan T. Voss');
  });
});
