import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { kindOf } from '../src/kinds/index.js';
import { readCredits } from '../src/read/bylines.js';
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

/** The values of `ruleId` per version, read as a set (as the pipeline reads them). */
function setValues(ruleId: string, texts: Record<string, string>): Record<string, string[]> {
  const docs = new Map<string, Doc>(Object.entries(texts).map(([id, text]) => [id, analyze(version(id, text))]));
  const versions = [...docs.keys()].map((id) => ({ id, date: '2026-03-02' }));
  const table = extractClaims(RULES, versions, docs, '2026-03-02', kindOf);
  const out: Record<string, string[]> = {};
  for (const [version, values] of table.get(ruleId) ?? []) out[version] = [...new Set(values.map((v) => String(v.value)))];
  return out;
}

const participants = (text: string): string[] => setValues('participants', { a: text })['a'] ?? [];
const people = (text: string): string[] => [...new Set(findPeople(analyze(plainVersion('v', `${text}\n`))).map((p) => p.name))];

describe('attendee lists after group nouns', () => {
  it('reads "mourners included", "attendees included" and "dignitaries were"', () => {
    expect(participants('Foreign mourners included Danish Prime Minister Henrik Vollan and Maltese President Ester Camilleri.')).toEqual([
      'Henrik Vollan',
      'Ester Camilleri',
    ]);
    expect(participants('Notable attendees included Irish President Brendan Tolan and Dutch Foreign Minister Sanne Wijers.')).toEqual([
      'Brendan Tolan',
      'Sanne Wijers',
    ]);
    expect(participants('Among the dignitaries in the basilica were Czech President Pavel Hruza and Greek President Nikos Varelis.')).toEqual([
      'Pavel Hruza',
      'Nikos Varelis',
    ]);
  });

  it('reads a list one name per line under a heading that ends with a colon', () => {
    const text = [
      'World leaders came to Korvana on Friday for the state funeral.',
      'Here are the leaders who attended:',
      'Estonian President Liisa Tammik',
      'Belgian Prime Minister Joris Claessens',
      'Norwegian Crown Prince Haakon Brevik',
      'The service lasted two hours.',
      'Prime Minister Joris Claessens spoke to reporters afterward about the weather.',
    ].join('\n');
    expect(participants(text)).toEqual(['Liisa Tammik', 'Joris Claessens', 'Haakon Brevik']);
  });

  it('reads "Among them are ..." after a sentence with the cue', () => {
    const text = 'Nine heads of government will attend the funeral on Tuesday. Among them are Slovak Prime Minister Marek Dubec and Latvian President Ilze Ozola.';
    expect(participants(text)).toEqual(['Marek Dubec', 'Ilze Ozola']);
  });

  it('does not list the person mourned', () => {
    const farewell = 'Presidents from 14 countries joined thousands of mourners to bid farewell to former President Anselmo Ferraz Lobo.';
    expect(participants(farewell)).toEqual([]);
    const buried = 'Korvana on Tuesday buried former president Anselmo Ferraz Lobo at a state funeral attended by Czech President Pavel Hruza.';
    expect(participants(buried)).toEqual(['Pavel Hruza']);
    const rest = 'Ferraz Lobo was laid to rest in a private ceremony attended by his widow, Marta Quental.';
    expect(participants(`Former President Anselmo Ferraz Lobo died at 91. ${rest}`)).toEqual(['Marta Quental']);
    // mourned in one sentence, named again in a sentence with the cue
    const again =
      'Crowds gathered for the funeral of former President Anselmo Ferraz Lobo. Among the mourners was Czech President Pavel Hruza, who called Ferraz Lobo "a patient man."';
    expect(participants(again)).toEqual(['Pavel Hruza']);
  });
});

describe('negated attendance', () => {
  it('drops a person who will not attend, keeps the one who will', () => {
    const text =
      "Moldavian President Dorin Vasilache will not be in attendance at the funeral in Tarsk, but his wife, first lady Elena Vasilache, will be in attendance.";
    expect(participants(text)).toEqual(['Elena Vasilache']);
  });

  it('reads "did not attend", "stayed away", "declined to attend" and "skipped" of the person they are said of', () => {
    expect(participants('Mayor Oskar Lindqvist did not attend the ceremony, and Governor Rita Hallen attended in his place.')).toEqual(['Rita Hallen']);
    expect(participants('Among the mourners was Senator Ada Brill; Senator Colm Daly stayed away.')).toEqual(['Ada Brill']);
    expect(participants('Prime Minister Tove Randal declined to attend, while Foreign Minister Arne Solum joined the delegation.')).toEqual(['Arne Solum']);
    expect(participants('Governor Rita Hallen and Mayor Oskar Lindqvist skipped the memorial attended by 300 people.')).toEqual([]);
    // a negated relative clause is not said of the person
    const clause = 'Governor Rita Hallen, who had not been to the capital since 2019, attended the service; Mayor Oskar Lindqvist was absent.';
    expect(participants(clause)).toEqual(['Rita Hallen']);
  });
});

