/** Cheap sentence similarity (Dice over lower-cased word sets), used to tell a counterpart sentence. */
import { SetCache } from '../set-cache.js';
const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'that', 'this',
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'as', 'said', 's',
]);

/** A counterpart sentence must share this much of its content words. */
export const COUNTERPART_SIMILARITY = 0.5;

function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(WORD)) {
    if (!STOP.has(m[0])) out.add(m[0]);
  }
  return out;
}

export function similarity(a: string, b: string): number {
  return dice(contentWords(a), contentWords(b));
}

function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Scratch for `numberedWords` (one per similarity function): the numbers of a sentence's words before sorting. */
interface WordScratch {
  ids: Int32Array;
}

/**
 * `contentWords` as sorted distinct numbers of one vocabulary: two sentences' shared words are
 * counted by a merge. The words of an ASCII text are cut by a scan of its character codes
 * (letters and digits; the regex with Unicode classes costs more) and looked up in place
 * (`WordTable`): no lower-case copy, no string per word, one array per sentence, the result.
 */
function numberedWords(sentence: string, vocabulary: WordTable, scratch: WordScratch): Int32Array {
  let n = 0;
  let start = -1;
  for (let i = 0; i <= sentence.length; i++) {
    const c = i < sentence.length ? sentence.charCodeAt(i) : 32;
    if (c >= 128) return numberedMatches(sentence.toLowerCase(), vocabulary, scratch);
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      n = numberWord(vocabulary.idOf(sentence, start, i), scratch, n);
      start = -1;
    }
  }
  return distinctSorted(scratch.ids, n);
}

/**
 * `numberedWords` of a text (lower case) with other than ASCII characters: its words as
 * `text.match(WORD)` gives them (for a text whose lower case is ASCII, the words the scan cuts).
 */
function numberedMatches(text: string, vocabulary: WordTable, scratch: WordScratch): Int32Array {
  let n = 0;
  for (const w of text.match(WORD) ?? []) n = numberWord(vocabulary.idOf(w, 0, w.length), scratch, n);
  return distinctSorted(scratch.ids, n);
}

/** Puts word number `id` (unless a stopword) at `n` in the scratch; the count after it. */
function numberWord(id: number, scratch: WordScratch, n: number): number {
  if (id < STOP.size) return n;
  if (n === scratch.ids.length) {
    const grown = new Int32Array(2 * n + 64);
    grown.set(scratch.ids);
    scratch.ids = grown;
  }
  scratch.ids[n] = id;
  return n + 1;
}

/**
 * The words of a set numbered (the stopwords first: a number below `STOP.size` is one), found by
 * a hash of their lower-case characters read in place (A-Z folded to a-z: the words of an ASCII
 * text, or a lower-case one), in an open-addressing table: a word is written out only when new.
 */
class WordTable {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Word number + 1 per slot (0: empty); a power of two long, at most half full. */
  private slots = new Int32Array(256);

  constructor() {
    for (const w of STOP) this.idOf(w, 0, w.length);
  }

  /** The number of the lower case of `text` from `start` to `end` (a new number for a new word). */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(i)), 0x01000193);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = (this.slots[at] as number) - 1;
      if (id < 0) break;
      if (this.hashes[id] === h && sameWord(this.words[id] as string, text, start, end)) return id;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end).toLowerCase());
    this.hashes.push(h);
    if (2 * this.words.length > this.slots.length) this.grow();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let at = (this.hashes[id] as number) & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** A-Z folded to a-z; any other code as it is. */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `word` is the lower case of `text` from `start` to `end` (A-Z folded, as `WordTable` reads it). */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lowerAscii(text.charCodeAt(start + k))) return false;
  return true;
}

/** The distinct numbers among the first `n` of `ids`, sorted, in a list of their own (`ids` is scratch). */
function distinctSorted(ids: Int32Array, n: number): Int32Array {
  // A sentence's few words sorted in place by insertion (no view of the scratch per sentence).
  const head = n > 64 ? ids.subarray(0, n).sort() : insertionSorted(ids, n);
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || head[i] !== head[i - 1]) head[distinct++] = head[i] as number;
  return ids.slice(0, distinct);
}

/** The first `n` numbers of `ids` sorted in place, ascending; `ids` returned. */
function insertionSorted(ids: Int32Array, n: number): Int32Array {
  for (let k = 1; k < n; k++) {
    const x = ids[k] as number;
    let j = k;
    for (; j > 0 && (ids[j - 1] as number) > x; j--) ids[j] = ids[j - 1] as number;
    ids[j] = x;
  }
  return ids;
}

