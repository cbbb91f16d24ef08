import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError, isVersionName, loadSets, MAX_DEPTH, versionId } from '../src/load/index.js';

let root = '';

async function write(rel: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, rel);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
  return file;
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'factlint-load-'));
});

afterAll(async () => {
  // Restore permissions so the temp tree can be removed.
  await fs.chmod(path.join(root, 'perm', 'b.txt'), 0o644).catch(() => undefined);
  await fs.rm(root, { recursive: true, force: true });
});

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('names', () => {
  it('derives ids and skips dotfiles, the manifest and READMEs', () => {
    expect(versionId('002_e1ffd014517375af.txt')).toBe('002_e1ffd014517375af');
    expect(versionId('a.b.md')).toBe('a.b');
    expect(versionId('noext')).toBe('noext');
    expect(isVersionName('.DS_Store')).toBe(false);
    expect(isVersionName('factlint.set.yaml')).toBe(false);
    expect(isVersionName('README.md')).toBe(false);
    expect(isVersionName('readme')).toBe(false);
    expect(isVersionName('001.txt')).toBe(true);
  });

  it('describes file-system errors in one line', () => {
    expect(describeError({ code: 'EACCES' }, 'a/b.txt')).toBe('permission denied: a/b.txt');
    expect(describeError({ code: 'ENOENT' }, 'x')).toBe('no such file or directory: x');
    expect(describeError(new Error('boom\n    at stack'), 'x')).toBe('cannot read x: boom');
  });
});

