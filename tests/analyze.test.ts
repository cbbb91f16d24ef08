import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { foldForWink } from '../src/analyze/fold.js';
import type { NormalizedVersion } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';

const version = (text: string): NormalizedVersion => plainVersion('v', text);

describe('analyze', () => {
  it('gives tokens whose offsets reproduce the text, sentences without leading blank lines', () => {
    const text = 'France hosted talks Thursday.\n\nAround 30 countries joined.';
    const doc = analyze(version(text));
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['France hosted talks Thursday.', 'Around 30 countries joined.']);
    expect(doc.entities.find((e) => e.type === 'DATE')?.text).toBe('Thursday');
  });

  it('keeps names with letters outside Latin-1 as whole tokens, with their real spelling', () => {
    const text = 'Recep Tayyip Erdoğan met Kemal Kılıçdaroğlu and Łukasz Nowak in Gdańsk.';
    const doc = analyze(version(text));
    const words = doc.tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Erdoğan', 'Kılıçdaroğlu', 'Łukasz', 'Gdańsk']));
    expect(doc.tokens.find((t) => t.text === 'Erdoğan')?.pos).toBe('PROPN');
  });

  it('folds only letters, keeping length', () => {
    expect(foldForWink('Erdoğan Łódź 春色 Київ')).toBe('Erdogan Lódz 春色 Київ');
    expect(foldForWink('Erdoğan').length).toBe('Erdoğan'.length);
  });
});
