import type { Doc, Entity, NormalizedVersion, Sentence, Token } from '../types.js';
import { foldForWink } from './fold.js';
import { nlp } from './nlp.js';
import { tokenStarts } from './offsets.js';
import { AnalyzedEntity, AnalyzedToken, Word } from './token.js';
import { MAX_SENTENCE_TOKENS, tokenWindows } from './windows.js';

type Span = [number, number];

/**
 * What analyze reads from wink for one paragraph: token values, tags, sentence and entity
 * spans (token indices), and token starts relative to the paragraph.
 */
interface ParagraphReading {
  values: readonly string[];
  starts: readonly number[];
  /** Every value was found in the paragraph at its start (it can be used as the token's text). */
  verified: boolean;
  pos: readonly string[];
  lemmas: readonly string[];
  types: readonly string[];
  sentences: readonly Span[];
  entities: readonly Span[];
  entityTypes: readonly string[];
  /**
   * The Word of each token (text, lower-case forms, tags, entity type), made on first use:
   * the same in every version whose text is wink's (nothing folded).
   */
  words: readonly Word[] | null;
  /**
   * One identity per sentence (window) this paragraph makes, in order (Sentence.copy), made on
   * first use. Only given where the paragraph's text is wink's (nothing folded), so the reading
   * stands for the text too.
   */
  copies: object[];
  /** Each entity's text, made on first use: the same in every version whose text is wink's (nothing folded). */
  entityTexts: string[];
  /**
   * The reading's identity for Doc.readings: an empty object, so that a doc holds no reading
   * (docs can outlive their set's cache until a full collection; the readings' arrays then
   * outlived it too: measured 30 MB more promoted to the old generation per 1,000 versions).
   */
  id: object;
}

/**
 * wink's readings of the paragraphs of one set, by (folded) paragraph text. Versions of a
 * story repeat most of their paragraphs (an update adds a lede and keeps the rest; a
 * re-capture changes one line), and each distinct paragraph is read by wink once per set.
 */
export type ParagraphCache = Map<string, ParagraphReading>;

/** Paragraph break of normalized text (normalize makes every line break one). */
const BREAK = '\n\n';
/** The token wink makes of a paragraph break (value, tag, lemma, type), as in a whole-text read. */
const BREAK_WORD = new Word(BREAK, BREAK, 'SPACE', '\n', 'tabCRLF');

/**
 * One wink-nlp analysis of a normalized version, turned into plain data with character
 * offsets (wink gives none: they are rebuilt from the token values, see offsets.ts).
 * Every property is read from wink in bulk (`out` on the whole collection): wink's item
 * API builds an object of closures per token, sentence and entity.
 *
 * wink ends a sentence at a blank line and nothing it reads crosses one, so a text of
 * clean paragraphs is read paragraph by paragraph, each distinct paragraph once per `cache`
 * (tokens, tags, sentences and entities identical to a whole-text read: tests/analyze-paragraphs.test.ts).
 * Any other text is read whole.
 */
export function analyze(version: NormalizedVersion, cache: ParagraphCache = new Map()): Doc {
  const text = version.text;
  const folded = foldForWink(text);
  const paragraphs = paragraphsOf(folded);
  // a text read whole is not kept: only paragraphs recur across versions
  const shared = paragraphs.length > 1 ? cache : new Map<string, ParagraphReading>();
  // pushed, not mapped: `map` makes a holey list in the interpreter and a packed one in optimized
  // code, and analyze, optimized for one, was thrown away on meeting the other
  const readings: ParagraphReading[] = [];
  for (const paragraph of paragraphs) readings.push(readingOf(paragraph, shared));
  // the token list is made at its final length (pushing grew it 1.5 times at a time: 17 MB per 1,000 versions)
  let count = readings.length - 1;
  for (const reading of readings) count += reading.values.length;
  const tokens = new Array<AnalyzedToken>(count);
  const sentences: Sentence[] = [];
  const entities: Entity[] = [];
  let offset = 0;
  let at = 0;
  for (let p = 0; p < readings.length; p++) {
    const reading = readings[p] as ParagraphReading;
    if (p > 0) tokens[at] = new AnalyzedToken(at++, offset - BREAK.length, BREAK_WORD);
    const own = folded === text && reading.verified;
    placeTokens(tokens, at, reading, offset, own ? (reading.words ??= ownWords(reading)) : foldedWords(reading, text, offset));
    pushSentences(sentences, tokens, text, reading, at, folded === text ? reading.copies : null);
    pushEntities(entities, tokens, text, reading, at, folded === text ? reading.entityTexts : null);
    at += reading.values.length;
    offset += (paragraphs[p] as string).length + BREAK.length;
  }
  return { version, tokens, sentences, entities, readings: readings.map((r) => r.id) };
}

