/**
 * prec23: a bare-title scar that was a name, a toll given through its victims, and the roles of
 * increments, place shares and background figures. Sentences written for these tests in the
 * style of wire copy (fictional people and places), with near misses that must not change.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { findScars } from '../src/align/index.js';
import { check } from '../src/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { ClaimValue } from '../src/types.js';
import { versionClaims } from './helpers/version-claims.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const DATE = '2026-10-08';

const show = (x: ClaimValue): string => `${x.key}/${x.role}${x.place ? `@${x.place}` : ''}`;
const roles = (text: string, rule = 'death-toll'): string[] => (versionClaims(text, DATE).get(rule) ?? []).map(show);
const scars = (text: string): string[] => findScars(analyze(plainVersion('x', text))).map((s) => `${s.kind}:${s.excerpt}`);

const sets = tempSets();
afterAll(() => sets.cleanup());

async function findings(files: Record<string, string>): Promise<string[]> {
  const report = await check([sets.write(files)], { rules: [CORE] });
  return report.sets[0]!.findings.map((f) => `${f.severity} ${f.type} ${f.rule} ${f.versions.join(',')}`);
}

describe('title-without-name: a capitalised word tagged as a verb after a title is a name', () => {
  it.each([
    // "Evert"-like given names that are English verbs, followed by a surname
    'Foreign Minister Grant Osterhaug, who flew in from the capital on Monday, promised help for the fishing towns.',
    'Deputy Mayor Will Brannock told reporters the bridge would stay shut until engineers had inspected it.',
    'Interior Minister Mark Tolvesen and Defence Minister Rob Hallquist visited the flooded district on Sunday.',
    'Prime Minister Sue Kalder said on Tuesday that Kalder would not resign.',
    // a given name alone after the title, read as a person's name in the sentence
    'Officials said Foreign Minister Grant, who had flown in on Monday, promised help for the fishing towns.',
  ])('no scar: %s', (text) => {
    expect(scars(text).filter((s) => s.startsWith('title-without-name'))).toEqual([]);
  });

  it.each([
    ['The ceremony was led by Police Chief  told reporters it had gone well.', 'title-without-name:Police Chief  told'],
    ['Emergency crews were praised by Regional Governor said the roads would reopen.', 'title-without-name:Regional Governor said'],
  ])('a real cut is still found: %s', (text, scar) => {
    expect(scars(text)).toContain(scar);
  });

  it('"said Prime Minister , who ..." is still a damaged sentence', () => {
    expect(scars('The vote was delayed, said Prime Minister , who had called for calm.').length).toBeGreaterThan(0);
  });
});
