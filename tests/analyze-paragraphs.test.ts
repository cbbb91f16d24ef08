/**
 * analyze reads a version paragraph by paragraph and shares each distinct paragraph's wink
 * reading within a set. That is only right if wink reads a paragraph alone exactly as it
 * reads it inside the whole text: these tests compare both on every seed, fixture and
 * evaluation article, and check that repeated paragraphs are read once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type ParagraphCache } from '../src/analyze/index.js';
import { foldForWink } from '../src/analyze/fold.js';
import { nlp } from '../src/analyze/nlp.js';
import { normalize } from '../src/normalize/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, NormalizedVersion } from '../src/types.js';

const REPO = join(import.meta.dirname, '..');
const ROOTS = ['seeds', 'tests/fixtures', 'tests/eval/sets'].map((d) => join(REPO, d));

function articles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return articles(path);
    return /\.(txt|md|html?)$/.test(name) && !/^README/i.test(name) ? [path] : [];
  });
}

function normalized(path: string): NormalizedVersion | null {
  const result = normalize({ id: path, path, bytes: readFileSync(path) });
  return 'message' in result ? null : result;
}

/** What analyze keeps of a whole-text wink read: token tags, sentence and entity token ranges. */
function wholeRead(text: string) {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(foldForWink(text));
  const pos = doc.tokens().out(its.pos) as string[];
  const trimmed = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(([a, b]) => {
    while (a < b && pos[a] === 'SPACE') a++;
    while (b > a && pos[b] === 'SPACE') b--;
    return `${a}-${b}`;
  });
  const types = doc.tokens().out(its.type) as string[];
  const entityTypes = doc.entities().out(its.type) as string[];
  return {
    tokens: (doc.tokens().out(its.value) as string[]).map((v, i) => `${v}/${pos[i]}/${types[i]}`),
    sentences: trimmed,
    entities: (doc.entities().out(its.span) as unknown as Array<[number, number]>).map(([a, b], k) => `${a}-${b}:${entityTypes[k]}`),
  };
}

function docRead(doc: Doc) {
  // wink's values are those of the folded text ("Lodz" for "Łódź"); folding keeps offsets
  const folded = foldForWink(doc.version.text);
  return {
    tokens: doc.tokens.map((t) => `${folded.slice(t.start, t.end)}/${t.pos}/${t.type}`),
    sentences: doc.sentences.map((s) => `${s.tokenStart}-${s.tokenEnd - 1}`),
    entities: doc.entities.map((e) => `${e.tokenStart}-${e.tokenEnd - 1}:${e.type}`),
  };
}

describe('analyze, paragraph by paragraph', () => {
  const files = ROOTS.flatMap(articles);

  it('reads every seed, fixture and evaluation article as wink reads the whole text', () => {
    expect(files.length).toBeGreaterThan(80);
    let paragraphs = 0;
    for (const file of files) {
      const version = normalized(file);
      if (version === null) continue;
      paragraphs += version.text.split('\n\n').length;
      // long windows split sentences on top of wink's; the articles here have none
      expect({ file, ...docRead(analyze(version)) }).toEqual({ file, ...wholeRead(version.text) });
    }
    expect(paragraphs).toBeGreaterThan(1000);
  });

  it('reads a paragraph repeated across versions once, and places it in each', () => {
    const cache: ParagraphCache = new Map();
    const lede = 'At least 12 people died when a ferry capsized on Sunday, officials said.';
    const one = analyze(plainVersion('a', `Ferry capsizes\n\n${lede}`), cache);
    const two = analyze(plainVersion('b', `Ferry toll rises to 12\n\nRescuers searched overnight.\n\n${lede}`), cache);
    expect(cache.size).toBe(4);
    for (const doc of [one, two]) {
      const sentence = doc.sentences.find((s) => s.text === lede);
      expect(sentence).toBeDefined();
      const twelve = doc.tokens.find((t) => t.text === '12' && t.sentence === sentence?.i);
      expect(doc.version.text.slice(twelve?.start, twelve?.end)).toBe('12');
    }
  });

  it('reads a text with other line breaks, or more paragraphs than news copy has, whole and keeps nothing', () => {
    const cache: ParagraphCache = new Map();
    analyze(plainVersion('a', 'Ferry capsizes\n\n\nAt least 12 people died.'), cache);
    expect(cache.size).toBe(0);
    const list = Array.from({ length: 500 }, (_, i) => `Entry ${i}.`).join('\n\n');
    const doc = analyze(plainVersion('b', list), cache);
    expect(cache.size).toBe(0);
    expect(docRead(doc)).toEqual(wholeRead(list));
  });
});
