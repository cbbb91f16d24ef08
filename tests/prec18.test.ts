/**
 * Counts of people over time (`people-count` states, `missing`): a shelter count whose "in" lies
 * before the state window, a state figure given for one place and later with none, a copy that goes
 * back to a state figure an update replaced (stale). All sentences are written for these tests
 * (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const LEDE = 'Floodwaters from the swollen Tessin River inundated low-lying districts of the town of Varnow on Saturday, officials said.\n\n';

type Files = Record<string, readonly [string, string]>;

async function found(files: Files, rule = 'people-count', type?: string): Promise<string[]> {
  const withLede = Object.fromEntries(Object.entries(files).map(([k, [d, t]]) => [k, [d, LEDE + t] as const]));
  const fs = await sets.findings(withLede, rule);
  return fs.filter((f) => type === undefined || f.type === type).map((f) => `${f.type} ${f.versions.join(',')}: ${f.message}`);
}

describe('people-count: a shelter count read through "the number of people in shelters"', () => {
  it('compares "the number of people in shelters rose to N" with an earlier shelter count given for a place', async () => {
    const out = await found({
      a: ['2026-03-07', 'About 830 people were sleeping in shelters set up in gyms and parish halls in Varnow, the mayor, Edita Brandt, said.'],
      b: ['2026-03-08', 'The number of people in shelters rose to 1,120 overnight as more streets went under water, Brandt said.'],
    }, 'people-count', 'update');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/830.*1120/);
  });

  it('reads the shelter state with the "in" just before the state window ("number of residents in camps climbed to")', async () => {
    const out = await found({
      a: ['2026-03-07', 'More than 400 residents were staying in camps on higher ground, a regional official said.'],
      b: ['2026-03-08', 'The number of residents in camps climbed to 650 by Sunday, the official said.'],
    }, 'people-count', 'update');
    expect(out).toHaveLength(1);
  });

  it('does not merge a place-less figure with parts given for two places', async () => {
    const out = await found({
      a: ['2026-03-07', 'About 300 people were staying in shelters in Varnow, and about 200 people were staying in shelters in Lesk, the agency said.'],
      b: ['2026-03-08', 'The number of people in shelters rose to 700 on Sunday, the agency said.'],
    }, 'people-count', 'update');
    expect(out).toEqual([]);
  });

  it('does not merge when one version gives the placed and the place-less figure side by side', async () => {
    const out = await found({
      a: ['2026-03-07', 'About 300 people were staying in shelters in Varnow. In all, some 900 people were staying in shelters, the agency said.'],
      b: ['2026-03-08', 'Some 900 people were staying in shelters on Sunday, the agency said.'],
    }, 'people-count', 'update');
    expect(out.filter((m) => /300/.test(m))).toEqual([]);
  });

  it('reads no state from a word of shelter that is no place people are in ("officials in charge of shelters")', async () => {
    const out = await found({
      a: ['2026-03-07', 'Officials in charge of shelters said 450 volunteers had signed up.'],
      b: ['2026-03-08', 'Officials in charge of shelters said 600 volunteers had signed up by Sunday.'],
    }, 'people-count', 'stale');
    expect(out).toEqual([]);
  });
});

describe('people-count: a copy that goes back to a replaced state figure is stale', () => {
  const MORNING = 'Some 900 rescuers and soldiers were working along the riverbanks, a civil defense spokesman said.';
  const EVENING = 'Some 1,700 rescuers, soldiers and volunteers were working along the riverbanks by Saturday evening, the spokesman said.';

  it('flags a next-day copy that repeats the morning figure after the evening update', async () => {
    const files: Files = { a: ['2026-03-07', MORNING], b: ['2026-03-08', EVENING], c: ['2026-03-09', MORNING] };
    const stale = await found(files, 'people-count', 'stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^stale c: .*900.*1700/);
    expect(await found(files, 'people-count', 'update')).toHaveLength(1);
  });

  it('does not flag a later copy that keeps the newer figure', async () => {
    const files: Files = { a: ['2026-03-07', MORNING], b: ['2026-03-08', EVENING], c: ['2026-03-09', EVENING] };
    expect(await found(files, 'people-count', 'stale')).toEqual([]);
  });

  it('does not flag a figure that only looks back ("up from 900") or a count of arrivals', async () => {
    const files: Files = {
      a: ['2026-03-07', MORNING],
      b: ['2026-03-08', EVENING],
      c: ['2026-03-09', 'Some 900 soldiers arrived from the capital on Friday, a spokesman said.'],
    };
    expect(await found(files, 'people-count', 'stale')).toEqual([]);
  });
});

describe('people-count: a bare figure of people still in shelters after a count of people', () => {
  it('reads "with about N still in evacuation centres" and "and N remain in evacuation centres" as one shelter count that fell', async () => {
    const out = await found({
      a: ['2026-03-08', 'The number of residents evacuated climbed to 12,400, with about 6,800 still in evacuation centres, the province said.'],
      b: ['2026-03-10', 'Some 12,400 residents were evacuated as the river crested, and 3,900 remain in evacuation centres, the province said.'],
    }, 'people-count', 'update');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/6800.*3900/);
  });

  it('gives a bare figure no unit when the centres are no shelters ("detention centres")', async () => {
    const out = await found({
      a: ['2026-03-08', 'About 700 migrants were detained at the border, and 250 remain in detention centres, police said.'],
      b: ['2026-03-10', 'About 700 migrants were detained at the border, and 410 remain in detention centres, police said.'],
    }, 'people-count');
    expect(out.filter((m) => /250|410/.test(m))).toEqual([]);
  });

  it('leaves a breakdown by place alone ("and five in Lesk")', async () => {
    const out = await found({
      a: ['2026-03-08', 'Some 2,000 people were evacuated in Varnow and 500 in Lesk, officials said.'],
      b: ['2026-03-10', 'Some 2,000 people were evacuated in Varnow and 800 in Lesk, officials said.'],
    }, 'people-count', 'update');
    expect(out.filter((m) => /500|800/.test(m) && /shelter/.test(m))).toEqual([]);
  });

  it('does not read a figure with a noun of its own ("and 40 children remain in camps") as the earlier noun', async () => {
    const out = await found({
      a: ['2026-03-08', 'Some 900 people were evacuated, and 40 children remain in relief camps, the agency said.'],
      b: ['2026-03-10', 'Some 900 people were evacuated, and 60 children remain in relief camps, the agency said.'],
    }, 'people-count');
    expect(out.some((m) => /40 people|60 people/.test(m))).toBe(false);
  });
});

describe('missing: a vague count followed by a figure is an update', () => {
  it('reports "dozens missing" then "at least 40 missing" as an update, never a contradiction', async () => {
    const files: Files = {
      a: ['2026-03-07', 'Mudslides buried two hamlets above Varnow early on Saturday, killing at least 11 people and leaving dozens missing, officials said.'],
      b: ['2026-03-08', 'Mudslides buried two hamlets above Varnow on Saturday, killing 19 people, and at least 40 people were still missing on Sunday, officials said.'],
    };
    const all = await found(files, 'missing');
    expect(all.filter((m) => m.startsWith('contradiction'))).toEqual([]);
    const updates = all.filter((m) => m.startsWith('update'));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatch(/dozens.*40/);
  });

  it('says nothing when a vague count follows a figure ("40 missing", later "dozens missing")', async () => {
    const files: Files = {
      a: ['2026-03-07', 'Mudslides buried two hamlets above Varnow on Saturday, killing 19 people, and at least 40 people were missing, officials said.'],
      b: ['2026-03-08', 'Mudslides buried two hamlets above Varnow on Saturday, killing 21 people and leaving dozens missing, officials said.'],
    };
    expect((await found(files, 'missing')).filter((m) => /^(update|contradiction|stale)/.test(m))).toEqual([]);
  });

  it('makes no update from a vague count of another thing ("dozens of homes")', async () => {
    const files: Files = {
      a: ['2026-03-07', 'Mudslides buried dozens of homes above Varnow on Saturday, killing at least 11 people, officials said.'],
      b: ['2026-03-08', 'Mudslides buried two hamlets above Varnow on Saturday, killing 19 people, and 12 people were still missing on Sunday, officials said.'],
    };
    expect((await found(files, 'missing')).filter((m) => m.startsWith('update'))).toEqual([]);
  });
});
