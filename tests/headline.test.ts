/**
 * Headline facts on wire copy (issue: "the event's figure kept apart from its parts and
 * its background"). Each failure class has text written for it here.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { ClaimValue, Rule } from '../src/types.js';
import { versionClaims } from './helpers/version-claims.js';
import { tempSets } from './helpers/temp-set.js';

function rule(id: string, cues: string[], over: Partial<Rule> = {}): Rule {
  return {
    id, label: id, kind: 'quantity', severity: 'error', cues, units: [], window: 16, overTime: 'non-decreasing',
    compare: 'headline', expect: [], replaces: [], source: { file: 'test.yaml', line: 1, column: 1 }, ...over,
  } as Rule;
}

const DEATHS = rule('death-toll', ['killed', 'killing', 'dead', 'deaths', 'death toll', 'died', 'lives', 'bodies']);
const INJURED = rule('injured', ['injured', 'injuring', 'wounded', 'hurt', 'hospitalized', 'treated'], { window: 8 });
const RULES = [DEATHS, INJURED];

const claims = (text: string, date = '2026-03-03'): Map<string, ClaimValue[]> => versionClaims(text, date, RULES);

const roles = (values: readonly ClaimValue[]): string[] =>
  values.map((x) => `${x.key}/${x.role}${x.place ? `@${x.place}` : ''}`);
const headline = (values: readonly ClaimValue[]): string | undefined => values.find((x) => x.role === 'headline')?.key;

describe('1. background figures from other events', () => {
  it('a clause anchored to another year is background', () => {
    const deaths = claims(
      'The quake killed 41 people on Tuesday. It was the deadliest quake in the region since 2009, when some 4,000 people died.',
    ).get('death-toll')!;
    expect(roles(deaths)).toEqual(['41/headline', '4000/background']);
  });
  it('"the 1998 flood that killed thousands" and "two years ago" are background', () => {
    const deaths = claims('Floods killed 12 people on Monday. The 1998 flood killed thousands in the same valley. Two years ago, a mudslide killed 30.')
      .get('death-toll')!;
    expect(roles(deaths)).toEqual(['12/headline', '2000-9999/background', '30/background']);
  });
  it('"..., since 2016, when a plane crashed in Colombia, killing 71 people" is background; "the strongest since 1970, killing 23" is not', () => {
    const deaths = claims('The crash killed 40 people on Saturday. It was the deadliest air disaster in the country since 2016, when a chartered plane crashed in the mountains, killing 71 people.')
      .get('death-toll')!;
    expect(roles(deaths)).toEqual(['40/headline', '71/background']);
    const quake = claims('The quake struck at 4:12 a.m., the strongest since 1970, killing 23 people.').get('death-toll')!;
    expect(headline(quake)).toBe('23');
  });
  it('a year in a parenthetical does not make the toll background', () => {
    const deaths = claims('The death toll, the highest since 2009, rose to 41 on Wednesday.').get('death-toll')!;
    expect(headline(deaths)).toBe('41');
  });
});

describe('2. parts of a total', () => {
  it('"Of the 41 dead, 30 were in Alder County and 11 in Brook County"', () => {
    const deaths = claims('The death toll rose to 41. Of the 41 dead, 30 were in Alder County and 11 in Brook County.').get('death-toll')!;
    expect(roles(deaths)).toEqual(['41/headline', '41/other', '30/part@Alder County', '11/part@Brook County']);
  });
  it('"including 6 children" and a breakdown by place', () => {
    const deaths = claims('A fire killed 14 people, including 6 children at the school. Officials said 9 died in the capital and 5 elsewhere.')
      .get('death-toll')!;
    expect(roles(deaths)).toEqual(['14/headline', '6/part@the school', '9/part@the capital', '5/part@elsewhere']);
  });
  it('two figures of different claims with places are not a breakdown', () => {
    const c = claims('The storm killed 23 people in northern Varnia and injured more than 100 in the capital.');
    expect(headline(c.get('death-toll')!)).toBe('23');
    expect(headline(c.get('injured')!)).toBe('100');
  });
});

describe('3. vague words are ranges, never the headline', () => {
  it('"hundreds" is 200-999 and "dozens" is not a headline', () => {
    const c = claims('Dozens were killed and hundreds were hurt when the bridge collapsed. Officials later said 31 people died.');
    expect(roles(c.get('death-toll')!)).toEqual(['24-99/other', '31/headline']);
    expect(roles(c.get('injured')!)).toEqual(['200-999/other']);
  });
});

describe('4. non-person units are not casualties', () => {
  it.each([
    'Two earthquakes killed 12 people.',
    'A 5.4 quake killed 12 people.',
    'The landslide buried five houses and killed 12 people.',
    'One gunman killed 12 people at the market.',
    'The blast 12 km away killed 12 people.',
  ])('%s', (text) => {
    expect(claims(text).get('death-toll')!.map((x) => x.key)).toEqual(['12']);
  });
  it('"hundreds of homes" near a cue is not a toll', () => {
    expect(claims('The floods that killed 8 people destroyed hundreds of homes on Monday.').get('death-toll')!.map((x) => x.key)).toEqual(['8']);
  });
});

describe('5. one number, one claim', () => {
  it('"killing 12 people and injuring dozens"', () => {
    const c = claims('The bomb exploded at a bus stop, killing 12 people and injuring dozens.');
    expect(roles(c.get('death-toll')!)).toEqual(['12/headline']);
    expect(roles(c.get('injured')!)).toEqual(['24-99/other']);
  });
  it('"64 people were killed and scores more were hurt" has no injured number', () => {
    const c = claims('In all, 64 people were killed and scores more were hurt.');
    expect(c.get('death-toll')!.map((x) => x.key)).toEqual(['64']);
    expect(headline(c.get('injured')!)).toBeUndefined();
  });
});

describe('6. the headline is the first strong statement', () => {
  it('the lede wins over a larger figure later', () => {
    const deaths = claims('A bus crash killed at least 23 people on Sunday. The 1998 crash on the same road killed 70. We found 12 bodies so far, a rescuer said.')
      .get('death-toll')!;
    expect(headline(deaths)).toBe('23');
  });
  it('an older toll given for comparison is not the headline', () => {
    const deaths = claims('The death toll rose to 61, up from 45 on Monday.').get('death-toll')!;
    expect(roles(deaths)).toEqual(['61/headline', '45/other']);
    const earlier = claims('Officials had earlier put the death toll at 12. By evening 19 people were confirmed dead.').get('death-toll')!;
    expect(roles(earlier)).toEqual(['12/other', '19/headline']);
    const after = claims('The toll rose to 13 on Thursday evening after an injured worker died in hospital.');
    expect(after.get('injured')!).toEqual([]);
    const revised = claims('Police revised the number of people killed to 14, from 13.').get('death-toll')!;
    expect(roles(revised)).toEqual(['14/headline', '13/other']);
  });
});

describe('13. cues, ages, differences, display', () => {
  it('cues match inflections', () => {
    expect(claims('Quake kills 23 in Varnia.').get('death-toll')!.map((x) => x.key)).toEqual(['23']);
    expect(claims('The fire injures 4 people.').get('injured')!.map((x) => x.key)).toEqual(['4']);
  });
  it('ages and differences are not counts', () => {
    expect(claims('A woman aged 95 died in the fire.').get('death-toll')!).toEqual([]);
    expect(claims('All but three of the passengers were killed.').get('death-toll')!).toEqual([]);
  });
});

// ---------------------------------------------------------------- across versions (e2e through check())

const sets = tempSets();
afterAll(() => sets.cleanup());
const writeSet = sets.write;

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const lede = (toll: string, extra = ''): string =>
  `KELMAR, Varnia (AP) — A strong earthquake struck northern Varnia early Tuesday, killing ${toll} people, officials said.\n\n` +
  `It was the deadliest quake in the region since 2009, when some 4,000 people died.${extra}\n`;

async function tollFindings(dir: string): Promise<Array<[string, string[]]>> {
  const report = await check([dir], { rules: [CORE] });
  return report.sets[0]!.findings.filter((f) => f.rule === 'death-toll').map((f) => [f.type, f.versions]);
}

describe('7. lower bounds', () => {
  it('"at least 12" then "at least 15" is an update; an older lower bound later is stale', async () => {
    const dir = writeSet(
      { 'a.txt': lede('at least 12'), 'b.txt': lede('at least 15'), 'c.txt': lede('at least 12') },
      'version: 1\nversions:\n  - id: a\n    date: 2026-03-03\n    time: "07:00"\n  - id: b\n    date: 2026-03-03\n    time: "12:00"\n  - id: c\n    date: 2026-03-04\n',
    );
    expect(await tollFindings(dir)).toEqual([['stale', ['c']], ['update', ['b']]]);
  });
  it('versions of the same date that raise the toll to different figures contradict each other', async () => {
    const dir = writeSet({
      'a.txt': ` date 2026-03-03\n${lede('at least 40')}`,
      'b.txt': ` date 2026-03-04\n${lede('71')}`,
      'c.txt': ` date 2026-03-04\n${lede('72')}`,
    });
    expect(await tollFindings(dir)).toEqual([['contradiction', ['c']], ['update', ['b']]]);
  });
  it('"at least 12" against "12" is at most info', async () => {
    const dir = writeSet({ 'a.txt': ` date 2026-03-03\n${lede('at least 12')}`, 'b.txt': ` date 2026-03-03\n${lede('12')}` });
    const report = await check([dir], { rules: [CORE] });
    const toll = report.sets[0]!.findings.filter((f) => f.rule === 'death-toll');
    expect(toll.every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('9. file-name order is weak evidence', () => {
  it('a differing headline is a contradiction that says the order is unknown, never stale or update', async () => {
    const dir = writeSet({ 'a.txt': lede('23'), 'b.txt': lede('17') });
    const report = await check([dir], { rules: [CORE] });
    const toll = report.sets[0]!.findings.filter((f) => f.rule === 'death-toll');
    expect(toll.map((f) => f.type)).toEqual(['contradiction']);
    expect(toll[0]!.message).toMatch(/order of the versions is unknown/);
    expect(toll[0]!.message).toMatch(/23/);
    expect(toll[0]!.message).toMatch(/17/);
  });
  it('background figures never make a contradiction', async () => {
    const dir = writeSet({ 'a.txt': lede('23'), 'b.txt': lede('23').replace('4,000', '5,000') });
    expect(await tollFindings(dir)).toEqual([]);
  });
});

describe('contract: role in the JSON report', () => {
  it('each quantity value has a role and at most one headline per version', async () => {
    const dir = writeSet({ 'a.txt': lede('23', ' Of the 23 dead, 17 were in Kelmar and six in Dorsk.'), 'b.txt': lede('23') });
    const report = await check([dir], { rules: [CORE] });
    const claim = report.sets[0]!.claims.find((c) => c.rule === 'death-toll')!;
    for (const values of Object.values(claim.values)) {
      expect(values.every((x) => x.role !== undefined)).toBe(true);
      expect(values.filter((x) => x.role === 'headline').length).toBeLessThanOrEqual(1);
    }
    expect(roles(claim.values['a']!)).toEqual(['23/headline', '4000/background', '23/other', '17/part@Kelmar', '6/part@Dorsk']);
  });
});

describe('time order for cuts and dates', () => {
  const manifest = 'version: 1\nversions:\n  - id: a\n    date: 2026-03-03\n  - id: b\n    date: 2026-03-04\n';
  it('a name that only a later version adds to a sentence was not cut from the earlier one', async () => {
    const early = 'KELMAR, Varnia (AP) — Rescuers searched the ruins of the old school on Tuesday as night fell, officials said.\n';
    const later = 'KELMAR, Varnia (AP) — Rescuers searched the ruins of the old school in Dorsk on Tuesday as night fell, officials said.\n';
    const dir = writeSet({ 'a.txt': early, 'b.txt': later }, manifest);
    const report = await check([dir], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.type === 'deleted-mention')).toEqual([]);
    // the other way round it is a cut
    const cut = writeSet({ 'a.txt': later, 'b.txt': early }, manifest);
    const again = await check([cut], { rules: [CORE] });
    expect(again.sets[0]!.findings.filter((f) => f.type === 'deleted-mention').map((f) => f.versions)).toEqual([['b']]);
  });
  it('a cut item is "still in" the versions that keep it, never the damaged sentence itself', async () => {
    const full = 'KELMAR, Varnia (AP) — Eleven people died in Hollis County, four in Pruitt County and two in Bexley County, officials said.\n';
    const cut = 'KELMAR, Varnia (AP) — Four people died in Pruitt County and two in Bexley County, officials said.\n';
    const report = await check([writeSet({ 'a.txt': full, 'b.txt': cut }, manifest)], { rules: [CORE] });
    const cuts = report.sets[0]!.findings.filter((f) => f.type === 'deleted-mention');
    for (const f of cuts) expect(f.evidence.slice(1).map((e) => e.version)).toEqual(['a']);
  });
  it('"Last month, a fire … killed three" is background, not this event\'s date', async () => {
    const early = 'KELMAR, Varnia (AP) — A ferry capsized off the coast on Tuesday, killing 12 people, officials said.\n';
    const later = `${early}Last month, a fire at a warehouse in the port of Dorsk killed three people.\n`;
    const dir = writeSet({ 'a.txt': early, 'b.txt': later }, manifest);
    const report = await check([dir], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.rule === 'event-dates' && f.type === 'contradiction')).toEqual([]);
    const dates = report.sets[0]!.claims.find((c) => c.rule === 'event-dates')!.values['b']!;
    expect(dates.map((x) => `${x.key}/${x.role ?? ''}`)).toContain('2026-02-01..2026-02-28/background');
  });
  it('dates of earlier events are background, never a date contradiction', async () => {
    const text = (year: string): string =>
      `KELMAR, Varnia (AP) — A typhoon struck the coast on Tuesday, killing 12 people. It was the strongest since a storm hit the coast in ${year}, killing 200.\n`;
    const dir = writeSet({ 'a.txt': text('2006'), 'b.txt': text('2009') }, manifest.replace('2026-03-04', '2026-03-03'));
    const report = await check([dir], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.rule === 'event-dates' && f.type === 'contradiction')).toEqual([]);
    const dates = report.sets[0]!.claims.find((c) => c.rule === 'event-dates')!.values['a']!;
    expect(dates.map((x) => `${x.key}/${x.role ?? ''}`)).toContain('2006-01-01..2006-12-31/background');
  });
});

describe('wire phrasings', () => {
  it('a toll that counts the attacker ("6 dead, including the shooter") is not the headline; "including the suspect\'s mother" is a victim', () => {
    const deaths = claims('Six people, including the gunman, were killed in the shooting on Tuesday.').get('death-toll')!;
    expect(roles(deaths)).toEqual(['6/other']);
    expect(headline(claims('A man killed five co-workers on Tuesday before killing himself.').get('death-toll')!)).toBe('5');
    expect(headline(claims('The gunman killed 12 people, including the suspect\'s mother.').get('death-toll')!)).toBe('12');
  });
  it('a rounded headline gives way to the exact figure its hedge allows', () => {
    const deaths = claims('Nearly two dozen killed as bus plunges into gorge.\n\nTwenty-three people lost their lives on Tuesday when the bus left the road.')
      .get('death-toll')!;
    expect(headline(deaths)).toBe('23');
  });
  it('"two injured passengers died" is about deaths, not the injured count', () => {
    const values = claims('At least 17 people were injured. The toll rose to 25 after two injured passengers died in hospital.');
    expect(headline(values.get('injured')!)).toBe('17');
    expect(values.get('injured')!.map((x) => x.key)).not.toContain('2');
    expect(claims('Twelve injured people were taken to hospital.').get('injured')!.map((x) => x.key)).toEqual(['12']);
  });
  it('people still in hospital are a share of the injured, not the injured count', () => {
    const injured = claims('Six people remained hospitalized on Friday, two in critical condition. At least 14 people were injured in the blast.')
      .get('injured')!;
    expect(headline(injured)).toBe('14');
    expect(roles(injured)).toContain('6/part');
    const still = claims('Twenty people were hurt; nine are still in hospital.').get('injured')!;
    expect(headline(still)).toBe('20');
  });
  it('"deaths pass 100" is a round mark that gives way to the exact 104 of the lede', () => {
    const deaths = claims('Cholera deaths pass 100 in Varnia\n\nThe outbreak has killed 104 people since January, the ministry said.').get('death-toll')!;
    expect(headline(deaths)).toBe('104');
    expect(deaths.find((x) => x.key === '100')?.qualifier).toBe('more-than');
  });
  it('"Kamla Devi, 52, who was treated for a leg injury" gives an age, not an injured count', () => {
    const injured = claims('More than 50 people were hurt. "Everyone was pushing," said Kamla Devi, 52, who was treated for a leg injury.').get('injured')!;
    expect(injured.map((x) => x.key)).toEqual(['50']);
  });
  it('a share of another group that the cue states is the whole count; a share of the injured stays a part', () => {
    expect(headline(claims('Seven of the survivors were injured, and four remained in hospital on Thursday.').get('injured')!)).toBe('7');
    expect(headline(claims('Six people were rescued from the snow, five of them injured.').get('injured')!)).toBe('5');
    const part = claims('At least 87 people were injured, 12 of them seriously. Eleven of the injured were children.').get('injured')!;
    expect(headline(part)).toBe('87');
    expect(roles(part)).toEqual(['87/headline', '12/part', '11/part']);
  });
  it('a figure per day or per year is a rate, not a count', () => {
    const injured = claims('Twelve people were injured in the blast. Doctors were treating about 240 injured patients a day.').get('injured')!;
    expect(injured.map((x) => x.key)).toEqual(['12']);
    expect(claims('Road crashes kill 6,000 people annually in the country. The bus crash killed 23.').get('death-toll')!.map((x) => x.key)).toEqual(['23']);
  });
  it('"240 patients were being treated" is people in care now, a share, not the injured count', () => {
    const injured = claims('At least 30 people were injured. Some 12 patients were being treated at the district hospital on Thursday.').get('injured')!;
    expect(headline(injured)).toBe('30');
    expect(roles(injured)).toContain('12/part');
  });
  it('"in X alone" is a part; "climbed by N to M" reads M', () => {
    const deaths = claims('The death toll in Halvan province alone has climbed by nearly 1,400 in two days to more than 5,500. The overall number of dead is put at more than 8,000.')
      .get('death-toll')!;
    expect(roles(deaths)).toEqual(['5500/part@Halvan province', '8000/headline']);
  });
  it('"4 more bodies … bringing the toll to 7": the increment is a part, the total the headline', () => {
    const deaths = claims('Divers recover 4 more bodies from the river, bringing the death toll to 7.').get('death-toll')!;
    expect(roles(deaths)).toEqual(['4/part', '7/headline']);
    expect(headline(claims('Officials reported 12 new deaths, bringing the number of deaths to 87.').get('death-toll')!)).toBe('87');
  });
  it('a place\'s figure next to a statewide or overall figure is that place\'s share', () => {
    const deaths = claims('Tornado: 11 dead in the county as the statewide toll reaches 17.').get('death-toll')!;
    expect(roles(deaths)).toEqual(['11/part@the county', '17/headline']);
  });
  it('a verb cue after the figure with a subject of its own, past "after", is the other clause\'s', () => {
    const c = claims('The death toll rose to 19 on Wednesday after a man injured when the storm destroyed his home died in hospital.');
    expect(headline(c.get('death-toll')!)).toBe('19');
    expect(c.get('injured')!.map((x) => x.key)).toEqual([]);
    // a noun cue stays tied ("three years after the invasion"); so does a cue without a subject
    expect(headline(claims('At least 30 people were hurt after the bus overturned.').get('injured')!)).toBe('30');
  });
});

describe('8. values are paired by context, not by position', () => {
  it('a changed figure is compared with the figure of the same unit; a figure with no partner is no conflict', async () => {
    const same = 'version: 1\nversions:\n  - id: a\n    date: 2026-03-03\n  - id: b\n    date: 2026-03-03\n';
    const a = 'KELMAR, Varnia (AP) — Officials evacuated 300 residents and 40 students from the valley on Monday after the dam cracked.\n';
    const b = 'KELMAR, Varnia (AP) — Officials evacuated 40 students and 350 residents from the valley on Monday after the dam cracked.\n';
    const report = await check([writeSet({ 'a.txt': a, 'b.txt': b }, same)], { rules: [CORE] });
    const counts = report.sets[0]!.findings.filter((f) => f.rule === 'people-count');
    expect(counts.map((f) => [f.type, f.actual, f.expected])).toEqual([['contradiction', '350 residents', '300 residents']]);
    const c = 'KELMAR, Varnia (AP) — Officials evacuated 300 residents from the valley on Monday after the dam cracked.\n';
    const fewer = await check([writeSet({ 'a.txt': a, 'c.txt': c }, same.replace('id: b', 'id: c'))], { rules: [CORE] });
    expect(fewer.sets[0]!.findings.filter((f) => f.rule === 'people-count' && f.type === 'contradiction')).toEqual([]);
  });
});
