/**
 * Owners and operators named in disaster copy are companies, not people (lang/en/people.ts
 * COMPANY_HEADS); groups of people that open sentences are no surnames (PEOPLE_GROUP_WORDS).
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../src/read/people.js';
import { analyze } from '../src/analyze/index.js';
import { plainVersion } from '../src/normalize/plain.js';

const people = (text: string): string[] => findPeople(analyze(plainVersion('a', `${text}\n`))).map((m) => m.name);

describe('company names', () => {
  it('a ferry line, a mining or a cement company is no person', () => {
    expect(people("The ferry's owner, Dalmar Lines, said in a statement it was cooperating with investigators.")).toEqual([]);
    expect(people('Ostrava Mining said the shaft had passed an inspection in May.')).toEqual([]);
    expect(people('Workers at Kelso Cement were sent home.')).toEqual([]);
  });

  it('a person with such a surname and a given name stays a person', () => {
    expect(people('Maria Steel, 34, was among the injured.')).toEqual(['Maria Steel']);
  });
});

describe('groups of people opening sentences', () => {
  it('are no surnames used alone', () => {
    expect(people('Families wait at the pier as the search goes on\n\nFamilies of the missing kept a vigil at the pier on Friday night.')).toEqual([]);
    expect(people('Survivors said the ship listed for an hour. Survivors were taken to a school gym.')).toEqual([]);
  });

  it('a surname used alone as a subject twice still is one', () => {
    expect(people('Okafor wrote to the minister on Monday. Okafor also spoke to reporters.')).toEqual(['Okafor', 'Okafor']);
  });
});
