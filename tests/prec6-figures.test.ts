/**
 * Precision on unseen wire copy (prec6-figures): shares that refer back to the figure before
 * them, ages in a list set off by semicolons, a year in an aside between subject and verb, a
 * list of people with a member that has no figure, counts of countries with proper adjectives.
 * All sentences are written for these tests (fictional people and places).
 */
import { describe, expect, it } from 'vitest';
import { versionClaims } from './helpers/version-claims.js';
import type { ClaimValue } from '../src/types.js';

const DATE = '2026-06-10';

/** The values of `rule` in a one-paragraph version, as "value/role". */
function values(text: string, rule: string): string[] {
  return (versionClaims(text, DATE).get(rule) ?? []).map((v: ClaimValue) => `${v.value}/${v.role ?? 'none'}`);
}

describe('a share refers back to the figure before it', () => {
  it('"N of them <adverb>" is a share of the count before, not of the cue after it', () => {
    const text = 'Some 140 people were hurt, 27 of them critically, and nine were still unaccounted for, the governor of Orsk province said.';
    expect(values(text, 'missing')).toEqual(['9/headline']);
    expect(values(text, 'injured')).toContain('27/part');
    expect(values(text, 'injured')).toContain('140/headline');
  });

  it('"including N" after a toll is a share of the toll, not of the injured figure that follows', () => {
    const text = 'The blast killed 19 people, including four children, and injured dozens, police in Varnek said.';
    expect(values(text, 'death-toll')).toEqual(['19/headline', '4/part']);
    expect(values(text, 'injured').map((v) => v.split('/')[0])).not.toContain('4');
  });

  it('nor when the whole has its verb after it ("N were killed, among them …")', () => {
    const text = 'At least 23 people were killed, among them six border guards, and 41 were wounded, the Tessan army said.';
    expect(values(text, 'injured').map((v) => v.split('/')[0])).not.toContain('6');
    expect(values(text, 'death-toll')).toContain('6/part');
  });
});

describe('ages after names in a list set off by semicolons', () => {
  it('are ages, not a toll', () => {
    const text = 'The dead were Ilse Marquardt, 14; Tobias Renn, 16; and Hana Voss, 15, police in Brenholt said.';
    expect(values(text, 'death-toll')).toEqual([]);
    const commas = 'Killed were Ilse Marquardt, 44, and Tobias Renn, 61; six other passengers were hurt.';
    expect(values(commas, 'death-toll')).toEqual([]);
    // a toll given by county with semicolons stays a toll
    const byCounty = 'The dead were counted by county: Orvan County, 6; Kessel County, 2.';
    expect(values(byCounty, 'death-toll').map((v) => v.split('/')[0])).toContain('6');
  });
});

describe('a year in an aside between the subject and the verb', () => {
  it('dates the clause: the figure is background', () => {
    expect(values('The last major flood in the Tesvar basin, in 1994, killed 61 people.', 'death-toll')).toEqual(['61/background']);
    expect(values('The worst storm in the district, a 1979 cyclone, killed 900 people.', 'death-toll')).toEqual(['900/background']);
    // not an aside that measures this event against another year, nor one with a verb of its own
    expect(values('The storm, the strongest since 1994, killed 61 people, officials said.', 'death-toll')).toEqual(['61/headline']);
    expect(values('The ferry, built in 1998, sank off Kessa on Tuesday, killing 61 people.', 'death-toll')).toEqual(['61/headline']);
  });
});

describe('a list of people with a member that has no figure', () => {
  it('gives no headline from its last member', () => {
    const text = 'The drivers, three nurses and two doctors were killed when the convoy was shelled near Ostrava Nova, officials said.';
    const toll = values(text, 'death-toll');
    expect(toll).not.toContain('2/headline');
    expect(toll).not.toContain('5/headline');
    expect(toll).toEqual(['3/part', '2/part']);
    // a list whose members all have figures still makes its total
    expect(values('Three nurses and two doctors were killed when the convoy was shelled, officials said.', 'death-toll')).toContain('5/headline');
  });
});

describe('a lone figure of people joined by "and" to a member without one', () => {
  it('is a share of an unknown total, not the toll, and no other rule takes it', () => {
    expect(values('Two border guards and a customs officer were killed when the post was shelled, officials in Dravec said.', 'death-toll')).toEqual(['2/part']);
    expect(values('His wife and three grandchildren died in the fire, neighbours said.', 'death-toll')).toEqual(['3/part']);
    const told = 'Police named the five people killed in the crash on the Varn bypass, four students and their driver, and put the number of people injured at nine.';
    expect(values(told, 'injured')).toEqual(['9/headline']);
    // a member with a figure of its own on either side still makes a group
    expect(values('Two border guards and one customs officer were killed, officials said.', 'death-toll')).toContain('3/headline');
  });
});

describe('counts of countries with proper adjectives before the noun', () => {
  it('are counts of countries', () => {
    const counts = (text: string): string[] => values(text, 'countries-count').map((v) => v.split('/')[0] as string);
    expect(counts('Leaders of 14 Pacific island countries met in Varuna on Monday.')).toEqual(['14']);
    expect(counts('Ministers from 27 European Union countries and six Central Asian nations signed the pact.')).toEqual(['27', '6']);
    // a year before a proper adjective and a noun is still a year: "In 1998 Tessan troops …" counts no troops
    const people = values('In 1998 Tessan troops shelled the valley, killing 40 people.', 'people-count').map((v) => v.split('/')[0]);
    expect(people).not.toContain('1998');
  });

  it('a guide is a person: guides killed count in the toll, with a proper adjective or a noun before them', () => {
    expect(values('An avalanche on the Sarnak glacier killed 11 mountain guides on Friday, officials said.', 'death-toll')).toEqual(['11/headline']);
    expect(values('An avalanche on the Sarnak glacier killed 11 Nepali guides on Friday, officials said.', 'death-toll')).toEqual(['11/headline']);
  });
});
