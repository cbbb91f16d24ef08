import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { checkAlignment, type AlignWork } from '../src/align/index.js';
import { runCli } from '../src/cli/main.js';
import { plainVersion } from '../src/normalize/plain.js';
import { generateSet } from '../src/run/generate.js';
import { mergeReports } from '../src/run/merge.js';
import { parseShard, shardOf, stableHash } from '../src/run/shard.js';
import type { ShardedReport } from '../src/run/stream.js';

let root = '';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: root, env: {} });
  return { code, stdout, stderr };
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'factlint-run-'));
  for (let s = 0; s < 7; s++) {
    const dir = path.join(root, 'stories', `story-${s}`);
    mkdirSync(dir, { recursive: true });
    for (const v of generateSet(3 + (s % 3), 6, 100 + s)) writeFileSync(path.join(dir, `${v.id}.txt`), v.text);
  }
  // A set with an unreadable (empty) version. (A missing path is now a usage error before any
  // check, src/cli/inputs.ts, so no report has findings outside sets to spread over shards.)
  writeFileSync(path.join(root, 'stories', 'story-0', 'v9999.txt'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--jobs', () => {
  it.each(['json', 'ndjson', 'text'])('--jobs 2 writes the same %s as --jobs 1', async (format) => {
    const one = await cli(['check', 'stories', '--format', format, '--no-color', '--jobs', '1']);
    const two = await cli(['check', 'stories', '--format', format, '--no-color', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    expect(one.stdout.length).toBeGreaterThan(1000);
  });

  it('--jobs 2 applies the post-passes where each set is checked: inline disables, config checks, a baseline, the minimum severity', async () => {
    const dir = path.join(root, 'passes');
    for (let s = 0; s < 6; s++) {
      mkdirSync(path.join(dir, `story-${s}`), { recursive: true });
      for (const v of generateSet(4, 6, 300 + s)) writeFileSync(path.join(dir, `story-${s}`, `${v.id}.txt`), v.text);
    }
    // every version of story-2 turns every rule off; the config makes death tolls errors and turns names off
    for (let v = 0; v < 4; v++) {
      const file = path.join(dir, 'story-2', `v000${v}.txt`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nfactlint-disable\n`);
    }
    writeFileSync(path.join(dir, 'factlint.config.yaml'), 'version: 1\nchecks:\n  death-toll: error\n  people-named: "off"\n');
    const config = ['--config', 'passes/factlint.config.yaml'];
    expect((await cli(['check', 'passes/story-0', 'passes/story-1', ...config, '--write-baseline', 'passes/baseline.json'])).code).toBeLessThan(2);
    const runs = await Promise.all(
      ['1', '2'].map((jobs) => cli(['check', 'passes', ...config, '--baseline', 'passes/baseline.json', '--min-severity', 'warning', '--format', 'ndjson', '--jobs', jobs])),
    );
    const [one, two] = runs as [Awaited<ReturnType<typeof cli>>, Awaited<ReturnType<typeof cli>>];
    expect(two).toEqual(one);
    const tail = JSON.parse(one.stdout.trim().split('\n').at(-1) as string) as { summary: Record<string, number> };
    // each pass left something out, so each was applied (in both threads)
    expect(tail.summary.baselined).toBeGreaterThan(0);
    expect(tail.summary.hidden).toBeGreaterThan(0);
    expect(tail.summary.disabled).toBeGreaterThan(0);
    expect(one.stderr).toMatch(/left out .* in the baseline/);
    expect(one.stdout).toMatch(/"severity":"error"/);
    expect(one.stdout).not.toMatch(/"rule":"people-named"/);
  });

  it('JSON is the JSON reporter\'s bytes; NDJSON has one line per set, then the rest', async () => {
    const json = JSON.parse((await cli(['check', 'stories', '--format', 'json', '--jobs', '1'])).stdout);
    const lines = (await cli(['check', 'stories', '--format', 'ndjson', '--jobs', '2'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(json.sets.length + 1);
    expect(lines.slice(0, -1)).toEqual(json.sets);
    expect(lines.at(-1)).toEqual({ tool: json.tool, findings: json.findings, summary: json.summary });
  });

  it('refuses a bad --jobs or --shard', async () => {
    expect((await cli(['check', 'stories', '--jobs', '0'])).code).toBe(2);
    expect((await cli(['check', 'stories', '--shard', '3/2'])).code).toBe(2);
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard('0/5')).toBeNull();
  });
});

describe('--shard and merge', () => {
  it('puts every set in exactly one shard, the same run after run', async () => {
    const all = JSON.parse((await cli(['check', 'stories', '--format', 'json', '--jobs', '1'])).stdout);
    const paths: string[] = all.sets.map((s: { path: string }) => s.path);
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const shard = JSON.parse((await cli(['check', 'stories', '--format', 'json', '--jobs', '1', `--shard=${i}/3`])).stdout);
      seen.push(...shard.sets.map((s: { path: string }) => s.path));
      for (const p of shard.sets.map((s: { path: string }) => s.path)) expect(shardOf(p, 3)).toBe(i);
    }
    expect([...seen].sort()).toEqual([...paths].sort());
    expect(stableHash('stories/story-1')).toBe(stableHash('stories/story-1'));
    expect(stableHash('a')).toBe(0xe40c292c);
  });

  it.each(['json', 'ndjson'])('merge of %s shards equals the unsharded report, in any format', async (format) => {
    const whole = await cli(['check', 'stories', '--format', 'json', '--jobs', '1']);
    const files: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = path.join(root, `shard-${i}.${format}`);
      await cli(['check', 'stories', '--format', format, '--jobs', i === 1 ? '2' : '1', `--shard=${i}/3`, '-o', out]);
      files.push(out);
    }
    const merged = await cli(['merge', ...files.reverse()]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    const text = await cli(['merge', '--format', 'text', ...files]);
    const wholeText = await cli(['check', 'stories', '--format', 'text', '--no-color', '--jobs', '1']);
    expect(text.stdout).toBe(wholeText.stdout);
  });

  it('refuses a missing or repeated shard', () => {
    const shard = (index: number): { file: string; report: ShardedReport } => ({
      file: `s${index}`,
      report: { tool: { name: 'factlint', version: '0' }, sets: [], findings: [], summary: { errors: 0, warnings: 0, infos: 0 }, shard: { index, count: 2, sets: [], findings: [] } },
    });
    expect(() => mergeReports([shard(1)])).toThrow(/missing shard 2\/2/);
    expect(() => mergeReports([shard(1), shard(1)])).toThrow(/given twice/);
  });
});

describe('the shape of the alignment work', () => {
  it('compares a linear number of version pairs as a set grows', () => {
    const pairsPerVersion = (n: number): number => {
      const docs = generateSet(n, 4, 3).map((v) => analyze(plainVersion(v.id, v.text)));
      const work: AlignWork = { pairs: 0 };
      checkAlignment(docs, { older: (a, b) => a < b, work });
      return work.pairs / n;
    };
    const small = pairsPerVersion(16);
    const large = pairsPerVersion(64);
    expect(small).toBeGreaterThan(0);
    // Quadratic work would give 4x per version at 4x the versions.
    expect(large).toBeLessThanOrEqual(small * 1.2);
  }, 60_000);
});

describe('generator', () => {
  it('is seeded: the same seed gives the same set, another seed another one', () => {
    expect(generateSet(5, 4, 1)).toEqual(generateSet(5, 4, 1));
    expect(generateSet(5, 4, 2)).not.toEqual(generateSet(5, 4, 1));
    const texts = generateSet(40, 4, 1).map((v) => v.text);
    expect(new Set(texts).size).toBeGreaterThan(20);
    expect(readFileSync(new URL('../seeds/000_156529bb3accbe6d.txt', import.meta.url), 'utf8')).not.toContain(texts[0]?.slice(20, 80));
  });
});
