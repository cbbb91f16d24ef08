/**
 * Memorial copy (text of our own, wire style): a date fronted before a future clause is a
 * coming day ("On Wednesday, he will be buried …"), and the people a ceremony counts (leaders,
 * dignitaries, delegations, guests) are counts of people.
 */
import { describe, expect, it } from 'vitest';
import { normalizedClaims } from './helpers/version-claims.js';

// 2026-12-05 is a Saturday.
const dates = (text: string): Array<[unknown, string]> =>
  normalizedClaims('event-dates', text, '2026-12-05').map((v) => [v.value, v.text]);
const counts = (text: string): Array<[unknown, string | null | undefined]> =>
  normalizedClaims('people-count', text, '2026-12-05').map((v) => [v.value, v.qualifier]);

describe('a fronted date takes the tense of its clause', () => {
  it('reads "On Wednesday, he will be buried" as the coming Wednesday', () => {
    expect(dates('VARNO (Wire) - On Wednesday, former President Olvan Deska will be buried in his home village of Tessel.')).toEqual([['2026-12-09', 'Wednesday']]);
  });

  it('reads "On Tuesday, the state funeral is set to take place" as the coming Tuesday', () => {
    expect(dates('VARNO (Wire) - On Tuesday, the state funeral is set to take place in the capital.')).toEqual([['2026-12-08', 'Tuesday']]);
  });

  it('keeps the date of a past clause in the past, and of the saying when the future comes after it', () => {
    expect(dates('VARNO (Wire) - On Wednesday, the funeral of former President Olvan Deska was held in the capital.')).toEqual([['2026-12-02', 'Wednesday']]);
    expect(dates('VARNO (Wire) - On Wednesday, officials said the funeral of former President Olvan Deska will be held in the capital.').map(([v]) => v)).not.toContain('2026-12-09');
  });
});

describe('people a ceremony counts', () => {
  it('reads leaders, delegations, dignitaries and guests as counts of people', () => {
    const text = 'VARNO (Wire) - More than 70 world leaders and some 90 foreign delegations attended the state funeral on Monday, along with 300 dignitaries and 2,000 guests.';
    expect(counts(text)).toEqual([[70, 'more-than'], [90, 'about'], [300, null], [2000, null]]);
  });
});
