import { describe, expect, it } from 'vitest';
import { createSimilarity, sentenceIndex, similarity } from '../src/check/similar.js';

const SENTENCES = [
  'At least 31 people died in the floods, officials said.',
  'At least 34 people died in the floods, officials said on Tuesday.',
  'The floods killed 31 people.',
  'The the a of',
  '',
  'Über 12 Menschen starben in Köln.',
];

describe('set similarity', () => {
  it('gives the same scores as the plain measure, either way round', () => {
    const s = createSimilarity();
    for (const a of SENTENCES) for (const b of SENTENCES) expect(s(a, b)).toBe(similarity(a, b));
  });

  it('numbers sentences and keeps counterpart verdicts beyond the first table size', () => {
    const s = createSimilarity();
    const index = sentenceIndex(s);
    const many = Array.from({ length: 150 }, (_, i) => `Sentence ${i} about floods ${i % 7}`);
    const ids = many.map((x) => index.idOf(x));
    expect(index.idOf(many[3] as string)).toBe(ids[3]);
    for (const a of ids) for (const b of ids.slice(0, 40)) {
      expect(index.similar(a, b)).toBe(similarity(index.text(a), index.text(b)) >= 0.5);
    }
  });

  it('keeps its pair table bounded: past 2,048 sentences verdicts are worked out each time, the same', () => {
    const s = createSimilarity();
    const index = sentenceIndex(s);
    const ids = Array.from({ length: 2100 }, (_, i) => index.idOf(`Capture ${i} says ${i % 9} people died in the floods`));
    for (const a of [0, 5, 2047, 2048, 2099]) for (const b of [1, 2048, 2098]) {
      expect(index.similar(ids[a] as number, ids[b] as number)).toBe(similarity(index.text(ids[a] as number), index.text(ids[b] as number)) >= 0.5);
    }
    const table = (index as unknown as { table: Uint8Array }).table;
    expect(table.length).toBeLessThanOrEqual(2048 * 2048);
  });

  it('asks a foreign similarity function in the order given', () => {
    const calls: string[] = [];
    const lopsided = (a: string, b: string): number => (calls.push(`${a}|${b}`), a < b ? 1 : 0);
    const index = sentenceIndex(lopsided);
    const x = index.idOf('a');
    const y = index.idOf('b');
    expect(index.similar(x, y)).toBe(true);
    expect(index.similar(y, x)).toBe(false);
    expect(index.similar(x, y)).toBe(true);
    expect(calls).toEqual(['a|b', 'b|a']);
  });
});

describe('set similarity words', () => {
  it('cuts ASCII and other text as the Unicode word regex does', () => {
    const texts = ['', '...', 'A1 b2-c3 (d)', 'Hello, World! 42 times', 'x', 'ends with word', 'Ünïcode and ASCII mixed 12', 'İstanbul', "it's 3.5% of $1,200"];
    const s = createSimilarity();
    for (const a of texts) for (const b of texts) expect(s(a, b)).toBe(similarity(a, b));
  });
});