/** The tokens of one paragraph's reading at `offset`, from index `at`, of the reading's `words`. */
function placeTokens(tokens: AnalyzedToken[], at: number, reading: ParagraphReading, offset: number, words: readonly Word[]): void {
  for (let i = 0; i < words.length; i++) tokens[at + i] = new AnalyzedToken(at + i, offset + (reading.starts[i] as number), words[i] as Word);
}

/** The words of a reading whose values are the text's (nothing folded), pushed (one list shape, as `readings` in analyze). */
function ownWords(reading: ParagraphReading): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < reading.values.length; i++) words.push(wordOf(reading, i, reading.values[i] as string));
  return markEntityTypes(words, reading);
}

/** The words of a reading placed at `offset` in `text`, their text read from `text`: folding keeps lengths, so wink's tokens sit at the same offsets in the real text. */
function foldedWords(reading: ParagraphReading, text: string, offset: number): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < reading.values.length; i++) {
    const start = offset + (reading.starts[i] as number);
    words.push(wordOf(reading, i, text.slice(start, start + (reading.values[i] as string).length)));
  }
  return markEntityTypes(words, reading);
}

/** The word of a reading's `i`th token whose text is `value`. */
function wordOf(reading: ParagraphReading, i: number, value: string): Word {
  return new Word(value, lowerCase(value), reading.pos[i] ?? 'X', lowerCase(reading.lemmas[i] ?? value), reading.types[i] ?? 'word');
}

/**
 * Marks the words of each entity of the reading with its type (in order: a later entity's type
 * wins). An entity not wholly within the paragraph marks nothing (the doc does not have it either).
 */
function markEntityTypes(words: Word[], reading: ParagraphReading): Word[] {
  for (let k = 0; k < reading.entities.length; k++) {
    const span = reading.entities[k] as Span;
    if (words[span[0]] === undefined || words[span[1]] === undefined) continue;
    for (let t = span[0]; t <= span[1]; t++) (words[t] as Word).entityType = reading.entityTypes[k] as string;
  }
  return words;
}

/**
 * The sentences of one paragraph's reading whose tokens start at index `at`. `copies`: the
 * reading's sentence identities, when the paragraph's text is the one wink read.
 */
function pushSentences(sentences: Sentence[], tokens: AnalyzedToken[], text: string, reading: ParagraphReading, at: number, copies: object[] | null): void {
  let made = 0;
  for (const span of reading.sentences) {
    let first = span[0] + at;
    let last = span[1] + at;
    // spaces trimmed, very long sentences cut into windows
    while (first < last && tokens[first]?.pos === 'SPACE') first++;
    while (last > first && tokens[last]?.pos === 'SPACE') last--;
    if (last - first < MAX_SENTENCE_TOKENS) {
      pushSentence(sentences, tokens, text, first, last, copyOf(copies, made++));
      continue;
    }
    for (const [a, b] of tokenWindows(tokens, first, last)) pushSentence(sentences, tokens, text, a, b, copyOf(copies, made++));
  }
}

/** The identity of the `k`th sentence a paragraph reading makes (made once), or null without one. */
function copyOf(copies: object[] | null, k: number): object | null {
  if (copies === null) return null;
  return (copies[k] ??= {});
}

