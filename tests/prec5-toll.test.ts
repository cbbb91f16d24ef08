/**
 * Casualty figures that wire copy gives beside the toll: the size of a rise ("rose by 30 to 150"),
 * a share set off after "most of the dead", a revision later in the same version ("Police later
 * revised the toll to 12"), and victims restated as their groups ("The victims, 23 men and four
 * women, died"). Sentences written for these tests (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimValue } from '../src/types.js';
import { quantityAt } from '../src/read/numbers.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

const show = (x: ClaimValue): string => `${x.key}/${x.role}`;
const read = (text: string, rule = 'death-toll'): string[] => (versionClaims(text, '2026-05-12').get(rule) ?? []).map(show);
const headline = (text: string, rule = 'death-toll'): string | undefined =>
  (versionClaims(text, '2026-05-12').get(rule) ?? []).find((x) => x.role === 'headline')?.key;
const words = (text: string): string[] => text.toLowerCase().split(' ');

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('the size of a change is no toll and no bound of a range', () => {
  it('"rose by 30 to 150": the toll is the figure after "to"', () => {
    expect(read('The death toll from the landslide in Varno rose by 30 to 150 on Tuesday, officials said.')).toEqual(['150/headline']);
    expect(headline('The number of dead climbed by 12 to 47, the interior ministry in Pellagra said.')).toBe('47');
    expect(headline('The toll from the mine flood at Osterveld increased by two to 25 on Sunday.')).toBe('25');
    expect(headline('The death toll from the ferry fire off Kessa jumped by more than 40 to 310 on Wednesday.')).toBe('310');
  });
  it('"up by 12 from Tuesday" is the change, not a second figure of the toll', () => {
    expect(read('At least 58 people were killed in the storms around Brenmoor, up by 12 from Tuesday, officials said.')).toEqual(['58/headline']);
  });
  it('"fell by 30 to 50 percent" stays a range (a change in percent), "rose by 30 to 150" does not', () => {
    const range = quantityAt(words('rents fell by 30 to 50 percent'), 3);
    expect([range?.qualifier, range?.value, range?.high]).toEqual(['range', 30, 50]);
    const change = quantityAt(words('the toll rose by 30 to 150'), 4);
    expect([change?.qualifier, change?.value, change?.high]).toEqual([null, 30, null]);
  });
  it('a rise "by N to M" after a first report is an update to M', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-05-11', 'A landslide buried part of the hill town of Varno on Monday, killing 120 people, officials said.'],
        b: ['2026-05-12', 'The death toll from the landslide in Varno rose by 30 to 150 on Tuesday as rescuers reached the upper streets, officials said.'],
      },
      'death-toll',
    );
    expect(findings.filter((f) => f.type === 'update').map((f) => f.message)).toEqual([expect.stringMatching(/120 people \(a\) to 150 \(b\)/)]);
  });
});

describe('a figure set off after a share of the dead is the share', () => {
  it('"Most of the dead, 45, were in Kalvari province" is a part of the toll', () => {
    const text = 'Floods swept across the north of Parvia this week, killing 112 people. Most of the dead, 45, were in Kalvari province, officials said.';
    expect(read(text)).toEqual(['112/headline', '45/part']);
  });
  it('is no headline when the version gives no other figure', () => {
    expect(headline('Floods swept across the north of Parvia this week. Most of the dead, 45, were in Kalvari province, officials said.')).toBeUndefined();
    expect(headline('A boiler blew up at a textile mill in Sarnath on Friday. Nearly half of the injured, 19, were children, doctors said.', 'injured')).toBeUndefined();
  });
});

describe('a revision later in the version sets its headline', () => {
  it('"Police later revised the toll to 12" after "killed 14 people" in the lede', () => {
    const text =
      'A minibus crash on the coast road near Dorn killed 14 people on Monday, police said. ' +
      'Police later revised the toll to 12, saying two bodies had been counted twice.';
    expect(headline(text)).toBe('12');
    const corrected =
      'A minibus crash on the coast road near Dorn killed 14 people on Monday, police said. ' +
      'Officials corrected the number of dead to 12 from 14 on Tuesday.';
    expect(headline(corrected)).toBe('12');
    expect(headline('A minibus crash near Dorn killed 14 people. The toll was later lowered to 12 by the regional governor.')).toBe('12');
    // not a revision the story has moved on from, nor a rise it tells
    expect(headline('A minibus crash near Dorn killed 14 people, police said on Tuesday. Police had revised the toll to 12 on Monday night.')).toBe('14');
    expect(headline('A minibus crash near Dorn killed 14 people, police said. The toll rose to 16 overnight before falling again.')).toBe('14');
    expect(headline('A minibus crash near Dorn killed 14 people. Police lowered the toll to 12 on Monday. Two more died on Tuesday, bringing the toll to 14.')).toBe('14');
    // a count set far off the lede's is another count (a province's), not its correction
    expect(headline('Floods across Parvia killed 112 people this week. Kalvari officials raised their toll to 45 on Friday.')).toBe('112');
  });
  it('the corrected figure in a later version contradicts nothing', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-05-11', 'A minibus crash on the coast road near Dorn killed 14 people on Monday, police said.'],
        b: [
          '2026-05-12',
          'A minibus crash on the coast road near Dorn killed 14 people on Monday, police said.\n\n' +
            'Police later revised the toll to 12, saying two bodies had been counted twice.',
        ],
        c: ['2026-05-13', 'The families of the 12 people killed in a minibus crash on the coast road near Dorn gathered on Wednesday for a joint funeral.'],
      },
      'death-toll',
    );
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
});

describe('victims restated as their groups', () => {
  it('"The victims, 23 men and four women, died at the scene" counts 27', () => {
    expect(read('The victims, 23 men and four women, died at the scene near Haldor, police said.')).toEqual(['27/headline', '23/part', '4/part']);
    // a list that goes on before the figures still makes no sum: the driver is one more
    expect(headline('Killed were the driver, two students and three teachers from Haldor.')).not.toBe('5');
  });
});
