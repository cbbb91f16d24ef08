/**
 * People who are no person or no participant (prec17), on sentences written for these tests:
 * - "Four Velorians were among the injured": a counted plural (a people's name) is no person;
 * - "Relatives gathered at a hotel, where the airline's chief executive, Mara Voss, met them":
 *   a person in a ", where …" clause after the cue is no participant of the gathering.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { kindOf } from '../src/kinds/index.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { ClaimValue, Doc, Rule } from '../src/types.js';

const DATE = '2026-10-20';
const RULES: readonly Rule[] = parseRuleFile(readFileSync('rules/news-core.yaml', 'utf8'), 'news-core.yaml').ruleSet?.rules ?? [];

function values(ruleId: string, text: string): ClaimValue[] {
  const out = normalize({ id: 'a', path: 'a.txt', bytes: new TextEncoder().encode(`${text}\n`) });
  if (isInputProblem(out)) throw new Error(out.message);
  const docs = new Map<string, Doc>([['a', analyze(out)]]);
  return extractClaims(RULES, [{ id: 'a', date: DATE }], docs, DATE, kindOf).get(ruleId)?.get('a') ?? [];
}
const names = (ruleId: string, text: string): string[] => [...new Set(values(ruleId, text).map((v) => String(v.value)))];

describe('a counted people\'s name is no person', () => {
  const story = [
    'Bus crash near Karsk kills 11, 5 of them Velorians',
    'Eleven people died when a tour bus left the road near Karsk on Sunday, police said.',
    'Four Velorians were among the injured and were taken to hospital in Karsk, police spokesman Aron Pellik said.',
    'The Velorians had been on a week-long tour of the lakes.',
  ].join('\n\n');
  it('"Four Velorians", "5 of them Velorians" are not people named', () => {
    const found = names('people-named', story);
    expect(found).not.toContain('Velorians');
    expect(found).toContain('Aron Pellik');
  });
  it('near miss: a family name after "the" is not taken for a count ("the Pelliks" is no count)', () => {
    const found = names('people-named', 'Aron Pellik and his wife, Ida Pellik, ran the guesthouse in Karsk.\n\nFour guests said the Pelliks had warned them about the road.');
    expect(found).toEqual(expect.arrayContaining(['Aron Pellik', 'Ida Pellik']));
  });
});

describe('a person in a later ", where" clause is no participant', () => {
  it('"Relatives gathered at a hotel …, where the chief executive, Mara Voss, met them" has no participant', () => {
    const text = 'Relatives gathered at a hotel near the Karsk bus station, where the tour company\'s chief executive, Mara Voss, met them behind closed doors.';
    expect(names('participants', text)).not.toContain('Mara Voss');
  });
  it('near miss: a person who gathered with them is a participant ("Mayor Ilse Brandt joined the relatives")', () => {
    const text = 'Mayor Ilse Brandt joined relatives at a hotel near the Karsk bus station, where they waited for news.';
    expect(names('participants', text)).toContain('Ilse Brandt');
  });
  it('near miss: a ", where" clause with its own cue still counts ("…, where Mara Voss joined them")', () => {
    const text = 'Relatives waited at a hotel near the Karsk bus station, where the tour company\'s chief executive, Mara Voss, joined them on Monday.';
    expect(names('participants', text)).toContain('Mara Voss');
  });
});
