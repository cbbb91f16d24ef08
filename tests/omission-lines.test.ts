/**
 * A toll or injured count another outlet's own short story never gave is an info omission: the
 * figure was another line's (a different wire, a paper of its own), not lost by a copy of it.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const sets = tempSets();
afterAll(() => sets.cleanup());

const AP = `Quake kills 41 in Tarsin valley

MELKA, Orvania (AP) — A strong earthquake struck the Tarsin valley on Monday, killing 41 people and injuring 230, officials said.
`;
const SHORT = `Orvania quake toll rises to 48

The death toll from Monday's earthquake in the Tarsin valley rose to 48 on Tuesday, the interior ministry said.
`;
const manifest = (source: string): string => `version: 1
order: date
versions:
  - { id: v1, date: 2026-10-05, source: AP }
  - { id: v2, date: 2026-10-06, source: "${source}" }
`;

async function injuredOmission(source: string): Promise<string[]> {
  const dir = sets.write({ 'v1.txt': AP, 'v2.txt': SHORT }, manifest(source));
  const report = await check([dir], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'injured' && f.type === 'omission').map((f) => f.severity);
}

describe('an injured count another outlet never gave', () => {
  it('is info for another wire or a paper of its own', async () => {
    expect(await injuredOmission('Reuters')).toEqual(['info']);
    expect(await injuredOmission('Tarsin Valley Herald')).toEqual(['info']);
  });

  it('stays a warning for a later take of the same wire', async () => {
    expect(await injuredOmission('AP')).toEqual(['warning']);
  });
});
