/**
 * The first step of reading people (people.ts): the runs of capitalised tokens of a sentence
 * that may hold a name ("British Foreign Secretary David Lammy", "Jean-Pierre de la Cruz"), and
 * the words of a name in a token range ("Memi|ş|o|ğ|lu" rejoined). Kept apart because everything
 * else reads these: the titles, places and candidates of people-*.ts, and extract/mention.ts;
 * it imports none of them. Also the token tests they all share (`isUpperStart`, `tight`, `textOf`).
 */
import type { Doc, Sentence, Token } from '../types.js';
import { FUNCTION_WORDS, NAME_PARTICLES, NATIONALITIES } from './names.js';
import { CONTRACTION_HEADS, HEADLINE_NAME_STOPS, POSSESSIVE_INSTITUTION_HEADS, TITLE_WORDS } from '../lang/en/people.js';
import { isGivenName } from './person-evidence.js';
import { textTwin } from './share.js';
import { lowercaseWords } from './words.js';
import { SetCache } from '../set-cache.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const UPPER_FIRST = /^\p{Lu}/u;
const ONE_INITIAL = /^\p{Lu}\.$/u;
const SYLLABLE = /^\p{Ll}{2,5}$/u;
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{1,3}$/u;
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;
const CONTRACTION = /^(\p{L}+)['’](m|re|ll|ve|d|s|t)$/u;

/** A run of capitalised tokens, [start, end) token indices in one sentence. */
export interface CapitalRun {
  start: number;
  end: number;
  sentence: number;
}

const CLOSED_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'SPACE', 'ADV', 'INTJ', 'NUM']);
export const APOSTROPHE_S = /^['’]s$/u;

export function isUpperStart(text: string): boolean {
  // ASCII first: no regex for the common case (run on every token)
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}

/** Whether `text` has a letter a-z (then its letters are not all upper case). */
export function hasAsciiLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * "I’m", "I'll", "Don’t": a contraction, which wink may tag as a proper noun at the start of a
 * quote, is never a name word.
 */
function isContraction(text: string): boolean {
  if (text.indexOf("'") < 0 && text.indexOf('’') < 0) return false; // most words end here
  const m = CONTRACTION.exec(text);
  if (m === null) return false;
  const head = (m[1] ?? '').toLowerCase();
  return CONTRACTION_HEADS.has(head) || (m[2] === 't' && head.endsWith('n'));
}

/** First word token of a sentence (skipping quotes and punctuation). */
function firstWordIndex(doc: Doc, sentence: Sentence): number {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const tok = doc.tokens[i];
    if (tok && tok.type === 'word') return i;
  }
  return -1;
}

/** True when a sentence-initial capitalised token is just a common word. */
function isCommonInitial(tok: Token, vocab: ReadonlySet<string>): boolean {
  return FUNCTION_WORDS.has(tok.lower) || (vocab.has(tok.lower) && !TITLE_WORDS.has(tok.lower) && !NATIONALITIES.has(tok.lower));
}

export const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * wink splits words at letters outside Latin-1 ("Memi|ş|o|ğ|lu", "Ł|ukasz"): a token
 * glued to the previous letter token is part of the same word.
 */
function isWordPiece(doc: Doc, i: number): boolean {
  const tok = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  return tok !== undefined && prev !== undefined && tight(prev, tok) && LETTERS.test(tok.text) && LETTERS.test(prev.text);
}

function isCapitalToken(tok: Token, initial: boolean): boolean {
  if (tok.type === 'unk' && LETTERS.test(tok.text) && isUpperStart(tok.text)) return true;
  if (tok.type !== 'word' || !isUpperStart(tok.text)) return false;
  if (tok.pos === 'PROPN') return true;
  if (initial) return tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'X';
  return !CLOSED_POS.has(tok.pos) || ONE_INITIAL.test(tok.text);
}

/** "in" of "Jae-in", "jung" of "Dae-jung": a short lower-case letter token that is no English word part. */
function isNameSyllable(doc: Doc, i: number): boolean {
  const tok = doc.tokens[i];
  const before = doc.tokens[i - 2];
  return (
    tok !== undefined &&
    before !== undefined &&
    SYLLABLE.test(tok.text) &&
    SHORT_CAPITALISED.test(before.text) &&
    !HYPHEN_SUFFIXES.has(tok.lower) &&
    !HYPHEN_PREFIXES.has(before.lower)
  );
}

