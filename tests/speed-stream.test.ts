/**
 * Streamed output (issue 9): with JSON or NDJSON, each set's report is written as soon as it
 * and the sets before it are done; with text, each set is formatted then and only its text kept.
 * All with the bytes, stderr lines and exit code of the whole-report path (which a GitHub step
 * summary still takes: it needs the whole report).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { check } from '../src/api.js';
import { textReporter } from '../src/report/text.js';
import { generateSet } from '../src/run/generate.js';
import { countsOf, formatSet, textSink } from '../src/run/stream.js';

let root = '';
const SETS = 4;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout chunks and stderr lines in the order they were written. */
  events: Array<{ to: 'out' | 'err'; text: string }>;
}

async function cli(args: string[], env: Record<string, string> = {}, cwd = root): Promise<Run> {
  const events: Run['events'] = [];
  const code = await runCli(args, {
    stdout: (s) => void events.push({ to: 'out', text: s }),
    stderr: (s) => void events.push({ to: 'err', text: s }),
    cwd,
    env,
  });
  const join = (to: 'out' | 'err'): string => events.filter((e) => e.to === to).map((e) => e.text).join('');
  return { code, stdout: join('out'), stderr: join('err'), events };
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'factlint-speed-stream-'));
  for (let s = 0; s < SETS; s++) {
    const dir = path.join(root, 'stories', `story-${s}`);
    mkdirSync(dir, { recursive: true });
    for (const v of generateSet(3, 5, 300 + s)) writeFileSync(path.join(dir, `${v.id}.txt`), v.text);
  }
  // One version disables a rule inline: the per-set pass must see it while streaming.
  writeFileSync(path.join(root, 'stories', 'story-1', 'v0001.txt'), `factlint-disable death-toll\n${generateSet(3, 5, 301)[1]?.text ?? ''}`);
  // A config whose `checks` names no rule: a finding of the report itself, printed before the sets.
  mkdirSync(path.join(root, 'typo'));
  writeFileSync(path.join(root, 'typo', 'factlint.config.yaml'), 'version: 1\nchecks:\n  dropped-facts: off\n');
  mkdirSync(path.join(root, 'summary'));
  writeFileSync(path.join(root, 'summary', 'step.md'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('streamed JSON, NDJSON and text', () => {
  it.each([
    ['json', []],
    ['ndjson', []],
    ['json', ['--min-severity', 'warning']],
    ['ndjson', ['--quiet']],
    ['text', []],
    ['text', ['--color', '--min-severity', 'warning']],
    ['text', ['--config', 'typo/factlint.config.yaml']],
    ['text', ['--config', 'typo/factlint.config.yaml', '--progress']],
  ] as const)('%s %j: same bytes, stderr and exit code as the whole-report path', async (format, extra) => {
    const args = ['check', 'stories', '--format', format, '--jobs', '1', ...extra];
    const streamed = await cli(args);
    const whole = await cli(args, { GITHUB_STEP_SUMMARY: path.join(root, 'summary', 'step.md') });
    expect(streamed.stdout).toBe(whole.stdout);
    expect(streamed.stderr).toBe(whole.stderr);
    expect(streamed.code).toBe(whole.code);
  });

  it('formats each set for the text report as it comes, and writes the text reporter\'s bytes once at the end', async () => {
    const report = await check([path.join(root, 'stories')], { cwd: root });
    const chunks: string[] = [];
    const sink = textSink((s) => void chunks.push(s), false);
    for (const [k, set] of report.sets.entries()) {
      await sink.set(formatSet('text', set, false), countsOf(set.findings), k);
      expect(chunks).toEqual([]);
    }
    await sink.end(report.findings.map((finding) => ({ finding, position: -1 })), report.summary);
    expect(chunks).toEqual([textReporter.format(report, { color: false, cwd: root })]);
  });

  it('writes the text report set by set, the report\'s own findings first, unless progress lines share the terminal', async () => {
    const run = await cli(['check', 'stories', '--config', 'typo/factlint.config.yaml', '--format', 'text', '--jobs', '1']);
    const out = run.events.filter((e) => e.to === 'out').map((e) => e.text);
    // the config finding and the first set, one write per later set, then the counts
    expect(out).toHaveLength(SETS + 1);
    expect(out[0]).toMatch(/^error .*dropped-facts[^]*story-0/);
    expect(out[SETS]).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info\n$/);
    const withProgress = await cli(['check', 'stories', '--config', 'typo/factlint.config.yaml', '--format', 'text', '--jobs', '1', '--progress']);
    expect(withProgress.events.filter((e) => e.to === 'out')).toHaveLength(1);
    expect(withProgress.stdout).toBe(run.stdout);
  });

  it('writes each set before the later sets are checked', async () => {
    const run = await cli(['check', 'stories', '--format', 'ndjson', '--jobs', '1', '--progress']);
    const out = run.events.filter((e) => e.to === 'out');
    // one write per set, then the closing line
    expect(out).toHaveLength(SETS + 1);
    const firstSet = run.events.findIndex((e) => e.to === 'out' && e.text.includes('story-0'));
    const lastProgress = run.events.findIndex((e) => e.to === 'err' && e.text.includes(`[${SETS}/${SETS}]`));
    expect(firstSet).toBeGreaterThanOrEqual(0);
    expect(firstSet).toBeLessThan(lastProgress);
  });
});
