/**
 * fix-misc4: zero counts said in words ("No one remains missing"), figures of one region that are
 * parts of the toll, numbered "Most read" rows of page furniture, a magnitude per agency, and
 * parts after "now reports" / "has recorded". Fictional wire copy written for these tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { kindOf } from '../src/kinds/index.js';
import { findBoilerplate } from '../src/normalize/boilerplate.js';
import { parseRuleFile } from '../src/rules/index.js';
import { findZeroCounts, tokenizeWords } from '../src/read/numbers.js';
import { tempSets } from './helpers/temp-set.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

const sets = datedSets();
const folders = tempSets();
afterAll(() => {
  sets.cleanup();
  folders.cleanup();
});
const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const CORE_RULES = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules;

/** The report of one set written from file name -> text, checked with news-core. */
const checkTexts = (files: Record<string, string>) => check([folders.write(files)], { rules: [CORE] });

const DATE = '2032-03-15';

/** Values (key and role) of one rule in one version. */
function values(rule: string, text: string): string[] {
  return (versionClaims(text, DATE).get(rule) ?? []).map((v) => `${v.key} ${v.role}`);
}

describe('a count of none said in words is 0', () => {
  it('reads "no one" / "nobody" / "all those missing ... found" as 0 of the state named', () => {
    expect(values('missing', 'A mudslide buried part of the village of Tarnow on Friday. No one remains missing, the fire brigade said.')).toEqual(['0 headline']);
    expect(values('missing', 'Rescuers dug through the night in Tarnow. By Sunday all those missing had been accounted for, the mayor said.')).toEqual(['0 headline']);
    expect(values('missing', 'Police in Tarnow said everyone reported missing has now been found after the mudslide.')).toEqual(['0 headline']);
    expect(values('injured', 'A bus slid off an icy road near Tarnow on Friday, but nobody was hurt, police said.')).toEqual(['0 headline']);
    expect(values('death-toll', 'A fire gutted a warehouse in the port of Lisk on Monday. No one was killed, the fire service said.')).toEqual(['0 headline']);
  });

  it('reads no zero where the words state no count', () => {
    for (const s of [
      'No one knows how many people are still missing in Tarnow, the mayor said.',
      'Almost no one was hurt when the roof fell in, officials said.',
      'Three people died on Friday. No one else was killed, police said.',
      'No one in the school building was hurt, the principal said.',
      'Not all of those missing have been found, the mayor said.',
      'No one was available to comment on the missing hikers.',
    ]) {
      const words = tokenizeWords(s);
      const zeros = findZeroCounts(words).filter((z) => !(s.startsWith('Three') && z.start > 3));
      expect({ s, zeros: zeros.length }).toEqual({ s, zeros: 0 });
    }
  });

  it('a later version saying no one remains missing updates the missing count (info), not an omission', async () => {
    const f = await sets.findings({
      a: ['2032-03-14', 'Mudslide kills 4 in Tarnow\n\nFour people died when a mudslide buried homes in Tarnow on Saturday. About five people were still missing, the fire brigade said.'],
      b: ['2032-03-15', 'Search ends in Tarnow\n\nFour people died when a mudslide buried homes in Tarnow on Saturday. No one remains missing, the fire brigade said on Sunday.'],
    }, 'missing');
    expect(f.map((x) => `${x.severity} ${x.type}`)).toEqual(['info update']);
    expect(f[0]?.message).toMatch(/to 0/);
  });
});

