/**
 * Figures a rewrite got wrong. (1) `transposedDigits` (check/transposed.ts): one swap of adjacent
 * digits. (2) `copyRelation` (align/outlets.ts): a version declared or shown to be a rewrite or
 * copy. (3) A rewrite's figure transposed from its source's is a warning naming the transposition,
 * not an update; independent updates stay updates. (4) A version whose title and lede give
 * different figures of the headline fact disagrees with itself (check/self-contradiction.ts),
 * unless the words tell them apart. Texts written for this test (a fictional ferry disaster and a
 * fictional mine flood), with near misses for each rule.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyRelation } from '../src/align/outlets.js';
import { transposedDigits } from '../src/check/transposed.js';
import { check } from '../src/index.js';
import type { Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

describe('transposedDigits', () => {
  it('one swap of two adjacent digits', () => {
    expect(transposedDigits(37, 73)).toBe(true);
    expect(transposedDigits(43, 34)).toBe(true);
    expect(transposedDigits(112, 121)).toBe(true);
    expect(transposedDigits(1204, 1240)).toBe(true);
    expect(transposedDigits('2153', '2513')).toBe(true);
  });

  it('near misses: the same figure, another length, a non-adjacent swap, two changes, fractions, one digit', () => {
    expect(transposedDigits(37, 37)).toBe(false);
    expect(transposedDigits(33, 33)).toBe(false);
    expect(transposedDigits(37, 370)).toBe(false);
    expect(transposedDigits(12, 13)).toBe(false);
    expect(transposedDigits(12, 22)).toBe(false);
    expect(transposedDigits(123, 321)).toBe(false);
    expect(transposedDigits(112, 211)).toBe(false);
    expect(transposedDigits(1234, 2143)).toBe(false);
    expect(transposedDigits('1.5', '5.1')).toBe(false);
    expect(transposedDigits(7, 7)).toBe(false);
    expect(transposedDigits(10, 1)).toBe(false);
    expect(transposedDigits(-12, -21)).toBe(false);
  });
});

describe('copyRelation: a version declared or shown to be a copy', () => {
  const v = (id: string, source: string | null, text = '', role: string | null = null) => ({ id, source, text, role });

  it('a source that says rewrite, of the same line or of none', () => {
    const rel = copyRelation([v('a', 'AP'), v('b', 'Reuters'), v('c', 'Harbour Digest (AI rewrite of AP)'), v('d', 'portal (rewrite)')]);
    expect(rel('a', 'c')).toBe(true);
    expect(rel('b', 'c')).toBe(false); // another wire's story: not what c rewrites
    expect(rel('a', 'd')).toBe(true);
    expect(rel('b', 'd')).toBe(true);
    expect(rel('c', 'a')).toBe(false); // a is no copy
  });

  it('a source naming a version, a role, a short AI line at the top', () => {
    const rel = copyRelation([
      v('k1', 'AP'),
      v('k2', 'AP'),
      v('k3', 'aggregator (scraped copy of k1)'),
      v('k4', null, '', 'scrape'),
      v('k5', null, 'Mine flood toll hits 12\n\nValley Wire | AI-generated summary\n\nRescuers ...'),
    ]);
    expect(rel('k1', 'k3')).toBe(true);
    expect(rel('k2', 'k3')).toBe(false);
    expect(rel('k2', 'k4')).toBe(true);
    expect(rel('k1', 'k5')).toBe(true);
  });

  it('near misses: an agency update of its own story, prose that mentions AI', () => {
    const prose =
      'Officials warned on Tuesday that AI-generated images of the flooded mine were being shared widely online, and urged residents to rely on the mining ministry for news of the rescue.';
    const rel = copyRelation([v('m1', 'AP'), v('m2', 'AP'), v('m3', null, `Mine flood toll hits 12\n\n${prose}`)]);
    expect(rel('m1', 'm2')).toBe(false);
    expect(rel('m1', 'm3')).toBe(false);
    expect(rel('m2', 'm3')).toBe(false);
  });
});

// ---------------------------------------------------------------- a rewrite's transposed figure

const sets = tempSets();
afterAll(sets.cleanup);

const MANIFEST = (sources: readonly string[]): string =>
  [
    'version: 1',
    'order: listed',
    'versions:',
    ...sources.flatMap((s, i) => [`  - id: m${i + 1}`, `    date: 2031-03-0${i + 4}`, `    time: "09:00"`, `    source: ${s}`]),
    '',
  ].join('\n');

const AP_STORY = `Ferry capsizes off Kessavik, 26 dead

KESSAVIK (AP) — A crowded ferry capsized in rough seas off the port of Kessavik on Thursday, killing 26 passengers, the coast guard said.

Nineteen people remain missing and 48 were rescued, coast guard spokeswoman Irja Tallqvist said.

Divers were searching the hull on Friday as relatives waited at the quay.
`;
const REUTERS_STORY = `Kessavik ferry disaster kills 26

KESSAVIK (Reuters) - A ferry overturned in heavy swell near Kessavik on Thursday, killing 26 people, officials said.

Nineteen people were still missing, the coast guard said, and 48 passengers were pulled from the water.

The ferry operator said it was cooperating with investigators.
`;
const rewrite = (missing: string): string => `Kessavik Ferry Disaster: What We Know

Coastline Digest Staff | Updated March 6

A ferry capsized off the port of Kessavik on Thursday in rough seas, killing 26 passengers, according to the coast guard.

Key Facts

${missing} Forty-eight people were rescued from the water.

Divers have continued to search the hull, and relatives have gathered at the quay.
`;

async function findings(texts: readonly string[], sources: readonly string[], rule: string): Promise<Finding[]> {
  const files = Object.fromEntries(texts.map((t, i) => [`m${i + 1}.txt`, t]));
  const report = await check([sets.write(files, MANIFEST(sources))], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
}

describe('a rewrite whose figure transposes its source\'s', () => {
  it('"A further 91 people are unaccounted for" in an AI rewrite of the AP story that says nineteen: a warning naming the transposition, no update', async () => {
    const found = await findings(
      [AP_STORY, REUTERS_STORY, rewrite('A further 91 people are unaccounted for.')],
      ['AP', 'Reuters', 'Coastline Digest (AI rewrite of AP)'],
      'missing',
    );
    expect(found.map((f) => [f.type, f.severity, f.versions])).toEqual([['contradiction', 'warning', ['m3']]]);
    expect(found[0]?.message).toMatch(/m3 says 91 people, but m1, which it copies or rewrites, says 19 people: the digits look transposed/);
    expect(found[0]?.message).toMatch(/m2 also gives 19/);
  });

  it('near miss: the same figure in the AP agency\'s own next story (no copy) stays an update', async () => {
    const found = await findings(
      [AP_STORY, REUTERS_STORY, rewrite('A further 91 people are unaccounted for.')],
      ['AP', 'Reuters', 'AP'],
      'missing',
    );
    expect(found.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('near miss: a rewrite that says the count rose stays an update', async () => {
    const found = await findings(
      [AP_STORY, REUTERS_STORY, rewrite('The number of people missing rose to 91 after a second boat was reported lost.')],
      ['AP', 'Reuters', 'Coastline Digest (AI rewrite of AP)'],
      'missing',
    );
    expect(found.map((f) => f.type)).toEqual(['update']);
  });

  it('near miss: a rewrite whose figure is no transposition stays an update', async () => {
    const found = await findings(
      [AP_STORY, REUTERS_STORY, rewrite('A further 29 people are unaccounted for.')],
      ['AP', 'Reuters', 'Coastline Digest (AI rewrite of AP)'],
      'missing',
    );
    expect(found.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('near miss: a rewrite of AP where only the Reuters story gives the figure it transposes', async () => {
    const apWithout = AP_STORY.replace('Nineteen people remain missing and 48 were rescued', 'Forty-eight people were rescued');
    const found = await findings(
      [apWithout, REUTERS_STORY, rewrite('A further 91 people are unaccounted for.')],
      ['AP', 'Reuters', 'Coastline Digest (AI rewrite of AP)'],
      'missing',
    );
    expect(found.some((f) => /transposed/.test(f.message))).toBe(false);
  });

  it('near miss: a later independent story also gives 91: the count moved, no transposition', async () => {
    const later = REUTERS_STORY.replace('Nineteen people were still missing', 'Ninety-one people were still missing');
    const found = await findings(
      [AP_STORY, REUTERS_STORY, rewrite('A further 91 people are unaccounted for.'), later],
      ['AP', 'Reuters', 'Coastline Digest (AI rewrite of AP)', 'Reuters'],
      'missing',
    );
    expect(found.some((f) => /transposed/.test(f.message))).toBe(false);
  });
});

// ---------------------------------------------------------------- a version that disagrees with itself

const dated = datedSets();
afterAll(dated.cleanup);

const FIRST = `Flooded mine: rescuers recover bodies, toll reaches 58

GRAVNIK — Rescuers recovered the last bodies from the flooded Koren coal mine on Sunday, bringing the death toll to 58, the mining ministry said.

Pumps were still draining the lower galleries.
`;
const second = (title: string, lede: string): string => `${title}

Valley Wire | Staff report

${lede}

Overview

Pumps were still draining the lower galleries, and an inquiry into the flood has begun.
`;
const toll = (title: string, lede: string): Promise<Finding[]> =>
  dated.findings({ a: ['2031-05-11', FIRST], b: ['2031-05-12', second(title, lede)] }, 'death-toll');

describe('a version whose title and lede disagree', () => {
  it('title 58, lede "killed 85 miners": a warning, the digits named', async () => {
    const found = await toll(
      'Koren Mine Disaster: Recovery Ends as Death Toll Hits 58',
      'Rescue teams at the Koren coal mine have finished recovering the bodies of miners, after a flood that killed 85 miners on Thursday, the mining ministry said.',
    );
    const self = found.filter((f) => /disagrees with itself/.test(f.message));
    expect(self.map((f) => [f.type, f.severity, f.versions])).toEqual([['contradiction', 'warning', ['b']]]);
    expect(self[0]?.message).toMatch(/its headline says 58, its lede 85 miners \(the digits look transposed\)/);
  });

  it('title 58, lede 61 (no transposition): still a warning, without the digits note', async () => {
    const found = await toll(
      'Koren Mine Disaster: Recovery Ends as Death Toll Hits 58',
      'Rescue teams at the Koren coal mine have finished recovering the bodies of miners, after a flood that killed 61 miners on Thursday, the mining ministry said.',
    );
    const self = found.filter((f) => /disagrees with itself/.test(f.message));
    expect(self).toHaveLength(1);
    expect(self[0]?.message).not.toMatch(/transposed/);
  });

  const nearMisses: ReadonlyArray<[string, string, string]> = [
    ['a rise told in the lede', 'Koren Mine Toll Hits 58', 'The death toll from the flood at the Koren coal mine rose to 85 on Monday as rescuers reached the deepest gallery, the ministry said.'],
    ['an earlier figure ("up from")', 'Koren Mine Toll Hits 85', 'The death toll from the flood at the Koren coal mine stood at 85 on Monday, up from 58 a day earlier, the mining ministry said.'],
    ['a lower bound the title satisfies', 'Koren Mine Toll Hits 58', 'A flood at the Koren coal mine has killed at least 50 miners, the mining ministry said on Monday, as pumps drained the galleries.'],
    ['the same figure', 'Koren Mine Toll Hits 58', 'A flood at the Koren coal mine killed 58 miners, the mining ministry said on Monday, as pumps drained the lower galleries.'],
    ['more bodies found (an increment)', 'Koren Mine Toll Hits 58', 'Rescuers at the Koren coal mine recovered 12 more bodies on Monday from galleries flooded last week, the mining ministry said.'],
    ['an initial report', 'Koren Mine Toll Hits 58', 'Officials had initially said the flood at the Koren coal mine killed 85 miners before some were found alive in an air pocket, the ministry said.'],
    ['a part of the toll', 'Koren Mine Toll Hits 58', 'Of those killed in the flood at the Koren coal mine, 23 were contract workers from neighbouring villages, the mining ministry said.'],
    ['another disaster (background)', 'Koren Mine Toll Hits 58', 'The flood at the Koren coal mine is the deadliest in the country since a 1987 gas blast killed 85 miners at the same pit, the ministry said.'],
  ];
  for (const [what, title, lede] of nearMisses) {
    it(`near miss: ${what}`, async () => {
      const found = await toll(title, lede);
      expect(found.filter((f) => /disagrees with itself/.test(f.message))).toEqual([]);
    });
  }

  it('near miss: no title line (the version opens with prose)', async () => {
    const text = `Rescue teams at the Koren coal mine said on Monday the flood had killed 58 miners, the mining ministry said.

Ministry officials later said a flood that killed 85 miners in 1987 had struck the same pit.
`;
    const found = await dated.findings({ a: ['2031-05-11', FIRST], b: ['2031-05-12', text] }, 'death-toll');
    expect(found.filter((f) => /disagrees with itself/.test(f.message))).toEqual([]);
  });
});

// ---------------------------------------------------------------- versions of the same time

const wire = (agency: string, toll: string): string => `Mine flood in Gravnik kills ${toll}

GRAVNIK (${agency}) — Floodwater poured into the Koren coal mine on Thursday, killing ${toll} miners, the mining ministry said.

Pumps were draining the lower galleries on Friday.
`;

describe('versions of the same time whose figures transpose each other', () => {
  it('two copies say 17, a third of the same day 71: the contradiction names the transposition, at the rule\'s severity', async () => {
    const found = await dated.findings(
      { a: ['2031-05-08', wire('AP', '17')], b: ['2031-05-08', wire('Reuters', '17')], c: ['2031-05-08', wire('AFP', '71')] },
      'death-toll',
    );
    const named = found.filter((f) => /transposed/.test(f.message));
    expect(named.map((f) => [f.type, f.severity, f.versions])).toEqual([['contradiction', 'error', ['c']]]);
  });

  it('near miss: 17 and 71 on different days from different agencies stay an update', async () => {
    const found = await dated.findings({ a: ['2031-05-08', wire('AP', '17')], b: ['2031-05-10', wire('Reuters', '71')] }, 'death-toll');
    expect(found.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('near miss: two versions of one day, 17 and 71, no third: which is wrong is unknown, no transposition claimed', async () => {
    const found = await dated.findings({ a: ['2031-05-08', wire('AP', '17')], b: ['2031-05-08', wire('Reuters', '71')] }, 'death-toll');
    expect(found.some((f) => /transposed/.test(f.message))).toBe(false);
  });
});
