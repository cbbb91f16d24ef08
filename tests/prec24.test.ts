/**
 * Counts of people in a state named by a phrase, not one word (`people-count`, kinds/counted.ts
 * `phraseState`): "pulled 17 people out alive" (rescued), "forcing 3,000 residents to evacuate",
 * "were under evacuation orders", "while 6,000 remained under orders" (evacuated). Compared across
 * versions in time order like the other states: a changed figure is an update. Near misses: a
 * town's population ("home to about 6,000 people"), rescuers who pull people out, a capacity, a
 * plea or a plan, two states in one story, and a same-time copy of another outlet.
 * All sentences are written for these tests (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { peopleState } from '../src/kinds/counted.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const QUAKE = 'A strong earthquake struck the hill town of Tavrosk before dawn on Monday, bringing down a hotel and two apartment blocks, officials said.\n\n';
const FIRE = 'A wildfire driven by gusty winds raced through pine forest in the Merrow Valley on Sunday, officials said.\n\n';

type Files = Record<string, readonly [string, string]>;

async function found(lede: string, files: Files, type?: string): Promise<string[]> {
  const withLede = Object.fromEntries(Object.entries(files).map(([k, [d, t]]) => [k, [d, lede + t] as const]));
  const fs = await sets.findings(withLede, 'people-count');
  return fs.filter((f) => type === undefined || f.type === type).map((f) => `${f.type} ${f.versions.join(',')}: ${f.message}`);
}

/** Each people-count figure of `text` as "value => state fact". */
function states(text: string): string[] {
  return (versionClaims(text, '2026-05-04').get('people-count') ?? []).map((v) => `${v.value} => ${peopleState(v)}`);
}

describe('people-count: rescued alive', () => {
  it('reads "pulled N people out alive" and "N people were pulled from the debris alive" as people rescued', () => {
    expect(states('Rescue teams had pulled 17 people out alive by Monday evening, a civil protection official said.')).toEqual(['17 => people rescued: people']);
    expect(states('Twenty-six people have been pulled from the debris alive since the hotel came down, the official said.')).toEqual(['26 => people rescued: people']);
    expect(states('Nine people were dug out alive from under a collapsed stairwell.')).toEqual(['9 => people rescued: people']);
  });

  it('reports a rise in the people pulled out alive as an update', async () => {
    const out = await found(QUAKE, {
      a: ['2026-05-04', 'Rescue teams had pulled 17 people out alive by Monday evening, a civil protection official said.'],
      b: ['2026-05-05', 'Twenty-six people have been pulled from the debris alive since the hotel came down, the official said on Tuesday.'],
    }, 'update');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^update b: .*17.*26/);
  });

  it('takes "pulled from the river alive" and a later "have been rescued" as one count', async () => {
    const out = await found(QUAKE, {
      a: ['2026-05-04', 'Thirty-four people were plucked from the river alive after a footbridge gave way, police said.'],
      b: ['2026-05-05', 'Forty-one people have been rescued, police said on Tuesday.'],
    }, 'update');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/34.*41/);
  });

  it('does not read the rescuers who pull people out as people rescued', () => {
    expect(states('About 350 rescuers pulled survivors out alive from the rubble through the night.')).toEqual(['350 => ']);
    expect(states('Some 350 firefighters and soldiers dug through the rubble, and they pulled out 12 people alive.')).toContain('12 => people rescued: people');
  });

  it('reads no rescue from hope, from people buried alive or from missing people found alive', () => {
    expect(states('Officials said 30 people could still be pulled out alive from the hotel.')).toEqual(['30 => ']);
    expect(states('Twelve people were buried alive when the slope gave way.')).toEqual(['12 => ']);
    expect(states('Twelve people were found alive at a relative’s farm on Tuesday.')).toEqual(['12 => ']);
  });
});

