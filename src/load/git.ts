import { execFile } from 'node:child_process';
import path from 'node:path';
import type { RawVersion } from '../types.js';
import type { MemorySet } from './memory.js';

/**
 * Versions of a story file from git (the real `git` binary, no library): its history
 * (`--git FILE`: every commit that changed it, following renames, dated by commit time) and
 * the PR view (`--git-base REF`: the file at REF against the working tree). A version's id is
 * the commit's short hash; its path is `FILE@hash`, so evidence reads `FILE@hash:line:col`.
 */

const MAX_BUFFER = 8 * 1024 * 1024;

export class GitError extends Error {}

function git(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const detail = code === 'ENOENT' ? 'git is not installed' : stderr.toString('utf8').trim().split('\n')[0] || error.message;
        reject(new GitError(detail));
      } else {
        resolve(stdout);
      }
    });
  });
}

async function topLevel(dir: string, shown: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], dir)).toString('utf8').trim();
  } catch (err) {
    throw new GitError(`${shown} is not in a git repository (${(err as Error).message})`);
  }
}

interface Revision {
  hash: string;
  short: string;
  time: number;
  /** The file's path in that commit (it may have been renamed since). */
  file: string;
}

/** `git log --follow` output with `--name-only`: header lines `H h ct`, then the path. */
export function parseLog(text: string): Revision[] {
  const revisions: Revision[] = [];
  let current: Omit<Revision, 'file'> | null = null;
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]{40}) ([0-9a-f]+) (\d+)$/.exec(line);
    if (header) {
      current = { hash: header[1] as string, short: header[2] as string, time: Number(header[3]) };
    } else if (current && line.trim() !== '') {
      revisions.push({ ...current, file: line });
      current = null;
    }
  }
  return revisions;
}

const stamp = (seconds: number): { date: string; time: string } => {
  const iso = new Date(seconds * 1000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
};

/** A manifest that puts the versions in commit-time order (`order: date`). */
function manifestOf(file: string, entries: ReadonlyArray<{ id: string; seconds: number }>): { path: string; text: string } {
  const lines = entries.map((e) => {
    const s = stamp(e.seconds);
    return `  - id: "${e.id}"\n    date: ${s.date}\n    time: "${s.time}"`;
  });
  return { path: `${file} (git history)`, text: `version: 1\norder: date\nversions:\n${lines.join('\n')}\n` };
}

async function blob(root: string, rev: string, file: string): Promise<Uint8Array> {
  const bytes = await git(['show', `${rev}:${file}`], root);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The history of one file as a set: one version per commit that changed its text, oldest first. */
export async function gitHistory(file: string, cwd: string): Promise<MemorySet> {
  const absolute = path.resolve(cwd, file);
  const root = await topLevel(path.dirname(absolute), file);
  const rel = path.relative(root, absolute).split(path.sep).join('/');
  const log = await git(['log', '--follow', '--format=%H %h %ct', '--name-only', '--', rel], root);
  const revisions = parseLog(log.toString('utf8')).reverse();
  if (revisions.length === 0) throw new GitError(`${file} has no commits in git (is it committed?)`);
  const versions: RawVersion[] = [];
  const kept: Revision[] = [];
  for (const r of revisions) {
    const bytes = await blob(root, r.hash, r.file);
    // A commit that only renamed the file (same text) is not a new version.
    const previous = versions[versions.length - 1];
    if (previous && Buffer.from(previous.bytes).equals(Buffer.from(bytes))) continue;
    versions.push({ id: r.short, path: `${absolute}@${r.short}`, bytes });
    kept.push(r);
  }
  return {
    path: absolute,
    versions,
    manifestFile: manifestOf(absolute, kept.map((r) => ({ id: r.short, seconds: r.time }))),
  };
}

/** Files under `paths` (relative to cwd) that differ between `base` and the working tree. */
export async function changedFiles(base: string, paths: readonly string[], cwd: string): Promise<string[]> {
  const root = await topLevel(cwd, cwd);
  const out = await git(['diff', '--name-only', '--diff-filter=AMR', base, '--', ...paths.map((p) => path.resolve(cwd, p))], root);
  return out
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => path.relative(cwd, path.join(root, l)));
}

/**
 * PR mode for one file: the file at `base` (id: the base's short hash) and in the working tree
 * (id `worktree`), in that order; a file added since `base` has only the working-tree version.
 */
export async function gitBaseSet(file: string, base: string, cwd: string, readWorktree: (p: string) => Promise<Uint8Array>): Promise<MemorySet> {
  const absolute = path.resolve(cwd, file);
  const root = await topLevel(path.dirname(absolute), file);
  const rel = path.relative(root, absolute).split(path.sep).join('/');
  const short = (await git(['rev-parse', '--short', base], root)).toString('utf8').trim();
  const seconds = Number((await git(['show', '-s', '--format=%ct', base], root)).toString('utf8').trim());
  const versions: RawVersion[] = [];
  const entries: Array<{ id: string; seconds: number }> = [];
  try {
    versions.push({ id: short, path: `${absolute}@${short}`, bytes: await blob(root, base, rel) });
    entries.push({ id: short, seconds });
  } catch {
    // Added since the base: nothing to compare with.
  }
  versions.push({ id: 'worktree', path: absolute, bytes: await readWorktree(absolute) });
  entries.push({ id: 'worktree', seconds: Math.max(seconds, Math.floor(Date.now() / 1000)) });
  return { path: absolute, versions, manifestFile: manifestOf(`${absolute} (${base}...worktree)`, entries) };
}
