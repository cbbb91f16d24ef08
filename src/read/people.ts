/**
 * People named in a version, read once for every rule (extract/people.ts keeps those a
 * rule's cues govern, one ClaimValue per occurrence).
 *
 * wink's lite model has no PERSON entity, so names come from capitalised runs
 * (PROPN tokens, plus capitalised NOUN/ADJ tokens such as "President"):
 * 1. Runs of capitalised word tokens inside one sentence, joined over name particles
 *    ("de", "van", "al-") and tight hyphens ("Jean-Pierre").
 * 2. Title/nationality words are split off as the person's title ("British Foreign
 *    Secretary David Lammy" → title "British Foreign Secretary"); the title extends
 *    back over lower-case role words ("retired Lt. Gen.", "presidential envoy").
 * 3. A name is accepted when it has 2–4 name words and no organisation/place/calendar
 *    word, or when it is one word that is the surname of a full name introduced in the
 *    same document ("Lammy" → David Lammy), or one word right after a title head
 *    ("President Trump", "Judge Alvarez").
 *    An untitled run right after a determiner ("the Red Cross") is never a person.
 */
import type { Doc, Sentence, Span, Token } from '../types.js';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  NATIONALITIES,
  PLACE_NAMES,
  foldSurname,
  personKey,
  surnameKey,
} from './names.js';
import { inCredit, readCredits } from './bylines.js';
import {
  CONTRACTION_HEADS,
  FAMILY_NAMES_FIRST,
  KIN_NOUNS,
  LOCATIVE_PREPOSITIONS,
  MONTH_SURNAMES,
  NON_PERSON_WORDS,
  OFFICE_FIELDS,
  OFFICE_HEADS,
  OFFICE_TITLES,
  ORGANISATION_JOINERS,
  PERSON_NOUNS,
  PLACE_NOUNS_AFTER,
  PLACE_OF_HEADS,
  PLACE_POSSESSIONS,
  ROYAL_TITLES,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_WORDS,
  isPersonNounOrPlural,
} from '../lang/en/people.js';
import { evidencedKeys, isGivenName, organisationKeys, strongPersonEvidence } from './person-evidence.js';
import { textTwin } from './share.js';
import { lowercaseWords } from './words.js';
import { SetCache } from '../set-cache.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const UPPER_FIRST = /^\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ONE_INITIAL = /^\p{Lu}\.$/u;
const SYLLABLE = /^\p{Ll}{2,5}$/u;
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{1,3}$/u;
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;
const DIGIT = /\d/u;
const ONE_LETTER = /^\p{L}$/u;
const LONE_INITIAL = /^\p{L}\.?$/u;
const REGNAL = /^[IVX]{1,5}$/u;
const CONTRACTION = /^(\p{L}+)['’](m|re|ll|ve|d|s|t)$/u;
const AGE_NUMBER = /^\d{1,3}$/u;

/** A run of capitalised tokens, [start, end) token indices in one sentence. */
export interface CapitalRun {
  start: number;
  end: number;
  sentence: number;
}

/** One person named at one place in the text. */
export interface PersonMention {
  /** Name tokens [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** First token of the title (== tokenStart without a title). */
  titleStart: number;
  sentence: number;
  span: Span;
  /** The name as written ("Lammy", "David Lammy"). */
  text: string;
  title: string | null;
  /** Display name (the full name when a short form was resolved). */
  name: string;
  key: string;
  /** Followed by 's / ’s. */
  possessive: boolean;
  /** A lone surname seen once as a speaker: a person only if the set names one in full (unify.ts). */
  tentative?: boolean;
}

const CLOSED_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'SPACE', 'ADV', 'INTJ', 'NUM']);
const APOSTROPHE_S = /^['’]s$/u;

function isUpperStart(text: string): boolean {
  // ASCII first: no regex for the common case (run on every token)
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}

/** Whether `text` has a letter a-z (then its letters are not all upper case). */
function hasAsciiLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function isAcronym(text: string): boolean {
  if (hasAsciiLowercase(text)) return false; // a lower-case letter is never upper case: most words end here
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !INITIALS.test(text);
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

/** Lower-case forms that occur in the document written in lower case. */
export function lowercaseVocabulary(doc: Doc): Set<string> {
  return new Set(lowercaseWords(doc));
}

/** True when a sentence-initial capitalised token is just a common word. */
function isCommonInitial(tok: Token, vocab: ReadonlySet<string>): boolean {
  return FUNCTION_WORDS.has(tok.lower) || (vocab.has(tok.lower) && !TITLE_WORDS.has(tok.lower) && !NATIONALITIES.has(tok.lower));
}

const LETTERS = /^[\p{L}\p{M}]+$/u;

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

function tight(a: Token | undefined, b: Token | undefined): boolean {
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
      let start = i;
      if (i === first && isCommonInitial(tok, vocab)) start = i + 1;
      // "Ex-wife Ondine Rask", "Co-host …": a compound word with a lower-case part leads no name.
      if (LOWER_COMPOUND.test(tok.text)) start = i + 1;
      let end = i + 1;
      while (end < sentence.tokenEnd) {
        const next = doc.tokens[end];
        if (!next) break;
        if ((isCapitalToken(next, false) && !isContraction(next.text)) || isWordPiece(doc, end) || adverbSurname(doc, end)) {
          end++;
          continue;
        }
        const after = doc.tokens[end + 1];
        // Tight hyphen between capitalised parts: "Jean-Pierre", "Russia-Ukraine"; or a
        // lower-case syllable of a name ("Moon Jae-in"), not an English suffix ("U.S.-led").
        if (next.text === '-' && tight(doc.tokens[end - 1], next) && tight(next, after) && after && (isCapitalToken(after, false) || isNameSyllable(doc, end + 1))) {
          end += 2;
          continue;
        }
        // Particles: "de la Cruz", "van der Berg", "al-Assad".
        if (NAME_PARTICLES.has(next.lower) && next.text === next.lower) {
          let j = end;
          while (j < sentence.tokenEnd && NAME_PARTICLES.has(doc.tokens[j]?.lower ?? '') && doc.tokens[j]?.text === doc.tokens[j]?.lower) j++;
          const hyphen = doc.tokens[j];
          if (hyphen?.text === '-' && tight(doc.tokens[j - 1], hyphen)) j++;
          const cap = doc.tokens[j];
          if (cap && isCapitalToken(cap, false) && j - end <= 3 && next.lower !== 'y') {
            end = j + 1;
            continue;
          }
        }
        break;
      }
      if (end > start) runs.push({ start, end, sentence: sentence.i });
      i = end;
    }
  }
  return runs;
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

function isTitleToken(tok: Token | undefined): boolean {
  return tok !== undefined && (TITLE_WORDS.has(tok.lower) || NATIONALITIES.has(tok.lower) || PERSON_NOUNS.has(tok.lower));
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

function textOf(doc: Doc, start: number, end: number): string {
  const a = doc.tokens[start];
  const b = doc.tokens[end - 1];
  if (!a || !b) return '';
  return doc.version.text.slice(a.start, b.end);
}

/** "14-year-old Christian Angulo": an age compound right before a name marks a person. */
function agedBefore(doc: Doc, start: number): boolean {
  const t = (k: number): string => doc.tokens[start - k]?.lower ?? '';
  return t(1) === 'old' && t(2) === '-' && (t(3) === 'year' || t(3) === 'years');
}

/**
 * ", 14," / ", 14;" / ", a 14-year-old student": an age or an apposition with a person noun
 * right after a name marks a person.
 */
function personAppositionAfter(doc: Doc, end: number): boolean {
  if (doc.tokens[end]?.text !== ',') return false;
  const next = doc.tokens[end + 1];
  if (next === undefined) return false;
  if (AGE_NUMBER.test(next.text)) {
    const after = doc.tokens[end + 2];
    return after === undefined || after.type !== 'word' || after.text === '-' || after.lower === 'and';
  }
  if (next.lower !== 'a' && next.lower !== 'an') return false;
  for (let i = end + 2; i < end + 9; i++) {
    const tok = doc.tokens[i];
    if (tok === undefined || tok.text === ',' || tok.text === '.') return false;
    if (tok.text === tok.lower && isPersonNounOrPlural(tok.lower)) return true;
  }
  return false;
}

/**
 * A run of a given name that is also a title or nationality word and one more word ("Christian
 * Angulo"), in a list of names or after a person noun ("students Mason Ferrow and Christian
 * Angulo", "Christian Angulo, 19,"): the word is the given name, not a title.
 */
function givenNameFirst(doc: Doc, run: CapitalRun): boolean {
  const first = doc.tokens[run.start];
  if (run.end - run.start !== 2 || !first || !isGivenName(first.text) || isTitleToken(doc.tokens[run.start + 1])) return false;
  const before = doc.tokens[run.start - 1];
  if (before !== undefined && before.text === before.lower && isPersonNounOrPlural(before.lower)) return true;
  if (agedBefore(doc, run.start) || personAppositionAfter(doc, run.end)) return true;
  // "Mason Ferrow and Christian Angulo", "Mason Ferrow, Christian Angulo": after another name
  const link = before?.lower === 'and' || before?.text === ',';
  const name = doc.tokens[run.start - 2];
  return link && name !== undefined && name.pos === 'PROPN' && isUpperStart(name.text) && !isTitleToken(name);
}

/** Split a run into title tokens and name tokens; returns the name's first token. */
function splitTitle(doc: Doc, run: CapitalRun): number {
  // After the last title word, if something remains ("Kyiv Mayor Vitali Klitschko").
  let lastTitle = -1;
  for (let i = run.start; i < run.end; i++) if (isTitleToken(doc.tokens[i])) lastTitle = i;
  if (lastTitle >= 0 && lastTitle < run.end - 1) return lastTitle + 1;
  // Otherwise strip leading title words only ("Martin Luther King", "Jack White").
  let a = run.start;
  while (a < run.end && isTitleToken(doc.tokens[a])) a++;
  return a;
}

/** Extend a title backwards over role words, capitalised words and "of" (max 8 tokens). */
function titleStartBefore(doc: Doc, nameStart: number, sentence: Sentence): number {
  let t = nameStart;
  while (t > sentence.tokenStart && nameStart - t < 8) {
    const prev = doc.tokens[t - 1];
    // "Secretary-General": a tight hyphen inside a title.
    if (prev?.text === '-' && t < nameStart && tight(prev, doc.tokens[t]) && tight(doc.tokens[t - 2], prev)) {
      t--;
      continue;
    }
    if (!prev || prev.type !== 'word') break;
    // "students Mason Ferrow and ...": a plural person noun in lower case is the role of the names after it
    if (isTitleToken(prev) || (t === nameStart && prev.text === prev.lower && isPersonNounOrPlural(prev.lower))) {
      t--;
      continue;
    }
    // "Secretary of State": "of" between title words; "Minister of State for Health": "for" between capitalised ones.
    if (prev.lower === 'of' && t < nameStart && isTitleToken(doc.tokens[t - 2])) {
      t--;
      continue;
    }
    if (prev.lower === 'for' && t < nameStart && officeBefore(doc, t) && isUpperStart(doc.tokens[t]?.text ?? '')) {
      t--;
      continue;
    }
    // "State Department spokeswoman": capitalised words before a title word.
    if (t < nameStart && isUpperStart(prev.text) && prev.pos !== 'DET' && !isTitleToken(doc.tokens[nameStart])) {
      if (nameWordCount(doc, t - 1, t) === 1 && !PLACE_NAMES.has(prev.lower)) {
        t--;
        continue;
      }
    }
    break;
  }
  return t;
}

function isRejectedWord(tok: NameWord): boolean {
  const l = tok.lower;
  return (
    (NON_PERSON_WORDS.has(l) && !FAMILY_NAMES_FIRST.has(l)) ||
    CALENDAR_WORDS.has(l) ||
    TITLE_WORDS.has(l) ||
    NATIONALITIES.has(l) ||
    FUNCTION_WORDS.has(l) ||
    isAcronym(tok.text) ||
    DIGIT.test(l) ||
    ONE_LETTER.test(l)
  );
}

interface Candidate {
  start: number;
  end: number;
  titleStart: number;
  sentence: number;
  words: number;
  /** The name's words, lower case ("moon", "jae-in"). */
  lower: string[];
  afterTitleHead: boolean;
  /** The name as written, and its `personKey`: read once (evidence, the index and resolution all ask). */
  text: string;
  key: string;
  /** Its `surnameKey`, once asked. */
  surname?: string;
  /** One word that names a place ("Israel"): a person only as the surname of a full name of the document. */
  placeWord?: boolean;
}

function surnameOfCandidate(c: Candidate): string {
  return (c.surname ??= surnameKey(c.text));
}

function runSpan(doc: Doc, run: CapitalRun): Span {
  return { start: doc.tokens[run.start]?.start ?? 0, end: doc.tokens[run.end - 1]?.end ?? 0 };
}

/** The person keys of the names a document marks as places, found by candidates(). */
const placesOf = new SetCache<Doc, ReadonlySet<string>>();

/**
 * The names a document marks as places ("south of Capo Sorbo", "the port of Marina di
 * Sorbo"), as the person keys they would have: another version of the set that only says
 * "in Marina di Sorbo" names the same place (extract/unify.ts).
 */
export function placesNamed(doc: Doc): ReadonlySet<string> {
  const twin = textTwin(doc);
  if (!placesOf.has(twin)) candidates(twin);
  return placesOf.get(twin) ?? new Set();
}

/** Name candidates of a document before short-form resolution (credits left out). */
function candidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const places = new Set<string>();
  const placeKeys = new Set<string>();
  placesOf.set(doc, placeKeys);
  const credits = readCredits(doc.version);
  let placeEnd = -1; // where the last name read as a place ends
  for (const run of capitalRuns(doc)) {
    const sentence = doc.sentences[run.sentence];
    if (!sentence || (credits.spans.length > 0 && inCredit(credits, runSpan(doc, run)))) continue; // most texts credit no one
    const givenFirst = givenNameFirst(doc, run);
    const split = givenFirst ? run.start : splitTitle(doc, run);
    // "the president of Israel Isaac Herzog": the place ends the title, the name follows;
    // "head of the Covenant School Katherine Koonce": so does an organisation's name
    const placedAt = afterPlaceOfTitle(doc, run, split);
    const placed = placedAt > split;
    const start = placed ? placedAt : personAfterHead(doc, split, run.end);
    if (start >= run.end) continue;
    const words = nameWords(doc, start, run.end);
    if (words.length === 0 || words.length > 4) continue;
    const text = textOf(doc, start, run.end);
    const whole = text.toLowerCase();
    // ("Queen Sofia", "Prince Jordan": after a royal title, a place's name is a given name; "Sheriff
    // Israel said" next to Scott Israel: a lone place word may be a surname, see `personCandidates`)
    const placeWord = PLACE_NAMES.has(whole) && !(start > run.start && ROYAL_TITLES.has(doc.tokens[start - 1]?.lower ?? ''));
    const before = doc.tokens[start - 1]?.lower ?? '';
    // ("the queen of Nepal", "large parts of Nepal": after "of" too)
    if (placeWord && (words.length > 1 || before === 'to' || before === 'of' || LOCATIVE_PREPOSITIONS.has(before))) continue;
    if (townAndState(doc, words, start)) continue;
    if (hasRejectedWord(words, givenFirst, monthSurname(doc, words, run.end))) {
      if (!headWordSurname(doc, words, start, run.end, sentence)) continue;
    }
    if (words.length > 1 && words.every((w) => PLACE_NAMES.has(w.lower))) continue;
    // A title left without its name ("Environment Minister said", after a cut) is no person;
    // surnames that are also title words ("Martin Luther King") come after a given name.
    const last = words[words.length - 1];
    if (last && OFFICE_HEADS.has(last.lower)) continue;
    // A lone initial ("X.") is no name.
    if (words.length === 1 && LONE_INITIAL.test(words[0]?.text ?? '')) continue;
    const titleStart = placed ? placeTitleStart(doc, run.start, sentence) : titleStartBefore(doc, start, sentence);
    // "the Red Cross", "the Kremlin": a determiner right before an untitled name marks a thing.
    // ("the Trump administration" still names Trump: one word is left to short-form resolution.)
    if (words.length > 1 && titleStart === start && doc.tokens[start - 1]?.pos === 'DET') continue;
    if (organisationTail(doc, words, start, titleStart)) continue;
    // "south of Capo Sorbo", "the port of Marina di Sorbo": a place, wherever else it is named
    // ("the provinces of Farah and Badghis": a name listed right after such a place is one too)
    if (titleStart === start && (placeOf(doc, start) || listedAfterPlace(doc, start, placeEnd, words))) {
      places.add(words.map((w) => w.lower).join(' '));
      placeKeys.add(personKey(text));
      placeEnd = run.end;
      continue;
    }
    const head = doc.tokens[placed ? run.start - 2 : start - 1];
    const afterTitleHead = titleStart < start && ((head !== undefined && TITLE_HEADS.has(head.lower)) || officeOfTitle(doc, titleStart, start));
    const c: Candidate = { start, end: run.end, titleStart, sentence: run.sentence, words: words.length, lower: words.map((w) => w.lower), afterTitleHead, text, key: personKey(text) };
    if (placeWord) c.placeWord = placeWord;
    out.push(c);
  }
  return places.size === 0 ? out : out.filter((c) => !places.has(c.lower.join(' ')));
}

/**
 * "the Committee for Emergency Situations said", "the U.S. Geological Survey said": words before
 * "said" that are the tail of an organisation's name, cut from its head by a joining word or an
 * abbreviation, are no person, unless they start with a known given name or family name.
 */
function organisationTail(doc: Doc, words: readonly NameWord[], start: number, titleStart: number): boolean {
  const first = words[0];
  if (words.length < 2 || first === undefined || isGivenName(first.text) || FAMILY_NAMES_FIRST.has(first.lower)) return false;
  return titleStart === start ? joinedToOrganisation(doc, start) : modifierTitle(doc, titleStart, start);
}

/**
 * "Committee for | Emergency Situations", "the Friends of | Lake Varna": a name right after a
 * joining word ("of", "for", "on", "and") that follows capitalised words holding an organisation's
 * head noun, or led by a determiner ("the"). ("Mayor Ana Ruiz of Port Sella": no head noun, no "the".)
 */
function joinedToOrganisation(doc: Doc, start: number): boolean {
  const joiner = doc.tokens[start - 1];
  if (joiner === undefined || joiner.text !== joiner.lower || !ORGANISATION_JOINERS.has(joiner.lower)) return false;
  // "the Red Cross and Tovar Lenz, the governor": "and" joins a name's parts only after "of", "for", "on"
  let joined = joiner.lower !== 'and';
  let head = false;
  let capitals = 0;
  let k = start - 2;
  for (; k >= 0; k--) {
    const tok = doc.tokens[k] as Token;
    if (tok.sentence !== joiner.sentence || tok.pos === 'DET') break;
    if (tok.type === 'word' && isUpperStart(tok.text)) {
      head ||= NON_PERSON_WORDS.has(tok.lower) && !FAMILY_NAMES_FIRST.has(tok.lower);
      capitals++;
    } else if (capitals > 0 && ORGANISATION_JOINERS.has(tok.text)) {
      joined ||= tok.text !== 'and';
    } else break;
  }
  const led = head || doc.tokens[k]?.pos === 'DET';
  return joined && led && capitals > 0 && isUpperStart(doc.tokens[start - 2]?.text ?? '');
}

/**
 * "the U.S. Geological Survey", "U.N. Refugee Agency": a "title" of nationality words and
 * abbreviations only, with no person's role, makes a thing's name when a determiner leads it or
 * an abbreviation is in it ("Kenyan Grace Achieng" keeps her given name, see `organisationTail`).
 */
function modifierTitle(doc: Doc, titleStart: number, start: number): boolean {
  let abbreviation = false;
  for (let i = titleStart; i < start; i++) {
    const tok = doc.tokens[i] as Token;
    if (tok.type !== 'word') continue;
    if (TITLE_HEADS.has(tok.lower) || OFFICE_HEADS.has(tok.lower) || isPersonNounOrPlural(tok.lower)) return false;
    const initials = INITIALS.test(tok.text) || isAcronym(tok.text);
    if (!initials && !NATIONALITIES.has(tok.lower)) return false;
    if (initials) abbreviation = true;
  }
  return abbreviation || doc.tokens[titleStart - 1]?.pos === 'DET';
}

/**
 * Whether a word of a name rules it out: in a one-word name any such word, in a longer one
 * (`isRejectedWordMulti`) not the given name of `givenFirst` nor the month of `month` at its end.
 */
function hasRejectedWord(words: readonly NameWord[], givenFirst: boolean, month: boolean): boolean {
  if (words.length === 1) return isRejectedWord(words[0] as NameWord);
  for (let i = 0; i < words.length; i++) {
    if (givenFirst && i === 0) continue;
    if (month && i === words.length - 1) continue;
    if (isRejectedWordMulti(words[i] as NameWord, i, words.length)) return true;
  }
  return false;
}

/**
 * "Fire Service commander Mike Hall said", "spokeswoman Ann Church": a given name and a
 * surname that is also an organisation or place head word ("Hall", "Church", "Bridge") name a
 * person when a person's role comes right before them or a speech verb right after.
 */
function headWordSurname(doc: Doc, words: readonly NameWord[], start: number, end: number, sentence: Sentence): boolean {
  const [given, surname] = words;
  if (words.length !== 2 || !given || !surname || !isGivenName(given.text) || isRejectedWordMulti(given, 0, 2)) return false;
  const l = surname.lower;
  if (!NON_PERSON_WORDS.has(l) || CALENDAR_WORDS.has(l) || FUNCTION_WORDS.has(l) || isAcronym(surname.text) || DIGIT.test(l)) return false;
  const titleStart = titleStartBefore(doc, start, sentence);
  for (let i = titleStart; i < start; i++) {
    const tok = doc.tokens[i];
    if (tok && (TITLE_HEADS.has(tok.lower) || isPersonNounOrPlural(tok.lower))) return true;
  }
  // "Cynthia Peak, 61,", "Cora Peel (age 61)", "61-year-old Ann Church": an age marks a person
  if (personAppositionAfter(doc, end) || agedBefore(doc, start) || ageInBrackets(doc, end)) return true;
  let j = end;
  while (doc.tokens[j]?.pos === 'ADV') j++;
  return SPEECH_VERBS.has(doc.tokens[j]?.lower ?? '');
}

/** "(age 61)", "(61)", "(aged 61)" right after a name. */
function ageInBrackets(doc: Doc, end: number): boolean {
  if (doc.tokens[end]?.text !== '(') return false;
  let k = end + 1;
  if (doc.tokens[k]?.lower === 'age' || doc.tokens[k]?.lower === 'aged') k++;
  return AGE_NUMBER.test(doc.tokens[k]?.text ?? '') && doc.tokens[k + 1]?.text === ')';
}

/** The name at `start` follows "<place word> of" ("south of", "the port of"). */
function placeOf(doc: Doc, start: number): boolean {
  const head = doc.tokens[start - 2];
  return doc.tokens[start - 1]?.lower === 'of' && head !== undefined && head.text === head.lower && PLACE_OF_HEADS.has(head.lower);
}

/**
 * "the provinces of Farah and Badghis", "the towns of Amatrice, Accumoli and Arquata": a name
 * joined only by commas, "and" or "or" to a name read as a place (`placeEnd`, where it ends) is
 * a place too, unless it starts with a known given name ("... south of Kessa and Ana Ruiz said").
 */
function listedAfterPlace(doc: Doc, start: number, placeEnd: number, words: readonly NameWord[]): boolean {
  if (placeEnd < 0 || start <= placeEnd || start - placeEnd > 2 || isGivenName(words[0]?.text ?? '')) return false;
  for (let i = placeEnd; i < start; i++) {
    const t = doc.tokens[i]?.lower;
    if (t !== ',' && t !== 'and' && t !== 'or') return false;
  }
  return true;
}

/**
 * "in Winder Georgia", "near Dunmore Ohio": after a locative preposition, a name of two words
 * whose last is a known country or state and whose first is no known given name is a town and its
 * state written without the comma ("Paris Hilton" keeps her given name).
 */
function townAndState(doc: Doc, words: readonly NameWord[], start: number): boolean {
  if (words.length !== 2 || !PLACE_NAMES.has(words[1]?.lower ?? '') || isGivenName(words[0]?.text ?? '')) return false;
  const before = doc.tokens[start - 1]?.lower ?? '';
  return before === 'to' || LOCATIVE_PREPOSITIONS.has(before);
}

/** Most words of a place name that leads a run ("Israel", "New Zealand", "Saudi Arabia"). */
const PLACE_WORDS_MAX = 3;

/**
 * "the president of Israel Isaac Herzog", "Grand Duke of Luxembourg Henri", "Mayor of Kelmar
 * Ana Ruiz" (with Kelmar a known place): in a run right after "<title> of", a leading place name
 * ends the title and the words after it are the person's name; so do the words of an office's
 * field ("Chief of Defence Staff Omar Tallis", "Minister of State for Disaster Management Jan
 * Okoro", "Director of Public Prosecutions Ana Ruiz"). Returns the name's first token (`split`,
 * the end of the run's own title words, when the run does not read so; the run's end when it is
 * all field: "Minister of State for Disaster Management said" names no one).
 */
function afterPlaceOfTitle(doc: Doc, run: CapitalRun, split: number): number {
  if (!officeBefore(doc, run.start)) return split;
  if (split === run.start) {
    for (let k = Math.min(PLACE_WORDS_MAX, run.end - run.start - 1); k >= 1; k--) {
      const place = textOf(doc, run.start, run.start + k).toLowerCase();
      if (PLACE_NAMES.has(place) && !isTitleToken(doc.tokens[run.start + k])) return run.start + k;
    }
  }
  const field = afterOfficeField(doc, split, run.end);
  if (field > split || split > run.start) return field;
  // a place the gazetteer does not know ("Sultan of Estrava Hamid Rahimi"): up to a known given name and a surname
  for (let k = 1; k <= PLACE_WORDS_MAX && run.end - (run.start + k) >= 2; k++) {
    if (isGivenName(doc.tokens[run.start + k]?.text ?? '')) return run.start + k;
  }
  return run.start;
}

/**
 * "<title> of" / "<Title> for" right before `start` ("President of", "Minister of State for"): "for"
 * only after a capitalised title word ("a lawyer for Ana Ruiz" names her, not her field).
 */
function officeBefore(doc: Doc, start: number): boolean {
  const link = doc.tokens[start - 1]?.lower;
  const title = doc.tokens[start - 2];
  if (!isTitleToken(title)) return false;
  return link === 'of' || (link === 'for' && isUpperStart(title?.text ?? ''));
}

/**
 * The first token from `from` that is not a word of an office's field or title ("Disaster
 * Management", "Public Prosecutions", "Staff"): `end` when all are, else the name's first token.
 */
function afterOfficeField(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && (OFFICE_FIELDS.has(doc.tokens[k]?.lower ?? '') || isTitleToken(doc.tokens[k]))) k++;
  return k;
}