describe('loadSets', () => {
  it('loads a directory as one set, sorted by file name, with its manifest', async () => {
    await write('floods/b_update.txt', 'Flood waters rose.');
    await write('floods/a_first.txt', 'Rain began.');
    await write('floods/.hidden', 'x');
    await write('floods/README.md', '# notes');
    await write('floods/factlint.set.yaml', 'versions: []\n');
    const dir = path.join(root, 'floods');
    const { sets, problems } = await loadSets([dir]);
    expect(problems).toEqual([]);
    expect(sets).toHaveLength(1);
    const set = sets[0];
    expect(set?.path).toBe(dir);
    expect(set?.versions.map((v) => v.id)).toEqual(['a_first', 'b_update']);
    expect(set?.versions.map((v) => v.path)).toEqual([path.join(dir, 'a_first.txt'), path.join(dir, 'b_update.txt')]);
    expect(decode(set?.versions[0]?.bytes ?? new Uint8Array())).toBe('Rain began.');
    expect(set?.manifestFile).toEqual({ path: path.join(dir, 'factlint.set.yaml'), text: 'versions: []\n' });
    expect(set?.problems).toEqual([]);
  });

  it('keeps relative paths relative', async () => {
    await write('rel/one.txt', 'Polls opened.');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { sets } = await loadSets(['rel']);
      expect(sets[0]?.path).toBe('rel');
      expect(sets[0]?.versions[0]?.path).toBe(path.join('rel', 'one.txt'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('treats sub-directories with versions as sets of their own', async () => {
    await write('stories/quake/v1.txt', 'A quake hit.');
    await write('stories/quake/v2.txt', 'A quake hit; two died.');
    await write('stories/election/results/final.txt', 'Results are in.');
    await write('stories/empty/.keep', '');
    const { sets, problems } = await loadSets([path.join(root, 'stories')]);
    expect(problems).toEqual([]);
    expect(sets.map((s) => path.relative(root, s.path))).toEqual([
      path.join('stories', 'election', 'results'),
      path.join('stories', 'quake'),
    ]);
  });

  it('reports a directory without versions', async () => {
    await fs.mkdir(path.join(root, 'nothing'), { recursive: true });
    await write('nothing/README.txt', 'just notes');
    const dir = path.join(root, 'nothing');
    const { sets, problems } = await loadSets([dir]);
    expect(sets).toEqual([]);
    expect(problems).toEqual([{ path: dir, message: `no article versions in ${dir}` }]);
  });

  it('detects symbolic link loops and never hangs', async () => {
    await write('loop/a/v1.txt', 'Summit opened.');
    await fs.symlink(path.join(root, 'loop'), path.join(root, 'loop', 'a', 'back'));
    const { sets, problems } = await loadSets([path.join(root, 'loop')]);
    expect(sets.map((s) => path.basename(s.path))).toEqual(['a']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^symbolic link loop: .*back leads back to /);
  });

  it('stops at the depth limit with a problem', async () => {
    const parts = Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `d${i}`);
    await write(path.join('deep', ...parts, 'v.txt'), 'Court adjourned.');
    const { sets, problems } = await loadSets([path.join(root, 'deep')]);
    expect(sets).toEqual([]);
    expect(problems.some((p) => p.message.startsWith(`directory nested deeper than ${MAX_DEPTH} levels`))).toBe(true);
  });

  it('reports a missing path in one line', async () => {
    const missing = path.join(root, 'does-not-exist');
    const { sets, problems } = await loadSets([missing]);
    expect(sets).toEqual([]);
    expect(problems).toEqual([{ path: missing, message: `no such file or directory: ${missing}` }]);
  });

  it('reports an unreadable version inside its set, never skipping it', async () => {
    await write('perm/a.txt', 'Readable.');
    const locked = await write('perm/b.txt', 'Locked.');
    await fs.chmod(locked, 0o000);
    const chmodWorks = await fs.readFile(locked).then(
      () => false,
      () => true,
    );
    const { sets, problems } = await loadSets([path.join(root, 'perm')]);
    expect(problems).toEqual([]);
    const set = sets[0];
    if (chmodWorks) {
      expect(set?.versions.map((v) => v.id)).toEqual(['a']);
      expect(set?.problems).toEqual([{ path: locked, version: 'b', message: `permission denied: ${locked}` }]);
    } else {
      // Running as root: chmod does not prevent reading.
      expect(set?.versions.map((v) => v.id)).toEqual(['a', 'b']);
    }
  });

  it('reports an over-large file as a version problem', async () => {
    const big = await write('big/huge.txt', '');
    await fs.truncate(big, 64 * 1024 * 1024 + 1);
    await write('big/small.txt', 'Small.');
    const { sets } = await loadSets([path.join(root, 'big')]);
    expect(sets[0]?.versions.map((v) => v.id)).toEqual(['small']);
    expect(sets[0]?.problems).toHaveLength(1);
    expect(sets[0]?.problems[0]).toMatchObject({ path: big, version: 'huge' });
    expect(sets[0]?.problems[0]?.message).toMatch(/too large/);
  });

  it('groups loose files by parent directory and picks up that manifest', async () => {
    const a = await write('loose/x/2.txt', 'Second.');
    const b = await write('loose/x/1.txt', 'First.');
    const c = await write('loose/y/only.txt', 'Other story.');
    await write('loose/x/factlint.set.yaml', 'order: []\n');
    const missing = path.join(root, 'loose', 'x', 'gone.txt');
    const { sets, problems } = await loadSets([a, c, b, missing]);
    expect(problems).toEqual([{ path: missing, message: `no such file or directory: ${missing}` }]);
    expect(sets.map((s) => s.path)).toEqual([path.dirname(a), path.dirname(c)]);
    expect(sets[0]?.versions.map((v) => v.id)).toEqual(['1', '2']);
    expect(sets[0]?.manifestFile?.text).toBe('order: []\n');
    expect(sets[1]?.manifestFile).toBeNull();
  });

  it('reports two files with the same id', async () => {
    await write('dup/v1.txt', 'One.');
    await write('dup/v1.md', 'Other.');
    const { sets } = await loadSets([path.join(root, 'dup')]);
    expect(sets[0]?.versions).toHaveLength(1);
    expect(sets[0]?.problems[0]?.message).toMatch(/version id "v1" is used by two files/);
  });

  it('loads the seeds', async () => {
    const seeds = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'seeds');
    const { sets, problems } = await loadSets([seeds]);
    expect(problems).toEqual([]);
    expect(sets[0]?.versions.map((v) => v.id)).toEqual([
      '000_156529bb3accbe6d',
      '001_c3607f5320d1cbec',
      '002_e1ffd014517375af',
      '003_bf9c85de54b51111',
      '004_22156154f291d882',
    ]);
  });
});