describe('people-count: evacuated, ordered to evacuate, under evacuation orders', () => {
  it('reads "forcing N to evacuate", "were ordered to evacuate" and "under evacuation orders" as people evacuated', () => {
    expect(states('The fire destroyed at least 20 homes, forcing about 3,000 residents to evacuate, officials said.')).toEqual(['3000 => people evacuated: people']);
    expect(states('About 3,000 residents were ordered to evacuate late on Sunday.')).toEqual(['3000 => people evacuated: people']);
    expect(states('More than 8,000 residents were under mandatory evacuation orders on Monday.')).toEqual(['8000 => people evacuated: people']);
  });

  it('reports the rise and the fall of people under evacuation orders as updates; the old figure in "up from" is no figure of its own', async () => {
    const files: Files = {
      a: ['2026-05-03', 'The fire destroyed at least 20 homes, forcing about 3,000 residents to evacuate, officials said.'],
      b: ['2026-05-04', 'More than 8,000 residents were under evacuation orders, up from about 3,000 on Sunday, as the flames spread north.'],
      c: ['2026-05-05', 'Evacuation orders were lifted for about 2,000 people on the eastern side of the valley on Tuesday, while about 6,000 remained under orders.'],
    };
    const out = await found(FIRE, files, 'update');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^update b: .*3000.*8000/);
    expect(out[1]).toMatch(/^update c: .*8000.*6000/);
    expect(await found(FIRE, files, 'contradiction')).toEqual([]);
  });

  it('gives no state to people whose orders were lifted, and none to a plea or a plan', () => {
    expect(states('Evacuation orders were lifted for about 2,000 people on Tuesday, while about 6,000 remained under orders.'))
      .toEqual(['2000 => ', '6000 => people evacuated: people']);
    expect(states('About 500 people were urged to evacuate as a precaution.')).toEqual(['500 => ']);
    expect(states('Some 2,000 residents could be ordered to evacuate if the wind shifts.')).toEqual(['2000 => ']);
  });

  it('gives a bare figure "under orders" no unit in a sentence about no evacuation', () => {
    expect(states('Some 400 people were sent home on Tuesday, while 300 remained under orders from the ministry.')).toEqual(['400 => ']);
  });
});

describe('people-count: near misses', () => {
  it('does not read a town\'s population ("home to about 6,000 people") as a count of people', () => {
    expect(states('Crews tried to keep the flames away from the town of Dellfort, home to about 6,000 people.')).toEqual([]);
  });

  it('makes no update from a population to a later evacuation count', async () => {
    const out = await found(FIRE, {
      a: ['2026-05-03', 'Crews tried to keep the flames away from the town of Dellfort, home to about 6,000 people, officials said.'],
      b: ['2026-05-04', 'About 4,500 residents of Dellfort were under evacuation orders on Monday.'],
    });
    expect(out.filter((m) => /6000/.test(m))).toEqual([]);
  });

  it('reads no state from a capacity', () => {
    // a capacity is no count of people at all (fix-p11)
    expect(states('The school gym, which can hold 800 people, was turned into an evacuation centre.')).toEqual([]);
    expect(states('The ferry was licensed to carry 120 people.')).toEqual(['120 => ']);
  });

  it('keeps two states of one story apart: people rescued and people evacuated', async () => {
    const out = await found(QUAKE, {
      a: ['2026-05-04', 'Rescuers pulled 40 people out alive on Monday. About 2,500 residents were ordered to evacuate the old town, the mayor said.'],
      b: ['2026-05-05', 'Fifty-five people have been pulled out alive so far. About 2,500 residents remained under evacuation orders, the mayor said.'],
    });
    expect(out.filter((m) => m.startsWith('update'))).toHaveLength(1);
    expect(out.find((m) => m.startsWith('update'))).toMatch(/40.*55/);
    expect(out.filter((m) => /2500/.test(m) && /40|55/.test(m))).toEqual([]);
  });

  it('reports a same-time copy of another outlet with another figure as a contradiction, not an update', async () => {
    const out = await found(QUAKE, {
      a: ['2026-05-04', 'Rescue teams had pulled 17 people out alive by Monday evening, a civil protection official said.'],
      b: ['2026-05-05', 'Rescuers have pulled 26 people out alive since the hotel came down, the civil protection agency said.'],
      c: ['2026-05-05', 'Rescuers have pulled 24 people out alive since the hotel came down, the civil protection agency said.'],
    });
    expect(out.filter((m) => m.startsWith('contradiction'))).toHaveLength(1);
    expect(out.filter((m) => m.startsWith('update') && /24|26/.test(m) && /\b(b|c)\b/.test(m.split(':')[0] as string))).toEqual([]);
  });
});
