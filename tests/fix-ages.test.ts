/**
 * A named person's age ("Lena Marsh, 15,", "17-year-old Owen Tate", "Ida Brook, aged 15") is read
 * per version (src/read/ages.ts) and compared person by person (rule `ages`, kind `age`,
 * check/attribute.ts); an age after a name is never a count of people (src/read/quantities.ts).
 * Sentences written for this test: fictional people and places.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/index.js';
import type { Rule } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { checkRule } from './helpers/rule-set.js';
import { tempSets } from './helpers/temp-set.js';
import { CORE_QUANTITY_RULES, versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const AGE_RULES: readonly Rule[] = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.kind === 'age');

const sets = tempSets();
const dated = datedSets();
afterAll(() => {
  sets.cleanup();
  dated.cleanup();
});

/** The ages read in one version, as "name age". */
function ages(text: string): string[] {
  return (versionClaims(text, '2026-03-04', AGE_RULES).get('ages') ?? []).map((v) => `${v.person?.name} ${String(v.value)}`);
}

/** The death-toll and injured headline values of one version. */
function headlines(text: string): Record<string, Array<number | string>> {
  const claims = versionClaims(text, '2026-03-04', CORE_QUANTITY_RULES);
  const out: Record<string, Array<number | string>> = {};
  for (const rule of ['death-toll', 'injured', 'missing']) out[rule] = (claims.get(rule) ?? []).filter((v) => v.role === 'headline').map((v) => v.value);
  return out;
}

describe('an age after a name is no count of people', () => {
  it('a semicolon list of victims with hyphenated names gives no toll of 15', () => {
    const text = 'Three people were killed when a gunman opened fire at a bakery in Harlow Bay on Saturday.\n\nKilled were Greta Holm, 15; Tomas Wendt-Arriaga, 17; and baker Anders Falk, 58.';
    expect(headlines(text)['death-toll']).toEqual([3]);
    const all = (versionClaims(text, '2026-03-04', CORE_QUANTITY_RULES).get('death-toll') ?? []).map((v) => v.value);
    expect(all).not.toContain(15);
  });

  it('the same list in a sentence of its own, with "Dead were", gives no toll', () => {
    const h = headlines('Dead were Greta Holm, 15; Tomas Wendt-Arriaga, 17; Ines Ruiz-Baptiste, 16; and driver Anders Falk, 58.');
    expect(h['death-toll']).toEqual([]);
  });

  it('an injured list with semicolons gives no injured count of 19', () => {
    const h = headlines('Injured were Priya Calloway, 19; Ruben Oyelaran-Diaz, 22; and Mette Lund, 20, the hospital said.');
    expect(h['injured']).toEqual([]);
  });

  it('a dash after the age closes it too', () => {
    const h = headlines('Killed was Priya Calloway, 19 — the youngest of the crew, her family said.');
    expect(h['death-toll']).toEqual([]);
  });

  it('a toll by county in a semicolon list is still a count (near miss)', () => {
    const claims = versionClaims('The dead by county: Marsh County, 6; Oakes County, 4.', '2026-03-04', CORE_QUANTITY_RULES);
    const values = (claims.get('death-toll') ?? []).map((v) => v.value);
    expect(values).toContain(6);
  });
});

describe('ages of named people are read', () => {
  it('reads the four shapes', () => {
    expect(ages('Killed were Greta Holm, 15; Tomas Wendt-Arriaga, 17; and baker Anders Falk, 58.')).toEqual(['Greta Holm 15', 'Tomas Wendt-Arriaga 17', 'Anders Falk 58']);
    expect(ages('Police said Ida Brook, aged 15, died at the scene.')).toEqual(['Ida Brook 15']);
    expect(ages('Prosecutors charged 17-year-old Owen Tate with two counts of murder, police spokeswoman Mara Quist said.')).toEqual(['Owen Tate 17']);
    expect(ages('Lena Marsh, 16, was charged as an adult on Friday.')).toEqual(['Lena Marsh 16']);
  });

  it('reads no age in near misses', () => {
    // unnamed people, a possessive, numbering, a grade, figures after a name that are no age
    expect(ages('A 15-year-old boy and a 16-year-old girl were taken to Harlow General Hospital.')).toEqual([]);
    expect(ages("Greta Holm's 15 classmates lit candles outside the school on Sunday.")).toEqual([]);
    expect(ages('Greta Holm, No. 15, scored twice for the Harlow Bay juniors last season.')).toEqual([]);
    expect(ages('A 10th grader, Greta Holm, said she hid in a closet.')).toEqual([]);
    expect(ages('Coach Anders Falk, 15 years at the school, said the team would play on.')).toEqual([]);
    expect(ages('Mayor Anders Falk, 2019, 2023 winner of the race, spoke.')).toEqual([]);
  });
});

