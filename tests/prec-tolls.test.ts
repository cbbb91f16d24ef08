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
  it('make the day-two injured count an update; "nine were being treated" after "13 wounded" is a share, not a fall', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-06-10', 'A gunman killed four people at a high school in Harlow on Friday, and 13 people were wounded, police said.'],
        b: ['2026-06-11', 'A gunman killed four people at a high school in Harlow on Friday. Nine people were being treated in hospitals on Saturday.'],
      },
      'injured',
    );
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
    // a larger count of the day before: then the day-two hospital count is the count that rose
    const rose = await sets.findings(
      {
        a: ['2026-06-10', 'A bus plunged into a ravine near Karsk on Tuesday, killing 14 people and injuring 30, police said.'],
        b: ['2026-06-11', 'The death toll from the bus crash near Karsk rose to 16. Forty-one people were being treated in hospitals in the province.'],
      },
      'injured',
    );
    expect(rose.map((f) => f.type)).toEqual(['update']);
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

describe('a breakdown by place beside the total', () => {
  it('a province\'s figure after the national one is its share, not a second headline', () => {
    const text =
      'A strong earthquake killed at least 900 people and injured hundreds in the north of Velmora, officials said. ' +
      'The provincial governor said more than 300 people had been killed and more than 200 injured in Kasta province.';
    expect(read(text, 'injured')).toEqual(['200-999/other', '200/part@Kasta province']);
  });
  it('figures of a county named before them, or opening the sentence, are shares of the total', () => {
    expect(read('The quake killed 57 people. Forty-five people were killed in Orvan county, the provincial government said.', 'death-toll'))
      .toEqual(['57/headline', '45/part@Orvan county']);
    expect(read('The quake killed 57 people. Orvan county reported 45 deaths and Kessel county 12.', 'death-toll'))
      .toEqual(['57/headline', '45/part@Orvan county', '12/part@Kessel county']);
    expect(read('The quake killed 57 people and injured 300. In Orvan county alone, 45 people died.', 'death-toll'))
      .toEqual(['57/headline', '45/part@Orvan county']);
    expect(read('The quake killed 57 people. The death toll in Orvan county stood at 45 on Tuesday.', 'death-toll'))
      .toEqual(['57/headline', '45/part@Orvan county']);
    // the first figure stays the count whatever its place; a site is no area
    expect(read('A landslide killed 40 people in Tarvos province on Monday. Officials later said 52 people had died.', 'death-toll'))
      .toEqual(['40/headline', '52/other']);
    expect(read('Rescuers said 14 people died. Four people were killed at the school in Dunmore, police said.', 'death-toll'))
      .toEqual(['14/headline', '4/other']);
  });
  it('a version that gives the province\'s injured next to the national toll agrees with one that gives the national injured', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-09-20', 'An earthquake killed 150 people in northern Velmora on Sunday, and more than 1,100 people were injured, the interior ministry said.'],
        b: ['2026-09-20', 'An earthquake killed 150 people and injured hundreds across northern Velmora on Sunday. The governor said 90 people had died and more than 200 were injured in Kasta province.'],
      },
      'injured',
    );
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
});

