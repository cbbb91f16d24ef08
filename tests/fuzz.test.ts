/**
 * Issue 10, item 8: a seeded fuzz suite (fast-check) over whole runs.
 *
 * Inputs: random bytes, random Unicode, articles of the repository (the seeds, the test
 * fixtures and the wire-story evaluation sets) mutated the way copies get damaged (cut,
 * duplicated, reordered, re-encoded, with control and bidi characters dropped in), and random
 * rule files. For every run it asserts: no throw; every line:col of a value or of evidence lies
 * inside its file; each report (JSON, text, Markdown, JUnit, GitHub) is within a constant factor
 * of the input; no control, escape or bidi character reaches text, Markdown, JUnit or GitHub
 * output raw.
 *
 * Reproducible: every property runs with a fixed seed (FACTLINT_FUZZ_SEED overrides it; a failure
 * prints the seed and the path to replay it). Iterations are bounded so the file takes seconds.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { decodeBytes, isDecodeFailure } from '../src/normalize/decode.js';
import { normalize } from '../src/normalize/index.js';
import { REPORTERS } from '../src/report/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { Report } from '../src/types.js';
import { removeDir, tempDir } from './robustness/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEWS = path.join(ROOT, 'rules', 'news-core.yaml');
const SEED = Number(process.env['FACTLINT_FUZZ_SEED'] ?? 20261201);
const options = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

const root = tempDir('factlint-fuzz-');
afterAll(() => removeDir(root));
let counter = 0;

// ------------------------------------------------------------------ corpus

/** Every article of the repository: seeds, fixtures, evaluation sets (file name -> bytes). */
function corpus(): Buffer[] {
  const dirs = [
    path.join(ROOT, 'seeds'),
    ...['flood', 'aid', 'summit'].map((d) => path.join(ROOT, 'tests', 'fixtures', d)),
    ...readdirSync(path.join(ROOT, 'tests', 'eval', 'sets'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(ROOT, 'tests', 'eval', 'sets', d.name)),
  ];
  const out: Buffer[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) out.push(readFileSync(path.join(dir, name)));
  }
  return out;
}
const ARTICLES = corpus();

// ------------------------------------------------------------------ mutations

/** Control, escape, bidi, XML-forbidden and invisible characters, and markup. */
const NASTY = ['\u001b[2J', '\u001b]8;;https://x.example\u001b\\', '\u0000', '\u0007', '\u0085', '\u202e', '\u2066', '\ufffe', '\uffff',
  '\ud800', '\u200b', '\u00a0', '\r', '<script>alert(1)</script>', '**x**', ']]>', '&amp;', '\u2028', 'x'.repeat(5000), '9'.repeat(400)];

type Mutation =
  | { op: 'cut'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; times: number }
  | { op: 'reorder'; seed: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'eol'; eol: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 4000 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 600 }), times: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('reorder' as const), seed: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })),
  }),
  fc.record({ op: fc.constant('eol' as const), eol: fc.constantFrom('\r\n', '\r', '\n\n', '\u2029') }),
);

/** How the mutated text is written to disk. */
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be', 'cp1252', 'gbk-mojibake', 'latin1-mojibake'] as const;
type Encoding = (typeof ENCODINGS)[number];

function applyMutation(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.op === 'reorder' || m.op === 'eol' ? 0 : m.at % (text.length + 1);
  switch (m.op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate': {
      const piece = text.slice(at, at + m.length);
      return text.slice(0, at) + piece.repeat(m.times) + text.slice(at);
    }
    case 'reorder': {
      const paragraphs = text.split(/\n\s*\n/);
      let s = m.seed;
      for (let i = paragraphs.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        const j = s % (i + 1);
        [paragraphs[i], paragraphs[j]] = [paragraphs[j] as string, paragraphs[i] as string];
      }
      return paragraphs.join('\n\n');
    }
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'eol':
      return text.replace(/\n/g, m.eol);
  }
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text);
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'utf-16le':
      return iconv.encode(text, 'utf-16le');
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return iconv.encode(text, 'utf-16be');
    case 'cp1252':
      return iconv.encode(text, 'win1252');
    case 'gbk-mojibake': // UTF-8 bytes read as GBK and saved as UTF-8 (seed 002)
      return Buffer.from(iconv.decode(Buffer.from(text), 'gbk'));
    case 'latin1-mojibake':
      return Buffer.from(iconv.decode(Buffer.from(text), 'win1252'));
  }
}

