import { chmodSync, closeSync, openSync, symlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE,
  cli,
  checkJson,
  expectNoStack,
  factFindings,
  mentions,
  removeDir,
  tempDir,
  versionIds,
  writeTree,
} from './helpers.js';

const dirs: string[] = [];
function setDir(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  dirs.push(dir);
  return writeTree(dir, files);
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // already gone
    }
    removeDir(d);
  }
});

/** Two good versions plus one bad file `c.*`: the bad one is reported, the good ones checked, exit is not 2. */
async function badAmongGood(name: string, bad: string | Uint8Array): Promise<void> {
  const dir = setDir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, [name]: bad });
  const run = await checkJson([dir], dir);
  expectNoStack(run);
  expect(run.code, run.stderr).not.toBe(2);
  expect(run.report).not.toBeNull();
  expect(versionIds(run.report)).toEqual(expect.arrayContaining(['a', 'b']));
  expect(mentions(run, name), `${name} is reported:\n${run.stdout.slice(0, 2000)}\n${run.stderr}`).toBe(true);
}

describe('bad version files among good ones', () => {
  it('empty file', async () => {
    await badAmongGood('c.txt', '');
  });

  it('whitespace-only file', async () => {
    await badAmongGood('c.txt', ' \n\t\n   \r\n\n');
  });

  it('binary file (PNG header, NUL bytes)', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      Buffer.alloc(256, 0),
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
    ]);
    // A binary file with a version's extension (a .png is not a version: include globs skip it).
    await badAmongGood('c.txt', png);
  });

  it('invalid UTF-8 is decoded or reported, never a crash', async () => {
    const bytes = Buffer.concat([
      Buffer.from(ARTICLE.slice(0, 200), 'utf8'),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
      Buffer.from(ARTICLE.slice(200), 'utf8'),
    ]);
    const dir = setDir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': bytes });
    const run = await checkJson([dir], dir);
    expectNoStack(run);
    expect(run.code).not.toBe(2);
    expect(versionIds(run.report)).toEqual(expect.arrayContaining(['a', 'b']));
    // Checked, with a notice saying how it was decoded.
    const c = run.report?.sets[0]?.versions.find((v) => v.id === 'c');
    expect(c?.notices.map((n) => n.type)).toContain('encoding');
  });
});

describe('encodings and line endings of good copies', () => {
  const cases: Array<[string, Buffer]> = [
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16 LE without BOM', Buffer.from(ARTICLE, 'utf16le')],
    ['UTF-16 BE with BOM', Buffer.from([0xfe, 0xff, ...swap16(Buffer.from(ARTICLE, 'utf16le'))])],
    ['CR line endings', Buffer.from(ARTICLE.replace(/\n/g, '\r'), 'utf8')],
    ['CRLF line endings', Buffer.from(ARTICLE.replace(/\n/g, '\r\n'), 'utf8')],
    ['mixed CR, LF and CRLF', Buffer.from(ARTICLE.split('\n').map((l, i) => l + ['\r\n', '\r', '\n'][i % 3]).join(''), 'utf8')],
  ];
  for (const [label, bytes] of cases) {
    it(`${label}: read as the same text, no fact differences with the UTF-8 copy`, async () => {
      const dir = setDir({ 'a.txt': ARTICLE, 'b.txt': bytes });
      const run = await checkJson([dir], dir);
      expectNoStack(run);
      expect(run.code, run.stderr).not.toBe(2);
      expect(versionIds(run.report)).toEqual(['a', 'b']);
      expect(factFindings(run.report).map((f) => `${f.type} ${f.rule} ${f.message}`)).toEqual([]);
      const claims = run.report?.sets[0]?.claims.find((c) => c.rule === 'death-toll');
      expect(claims?.values['b']?.map((v) => v.value)).toEqual(claims?.values['a']?.map((v) => v.value));
    });
  }
});

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b);
  out.swap16();
  return out;
}

describe('sets and paths', () => {
  it('a directory with one version says there is nothing to compare', async () => {
    const dir = setDir({ 'only.txt': ARTICLE });
    const run = await checkJson([dir], dir);
    expectNoStack(run);
    expect(`${run.stdout}${run.stderr}`).toMatch(/nothing to compare/i);
  });

  it('nested directories are sets of their own', async () => {
    const root = setDir({
      'north/a.txt': ARTICLE,
      'north/b.txt': ARTICLE,
      'south/deeper/a.txt': ARTICLE,
      'south/deeper/b.txt': ARTICLE,
    });
    const run = await checkJson([root], root);
    expectNoStack(run);
    expect(run.code).not.toBe(2);
    expect(run.report?.sets.length).toBe(2);
    expect(factFindings(run.report)).toEqual([]);
  });

  it('a symlink loop does not hang and the real versions are checked', async () => {
    const dir = setDir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt.lnk'));
    const run = await checkJson([dir], dir);
    expectNoStack(run);
    expect(run.code).not.toBe(2);
    expect(versionIds(run.report)).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('an unreadable file is reported and the rest checked', async (ctx) => {
    const dir = setDir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
    chmodSync(join(dir, 'c.txt'), 0o000);
    if (process.getuid?.() === 0) ctx.skip(); // root reads it anyway
    const run = await checkJson([dir], dir);
    expectNoStack(run);
    expect(run.code).not.toBe(2);
    expect(versionIds(run.report)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(mentions(run, 'c.txt')).toBe(true);
  });

  it('a path that does not exist exits 2 with a one-line message naming it', async () => {
    const dir = setDir({});
    const missing = join(dir, 'no-such-set');
    const run = await checkJson([missing], dir);
    expectNoStack(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-set/);
    const line = run.stderr.split('\n').find((l) => l.includes('no-such-set')) ?? '';
    expect(line.length).toBeLessThan(300);
  });

  it('a bad path among good ones is a usage error (exit 2) naming it, not a passing check', async () => {
    // Issue 11: a mistyped path next to a valid one used to exit 0 or 1 like a check.
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE });
    const run = await cli(['check', join(dir, 'set'), join(dir, 'missing'), '--format', 'json'], dir);
    expectNoStack(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no such file or directory: .*missing/);
  });
});

describe('a 50 MB text file', () => {
  it('is processed or reported, never a crash', async () => {
    const dir = setDir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const big = join(dir, 'c.txt');
    const chunk = Buffer.from(`${ARTICLE.replace(/^ date \S+ /, '')}\n`.repeat(64), 'utf8');
    const fd = openSync(big, 'w');
    try {
      for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    const run = await checkJson([dir], dir);
    expectNoStack(run);
    expect(run.code, run.stderr.slice(0, 500)).not.toBe(2);
    expect(versionIds(run.report)).toEqual(expect.arrayContaining(['a', 'b']));
    // Far past any article's size: reported as too large, naming the file; the rest is checked.
    const input = run.report?.sets[0]?.findings.filter((f) => f.type === 'input') ?? [];
    expect(input.map((f) => f.versions)).toEqual([['c']]);
    expect(input[0]?.message).toMatch(/c\.txt: file too large for an article version \(5\d\.\d MiB, limit 2 MiB\)/);
  }, 600_000);
});

