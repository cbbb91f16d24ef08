/**
 * fix-drop6: dropped-fact folds the facts dropped with one sentence into one finding and skips
 * detail (a season, a duration in hours, a small count of someone's own relatives).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOf } from '../src/kinds/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';
import { analyze } from '../src/analyze/index.js';
import { checkAlignment } from '../src/align/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, Finding } from '../src/types.js';

const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

function droppedFindings(a: readonly string[], b: readonly string[]): Finding[] {
  const older = (x: string, y: string): boolean => x < y;
  return checkAlignment([doc('a', a), doc('b', b)], { older }).findings.filter((f: Finding) => f.rule === 'dropped-fact' && f.versions.includes('b'));
}

// A mine-rescue story; the later copy leaves one sentence out.
const MINE = [
  'Rescuers on Tuesday pulled the last of 12 miners from a flooded coal shaft in the hill town of Karvell, the regional mining authority said.',
  'Water burst into the tunnel late on Monday after a wall gave way, trapping the men deep below ground.',
  'All the men were taken to the district hospital in Karvell, where doctors said two were being treated for hypothermia.',
  "The mine's owner, Northfield Coal, said it would cooperate with an inquiry into the accident.",
];
const withMiddle = (middle: string): string[] => [MINE[0]!, MINE[1]!, middle, MINE[2]!, MINE[3]!];

describe('dropped-fact: one finding per sentence left out', () => {
  it('a season and a duration in hours are no facts ("through the winter night for six hours")', () => {
    const a = withMiddle('Crews worked through the winter night for six hours to reach the trapped miners, pumping water out of the lower galleries.');
    expect(droppedFindings(a, MINE)).toEqual([]);
  });
  it('a "12-hour" search is a duration too', () => {
    const a = withMiddle('The 12-hour search was slowed by rising water in the lower galleries, the authority said.');
    expect(droppedFindings(a, MINE)).toEqual([]);
  });
  it('the facts of one sentence left out are one finding listing them, quoting the sentence', () => {
    const a = withMiddle('Crews pumped 4,000 cubic meters of water out of the galleries with pumps flown in from Dorsk overnight.');
    const found = droppedFindings(a, MINE);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.members).toEqual(['4,000', 'Dorsk']);
    expect(f.subject).toBe('4,000, Dorsk');
    expect(f.message).toContain('4,000, Dorsk');
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]).toMatchObject({ version: 'a', line: 5, column: 1 });
  });
  it('near miss: a date with its season stays a fact ("in the winter of 2019")', () => {
    const a = withMiddle('The shaft had flooded once before, in the winter of 2019, when nine miners were rescued.');
    const subjects = droppedFindings(a, MINE).flatMap((f) => f.members ?? [f.subject]);
    expect(subjects.some((s) => s.includes('2019'))).toBe(true);
  });
  it('near miss: a count next to a duration stays a fact ("pumped 4,000 cubic meters for six hours")', () => {
    const a = withMiddle('Through the winter night crews pumped 4,000 cubic meters of water from the galleries for six hours.');
    expect(droppedFindings(a, MINE).map((f) => f.subject)).toEqual(['4,000']);
  });
});

// A quake story reworded by the later copy.
const QUAKE_A = [
  'A strong earthquake flattened mud-brick villages across the Vell valley on Thursday, killing at least 40 people, officials said.',
  'In the village of Ostra, farmer Amin Kaled said he heard a roar before his house fell.',
  'He dug his two daughters out of the rubble with his bare hands.',
  'Rescue teams from the provincial capital reached the worst-hit areas by nightfall, the civil defence agency said.',
];
const QUAKE_B = [
  'At least 40 people died when a powerful earthquake levelled mud-brick villages in the Vell valley on Thursday, according to officials.',
  'Farmer Amin Kaled, from Ostra, recalled hearing a roar just before his home collapsed.',
  'He dug his daughters out by hand, he said.',
  'Rescuers sent from the provincial capital got to the hardest-hit areas by nightfall, said the civil defence agency.',
];

describe("dropped-fact: a small count of someone's own relatives is detail", () => {
  it('"dug his two daughters out" -> "dug his daughters out": nothing dropped', () => {
    expect(droppedFindings(QUAKE_A, QUAKE_B)).toEqual([]);
  });
  it('near miss: a count of people who are no one\'s relatives ("two students") is still dropped', () => {
    const a = [...QUAKE_A.slice(0, 2), 'He dug two students out of the rubble with his bare hands.', QUAKE_A[3]!];
    const b = [...QUAKE_B.slice(0, 2), 'He dug students out by hand, he said.', QUAKE_B[3]!];
    expect(droppedFindings(a, b).map((f) => f.subject)).toContain('two');
  });
});

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const MAGNITUDE_RULES = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.kind === 'magnitude');
const sets = datedSets();
afterAll(sets.cleanup);

describe('magnitude: a second agency\'s figure, and unattributed figures', () => {
  const mag = (text: string): string[] =>
    (versionClaims(text, '2031-05-09', MAGNITUDE_RULES).get('magnitude') ?? []).map((v) => `${v.key} ${kindOf('magnitude').factOf?.(v)}`);
  it('"measured it at 6.6, while the national seismology centre said it was 6.3": two agencies\' figures', () => {
    expect(mag('The US Geological Survey measured it at 6.6, while the national seismology centre said it was 6.3.')).toEqual([
      '6.6 geological survey', '6.3 national seismology centre',
    ]);
  });
  it('"rated 6.6 by the USGS and 6.3 by the local institute"', () => {
    expect(mag('The quake was rated 6.6 by the USGS and 6.3 by the local institute.')).toEqual(['6.6 geological survey', '6.3 local institute']);
  });
  it('unattributed figures are read, each a fact of its own version', () => {
    expect(mag('The quake was measured at magnitude 5.9, officials said.')).toEqual(['5.9 unattributed v']);
    expect(mag('The 5.9-magnitude quake toppled the minaret of the old mosque.')).toEqual(['5.9 unattributed v']);
  });
  it('near miss: another figure of the sentence is no magnitude ("6.3 miles"), nor an aftershock\'s', () => {
    expect(mag('The USGS measured it at 6.6, with its epicentre 6.3 miles from the town.')).toEqual(['6.6 geological survey']);
    expect(mag('The USGS measured it at 6.6, and a 5.1 aftershock followed, the national seismology centre said.')).toEqual(['6.6 geological survey']);
  });

  const lede = (second: string): string =>
    `Quake rocks Tarsin coast\n\nA strong earthquake shook the Tarsin coast early on Friday, damaging dozens of homes, officials said. ${second}`;
  it('two agencies in one version contradict nothing; a version with one of them contradicts none with both', async () => {
    const both = lede('The US Geological Survey measured it at 6.6, while the national seismology centre said it was 6.3.');
    const one = lede('The national seismology centre said the quake had a magnitude of 6.3.');
    const usgs = lede('The quake was rated 6.6 by the USGS.');
    expect(await sets.findings({ a: ['2031-05-09', both], b: ['2031-05-09', one], c: ['2031-05-09', usgs] }, 'magnitude')).toEqual([]);
  });
  it('two outlets\' unattributed figures are not set against each other', async () => {
    const a = lede('The 5.9-magnitude quake was felt in the capital.');
    const b = lede('The 6.2-magnitude quake was felt in the capital.');
    expect(await sets.findings({ a: ['2031-05-09', a], b: ['2031-05-09', b] }, 'magnitude')).toEqual([]);
  });
  it('near miss: copies of one time giving the same agency two figures still contradict', async () => {
    const a = lede('The quake was rated 6.6 by the USGS and 6.3 by the local institute.');
    const f = await sets.findings({ a: ['2031-05-09', a], b: ['2031-05-09', a.replace('6.3', '6.1')] }, 'magnitude');
    expect(f.map((x) => `${x.severity} ${x.type}`)).toEqual(['warning contradiction']);
  });
});

describe('dates: a possessive weekday dates the incident', () => {
  const DATE_RULES = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.id === 'event-dates');
  // version dated Monday 2031-05-12
  const dates = (text: string): string[] => (versionClaims(text, '2031-05-12', DATE_RULES).get('event-dates') ?? []).map((v) => `${v.key} ${v.event}`);
  it('"Thursday\'s disaster", "Thursday\'s collapse"', () => {
    expect(dates("The death toll from Thursday's disaster rose to 31, officials said.")).toEqual(['2031-05-08 incident']);
    expect(dates("Rescuers searched the rubble for a second day after Thursday's collapse of a six-storey apartment block.")).toEqual(['2031-05-08 incident']);
  });
  it('"Survivors of Saturday\'s quake slept in tents on Sunday": the quake is Saturday\'s, not Sunday\'s', () => {
    expect(dates("Survivors of Saturday's quake slept in tents on Sunday as aftershocks rattled the region.")).toEqual(['2031-05-10 incident', '2031-05-11 null']);
    expect(dates("Families who lost their homes in Saturday's deadly quake slept in the town square on Sunday night.")).toEqual(['2031-05-10 incident', '2031-05-11 null']);
  });
  it('near miss: "the toll from the collapse" and "disaster officials" date no incident', () => {
    expect(dates('Divers recovered three more bodies on Wednesday, raising the toll from the collapse of the footbridge to nine.')).not.toContain('2031-05-07 incident');
    expect(dates('The toll rose to 19 on Wednesday, disaster officials said.')).toEqual([]);
  });
  it('near miss: an incident word of no possessive date still dates it ("the quake struck on Saturday")', () => {
    expect(dates('The quake struck the valley on Saturday, and survivors slept in tents.')).toEqual(['2031-05-10 incident']);
  });
});
