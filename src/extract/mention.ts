/**
 * The `mention` extractor: places and organisations named in a version.
 *
 * - With `names` (a story rule: ["Dnipro", "NATO"]): every whole-word, case-sensitive
 *   occurrence of each name (a possessive 's / ’s may follow); key "mention:<lower>".
 * - Without names (the generic "places and organisations named" rule): capitalised
 *   runs that are not people (nor their titles), split at hyphens and calendar words,
 *   with leading title/nationality words removed unless the run holds an organisation
 *   or place head word ("German Foreign Ministry", "State Department" stay whole).
 *   "X of/for Y" is joined when X ends in such a head word ("Center for European
 *   Policy Analysis"). To keep precision high a candidate is kept only if it has two
 *   or more words, is an acronym (NATO), is in the built-in gazetteer (countries,
 *   major cities), recurs in the document, or follows a locative ("in Kherson",
 *   "city of Dnipro").
 * With cues, only sentences containing a cue count (as for people).
 */
import { PAGE_LABEL_WORDS } from '../lang/en/page-furniture.js';
import type { ClaimValue, Doc, Extractor, MentionRule, Rule, Sentence, Span, Token } from '../types.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, NATIONALITIES, PLACE_NAMES, commonSpelling } from '../read/names.js';
import { COMPASS_ABBREVIATIONS } from '../lang/en/places.js';
import { DEMONYM_ENDINGS, FIGURE_MARKS, HEADING_AUXILIARIES, LOCATIVES_BEFORE_NAME, MENTION_NAME_JOINERS, NAMELESS_ALONE, NAMELESS_CAPITALS, PLACE_OPENERS_KEPT, PLURAL_DEMONYM_ENDINGS, NUMBERED_SERVICE_NOUNS, PLACE_NAME_OPENERS, PLACE_OF_NOUNS, TIME_ZONES } from '../lang/en/places.js';
import { NON_PERSON_WORDS, OFFICE_HEADS, STORM_MODIFIERS, STORM_NOUNS, TITLE_WORDS, isPersonNounOrPlural } from '../lang/en/people.js';
import { inCredit, readCredits } from '../read/bylines.js';
import { findPeople, overlapsUncertain, titleCaseSentences, type PersonMention } from '../read/people.js';
import { capitalRuns, nameWords, type CapitalRun, type NameWord } from '../read/people-runs.js';
import { textTwin } from '../read/share.js';
import { readQuantities } from '../read/quantities.js';
import { sentenceHasCue } from './people.js';
import { SetCache } from '../set-cache.js';
import { escapeRegExp } from '../regexp.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const INITIALISM_END = /(?:\p{L}\.){2,}$/u;
const FINAL_PERIOD = /\.$/u;
const CLOSING_MARK = /[.!?:;"”)]$/u;
const DIGIT = /\d/u;
const A_LETTER = /\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s$/u;

interface Piece {
  start: number;
  end: number;
  sentence: number;
}

function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of doc.sentences) {
    if (s.start <= offset) found = s;
    else break;
  }
  return found;
}

function makeValue(doc: Doc, rule: Rule, key: string, value: string, text: string, span: Span, sentence: Sentence | undefined): ClaimValue {
  const place = doc.version.map.place(span.start);
  return {
    rule: rule.id,
    version: doc.version.id,
    kind: 'mention',
    key,
    value,
    qualifier: null,
    text,
    sentence: sentence?.text ?? '',
    span,
    line: place.line,
    column: place.column,
    uncertain: overlapsUncertain(doc, span),
  };
}

