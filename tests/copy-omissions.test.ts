/**
 * A copy of an earlier story published late lacks what only later versions report: no omission
 * of its own (its stale figures are reported as stale). What its source gave and it lacks is.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const sets = tempSets();
afterAll(() => sets.cleanup());

const FIRST = `Flash floods kill 12 in Varnos hills

KELDA, Varnos (AP) — Flash floods swept through villages in the Varnos hills on Tuesday, killing at least 12 people, the disaster agency said.
`;
const SECOND = `Varnos flood toll rises to 20

KELDA, Varnos (AP) — The death toll from Tuesday's flash floods in the Varnos hills rose to 20 on Wednesday. Eight people were still missing, and the government released 40 million dinars in emergency aid for the villages.
`;
const MANIFEST = (source: string): string => `version: 1
order: date
versions:
  - { id: v1, date: 2026-07-07, time: "09:00", source: AP }
  - { id: v2, date: 2026-07-08, time: "09:00", source: AP }
  - { id: v3, date: 2026-07-08, time: "15:00", source: "${source}" }
`;

async function findings(copy: string): Promise<Array<[string, string, string[]]>> {
  const dir = sets.write({ 'v1.txt': FIRST, 'v2.txt': SECOND, 'v3.txt': copy }, MANIFEST('aggregator (copy of v1)'));
  const report = await check([dir], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.versions.includes('v3')).map((f) => [f.type, f.rule, f.versions]);
}

describe('omissions of a late copy', () => {
  it('a copy of v1 lacks nothing v1 lacked (the missing and the aid came later); its toll is stale', async () => {
    const f = await findings(FIRST);
    expect(f.filter(([type]) => type === 'omission')).toEqual([]);
    expect(f.some(([type, rule]) => type === 'stale' && rule === 'death-toll')).toBe(true);
  });

  it("a copy of v1 that lost v1's toll still omits it", async () => {
    const f = await findings(FIRST.replace(', killing at least 12 people', '').replace('kill 12', 'hit villages'));
    expect(f.some(([type, rule]) => type === 'omission' && rule === 'death-toll')).toBe(true);
  });
});
