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

  it('still finds two openings on different days', async () => {
    const found = await sets.findings(
      {
        a: ['2026-03-13', 'The summit opened in Varessa on Thursday, officials said.' + TAIL],
        b: ['2026-03-13', 'The summit opened in Varessa on Wednesday, officials said.' + TAIL],
        c: ['2026-03-13', 'The summit opened in Varessa on Thursday, officials said.' + TAIL],
      },
      'event-dates',
    );
    expect(found.map((f) => f.type)).toContain('contradiction');
  });
});
