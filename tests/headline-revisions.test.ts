/**
 * Wire copy that corrects itself: a toll lowered on purpose, and a headline line that drops
 * the qualifier its own lede keeps. Text written for these tests.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statesDownwardRevision } from '../src/check/revision.js';
import { check } from '../src/index.js';
import { tempSets } from './helpers/temp-set.js';

const sets = tempSets();
afterAll(() => sets.cleanup());
const writeSet = sets.write;

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

/** The keys of a rule's values in one version of a checked set. */
const claimKeys = (report: Awaited<ReturnType<typeof check>>, rule: string, version: string): string[] =>
  (report.sets[0]!.claims.find((c) => c.rule === rule)!.values[version] ?? []).map((x) => x.key);

async function toll(dir: string): Promise<Array<[string, string, string[]]>> {
  const report = await check([dir], { rules: [CORE] });
  return report.sets[0]!.findings.filter((f) => f.rule === 'death-toll').map((f) => [f.type, f.severity, f.versions]);
}

const first = (toll: string): string =>
  ` date 2026-05-10\nFerry capsizes on Lake Orvane, ${toll} dead\n\nORVANE, Kestria (AP) — A crowded ferry capsized on Lake Orvane on Sunday, killing ${toll} people, police said.\n`;

describe('a toll lowered on purpose', () => {
  it('is an update and the new base: no contradiction, and a later copy of the corrected figure is not stale', async () => {
    const dir = writeSet({
      'a.txt': first('at least 19'),
      'b.txt': ' date 2026-05-11\nKestria lowers ferry toll to 15\n\nORVANE, Kestria (AP) — Police on Monday revised the death toll from the ferry accident down to 15, after finding that four victims had been counted twice.\n',
      'c.txt': ' date 2026-05-12\nFerry toll stands at 15\n\nORVANE, Kestria (AP) — Divers ended their search on Tuesday. The accident killed 15 people, police said.\n',
    });
    expect(await toll(dir)).toEqual([['update', 'info', ['b']]]);
    const report = await check([dir], { rules: [CORE] });
    expect(report.sets[0]!.findings.find((f) => f.rule === 'death-toll')!.message).toMatch(/revised down from at least 19 \(a\) to 15 \(b\)/);
  });
  it('a copy of the same time that still gives the replaced figure contradicts the correction', async () => {
    const manifest = 'version: 1\norder: date\nversions:\n  - id: a\n    date: 2026-05-10\n  - id: b\n    date: 2026-05-11\n  - id: c\n    date: 2026-05-11\n';
    const dir = writeSet({
      'factlint.set.yaml': manifest,
      'a.txt': 'Ferry capsizes on Lake Orvane, 19 dead\n\nORVANE, Kestria (AP) — A crowded ferry capsized on Lake Orvane on Sunday, killing 19 people, police said.\n',
      'b.txt': 'Kestria lowers ferry toll to 15\n\nORVANE, Kestria (AP) — Police on Monday revised the death toll from the ferry accident down to 15, after finding that four victims had been counted twice.\n',
      'c.txt': 'Ferry disaster on Lake Orvane killed 19\n\nORVANE, Kestria (Reuters) — Divers searched Lake Orvane on Monday after a ferry capsized on Sunday, killing 19 people, police said.\n',
    });
    expect(await toll(dir)).toEqual([['contradiction', 'error', ['c']], ['update', 'info', ['b']]]);
  });
  it('a lower toll without a word of correction is still a contradiction', async () => {
    const dir = writeSet({
      'a.txt': first('at least 19'),
      'b.txt': ' date 2026-05-11\nFerry toll at 15\n\nORVANE, Kestria (AP) — The ferry accident on Sunday killed 15 people, police said on Monday.\n',
    });
    expect((await toll(dir)).map((f) => f[0])).toEqual(['contradiction']);
  });
  it('reads the words of a correction, not a fall in other figures', () => {
    expect(statesDownwardRevision('India lowers festival stampede toll to 24')).toBe(true);
    expect(statesDownwardRevision('The toll stood at 24, down from 31 reported on Monday.')).toBe(true);
    expect(statesDownwardRevision('Some victims had been counted twice, officials said.')).toBe(true);
    expect(statesDownwardRevision('The ferry went down in deep water, killing 24 people.')).toBe(false);
  });
});

describe('a rounder lower bound after an exact figure', () => {
  const heat = (day: string, injured: string): string =>
    ` date 2026-06-0${day}\nHeat wave grips Varnia\n\nKELMAR (AP) — Hospitals have treated ${injured} people for heatstroke since Sunday, and 46 people have died, officials said.\n`;
  it('"more than 1,100" after "1,150" restates the figure; "more than 900" is only less precise (info, tests/fix-bounds.test.ts)', async () => {
    const near = writeSet({ 'a.txt': heat('1', '1,150'), 'b.txt': heat('2', 'more than 1,100') });
    const report = await check([near], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.rule === 'injured' && f.type === 'contradiction')).toEqual([]);
    const far = writeSet({ 'a.txt': heat('1', '1,150'), 'b.txt': heat('2', 'more than 900') });
    const again = await check([far], { rules: [CORE] });
    expect(again.sets[0]!.findings.filter((f) => f.rule === 'injured').map((f) => `${f.severity} ${f.type}`)).toEqual(['info qualifier-change']);
  });
});

