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
  // one pass, no intermediate slice
  const words: Token[] = [];
  const end = Math.min(sentence.tokenEnd, doc.tokens.length);
  for (let k = Math.max(0, sentence.tokenStart); k < end; k++) {
    const t = doc.tokens[k] as Token;
    if (t.pos !== 'SPACE') words.push(t);
  }
  wordsOf.set(sentence, { tokens: doc.tokens, words });
  return words;
}

/** Lower-case vocabularies already read, per document. */
const vocabularyOf = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * The words the document writes in lower case (word tokens whose text is its lower-case
 * form), read once per document for people and their evidence.
 */
export function lowercaseWords(doc: Doc): ReadonlySet<string> {
  let vocab = vocabularyOf.get(doc);
  if (!vocab) {
    const words = new Set<string>();
    for (const tok of doc.tokens) if (tok.type === 'word' && tok.text === tok.lower) words.add(tok.lower);
    vocabularyOf.set(doc, (vocab = words));
  }
  return vocab;
}
