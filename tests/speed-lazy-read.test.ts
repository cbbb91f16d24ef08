/**
 * Planning finds sets without reading their versions (issue 9): each set's bytes are read when
 * it is checked, so a run holds the sets in flight rather than every file of the run, and a
 * shard reads only its own sets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSets, readSet } from '../src/load/index.js';
import { planRun } from '../src/run/plan.js';
import { runSets, type Outcome } from '../src/run/run.js';
import { inShard } from '../src/run/shard.js';
import type { SetReport } from '../src/types.js';

let root = '';

const story = (toll: number): string => ` date 2025-03-0${toll % 9 || 1}\n\nAt least ${toll} people were killed when a bus overturned near Halden, police said.\n`;

function writeSet(name: string, tolls: number[]): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  tolls.forEach((toll, i) => writeFileSync(path.join(dir, `v${i + 1}.txt`), story(toll)));
  return dir;
}

async function reports(paths: string[], shard: { index: number; count: number } | null = null): Promise<SetReport[]> {
  const plan = await planRun(paths, { cwd: root });
  return collect(plan, shard);
}

async function collect(plan: Awaited<ReturnType<typeof planRun>>, shard: { index: number; count: number } | null): Promise<SetReport[]> {
  const out: SetReport[] = [];
  await runSets(plan, { jobs: 1, shard, emit: (o: Outcome) => void out.push(o.report) });
  return out;
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'factlint-lazy-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('sets are read when checked, not when planned', () => {
  it('finds a set with its files and sizes but reads no version', async () => {
    const dir = writeSet('bus', [4, 6]);
    const { sources } = await findSets([dir]);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.files.map((f) => path.basename(f.file))).toEqual(['v1.txt', 'v2.txt']);
    // Rewritten after planning: the check reads what is on disk then.
    writeFileSync(path.join(dir, 'v2.txt'), story(9));
    const set = readSet(sources[0]!);
    expect(new TextDecoder().decode(set.versions[1]?.bytes)).toContain('At least 9 people');
  });

  it('reports a version removed between planning and checking as an input problem of its set', async () => {
    const dir = writeSet('bus', [4, 6]);
    const plan = await planRun([dir], { cwd: root });
    rmSync(path.join(dir, 'v2.txt'));
    const [set] = await collect(plan, null);
    expect(set?.versions.map((v) => v.id)).toEqual(['v1']);
    expect(set?.findings.some((f) => f.type === 'input' && /no such file/.test(f.message))).toBe(true);
  });

  it('a shard never reads the files of the sets it does not check', async () => {
    const dirs = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => writeSet(n, [3, 5]));
    const plan = await planRun(dirs, { cwd: root });
    const shard = { index: 1, count: 2 };
    const mine = dirs.filter((d) => inShard(path.relative(root, d), shard));
    const others = dirs.filter((d) => !mine.includes(d));
    expect(mine.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    // Unreadable now: reading them would give input findings (or fail).
    for (const d of others) rmSync(d, { recursive: true });
    const out = await collect(plan, shard);
    expect(out.map((s) => s.path).sort()).toEqual(mine.map((d) => path.relative(root, d)).sort());
    expect(out.every((s) => s.findings.every((f) => f.type !== 'input'))).toBe(true);
  });

  it('a plan holds no version bytes, only where to read them', async () => {
    const plan = await planRun([writeSet('x', [4, 6, 6]), writeSet('y', [2, 2])], { cwd: root });
    const holdsBytes = (v: unknown): boolean =>
      v instanceof Uint8Array || (typeof v === 'object' && v !== null && Object.values(v).some(holdsBytes));
    expect(plan.items.map((i) => i.versions)).toEqual([3, 2]);
    expect(plan.items.some(holdsBytes)).toBe(false);
  });
});
