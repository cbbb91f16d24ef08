/**
 * Figures read as wire copy writes them: groups of people summed into one total, ages after
 * "died … at", a toll headline with a wounded victim in it, breakdowns by "from" a place, and
 * a qualifier shared by a coordinated figure. Sentences written for these tests (fictional
 * people and places).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { check } from '../src/index.js';
import { quantityExtractor } from '../src/extract/quantity.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { ClaimValue, QuantityRule } from '../src/types.js';
import { CORE_QUANTITY_RULES as RULES, versionClaims } from './helpers/version-claims.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

const claims = (text: string, date = '2026-05-12'): Map<string, ClaimValue[]> => versionClaims(text, date);

const show = (x: ClaimValue): string => `${x.qualifier ? `${x.qualifier} ` : ''}${x.key}/${x.role}${x.place ? `@${x.place}` : ''}`;
const roles = (text: string, rule: string): string[] => (claims(text).get(rule) ?? []).map(show);
const headline = (text: string, rule: string): ClaimValue | undefined => claims(text).get(rule)?.find((x) => x.role === 'headline');

const sets = tempSets();
afterAll(() => sets.cleanup());
const writeSet = sets.write;

async function findings(files: Record<string, string>, rule?: string): Promise<string[]> {
  const report = await check([writeSet(files)], { rules: [CORE] });
  return report.sets[0]!.findings.filter((f) => rule === undefined || f.rule === rule).map((f) => `${f.type}:${f.rule}:${f.versions.join(',')}`);
}

describe('1. a group of people joined by "and" states their sum', () => {
  it('"two nurses and two orderlies were killed" is a toll of 4, the members its parts', () => {
    const text = 'Two nurses and two orderlies were killed and seven others were hurt when the clinic roof caved in.';
    expect(roles(text, 'death-toll')).toEqual(['4/headline', '2/part', '2/part']);
    expect(roles(text, 'injured')).toEqual(['7/headline']);
    const total = headline(text, 'death-toll')!;
    expect(total.text).toBe('Two nurses and two orderlies');
    expect(text.slice(total.span.start, total.span.end)).toBe('Two nurses and two orderlies');
  });
  it('a group after its cue ("the deaths of two nurses and two orderlies killed …") and lists with commas', () => {
    expect(headline('Brenmoor is mourning the deaths of two nurses and two orderlies killed in the collapse.', 'death-toll')?.key).toBe('4');
    expect(headline('Rebels ambushed the convoy, killing three soldiers, two policemen and one civilian.', 'death-toll')?.key).toBe('6');
    expect(headline('The blast at the Ostrava pit killed 11 miners and three rescuers.', 'death-toll')?.key).toBe('14');
  });
  it('a shared qualifier: "at least two soldiers and three police" is at least 5', () => {
    const total = headline('At least two soldiers and three police were killed in the ambush near Tarvel.', 'death-toll')!;
    expect([total.key, total.qualifier]).toEqual(['5', 'at-least']);
  });
  it('a group that breaks down a figure just given makes no new total', () => {
    expect(roles('Nine victims – eight pupils and one teacher – were buried on Sunday in Hallen.', 'death-toll')).not.toContain('9/headline');
    expect(roles('The gunman killed 10 people, including eight pupils and two teachers.', 'death-toll')).toEqual(['10/headline', '8/part', '2/part']);
    expect(roles('The gunman killed 10 people, eight pupils and two teachers, before he was shot.', 'death-toll')).toEqual(['10/headline', '8/part', '2/part']);
  });
  it('outcomes, clauses of their own and lists the figures do not finish are no group (a sum of the rest is made)', () => {
    expect(roles('Four paramedics and one driver were killed, and a nurse was hurt.', 'death-toll')).toEqual(['5/headline', '4/part', '1/part']);
    expect(roles('The bus crash left two dead and three injured.', 'death-toll')).toEqual(['2/headline']);
    expect(roles('The storm killed 5 people and injured 12.', 'injured')).toEqual(['12/headline']);
    expect(roles('The gunman killed four people and nine others were wounded.', 'death-toll')).toEqual(['4/headline']);
    expect(roles('The gunman killed four people and nine others suffered burns.', 'death-toll')).toEqual(['4/headline']);
    expect(roles('Three soldiers, two policemen and a civilian were killed.', 'death-toll')).not.toContain('5/headline');
    expect(roles('A teacher and two pupils were killed.', 'death-toll')).not.toContain('3/headline');
  });
  it('two versions that give the toll as "four people" and as "two nurses and two doctors" agree', async () => {
    const a = ' date 2026-05-12\nBRENMOOR (AP) — Four people were killed and seven others hospitalized when the roof of a clinic in Brenmoor caved in on Monday, officials said.\n';
    const b = ' date 2026-05-12\nBRENMOOR (Reuters) - Two nurses and two doctors were killed and seven others were injured when the roof of a clinic in Brenmoor caved in on Monday, officials said.\n';
    expect(await findings({ 'a.txt': a, 'b.txt': b }, 'death-toll')).toEqual([]);
  });
});

describe('1b. a verb cue with a figure of its own counts that one', () => {
  it('"carrying 14 passengers and two drivers, plunged off the road, killing nine" is a toll of 9', () => {
    const text = 'The minibus, carrying 14 passengers and two drivers, plunged off the Velka pass road, killing nine.';
    expect(roles(text, 'death-toll')).toEqual(['9/headline']);
  });
});

describe('1c. a breakdown set off by dashes is crossed whole', () => {
  it('"Seven people – five pupils and two teachers – died" is a toll of 7 with its parts', () => {
    expect(roles('Seven people – five pupils and two teachers – died in the fire at Orrin.', 'death-toll')).toEqual(['7/headline', '5/part', '2/part']);
  });
});

describe('2. ages are not tolls', () => {
  it('"died on Friday at 91" and "passed away at home at 79" are ages', () => {
    expect(roles('Former senator Ilse Marwood died on Friday at 91, her family said.', 'death-toll')).toEqual([]);
    expect(roles('The poet passed away at his home in Korvel at 79.', 'death-toll')).toEqual([]);
    // a figure after another verb is no age
    expect(roles('The number of people who died stood at 18.', 'death-toll')).toEqual(['18/headline']);
  });
  it('"aged 24 and 31": a number listed after an age word is an age too', () => {
    expect(roles('Two hikers, aged 24 and 31, were killed by the rockfall.', 'death-toll')).not.toContain('31/headline');
  });
  it('"Dario Fenwick, 19," is an age even when the tagger reads the surname as a common noun', () => {
    expect(roles('Dario Fenwick, 19, died at Corley General Hospital on Wednesday.', 'death-toll')).toEqual([]);
    expect(roles('Mara Park, 24, was among the dead.', 'death-toll')).toEqual([]);
  });
});

describe('3. a toll headline with a wounded victim in it', () => {
  it('"toll rises to six as injured climber dies" is a toll, no injured figure', () => {
    const text = 'Glacier collapse toll rises to six as injured climber dies';
    expect(roles(text, 'death-toll')).toEqual(['6/headline']);
    expect(roles(text, 'injured')).toEqual([]);
  });
  it('"as" ends the clause: a cue after it describes that clause\'s noun', () => {
    const text = 'The toll climbed to nine as injured villagers reached the valley.';
    expect(roles(text, 'injured')).toEqual([]);
    expect(roles(text, 'death-toll')).toEqual(['9/headline']);
  });
  it('a cue linked to the figure by a verb of level only is as close as a cue next to it', () => {
    const toll = RULES.find((r) => r.id === 'death-toll')!;
    const doc = analyze(plainVersion('v', 'The death toll has now risen to 9 in Harlow.'));
    expect(quantityExtractor.extract(doc, toll as QuantityRule, { referenceDate: null }).map((x) => x.cueDistance)).toEqual([0]);
  });
});

describe('4. a breakdown by where the dead came from', () => {
  it('"six from Dorsk and two from Ambry" are parts with their places, like "in"', () => {
    const text = 'The toll rose to 22. Fourteen of the dead were from Ketlin, six from Dorsk and two from Ambry, the governor said.';
    expect(roles(text, 'death-toll')).toEqual(['22/headline', '14/part', '6/part@Dorsk', '2/part@Ambry']);
    // "rose to 41 from 34" is no place
    expect(roles('The toll rose to 41 from 34 on Friday.', 'death-toll')).toEqual(['41/headline', '34/other']);
  });
});

describe('4b. "were among the dead" is a share', () => {
  it('"Three pupils were among the dead" is a part of the toll, not a toll', () => {
    expect(roles('The fire killed 12 people in Harlow. Three pupils were among the dead.', 'death-toll')).toEqual(['12/headline', '3/part']);
  });
});

describe('5. a leading qualifier is shared by the coordinated figure', () => {
  it('"At least 19 people were killed and 240 injured" is at least 240 injured; "and 240 were injured" is not', () => {
    const injured = (text: string): string[] => roles(text, 'injured');
    expect(injured('At least 19 people were killed and 240 injured when the dam at Serrin gave way.')).toEqual(['at-least 240/headline']);
    expect(injured('More than 40 killed and 80 wounded in Dorsk market blast')).toEqual(['more-than 80/headline']);
    expect(injured('At least 19 people were killed and 240 were injured.')).toEqual(['240/headline']);
    expect(injured('The blast killed at least 19 people and injured 240.')).toEqual(['240/headline']);
  });
  it('a group after the first figure keeps its own wording and its members', () => {
    const text = 'At least 27 people were killed and two pupils and one teacher injured in the blast at Orrin.';
    expect(roles(text, 'injured')).toEqual(['3/headline', '2/part', '1/part']);
  });
  it('two versions that give "at least 240 injured" both ways raise no qualifier change', async () => {
    const a = ' date 2026-05-12\nSERRIN (AP) — At least 19 people were killed and 240 injured when a dam gave way above Serrin on Monday, officials said.\n';
    const b = ' date 2026-05-12\nSERRIN (Reuters) - At least 240 people were injured when a dam gave way above Serrin on Monday, officials said.\n';
    expect((await findings({ 'a.txt': a, 'b.txt': b }, 'injured')).filter((f) => f.startsWith('qualifier-change'))).toEqual([]);
  });
});
