/**
 * Precision on unseen wire copy (prec5-counts): the moments of an event of several days
 * (`event-dates`), counts of countries with adjectives before the noun (`countries-count`),
 * counts of people of the same counted thing told in different sentences (`people-count`).
 * All sentences are written for these tests (fictional people and places).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const TAIL = '\n\nThe talks in the Orlanic capital focused on fishing rights and a shared coast guard, officials said.';

/** Findings of `rule` for two versions a day apart (a Thursday, then a Friday). */
async function twoDays(first: string, second: string, rule: string): Promise<string[]> {
  const found = await sets.findings({ a: ['2026-03-12', first + TAIL], b: ['2026-03-13', second + TAIL] }, rule);
  return found.map((f) => f.type);
}

describe('event-dates: the moments of an event of several days', () => {
  it('a summit begun on Thursday is not contradicted by a signing on its second day', async () => {
    const found = await twoDays(
      'Leaders began a two-day summit in Varessa on Thursday, officials said.',
      "The Varessa accord was signed on Friday, the summit's second day, officials said.",
      'event-dates',
    );
    expect(found).not.toContain('contradiction');
    // two openings on different days still disagree
    const openings = await sets.findings(
      {
        a: ['2026-03-13', 'The summit opened in Varessa on Thursday, officials said.' + TAIL],
        b: ['2026-03-13', 'The summit opened in Varessa on Wednesday, officials said.' + TAIL],
        c: ['2026-03-13', 'The summit opened in Varessa on Thursday, officials said.' + TAIL],
      },
      'event-dates',
    );
    expect(openings.map((f) => f.type)).toContain('contradiction');
  });

  it('nor by a signing on its final day, nor by its close', async () => {
    expect(
      await twoDays(
        'Leaders on Thursday opened a three-day summit in Varessa, officials said.',
        'Leaders signed the Varessa accord on Friday, the final day of the summit, officials said.',
        'event-dates',
      ),
    ).not.toContain('contradiction');
    expect(
      await twoDays(
        'Leaders on Thursday opened a two-day summit in Varessa, officials said.',
        'Leaders on Friday closed a two-day summit in Varessa, officials said.',
        'event-dates',
      ),
    ).not.toContain('contradiction');
  });

  it('a date beside an event of several days and no moment may be any of its days', async () => {
    const found = await twoDays(
      'Leaders gathered for a two-day summit in Varessa on Thursday, officials said.',
      'Leaders gathered for a two-day summit in Varessa on Friday, officials said.',
      'event-dates',
    );
    expect(found).not.toContain('contradiction');
  });
});

describe('people-count: a count of people in one state, told in another sentence', () => {
  const QUAKE = '\n\nThe magnitude 6.1 quake struck the mountain district of Ostrel before dawn, officials said.';
  /** Findings of people-count for versions of successive days. */
  async function days(...texts: string[]): Promise<Array<[string, string]>> {
    const files = Object.fromEntries(texts.map((t, i) => [`v${i + 1}`, [`2026-04-${String(10 + i)}`, t + QUAKE] as const]));
    return (await sets.findings(files, 'people-count')).map((f) => [f.type, f.message]);
  }
  const TENTS_1 = 'About 2,800 people were staying in tents after the quake, the regional governor said.';
  const TENTS_2 = 'Some 4,100 people were living in tents on football pitches and in village squares, aid workers said.';
  const UPDATE = [['update', 'Counts of people (in tents) changed from about 2800 people (v1) to about 4100 people (v2)']];

  it('a changed number of people living in tents is an update, however the sentence is worded', async () => {
    expect(await days(TENTS_1, TENTS_2)).toEqual(UPDATE);
  });

  it('so is a changed number of people arrested or evacuated', async () => {
    const found = await days(
      'Police arrested six people, including the owner of the building, a spokesman said.',
      'Police have now arrested nine people over the collapse, including two engineers, prosecutors said.',
    );
    expect(found.map(([type]) => type)).toEqual(['update']);
    const evacuated = await days('Authorities evacuated about 3,000 residents from the valley overnight.', 'More than 5,000 residents have been evacuated so far, the civil protection agency said.');
    expect(evacuated.map(([type]) => type)).toEqual(['update']);
  });

  it('does not set people evacuated against people in shelters', async () => {
    const found = await days(
      TENTS_1,
      TENTS_2,
      'About 2,800 people were evacuated from villages below the dam, officials said.\n\nSome 4,100 people were sleeping in shelters set up in schools, officials said.',
    );
    expect(found).toEqual(UPDATE);
  });

  it('does not compare figures for another place, an increment, a plan, another year or a toll', async () => {
    const others = [
      'In the town of Vask, some 900 people were staying in tents, officials said.',
      'Another 600 people were staying in tents after aftershocks, officials said.',
      'Officials said 9,000 people could be evacuated if the dam failed.',
      'In 2011, some 7,000 people were left homeless and 5,000 were staying in tents.',
      'Three people were killed when a tent collapsed in the wind, officials said.',
    ];
    for (const other of others) expect(await days(TENTS_1, `${TENTS_2}\n\n${other}`)).toEqual(UPDATE);
  });

  it('names the state that moved, so two states updated between the same versions are two findings', async () => {
    const found = await days(
      `${TENTS_1}\n\nAuthorities evacuated about 1,000 residents overnight.`,
      `${TENTS_2}\n\nBy Sunday some 2,600 residents had been evacuated, the civil protection agency said.`,
    );
    expect(found.map(([type, message]) => `${type} ${message.slice(0, message.indexOf(' changed'))}`).sort()).toEqual([
      'update Counts of people (evacuated)',
      'update Counts of people (in tents)',
    ]);
    const subjects = (await sets.findings({ v1: ['2026-04-10', TENTS_1 + QUAKE], v2: ['2026-04-11', TENTS_2 + QUAKE] }, 'people-count')).map((f) => f.subject);
    expect(subjects).toEqual(['Counts of people (in tents)']);
  });

  it('does not compare a state whose version gives two figures for it', async () => {
    const found = await days(
      `${TENTS_1}\n\nAuthorities evacuated about 1,000 residents overnight.`,
      `${TENTS_2}\n\nBy Sunday some 1,500 residents had been evacuated by bus, and 300 residents were evacuated by helicopter, the civil protection agency said.`,
    );
    expect(found).toEqual(UPDATE);
  });
});
