import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { kindOf } from '../src/kinds/index.js';
import { findPeople } from '../src/read/people.js';
import { parseRuleFile } from '../src/rules/index.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, NormalizedVersion, Rule } from '../src/types.js';

// Sentences written for these tests: fictional people and places, wire style.

const RULES: readonly Rule[] = parseRuleFile(readFileSync('rules/news-core.yaml', 'utf8'), 'news-core.yaml').ruleSet?.rules ?? [];

/** A version as the pipeline normalizes it (every line a paragraph). */
function version(id: string, text: string): NormalizedVersion {
  const out = normalize({ id, path: `${id}.txt`, bytes: new TextEncoder().encode(`${text}\n`) });
  if (isInputProblem(out)) throw new Error(out.message);
  return out;
}

function participants(text: string): string[] {
  const docs = new Map<string, Doc>([['a', analyze(version('a', text))]]);
  const table = extractClaims(RULES, [{ id: 'a', date: '2026-03-02' }], docs, '2026-03-02', kindOf);
  return [...new Set((table.get('participants')?.get('a') ?? []).map((v) => String(v.value)))];
}

const people = (text: string): string[] => [...new Set(findPeople(analyze(plainVersion('v', `${text}\n`))).map((p) => p.name))];

describe('attendee lists one per line', () => {
  it('reads the whole list when a caption line stands between two items', () => {
    const text = [
      'Heads of state gathered in Korvana on Friday for the funeral of former President Anselmo Ferraz Lobo.',
      'Here are the leaders who attended:',
      'Estonian President Liisa Tammik and her husband, Ott Tammik',
      'Several delegations arrived at the cathedral by coach, but the Tammiks came in a motorcade.',
      'Queen Ines and King Tomas of Norvia',
      'Maltese Emperor Dario and Empress Lucia',
      'Belgian Prime Minister Joris Claessens',
    ].join('\n');
    expect(participants(text)).toEqual(['Liisa Tammik', 'Ott Tammik', 'Ines', 'Tomas', 'Dario', 'Lucia', 'Joris Claessens']);
    // but two prose lines end the list
    const ended = [
      'Here are the leaders who attended:',
      'Belgian Prime Minister Joris Claessens',
      'The service lasted two hours and ended with a hymn.',
      'The cortege then drove through the old town to the cemetery.',
      'Mayor Liisa Tammik, Korvana',
    ].join('\n');
    expect(participants(ended)).toEqual(['Joris Claessens']);
  });

  it('reads "Name, Country" lines under a sub-heading, "Joe and Ann Brett" giving both', () => {
    const text = [
      'Leaders from 40 countries are expected in Korvana for the funeral on Friday.',
      'Here is a full list of the notable figures that will be in attendance:',
      'Heads of state:',
      'Peter and Ann Kessler, Norvia',
      'Emma Ruiz, Estonia',
      'Sergio Valdes, Belgium',
    ].join('\n');
    expect(participants(text)).toEqual(['Peter Kessler', 'Ann Kessler', 'Emma Ruiz', 'Sergio Valdes']);
  });

});

describe('given names that are also words, in person context', () => {
  it('reads a name after an age compound', () => {
    expect(people('Police named the victims as 15-year-old Christian Ferrow and his neighbour.')).toContain('Christian Ferrow');
  });

  it('reads a name before an apposition with an age or a person noun', () => {
    expect(people('Christian Ferrow, a 16-year-old student, was taken to hospital.')).toContain('Christian Ferrow');
    expect(people('The dead were identified as pupils Dana Pell, 15; and Christian Ferrow, 15; and a teacher.')).toContain('Christian Ferrow');
    // a religious adjective before a noun stays a word
    expect(people('Christian Aid, a charity, sent blankets to the town.')).not.toContain('Christian Aid');
  });
});

describe('"Name, Country" lines', () => {
  it('reads unknown names on lines in a row with people', () => {
    const text = ['Leaders at the summit:', 'Emma Ruiz, Spain', 'Tavo Kirrinen, Finland', 'Sergio Valdes, Chile', 'Ilmar Pakk, Estonia'].join('\n');
    const found = findPeople(analyze(version('a', text))).map((p) => p.name);
    expect(found).toEqual(expect.arrayContaining(['Tavo Kirrinen', 'Ilmar Pakk']));
  });
});
