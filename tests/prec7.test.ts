/**
 * Three reading errors of wire copy: places read as people (a province alone, in a list, before
 * "province" or "'s governor", a town and its state, a place set off by a distance), titles of
 * several words before a name ("Chief of Staff X", "Minister of State for Health X"), and people
 * counted as a list of nouns ("a teacher and two students were killed"). Sentences written for
 * these tests (fictional people and places, wire style).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { kindOf } from '../src/kinds/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import { findPeople } from '../src/read/people.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { ClaimValue, Doc, Rule } from '../src/types.js';

const RULES: readonly Rule[] = parseRuleFile(readFileSync('rules/news-core.yaml', 'utf8'), 'news-core.yaml').ruleSet?.rules ?? [];
const DATE = '2026-04-14';

const docOf = (text: string): Doc => analyze({ ...plainVersion('v', text), dateLine: DATE });

function values(ruleId: string, text: string): ClaimValue[] {
  const table = extractClaims(RULES, [{ id: 'v', date: DATE }], new Map([['v', docOf(text)]]), DATE, kindOf);
  return table.get(ruleId)?.get('v') ?? [];
}

/** The people named, once each (display names). */
const people = (text: string): string[] => [...new Set(values('people-named', text).map((v) => String(v.value)))];
/** Each person read with its title: "Name [title]". */
const titled = (text: string): string[] => findPeople(docOf(text)).map((m) => `${m.name} [${m.title ?? ''}]`);

describe('1. places are not people', () => {
  it('a province listed with another after "in" or "provinces of" is a place', () => {
    const text =
      'The quake damaged homes in Varsh and Qorvat late on Saturday. Qorvat was hit hardest, and Qorvat remains cut off from the capital, ' +
      'disaster agency spokesman Idris Kamali said.';
    expect(people(text)).toEqual(['Idris Kamali']);
    const list = 'Rescue teams reached the provinces of Varsh and Qorvat on Sunday. Qorvat has no power, and Qorvat has no running water, officials said.';
    expect(people(list)).toEqual([]);
    const oxford = 'Floods hit villages in Varsh, Talan, and Qorvat overnight. Qorvat was worst hit. Qorvat has lost its only bridge, officials said.';
    expect(people(oxford)).toEqual([]);
    // "In March, X said" is no list of places: the person stays
    expect(people('In March, Kemper said the dam was safe. Kemper later added that the inspection had been rushed.')).toEqual(['Kemper']);
  });

  it('a name before "Province" or before "\'s governor" is a place', () => {
    const province = 'Heavy rain fell on Monday. Qorvat Province was hit hardest. Qorvat has no power, and Qorvat was cut off, officials said.';
    expect(people(province)).toEqual([]);
    const governor = "Heavy rain fell on Monday. Qorvat's governor said 12 people died. Qorvat was hit hardest. Qorvat has no power, officials said.";
    expect(people(governor)).toEqual([]);
  });

  it('a town and its state without the comma is no person, nor is the town alone', () => {
    const text = 'Two people died in a fire at a warehouse in Dunmere Ohio on Friday. The fire in Dunmere, Ohio, burned for six hours, fire chief Carla Wendt said.';
    expect(people(text)).toEqual(['Carla Wendt']);
  });

  it('a place set off by a distance or a count is no person with an age', () => {
    const distance = 'The worst hit were the hamlets of Lenta and Brova near Kessa, and Orsa di Monte, 25 kilometers further east.';
    expect(people(distance)).toEqual([]);
    const count = '"There was no doctor," said Ilona Varga, outside the hospital of San Ruel, one of the towns hit hardest.';
    expect(people(count)).toEqual(['Ilona Varga']);
    // a name and an age stay a person
    expect(people('Tavo Renwick, 34, was pulled from the rubble on Monday.')).toEqual(['Tavo Renwick']);
  });

  it('a lone country after "of" is no short form of a person named after it', () => {
    // (a country of the gazetteer: a lone place word is a person only as a full name's surname)
    const text = 'Army officer Tesfa Malta led the rescue. The tower was built for the queen of Malta in 1832.';
    expect(values('people-named', text).map((v) => v.text)).toEqual(['Tesfa Malta']);
  });
});

describe('2. titles of several words before a name', () => {
  it('"Chief of Staff X": the title and the person, also with a name the lexicon does not know', () => {
    expect(titled('Chief of Staff Tadeo Brill said the plan was sound.')).toEqual(['Tadeo Brill [Chief of Staff]']);
    expect(titled('Chief of Defence Staff Oduya Tallis said the troops were ready.')).toEqual(['Oduya Tallis [Chief of Defence Staff]']);
  });

  it('"Chief of Staff X" with a surname alone names the person', () => {
    expect(people('Chief of Staff Brill said on Monday that the plan was sound.')).toEqual(['Brill']);
    expect(titled('Secretary of State Kowal arrived in Varno on Monday.')).toEqual(['Kowal [Secretary of State]']);
  });

  it('"Minister of State for Health X", "Minister for Foreign Affairs X": the title crosses "for"', () => {
    expect(titled('Minister of State for Health Oduya Kenet visited the site on Tuesday.')).toEqual(['Oduya Kenet [Minister of State for Health]']);
    expect(titled('Minister for Foreign Affairs Ravi Okoro said talks would resume.')).toEqual(['Ravi Okoro [Minister for Foreign Affairs]']);
  });

  it('the field of an office is part of its title ("Disaster Management", "Public Prosecutions")', () => {
    expect(titled('Minister of State for Disaster Management Tesfa Okoro said 40 homes had collapsed.')).toEqual([
      'Tesfa Okoro [Minister of State for Disaster Management]',
    ]);
    expect(titled('Director of Public Prosecutions Tesfa Okoro said charges would follow.')).toEqual(['Tesfa Okoro [Director of Public Prosecutions]']);
    expect(titled('Minister of Water Resources Tesfa Okoro said the dam held.')).toEqual(['Tesfa Okoro [Minister of Water Resources]']);
    // an office with its field and no name names no one; "a lawyer for X" names X, not X's field
    expect(people('The Minister of State for Disaster Management said the toll had risen to 40.')).toEqual([]);
    expect(titled('A lawyer for Tesfa Okoro said he would appeal.')).toEqual(['Tesfa Okoro []']);
  });
});

/** The death-toll (or `rule`) values as "key/role". */
const roles = (text: string, rule = 'death-toll'): string[] => values(rule, text).map((v) => `${v.key}/${v.role ?? ''}`);

describe('3. people counted as a list of nouns', () => {
  it('a part after a partner of a compound noun ("a police officer and three civilians") is no headline', () => {
    expect(roles('A police officer and three civilians died in the clash near Kessa, officials said.')).not.toContain('3/headline');
    expect(roles('A fire officer and two nurses were hurt when the roof of the clinic in Brova fell in.', 'injured')).not.toContain('2/headline');
  });
});