/**
 * Whether a title holds an office head before "of"/"for" ("Chief of Staff", "Secretary of State",
 * "Minister of State for Health"): a lone surname after such a title is a person's, as after "President".
 */
function officeOfTitle(doc: Doc, titleStart: number, start: number): boolean {
  for (let i = titleStart; i < start - 2; i++) {
    const link = doc.tokens[i + 1]?.lower;
    if ((link === 'of' || link === 'for') && OFFICE_TITLES.has(doc.tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "the Covenant School Katherine Koonce", "Kelmar Fire Service Ana Ruiz": a run whose last
 * organisation or place head word is followed by a known given name and one or two more words
 * names the organisation, then the person. Returns the person's first token (else `start`).
 */
function personAfterHead(doc: Doc, start: number, end: number): number {
  let head = -1;
  for (let i = start; i < end; i++) {
    const l = doc.tokens[i]?.lower ?? '';
    if (NON_PERSON_WORDS.has(l) && !FAMILY_NAMES_FIRST.has(l)) head = i;
  }
  const given = doc.tokens[head + 1];
  if (head < 0 || given === undefined || !isGivenName(given.text)) return start;
  const words = nameWordCount(doc, head + 1, end);
  return words >= 2 && words <= 3 ? head + 1 : start;
}

/** The title of a name read by `afterPlaceOfTitle`: the title words before "of" ("Grand Duke of Luxembourg"). */
function placeTitleStart(doc: Doc, runStart: number, sentence: Sentence): number {
  const t = titleStartBefore(doc, runStart - 1, sentence);
  return t < runStart - 1 ? t : runStart - 1;
}

/**
 * "Theresa May", "Brian June": a month as the last word of a name whose first word is a known
 * given name, with no day number after it ("Theresa May 4" would be a date).
 */
function monthSurname(doc: Doc, words: readonly NameWord[], end: number): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !MONTH_SURNAMES.has(last.lower) || !isGivenName(words[0]?.text ?? '')) return false;
  return !DIGIT.test(doc.tokens[end]?.text ?? '');
}

/**
 * In a multi-word name, place words are fine ("Paris Hilton") but not organisation or
 * calendar words; a title word may only be the surname ("Martin Luther King", "Jack White").
 * A family name written first is no organisation word ("Park Min-seo", not "Central Park").
 */
function isRejectedWordMulti(tok: NameWord, i: number, count: number): boolean {
  const l = tok.lower;
  if (i < count - 1 && (TITLE_WORDS.has(l) || NATIONALITIES.has(l))) return true;
  const familyFirst = i === 0 && FAMILY_NAMES_FIRST.has(l);
  // A regnal number after a name ("Pope Leo XIV", "King Charles III"), or inside one ("King Ulf XIV Adolf").
  if (i > 0 && REGNAL.test(tok.text) && (i === count - 1 || tok.text.length >= 2)) return false;
  return (
    (NON_PERSON_WORDS.has(l) && !familyFirst) || CALENDAR_WORDS.has(l) || FUNCTION_WORDS.has(l) || isAcronym(tok.text) || DIGIT.test(l)
  );
}

const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'stated', 'states', 'wrote', 'writes',
  'argued', 'argues', 'warned', 'warns', 'explained', 'explains', 'insisted', 'insists', 'acknowledged',
  'testified', 'tweeted', 'posted', 'announced', 'announces', 'claimed', 'claims', 'suggested', 'suggests',
]);