describe('a figure the version gave as one place\'s part, said again, stays that part', () => {
  const LEDE = 'Floods swept through northern Varesia on Sunday, killing at least 38 people in Dornay district and 17 in neighbouring Skelda, officials said. The interior ministry gave no overall figure.';

  it('is a part when said again without a place (no national toll in the version)', () => {
    const v = values('death-toll', `${LEDE}\n\nBridges into Skelda were washed away, and officials there said the toll of 17 included only villages reachable by boat.`);
    expect(v).not.toContain('17 headline');
    expect(v.filter((x) => x.endsWith('headline'))).toEqual([]);
    expect(v).toContain('17 part');
  });

  it('a later toll of another figure is still the headline', () => {
    const v = values('death-toll', `${LEDE}\n\nBy evening the ministry said the toll had risen to 61 across the region.`);
    expect(v).toContain('61 headline');
  });

  it('a figure given first, then a part of that value later, stays the headline', () => {
    const v = values('death-toll', 'A ferry capsized off the Skelda coast on Sunday, killing 17 people, officials said.\n\nSeventeen people died, nine of them from Dornay and eight from Skelda.');
    expect(v[0]).toBe('17 headline');
  });

  it('over time: no update from a region\'s figure to the later national toll', async () => {
    const f = await sets.findings({
      a: ['2032-03-14', `Floods kill dozens in Varesia\n\n${LEDE}\n\nOfficials in Skelda said the toll of 17 covered only villages reachable by boat.`],
      b: ['2032-03-15', 'Varesia flood toll rises to 70\n\nThe death toll from Sunday\'s floods in northern Varesia rose to 70 on Monday, the interior ministry said. Fifty people died in Dornay district and 20 in Skelda.'],
    }, 'death-toll');
    expect(f.map((x) => x.message)).not.toContainEqual(expect.stringMatching(/from 17/));
  });
});

describe('a numbered row of other stories\' headlines after a teaser label is page furniture', () => {
  const kinds = (text: string): string[] => findBoilerplate(text).map((b) => `${b.kind}: ${b.text.slice(0, 12)}`);

  it('removes "Most read: 1. … 2. … 3. …" and the like', () => {
    expect(kinds('Trending: 1. Ferry sinks off Cape Varn, 12 missing 2. Central bank holds rates at 4% 3. Storm: what to expect')).toEqual(['teaser: Trending: 1.']);
    expect(kinds('More from Europe: 1) Train strike halts Lisk commuters 2) Coach crash kills 6 near Brodno')).toEqual(['teaser: More from Eu']);
    expect(kinds('Top stories: 1. Dam holds after night of rain 2. Minister quits over tender')).toEqual(['teaser: Top stories:']);
  });

  it('keeps numbered lists that are no headlines of other stories', () => {
    for (const line of [
      'The union listed its demands: 1. A pay rise of 6% 2. Shorter shifts 3. Safety checks',
      'Top stories: 1. the dam failed, officials said on Monday after the inspection. 2. the road is closed to all traffic for a week.',
      'Most read: 1. Ferry sinks off Cape Varn 3. Storm: what to expect',
      'Trending: Ferry sinks off Cape Varn 2. Storm warning',
    ]) expect({ line, kinds: kinds(line) }).toEqual({ line, kinds: [] });
  });

  it('the teasers\' figures are no values of the story and the row is no cut paragraph', async () => {
    const body = 'Dam toll rises to 9\n\nThe death toll from the collapse of the Orvel dam rose to 9 on Tuesday, officials said.';
    const report = await checkTexts({ 'a.txt': ` date 2032-03-14\n${body}`, 'b.txt': ` date 2032-03-15\n${body}\n\nMost read: 1. Coach crash kills 6 near Brodno 2. Lottery jackpot hits 30 million 3. Dam: how to donate` });
    const set = report.sets[0]!;
    const toll = set.claims.find((c) => c.rule === 'death-toll')!;
    expect((toll.values['b'] ?? []).map((v) => v.value)).not.toContain(6);
    expect(set.findings.filter((f) => f.type === 'integrity')).toEqual([]);
  });
});

