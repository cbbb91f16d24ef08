/**
 * The versions of a set share the readings of their identical sentences (src/read/share.ts):
 * a copy of a sentence at another offset takes the first copy's figures, date phrases, sums
 * and cue tests, rebased. These tests check that every rule of news-core reads exactly the
 * same values from each version of every evaluation set whether the set's versions are read
 * together (sharing) or each on its own (nothing shared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { kindOf } from '../src/kinds/index.js';
import { normalize } from '../src/normalize/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import { findPeople } from '../src/read/people.js';
import { readTogether, sentenceShape, textTwin } from '../src/read/share.js';
import { parseRuleFile } from '../src/rules/parse.js';
import type { Doc, NormalizedVersion, Rule } from '../src/types.js';
import { versionsOf } from './helpers/versions.js';

const REPO = join(import.meta.dirname, '..');
const SETS = join(REPO, 'tests/eval/sets');

function coreRules(): Rule[] {
  const file = join(REPO, 'rules/news-core.yaml');
  const parsed = parseRuleFile(readFileSync(file, 'utf8'), file);
  if (parsed.ruleSet === null) throw new Error('news-core.yaml does not parse');
  return parsed.ruleSet.rules;
}

/** Every rule's values in every version, as JSON; `together`: the docs are marked as one set. */
function valuesOf(rules: readonly Rule[], versions: readonly NormalizedVersion[], together: boolean): string {
  const paragraphs = new Map();
  const docs = versions.map((v) => analyze(v, together ? paragraphs : new Map()));
  if (together) readTogether(docs);
  const out = docs.map((doc) =>
    rules.map((rule) => kindOf(rule.kind).extract(doc, rule, { referenceDate: doc.version.dateLine })),
  );
  return JSON.stringify(out);
}

describe('versions read together share their identical sentences', () => {
  const rules = coreRules();
  const sets = readdirSync(SETS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it.each(sets)('%s: the same values as each version read alone', (set) => {
    const versions = versionsOf(join(SETS, set));
    expect(versions.length).toBeGreaterThan(1);
    expect(valuesOf(rules, versions, true)).toBe(valuesOf(rules, versions, false));
  });

  it('gives copies of one sentence at other offsets one shape, and other sentences another', () => {
    const a = analyze(plainVersion('a', 'Twelve people died on Monday.\n\nThe $5 million fund opened.'));
    const b = analyze(plainVersion('b', 'A new lede came first.\n\nTwelve people died on Monday.\n\nThe $5 million fund opened.'));
    const c = analyze(plainVersion('c', 'Twelve people died on Monday.'));
    const shape = (doc: Doc, text: string): object => {
      const sentence = doc.sentences.find((s) => s.text === text);
      if (sentence === undefined) throw new Error(`no sentence "${text}"`);
      return sentenceShape(doc, sentence);
    };
    readTogether([a, b]);
    expect(shape(a, 'Twelve people died on Monday.')).toBe(shape(b, 'Twelve people died on Monday.'));
    expect(shape(a, 'The $5 million fund opened.')).toBe(shape(b, 'The $5 million fund opened.'));
    expect(shape(a, 'Twelve people died on Monday.')).not.toBe(shape(a, 'The $5 million fund opened.'));
    // a doc never read with the others has shapes of its own
    expect(shape(c, 'Twelve people died on Monday.')).not.toBe(shape(a, 'Twelve people died on Monday.'));
  });

  it('reads the people of a version with the text of an earlier one once, with the same values', () => {
    const text = 'Mayor Ana Ruiz said 12 people died in Kelmar.\n\nRuiz visited the site with Tomasz Okafor of the Red Cross.';
    const a = analyze(plainVersion('a', text));
    const b = analyze(plainVersion('b', text));
    const c = analyze(plainVersion('c', `${text}\n\nA new paragraph.`));
    readTogether([a, b, c]);
    const first = findPeople(a); // a is read first: it becomes the doc of its text
    expect(textTwin(b)).toBe(a);
    expect(textTwin(c)).toBe(c);
    expect(findPeople(b)).toBe(first);
    const alone = analyze(plainVersion('b', text));
    const rules = coreRules();
    const values = (doc: Doc): string => JSON.stringify(rules.map((rule) => kindOf(rule.kind).extract(doc, rule, { referenceDate: null })));
    expect(values(b)).toBe(values(alone));
  });
});