/** English prefixes before a hyphen ("Ex-wife", "Anti-war", "Co-host"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['ex', 'pro', 'anti', 'non', 'co', 'vice', 'pre', 'post', 'mid', 'self', 'semi', 'sub', 'neo']);

/** English words after a hyphen that make a compound, not a name ("U.S.-led", "Anti-war"). */
const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set([
  'led', 'based', 'backed', 'born', 'owned', 'run', 'style', 'made', 'era', 'wide', 'like', 'held', 'bound', 'area',
  'war', 'free', 'old', 'year', 'day', 'up', 'off', 'out', 'time', 'term', 'scale', 'level', 'type', 'wing', 'ish', 'run',
]);

export function tight(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Runs already read, per document: people and mentions both read them (the Doc is immutable). */
const runsOf = new SetCache<Doc, CapitalRun[]>();

/**
 * Maximal runs of capitalised tokens per sentence. Particles ("de", "van", "al") and
 * tight hyphens are kept inside a run when a capitalised token follows. Read once per
 * document and shared: callers must not change the list.
 */
export function capitalRuns(doc: Doc): CapitalRun[] {
  let runs = runsOf.get(doc);
  if (!runs) {
    const twin = textTwin(doc);
    runsOf.set(doc, (runs = twin === doc ? readCapitalRuns(doc) : capitalRuns(twin)));
  }
  return runs;
}

function readCapitalRuns(doc: Doc): CapitalRun[] {
  const runs: CapitalRun[] = [];
  const vocab = lowercaseWords(doc);
  for (const sentence of doc.sentences) {
    const first = firstWordIndex(doc, sentence);
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const tok = doc.tokens[i];
      if (!tok || !isCapitalToken(tok, i === first) || isWordPiece(doc, i) || isContraction(tok.text)) {
        i++;
        continue;
      }
      // "Ex-wife Ondine Rask", "Co-host …": a compound word with a lower-case part leads no name.
      // "Kissinger to Attend Thatcher's Funeral": a title-case headline's verb leads no name either
      const start = (i === first && isCommonInitial(tok, vocab)) || LOWER_COMPOUND.test(tok.text) || (i !== first && HEADLINE_NAME_STOPS.has(tok.lower)) ? i + 1 : i;
      const end = runEnd(doc, i + 1, sentence.tokenEnd);
      if (end > start) runs.push({ start, end, sentence: sentence.i });
      i = end;
    }
  }
  return runs;
}

/** Where a capitalised run that goes on at `end` stops (before `limit`, the sentence's end). */
const isPossessiveMark = (text: string): boolean => text === "'s" || text === '’s';

function runEnd(doc: Doc, end: number, limit: number): number {
  while (end < limit) {
    const next = doc.tokens[end];
    if (!next) break;
    if (isCapitalToken(next, false) && HEADLINE_NAME_STOPS.has(next.lower)) break; // "Nikolas Vell Killed 17 In …"
    if ((isCapitalToken(next, false) && !isContraction(next.text)) || isWordPiece(doc, end) || adverbSurname(doc, end)) {
      end++;
      continue;
    }
    const after = doc.tokens[end + 1];
    // "Dayton Children's Hospital": a possessive inside an institution's name
    if (isPossessiveMark(next.text) && tight(doc.tokens[end - 1], next) && after !== undefined && isCapitalToken(after, false) && POSSESSIVE_INSTITUTION_HEADS.has(after.lower)) {
      end += 2;
      continue;
    }
    // Tight hyphen between capitalised parts: "Jean-Pierre", "Russia-Ukraine"; or a
    // lower-case syllable of a name ("Moon Jae-in"), not an English suffix ("U.S.-led").
    if (next.text === '-' && tight(doc.tokens[end - 1], next) && tight(next, after) && after && (isCapitalToken(after, false) || isNameSyllable(doc, end + 1))) {
      end += 2;
      continue;
    }
    const particles = particlesEnd(doc, end, limit);
    if (particles === null) break;
    end = particles;
  }
  return end;
}

