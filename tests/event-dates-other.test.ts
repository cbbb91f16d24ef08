/**
 * Dates of other moments than the story's events: a second ceremony of a kind ("a second vigil on
 * Wednesday evening") and the closing of a place ("schools will be closed on Wednesday") are no
 * restatement of the first vigil's or the event's date.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const FIRST = `Gunman kills two at Pell Harbor middle school

PELL HARBOR, Maine (AP) — A 14-year-old student shot and killed two classmates at Pell Harbor Middle School on Monday morning, police said. About 800 people gathered on the town green on Monday evening for a candlelight vigil. Superintendent Ruth Alsop said all district schools would be closed on Tuesday and Wednesday.`;
const SECOND = `Pell Harbor mourns two students

PELL HARBOR, Maine (AP) — Hundreds of people attended a second vigil on Tuesday evening at St. Brendan's Church, a day after a 14-year-old student shot and killed two classmates at Pell Harbor Middle School on Monday. Schools will remain closed through Wednesday, Alsop said.`;

describe('event dates of other moments', () => {
  it('a second vigil and a closure of schools are not the first vigil or the event', async () => {
    const f = await sets.findings({ a: ['2026-03-09', FIRST], b: ['2026-03-10', SECOND] }, 'event-dates');
    expect(f.filter((x) => x.type === 'contradiction')).toEqual([]);
  });

  it('the same vigil dated apart still contradicts', async () => {
    const wrong = SECOND.replace('a second vigil on Tuesday evening at St. Brendan\'s Church', 'a candlelight vigil on the town green on Sunday evening');
    const f = await sets.findings({ a: ['2026-03-09', FIRST], b: ['2026-03-10', wrong] }, 'event-dates');
    expect(f.some((x) => x.type === 'contradiction' && x.versions.includes('b'))).toBe(true);
  });
});

describe('a participle describing a noun', () => {
  it('"an overturned ferry" dates no capsizing', async () => {
    const first = `Ferry capsizes off Dorn island\n\nKAVEL, Ostmark (AP) — A crowded ferry capsized off Dorn island late on Thursday, killing at least 9 people, the coast guard said.`;
    const second = `Dorn ferry toll rises to 20\n\nKAVEL, Ostmark (AP) — Divers recovered 11 more bodies from an overturned ferry off Dorn island on Friday, raising the death toll to 20.`;
    const f = await sets.findings({ a: ['2026-08-21', first], b: ['2026-08-21', second] }, 'event-dates');
    expect(f.filter((x) => x.type === 'contradiction')).toEqual([]);
  });
});

describe('a relative clause on the object of another act', () => {
  it('"charged the captain of a ferry that capsized … on Saturday" dates the charge, not the capsizing', async () => {
    const first = `Ferry capsizes off Dorn island\n\nKAVEL, Ostmark (AP) — A crowded ferry capsized off Dorn island late on Thursday, killing at least 9 people, the coast guard said.`;
    const later = `Captain charged over Dorn ferry disaster\n\nKAVEL, Ostmark (AP) — Prosecutors charged the captain of a ferry that capsized off Dorn island with manslaughter on Saturday, as the death toll rose to 20.`;
    const f = await sets.findings({ a: ['2026-08-21', first], b: ['2026-08-22', later] }, 'event-dates');
    expect(f.filter((x) => x.type === 'contradiction')).toEqual([]);
  });
});

