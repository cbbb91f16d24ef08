/**
 * Reading toll figures and their roles: ordinal counts ("a second death" states a toll of two),
 * people in hospital as the injured count ("Thirty people are in hospital, five of them in a
 * critical condition"), and the roles of figures around "among" ("the 40 passengers who died in
 * the crash at Orsk" is the total, "Six residents of Lenn were among the 40" a share of it).
 * Sentences written for these tests (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimValue } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

const show = (x: ClaimValue): string => `${x.key}/${x.role}${x.place === undefined ? '' : `@${x.place}`}`;
const read = (text: string, rule = 'death-toll'): string[] => (versionClaims(text, '2026-08-20').get(rule) ?? []).map(show);
const headline = (text: string, rule = 'death-toll'): string | undefined =>
  (versionClaims(text, '2026-08-20').get(rule) ?? []).find((x) => x.role === 'headline')?.key;

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('an ordinal before a toll noun states the toll', () => {
  it('"Second death reported in …", "confirmed a second death", "a third body was found" are tolls of 2 and 3', () => {
    expect(read('Second death reported in Marsh Hollow brush fire as winds ease')).toEqual(['2/headline']);
    expect(read('Health officials in Tarrow County confirmed a second death on Thursday and said 60 homes had burned.')).toEqual(['2/headline']);
    expect(read('A third body was recovered from the flooded quarry at Denholm on Friday morning.')).toEqual(['3/headline']);
    expect(read('Police in Brack said a fourth fatality had been confirmed after the pile-up on the ring road.')).toEqual(['4/headline']);
  });
  it('reads the toll as a count of the plural ("2 deaths")', () => {
    const x = (versionClaims('Officials confirmed a second death from the blaze near Orlin on Tuesday.', '2026-08-20').get('death-toll') ?? [])[0];
    expect([x?.value, x?.unitText, x?.text]).toEqual([2, 'deaths', 'second death']);
  });
  it('"the second victim" names one in an order: read, never the headline', () => {
    expect(read('The second victim died in hospital in Corra on Saturday, a family spokesman said.')).toEqual(['2/other']);
    const text = 'The fire at the Vell tannery has killed five workers, the company said. The second victim died in hospital on Saturday.';
    expect(headline(text)).toBe('5');
  });
  it('a death in a series over a period is not the event\'s toll', () => {
    expect(read('A climber fell from the north ridge of Mount Kessel on Sunday, the third death on the mountain this season.')).toEqual(['3/other']);
    expect(read('It was a second fatality at the Grell crossing since March, police said.')).toEqual(['2/other']);
  });
  it('near misses: burns, floors, days, times and fires count nothing', () => {
    const none = [
      'Two firefighters suffered second-degree burns while fighting the blaze in Orlin.',
      'The fire started on the second floor of the Halden apartment block on Monday night.',
      'Crews battled the flames for a second day as a second fire broke out east of Orlin.',
      'It was the second time the Vell tannery had caught fire, the third incident this year.',
      'The third victims\' support group met in Corra for the first time.',
    ];
    for (const text of none) expect(read(text), text).toEqual([]);
  });
  it('a second death reported a day later is an update of the toll', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-08-19', 'A brush fire in Marsh Hollow killed one person on Tuesday and destroyed 40 homes, officials said.'],
        b: ['2026-08-20', 'Officials in Marsh Hollow confirmed a second death from the brush fire on Wednesday.'],
      },
      'death-toll',
    );
    expect(findings.map((f) => [f.type, f.message])).toEqual([['update', expect.stringMatching(/to 2 deaths \(b\)/)]]);
  });
});

describe('people in hospital are the injured count when the version gives no other', () => {
  it('"Thirty people are in hospital, five of them in a critical condition" is the injured count', () => {
    expect(read('Thirty people are in hospital, five of them in a critical condition, the Brenn health office said.', 'injured')).toEqual(['30/headline', '5/part']);
    expect(headline('Four workers were killed and 12 others were in hospital on Monday night, police in Sorrel said.', 'injured')).toBe('12');
  });
  it('is a share of the injured count the version gives', () => {
    expect(read('A gas blast tore through a bakery in Lund on Monday, injuring 30 people. Twelve are in hospital, officials said.', 'injured'))
      .toEqual(['30/headline', '12/part']);
  });
  it('near misses: people still in hospital, in critical condition, who died or were found in hospital', () => {
    expect(read('Seven of the injured remain in hospital in Tarnow, doctors said.', 'injured')).toEqual(['7/part']);
    expect(read('Eleven people are still in hospital, the Lund clinic said.', 'injured')).toEqual(['11/part']);
    expect(read('Two passengers were in critical condition at Lund General.', 'injured')).toEqual([]);
    expect(read('Three people died in hospital in Tarnow on Tuesday.', 'injured')).toEqual([]);
    expect(read('The toll was revised to 6 after one victim was found alive in hospital in Tarnow.', 'injured')).toEqual([]);
    expect(read('The toll rose to 13 after an injured worker died in hospital.', 'injured')).toEqual([]);
    expect(read('The bus driver spent 12 days in hospital after the crash near Tarnow.', 'injured')).toEqual([]);
  });
  it('a later copy "in hospital" is not an injured count that went missing, nor a regression', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-08-19', 'A stand collapsed at the Orlin speedway on Saturday, injuring 45 people, officials said.'],
        b: ['2026-08-20', 'Forty-five people are in hospital after a stand collapsed at the Orlin speedway, officials said.'],
        c: ['2026-08-21', 'A stand collapsed at the Orlin speedway on Saturday, injuring 45 people. Eight of the injured remain in hospital.'],
      },
      'injured',
    );
    expect(findings).toEqual([]);
  });
});

describe('figures around "among": the total and its shares', () => {
  it('"Six residents of Lenn county were among the 40 passengers who died in the crash at Orsk": the 40 is the total, the six a share', () => {
    const text = 'Six residents of Lenn county were among the 40 passengers who died in the bus crash at the Orsk pass on Friday, county officials said.';
    expect(read(text)).toEqual(['6/part@Lenn county', '40/headline']);
  });
  it('a headline "Six from Lenn among 40 killed in Orsk bus crash": the place names the crash, the 40 is the total', () => {
    expect(read('Six from Lenn among 40 killed in Orsk bus crash')).toEqual(['6/part@Lenn', '40/headline']);
    // a place noun after the name is still the figure's place ("killed in Orsk district")
    expect(read('Officials said 40 people died in the storm. Of the dead, 12 were killed in Orsk district and 28 in Velm district.'))
      .toEqual(['40/headline', '12/part@Orsk district', '28/part@Velm district']);
  });
  it('"Four Varnians are now among the dead, along with 31 Tessians and two people from other countries": all shares', () => {
    const text = 'Four Varnians are now among the dead, along with 31 Tessians and two people from other countries, the ministry said.';
    expect(read(text)).toEqual(['4/part', '31/part', '2/part']);
    expect(read('The ferry sank off Kessa on Friday, killing 37 people. All five crew members were among the dead, along with 32 passengers.'))
      .toEqual(['37/headline', '5/part', '32/part']);
  });
  it('near misses: a figure that is no share stays the count', () => {
    // "among" with no verb and no place before it, and "along with" with no "among"
    expect(headline('Rescuers recovered 12 bodies on Monday along with 30 survivors, the navy in Kessa said.')).toBe('12');
    expect(headline('At least 14 people were killed when the roof of the Orsk market fell in, police said.')).toBe('14');
    expect(read('Four Varnians died in the crash, the ministry in Tessa said.')).toEqual(['4/headline']);
  });
});