describe('magnitude: one fact per agency', () => {
  const mag = (text: string): string[] =>
    (versionClaims(text, DATE, CORE_RULES.filter((r) => r.kind === 'magnitude')).get('magnitude') ?? []).map((v) => `${v.key} ${kindOf('magnitude').factOf?.(v)}`);

  it('reads each agency\'s figure, not aftershocks or earlier quakes', () => {
    expect(mag('The Skarvian Seismic Institute put the magnitude at 6.4. The U.S. Geological Survey measured it at magnitude 6.2.')).toEqual([
      '6.4 skarvian seismic institute', '6.2 geological survey',
    ]);
    expect(mag('The magnitude 6.4 quake struck before dawn near Velk, the USGS said.')).toEqual(['6.4 geological survey']);
    expect(mag('The Skarvian Seismic Institute, which measured the quake at magnitude 6.4, said repairs would take months.')).toEqual(['6.4 skarvian seismic institute']);
    for (const s of [
      'A magnitude 5.3 aftershock rattled Velk on Wednesday, the Skarvian Seismic Institute said.',
      'The Skarvian Seismic Institute recorded 40 aftershocks, the largest of magnitude 4.9.',
      'The region was last hit by a magnitude 7.1 quake in 1988, the Skarvian Seismic Institute said.',
    ]) expect({ s, v: mag(s) }).toEqual({ s, v: [] });
    // an unattributed figure is a fact of its version only; an agency described, not named, keyed by its description
    expect(mag('The magnitude 6.4 quake struck before dawn near Velk.')).toEqual(['6.4 unattributed v']);
    expect(mag('The quake was shallow, according to the Skarvian Seismic Institute, while the national monitoring service measured it at 6.2.')).toEqual([
      '6.2 national monitoring service',
    ]);
  });

  it('a later version giving the same agency another figure is an update; two agencies never contradict', async () => {
    const a = 'Quake kills 9 in Velk\n\nNine people died when an earthquake struck Velk on Monday. The Skarvian Seismic Institute put the magnitude at 6.4. The U.S. Geological Survey measured it at magnitude 6.2.';
    const b = 'Velk quake toll rises to 14\n\nFourteen people died when an earthquake struck Velk on Monday. The Skarvian Seismic Institute now puts the magnitude at 6.6.';
    const f = await sets.findings({ a: ['2032-03-14', a], b: ['2032-03-15', b] }, 'magnitude');
    expect(f.map((x) => `${x.severity} ${x.type}`)).toEqual(['info update']);
    expect(f[0]?.message).toMatch(/6\.4 \(Skarvian Seismic Institute\).*6\.6/);
    expect(await sets.findings({ a: ['2032-03-14', a], b: ['2032-03-15', a.replace('put the magnitude at 6.4', 'put the magnitude at 6.4, with the epicentre near Velk')] }, 'magnitude')).toEqual([]);
  });

  it('copies of the same time that give one agency two figures contradict (warning)', async () => {
    const a = 'Quake kills 9 in Velk\n\nNine people died when an earthquake struck Velk on Monday. The Skarvian Seismic Institute put the magnitude at 6.4.';
    const f = await sets.findings({ a: ['2032-03-14', a], b: ['2032-03-14', a.replace('6.4', '6.1')] }, 'magnitude');
    expect(f.map((x) => `${x.severity} ${x.type}`)).toEqual(['warning contradiction']);
  });
});

describe('a place that "now reports" or "has recorded" its figure gives a part', () => {
  it('reads the place-led figure as that place\'s part, not the headline', () => {
    expect(values('death-toll', 'The death toll from the floods rose to 58 on Tuesday. Dornay district now reports 40 dead, the ministry said.')).toEqual(['58 headline', '40 part']);
    expect(values('death-toll', 'The death toll from the floods rose to 58 on Tuesday. Dornay district has recorded 40 deaths, the ministry said.')).toEqual(['58 headline', '40 part']);
  });

  it('a clause without a place noun before its verb is no part', () => {
    expect(values('death-toll', 'The interior ministry now reports 58 dead after Sunday\'s floods.')).toEqual(['58 headline']);
  });
});
