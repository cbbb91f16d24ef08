/**
 * Sentences a set's versions repeat, told apart once per set. Versions of a story repeat
 * most of their sentences verbatim (an update adds a lede and keeps the rest), so what
 * depends only on a sentence's words — their text, tag and token type — is read once per
 * distinct sentence instead of once per version.
 *
 * A share is made per set call (checkAlignment) and dropped with it. Two sentences share
 * when they have one shape (src/read/share.ts: equal text and words read alike, the same
 * test the readings of extraction share by).
 */
import { sentenceShape, type SentenceShape } from '../read/share.js';
import type { Doc, Sentence, Token } from '../types.js';
import { contentKeys, sentenceWords } from './tokens.js';

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
  private readonly byShape = new Map<SentenceShape, SharedSentence>();
  /** The shared readings of a doc's sentences by place, per sentence list (no Map entry per sentence). */
  private readonly byList = new Map<readonly Sentence[], Array<SharedSentence | undefined>>();
  /** Sentences met outside their doc's list at their place `i` (none in a run). */
  private readonly bySentence = new Map<Sentence, SharedSentence>();
  /** The set's content keys numbered, in the order first met, and each distinct sentence's numbers. */
  private readonly keyNumbers = new Map<string, number>();
  private readonly keyLists: Array<readonly number[]> = [];

  /** The shared reading of a sentence of `doc`. */
  of(doc: Doc, sentence: Sentence): SharedSentence {
    const list = doc.sentences;
    if (list[sentence.i] !== sentence) {
      let shared = this.bySentence.get(sentence);
      if (shared === undefined) this.bySentence.set(sentence, (shared = this.read(doc, sentence)));
      return shared;
    }
    let row = this.byList.get(list);
    if (row === undefined) this.byList.set(list, (row = new Array<SharedSentence | undefined>(list.length)));
    let shared = row[sentence.i];
    if (shared === undefined) row[sentence.i] = shared = this.read(doc, sentence);
    return shared;
  }

  private read(doc: Doc, sentence: Sentence): SharedSentence {
    const shape = sentenceShape(doc, sentence);
    let shared = this.byShape.get(shape);
    if (shared === undefined) {
      shared = { no: this.byShape.size, words: sentenceWords(doc, sentence) };
      this.byShape.set(shape, shared);
    }
    return shared;
  }

  /** The stand-in words of a sentence (see SharedSentence.words). */
  words(doc: Doc, sentence: Sentence): Token[] {
    return this.of(doc, sentence).words;
  }

  /**
   * The content keys of a sentence (`contentKeys` of its words) as numbers: one number per
   * distinct key of the set, so alignment and the checks index and compare numbers, not
   * strings. Distinct keys have distinct numbers; the list is shared (never changed).
   */
  keys(shared: SharedSentence): readonly number[] {
    let ids = this.keyLists[shared.no];
    if (ids === undefined) {
      const keys = contentKeys(shared.words);
      const out = new Array<number>(keys.length);
      for (let x = 0; x < keys.length; x++) {
        const k = keys[x] as string;
        let id = this.keyNumbers.get(k);
        if (id === undefined) this.keyNumbers.set(k, (id = this.keyNumbers.size));
        out[x] = id;
      }
      this.keyLists[shared.no] = ids = out;
    }
    return ids;
  }

  /** How many distinct content keys have been numbered (every number is below it). */
  get keyCount(): number {
    return this.keyNumbers.size;
  }

  /** How many distinct sentences have been met. */
  get size(): number {
    return this.byShape.size;
  }
}
