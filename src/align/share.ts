/**
 * Sentences a set's versions repeat, told apart once per set. Versions of a story repeat
 * most of their sentences verbatim (an update adds a lede and keeps the rest), so what
 * depends only on a sentence's words — their text, tag and token type — is read once per
 * distinct sentence instead of once per version.
 *
 * A share is made per set call (checkAlignment) and dropped with it. Two sentences share
 * only when their texts are equal *and* their words match one by one (text, tag, type): the
 * same text read in another paragraph may be tagged otherwise, and is then read on its own.
 */
import type { Doc, Sentence, Token } from '../types.js';
import { sentenceWords } from './tokens.js';

/** One distinct sentence of the set. */
export interface SharedSentence {
  /** Number of the distinct sentence in the set (0, 1, 2 … in order first met). */
  no: number;
  /**
   * The words of the first sentence met with this reading: a stand-in for every copy when
   * reading what depends only on the words (never for places: those are the doc's own).
   */
  words: Token[];
}

export class SentenceShare {
  private readonly byText = new Map<string, SharedSentence[]>();
  private readonly bySentence = new Map<Sentence, SharedSentence>();
  private count = 0;

  /** The shared reading of a sentence of `doc`. */
  of(doc: Doc, sentence: Sentence): SharedSentence {
    let shared = this.bySentence.get(sentence);
    if (shared !== undefined) return shared;
    const words = sentenceWords(doc, sentence);
    const variants = this.byText.get(sentence.text);
    shared = variants?.find((x) => sameWords(x.words, words));
    if (shared === undefined) {
      shared = { no: this.count++, words };
      if (variants) variants.push(shared);
      else this.byText.set(sentence.text, [shared]);
    }
    this.bySentence.set(sentence, shared);
    return shared;
  }

  /** The stand-in words of a sentence (see SharedSentence.words). */
  words(doc: Doc, sentence: Sentence): Token[] {
    return this.of(doc, sentence).words;
  }

  /** How many distinct sentences have been met. */
  get size(): number {
    return this.count;
  }
}

/** Whether two word lists read the same: same text, tag and type word by word. */
function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as Token;
    const y = b[k] as Token;
    if (x.text !== y.text || x.pos !== y.pos || x.type !== y.type) return false;
  }
  return true;
}