/** Occurrences of the rule's names (whole word, case-sensitive). */
function namedMentions(doc: Doc, rule: MentionRule): ClaimValue[] {
  const out: ClaimValue[] = [];
  const text = doc.version.text;
  for (const name of rule.names) {
    if (name.trim() === '') continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const span = { start, end: start + name.length };
      out.push(makeValue(doc, rule, `mention:${name.toLowerCase()}`, name, name, span, sentenceAt(doc, start)));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
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
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function isHead(tok: Token | undefined): boolean {
  return tok !== undefined && NON_PERSON_WORDS.has(tok.lower);
}

function hasHead(doc: Doc, piece: Piece): boolean {
  for (let i = piece.start; i < piece.end; i++) if (isHead(doc.tokens[i])) return true;
  return false;
}

/**
 * Capitalised runs minus people (name and title), split at hyphens and calendar words, joined
 * over "of"/"for"/"on" after a head word, less leading titles. (In small functions: as one, its
 * optimized code was compiled again and again.)
 */
function pieces(doc: Doc): Piece[] {
  return withoutLeadingTitles(doc, joinedPieces(doc, cutPieces(doc)));
}

/** The tokens of people's names and titles. */
function personalTokens(doc: Doc): Set<number> {
  const personal = new Set<number>();
  const people = findPeople(doc);
  for (let n = 0; n < people.length; n++) {
    const p = people[n] as PersonMention;
    for (let i = p.titleStart; i < p.tokenEnd; i++) personal.add(i);
  }
  return personal;
}

/** Capitalised runs out of credit lines, cut at people, hyphens and calendar words. */
function cutPieces(doc: Doc): Piece[] {
  const personal = personalTokens(doc);
  const out: Piece[] = [];
  const credits = readCredits(doc.version);
  const runs = capitalRuns(doc);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as CapitalRun;
    if (credits.spans.length > 0) {
      const span = { start: doc.tokens[run.start]?.start ?? 0, end: doc.tokens[run.end - 1]?.end ?? 0 };
      if (inCredit(credits, span)) continue;
    }
    cutRun(doc, run, personal, out);
  }
  return out;
}

/** "SW" of "SW China": a compass point in capitals, no part of a name. */
const compassPoint = (tok: Token): boolean => tok.text.length === 2 && COMPASS_ABBREVIATIONS.has(tok.lower) && tok.text === tok.text.toUpperCase();

/** The pieces of one run into `out`. */
function cutRun(doc: Doc, run: CapitalRun, personal: ReadonlySet<number>, out: Piece[]): void {
  let start = run.start;
  for (let i = run.start; i <= run.end; i++) {
    const tok = doc.tokens[i];
    const cut = i === run.end || !tok || personal.has(i) || tok.text === '-' || CALENDAR_WORDS.has(tok.lower) || compassPoint(tok) || numberedService(doc, i, run.end);
    if (!cut) continue;
    if (i > start) out.push({ start, end: i, sentence: run.sentence });
    start = i + 1;
  }
}

/** "Flight" of "Kestrel Air Flight 219": the run's last word, a service noun before a number (not part of the name). */
function numberedService(doc: Doc, i: number, end: number): boolean {
  if (i !== end - 1) return false;
  const tok = doc.tokens[i] as Token;
  if (!NUMBERED_SERVICE_NOUNS.has(tok.lower)) return false;
  let k = i + 1;
  while (doc.tokens[k]?.pos === 'SPACE') k++;
  const next = doc.tokens[k];
  return next !== undefined && DIGIT.test(next.text.charAt(0));
}

/**
 * Join "Center" + "for" + "European Policy Analysis": one joining word between the two (pieces
 * are in order, within the tokens) after a head word ("Westminster Abbey for Queen’s funeral":
 * a possessor after the joiner starts a phrase of its own). The pieces are `cutPieces`' own: one
 * grows in place.
 */
function joinedPieces(doc: Doc, cut: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (let n = 0; n < cut.length; n++) {
    const piece = cut[n] as Piece;
    const prev = joined[joined.length - 1];
    if (prev !== undefined && joins(doc, prev, piece)) prev.end = piece.end;
    else joined.push(piece);
  }
  return joined;
}

function joins(doc: Doc, prev: Piece, piece: Piece): boolean {
  return prev.sentence === piece.sentence && piece.start - prev.end === 1 && MENTION_NAME_JOINERS.has(doc.tokens[prev.end]?.lower ?? '')
    && isHead(doc.tokens[prev.end - 1]) && !POSSESSIVE.test(doc.tokens[piece.end]?.text ?? '');
}

/** Leading titles and nationalities go, unless the piece names an organisation or place. */
function withoutLeadingTitles(doc: Doc, joined: readonly Piece[]): Piece[] {
  const trimmed: Piece[] = [];
  for (let n = 0; n < joined.length; n++) {
    const piece = joined[n] as Piece;
    const start = hasHead(doc, piece) || PLACE_NAMES.has(pieceText(doc, piece).toLowerCase()) ? piece.start : afterOpener(doc, piece, afterTitles(doc, piece));
    if (start === piece.start) trimmed.push(piece);
    else if (start < piece.end) trimmed.push({ start, end: piece.end, sentence: piece.sentence });
  }
  return trimmed;
}

/**
 * `start`, or the token after it when that word is capitalised only as its sentence's first and
 * stands before a known place ("Deadly Mexico quake: what we know", "Powerful Taiwan quake
 * kills nine"): not a word that opens a place's name ("Central America", "Upper Egypt").
 */
function afterOpener(doc: Doc, piece: Piece, start: number): number {
  if (piece.end - start < 2) return start;
  const first = doc.tokens[start];
  if (!first || PLACE_NAME_OPENERS.has(first.lower) || !opensSentence(doc, start, piece.sentence)) return start;
  const a = doc.tokens[start + 1];
  const b = doc.tokens[piece.end - 1];
  if (!a || !b) return start;
  return PLACE_NAMES.has(doc.version.text.slice(a.start, b.end).toLowerCase()) ? start + 1 : start;
}

/** The first token of a piece past its leading title, nationality and function words (not past a place). */
function afterTitles(doc: Doc, piece: Piece): number {
  let start = piece.start;
  while (start < piece.end) {
    const t = doc.tokens[start];
    if (!t || !(TITLE_WORDS.has(t.lower) || NATIONALITIES.has(t.lower) || FUNCTION_WORDS.has(t.lower))) break;
    if (PLACE_NAMES.has(t.lower) || (PLACE_OPENERS_KEPT.has(t.lower) && PLACE_NAMES.has(doc.tokens[start + 1]?.lower ?? ''))) break;
    start++;
  }
  return start;
}

/** Text of a piece; a sentence-final period is dropped unless it ends an initialism ("U.S."). */
function pieceText(doc: Doc, piece: Piece): string {
  const a = doc.tokens[piece.start];
  const b = doc.tokens[piece.end - 1];
  if (!a || !b) return '';
  const text = doc.version.text.slice(a.start, b.end);
  if (!text.endsWith('.')) return text; // the common case: both tests below need a final period
  return INITIALISM_END.test(text) ? text : text.replace(FINAL_PERIOD, '');
}

const LETTER = /^\p{L}$/u;

/**
 * Whether the letters of `text` are at least two UTF-16 units long (as
 * `text.replace(/[^\p{L}]/gu, '').length >= 2`, without building the string).
 */
function hasTwoLetters(text: string): boolean {
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const ascii = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (ascii || (c >= 128 && LETTER.test(ch))) n += ch.length;
    if (n >= 2) return true;
  }
  return false;
}