/**
 * More paragraphs than news copy has (a list of 150,000 one-line entries) are read whole: a
 * wink call and a cached reading per tiny paragraph cost more than they save (measured 18 s
 * whole against 29 s by paragraph for 150,000 lines).
 */
const MAX_PARAGRAPHS = 400;

/**
 * The paragraphs of a folded text, or the whole text as one when it is not made of clean
 * paragraphs (each non-empty, without line breaks or spaces at either end, separated by
 * exactly one blank line): only those are known to read the same alone as in the whole.
 * A text of more than MAX_PARAGRAPHS is read whole.
 */
function paragraphsOf(folded: string): string[] {
  const paragraphs = folded.split(BREAK);
  if (paragraphs.length === 1 || paragraphs.length > MAX_PARAGRAPHS) return [folded];
  for (const p of paragraphs) {
    if (p.length === 0 || p.includes('\n') || /^\s|\s$/.test(p)) return [folded];
  }
  return paragraphs;
}

function readingOf(paragraph: string, cache: ParagraphCache): ParagraphReading {
  let reading = cache.get(paragraph);
  if (reading === undefined) {
    reading = readParagraph(paragraph);
    cache.set(paragraph, reading);
  }
  return reading;
}

function readParagraph(paragraph: string): ParagraphReading {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(paragraph);
  // one collection for all properties: wink builds one (an object of closures) per call
  const all = doc.tokens();
  const entities = doc.entities();
  const values = all.out(its.value) as string[];
  const starts = tokenStarts(paragraph, values, () => all.out(its.precedingSpaces) as string[]);
  return {
    values,
    starts: starts.at,
    verified: starts.verified,
    pos: all.out(its.pos) as string[],
    lemmas: all.out(its.lemma as never) as unknown as string[],
    types: all.out(its.type) as string[],
    sentences: doc.sentences().out(its.span) as unknown as Span[],
    entities: entities.out(its.span) as unknown as Span[],
    entityTypes: entities.out(its.type) as string[],
    words: null,
    copies: [],
    entityTexts: [],
    id: {},
  };
}

/**
 * `s.toLowerCase()`, but `s` itself when it has no upper-case ASCII letter and nothing past
 * ASCII: toLowerCase always makes a new string, and two per token (lower, lemma) were kept
 * alive as long as the doc. Most words are lower case, and wink's strings are shared.
 */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** Adds the sentence of tokens [first, last] (inclusive) and marks its tokens. */
function pushSentence(sentences: Sentence[], tokens: Token[], text: string, first: number, last: number, copy: object | null): void {
  const startTok = tokens[first];
  const endTok = tokens[last];
  if (!startTok || !endTok) return;
  const i = sentences.length;
  for (let t = first; t <= last; t++) (tokens[t] as Token).sentence = i;
  sentences.push({
    i,
    start: startTok.start,
    end: endTok.end,
    text: text.slice(startTok.start, endTok.end),
    tokenStart: first,
    tokenEnd: last + 1,
    copy,
  });
}

/**
 * Adds the entities of one paragraph's reading whose tokens start at index `at` and marks their
 * tokens with their index (their words have their type). `texts`: the reading's entity texts,
 * when the paragraph's text is the one wink read. An entity not wholly within the doc is left out.
 */
function pushEntities(entities: Entity[], tokens: AnalyzedToken[], text: string, reading: ParagraphReading, at: number, texts: string[] | null): void {
  for (let k = 0; k < reading.entities.length; k++) {
    const span = reading.entities[k] as Span;
    const first = span[0] + at;
    const last = span[1] + at;
    const startTok = tokens[first];
    const endTok = tokens[last];
    if (!startTok || !endTok) continue;
    const index = entities.length;
    for (let t = first; t <= last; t++) (tokens[t] as AnalyzedToken).entity = index;
    const entityText = texts === null ? text.slice(startTok.start, endTok.end) : (texts[k] ??= text.slice(startTok.start, endTok.end));
    entities.push(new AnalyzedEntity(reading.entityTypes[k] as string, entityText, startTok.start, endTok.end, first, last + 1));
  }
}