describe('ages compared across versions', () => {
  it('one person, two ages, unknown order: a warning contradiction', async () => {
    const { findings } = await checkRule(sets, {
      a: 'Two students killed in Harlow Bay stabbing\n\nKilled were students Greta Holm, 15, and Tomas Wendt, 17, police said.',
      b: 'Harlow Bay mourns two students\n\nGreta Holm, 14, sang in the school choir. Tomas Wendt, 17, worked at his uncle\'s garage.',
      c: 'Teen charged in Harlow Bay stabbing\n\nThe victims were Greta Holm, 15, and Tomas Wendt, 17, prosecutors said.',
    }, 'ages', [CORE]);
    expect(findings.map((f) => [f.type, f.severity, f.versions.join(), f.subject])).toEqual([['contradiction', 'warning', 'b', 'Greta Holm']]);
    expect(findings[0]?.message).toContain('b says 14; a and c say 15');
  });

  it('a suspect whose age changes by two between versions of the same day: a contradiction', async () => {
    const found = await dated.findings({
      a: ['2026-03-04', 'Teen held after Harlow Bay stabbing\n\nOwen Tate, 17, was charged with murder on Wednesday.'],
      b: ['2026-03-04', 'Harlow Bay suspect appears in court\n\nProsecutors charged 19-year-old Owen Tate with murder on Wednesday.'],
    }, 'ages');
    expect(found.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
  });

  it('one year more in a later version: info update (a birthday or a correction)', async () => {
    const found = await dated.findings({
      a: ['2026-03-04', 'Harlow Bay stabbing\n\nOwen Tate, 17, was charged with murder on Wednesday.'],
      b: ['2026-09-14', 'Harlow Bay trial opens\n\nThe trial of Owen Tate, 18, opened on Monday.'],
    }, 'ages');
    expect(found.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('one year less in a later version is no birthday: a contradiction', async () => {
    const found = await dated.findings({
      a: ['2026-03-04', 'Harlow Bay stabbing\n\nOwen Tate, 17, was charged with murder on Wednesday.'],
      b: ['2026-03-05', 'Harlow Bay stabbing\n\nOwen Tate, 16, appeared in court on Thursday.'],
    }, 'ages');
    expect(found.map((f) => f.type)).toEqual(['contradiction']);
  });

  it('two different people with different ages, and a version without ages: nothing', async () => {
    const { findings } = await checkRule(sets, {
      a: 'Harlow Bay stabbing\n\nKilled were Greta Holm, 15, and Tomas Wendt, 17, police said.',
      b: 'Harlow Bay stabbing\n\nGreta Holm and Tomas Wendt were pronounced dead at the scene.',
      c: 'Harlow Bay stabbing\n\nTomas Wendt, 17, and Greta Holm, 15, were killed, police said.',
    }, 'ages', [CORE]);
    expect(findings).toEqual([]);
  });

  it('a name with an age next to a possessive count: nothing', async () => {
    const { findings } = await checkRule(sets, {
      a: 'Harlow Bay stabbing\n\nGreta Holm, 15, died at the scene, police said.',
      b: "Harlow Bay mourns\n\nGreta Holm's 14 teammates wore black armbands on Saturday.",
    }, 'ages', [CORE]);
    expect(findings).toEqual([]);
  });

  it('ages of unnamed people are not compared', async () => {
    const { findings } = await checkRule(sets, {
      a: 'Harlow Bay stabbing\n\nA 15-year-old boy died at the scene, police said.',
      b: 'Harlow Bay stabbing\n\nA 14-year-old boy died at the scene, police said.',
    }, 'ages', [CORE]);
    expect(findings).toEqual([]);
  });
});