/**
 * Sub-headings of a rewrite ("What Comes Next", "The Human Cost"): a short line in title case
 * with no closing punctuation and no figure, after the first line. Its capitalised words are
 * a heading's, not names of places or organisations.
 */
function headingSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  doc.sentences.forEach((s, i) => {
    const text = s.text.trim();
    if (i === 0 || CLOSING_MARK.test(text) || DIGIT.test(text)) return;
    const words = text.split(/\s+/u).filter((w) => A_LETTER.test(w));
    if (words.length === 0 || words.length > 6) return;
    if (words.every((w) => UPPER_FIRST.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) out.add(i);
  });
  return out;
}

/** A generic mention found in a version: its piece, text, lower-case key word, display name and span. */
interface Found {
  piece: Piece;
  text: string;
  lower: string;
  /** `mention:<lower>`, made once per version (every rule and every twin take it). */
  key: string;
  shown: string;
  span: Span;
}

/** Mentions found, per doc: they do not depend on the rule (the Doc is immutable). */
const foundOf = new SetCache<Doc, Found[]>();

/**
 * Generic places and organisations. One named in a sentence about an earlier event (a figure
 * of it the quantity reader calls background: "In 2019, the collapse of a mill in Dorrin killed
 * 14 people") has role `background`: the place of another event, not of the story.
 */
function genericMentions(doc: Doc, rule: Rule, referenceDate: string | null): ClaimValue[] {
  const out: ClaimValue[] = [];
  const found = foundMentions(doc);
  if (found.length === 0) return out;
  const background = backgroundSentences(doc, referenceDate);
  for (let n = 0; n < found.length; n++) {
    const f = found[n] as Found;
    // the span is shared, as a figure's is by the values of every quantity rule: no value's span is ever changed
    const value = makeValue(doc, rule, f.key, f.shown, f.text, f.span, doc.sentences[f.piece.sentence]);
    out.push(background.has(f.piece.sentence) ? { ...value, role: 'background' } : value);
  }
  return out;
}