/** An article of the repository, damaged: mutations on its text, then an encoding; sometimes a byte-level cut too. */
const damagedArticle: fc.Arbitrary<Buffer> = fc
  .record({
    article: fc.integer({ min: 0, max: ARTICLES.length - 1 }),
    mutations: fc.array(mutation, { maxLength: 4 }),
    encoding: fc.constantFrom(...ENCODINGS),
    byteCut: fc.option(fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }), { freq: 4 }),
  })
  .map(({ article, mutations, encoding, byteCut }) => {
    let text = (ARTICLES[article] as Buffer).toString('utf8');
    for (const m of mutations) text = applyMutation(text, m);
    let bytes = encode(text, encoding);
    if (byteCut && bytes.length > 0) {
      const at = byteCut.at % bytes.length;
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + byteCut.length)]); // splits a character
    }
    return bytes;
  });

const randomBytes = fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b));
const randomUnicode = fc.string({ unit: 'grapheme', maxLength: 1500 }).map((s) => Buffer.from(s));
const anyVersion = fc.oneof({ weight: 4, arbitrary: damagedArticle }, { weight: 1, arbitrary: randomBytes }, { weight: 1, arbitrary: randomUnicode });

// ------------------------------------------------------------------ checks

/** What must never reach text, Markdown, JUnit or GitHub output raw (tab and newline are fine). */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
const XML_FORBIDDEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A report's size may not exceed this many bytes per input byte, plus a fixed part per version
 * and per run. The part per version is large because a report lists up to 100 values per claim
 * and version, each with its place, role and quote (a few hundred bytes of indented JSON): a short
 * copy dense with names reaches it whatever its length. The bug this guards against was 5,000
 * bytes of JSON per input byte (154 MB from 30 KB).
 */
const PER_BYTE = 20;
const PER_VERSION = 50_000;
const PER_RUN = 10_000;

function writeSet(files: ReadonlyArray<Buffer>): { dir: string; paths: string[] } {
  const dir = path.join(root, `set${counter++}`);
  mkdirSync(dir, { recursive: true });
  const paths = files.map((bytes, i) => {
    const file = path.join(dir, `v${i}.txt`);
    writeFileSync(file, bytes);
    return file;
  });
  return { dir, paths };
}

/** Lines of a version file as factlint numbers them (decoded, BOM dropped). */
function linesOf(bytes: Buffer): string[] | null {
  const decoded = decodeBytes(bytes);
  if (isDecodeFailure(decoded)) return null;
  return decoded.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function assertReport(report: Report, files: ReadonlyArray<Buffer>): void {
  const lines = new Map(files.map((bytes, i) => [`v${i}`, linesOf(bytes)]));
  const inside = (version: string, line: number, column: number, where: string): void => {
    const fileLines = lines.get(version);
    if (fileLines === undefined) return; // a finding about the set or a rule file
    expect(fileLines, `${where}: ${version} was decoded`).not.toBeNull();
    const count = fileLines?.length ?? 0;
    expect(line, `${where}: line of ${version}`).toBeGreaterThanOrEqual(1);
    expect(line, `${where}: line of ${version}`).toBeLessThanOrEqual(count);
    expect(column, `${where}: column of ${version}:${line}`).toBeGreaterThanOrEqual(1);
    expect(column, `${where}: column of ${version}:${line}`).toBeLessThanOrEqual((fileLines?.[line - 1]?.length ?? 0) + 1);
  };
  for (const set of report.sets) {
    for (const c of set.claims) {
      for (const [version, values] of Object.entries(c.values)) for (const v of values) inside(version, v.line, v.column, `value of ${c.rule}`);
    }
    for (const f of set.findings) {
      for (const e of f.evidence) if (e.line > 0) inside(e.version, e.line, e.column, `evidence of ${f.type} ${f.rule}`);
    }
  }

  const input = files.reduce((n, b) => n + b.length, 0);
  const budget = PER_BYTE * input + PER_VERSION * files.length + PER_RUN;
  const formatOptions = { color: false, cwd: root, failOn: 'error' as const };
  for (const name of ['json', 'text', 'markdown', 'junit', 'github', 'sarif']) {
    const out = REPORTERS[name]?.format(report, formatOptions) ?? '';
    expect(out.length, `${name} report of ${input} input bytes`).toBeLessThanOrEqual(budget);
    if (name === 'json' || name === 'sarif') {
      expect(() => JSON.parse(out) as unknown, `${name} parses`).not.toThrow();
      continue;
    }
    const raw = UNSAFE.exec(out);
    expect(raw === null ? null : `U+${(raw[0].codePointAt(0) ?? 0).toString(16)} at ${raw.index} in ${name}`).toBeNull();
    if (name === 'junit') expect(XML_FORBIDDEN.test(out), 'junit: XML-forbidden character').toBe(false);
  }
}

async function checkFiles(files: ReadonlyArray<Buffer>, rules: string[] = [NEWS]): Promise<Report> {
  const { dir } = writeSet(files);
  const report = await check([dir], { rules, cwd: root });
  assertReport(report, files);
  return report;
}

// ------------------------------------------------------------------ rule files

const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('.inf', '-.inf', '.nan', '1e400', '~', 'null', 'yes', '&a', '*a', '!!binary x', '"unterminated', "'", '{', '[', ':', '- -'),
);
const ruleEntry = fc.record(
  {
    id: fc.oneof(fc.constantFrom('toll', 'death-toll', 'Bad Id', 'x'.repeat(80), ''), fc.string({ maxLength: 12 })),
    label: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('\u001b[2J<script>', 'Toll\u202e')),
    kind: fc.constantFrom('quantity', 'date', 'people', 'mention', 'money', 'quote', 'bogus'),
    cues: fc.oneof(fc.array(fc.constantFrom('killed', 'dead', 'injured', 'met', '(a+)+$', ''), { maxLength: 4 }), scalar),
    window: fc.oneof(fc.integer({ min: -5, max: 100 }), scalar),
    expect: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.array(scalar, { maxLength: 3 }), scalar),
    'over-time': fc.constantFrom('non-decreasing', 'fixed', 'sideways'),
    severity: fc.constantFrom('error', 'warning', 'info', 'fatal'),
    unknown: scalar,
  },
  { requiredKeys: ['id', 'kind'] },
);

