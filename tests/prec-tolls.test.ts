/**
 * Headline casualty figures as wire copy of disasters and shootings gives them: people being
 * treated in hospital as the injured count when nothing else gives it (a share when something
 * does), tolls stated as "the number of dead reached 70", breakdowns by place, and tolls that
 * rose ("the previous toll of 120"). Sentences written for these tests (fictional places).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimValue } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

const show = (x: ClaimValue): string => `${x.key}/${x.role}${x.place === undefined ? '' : `@${x.place}`}`;
const read = (text: string, rule: string): string[] => (versionClaims(text, '2026-03-04').get(rule) ?? []).map(show);
const headline = (text: string, rule: string): string | undefined =>
  (versionClaims(text, '2026-03-04').get(rule) ?? []).find((x) => x.role === 'headline')?.key;

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('people being treated in hospital', () => {
  it('are the injured count when the version gives no other', () => {
    const text =
      'A gas explosion tore through a block of flats in the port of Velmar on Sunday, killing 12 people. ' +
      'Sixty-one people were being treated in hospitals across the city, 14 of them in critical condition, the health office said.';
    expect(read(text, 'injured')).toEqual(['61/headline', '14/part']);
  });
  it('are a share of the injured count the version gives, or when still in care or patients of an outbreak', () => {
    const text =
      'A fire at a paint factory in Dunmore killed nine workers on Monday. Sixty-one people were being treated in hospital. ' +
      'Doctors said 85 people had been hurt in the blaze.';
    expect(read(text, 'injured')).toEqual(['61/part', '85/headline']);
    expect(read('Nine workers died in the fire at Dunmore. Forty people are still being treated in hospital.', 'injured')).toEqual(['40/part']);
    expect(headline('Some 300 patients were being treated at fever clinics in Osk district on Tuesday.', 'injured')).toBeUndefined();
    expect(headline('A fire killed nine workers. Sixty people were being treated in hospital.', 'injured')).toBe('60');
  });
  it('makes the day-two injured count an update, not a missing figure', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-06-10', 'A bus plunged into a ravine near Karsk on Tuesday, killing 14 people and injuring 30, police said.'],
        b: ['2026-06-11', 'The death toll from the bus crash near Karsk rose to 16. Forty-one people were being treated in hospitals in the province.'],
      },
      'injured',
    );
    expect(findings.map((f) => f.type)).toEqual(['update']);
  });
});

describe('a toll stated without a toll word', () => {
  it('"the number of dead reached 70" is the toll the day\'s finds lead to', () => {
    expect(read('Rescuers pulled 14 bodies from the collapsed market in Corda on Wednesday. The number of people killed rose to 70, officials said.', 'death-toll'))
      .toEqual(['14/other', '70/headline']);
    expect(headline('Teams found eight bodies in the mud near Osk. The count of the dead climbed to 70.', 'death-toll')).toBe('70');
    expect(headline('Soldiers recovered 11 bodies overnight, and the number of fatalities stood at 70 on Wednesday.', 'death-toll')).toBe('70');
  });
  it('a cue named by "the number of" is that count\'s, not the figure\'s before it', () => {
    const text = 'The number of people injured in the landslide rose to 310 and the number of dead reached 70.';
    expect(read(text, 'death-toll')).toEqual(['70/headline']);
    expect(read(text, 'injured')).toEqual(['310/headline']);
    expect(read('The number of people hurt in the blast climbed to 95, and the number of those missing to 12.', 'injured')).toEqual(['95/headline']);
  });
});

describe('a toll that rose: the older figure is an earlier statement', () => {
  it('reads the new toll past an aside that gives the old one', () => {
    expect(read('The death toll, which stood at 120 on Tuesday, rose to 150 on Wednesday, the agency said.', 'death-toll')).toEqual(['120/other', '150/headline']);
    expect(read('The number of dead, 64 on Monday, reached 81 by Tuesday evening.', 'death-toll')).toEqual(['64/other', '81/headline']);
  });
  it('"the previous toll of 120" is this event\'s older figure, not another event\'s', () => {
    expect(read('The landslide killed 150 people, officials in Velk said. The previous toll was 120.', 'death-toll')).toEqual(['150/headline', '120/other']);
  });
  it('reads "the injured count", and an older figure stays with the count it follows', () => {
    const text = 'The injured count rose to 900 from 640, and 31 people remained missing, down from 45.';
    expect(read(text, 'injured')).toEqual(['900/headline', '640/other']);
    expect(read(text, 'missing')).toEqual(['31/headline', '45/other']);
  });
  it('a version that gives the old toll in an aside is no stale copy', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-03-02', 'A magnitude 6.2 earthquake struck Tarvos province on Monday, killing at least 40 people, the disaster agency said.'],
        b: ['2026-03-03', 'The death toll from the Tarvos earthquake, which stood at 40 on Monday, rose to 92 on Tuesday, the disaster agency said.'],
        c: ['2026-03-03', 'The Tarvos earthquake killed 92 people, the disaster agency said on Tuesday.'],
      },
      'death-toll',
    );
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