/** Sentences holding a figure of an earlier event (read/quantities: already read for the quantity rules). */
function backgroundSentences(doc: Doc, referenceDate: string | null): Set<number> {
  const out = new Set<number>();
  for (const ns of readQuantities(doc, referenceDate)) {
    for (const r of ns.readings) {
      if (r.context.kind === 'background') {
        out.add(ns.sentence.i);
        break;
      }
    }
  }
  return out;
}

function foundMentions(doc: Doc): Found[] {
  let found = foundOf.get(doc);
  if (found === undefined) {
    // a version with the text of an earlier one of its set names the same (share.ts)
    const twin = textTwin(doc);
    foundOf.set(doc, (found = twin === doc ? findMentions(doc) : foundMentions(twin)));
  }
  return found;
}

/** A piece with two letters or more: its text and lower-case key word. */
interface Named {
  piece: Piece;
  text: string;
  lower: string;
}

/** What the keeping of a piece reads of the whole document. */
interface MentionContext {
  /** How often each key word is a piece. */
  counts: ReadonlyMap<string, number>;
  headings: ReadonlySet<number>;
  surnames: ReadonlySet<string>;
  titled: ReadonlySet<number>;
  /** Key words found outside title-case lines (only when there are such lines). */
  inText: ReadonlySet<string>;
  /** Words (lower case) the document capitalises where a capital is a choice, not the sentence's start (`capitalisedByChoice`). */
  midSentence: ReadonlySet<string>;
}

/** (In small functions: as one, its optimized code was compiled again and again.) */
function findMentions(doc: Doc): Found[] {
  const all = namedPieces(doc);
  const display = displayNames(all);
  const context = mentionContext(doc, all);
  const out: Found[] = [];
  for (let n = 0; n < all.length; n++) {
    const { piece, text, lower } = all[n] as Named;
    if (!keptPiece(doc, all[n] as Named, context)) continue;
    // a piece is never empty (start < end, within the tokens): its first and last tokens
    const first = doc.tokens[piece.start];
    const last = doc.tokens[piece.end - 1];
    if (!first || !last) continue;
    const span = { start: first.start, end: first.start + text.length };
    out.push({ piece, text, lower, key: `mention:${keyWord(lower)}`, shown: display.get(lower) ?? text, span });
  }
  return out;
}

const INITIALISM = /(?<!\p{L})(?:\p{L}\.){2,}/gu;

/**
 * A key word with its initialisms undotted and its apostrophes dropped: "U.S. Geological Survey"
 * and "US Geological Survey" are one body, "St Paul’s Cathedral" and "St Paul's Cathedral" one
 * place, as are "Ya'an" and "Yaan".
 */