const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'toward', 'towards', 'outside', 'inside', 'of', 'around', 'through']);

/** A speech verb within 8 tokens after the name, in the same sentence ("Polyakova from the X noted"). */
function attributes(doc: Doc, c: Candidate): boolean {
  for (let j = c.end; j < c.end + 8; j++) {
    const tok = doc.tokens[j];
    if (!tok || tok.sentence !== c.sentence) return false;
    if (ATTRIBUTION_VERBS.has(tok.lower)) return true;
    // "Meteorology, Climatology and Geophysics Agency said": a list of name parts.
    if (tok.text === ',' || tok.text === ';' || tok.lower === 'and' || tok.lower === 'or') return false;
  }
  return false;
}

function isModifier(next: Token | undefined): boolean {
  return next !== undefined && next.type === 'word' && next.text === next.lower && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * Surnames used alone, never introduced in full (a copy that starts mid-story, or an
 * AI rewrite that drops first names): kept when the word is never after a locative
 * preposition anywhere in the document ("in Bakhmut" marks a place), and either occurs
 * at least twice as a one-word candidate with at least one use as the subject of a
 * verb ("Rubio wrote", "Rubio also spoke"), or is the speaker of a statement
 * ("Polyakova from the Center ... noted").
 */
function recurringSubjects(doc: Doc, cands: readonly Candidate[]): Map<string, Strength> {
  const counts = new Map<string, number>();
  const subject = new Set<string>();
  const speakers = new Set<string>();
  for (const c of cands) {
    if (c.words !== 1) continue;
    // A capitalised common noun ("Organisers said") is tagged NOUN and has a lemma of its own.
    const first = doc.tokens[c.start];
    if (first && (first.pos !== 'PROPN' || first.lemma !== first.lower)) continue;
    const tok = { lower: c.text.toLowerCase() };
    // "Local officials said", "Election workers": a capitalised modifier of a common noun.
    if (isModifier(doc.tokens[c.end])) continue;
    counts.set(tok.lower, (counts.get(tok.lower) ?? 0) + 1);
    let j = c.end;
    while (doc.tokens[j]?.pos === 'ADV') j++;
    const verb = doc.tokens[j];
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !tight(doc.tokens[j - 1], verb)) subject.add(tok.lower);
    if (attributes(doc, c)) speakers.add(tok.lower);
  }
  const located = locatedWords(doc);
  const out = new Map<string, Strength>();
  for (const [word, n] of counts) {
    if (located.has(word)) continue;
    if (n >= 2 && (subject.has(word) || speakers.has(word))) out.set(surnameKey(word), 'strong');
    else if (speakers.has(word)) out.set(surnameKey(word), 'tentative');
  }
  return out;
}

