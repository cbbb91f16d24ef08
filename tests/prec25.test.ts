/**
 * prec25: names another outlet never had. A rule of info severity (everyone named, every place)
 * judges a version lacking a name only against versions it may be a rewrite or copy of
 * (align/outlets.ts: one wire line, or a declared copy): Reuters' own story on the event never had
 * the mayor AP quoted. A copy of the same line that drops the name, and a participant dropped by any
 * version (a rule of warning severity), are still reported. Fictional wire copy.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const sets = tempSets();
afterAll(() => sets.cleanup());

const AP = [
  'Flood waters swept through the river town of Oskel on Sunday, killing at least nine people, officials in Drevania said.',
  'Mayor Anton Brezic said rescue boats had reached most of the stranded families by nightfall.',
  'Regional governor Lidia Varon said the army would help shore up the embankments downstream.',
];
const REUTERS = [
  'At least nine people were killed when flood waters swept through Oskel on Sunday, the authorities in Drevania said.',
  'Regional governor Lidia Varon said the army would help shore up the embankments downstream.',
  'Rescue teams were searching for people stranded on rooftops in the lower town.',
];
const AP_CUT = [AP[0] as string, 'Rescue boats had reached most of the stranded families by nightfall, the mayor said.', AP[2] as string];

/** The people-named omissions of a two-version set whose second version's manifest source is `second`. */
async function peopleOmissions(second: string, b: readonly string[]): Promise<string[]> {
  const manifest = `version: 1\norder: listed\nversions:\n  - id: v1\n    date: 2026-05-03\n    source: AP\n  - id: v2\n    date: 2026-05-03\n${second === '' ? '' : `    source: ${second}\n`}`;
  const dir = sets.write({ 'v1.txt': AP.join('\n\n') + '\n', 'v2.txt': b.join('\n\n') + '\n' }, manifest);
  const report = await check([dir], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'people-named' && f.type === 'omission').map((f) => f.subject ?? '');
}

describe('names another outlet never had (people-named)', () => {
  it('another agency\'s own story lacking a name AP quoted is no omission', async () => {
    expect(await peopleOmissions('Reuters', REUTERS)).toEqual([]);
  });

  it('a copy of the same wire line that drops the name is still an omission', async () => {
    expect((await peopleOmissions('Harbour Gazette (AP)', AP_CUT)).join(' ')).toContain('Anton Brezic');
  });

  it('a version of unknown line is judged as before', async () => {
    expect((await peopleOmissions('', AP_CUT)).join(' ')).toContain('Anton Brezic');
  });
});