describe('a name read as a person in one version is a person in every version', () => {
  const titled = 'Argentine President Odalys Ferrante and Peruvian President Tomas Aranda attended the funeral in Tarsk on Monday.';
  const bare = "Among the dignitaries were Argentina's Odalys Ferrante and Peru's Tomas Aranda.";

  it('lists the person in the version that gives no title', () => {
    // alone, the bare version has no evidence that "Odalys Ferrante" is a person
    expect(people(bare)).toEqual(['Tomas Aranda']);
    const read = setValues('people-named', { a: titled, b: bare });
    expect(read['b']).toEqual(['Odalys Ferrante', 'Tomas Aranda']);
    expect(setValues('participants', { a: titled, b: bare })['b']).toEqual(['Odalys Ferrante', 'Tomas Aranda']);
  });

  it('drops it from the places and organisations of that version, not an organisation', () => {
    const mentions = setValues('places-and-orgs-named', { a: titled, b: bare });
    expect(mentions['b']).not.toContain('Odalys Ferrante');
    // "Harlan Dredging said" reads as a person, but another version names it as an operator
    const org = 'The operator Harlan Dredging said the channel would reopen on Monday.';
    const said = 'Harlan Dredging said the channel would reopen, spokesman Ivo Kessler told reporters.';
    const plain = 'Boats of Harlan Dredging were seen in the channel on Sunday.';
    expect(setValues('people-named', { a: org, b: said, c: plain })['c'] ?? []).toEqual([]);
    expect(setValues('places-and-orgs-named', { a: org, b: said, c: plain })['c']).toContain('Harlan Dredging');
  });
});

describe('name shapes', () => {
  it('takes a name that leads a longer name of the set for the same person (a double surname)', () => {
    const short = 'Tarsk bids farewell to former President Anselmo Ferraz';
    const full = 'Former President Anselmo Ferraz Lobo, who led the country for eight years, died on Thursday. Ferraz was 91.';
    const read = setValues('people-named', { a: short, b: full });
    expect(read['a']).toEqual(['Anselmo Ferraz Lobo']);
    expect(read['b']).toEqual(['Anselmo Ferraz Lobo']);
  });

  it('reads no person in a title before a building ("General Cemetery", "Royal Chapel")', () => {
    expect(people('The procession went on to the General Cemetery, where Mayor Ilse Brandt spoke.')).toEqual(['Ilse Brandt']);
    expect(people('The coffin lay in the Royal Chapel until Monday.')).toEqual([]);
  });

  it('reads a given name that is also a title or nationality word as a given name in a list of names', () => {
    expect(people('The dead were students Marlon Yeats and Christian Olvera, both 17.')).toEqual(['Marlon Yeats', 'Christian Olvera']);
    expect(people('Christian leaders met on Sunday.')).toEqual([]);
  });

  it('reads a role before a name, "said" after it, or "her partner," as person evidence', () => {
    expect(people('Fire Service commander Mike Hall said the road would stay closed.')).toEqual(['Mike Hall']);
    expect(people('The premier arrived with her partner, Clarke Gaynor.')).toEqual(['Clarke Gaynor']);
    expect(people('Its Chinese partner, Weiqiang Metals, did not respond.')).toEqual([]);
  });

  it('reads names listed with people as people', () => {
    expect(people('The likes of Joe Brandt, Justin Moreau, Jair Salles and Jacinda Orr are in Tarsk.')).toEqual([
      'Joe Brandt',
      'Justin Moreau',
      'Jair Salles',
      'Jacinda Orr',
    ]);
  });
});

describe('bylines without "By"', () => {
  const credits = (text: string): string[] => readCredits(version('v', text)).credits.map((c) => c.name);

  it('reads names joined by "And" and ending with an outlet, and keeps them out of the story people', () => {
    const text = 'Crews battle hillside fire\n\nJohn M. Galvin And Rich Conway Los Angeles Times\n\nFire crews fought the blaze on Monday, Fire Chief Dana Rhee said.';
    expect(credits(text)).toEqual(['John M. Galvin', 'Rich Conway']);
    expect(people(text)).toEqual(['Dana Rhee']);
  });

  it('reads "Name and Name" and "Name, Staff" lines above the story, not a masthead or a line of the story', () => {
    expect(credits('Storm hits coast\n\nTom Reyes and Anna Lukas\n\nThe storm hit on Monday.')).toEqual(['Tom Reyes', 'Anna Lukas']);
    expect(credits('Storm hits coast\n\nAna Ruiz, Staff\n\nThe storm hit on Monday.')).toEqual(['Ana Ruiz']);
    expect(credits('Himal Morning Post\n\nStorm hits coast\n\nThe storm hit on Monday.')).toEqual([]);
    expect(credits('Storm hits coast\n\nThe storm hit on Monday.\n\nTom Reyes and Anna Lukas')).toEqual([]);
  });
});