/**
 * Capitalised words a document uses as places: after a locative preposition ("in Bakhmut"),
 * also past a country's possessive and its adjectives ("in Ecuador's central Andes"), right
 * before a landform's or a settlement's noun ("the Sangalpa volcano erupted", "Kelmar Province"),
 * before a possessive of a place's office or people ("Kelmar's governor"), and listed with such a
 * place ("in Farah and Badghis", "in Herat, Farah, and Badghis").
 */
function locatedWords(doc: Doc): Set<string> {
  const located = new Set<string>();
  // the last token of the last place read (a place of several words: "in San Pedro and Kessa"),
  // and whether that place was an item after a bare comma ("Herat, Farah, and …")
  let lastPlace = -1;
  let commaItem = false;
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i] as Token;
    if (!isUpperStart(tok.text)) continue;
    const listed = listedWithPlace(doc, i, lastPlace, commaItem);
    if (placeWordAt(doc, i) || listed !== null) {
      located.add(tok.lower);
      commaItem = listed === ',';
      if (!CALENDAR_WORDS.has(tok.lower)) lastPlace = i; // "In March, Ruiz said": a month leads no list of places
    } else if (lastPlace === i - 1) {
      lastPlace = i; // "San Pedro": the place goes on
    }
  }
  return located;
}