/** Particles: "de la Cruz", "van der Berg", "al-Assad": the end of the name after them, or null. */
function particlesEnd(doc: Doc, end: number, limit: number): number | null {
  const next = doc.tokens[end] as Token;
  if (!NAME_PARTICLES.has(next.lower) || next.text !== next.lower || next.lower === 'y') return null;
  let j = end;
  while (j < limit && NAME_PARTICLES.has(doc.tokens[j]?.lower ?? '') && doc.tokens[j]?.text === doc.tokens[j]?.lower) j++;
  const hyphen = doc.tokens[j];
  if (hyphen?.text === '-' && tight(doc.tokens[j - 1], hyphen)) j++;
  const cap = doc.tokens[j];
  return cap && isCapitalToken(cap, false) && j - end <= 3 ? j + 1 : null;
}

/**
 * "Foreign Secretary James Cleverly": a capitalised word mid-sentence that wink tags as an adverb,
 * right after a known given name, is the surname.
 */
function adverbSurname(doc: Doc, i: number): boolean {
  const tok = doc.tokens[i];
  const given = doc.tokens[i - 1];
  return (
    tok !== undefined && given !== undefined && tok.pos === 'ADV' && tok.type === 'word' && isUpperStart(tok.text) &&
    hasAsciiLowercase(tok.text) && !FUNCTION_WORDS.has(tok.lower) && tight(given, tok) === false && isGivenName(given.text)
  );
}

/** A word of a name: tight letter pieces joined ("Memişoğlu"). */
export interface NameWord {
  text: string;
  lower: string;
}

/**
 * Words (excluding particles and hyphens) of a token range, split pieces rejoined. A word of one
 * token is the token itself (read only: a token has the text and lower case of a NameWord), a
 * joined one a new word: no object per word of every name read.
 */
export function nameWords(doc: Doc, start: number, end: number): NameWord[] {
  // most names: every token a word of its own, the list a copy of the tokens (of its length: a list pushed has room for 17)
  if (plainWords(doc, start, end)) return doc.tokens.slice(start, end);
  const words: NameWord[] = [];
  walkNameWords(doc, start, end, words);
  return words;
}

/** Whether `walkNameWords` would take every token of the range as a word of its own (no piece joined, none skipped). */
function plainWords(doc: Doc, start: number, end: number): boolean {
  if (start < 0 || end > doc.tokens.length) return false;
  for (let i = start; i < end; i++) {
    const tok = doc.tokens[i] as Token;
    if (tok.text === '-' || (NAME_PARTICLES.has(tok.lower) && tok.text === tok.lower)) return false;
    if (i > start && isWordPiece(doc, i)) return false;
  }
  return true;
}

/** How many words `nameWords` finds in a token range (no list made). */
export function nameWordCount(doc: Doc, start: number, end: number): number {
  return walkNameWords(doc, start, end, null);
}

/** The words of a token range into `words` (when given); returns how many. */
function walkNameWords(doc: Doc, start: number, end: number, words: NameWord[] | null): number {
  let count = 0;
  let lastToken = -1;
  for (let i = start; i < end; i++) {
    const tok = doc.tokens[i];
    if (!tok) continue;
    const joins = count > 0 && lastToken === i - 1;
    if (joins && isWordPiece(doc, i)) {
      if (words !== null) joinLast(words, tok.text);
      lastToken = i;
      continue;
    }
    // "Jean-Pierre", "Jae-in": a tight hyphen joins two pieces into one word.
    const next = doc.tokens[i + 1];
    if (joins && tok.text === '-' && next && i + 1 < end && tight(doc.tokens[i - 1], tok) && tight(tok, next)) {
      if (words !== null) joinLast(words, `-${next.text}`);
      lastToken = ++i;
      continue;
    }
    if (tok.text === '-' || (NAME_PARTICLES.has(tok.lower) && tok.text === tok.lower)) continue;
    if (words !== null) words.push(tok);
    count++;
    lastToken = i;
  }
  return count;
}

/** The last word with `piece` added: a new word (the last may be a token, never changed). */
function joinLast(words: NameWord[], piece: string): void {
  const last = words[words.length - 1] as NameWord;
  const text = last.text + piece;
  words[words.length - 1] = { text, lower: text.toLowerCase() };
}

export function textOf(doc: Doc, start: number, end: number): string {
  const a = doc.tokens[start];
  const b = doc.tokens[end - 1];
  if (!a || !b) return '';
  return doc.version.text.slice(a.start, b.end);
}