function keyWord(lower: string): string {
  const undotted = lower.indexOf('.') < 0 ? lower : lower.replace(INITIALISM, (m) => m.replaceAll('.', ''));
  const plain = APOSTROPHE.test(undotted) ? undotted.replace(APOSTROPHES, '') : undotted;
  const short = plain.startsWith('united ') ? plain.replace(UNITED, (m) => UNITED_SHORT[m] ?? m) : plain;
  // "Networks Centre" and "Networks Center": one spelling (read/names.ts `commonSpelling`)
  return short.includes(' ') && SPELLING_ENDS.test(short) ? commonSpelling(short) : short;
}
const SPELLING_ENDS = /(?:[^aeiou ]re|our|isation|ence)(?: |$)/u;
/** "United States Geological Survey" and "US Geological Survey", "United Nations" and "UN": one body. */
const UNITED = /\bunited (?:states|nations|kingdom)\b/gu;
const UNITED_SHORT: Readonly<Record<string, string>> = { 'united states': 'us', 'united nations': 'un', 'united kingdom': 'uk' };
const APOSTROPHE = /['’‘`]/u;
const APOSTROPHES = /['’‘`]/gu;

function namedPieces(doc: Doc): Named[] {
  const all: Named[] = [];
  const ps = pieces(doc);
  for (let n = 0; n < ps.length; n++) {
    const piece = ps[n] as Piece;
    const text = pieceText(doc, piece);
    if (hasTwoLetters(text)) all.push({ piece, text, lower: text.toLowerCase() });
  }
  return all;
}

/** The name shown for each key word: its first spelling, or the first that is no acronym. */
function displayNames(all: readonly Named[]): Map<string, string> {
  const display = new Map<string, string>();
  for (let n = 0; n < all.length; n++) {
    const p = all[n] as Named;
    const shown = display.get(p.lower);
    if (shown === undefined || (isAcronym(shown) && !isAcronym(p.text))) display.set(p.lower, p.text);
  }
  return display;
}

function mentionContext(doc: Doc, all: readonly Named[]): MentionContext {
  const counts = new Map<string, number>();
  for (let n = 0; n < all.length; n++) {
    const lower = (all[n] as Named).lower;
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
  }
  // a title-case headline capitalises every word: its pieces count only where the text names them too
  const titled = titleCaseSentences(doc);
  const inText = new Set<string>();
  if (titled.size > 0) for (const p of all) if (!titled.has(p.piece.sentence)) inText.add(p.lower);
  return { counts, headings: headingSentences(doc), surnames: peopleSurnames(doc), titled, inText, midSentence: capitalisedByChoice(doc, all) };
}

/**
 * The words of one-word pieces that the document capitalises somewhere other than at a
 * sentence's start, alone or in a longer name ("Marlow police said" and "at Marlow General
 * Hospital"): "Flash floods ..." in a headline and again in the lede names nothing.
 */
function capitalisedByChoice(doc: Doc, all: readonly Named[]): Set<string> {
  const single = new Set<string>();
  for (const p of all) if (p.piece.end - p.piece.start === 1) single.add(p.lower);
  const out = new Set<string>();
  if (single.size === 0) return out;
  for (const p of all) {
    for (let k = p.piece.start; k < p.piece.end; k++) {
      const lower = doc.tokens[k]?.lower ?? '';
      if (single.has(lower) && !opensSentence(doc, k, p.piece.sentence)) out.add(lower);
    }
  }
  return out;
}

/**
 * Whether the word at `at` is capitalised by its place: the first word of its sentence (after any opening
 * quote or bracket), or the first after a dateline's or a label's dash or colon ("TOLVAR (AP) —
 * Flash floods", "UPDATE: Heavy rain").
 */
function opensSentence(doc: Doc, at: number, sentenceIndex: number): boolean {
  const sentence = doc.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  let k = sentence.tokenStart;
  while (k < at && doc.tokens[k]?.type !== 'word') k++;
  return k === at || OPENING_MARKS.has(doc.tokens[at - 1]?.text ?? '');
}

/** Marks after which a word opens a text of its own: a dateline's dash, a label's colon. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['—', '–', '-', '--', ':']);

/** Whether a piece names a place or an organisation (see the file's comment). */
/** Titles of nobility before "of" and a place ("Princess of Wales", "Duke of Edinburgh", "Earl of Wessex"). */
const NOBLE_TITLES: ReadonlySet<string> = new Set(['prince', 'princess', 'duke', 'duchess', 'earl', 'countess', 'marquess', 'marchioness', 'viscount', 'viscountess', 'baron', 'baroness']);

/** A Roman numeral alone names nothing: "a level-II emergency response", "Phase III", "Category IV". */
const ROMAN_NUMERAL = /^[IVX]{2,5}$/u;

function keptPiece(doc: Doc, { piece, text, lower }: Named, c: MentionContext): boolean {
  if (c.headings.has(piece.sentence)) return false;
  // "saw Gray leave" next to Colt Gray and Colin Gray: a surname two people share is no place
  if (piece.end - piece.start === 1 && c.surnames.has(lower)) return false;
  if (c.titled.has(piece.sentence) && !c.inText.has(lower) && !PLACE_NAMES.has(lower) && !isAcronym(text)) return false;
  const words = nameWords(doc, piece.start, piece.end);
  if (!namesSomething(words, lower) || isTimeZone(words) || isStormName(words) || holdsAuxiliary(doc, piece.start, piece.end)) return false;
  const before = doc.tokens[piece.start - 1];
  // "10:30 AM", "98.4 FM": a mark after a figure
  if (words.length === 1 && FIGURE_MARKS.has(lower) && before !== undefined && DIGIT.test(before.text)) return false;
  if (words.length === 1 && ((NAMELESS_CAPITALS.has(lower) && isAcronym(text)) || ROMAN_NUMERAL.test(text) || halfOfCompound(doc, piece))) return false;
  // "Diana, Princess of Wales", "the Duke of Edinburgh": a place in a noble title names no place of the story
  if (before?.lower === 'of' && NOBLE_TITLES.has(doc.tokens[piece.start - 2]?.lower ?? '')) return false;
  // "In Photos: …", "The Latest: …": a headline's label
  if (words.length === 1 && PAGE_LABEL_WORDS.has(lower) && doc.tokens[piece.end]?.text === ':') return false;
  return (
    words.length >= 2 ||
    isAcronym(text) ||
    PLACE_NAMES.has(lower) ||
    // recurring, and once at least where a capital is a choice: "Flash floods ..." twice, each
    // opening its sentence (a headline and the lede), names nothing
    ((c.counts.get(lower) ?? 0) >= 2 && (words.length >= 2 || c.midSentence.has(lower))) ||
    (before !== undefined && LOCATIVES_BEFORE_NAME.has(before.lower)) ||
    (before?.lower === 'of' && PLACE_OF_NOUNS.has(doc.tokens[piece.start - 2]?.lemma ?? ''))
  );
}

/**
 * "Colorado" of "the Colorado-Blanco basin": one word glued by a hyphen to a capitalised word
 * that is no known place names no place of its own ("Kenya-Tanzania border" keeps both).
 */
function halfOfCompound(doc: Doc, piece: Piece): boolean {
  const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
  const other = (hyphen: number, word: number): boolean => {
    const h = doc.tokens[hyphen];
    const w = doc.tokens[word];
    return h?.text === '-' && w !== undefined && UPPER_FIRST.test(w.text) && !PLACE_NAMES.has(w.lower)
      && glued(doc.tokens[Math.min(hyphen, word)], doc.tokens[Math.max(hyphen, word)]);
  };
  const before = glued(doc.tokens[piece.start - 1], doc.tokens[piece.start]) && other(piece.start - 1, piece.start - 2);
  return before || (glued(doc.tokens[piece.end - 1], doc.tokens[piece.end]) && other(piece.end, piece.end + 1));
}

/**
 * Whether a piece holds a form of "be", "have" or "do" tagged as an auxiliary: a heading's words, no
 * name ("Strong Was"). Not in capitals: "SÃO BENTO DO ITAQUARA" is a dateline's place.
 */
function holdsAuxiliary(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k];
    if (t !== undefined && t.pos === 'AUX' && HEADING_AUXILIARIES.has(t.lemma) && t.text !== t.text.toUpperCase()) return true;
  }
  return false;
}

