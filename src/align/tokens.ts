/**
 * Token views of a sentence used by alignment and by the deletion diff.
 * Pure helpers over the analyze stage's `Doc`.
 */
import type { Doc, Sentence, Token } from '../types.js';
import type { SentenceRef } from '../types.js';
import type { SentenceShare, SharedSentence } from './share.js';
import { sentenceWords as readerWords } from '../read/words.js';
import { SetCache } from '../set-cache.js';

/** Function words that carry no content for alignment (lower case). */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto about as than ' +
    'that this these those which who whom whose what when where why how it its it\'s he she they ' +
    'we you i me him her them us my our your his their there here is are was were be been being ' +
    'has have had do does did will would shall should can could may might must not no also ' +
    'said says say after before over under up down out off if then while all any some more most ' +
    'such other only very just own same one s \'s ’s'
  ).split(' '),
);

const FOLDED = /[’‘′`“”″„–]/;
/** Starts with an upper-case letter. (Regexes used per token are made once: a literal is a new object each time.) */
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;
const ACRONYM_MARKS = /[.&]/g;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EDGE_QUOTES = /^'+|'+$/g;
const NO_WORDS: ReadonlySet<string> = new Set();

/** Comparison key of a token: curly quotes and apostrophes folded to ASCII. */
/**
 * The keys (`tokenKey`) of words' lower-case forms, pushed into a new list. Not `map`: it makes a
 * holey list in the interpreter and a packed one in optimized code, and code optimized for one
 * kind of list (the figure reading, the wording diffs) is thrown away on meeting the other.
 */
export function lowerKeys(words: readonly Token[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) out.push(tokenKey((words[k] as Token).lower));
  return out;
}

/** The keys of words as written, pushed into a new list (as `lowerKeys`). */
export function textKeys(words: readonly Token[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) out.push(tokenKey((words[k] as Token).text));
  return out;
}

export function tokenKey(text: string): string {
  // Most tokens have nothing to fold: one test instead of three replaces.
  if (!FOLDED.test(text)) return text;
  return text.replace(/[’‘′`]/g, "'").replace(/[“”″„]/g, '"').replace(/[–]/g, '—');
}

/** Word lists already built, per sentence, with the token list they were cut from. */
const wordsOf = new SetCache<Sentence, { tokens: readonly Token[]; words: Token[] }>();

/** The non-space tokens of a sentence (built once per sentence, shared: callers must not change it). */
export function sentenceWords(doc: Doc, sentence: Sentence): Token[] {
  const known = wordsOf.get(sentence);
  if (known !== undefined && known.tokens === doc.tokens) return known.words;
  // The readers' list (non-SPACE tokens, most often built already) is this list unless a token
  // of blank text must go: no copy per sentence.
  const read = readerWords(doc, sentence);
  const words = read.some(blank) ? read.filter((t) => !blank(t)) : read;
  wordsOf.set(sentence, { tokens: doc.tokens, words });
  return words;
}

function blank(t: Token): boolean {
  // Most tokens open with a printable ASCII character: not blank, no trim.
  const c = t.text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return t.text.trim() === '';
}

/**
 * `UPPER_START.test(text)`: an ASCII first character is upper case exactly when it is A-Z
 * (the regex with a Unicode class costs more, and runs per token).
 */
function upperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

/** Content keys already read, by token list (sentence word lists are built once and shared). */
const keysOf = new SetCache<readonly Token[], string[]>();

/** Lower-cased content tokens (words that are not stopwords, and numbers), deduplicated (shared: callers must not change it). */
export function contentKeys(tokens: readonly Token[]): string[] {
  let keys = keysOf.get(tokens);
  if (!keys) keysOf.set(tokens, (keys = readContentKeys(tokens)));
  return keys;
}

