/** Issue 10, items 1 and 3: the -o file, EPIPE and Ctrl-C, bounded concurrency, version problems on stderr. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/cli/output.js';
import { ARTICLE, checkJson, cli, setMaker } from '../robustness/helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'factlint.js');
const setDir = setMaker('factlint-files-');

describe('-o', () => {
  it("'' is a usage error, not stdout", async () => {
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE });
    const run = await cli(['check', 'set', '-o', ''], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/needs a file name/);
  });

  it('refuses to write inside an input set or over an input file', async () => {
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE });
    const inside = await cli(['check', 'set', '-o', 'set/report.txt'], dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/inside the article set set/);
    expect(existsSync(path.join(dir, 'set/report.txt'))).toBe(false);
    const over = await cli(['check', 'set/a.txt', 'set/b.txt', '-o', 'set/./a.txt'], dir);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/is an input/);
    expect(readFileSync(path.join(dir, 'set/a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('writes through a temporary file and leaves none behind, also for concurrent writers', async () => {
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE });
    const run = await cli(['check', 'set', '--format', 'json', '-o', 'out/report.json'], dir);
    expect(run.code).toBe(2); // the folder of -o does not exist: a clear error
    expect(run.stderr).toMatch(/cannot write out\/report\.json: ENOENT/);
    const file = path.join(dir, 'report.txt');
    const pending = new Set<string>();
    const texts = Array.from({ length: 8 }, (_, i) => `${String(i).repeat(200_000)}\n`);
    await Promise.all(texts.map((t) => writeAtomic(file, t, pending)));
    expect(texts).toContain(readFileSync(file, 'utf8'));
    expect(pending.size).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['report.txt', 'set']);
  });
});

describe('the binary', () => {
  it('exits quietly when the reader of stdout goes away (EPIPE)', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [BIN, 'check', 'seeds', '--format', 'json'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
  });

  it('leaves no report file, complete or partial, when interrupted (SIGINT)', { timeout: 60_000 }, async () => {
    const dir = setDir({ 'set/a.txt': ARTICLE.repeat(40), 'set/b.txt': ARTICLE.repeat(40), 'out/.keep': '' });
    const child = spawn(process.execPath, [BIN, 'check', 'set', '--format', 'json', '-o', 'out/report.json'], { cwd: dir });
    setTimeout(() => child.kill('SIGINT'), 300);
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const left = readdirSync(path.join(dir, 'out'));
    // Interrupted (130, or killed before the handler was installed): nothing; else a whole report.
    if (code === 130 || code === null) expect(left).toEqual(['.keep']);
    else expect(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).tool.name).toBe('factlint');
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads a 1,000-file set under ulimit -n 256 without losing a version to EMFILE', { timeout: 60_000 }, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`set/v${String(i).padStart(4, '0')}.txt`] = `Version ${i}: 3 people were killed.\n`;
    const dir = setDir(files);
    const script = `import { loadSets } from ${JSON.stringify(path.join(ROOT, 'dist/load/index.js'))};
const r = await loadSets([${JSON.stringify(path.join(dir, 'set'))}]);
console.log(JSON.stringify({ versions: r.sets[0].versions.length, problems: r.sets[0].problems.map((p) => p.message).slice(0, 3) }));`;
    writeFileSync(path.join(dir, 'load.mjs'), script);
    const out = spawnSync('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" load.mjs`], { cwd: dir, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ versions: 1000, problems: [] });
  });
});

describe('versions', () => {
  it('a problem with one version file is also one line on stderr', async () => {
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE, 'set/empty.txt': '', 'set/bin.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) });
    const run = await checkJson(['set'], dir);
    const lines = run.stderr.trim().split('\n');
    expect(lines.some((l) => /^factlint: set\/empty\.txt: empty file$/.test(l))).toBe(true);
    expect(lines.some((l) => /^factlint: set\/bin\.txt: binary file/.test(l))).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it('a file of only no-break and zero-width spaces is empty', async () => {
    const invisible = '\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000 \n'.repeat(50);
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE, 'set/blank.txt': invisible });
    const run = await checkJson(['set'], dir);
    expect(run.report?.sets[0]?.versions.map((v) => v.id)).toEqual(['a', 'b']);
    expect(run.stderr).toMatch(/set\/blank\.txt: empty file \(only invisible characters/);
  });
});