/** Not titles, nationalities or function words alone, nor a title or an adjective of nationality at the end. */
function namesSomething(words: readonly NameWord[], lower: string): boolean {
  if (words.every((t) => TITLE_WORDS.has(t.lower) || NATIONALITIES.has(t.lower) || FUNCTION_WORDS.has(t.lower)) && !PLACE_NAMES.has(lower)) return false;
  if (words.length === 1 && (NATIONALITIES.has(lower) || FUNCTION_WORDS.has(lower)) && !PLACE_NAMES.has(lower)) return false;
  // "Maharashtra Chief Minister": a title (whose name was cut), not a place.
  if (OFFICE_HEADS.has(words[words.length - 1]?.lower ?? '')) return false;
  // "Relatives, dignitaries and …", "Mourners wept": people named by their role, capitalised by position
  if (words.length === 1 && (isPersonNounOrPlural(lower) || NAMELESS_ALONE.has(lower) || isDemonymPlural(lower))) return false;
  // "Middle Eastern", "South Korean": adjectives, not names.
  return !(NATIONALITIES.has(words[words.length - 1]?.lower ?? '') && !PLACE_NAMES.has(lower));
}

/** "Uruguayans", "Kenyans": the people of a known place, or a nationality's plural, no place. */
function isDemonymPlural(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  const one = lower.slice(0, -1);
  if (NATIONALITIES.has(one)) return true;
  for (const [end, people] of [...DEMONYM_ENDINGS, ...PLURAL_DEMONYM_ENDINGS]) {
    if (one.length > people.length && one.endsWith(people) && PLACE_NAMES.has(one.slice(0, one.length - people.length) + end)) return true;
  }
  return false;
}

/**
 * "Typhoon Lorna", "Tropical Storm Kemala", "Hurricane Odalys": a named storm, no place or
 * body. A storm noun with a name after it and no other head word of a place or body in the run
 * ("Storm Lake", "National Hurricane Center" stay).
 */
