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

describe('a toll given through its victims', () => {
  it('"names 12 victims" in the headline is the toll of a version that gives no other', () => {
    const text = [
      'Ostrelia names 12 victims of ferry terminal bombing; suspect charged',
      'ARVEN, Ostrelia (Reuters) - Prosecutors on Friday charged a 24-year-old man with 12 counts of murder and 31 counts of attempted murder over the bombing at the Arven ferry terminal.',
      'The families of the victims were told before the names were published, police said.',
    ].join('\n\n');
    expect(roles(text)).toEqual(['12/headline']);
  });
  it('"the 9 victims were ...", "all 9 victims", "charged with 9 counts of murder" state a toll', () => {
    expect(roles('The 9 victims were aged between 15 and 71, the coroner said.')).toEqual(['9/headline']);
    expect(roles('All nine victims were passengers on the morning bus from Telvik.')).toEqual(['9/headline']);
    expect(roles('The driver was charged with nine counts of manslaughter on Thursday.')).toEqual(['9/headline']);
    expect(roles('She faces seven counts of first-degree murder.')).toEqual(['7/headline']);
  });
  it('a direct toll wins, and a count of charges beside it is no second value', () => {
    expect(roles('Eight people have now died. The suspect is charged with seven counts of murder, and prosecutors said they would add an eighth.'))
      .toEqual(['8/headline']);
    expect(roles('A gunman killed 6 people at the Telvik market on Monday. Police named the 6 victims on Wednesday.')).toEqual(['6/headline']);
  });
  it('near misses: attempted murder, families, the treated, some victims, flood victims, victims of fraud', () => {
    expect(roles('He was also charged with 31 counts of attempted murder.')).toEqual([]);
    expect(roles('The 12 victims\' families met the minister on Friday.')).toEqual([]);
    expect(roles('Relatives of the victims said 300 people attended a vigil at the terminal.')).toEqual([]);
    expect(roles('Thirty victims were treated in hospital for burns.', 'death-toll')).toEqual([]);
    expect(roles('Thirty victims were treated in hospital for burns.', 'injured')).toEqual(['30/headline']);
    expect(roles('The 40 victims were treated at the scene, paramedics said.')).toEqual([]);
    expect(roles('Nine victims were buried in Telvik on Sunday.')).toEqual([]);
    expect(roles('Police named 400 flood victims who would receive grants.')).toEqual([]);
    expect(roles('The 40 victims of the pension fraud will be repaid, the court ruled.')).toEqual([]);
    expect(roles('The 3 victims survived with minor cuts.')).toEqual([]);
  });
  it('a two-version set: the version that names its victims gives the toll (no omission)', async () => {
    const out = await findings({
      'v1.txt': ' date 2026-10-06\nBomb kills 12 at Ostrelian ferry terminal\n\nARVEN (Reuters) - A bomb killed 12 people at the Arven ferry terminal on Monday, police said.\n',
      'v2.txt': ' date 2026-10-09\nOstrelia names 12 victims of ferry terminal bombing\n\nARVEN (Reuters) - Prosecutors charged a man over Monday\'s bombing with 12 counts of murder.\n',
    });
    expect(out.filter((f) => f.includes('death-toll'))).toEqual([]);
  });
});
