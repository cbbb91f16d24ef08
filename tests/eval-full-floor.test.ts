/**
 * The whole story × transformation evaluation (`npm run eval`'s first table) held at what it
 * measures: every story, every transformation. The slice in eval.test.ts covers three stories;
 * a regression on another story's case (the explosion story's qualifier change, lost for part of
 * one session) went unseen by it. Floors are the measured figures: 100% recall for contradictions,
 * qualifier changes, deleted mentions and integrity damage, 90% for omissions, no false
 * contradiction on a safe edit.
 */
import { describe, expect, it } from 'vitest';
import { runEval } from './eval/run.js';
import type { Scores } from './eval/score.js';

function recall(s: Scores, type: string): number {
  return s.byType.find((x) => x.type === type)?.recall ?? 1;
}

describe('accuracy floor (whole evaluation)', () => {
  it('keeps recall on every story and transformation', async () => {
    const s = await runEval();
    expect(s.errors).toBe(0);
    for (const type of ['contradiction', 'qualifier-change', 'deleted-mention', 'integrity']) {
      expect({ type, recall: recall(s, type) }).toEqual({ type, recall: 1 });
    }
    expect(recall(s, 'omission')).toBeGreaterThanOrEqual(0.9);
    expect(s.safe.withContradiction).toBe(0);
  }, 60_000);
});