/** YAML text of a random rule file, sometimes cut or with a line duplicated. */
const ruleFile = fc
  .record({
    version: fc.oneof(fc.constant(1), scalar),
    rules: fc.array(ruleEntry, { maxLength: 4 }),
    cut: fc.option(fc.nat(), { freq: 3 }),
  })
  .map(({ version, rules, cut }) => {
    const value = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'null');
    const lines = [`version: ${value(version)}`, 'rules:'];
    for (const r of rules) {
      const entries = Object.entries(r);
      entries.forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${Array.isArray(v) ? `[${v.map(value).join(', ')}]` : value(v)}`));
    }
    const text = `${lines.join('\n')}\n`;
    return cut === null ? text : text.slice(0, cut % (text.length + 1));
  });

// ------------------------------------------------------------------ properties

describe('fuzz (seeded)', () => {
  it('normalize never throws on random bytes, random Unicode or damaged articles', () => {
    fc.assert(
      fc.property(anyVersion, (bytes) => {
        const out = normalize({ id: 'x', path: 'x.txt', bytes });
        expect(out).toBeTypeOf('object');
      }),
      options(150),
    );
  });

  it('damaged articles: no throw, places inside the files, bounded and safe output', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damagedArticle, { minLength: 2, maxLength: 3 }), async (files) => {
        await checkFiles(files);
      }),
      options(24),
    );
  });

  it('random bytes and random Unicode beside an article', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomBytes, randomUnicode), damagedArticle, async (junk, article) => {
        await checkFiles([junk, article]);
      }),
      options(12),
    );
  });

  it('random rule files: no throw, every problem at a place inside the file', () => {
    fc.assert(
      fc.property(ruleFile, (text) => {
        const { problems } = parseRuleFile(text, 'r.yaml');
        const lines = text.split(/\r\n|\r|\n/);
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines.length);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 1);
          expect(p.message).not.toMatch(/must be a number, got a number/);
        }
      }),
      options(300),
    );
  });

  it('random rule files in a run: a report or config findings, never a throw', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(ruleFile, damagedArticle, async (text, article) => {
        const file = path.join(root, `rules${counter++}.yaml`);
        writeFileSync(file, text);
        const report = await checkFiles([article, ARTICLES[0] as Buffer], [file]);
        const config = report.findings.filter((f) => f.type === 'config');
        if (parseRuleFile(text, file).problems.length > 0) expect(config.length).toBeGreaterThan(0);
      }),
      options(10),
    );
  });
});
