import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

// A headline line drops the hedge its lede keeps: the lede's "at least" is the version's claim.
const sets = datedSets();
afterAll(() => sets.cleanup());

const early = (date: string): readonly [string, string] => [
  date,
  'Flood toll in Merrow valley rises to 31\n\nBy Dana Ostrow\n\nTALVERN (Reuters) - The death toll from floods in the Merrow valley rose overnight to at least 31, the regional disaster office said on Wednesday, as rescuers reached cut-off villages.\n\nMore than 400 homes were damaged, the office said.',
];
const firm = (date: string): readonly [string, string] => [
  date,
  'Merrow valley floods kill 31\n\nTALVERN (AFP) - Floods that swept through the Merrow valley killed 31 people, the regional disaster office said Wednesday, as rescuers reached cut-off villages.\n\nMore than 400 homes were damaged.',
];

describe('qualifier change against a version whose headline line drops its lede\'s hedge', () => {
  it('finds the hedge dropped by a later copy', async () => {
    const found = await sets.findings({ a: early('2026-05-06'), b: firm('2026-05-06') }, 'death-toll');
    const changes = found.filter((f) => f.type === 'qualifier-change');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.versions).toEqual(['b']);
    expect(changes[0]?.expected).toContain('at least 31');
  });

  it('finds nothing when both versions keep the hedge in their ledes', async () => {
    const found = await sets.findings({ a: early('2026-05-06'), b: early('2026-05-06') }, 'death-toll');
    expect(found.filter((f) => f.type === 'qualifier-change')).toEqual([]);
  });

  it('does not take a hedge from a background figure of the same number', async () => {
    const background: readonly [string, string] = [
      '2026-05-06',
      'Merrow valley floods kill 31\n\nTALVERN (AP) - Floods that swept through the Merrow valley killed 31 people, the regional disaster office said Wednesday.\n\nIn 1998, floods in the same valley killed at least 31 people.',
    ];
    const found = await sets.findings({ a: firm('2026-05-06'), b: background }, 'death-toll');
    expect(found.filter((f) => f.type === 'qualifier-change')).toEqual([]);
  });
});