function readContentKeys(tokens: readonly Token[]): string[] {
  // Deduplicated by a scan of the few keys so far (first occurrence first), no Set per sentence;
  // a long one (a table read as one sentence) keeps a Set, so the scans stay linear.
  const keys: string[] = [];
  const seen = tokens.length > 64 ? new Set<string>() : null;
  for (const tok of tokens) {
    if (tok.type === 'punctuation' || tok.pos === 'PUNCT' || tok.pos === 'SYM') continue;
    const folded = tokenKey(tok.lower);
    // Quotes at either end stripped; most keys have none (no regex replace then).
    const key = folded.charCodeAt(0) === 39 || folded.charCodeAt(folded.length - 1) === 39 ? folded.replace(EDGE_QUOTES, '') : folded;
    if (key === '' || STOPWORDS.has(key)) continue;
    if (!LETTER_OR_DIGIT.test(key)) continue;
    if (seen ? seen.has(key) : keys.includes(key)) continue;
    keys.push(key);
    seen?.add(key);
  }
  return keys;
}

/**
 * Cheap bound before a diff: the tokens two wordings share (as multisets) bound their
 * longest common subsequence from above, so pairs that cannot be near-copies are
 * skipped without running Myers' diff, which is quadratic on dissimilar pairs.
 */
export function mayBeNearCopy(a: readonly string[], b: readonly string[], minCommon: number, minKept: number): boolean {
  // They cannot share more tokens than the shorter one has.
  if (Math.min(a.length, b.length) < minCommon) return false;
  // The multiset intersection, counted by merging the two sorted lists (each sorted once per
  // list: wordings are diffed against several pivots), so a pair allocates nothing.
  const x = sortedKeys(a);
  const y = sortedKeys(b);
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const u = x[i] as string;
    const v = y[j] as string;
    if (u === v) {
      shared++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return shared >= minCommon && shared >= minKept * Math.min(a.length, b.length);
}

/** Key lists sorted (code-unit order), per list: callers pass shared, never-changed lists. */
const sortedOf = new SetCache<readonly string[], { length: number; sorted: string[] }>();

function sortedKeys(keys: readonly string[]): readonly string[] {
  const known = sortedOf.get(keys);
  if (known !== undefined && known.length === keys.length) return known.sorted;
  const sorted = sortedCopy(keys, (x, y) => (x < y ? -1 : x > y ? 1 : 0));
  sortedOf.set(keys, { length: keys.length, sorted });
  return sorted;
}

/**
 * A sorted copy of a list, in the order a (stable) Array.prototype.sort gives: a short list by
 * insertion, without the work array `sort` allocates on every call.
 */
export function sortedCopy<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  const out = list.slice();
  if (out.length > 32) return out.sort(compare);
  for (let k = 1; k < out.length; k++) {
    const x = out[k] as T;
    let j = k;
    for (; j > 0 && compare(out[j - 1] as T, x) > 0; j--) out[j] = out[j - 1] as T;
    out[j] = x;
  }
  return out;
}

/** A token that ends a clause or opens a quote: the capitalised word after it may be a sentence start. */
export const QUOTE_OR_BREAK = /^[.!?"“”'‘’:—–(\[]+$/;

/** Capitalised mid-sentence words already read, per doc, with the token list they were read from. */
const capitalsOf = new SetCache<Doc, { tokens: readonly Token[]; sentences: readonly Sentence[]; caps: ReadonlySet<string> }>();

/**
 * Capitalised words that occur mid-sentence in a doc: a sentence-initial one of them is a name.
 * Read once per doc (deletions, changes and dropped facts all ask; shared: callers must not change it).
 */
export function midSentenceCapitals(doc: Doc): ReadonlySet<string> {
  const known = capitalsOf.get(doc);
  if (known !== undefined && known.tokens === doc.tokens && known.sentences === doc.sentences) return known.caps;
  const caps = readCapitals(doc);
  capitalsOf.set(doc, { tokens: doc.tokens, sentences: doc.sentences, caps });
  return caps;
}

function readCapitals(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
      const tok = doc.tokens[t];
      const prev = doc.tokens[t - 1];
      if (tok && prev && upperStart(tok.text) && !QUOTE_OR_BREAK.test(prev.text) && prev.pos !== 'SPACE') out.add(tok.text);
    }
  }
  return out;
}

/** Whether `needle` occurs as a contiguous run in `haystack`. */
export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A token that can be part of a name: capitalised, an acronym, or (at a sentence start)
 * a word the document also capitalises mid-sentence. `notNames` lists lower-case words
 * that never are.
 */
