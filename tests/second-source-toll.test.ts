/**
 * Another outlet's lower toll from another source, which the copy itself sets beside the earlier
 * figure ("the ministry said 39 ... county officials earlier put the toll at 42"): two sources
 * disagree, a warning contradiction (not silence, not the rule's error). A figure that comes and
 * goes (the missing) that another outlet never gave is an info omission.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { Finding } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const sets = tempSets();
afterAll(() => sets.cleanup());

const AP1 = `Quake kills at least 11 in Tarsin valley

MELKA, Orvania (AP) — A strong earthquake struck the Tarsin valley before dawn on Monday, killing at least 11 people, officials said. Five people were missing.
`;
const AP2 = `Orvania quake toll rises to 42

MELKA, Orvania (AP) — The death toll from Monday's earthquake in the Tarsin valley rose to 42, county officials said in the evening. Three people were still missing.
`;
const REUTERS = `Orvania quake kills 39 - ministry

MELKA, Orvania (Reuters) - The earthquake that struck the Tarsin valley on Monday killed 39 people, the Interior Ministry said in the evening. The ministry's figure was lower than that of county officials, who earlier put the toll at 42.
`;
const MANIFEST = `version: 1
order: date
versions:
  - { id: v1, date: 2026-10-05, time: "08:00", source: AP }
  - { id: v2, date: 2026-10-05, time: "19:00", source: AP }
  - { id: v3, date: 2026-10-05, time: "20:00", source: Reuters }
`;

async function findings(reuters: string): Promise<Finding[]> {
  const dir = sets.write({ 'v1.txt': AP1, 'v2.txt': AP2, 'v3.txt': reuters }, MANIFEST);
  return (await check([dir], { rules: [CORE] })).sets[0]?.findings ?? [];
}

describe('a lower toll from another source, beside the earlier figure', () => {
  it('is a warning contradiction of the earlier version', async () => {
    const f = (await findings(REUTERS)).filter((x) => x.rule === 'death-toll' && x.type === 'contradiction');
    expect(f.map((x) => [x.versions, x.severity, x.actual, x.expected])).toEqual([[['v3'], 'warning', '39', '42']]);
  });

  it('a stated revision down stays an update', async () => {
    const revised = REUTERS.replace('killed 39 people, the Interior Ministry said in the evening.', 'killed 39 people, the Interior Ministry said in the evening, after it lowered the toll to 39 from 42.');
    const f = (await findings(revised)).filter((x) => x.rule === 'death-toll');
    expect(f.some((x) => x.type === 'contradiction')).toBe(false);
  });

  it("the other outlet's missing count it never gave is only info", async () => {
    const f = (await findings(REUTERS)).filter((x) => x.rule === 'missing' && x.type === 'omission');
    expect(f.map((x) => [x.versions, x.severity])).toEqual([[['v3'], 'info']]);
  });
});
