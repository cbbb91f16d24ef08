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

describe('roles: increments, place shares, background', () => {
  it('an increment with no total and no place beside it is no part (role other)', () => {
    expect(roles('The mudslide has killed 20 people. Soldiers dug out 9 more bodies overnight near the quarry road.'))
      .toEqual(['20/headline', '9/other']);
    expect(roles('Three more patients died on Thursday, the health ministry said.')).toEqual(['3/other']);
  });
  it('near misses: an increment brought to its total, or given for a place, stays a part', () => {
    expect(roles('Divers pulled 5 more bodies from the reservoir, taking the death toll to 16.')).toEqual(['5/part', '16/headline']);
    expect(roles('Two more people died in Velka district on Thursday, officials said.')).toEqual(['2/part@Velka district']);
  });
  it('a place that "accounted for" a share of the dead, and the places after it with the verb elided', () => {
    expect(roles('The flood has killed 52 people. Velka province accounted for 31 of the dead and neighbouring Osk province for 21.'))
      .toEqual(['52/headline', '31/part@Velka province', '21/part@neighbouring Osk province']);
    expect(roles('The flood has killed 52 people. Velka province accounted for 31 of the dead and the river district for 21.'))
      .toEqual(['52/headline', '31/part@Velka province', '21/part@the river district']);
  });
  it('"was hit hardest, with about 30 deaths, followed by X with around 15" ranks place shares', () => {
    expect(roles('Almost 50 people died. Velka province was hit hardest, with about 30 deaths, followed by Osk province with around 15.'))
      .toEqual(['50/headline', '30/part@Velka province', '15/part@Osk province']);
  });
  it('a figure in a "where" clause after "in <place>" is that place\'s share of a larger toll', () => {
    const text = 'The storm killed 40 people. Most died in the Sorn valley, where 22 bodies were found, and in the port district, where 11 people drowned.';
    expect(roles(text)).toEqual(['40/headline', '22/part@the Sorn valley', '11/part@the port district']);
  });
  it('near misses: "accounted for" without a place, a "where" clause alone, "for" after a place elsewhere', () => {
    expect(roles('The flood has killed 52 people. Children accounted for 19 of the dead.')).toEqual(['52/headline', '19/part']);
    expect(roles('Floodwater swept through the Sorn valley, where 22 people drowned, officials said.')).toEqual(['22/headline']);
    expect(roles('The flood has killed 52 people. Aid for 40 families reached Velka province.')).toEqual(['52/headline']);
  });
  it('a member of the dead joined to an unnumbered partner past an age aside is a part', () => {
    expect(roles('The gunman killed 10 people. The dead were eight pupils, aged 11 to 13, and a teacher, police said.'))
      .toEqual(['10/headline', '8/part']);
    // near miss: no partner after the aside, the figure stays the count
    expect(roles('The dead were eight pupils, aged 11 to 13, the school said.')).toEqual(['8/headline']);
  });
  it('a participle clause after a dated clause is the older event\'s figure (background)', () => {
    expect(roles('The worst avalanche in the valley struck Dorsk pass in 2014, killing 27 climbers.')).toEqual(['27/background']);
    // a comparison since a year dates nothing
    expect(roles('The avalanche on Tuesday was the deadliest since 2014, killing 27 climbers.')).toEqual(['27/headline']);
    // the version's own year
    expect(roles('The avalanche struck Dorsk pass on Oct. 6, 2026, killing 27 climbers.')).toEqual(['27/headline']);
  });
  it('a "when" clause after a dated clause and a short aside is the older event\'s figure', () => {
    const text = 'The capital last held a state funeral on this scale in 2011, for poet Anselm Vray, when about 150,000 people lined the route.';
    expect(roles(text, 'people-count')).toEqual(['150000/background']);
    // near miss: no year before the aside
    expect(roles('The capital held a state funeral on Saturday, for poet Anselm Vray, when about 150,000 people lined the route.', 'people-count'))
      .toEqual(['150000/other']);
  });
});