/** Pronouns a quote opens with ("\"We will rebuild,\" he said"): capitalised, never a name. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'our', 'us', 'my', 'his', 'her', 'their', 'its', 'your', 'me', 'them', 'him']);

export function isNameToken(t: Token, sentenceInitial: boolean, caps: ReadonlySet<string>, notNames: ReadonlySet<string> = NO_WORDS): boolean {
  if (!upperStart(t.text)) return false;
  if (notNames.has(t.lower) || PRONOUNS.has(t.lower)) return false;
  if (ACRONYM.test(t.text) && t.text.replace(ACRONYM_MARKS, '').length >= 2) return true;
  if (sentenceInitial) return caps.has(t.text);
  return t.pos !== 'PUNCT' && LETTER.test(t.text);
}

/** One distinct wording of an aligned sentence, with every version that has it word for word. */
export interface BaseWording {
  key: string;
  refs: SentenceRef[];
  doc: Doc;
  sentence: Sentence;
  words: Token[];
  /** Token keys, for diffing. */
  keys: string[];
}

/** Token keys of a sentence's words and their joined key, read once per sentence (shared: never changed). */
const wordingKeys = new SetCache<readonly Token[], { keys: string[]; key: string }>();

/** Token keys of a word list and their joined key (the list may be a shared stand-in: see share.ts). */
function wordingKeysOf(words: readonly Token[]): { keys: string[]; key: string } {
  let known = wordingKeys.get(words);
  if (!known) {
    const keys = textKeys(words);
    wordingKeys.set(words, (known = { keys, key: keys.join('\u0001') }));
  }
  return known;
}

/**
 * Whether every member of a group is a copy of one sentence of the share (the same words, so
 * one wording: `groupWordings` would give one). Most groups are a sentence copied word for
 * word: they are told by their shared readings, without reading their wordings.
 */
export function oneSharedSentence(members: readonly SentenceRef[], byId: ReadonlyMap<string, Doc>, share: SentenceShare): boolean {
  let first: SharedSentence | undefined;
  for (const m of members) {
    const doc = byId.get(m.version);
    const sentence = doc?.sentences[m.sentence];
    if (!doc || !sentence) return false;
    const shared = share.of(doc, sentence);
    if (first === undefined) first = shared;
    else if (shared !== first) return false;
  }
  return true;
}

/** Wordings already read, per group member list, with the docs its members were read from. */
const wordingsOfGroup = new SetCache<readonly SentenceRef[], { count: number; docs: Array<Doc | undefined>; wordings: BaseWording[] }>();

/**
 * The distinct wordings among the members of a sentence group, first occurrence first.
 * Deletions and changed facts both ask for every group: read once per member list and
 * docs (shared: callers must not change them). With the set's `share`, the token keys of
 * a sentence other versions repeat are read once.
 */
export function groupWordings(members: readonly SentenceRef[], byId: ReadonlyMap<string, Doc>, share?: SentenceShare): BaseWording[] {
  const known = wordingsOfGroup.get(members);
  if (known && known.count === members.length && members.every((m, k) => byId.get(m.version) === known.docs[k])) return known.wordings;
  const wordings = readWordings(members, byId, share);
  // the docs pushed, not mapped: one list shape whichever tier made it (see `lowerKeys`)
  const docs: Array<Doc | undefined> = [];
  for (const m of members) docs.push(byId.get(m.version));
  wordingsOfGroup.set(members, { count: members.length, docs, wordings });
  return wordings;
}

function readWordings(members: readonly SentenceRef[], byId: ReadonlyMap<string, Doc>, share: SentenceShare | undefined): BaseWording[] {
  const out = new Map<string, BaseWording>();
  for (const m of members) {
    const doc = byId.get(m.version);
    const sentence = doc?.sentences[m.sentence];
    if (!doc || !sentence) continue;
    const words = sentenceWords(doc, sentence);
    const { keys, key } = wordingKeysOf(share ? share.words(doc, sentence) : words);
    const existing = out.get(key);
    if (existing) existing.refs.push(m);
    else out.set(key, { key, refs: [m], doc, sentence, words, keys });
  }
  return [...out.values()];
}
