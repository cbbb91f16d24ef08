import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { foldForWink } from '../src/analyze/fold.js';
import { tokenStarts } from '../src/analyze/offsets.js';
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

describe('analyze offsets', () => {
  it('places tokens after every kind of space wink splits at, line breaks and tabs being tokens', () => {
    const text = 'A\u00a0B  \u2002 C\u202fD \u205f E\tF\n\nG can\'t $5.5m.';
    const doc = analyze(version(text));
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'ca', "n't"]));
  });

  it('rebuilds offsets from wink\'s preceding spaces when a run of spaces is longer than wink counts', () => {
    const values = ['Hello', 'world'];
    const text = `Hello${' '.repeat(70000)}world`;
    let asked = false;
    const starts = tokenStarts(text, values, () => {
      asked = true;
      return ['', ' '.repeat(65534)];
    });
    expect(asked).toBe(true);
    expect(starts).toEqual({ at: [0, 65539], verified: false });
    expect(tokenStarts('Hello  world', values, () => [])).toEqual({ at: [0, 7], verified: true });
  });
});
