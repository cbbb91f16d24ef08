/** The words of a sentence, as every reader and extractor takes them. */
import type { Doc, Sentence, Token } from '../types.js';

/** Token-index range [start, end) into a word list. */
export interface Extent {
  start: number;
  end: number;
}

/** Word lists already built, per sentence, with the token list they were cut from. */
const wordsOf = new WeakMap<Sentence, { tokens: readonly Token[]; words: Token[] }>();

/**
 * The tokens of a sentence without SPACE tokens (line breaks inside a sentence). Built once
 * per sentence and shared by every rule and reading: callers must not change it.
 */
export function sentenceWords(doc: Doc, sentence: Sentence): Token[] {
  const known = wordsOf.get(sentence);
  if (known !== undefined && known.tokens === doc.tokens) return known.words;
  const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => t.pos !== 'SPACE');
  wordsOf.set(sentence, { tokens: doc.tokens, words });
  return words;
}
