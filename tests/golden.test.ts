/**
 * Verdicts pinned: the findings (type, rule, severity, subject, versions) on the seeds and
 * the fixture sets, compared with tests/golden/*.json. A change of verdict must be deliberate:
 * rerun with FACTLINT_UPDATE_GOLDEN=1 and review the diff of the JSON files in the commit.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const SETS: ReadonlyArray<readonly [string, string]> = [
  ['seeds', 'seeds'],
  ['flood', 'tests/fixtures/flood'],
  ['summit', 'tests/fixtures/summit'],
];

type Verdict = [type: string, rule: string, severity: string, subject: string, versions: string];

async function verdicts(dir: string): Promise<Verdict[]> {
  const report = await check([join(ROOT, dir)], { cwd: ROOT });
  const all = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  return all
    .map((f): Verdict => [f.type, f.rule, f.severity, f.subject, f.versions.join(' ')])
    .sort((a, b) => a.join('\u0001').localeCompare(b.join('\u0001')));
}

describe('verdicts are pinned (tests/golden)', () => {
  it.each(SETS)('%s', async (name, dir) => {
    const file = join(ROOT, 'tests', 'golden', `${name}.json`);
    const actual = await verdicts(dir);
    if (process.env['FACTLINT_UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
      writeFileSync(file, `[\n${actual.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n]\n`);
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Verdict[];
    expect(actual).toEqual(expected);
  });
});