/** Whether the capitalised token at `i` is used as a place by the words around it (see `locatedWords`). */
function placeWordAt(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  // "the Kelmar district", "Kelmar Province"
  if (next !== undefined && PLACE_NOUNS_AFTER.has(next.lower) && (next.text === next.lower || isUpperStart(next.text))) return true;
  // "Kelmar's governor", "Kelmar’s residents"
  const owned = doc.tokens[i + 2];
  if (next !== undefined && APOSTROPHE_S.test(next.text) && owned !== undefined && owned.text === owned.lower && PLACE_POSSESSIONS.has(owned.lower)) return true;
  let k = i - 1;
  while (k > 0 && doc.tokens[k]?.pos === 'ADJ' && !isUpperStart(doc.tokens[k]?.text ?? '')) k--;
  if (APOSTROPHE_S.test(doc.tokens[k]?.text ?? '') && isUpperStart(doc.tokens[k - 1]?.text ?? '')) k -= 2;
  return LOCATIVES.has(doc.tokens[k]?.lower ?? '');
}

/** Most items of a list of places read ahead to find its "and"/"or". */
const LIST_ITEMS_MAX = 6;

/**
 * "Farah and Badghis", "Herat, Farah, and Badghis": how the capitalised token at `i` is the next
 * item of a list whose item before ends at `lastPlace` ("and" or ","; null: it is not). An item
 * after a bare comma counts only when the list goes on to an "and"/"or" ("In Kessa, Ruiz said"
 * is no list); ", and" only after such an item ("in Saudi Arabia, and Ruiz met" joins clauses);
 * and no item is followed by a verb ("in Kessa and Ruiz said": Ruiz is the next clause's subject).
 */
