/**
 * Accuracy floor: a slice of the evaluation (tests/eval/) must keep its measured precision
 * and recall. The floors sit a little under what the pipeline measured when they were set;
 * raise them as the pipeline improves. `npm run eval` prints the full table.
 */
import { describe, expect, it } from 'vitest';
import { runEval } from './eval/run.js';
import { formatTable, type Scores } from './eval/score.js';

const SLICE = 3;

/**
 * Floors set from the measured figures on this slice (contradiction 100% / 100%,
 * qualifier-change 100% / 100%, deleted-mention 100% / 100%, integrity 100% / 100%,
 * omission 75% / 75%, 0 of 19 safe edits with a contradiction), a little under them so
 * that one case more or less on a new seed does not fail the build. The bar: recall
 * >= 0.9 and no false contradiction on safe edits.
 */
const FLOOR = { contradictionRecall: 0.9, safeWithContradiction: 0 };

function row(s: Scores, type: string): { precision: number; recall: number } {
  const r = s.byType.find((x) => x.type === type);
  return { precision: r?.precision ?? 1, recall: r?.recall ?? 1 };
}

describe('accuracy floor (eval slice)', () => {
  it(`keeps precision and recall on the first ${SLICE} stories`, async () => {
    const s = await runEval({ slice: SLICE });
    process.stdout.write(`\n${formatTable(s)}\n`);
    expect(s.errors).toBe(0);
    expect(s.cases).toBeGreaterThanOrEqual(SLICE * 12);
    expect(row(s, 'integrity').recall).toBeGreaterThanOrEqual(0.9);
    expect(row(s, 'integrity').precision).toBeGreaterThanOrEqual(0.9);
    expect(row(s, 'deleted-mention').precision).toBeGreaterThanOrEqual(0.8);
    expect(row(s, 'omission').recall).toBeGreaterThanOrEqual(0.5);
    expect(row(s, 'omission').precision).toBeGreaterThanOrEqual(0.6);
    expect(row(s, 'contradiction').recall).toBeGreaterThanOrEqual(FLOOR.contradictionRecall);
    expect(row(s, 'contradiction').precision).toBeGreaterThanOrEqual(0.9);
    expect(row(s, 'qualifier-change').recall).toBeGreaterThanOrEqual(0.9);
    expect(row(s, 'deleted-mention').recall).toBeGreaterThanOrEqual(0.9);
    expect(s.byTransform.find((t) => t.transform === 'control-identical')?.falseFindings).toBe(0);
    expect(s.safe.withContradiction / s.safe.cases).toBeLessThanOrEqual(FLOOR.safeWithContradiction);
  });
});