/** `dice` over numbered word sets (the same value: the shared count and the sizes are the same). */
function diceNumbered(x: Int32Array, y: Int32Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** Verdicts of the pair table: not yet asked, counterparts, not counterparts. */
const UNKNOWN = 0;
const SIMILAR = 1;
const DISSIMILAR = 2;
/**
 * Sentences whose pairs the table keeps (a 4 MB table): past them (a set of hundreds of
 * captures) a verdict is worked out each time it is asked, from word sets kept per sentence,
 * so memory stays bounded whatever the set.
 */
const TABLE_SENTENCES = 2048;

/**
 * The sentences of one set, numbered, and whether two of them are counterparts (similarity at
 * least COUNTERPART_SIMILARITY), each pair worked out once for the checks of all the set's
 * rules. The checks compare sentences by number: no key string per pair, no look-up by text
 * in their inner loops.
 */
export class SentenceIndex {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Verdicts by pair, row by first number (`cap` columns); grown by doubling. */
  private table = new Uint8Array(0);
  private cap = 0;

  /**
   * @param scorer the similarity of two numbered sentences
   * @param symmetric whether `scorer(a, b)` is `scorer(b, a)`, so one verdict serves both orders
   */
  constructor(
    private readonly scorer: (a: number, b: number) => number,
    private readonly symmetric: boolean,
  ) {}

  /** The number of a sentence (the same text, the same number). */
  idOf(sentence: string): number {
    let id = this.ids.get(sentence);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(sentence, id);
      this.texts.push(sentence);
      if (id >= this.cap && this.cap < TABLE_SENTENCES) this.grow();
    }
    return id;
  }

  text(id: number): string {
    return this.texts[id] as string;
  }

  /** The similarity of two numbered sentences (not kept). */
  score(a: number, b: number): number {
    return this.scorer(a, b);
  }

  /** Whether sentence `a` is a counterpart of sentence `b` (by number; the similarity is asked as (a, b)). */
  similar(a: number, b: number): boolean {
    if (a >= this.cap || b >= this.cap) return this.scorer(a, b) >= COUNTERPART_SIMILARITY;
    const at = a * this.cap + b;
    let verdict = this.table[at] as number;
    if (verdict === UNKNOWN) {
      verdict = this.scorer(a, b) >= COUNTERPART_SIMILARITY ? SIMILAR : DISSIMILAR;
      this.table[at] = verdict;
      if (this.symmetric) this.table[b * this.cap + a] = verdict;
    }
    return verdict === SIMILAR;
  }

  private grow(): void {
    const cap = Math.min(TABLE_SENTENCES, Math.max(64, this.cap * 2));
    const table = new Uint8Array(cap * cap);
    for (let row = 0; row < this.cap; row++) table.set(this.table.subarray(row * this.cap, (row + 1) * this.cap), row * cap);
    this.table = table;
    this.cap = cap;
  }
}

/** The index behind each similarity function the checks were given (one per set in a run). */
const indexes = new SetCache<(a: string, b: string) => number, SentenceIndex>();

/**
 * The sentence index of a similarity function: the one `createSimilarity` made with it, else
 * one that asks the function itself (in the order given: it may not be symmetric).
 */
export function sentenceIndex(similarityOf: (a: string, b: string) => number): SentenceIndex {
  let index = indexes.get(similarityOf);
  if (!index) {
    const own: SentenceIndex = new SentenceIndex((a, b) => similarityOf(own.text(a), own.text(b)), false);
    indexes.set(similarityOf, (index = own));
  }
  return index;
}

/**
 * The same measure for the sentences of one set, with the word sets of each sentence computed
 * once; its `sentenceIndex` keeps the counterpart verdicts of every pair the checks ask about.
 */
export function createSimilarity(): (a: string, b: string) => number {
  const vocabulary = new WordTable();
  const scratch: WordScratch = { ids: new Int32Array(256) };
  const words: Int32Array[] = [];
  const wordsOf = (id: number): Int32Array => {
    let w = words[id];
    if (!w) words[id] = w = numberedWords(index.text(id), vocabulary, scratch);
    return w;
  };
  // Dice is symmetric to the last bit (the same shared count and sum of sizes).
  const index: SentenceIndex = new SentenceIndex((a, b) => diceNumbered(wordsOf(a), wordsOf(b)), true);
  const similarityOf = (a: string, b: string): number => index.score(index.idOf(a), index.idOf(b));
  indexes.set(similarityOf, index);
  return similarityOf;
}
