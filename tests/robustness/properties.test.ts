import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { Report } from '../../src/types.js';
import { loadStories } from '../eval/stories.js';
import { layout } from '../eval/text.js';
import { ARTICLE, factFindings, removeDir, tempDir } from './helpers.js';

const root = tempDir('factlint-props-');
afterAll(() => removeDir(root));
let counter = 0;

/** Writes copies (file name -> text or bytes) into a fresh set directory. */
function writeSet(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `set${counter++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const stories = loadStories();

/** A story of our own cut to a few consecutive paragraphs. */
const excerpt = fc
  .record({
    story: fc.integer({ min: 0, max: stories.length - 1 }),
    from: fc.integer({ min: 0, max: 10 }),
    count: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ story, from, count }) => {
    const l = layout(stories[story]?.text ?? ARTICLE);
    const paragraphs = l.paragraphs.slice(from, from + count);
    return (from === 0 ? l.head : '') + paragraphs.join('\n\n') + '\n';
  });

/** Damage that real copies carry: line-ending changes, credit lines, stray characters. */
const damaged = fc
  .record({
    text: excerpt,
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    credits: fc.integer({ min: 0, max: 4 }),
    noise: fc.string({ unit: 'grapheme', maxLength: 12 }),
    at: fc.nat(),
    bom: fc.boolean(),
  })
  .map(({ text, eol, credits, noise, at, bom }) => {
    const cut = at % (text.length + 1);
    let t = text.slice(0, cut) + noise + text.slice(cut);
    t += 'Credit: AP\n'.repeat(credits);
    t = t.replace(/\n/g, eol);
    return (bom ? '\uFEFF' : '') + t;
  });

function places(report: Report): Array<{ version: string; line: number; column: number }> {
  const out: Array<{ version: string; line: number; column: number }> = [];
  for (const set of report.sets) {
    for (const f of set.findings) for (const e of f.evidence) out.push({ version: e.version, line: e.line, column: e.column });
    for (const c of set.claims) {
      for (const [version, values] of Object.entries(c.values)) {
        for (const v of values) out.push({ version, line: v.line, column: v.column });
      }
    }
  }
  return out;
}

describe('properties', () => {
  it('normalization never throws on arbitrary strings or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        const out = normalize({ id: 'x', path: 'x.txt', bytes: Buffer.from(s) });
        expect(out).toBeTypeOf('object');
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(normalize({ id: 'x', path: 'x.txt', bytes })).toBeTypeOf('object');
      }),
      { numRuns: 200 },
    );
  });

  it('every reported line:col points inside the original file', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, damaged, async (a, b) => {
        const dir = writeSet({ 'a.txt': a, 'b.txt': b });
        const report = await check([dir], { rules: [join(process.cwd(), 'rules', 'news-core.yaml')] });
        const lines: Record<string, string[]> = {
          a: a.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/),
          b: b.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/),
        };
        for (const p of places(report)) {
          const fileLines = lines[p.version];
          expect(fileLines, `version ${p.version}`).toBeDefined();
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(fileLines?.length ?? 0);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeLessThanOrEqual((fileLines?.[p.line - 1]?.length ?? 0) + 1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('a set of identical copies yields no contradiction or omission', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, fc.integer({ min: 2, max: 3 }), async (text, copies) => {
        const files: Record<string, string> = {};
        for (let i = 0; i < copies; i++) files[`v${i}.txt`] = text;
        const report = await check([writeSet(files)], { rules: [join(process.cwd(), 'rules', 'news-core.yaml')] });
        expect(factFindings(report).map((f) => `${f.type} ${f.rule}: ${f.message}`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('identical copies of every whole eval story, with and without a manifest, yield no fact findings', async () => {
    const problems: string[] = [];
    for (const story of stories) {
      const date = /^ date (\S+) /.exec(story.text)?.[1] ?? '2024-01-01';
      const manifest = ['version: 1', 'versions:', '  - id: a', `    date: ${date}`, '  - id: b', `    date: ${date}`, ''].join('\n');
      for (const files of [{ 'a.txt': story.text, 'b.txt': story.text }, { 'a.txt': story.text, 'b.txt': story.text, 'factlint.set.yaml': manifest }]) {
        const report = await check([writeSet(files)], { rules: [join(process.cwd(), 'rules', 'news-core.yaml')] });
        for (const f of factFindings(report)) problems.push(`${story.id}${'factlint.set.yaml' in files ? ' (manifest)' : ''}: ${f.type} ${f.rule}: ${f.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
