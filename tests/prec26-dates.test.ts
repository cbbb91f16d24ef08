/**
 * Event dates (prec26): an attacker's own verb dates the incident ("A gunman killed four people at
 * a bank in the town of Marlow on Tuesday"), past the figure it governs and however many articles,
 * prepositions and names lie between; "tragedy", "massacre" and "rampage" name the incident
 * ("Wednesday's tragedy"). Not "disaster", an attributive noun as often ("disaster officials said
 * on Tuesday", "the disaster agency"). A death told without an attacker ("died in hospital on
 * Tuesday") still dates the death, not the incident. Sentences written for these tests
 * (fictional towns and people).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/index.js';
import { checkRule } from './helpers/rule-set.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const DATE_RULES = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.id === 'event-dates');
const sets = tempSets();
afterAll(() => sets.cleanup());

/** The event-dates values of one version dated Friday 2027-03-12: "text:event". */
const dated = (text: string): string[] =>
  (versionClaims(text, '2027-03-12', DATE_RULES).get('event-dates') ?? []).map((v) => `${v.text}:${v.event ?? '-'}`);

describe('an attacker\'s verb dates the incident', () => {
  it('past the figure it governs and a place between the verb and the date', () => {
    expect(dated('TARLO, Vestria (AP) — A gunman killed four people at a bank in the town of Tarlo on Tuesday, police said.')).toEqual(['Tuesday:incident']);
    expect(dated('An attacker killed six worshippers at a mosque in eastern Dovra on Sunday.')).toEqual(['Sunday:incident']);
  });

  it('reads the incident nouns of aftermath copy', () => {
    expect(dated('Residents laid flowers outside the bank after Wednesday\'s tragedy.')).toEqual(['Wednesday:incident']);
    expect(dated('The town is still in shock after the massacre on Tuesday.')).toEqual(['Tuesday:incident']);
    expect(dated('The toll rose to 41 on Tuesday, disaster officials said.')).toEqual([]);
    expect(dated('Nine people are confirmed dead, the provincial disaster office said on Wednesday.')).toEqual([]);
  });

  it('does not date the incident by a death, a figure of another act or a statement', () => {
    expect(dated('A teller wounded in the attack died in hospital on Thursday, police said.')).not.toContain('Thursday:incident');
    expect(dated('Police said the toll rose to five on Thursday.')).not.toContain('Thursday:incident');
    expect(dated('Nine people killed four days earlier were buried on Thursday.')).not.toContain('Thursday:incident');
  });

  it('sets the copy that dates the attack by its verb against one that dates it otherwise', async () => {
    const lede = (day: string): string => `\nGunman kills four at Tarlo bank\n\nTARLO, Vestria (AP) — A gunman killed four people at a bank in the town of Tarlo on ${day}, police said.\n\nThe suspect, a 34-year-old man, was arrested at the scene.\n`;
    const later = ' date 2027-03-13\nTarlo mourns four killed in bank shooting\n\nTARLO, Vestria (AP) — Residents of Tarlo on Thursday mourned four people killed in Wednesday\'s shooting at a bank in the town centre.\n';
    const clash = await checkRule(sets, { v1: ` date 2027-03-12${lede('Tuesday')}`, v2: later }, 'event-dates', [CORE]);
    expect(clash.findings.map((f) => `${f.type} ${f.message}`)).toEqual(['contradiction Dates of events: v2 says 2027-03-10; v1 says 2027-03-09']);
    const same = await checkRule(sets, { v1: ` date 2027-03-12${lede('Wednesday')}`, v2: later }, 'event-dates', [CORE]);
    expect(same.findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
});
