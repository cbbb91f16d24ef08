/**
 * The whole-report path (SARIF, HTML, Markdown, --write-baseline) applies inline disables from
 * the directive lines kept when the versions were loaded (api.ts checkRun), not by reading every
 * version file again.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRun } from '../../src/api.js';
import { withInlineDisables } from '../../src/cli/post.js';
import { factlint, projectMaker, story } from './helpers.js';

const project = projectMaker();
const disabled = `${story({ toll: 'twelve' })}\n<!-- factlint-disable death-toll -->\n`;

describe('inline disables in the whole-report path', () => {
  it.each([1, 2])('keeps the directive lines of the versions it read (--jobs %i), by their path in the report', async (jobs) => {
    const root = project({ 's/a.txt': story(), 's/b.txt': disabled });
    const { report, directives } = await checkRun([path.join(root, 's')], { cwd: root, jobs });
    expect(report.sets[0]!.findings.some((f) => f.rule === 'death-toll')).toBe(true);
    expect(directives.get('s/b.txt')).toBe('<!-- factlint-disable death-toll -->');
    expect(directives.get('s/a.txt')).toBeNull();
    // applied from what was kept: the files are gone
    rmSync(path.join(root, 's'), { recursive: true, force: true });
    const out = withInlineDisables(report, root, directives);
    expect(out.sets[0]!.findings.filter((f) => f.rule === 'death-toll')).toEqual([]);
    expect(out.summary.disabled).toBeGreaterThan(0);
  }, 60_000);

  it('the CLI applies them in a whole-report format (SARIF) as in JSON', () => {
    const root = project({ 's/a.txt': story(), 's/b.txt': disabled });
    const sarif = JSON.parse(factlint(['check', 's', '--format', 'sarif'], root).stdout) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.filter((r) => r.ruleId === 'death-toll')).toEqual([]);
  }, 60_000);
});
