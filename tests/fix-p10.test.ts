/**
 * Real-copy probe round five (text of our own, fictional places and people, in the styles of
 * the wire and outlet copy read): what the round's false findings came from.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';
import { normalizedClaims } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('a timetable verb before "to"', () => {
  // 2026-03-08 is a Sunday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-03-08').map((v) => v.value);

  it('"continues to rise after Saturday\'s quake" dates the quake past', () => {
    expect(dates('The number of dead continues to rise by the hour after Saturday’s 7.2 magnitude quake in Dask, amid frantic searches.')).toEqual(['2026-03-07']);
    expect(dates('The toll from the quake in Dask on Saturday continues to climb.')).toEqual(['2026-03-07']);
  });

  it('"the summit continues on Saturday" still speaks of the coming Saturday', () => {
    expect(dates('The Dask summit continues on Saturday with a session on trade.')).toEqual(['2026-03-14']);
  });
});

describe('a weekday that owns the incident', () => {
  // 2026-03-12 is a Thursday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-03-12').map((v) => v.value);

  it('names a day past whatever the tense around it ("would make Wednesday\'s temblor the worst")', () => {
    expect(dates('Officials feared the toll would make Wednesday’s temblor the deadliest in Rovia in decades.')).toEqual(['2026-03-11']);
  });

  it('keeps every mention of that weekday past in the version', async () => {
    const findings = await sets.findings({
      a: ['2026-03-11', 'Quake hits Dask\n\nDASK (Wire) — A magnitude-6.2 quake struck Dask before dawn on Wednesday, killing at least 38 people.'],
      b: ['2026-03-12', 'Dask toll rises\n\nDASK (Wire) — The death toll from Wednesday’s quake rose to 120 on Thursday, officials said.\n\nOfficials worried the toll would make Wednesday’s temblor the deadliest in Rovia since 1980.'],
    }, 'event-dates');
    expect(findings).toEqual([]);
  });

  it('leaves a funeral ahead: "will attend Wednesday\'s funeral"', () => {
    expect(dates('Leaders will attend Wednesday’s funeral in Dask.')).toEqual(['2026-03-18']);
  });
});

describe('a compound modifier before a noun', () => {
  const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-03-11').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"the two worst-hit villages" counts villages, not the injured', () => {
    expect(injured('DASK (Wire) — A total of 368 injured and sick people had been rescued from the two worst-hit villages, Varno and Tesk, after the quake struck.')).toEqual([368]);
  });
});

describe('people found', () => {
  const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-03-11').map((v) => v.value);
  const missing = (text: string): unknown[] => normalizedClaims('missing', text, '2026-03-11').map((v) => v.value);

  it('stay injured once rescued: "368 injured and sick people had been rescued"', () => {
    expect(injured('A total of 368 injured and sick people had been rescued by Wednesday night.')).toEqual([368]);
  });

  it('are no longer missing: "Two missing climbers were found alive"', () => {
    expect(missing('Two missing climbers were found alive on Wednesday.')).toEqual([]);
  });
});
