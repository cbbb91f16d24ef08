/**
 * Guards for the analyze-stage speed work: the sentence identities analyze gives shared
 * paragraph readings (Sentence.copy, Doc.readings) must group exactly the sentences that
 * read/share.ts would find the same by comparing their words, and the hand-written scans
 * that replaced regular expressions (detectLanguage's words, paragraphEdits' line breaks)
 * must answer as the expressions did.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type ParagraphCache } from '../src/analyze/index.js';
import { detectLanguage } from '../src/lang/detect.js';
import { lexiconFor } from '../src/lang/index.js';
import { normalize } from '../src/normalize/index.js';
import { paragraphEdits } from '../src/normalize/lines.js';
import { plainVersion } from '../src/normalize/plain.js';
import { readTogether, sentenceShape, textTwin } from '../src/read/share.js';
import type { Doc } from '../src/types.js';
import { versionsOf } from './helpers/versions.js';

const SETS = join(import.meta.dirname, '..', 'tests/eval/sets');

/** For each sentence of the docs in order, the index of the first sentence with its shape. */
function shapeClasses(docs: readonly Doc[]): number[] {
  const first = new Map<object, number>();
  const out: number[] = [];
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const shape = sentenceShape(doc, s);
      if (!first.has(shape)) first.set(shape, out.length);
      out.push(first.get(shape) as number);
    }
  }
  return out;
}

/** The doc as a reader built by hand would give it: no identities from analyze. */
function withoutIdentities(doc: Doc): Doc {
  return { version: doc.version, tokens: doc.tokens, entities: doc.entities, sentences: doc.sentences.map((s) => ({ ...s, copy: null })) };
}

describe('sentence identities of shared paragraph readings', () => {
  const sets = readdirSync(SETS).filter((name) => !name.includes('.'));

  it('group the sentences of every evaluation set exactly as comparing their words does', () => {
    expect(sets.length).toBeGreaterThan(10);
    let copies = 0;
    for (const set of sets) {
      const cache: ParagraphCache = new Map();
      const docs = versionsOf(join(SETS, set)).map((v) => analyze(v, cache));
      const plain = docs.map(withoutIdentities);
      readTogether(docs);
      readTogether(plain);
      expect(shapeClasses(docs), set).toEqual(shapeClasses(plain));
      copies += docs.flatMap((d) => d.sentences).filter((s) => s.copy != null).length;
    }
    expect(copies).toBeGreaterThan(100);
  });

  it('are the same for a paragraph repeated across versions, and absent for a folded text', () => {
    const cache: ParagraphCache = new Map();
    const lede = 'At least 12 people died when a ferry capsized on Sunday, officials said.';
    const one = analyze(plainVersion('a', `Ferry capsizes\n\n${lede}`), cache);
    const two = analyze(plainVersion('b', `Ferry toll rises to 12\n\n${lede}`), cache);
    const copyOf = (doc: Doc) => doc.sentences.find((s) => s.text === lede)?.copy;
    expect(copyOf(one)).toBeTruthy();
    expect(copyOf(one)).toBe(copyOf(two));
    const folded = analyze(plainVersion('c', `Łukasz spoke\n\n${lede}`), cache);
    expect(folded.sentences.every((s) => s.copy === null)).toBe(true);
  });

  it('give docs never read together shapes of their own', () => {
    const cache: ParagraphCache = new Map();
    const text = 'Ferry capsizes\n\nAt least 12 people died on Sunday, officials said.';
    const a = analyze(plainVersion('a', text), cache);
    const b = analyze(plainVersion('b', text), cache);
    expect(sentenceShape(a, a.sentences[1]!)).not.toBe(sentenceShape(b, b.sentences[1]!));
    readTogether([a, b].map(withoutIdentities));
    const [c, d] = [analyze(plainVersion('c', text), cache), analyze(plainVersion('d', text), cache)];
    readTogether([c, d]);
    expect(sentenceShape(c, c.sentences[1]!)).toBe(sentenceShape(d, d.sentences[1]!));
    expect(textTwin(c)).toBe(c);
    expect(textTwin(d)).toBe(c);
  });
});

/** detectLanguage as it was written with String.match (the reference for the scan). */
function detectByMatch(text: string): { words: number; stop: number; distinct: number } {
  const words = text.slice(0, 2000).toLowerCase().match(/\p{L}+/gu) ?? [];
  const stop = new Set(lexiconFor('en')?.stopWords ?? []);
  return { words: words.length, stop: words.filter((w) => stop.has(w)).length, distinct: new Set(words).size };
}

function pseudoRandom(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('hand-written scans', () => {
  it('detectLanguage reads short texts at the edge of its thresholds as the regex-based reading would', () => {
    const random = pseudoRandom(7);
    const pieces = ['the ', 'of ', 'and ', 'Ferry ', 'é', 'İ', 'ß', '😀', '\uD800', '日本 ', 'Ё', 'ı', ' ', '. ', '1', '-', 'le ', 'der '];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = Math.floor(random() * 60); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
      const ref = detectByMatch(text);
      const answer = detectLanguage(text);
      // fewer than 12 different words: the fallback; a share of function words of 12% or more: English
      if (ref.distinct < 12 || ref.stop / Math.max(1, ref.words) >= 0.12) expect(answer, JSON.stringify(text)).toBe('en');
    }
  });

  it('paragraphEdits rewrites line-break runs as /[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*/g finds them', () => {
    const random = pseudoRandom(11);
    const pieces = [' ', '\t', '\n', 'a', '\n\n', ' \n', 'x y'];
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let n = Math.floor(random() * 16); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
      expect(paragraphEdits(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});

/** paragraphEdits as it was written with matchAll. */
function byRegex(text: string): Array<{ start: number; end: number; text: string }> {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(/[ \t]*\n(?:[ \t]*\n)*[ \t]*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === text.length) {
      edits.push({ start, end, text: '' });
      continue;
    }
    const lineBreakStart = start + m[0].indexOf('\n');
    const lineBreakEnd = start + m[0].lastIndexOf('\n') + 1;
    if (text.slice(lineBreakStart, lineBreakEnd) !== '\n\n') edits.push({ start: lineBreakStart, end: lineBreakEnd, text: '\n\n' });
  }
  return edits;
}