function listedWithPlace(doc: Doc, i: number, lastPlace: number, commaItem: boolean): 'and' | ',' | null {
  if (lastPlace < 0 || i - lastPlace > 3) return null;
  const a = doc.tokens[lastPlace + 1];
  let join: 'and' | ',' | null = null;
  if (i - lastPlace === 2) join = joins(a) ? 'and' : a?.text === ',' && listGoesOn(doc, i) ? ',' : null;
  else if (i - lastPlace === 3 && commaItem && a?.text === ',' && joins(doc.tokens[lastPlace + 2])) join = 'and';
  if (join === null) return null;
  let end = i + 1;
  while (isUpperStart(doc.tokens[end]?.text ?? '')) end++;
  const after = doc.tokens[end]?.pos;
  return after === 'VERB' || after === 'AUX' ? null : join;
}

function joins(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === 'and' || t.lower === 'or');
}

/** Whether a list item starting at `i` is followed, over more comma-set items, by "and"/"or". */
function listGoesOn(doc: Doc, i: number): boolean {
  let j = i;
  for (let items = 0; items < LIST_ITEMS_MAX; items++) {
    while (isUpperStart(doc.tokens[j]?.text ?? '')) j++;
    const t = doc.tokens[j]?.lower;
    if (t === 'and' || t === 'or') return true;
    if (t !== ',') return false;
    const after = doc.tokens[j + 1]?.lower;
    if (after === 'and' || after === 'or') return true;
    if (!isUpperStart(doc.tokens[j + 1]?.text ?? '')) return false;
    j++;
  }
  return false;
}

/**
 * How sure a lone surname is: `strong` (after a title head, or the recurring subject of a
 * verb), `tentative` (one statement: "Polyakova ... noted", but also "Ryanair said"). A
 * tentative name is kept only if the set names a person with that surname in full.
 */
type Strength = 'strong' | 'tentative';