describe('the injured who then died', () => {
  it('"Three more passengers injured in the derailment died" counts deaths, not the injured', async () => {
    const dir = writeSet({
      'a.txt': ' date 2026-05-10\nTrain derails near Ruvenna\n\nRUVENNA (AP) — A train derailed near Ruvenna on Tuesday, killing 22 people and injuring 87, police said.\n',
      'b.txt': ' date 2026-05-11\nTrain derailment toll rises to 25\n\nRUVENNA (AP) — Three more passengers injured in the derailment near Ruvenna died in hospital overnight, bringing the total to 25, police said.\n',
    });
    const report = await check([dir], { rules: [CORE] });
    expect(claimKeys(report, 'injured', 'b')).not.toContain('3');
    expect(report.sets[0]!.findings.filter((f) => f.rule === 'injured' && f.type === 'contradiction')).toEqual([]);
    const still = await check([writeSet({ 'a.txt': ' date 2026-05-10\nTwelve people injured in the blast were taken to hospital, police said.\n', 'b.txt': ' date 2026-05-10\nTwelve people injured in the blast were taken to hospital.\n' })], { rules: [CORE] });
    expect(claimKeys(still, 'injured', 'a')).toEqual(['12']);
  });
});

describe('the missing who were found', () => {
  it('"Two residents who had been unaccounted for turned up" is no missing count; "one was still unaccounted for" is', async () => {
    const dir = writeSet({
      'a.txt': ' date 2026-02-10\nGas blast in Kelmar\n\nKELMAR (AP) — A gas explosion killed six people on Tuesday. Seven residents were unaccounted for, officials said.\n',
      'b.txt': ' date 2026-02-11\nGas blast toll rises\n\nKELMAR (AP) — The gas explosion killed nine people. Two residents who had been unaccounted for turned up at relatives\' homes, and one was still unaccounted for.\n',
    });
    expect(claimKeys(await check([dir], { rules: [CORE] }), 'missing', 'b')).toEqual(['1']);
  });
});

describe('the missing over time', () => {
  it('a newer copy without the missing count is an info (all may have been found); an older one a warning', async () => {
    const v = (day: string, missing: string): string =>
      ` date 2026-03-0${day}\nMine blast in Varnia\n\nKELMAR (AP) — A mine explosion killed 15 miners on Monday, officials said.${missing}\n`;
    const report = await check([writeSet({ 'a.txt': v('1', ' Two others were still missing.'), 'b.txt': v('2', ' All miners have now been accounted for.') })], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.rule === 'missing').map((f) => [f.type, f.severity])).toEqual([['omission', 'info']]);
  });
});

describe('dates of different events', () => {
  it('one date per version, from different sentences, is no contradiction; the same sentence with another date is', async () => {
    const blast = ' date 2026-02-13\nGas blast in Kelmar\n\nKELMAR (AP) — The explosion shortly before 6 a.m. on Tuesday brought down one stairwell of the building, killing nine people.\n';
    const later = ' date 2026-02-13\nGas blast owner held\n\nKELMAR (AP) — Investigators detained the owner of the apartment where the blast began on Thursday, police said. Nine people were killed.\n';
    expect((await check([writeSet({ 'a.txt': blast, 'b.txt': later })], { rules: [CORE] })).sets[0]!.findings.filter((f) => f.rule === 'event-dates' && f.type === 'contradiction')).toEqual([]);
    const moved = blast.replace('on Tuesday', 'on Wednesday');
    const report = await check([writeSet({ 'a.txt': blast, 'b.txt': blast, 'c.txt': moved })], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.rule === 'event-dates').map((f) => f.type)).toContain('contradiction');
  });
});

describe('a headline line without the lede\'s qualifier', () => {
  it('"31 dead" over "At least 31 people died" in the same copy is no qualifier change', async () => {
    const dir = writeSet({
      'a.txt': ' date 2026-05-10\nFerry capsizes on Lake Orvane\n\nORVANE, Kestria (AP) — At least 31 people died when a ferry capsized on Lake Orvane on Sunday, police said.\n',
      'b.txt': ' date 2026-05-10\nKestria: 31 dead as ferry capsizes\n\nORVANE, Kestria (AFP) — At least 31 people died when a crowded ferry capsized on Sunday, police said.\n',
    });
    expect(await toll(dir)).toEqual([]);
  });
});

describe('a figure that may rise or fall (missing)', () => {
  it('a later copy that goes back to a figure an earlier version had changed is stale, not an update', async () => {
    const day = (date: string, missing: string): string =>
      ` date ${date}\nFerry search goes on\n\nORVANE, Kestria (AP) — Divers searched Lake Orvane for a ferry that capsized on Sunday; about ${missing} people were still missing, police said.\n`;
    const dir = writeSet({ 'a.txt': day('2026-05-10', '50'), 'b.txt': day('2026-05-11', '40'), 'c.txt': day('2026-05-12', '50'), 'd.txt': day('2026-05-13', '30') });
    const report = await check([dir], { rules: [CORE] });
    const missing = report.sets[0]!.findings.filter((f) => f.rule === 'missing').map((f) => [f.type, f.versions]);
    expect(missing).toEqual([['stale', ['c']], ['update', ['b']], ['update', ['d']]]);
  });
});
