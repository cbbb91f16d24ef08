/** `--git FILE` and `--git-base REF` on temporary repositories made here, with the real git binary. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLog } from '../../src/load/git.js';
import type { Report } from '../../src/types.js';
import { factlint, git, removeProject, story, tempProject } from './helpers.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));
const json = (stdout: string): Report => JSON.parse(stdout) as Report;

const T0 = 1_715_680_000; // 2024-05-14, a fixed commit time

/** A repository with three commits of story.txt: toll nine, then twelve, then ten with the minister cut. */
function repoWithHistory(): { root: string; hashes: string[] } {
  const root = tempProject({ 'story.txt': story() });
  roots.push(root);
  git(['init', '-q', '-b', 'main'], root);
  git(['add', '.'], root);
  git(['commit', '-q', '-m', 'first'], root, T0);
  writeFileSync(path.join(root, 'story.txt'), story({ toll: 'twelve' }));
  git(['commit', '-q', '-am', 'toll up'], root, T0 + 3600);
  writeFileSync(path.join(root, 'story.txt'), story({ toll: 'ten', minister: 'He said' }));
  git(['commit', '-q', '-am', 'toll down, minister cut'], root, T0 + 7200);
  const hashes = git(['log', '--reverse', '--format=%h'], root).trim().split('\n');
  return { root, hashes };
}

describe('git log parsing', () => {
  it('reads hash, short hash, commit time and the path in that commit', () => {
    const h = 'a'.repeat(40);
    expect(parseLog(`${h} aaaaaaa 1715680000\n\nnew/name.txt\n${'b'.repeat(40)} bbbbbbb 1715600000\n\nold.txt\n`)).toEqual([
      { hash: h, short: 'aaaaaaa', time: 1715680000, file: 'new/name.txt' },
      { hash: 'b'.repeat(40), short: 'bbbbbbb', time: 1715600000, file: 'old.txt' },
    ]);
  });
});

describe('--git FILE: the history of one story file', () => {
  let repo: { root: string; hashes: string[] };
  beforeAll(() => {
    repo = repoWithHistory();
  });

  it('makes one version per commit, in commit-time order, ids = short hashes, evidence FILE@hash', () => {
    const run = factlint(['check', '--git', 'story.txt', '--format', 'json'], repo.root);
    const r = json(run.stdout);
    const set = r.sets[0];
    expect(set?.versions.map((v) => v.id)).toEqual(repo.hashes);
    expect(set?.versions.map((v) => v.path)).toEqual(repo.hashes.map((h) => `story.txt@${h}`));
    expect(set?.versions[0]?.date).toBe('2024-05-14');
    expect(set?.order).toBe('manifest');
    const third = repo.hashes[2] as string;
    const findings = set?.findings ?? [];
    const toll = findings.filter((f) => f.rule === 'death-toll');
    expect(toll.some((f) => f.type === 'update' && f.versions.includes(repo.hashes[1] as string))).toBe(true);
    expect(toll.some((f) => f.versions.includes(third) && f.severity !== 'info')).toBe(true);
    expect(findings.some((f) => f.versions.includes(third) && /Lamichhane/.test(f.subject))).toBe(true);
    expect(findings.flatMap((f) => f.evidence).some((e) => e.path === `story.txt@${third}`)).toBe(true);
  }, 60_000);

  it('--git-base REF (PR mode) compares the file at REF with the working tree: only the last change', () => {
    // Changed files that are not story versions (a README, a JSON sidecar) are not sets.
    writeFileSync(path.join(repo.root, 'README.md'), '# Stories\n');
    writeFileSync(path.join(repo.root, 'meta.json'), '{}\n');
    git(['add', 'README.md', 'meta.json'], repo.root);
    const run = factlint(['check', '--git-base', repo.hashes[1] as string, '--format', 'json'], repo.root);
    expect(json(run.stdout).sets).toHaveLength(1);
    // The working tree equals the third commit: base = second commit.
    const set = json(run.stdout).sets[0];
    expect(set?.versions.map((v) => v.id)).toEqual([repo.hashes[1], 'worktree']);
    const findings = set?.findings ?? [];
    expect(findings.some((f) => f.rule === 'death-toll' && f.versions.includes('worktree'))).toBe(true);
    expect(findings.every((f) => f.type !== 'update')).toBe(true);
  }, 60_000);

  it('follows a renamed file (the rename commit, same text, is not a version)', () => {
    git(['mv', 'story.txt', 'landslide.txt'], repo.root);
    git(['commit', '-q', '-m', 'rename'], repo.root, T0 + 9000);
    const run = factlint(['check', '--git', 'landslide.txt', '--format', 'json'], repo.root);
    expect(json(run.stdout).sets[0]?.versions.map((v) => v.id)).toEqual(repo.hashes);
  }, 60_000);

  it('outside a repository, or for a file without commits: one clear line, exit 2', () => {
    const plain = tempProject({ 'story.txt': story() });
    roots.push(plain);
    const outside = factlint(['check', '--git', 'story.txt'], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/story\.txt is not in a git repository/);
    writeFileSync(path.join(repo.root, 'new.txt'), story());
    const uncommitted = factlint(['check', '--git', 'new.txt'], repo.root);
    expect(uncommitted.code).toBe(2);
    expect(uncommitted.stderr).toMatch(/new\.txt has no commits in git/);
  }, 60_000);

  it('a file with one revision says there is nothing to compare', () => {
    const one = tempProject({ 'story.txt': story() });
    roots.push(one);
    git(['init', '-q'], one);
    git(['add', '.'], one);
    git(['commit', '-q', '-m', 'only'], one, T0);
    const run = factlint(['check', '--git', 'story.txt', '--format', 'json'], one);
    const r = json(run.stdout);
    expect(r.sets[0]?.findings.some((f) => /only one readable version/.test(f.message))).toBe(true);
  }, 60_000);
});