function isStormName(words: readonly NameWord[]): boolean {
  let storm = false;
  for (let n = 0; n < words.length; n++) {
    const w = words[n] as NameWord;
    if (STORM_NOUNS.has(w.lower)) storm ||= n < words.length - 1;
    else if (NON_PERSON_WORDS.has(w.lower) && !STORM_MODIFIERS.has(w.lower)) return false; // (storm words are heads too: no storm is a person)
  }
  return storm;
}

/** Most words of a zone's name in words ("Pacific Standard Time"). */
const ZONE_NAME_WORDS = 3;

/** "0300 GMT", "9 a.m. EDT": time-zone abbreviations in capitals; "12:52 p.m. (Beijing Time)": a zone's name. No place or body. */
function isTimeZone(words: readonly NameWord[]): boolean {
  if (words.length >= 2 && words.length <= ZONE_NAME_WORDS && words[words.length - 1]?.lower === 'time') return true;
  return words.length > 0 && words.every((w) => TIME_ZONES.has(w.lower) && isAcronym(w.text));
}

/** Last words (lower case) of the people a document names in full. */
function peopleSurnames(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const p of findPeople(doc)) {
    if (p.tokenEnd - p.tokenStart >= 2) out.add(doc.tokens[p.tokenEnd - 1]?.lower ?? '');
  }
  return out;
}

/**
 * Whether each version names a member of the generic places rule anywhere in its text, capitalised
 * and as whole words, also where no mention is read of it: "Brenford City Hall" and "Brenford
 * shooting victims" name Brenford, as a modifier (not in a byline or a credit); "23 Morvanians" names
 * Morvania (`DEMONYM_ENDINGS`). Asked only of the versions lacking a member.
 */
export function mentionPresence(docs: ReadonlyMap<string, Doc>): (version: string, key: string) => boolean {
  const lowered = new Map<string, string>();
  return (version, key) => {
    const doc = docs.get(version);
    const name = key.startsWith('mention:') ? key.slice('mention:'.length) : '';
    if (doc === undefined || name.length < 2) return false;
    const text = doc.version.text;
    let lower = lowered.get(version);
    if (lower === undefined) lowered.set(version, (lower = text.toLowerCase()));
    // toLowerCase keeps the length of most text; where it does not, offsets would not match the text
    if (lower.length !== text.length) return false;
    if (namedAt(doc, text, lower, name, false)) return true;
    // "23 Morvanians" names Morvania (a one-word place: its people's name)
    if (name.includes(' ')) return false;
    for (const [end, people] of DEMONYM_ENDINGS) {
      if (name.endsWith(end) && namedAt(doc, text, lower, name.slice(0, name.length - end.length) + people, true)) return true;
    }
    return false;
  };
}

/** Whether `name` (lower case) is in the text as capitalised whole words (a plural "s" after it when `plural`), out of credits. */
function namedAt(doc: Doc, text: string, lower: string, name: string, plural: boolean): boolean {
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
    const length = plural && lower.charAt(at + name.length) === 's' ? name.length + 1 : name.length;
    if (!isWordAt(text, at, length) || !UPPER_FIRST.test(text.slice(at, at + 1))) continue;
    // a byline's or a photo credit's outlet ("By Jo Pirk, Veldran Courier") names no place of the story
    const credits = readCredits(doc.version);
    if (credits.spans.length === 0 || !inCredit(credits, { start: at, end: at + name.length })) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether text[at, at + length) is whole words (no letter or digit right before or after it). */
function isWordAt(text: string, at: number, length: number): boolean {
  return !(at > 0 && WORD_CHAR.test(text[at - 1] as string)) && !(at + length < text.length && WORD_CHAR.test(text[at + length] as string));
}

export function mentionValues(doc: Doc, rule: MentionRule, referenceDate: string | null = null): ClaimValue[] {
  const values = rule.names.length > 0 ? namedMentions(doc, rule) : genericMentions(doc, rule, referenceDate);
  if (rule.cues.length === 0) return values;
  return values.filter((v) => {
    const s = sentenceAt(doc, v.span.start);
    return s !== undefined && sentenceHasCue(doc, s, rule.cues);
  });
}

export const mentionExtractor: Extractor<'mention'> = {
  kind: 'mention',
  extract(doc, rule, ctx) {
    return mentionValues(doc, rule, ctx.referenceDate);
  },
};