/**
 * People do not depend on the rule, so they are found once per document (memoised on
 * the Doc object, which is immutable; the cache dies with the Doc).
 */
const peopleOf = new SetCache<Doc, PersonMention[]>();

/** Every person named in the document, in text order, short forms resolved. */
export function findPeople(doc: Doc): PersonMention[] {
  let people = peopleOf.get(doc);
  if (!people) {
    // a version with the text of an earlier one of its set names the same people (share.ts)
    const twin = textTwin(doc);
    people = twin === doc ? readPeople(doc) : findPeople(twin);
    peopleOf.set(doc, people);
  }
  return people;
}

/**
 * Names of two or more words a document gives no evidence for (read with its people), and the
 * keys of the names it marks as organisations: another version of the set may show such a name
 * to be a person's ("Argentina's Marcela Ruiz" here, "Argentine President Marcela Ruiz" there).
 */
interface Unconfirmed {
  mentions: PersonMention[];
  organisations: ReadonlySet<string>;
}

const unconfirmedOf = new SetCache<Doc, Unconfirmed>();

/** Candidates that are people: multi-word runs need evidence (person-evidence.ts). */
function personCandidates(doc: Doc): Candidate[] {
  const all = confirmedInText(doc, candidates(doc));
  // (a lone place word reused is no surname: "Winder, Georgia" makes no person of "Winder Georgia")
  const singles = new Set(all.filter((c) => c.words === 1 && c.placeWord !== true && !articleNoun(doc, c)).map((c) => c.lower[0] ?? ''));
  // the evidence reads a run's place and words: not a copy of every candidate
  const runs = all.map((c) => ({ start: c.start, end: c.end, titleStart: c.titleStart, sentence: c.sentence, words: c.lower, key: c.key }));
  const evidenced = evidencedKeys(doc, runs, singles, (c) => c.key);
  const organisations = organisationKeys(doc, runs, (c) => c.key);
  const mentions: PersonMention[] = [];
  for (const c of all) {
    if (c.words < 2 || evidenced.has(c.key) || organisations.has(c.key)) continue;
    const m = mentionOf(doc, c, c.text, c.text, c.key);
    if (m) mentions.push(m);
  }
  unconfirmedOf.set(doc, { mentions, organisations });
  return all.filter((c) => c.words === 1 || evidenced.has(c.key));
}

/**
 * Candidates less two kinds that need the rest of the document: a lone place word that is no
 * surname of a full name there ("Israel said" stays only next to "Scott Israel"), and a name
 * found only in a title-case line ("Sheriff IDs Suspect As Nikolas Cruz": every word of a
 * headline is capitalised) whose first word is no known given name.
 */
function confirmedInText(doc: Doc, all: Candidate[]): Candidate[] {
  const titleCase = titleCaseSentences(doc);
  if (titleCase.size === 0 && !all.some((c) => c.placeWord === true)) return all; // most documents
  const surnames = new Set<string>();
  for (const c of all) if (!titleCase.has(c.sentence) && (c.words > 1 || c.placeWord !== true)) surnames.add(surnameOfCandidate(c));
  const full = new Set(all.filter((c) => c.words > 1 && !titleCase.has(c.sentence)).map(surnameOfCandidate));
  return all.filter((c) => {
    if (c.placeWord === true) return full.has(surnameOfCandidate(c));
    return !titleCase.has(c.sentence) || isGivenName(c.text.split(/\s+/u)[0] ?? '') || surnames.has(surnameOfCandidate(c));
  });
}

/** Fewest words of a title-case line. */
const TITLE_CASE_WORDS = 4;

/**
 * Sentences in title case: at least `TITLE_CASE_WORDS` words, every one capitalised but short
 * function words, and either a capitalised function word after the first ("17 Dead In Florida
 * High School Shooting, Sheriff IDs Suspect As ...", which sentence case never has) or, with
 * function words in lower case as most style books set headlines, a capitalised verb ("Death
 * Toll Climbs to 19 as Search Continues"; a line of names, "Prince X and Princess Y of Z", has none).
 */
export function titleCaseSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const sentence of doc.sentences) if (isTitleCase(doc, sentence)) out.add(sentence.i);
  return out;
}

function isTitleCase(doc: Doc, sentence: Sentence): boolean {
  let words = 0;
  let functionWord = false;
  let verb = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const tok = doc.tokens[i];
    if (!tok || tok.type !== 'word' || !LETTERS.test(tok.text)) continue;
    words++;
    if (!isUpperStart(tok.text)) {
      if (!FUNCTION_WORDS.has(tok.lower) || tok.lower.length > 4) return false;
    } else if (words > 1 && FUNCTION_WORDS.has(tok.lower) && tok.lower.length > 1) functionWord = true;
    // (a participle may be part of a title: "Acting High Commissioner X")
    else if (words > 1 && tok.pos === 'VERB' && !tok.lower.endsWith('ing')) verb = true;
  }
  return words >= TITLE_CASE_WORDS && (functionWord || verb);
}

/**
 * "the Abbey", "the Palace": a lone capitalised word after an article is a short form of a
 * place's or a body's name, not a surname used alone ("the Trump administration" still is one).
 */
function articleNoun(doc: Doc, c: Candidate): boolean {
  return c.titleStart === c.start && doc.tokens[c.start - 1]?.pos === 'DET' && !isModifier(doc.tokens[c.end]);
}

/** A document's names of two or more words without evidence of a person (not named as organisations). */
export function unconfirmedPeople(doc: Doc): readonly PersonMention[] {
  const twin = textTwin(doc);
  findPeople(twin);
  return unconfirmedOf.get(twin)?.mentions ?? [];
}

/**
 * Keys of the names of two or more words a document reads as a person's with strong evidence
 * (person-evidence.ts `strongPersonEvidence`) at one of their mentions at least.
 */
export function stronglyNamedPeople(doc: Doc): ReadonlySet<string> {
  const twin = textTwin(doc);
  let found = strongOf.get(twin);
  if (found === undefined) {
    const keys = new Set<string>();
    for (const m of findPeople(twin)) {
      if (m.tokenEnd - m.tokenStart < 2 || keys.has(m.key)) continue;
      const words = nameWords(twin, m.tokenStart, m.tokenEnd).map((w) => w.lower);
      const run = { start: m.tokenStart, end: m.tokenEnd, titleStart: m.titleStart, sentence: m.sentence, words };
      if (words.length >= 2 && strongPersonEvidence(twin, run)) keys.add(m.key);
    }
    strongOf.set(twin, (found = keys));
  }
  return found;
}

