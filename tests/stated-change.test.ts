/**
 * Versions of unknown order (no manifest, no date lines) whose toll differs: the wording of a
 * version may say which figure is the later one (src/check/stated-change.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { bundledRulesDir } from '../src/api.js';
import { join } from 'node:path';
import { statesRise } from '../src/check/revision.js';
import { tempSets } from './helpers/temp-set.js';

const sets = tempSets();
afterAll(() => sets.cleanup());
const CORE = join(bundledRulesDir(), 'news-core.yaml');

const FIRST = `Ferry capsizes on Lake Mweru, killing at least 11

KASENGA (Reuters) - A ferry carrying traders and their goods capsized on Lake Mweru on Sunday, killing at least 11 people, a local official said.

The boat had left the port of Kasenga in the morning with about 60 people on board, district commissioner Albert Mwansa said.
`;
const RISEN = `Death toll from Lake Mweru ferry capsizing rises to 17

KASENGA (Reuters) - The death toll from the capsizing of a ferry on Lake Mweru rose to 17 on Monday as divers recovered more bodies, a local official said.

The boat had left the port of Kasenga on Sunday morning with about 60 people on board, district commissioner Albert Mwansa said.
`;
const PLAIN_HIGHER = `Ferry capsizes on Lake Mweru, killing 17

KASENGA (Reuters) - A ferry carrying traders and their goods capsized on Lake Mweru on Sunday, killing 17 people, a local official said.

The boat had left the port of Kasenga in the morning with about 60 people on board, district commissioner Albert Mwansa said.
`;
const REVISED_DOWN = `Officials lower Lake Mweru ferry toll to 9

KASENGA (Reuters) - Officials revised the death toll from the capsizing of a ferry on Lake Mweru down to 9 on Monday, saying two victims had been counted twice.

The boat had left the port of Kasenga on Sunday morning with about 60 people on board, district commissioner Albert Mwansa said.
`;

async function tollFindings(files: Record<string, string>) {
  const report = await check([sets.write(files)], { rules: [CORE] });
  return report.sets[0]!.findings.filter((f) => f.rule === 'death-toll');
}

describe('a toll that a version says rose, in a set of unknown order', () => {
  it('stays a contradiction, which says so and is only a warning, whatever the file names', async () => {
    for (const [risen, files] of [['b', { 'a.txt': FIRST, 'b.txt': RISEN }], ['a', { 'a.txt': RISEN, 'b.txt': FIRST }]] as const) {
      const toll = await tollFindings(files);
      expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
      expect(toll[0]!.message).toContain(`order of the versions is unknown, but ${risen} says the figure rose to 17: likely an update`);
      expect(toll[0]!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining([expect.stringMatching(/at least 11/), expect.stringMatching(/rises to 17/)]));
    }
  });
  it('one version saying so is enough: a rewrite of the later count need not repeat "rose"', async () => {
    const rewrite = PLAIN_HIGHER.replace('Ferry capsizes on Lake Mweru, killing 17', 'Lake Mweru ferry disaster: what we know');
    const toll = await tollFindings({ 'a.txt': FIRST, 'b.txt': RISEN, 'c.txt': rewrite });
    expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
    expect(toll[0]!.message).toContain('a says at least 11; b and c say 17 (the order of the versions is unknown, but b says the figure rose to 17');
  });
  it('"died, raising the death toll to 17" says the toll rose', async () => {
    const raised = RISEN.replace(
      'The death toll from the capsizing of a ferry on Lake Mweru rose to 17 on Monday as divers recovered more bodies',
      'Six more people pulled from Lake Mweru died in hospital on Monday, raising the death toll from the capsizing of a ferry to 17',
    ).replace('Death toll from Lake Mweru ferry capsizing rises to 17', 'Six more die after Lake Mweru ferry capsizing');
    const toll = await tollFindings({ 'a.txt': FIRST, 'b.txt': raised });
    expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
  });
  it('a lower figure said to be revised down is the later one', async () => {
    const toll = await tollFindings({ 'a.txt': FIRST, 'b.txt': REVISED_DOWN });
    expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
    expect(toll[0]!.message).toMatch(/b says the figure was revised down to 9: likely an update/);
  });
  it('stays an error when no version says how its figure came about', async () => {
    const toll = await tollFindings({ 'a.txt': FIRST, 'b.txt': PLAIN_HIGHER });
    expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'error']]);
    expect(toll[0]!.message).toMatch(/so this may be an update/);
  });
  it('stays an error when the wording points both ways', async () => {
    const toll = await tollFindings({ 'a.txt': RISEN, 'b.txt': REVISED_DOWN });
    expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'error']]);
  });
  it('stays an error when the version that says "rose" has the lower figure', async () => {
    const lowRise = RISEN.replace(/17/g, '8');
    const toll = await tollFindings({ 'a.txt': FIRST, 'b.txt': lowRise });
    expect(toll.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'error']]);
  });
  it('with the order known, the rise is an update as before', async () => {
    const toll = await tollFindings({ 'a.txt': ` date 2026-03-08\n${RISEN}`, 'b.txt': ` date 2026-03-07\n${FIRST}` });
    expect(toll.map((f) => f.type)).toEqual(['update']);
  });
});

describe('statesRise', () => {
  it('reads a rise verb that governs the figure', () => {
    expect(statesRise('The death toll rose to 17 on Monday.', '17')).toBe(true);
    expect(statesRise('Death toll from ferry capsizing rises to 17', '17')).toBe(true);
    expect(statesRise('The number of dead has climbed to at least 17, officials said.', 'at least 17')).toBe(true);
  });
  it('not a rise of something else, nor of another figure', () => {
    expect(statesRise('Water levels rose to record highs as 17 people died.', '17 people')).toBe(false);
    expect(statesRise('Prices rose by 4 percent; 17 people were killed.', '17 people')).toBe(false);
    expect(statesRise('A ferry capsized, killing 17 people.', '17 people')).toBe(false);
    expect(statesRise('Ambulances brought 17 people to hospital.', '17 people')).toBe(false);
  });
});
