/**
 * Real copy of one day without times of day: two outlets' headlines "Quake toll rises to 268" and
 * "Quake toll rises to 278" are a rising toll told at different hours (an update), not two sources
 * that disagree (an error). A headline's "Death toll in quake up to 250" is the count risen to 250,
 * no bound ("could rise up to 300" still is one).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findQuantities } from '../src/read/numbers.js';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const EARLY = `Aftershocks hamper rescuers as Valmora quake toll rises to 131

The death toll from Tuesday's earthquake in the Valmora hills rose to 131 on Thursday, the civil protection agency said.`;
const LATE = `Valmora quake toll rises to 142, nine still missing

The civil protection agency said on Thursday that the provisional toll from Tuesday's earthquake in the Valmora hills was 142.`;
const OTHER = `Valmora quake kills 142, agency says

The civil protection agency said on Thursday that the provisional toll from Tuesday's earthquake in the Valmora hills was 142.`;

describe('a rise told the same day', () => {
  it('is an update from the lower figure, not a contradiction', async () => {
    const f = await sets.findings({ a: ['2026-04-02', EARLY], b: ['2026-04-02', LATE] }, 'death-toll');
    expect(f.map((x) => [x.type, x.severity, x.versions])).toEqual([['update', 'info', ['b']]]);
  });

  it('without a word of rise the two figures of one day still disagree', async () => {
    const plain = EARLY.replace('toll rises to 131', 'toll is 131').replace('rose to 131', 'was 131');
    const f = await sets.findings({ a: ['2026-04-02', plain], b: ['2026-04-02', OTHER] }, 'death-toll');
    expect(f.some((x) => x.type === 'contradiction')).toBe(true);
  });
});

describe('"up to" after a toll', () => {
  const q = (text: string): string => findQuantities(text.split(' ')).map((x) => `${x.value}:${x.qualifier ?? ''}`).join(',');
  it('is the count risen to the figure in a headline, and a bound elsewhere', () => {
    expect(q('death toll in valmora quake up to 250')).toBe('250:');
    expect(q('officials said the toll is now up to 41')).toBe('41:');
    expect(q('the toll could rise up to 300')).toBe('300:at-most');
    expect(q('up to 300 people were evacuated')).toBe('300:at-most');
  });
});

describe("a headline's figures of people joined by a comma", () => {
  it('are one group before a word of harm ("19 children, 2 teachers killed"): the sum is the toll', async () => {
    const { versionClaims, CORE_QUANTITY_RULES } = await import('./helpers/version-claims.js');
    const head = (text: string): string[] =>
      (versionClaims(`${text}\n`, '2026-05-25', CORE_QUANTITY_RULES).get('death-toll') ?? []).filter((v) => v.role === 'headline').map((v) => String(v.value));
    expect(head('Eleven pupils, two teachers killed in shooting at Harlan primary school')).toEqual(['13']);
    expect(head('11 pupils and 2 teachers were killed at the school.')).toEqual(['13']);
    expect(head('Police said 11 pupils, 2 teachers and a guard were at the school when the gunman opened fire.')).not.toContain('13');
  });
});

describe('a figure listed after a risen one', () => {
  it('rose too ("has risen to 412 dead and 1,190 injured" beside "… 230, with 640 injured" the same day)', async () => {
    const early = `Valmora quake toll rises to 230\n\nThe death toll from the earthquake in the Valmora hills has risen to 230, with 640 injured, the interior ministry said.`;
    const late = `The death toll from the earthquake in the Valmora hills has risen to 412 dead and 1,190 injured, the interior ministry said.`;
    const f = await sets.findings({ a: ['2026-04-02', early], b: ['2026-04-02', late] }, 'injured');
    expect(f.map((x) => [x.type, x.severity])).toEqual([['update', 'info']]);
  });
});