const strongOf = new SetCache<Doc, ReadonlySet<string>>();

/** Keys of the names a document marks as organisations ("the operator Kestrel Logistics"). */
export function organisationsNamed(doc: Doc): ReadonlySet<string> {
  const twin = textTwin(doc);
  findPeople(twin);
  return unconfirmedOf.get(twin)?.organisations ?? new Set();
}

/** Full names introduced in a document, for resolving short forms. */
interface NameIndex {
  /** key → display (first occurrence). */
  display: Map<string, string>;
  bySurname: Map<string, Set<string>>;
  /** Any word of a full name (folded) → keys ("wenhua" and "li" → Li Wenhua). */
  byWord: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, word: string, key: string): void {
  const set = map.get(word) ?? new Set<string>();
  set.add(key);
  map.set(word, set);
}

function indexFullNames(doc: Doc, cands: readonly Candidate[]): NameIndex {
  const index: NameIndex = { display: new Map(), bySurname: new Map(), byWord: new Map() };
  for (const c of cands) {
    if (c.words < 2) continue;
    const { text, key } = c;
    if (!index.display.has(key)) index.display.set(key, text);
    addTo(index.bySurname, surnameOfCandidate(c), key);
    for (const w of c.lower) addTo(index.byWord, foldSurname(w), key);
  }
  return index;
}

/** The one full name a short form stands for: by surname, else by any word of the name. */
export function resolveShortForm(index: Pick<NameIndex, 'bySurname' | 'byWord'>, text: string, surname = surnameKey(text)): string | undefined {
  const bySurname = index.bySurname.get(surname);
  if (bySurname) return bySurname.size === 1 ? [...bySurname][0] : undefined;
  const byWord = index.byWord.get(foldSurname(text));
  return byWord && byWord.size === 1 ? [...byWord][0] : undefined;
}

/** A name ending in a regnal number ("Felipe VI", "Carl XVI Gustaf" is none: its number is inside). */
export function isReignName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length >= 2 && REGNAL.test(words[words.length - 1] ?? '');
}

/** "his wife, Anouk", "with her husband Tom": a lone given name after a possessive kin noun. */
function kinBefore(doc: Doc, c: Candidate): boolean {
  let k = c.titleStart - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const before = doc.tokens[k - 1]?.lower ?? '';
  return KIN_NOUNS.has(doc.tokens[k]?.lower ?? '') && (before === 'his' || before === 'her' || before === 'their');
}

/** A lone name right after a royal title ("King Tomas", "Pope Leo"): the monarch's own name. */
function royalShortForm(doc: Doc, c: Candidate): boolean {
  return c.titleStart < c.start && ROYAL_TITLES.has(doc.tokens[c.start - 1]?.lower ?? '');
}

/**
 * "Joe and Ann Brett": a lone given name joined by "and" to a two-word name is a couple
 * sharing the surname ("Joe Brett"), not a short form of anyone.
 */
function coupleName(doc: Doc, c: Candidate, byStart: ReadonlyMap<number, Candidate>): string | undefined {
  if (c.titleStart !== c.start || !isGivenName(c.text) || doc.tokens[c.end]?.lower !== 'and') return undefined;
  const partner = byStart.get(c.end + 1);
  if (partner === undefined || partner.words !== 2 || !isGivenName(partner.lower[0] ?? '')) return undefined;
  const space = partner.text.indexOf(' ');
  return space < 0 ? undefined : `${c.text} ${partner.text.slice(space + 1)}`;
}

function readPeople(doc: Doc): PersonMention[] {
  const cands = personCandidates(doc);
  const index = indexFullNames(doc, cands);
  const recurring = recurringSubjects(doc, cands);
  // A surname once used after a title head ("President Trump") is a person everywhere.
  for (const c of cands) if (c.words === 1 && c.afterTitleHead) recurring.set(surnameOfCandidate(c), 'strong');
  const byStart = new Map(cands.map((c) => [c.start, c]));
  const out: PersonMention[] = [];
  for (const c of cands) {
    const text = c.text;
    let key = c.key;
    let name = index.display.get(key) ?? text;
    let tentative = false;
    const couple = c.words === 1 ? coupleName(doc, c, byStart) : undefined;
    if (couple !== undefined) {
      key = personKey(couple);
      name = couple;
    } else if (c.words === 1) {
      const found = resolveShortForm(index, text, surnameOfCandidate(c));
      // "King Tomas" is not the Tomas Brenner of the same story: a monarch's name resolves to a reign name only
      const only = found !== undefined && royalShortForm(doc, c) && !isReignName(index.display.get(found) ?? '') ? undefined : found;
      // "his wife, Anouk": a person, kept where the set names her in full (a given name alone is no full name)
      const strength = c.afterTitleHead ? 'strong' : kinBefore(doc, c) ? 'tentative' : recurring.get(surnameOfCandidate(c));
      if (only !== undefined) {
        key = only;
        name = index.display.get(only) ?? text;
      } else if (strength === undefined) {
        continue;
      } else {
        tentative = strength === 'tentative';
      }
    }
    const mention = mentionOf(doc, c, text, name, key);
    if (mention) out.push(tentative ? { ...mention, tentative } : mention);
  }
  return out;
}

function mentionOf(doc: Doc, c: Candidate, text: string, name: string, key: string): PersonMention | null {
  const first = doc.tokens[c.start];
  const last = doc.tokens[c.end - 1];
  if (!first || !last) return null;
  const next = doc.tokens[c.end];
  return {
    tokenStart: c.start,
    tokenEnd: c.end,
    titleStart: c.titleStart,
    sentence: c.sentence,
    span: { start: first.start, end: last.end },
    text,
    title: c.titleStart < c.start ? textOf(doc, c.titleStart, c.start) : null,
    name,
    key,
    possessive: next !== undefined && APOSTROPHE_S.test(next.text) && tight(last, next),
  };
}

/** Whether a span overlaps any uncertain span of the version. */
export function overlapsUncertain(doc: Doc, span: Span): boolean {
  // a loop, not `some`: asked for every value, a closure each time where it runs unoptimized
  const uncertain = doc.version.uncertain;
  for (let k = 0; k < uncertain.length; k++) {
    const u = uncertain[k] as Span;
    if (u.start < span.end && span.start < u.end) return true;
  }
  return false;
}
