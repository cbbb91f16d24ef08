/**
 * Names that are places, not people: a headline set in title case with its short function words
 * in lower case, and one-word names a story uses as places ("in Veloria's western Karsts", "the
 * Tambora-like Ulvak volcano"), however often they are a verb's subject. Sentences written for
 * these tests: fictional places and people, wire style.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import { findPeople, titleCaseSentences } from '../src/read/people.js';

const doc = (text: string) => analyze(plainVersion('v', `${text}\n`));
const people = (text: string): string[] => [...new Set(findPeople(doc(text)).map((p) => p.name))];

describe('title-case lines', () => {
  it('a headline with lower-case function words and a capitalised verb is title case', () => {
    expect([...titleCaseSentences(doc('Death Toll Climbs to 19 as Search Continues in Ulvak'))]).toEqual([0]);
    expect([...titleCaseSentences(doc('Police Arrest Five After Bootleg Liquor Kills 12 in Varnagar'))]).toEqual([0]);
  });

  it('a line of names and titles is not, nor is sentence case', () => {
    expect(titleCaseSentences(doc('Prince Anselm and Princess Odile of Varland')).size).toBe(0);
    expect(titleCaseSentences(doc('Varlandic President Ines Roura and Acting High Commissioner Tomas Reyl')).size).toBe(0);
    expect(titleCaseSentences(doc('Death toll climbs to 19 as search continues in Ulvak')).size).toBe(0);
  });
});

describe('one-word names used as places', () => {
  it('a volcano named before its noun is no person, however often it erupts', () => {
    const text = [
      'Rescuers searched the slopes of the Ulvak volcano on Monday.',
      'On Sunday afternoon, Ulvak erupted with little warning, officials said.',
      'This is not the first time Ulvak has turned deadly.',
    ].join('\n\n');
    expect(people(text)).toEqual([]);
  });

  it('a name after a country\'s possessive and a locative is a place', () => {
    const text = [
      'A volcano in Veloria\'s western Karsts erupted on Sunday.',
      'Karsts erupted again on Monday, and Karsts remained closed to climbers.',
    ].join('\n\n');
    expect(people(text)).toEqual([]);
  });

  it('a surname used alone as a subject is still a person', () => {
    const text = 'Ferrand said the search would go on.\n\nFerrand added that 12 teams were at work.';
    expect(people(text)).toEqual(['Ferrand']);
  });
});

describe('lists of people after countries\' possessives', () => {
  it('"Varland\'s X, Ostria\'s Y and Tarn\'s Z attended": the names listed with people are people', () => {
    const text = "Heads of state including Varland's Ines Roura, Ostria's Jean-Paul Merle, Tarn's Kofi Adjei and Belmar's Dzifa Kwaku attended the ceremony.";
    expect(people(text)).toEqual(['Ines Roura', 'Jean-Paul Merle', 'Kofi Adjei', 'Dzifa Kwaku']);
  });
});
