import { describe, expect, it } from 'vitest';
import { formatTable, looseMatch, matches, score, type EvalCase } from './score.js';

const f = (type: string, rule: string, subject: string): { type: string; rule: string; subject: string } => ({ type, rule, subject });

describe('eval scorer', () => {
  it('matches subjects and rules loosely', () => {
    expect(looseMatch('Luis Quispe Tapia', 'Quispe')).toBe(true);
    expect(looseMatch('Álvaro Delgado', 'Alvaro Delgado')).toBe(true);
    expect(looseMatch('Ali Yerlikaya', 'Mehmet Öztürk')).toBe(false);
    expect(matches({ type: 'contradiction', rule: 'death-toll' }, f('contradiction', 'death-toll', 'Death toll'))).toBe(true);
    expect(matches({ type: 'contradiction', rule: 'death-toll' }, f('contradiction', 'injured', 'Injured'))).toBe(false);
    expect(matches({ type: 'contradiction', subject: 'Ruto', accept: ['omission'] }, f('omission', 'people-named', 'William Ruto'))).toBe(true);
    expect(matches({ type: 'omission', subject: 'Ruto' }, f('contradiction', 'people-named', 'William Ruto'))).toBe(false);
  });

  it('computes precision, recall and false contradictions on safe edits', () => {
    const cases: EvalCase[] = [
      { story: 'a', transform: 'number-change', safe: false, expected: [{ type: 'contradiction', rule: 'death-toll' }],
        reported: [f('contradiction', 'death-toll', 'Death toll'), f('contradiction', 'death-toll', 'Death toll')] },
      { story: 'a', transform: 'person-cut', safe: false, expected: [{ type: 'deleted-mention', subject: 'Ana Torres' }],
        reported: [f('omission', 'people-named', 'Castilla')], baseText: 'in Castilla', perturbedText: 'in' },
      { story: 'b', transform: 'qualifier-change', safe: false, expected: [{ type: 'qualifier-change', rule: 'injured' }],
        reported: [f('contradiction', 'injured', 'Injured'), f('update', 'injured', 'Injured')] },
      { story: 'b', transform: 'safe-digits-words', safe: true, expected: [{ type: 'none' }],
        reported: [f('contradiction', 'death-toll', 'Death toll')] },
      { story: 'b', transform: 'safe-paraphrase', safe: true, expected: [{ type: 'none' }], reported: [] },
    ];
    const s = score(cases);
    const row = (t: string) => s.byType.find((r) => r.type === t);
    expect(row('contradiction')).toMatchObject({ expected: 1, tp: 1, fp: 2, duplicates: 1, fn: 0 });
    expect(row('contradiction')?.precision).toBeCloseTo(1 / 3);
    expect(row('deleted-mention')).toMatchObject({ expected: 1, tp: 0, fn: 1, recall: 0 });
    expect(row('omission')).toMatchObject({ verified: 1, fp: 0, precision: 1 });
    expect(row('qualifier-change')?.recall).toBe(0);
    expect(s.safe).toEqual({ cases: 2, withContradiction: 1, falseContradictions: 1, withAnyFinding: 1 });
    expect(s.otherTypes).toEqual({ update: 1 });
    expect(s.byTransform.find((t) => t.transform === 'safe-paraphrase')?.caught).toBe(1);
    const table = formatTable(s);
    expect(table).toMatch(/contradiction\s+1\s+4\s+1\s+2\s+0\s+1\s+0\s+33\.3%\s+100\.0%/);
    const lines = table.split('\n');
    const header = lines.find((l) => l.startsWith('verdict')) ?? '';
    const contradiction = lines.find((l) => l.startsWith('contradiction')) ?? '';
    expect(contradiction.length).toBe(header.length);
  });
});
