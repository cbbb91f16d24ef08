/**
 * dropped-fact (align/dropped.ts): a figure a later version restates with a new value is not
 * dropped (`restated`, `sameSense`), and a paraphrase must share what it says, not only its
 * attribution or its figures (`sayingKeysOf`). Near misses: real drops are still reported.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { checkAlignment } from '../src/align/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, Finding } from '../src/types.js';

const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

/** What the later version `b` dropped from `a`. */
function dropped(a: readonly string[], b: readonly string[]): string[] {
  const older = (x: string, y: string): boolean => x < y;
  return checkAlignment([doc('a', a), doc('b', b)], { older })
    .findings.filter((f: Finding) => f.rule === 'dropped-fact' && f.versions.includes('b'))
    .map((f) => /dropped (?:the qualifier in )?"([^"]+)"/.exec(f.message)?.[1] ?? f.message);
}

// Two wordings of one market-fire story: the later one rewords every sentence (a rewrite, not a copy).
const A = [
  'A fire swept through the old covered market in the port city of Halvik on Tuesday, officials said.',
  'Traders said many of them had no insurance and feared they would lose their savings.',
  'The cause of the fire was not yet known, and investigators from the capital were expected at the site.',
  'The market, built in the 1890s, is one of the oldest in the region and draws tourists from cruise ships.',
];
const B = [
  'Flames gutted the covered market of Halvik, a port city, late on Tuesday, according to officials.',
  'Many stallholders were uninsured and feared losing their savings, they told reporters.',
  'Investigators were expected to arrive from the capital, with the cause still unknown.',
  'Dating from the 1890s, the market ranks among the oldest in the region and is popular with cruise passengers.',
];
const story = (base: readonly string[], middle: readonly string[]): string[] => [base[0]!, base[1]!, ...middle, base[2]!, base[3]!];
const SMOKE = 'Thick smoke from the flames drifted across the harbour for hours, according to the fire service.';

describe('dropped-fact: a figure restated with a new value was updated, not dropped', () => {
  const first = story(A, ['The blaze destroyed 64 shops and sent thick smoke over the harbour, the city fire chief said.']);
  it('"destroyed 64 shops" -> "had destroyed 118 shops" in another sentence of the later copy', () => {
    expect(dropped(first, story(B, [SMOKE, 'By Wednesday morning the flames had destroyed 118 shops, officials said.']))).toEqual([]);
  });
  it('near miss: a count of another thing ("damaged 118 homes") leaves the shops dropped', () => {
    expect(dropped(first, story(B, [SMOKE, 'By Wednesday morning the flames had damaged 118 homes nearby, officials said.']))).toContain('64');
  });
  it('a figure without a unit: "four were in critical condition" -> "Two remain in critical condition"', () => {
    const a = story(A, ['Nine firefighters were taken to hospital with burns, and four were in critical condition.']);
    const b = story(B, ['Burns sent nine firefighters to hospital overnight.', 'Two remain in critical condition, a hospital spokeswoman said.']);
    expect(dropped(a, b)).not.toContain('four');
  });
  it('near miss: a figure the later copy keeps is no new value of another ("64 shops and 12 fish stalls")', () => {
    const a = story(A, ['The blaze destroyed 64 shops and 12 fish stalls near the quay, the city fire chief said.']);
    const b = story(B, ['Near the quay, 64 shops were reduced to ash by the flames, the fire chief of the city said.']);
    expect(dropped(a, b)).toContain('12');
  });
});

describe('dropped-fact: a paraphrase shares more than an attribution or a figure', () => {
  it('sentences sharing only "Mayor Petra Lund said" are not one fact reworded', () => {
    const a = story(A, ['Forty traders lost their stalls and their stock, said Mayor Petra Lund.']);
    const b = story(B, ['Inspectors will examine the wiring of the hall next month, Mayor Petra Lund said.']);
    expect(dropped(a, b)).not.toContain('Forty');
  });
  it('near miss: a paraphrase with the same attribution still drops its figure', () => {
    const a = story(A, ['Forty traders lost their stalls and their stock, said Mayor Petra Lund.']);
    const b = story(B, ['The traders lost their stalls along with goods worth months of income, Mayor Petra Lund said.']);
    expect(dropped(a, b)).toContain('Forty');
  });
});

describe('dropped-fact: a paraphrase shares more than a time', () => {
  it('"… added a floor last year without a permit" and "… inspect buildings with floors added in the last five years" are two facts', () => {
    const a = story(A, ['The owner had added a third floor to the hall last year without a permit, Mayor Petra Lund said.']);
    const b = story(B, ['The city will inspect every hall that had floors added in the last five years, Mayor Petra Lund said.']);
    expect(dropped(a, b)).not.toContain('last year');
  });
  it('near miss: a reworded sentence that keeps its content but loses its time still drops it', () => {
    const a = story(A, ['The owner had added a third floor to the hall last year without a permit, Mayor Petra Lund said.']);
    const b = story(B, ['A third floor was built onto the hall without any permit, and the owner now faces a heavy fine, Mayor Petra Lund said.']);
    expect(dropped(a, b)).toContain('last year');
  });
});
