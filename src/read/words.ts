/** The words of a sentence, as every reader and extractor takes them. */
import type { Doc, Sentence, Token } from '../types.js';
import { SetCache } from '../set-cache.js';

/** Token-index range [start, end) into a word list. */
export interface Extent {
  start: number;
  end: number;
}

/** A sentence's words, with the token list they were cut from and its shape (share.ts) once asked. */
export interface SentenceWords {
  tokens: readonly Token[];
  words: Token[];
  shape?: object;
}

/** Word lists already built, per sentence. */
const wordsOf = new SetCache<Sentence, SentenceWords>();

/**
 * The tokens of a sentence without SPACE tokens (line breaks inside a sentence). Built once
 * per sentence and shared by every rule and reading: callers must not change it.
 */
export function sentenceWords(doc: Doc, sentence: Sentence): Token[] {
  return sentenceEntry(doc, sentence).words;
}

/** The cached words of a sentence (share.ts keeps the sentence's shape on it: one cache per sentence). */
export function sentenceEntry(doc: Doc, sentence: Sentence): SentenceWords {
  const known = wordsOf.get(sentence);
  if (known !== undefined && known.tokens === doc.tokens) return known;
  // one pass, no intermediate slice
  const words: Token[] = [];
  const end = Math.min(sentence.tokenEnd, doc.tokens.length);
  for (let k = Math.max(0, sentence.tokenStart); k < end; k++) {
    const t = doc.tokens[k] as Token;
    if (t.pos !== 'SPACE') words.push(t);
  }
  const entry: SentenceWords = { tokens: doc.tokens, words };
  wordsOf.set(sentence, entry);
  return entry;
}

/** Lower-case vocabularies already read, per document. */
const vocabularyOf = new SetCache<Doc, ReadonlySet<string>>();

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
