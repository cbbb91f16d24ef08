import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { findScars } from '../src/align/index.js';
import { SentenceShare } from '../src/align/share.js';
import { readTogether } from '../src/read/share.js';
import type { ScarMemo } from '../src/align/scars.js';
import { plainVersion } from '../src/normalize/plain.js';
import { AnalyzedToken, Word } from '../src/analyze/token.js';
import type { Token } from '../src/types.js';

const first = 'Officials said 12 people were killed in Kelmar on Tuesday.';
const second = 'The council of , and the mayor met on Wednesday .';

describe('SentenceShare: repeated sentences of a set', () => {
  it('gives a repeated sentence the number and words of its first reading', () => {
    const a = analyze(plainVersion('a', `${first}\n\n${second}`));
    const b = analyze(plainVersion('b', `A new lede was added.\n\n${first}`));
    readTogether([a, b]); // the versions of one set (checkAlignment marks them)
    const share = new SentenceShare();
    const [a0, a1] = a.sentences.map((s) => share.of(a, s));
    const b1 = share.of(b, b.sentences[1] ?? a.sentences[0]!);
    expect(b1.no).toBe(a0?.no);
    expect(b1.words).toBe(a0?.words);
    expect(a1?.no).not.toBe(a0?.no);
    expect(share.size).toBe(2);
  });

  it('reads a sentence apart when its words are tagged otherwise', () => {
    const a = analyze(plainVersion('a', first));
    const b = analyze(plainVersion('b', first));
    const s = b.sentences[0]!;
    const retagged = { ...b, tokens: b.tokens.map((t, k) => (k === s.tokenStart ? withPos(t, 'X') : t)) };
    readTogether([a, retagged]);
    const share = new SentenceShare();
    expect(share.of(a, a.sentences[0]!).no).not.toBe(share.of(retagged, s).no);
  });
});

describe('findScars with a set memo', () => {
  it('finds the same scars as without it, at each version’s own places', () => {
    const texts = [`${first}\n\n${second}`, `Lede.\n\n${second}\n\n${first}`, second];
    const memo: ScarMemo = new Map();
    for (const [k, text] of texts.entries()) {
      const doc = analyze(plainVersion(`v${k}`, text));
      expect(findScars(doc, memo)).toEqual(findScars(analyze(plainVersion(`v${k}`, text))));
    }
    expect(findScars(analyze(plainVersion('v', second))).length).toBeGreaterThan(0);
  });
});

/** A copy of a token with another tag (tokens read their text and tags from a shared Word: a spread copy would lose them). */
function withPos(t: Token, pos: string): Token {
  const copy = new AnalyzedToken(t.i, t.start, new Word(t.text, t.lower, pos, t.lemma, t.type));
  copy.sentence = t.sentence;
  copy.entity = t.entity;
  return copy;
}
