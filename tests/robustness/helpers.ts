/** Shared helpers for the bad-input suite: temp dirs, a captured CLI run, a short article. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Finding, Report } from '../../src/types.js';

/** A short wire story of our own (not a seed), one paragraph per line. */
export const ARTICLE = [
  ' date 2024-05-14 KATHMANDU, Nepal (AP) — A landslide buried part of a mountain village in western Nepal on Tuesday, killing at least nine people and injuring 15 others, officials said.',
  'District chief Ramesh Adhikari said rescuers had pulled four survivors from the mud by the afternoon. “We are still digging with our hands,” Adhikari said.',
  'Around 200 residents of the village of Dhungagadhi were moved to a school in the district capital, according to the Nepal Red Cross Society.',
  'Home Minister Rabi Lamichhane said the army had sent two helicopters and 60 soldiers to help with the search. Lamichhane said three people were still missing.',
  'Heavy monsoon rain has triggered landslides across the Himalayan nation since last week.',
].join('\n\n') + '\n';

export function tempDir(prefix = 'factlint-robust-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path relative to root -> contents) and returns root. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** A maker of temporary sets (folders written from `files`) removed after each test of the file. */
export function setMaker(prefix: string): (files: Record<string, string | Uint8Array>) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) removeDir(d);
  });
  return (files) => {
    const dir = tempDir(prefix);
    dirs.push(dir);
    return writeTree(dir, files);
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

/** Runs `check --format json` and parses the report (stdout must be JSON whenever a report is made). */
export async function checkJson(paths: string[], cwd: string, extra: string[] = []): Promise<CliRun & { report: Report | null }> {
  const run = await cli(['check', ...paths, '--format', 'json', ...extra], cwd);
  let report: Report | null = null;
  if (run.stdout.trim().length > 0) report = JSON.parse(run.stdout) as Report;
  return { ...run, report };
}

/** No stack trace anywhere in the output. */
export function expectNoStack(run: CliRun): void {
  const all = `${run.stdout}\n${run.stderr}`;
  expect(all).not.toMatch(/^\s+at .+\(?.*:\d+:\d+\)?$/m);
  expect(all).not.toMatch(/^    at /m);
}

export function allFindings(report: Report | null): Finding[] {
  if (report === null) return [];
  return [...report.findings, ...report.sets.flatMap((s) => s.findings)];
}

/** Whether the run tells the user about `name` (a finding, a version notice or stderr). */
export function mentions(run: CliRun & { report: Report | null }, name: string): boolean {
  if (run.stderr.includes(name)) return true;
  const r = run.report;
  if (r === null) return false;
  const inFindings = allFindings(r).some(
    (f) => f.message.includes(name) || f.evidence.some((e) => (e.path ?? '').includes(name) || e.version.includes(name)) || f.versions.some((v) => name.includes(v)),
  );
  const inNotices = r.sets.some((s) => s.versions.some((v) => v.path.includes(name) && v.notices.length > 0));
  return inFindings || inNotices;
}

export function versionIds(report: Report | null): string[] {
  return report === null ? [] : report.sets.flatMap((s) => s.versions.map((v) => v.id));
}

/** Findings that would mean two copies disagree on facts. */
export function factFindings(report: Report | null): Finding[] {
  return allFindings(report).filter((f) =>
    ['contradiction', 'omission', 'qualifier-change', 'deleted-mention', 'stale'].includes(f.type),
  );
}
