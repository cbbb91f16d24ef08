/** Helpers for the CI-facing suite: temp projects, a short story of our own, the built CLI. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'factlint.js');

/** A short landslide story (fictional); `toll` and the minister's name can be changed. */
export function story(options: { toll?: string; minister?: string; extra?: string } = {}): string {
  const toll = options.toll ?? 'nine';
  const minister = options.minister ?? 'Home Minister Rabi Lamichhane said';
  return [
    ` date 2024-05-14 KATHMANDU, Nepal (AP) — A landslide buried part of a mountain village in western Nepal on Tuesday, killing at least ${toll} people and injuring 15 others, officials said.`,
    'District chief Ramesh Adhikari said rescuers had pulled four survivors from the mud by the afternoon. “We are still digging with our hands,” Adhikari said.',
    'Around 200 residents of the village of Dhungagadhi were moved to a school in the district capital, according to the Nepal Red Cross Society.',
    `${minister} the army had sent two helicopters and 60 soldiers to help with the search.`,
    ...(options.extra ? [options.extra] : []),
    'Heavy monsoon rain has triggered landslides across the Himalayan nation since last week.',
  ].join('\n\n') + '\n';
}

export function tempProject(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factlint-ci-'));
  writeTree(root, files);
  return root;
}

export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (bin/factlint.js) in `cwd`, outside any CI environment. */
export function factlint(args: readonly string[], cwd: string, options: { input?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, NO_COLOR: '1', ...options.env };
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', input: options.input ?? '', timeout: 60_000 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Runs git in `cwd` with a fixed identity and commit time (seconds since the epoch). */
export function git(args: readonly string[], cwd: string, time?: number): string {
  const stamp = time === undefined ? {} : { GIT_AUTHOR_DATE: `@${time} +0000`, GIT_COMMITTER_DATE: `@${time} +0000` };
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', ...stamp },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** A maker of temporary projects for one test file; every project it made is removed after the file's tests. */
export function projectMaker(): (files: Record<string, string | Uint8Array>) => string {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeProject));
  return (files) => {
    const root = tempProject(files);
    roots.push(root);
    return root;
  };
}
