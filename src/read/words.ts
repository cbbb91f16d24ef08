/** The words of a sentence, as every reader and extractor takes them. */
import type { Doc, Sentence, Token } from '../types.js';

/** Token-index range [start, end) into a word list. */
export interface Extent {
  start: number;
  end: number;
}

/** The tokens of a sentence without SPACE tokens (line breaks inside a sentence). */
export function sentenceWords(doc: Doc, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => t.pos !== 'SPACE');
}
