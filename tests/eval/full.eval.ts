/**
 * The full evaluation, run by `npm run eval`
 * (`vitest run --config tests/eval/vitest.eval.config.ts`): the perturbation table (two-version
 * sets from tests/eval/stories) and the wire-story table (multi-version sets from tests/eval/sets).
 * FACTLINT_EVAL_VERBOSE=1 also lists every case that missed a label or reported a false finding,
 * and per wire-story set the values per version with their roles, unmatched gold and false findings.
 */
import { describe, expect, it } from 'vitest';
import { runCases } from './run.js';
import { formatTable, score, scoreCase } from './score.js';
import { formatSetDetails, formatSetsTable, runSets } from './sets.js';

describe('accuracy evaluation', () => {
  it('runs every story × transformation and prints the scores', async () => {
    const cases = await runCases({ seed: Number(process.env['FACTLINT_EVAL_SEED'] ?? 1) });
    const scores = score(cases);
    const lines = [formatTable(scores)];
    if (process.env['FACTLINT_EVAL_VERBOSE'] === '1') {
      for (const c of cases) {
        const o = scoreCase(c);
        const missed = o.matched.filter((e) => !e.hit);
        if (missed.length === 0 && o.fp.length === 0 && c.error === undefined) continue;
        lines.push(
          `- ${c.story} ${c.transform}: missed ${JSON.stringify(missed.map(({ hit: _h, ...e }) => e))}` +
            ` false ${JSON.stringify(o.fp.map((f) => `${f.type}/${f.rule}/${f.subject}`))}` +
            (c.error !== undefined ? ` error ${c.error}` : ''),
        );
      }
    }
    process.stdout.write(`\n${lines.join('\n')}\n`);
    expect(scores.cases).toBeGreaterThan(0);
  });

  it('checks every wire-story set against its gold file and prints the scores', async () => {
    const runs = await runSets();
    const lines = [formatSetsTable(runs.map((r) => r.score))];
    if (process.env['FACTLINT_EVAL_VERBOSE'] === '1') lines.push('', ...runs.map(formatSetDetails));
    process.stdout.write(`\n${lines.join('\n')}\n`);
    expect(runs.length).toBeGreaterThan(0);
  });
});
