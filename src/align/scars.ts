/**
 * Scars: grammar left behind when words were cut out of a sentence. Works on one
 * version alone (no other version needed). Each pattern is narrow on purpose so that
 * clean prose gives no scar:
 *
 * - `hole`: a preposition or article followed directly by punctuation or by a
 *   conjunction ("to and .", "of , and", "hinges on ,", "concerns grow about and after"),
 *   or a conjunction followed by a full stop ("and .").
 * - `space-before-punctuation`: " ." or " ," after a word ("negotiating position .").
 * - `title-without-name`: a capitalised title after a capitalised modifier, followed by a
 *   verb or a dash instead of a name ("French President brought", "Russian President —").
 *   A capitalised word tagged as a verb is a name when another capitalised word follows it
 *   ("Prime Minister Evert Dalgaard": "evert" is an English verb) or when the version reads it
 *   as part of a person's name (src/read/people.ts).
 * - `dangling-article`: an article followed by an auxiliary or a preposition
 *   ("a has hit", "the of").
 * - `lowercase-start`: a sentence that starts with a lower-case function word after a
 *   full stop (". on a halt in ...").
 */
import type { Doc, Place, Sentence, Span, Token } from '../types.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import { sentenceWords } from './tokens.js';
import { BYLINE_LEAD, OFFICE_TITLES as TITLES } from '../lang/en/people.js';
import { findPeople } from '../read/people.js';

export type ScarKind = 'hole' | 'space-before-punctuation' | 'title-without-name' | 'dangling-article' | 'lowercase-start';

export interface Scar {
  kind: ScarKind;
  /** The damaged stretch in normalized text. */
  span: Span;
  /** Where the span starts in the original file. */
  place: Place;
  /** Index of the sentence in the Doc. */
  sentence: number;
  /** The sentence text. */
  text: string;
  /** The damaged stretch as written. */
  excerpt: string;
}

/** Prepositions that never end a phrase before a comma or a conjunction in news prose. */
const HOLE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'about', 'from', 'with', 'between', 'among', 'amid', 'including', 'into', 'onto',
  'toward', 'towards', 'via', 'regarding', 'concerning', 'on', 'despite',
]);
/** Particles that make a following "on" adverbial ("and so on,", "later on,"). */
const ON_ADVERBIAL: ReadonlySet<string> = new Set([
  'so', 'later', 'now', 'then', 'early', 'earlier', 'right', 'go', 'goes', 'went', 'going', 'carry',
  'carried', 'move', 'moved', 'moving', 'hold', 'held', 'look', 'looked', 'turn', 'turned', 'keep', 'kept',
  'put', 'take', 'took', 'taken', 'come', 'came', 'live', 'lived', 'lives', 'living', 'pass', 'passed', 'focus',
  'goes', 'carries', 'moves', 'holds', 'keeps', 'comes', 'passes', 'press', 'pressed', 'presses', 'soldier', 'soldiered',
]);
/** Fixed pairs "X and Y" that are idiomatic ("to and from", "with and without"). */
const PAIRS: ReadonlySet<string> = new Set([
  'to from', 'from to', 'with without', 'on off', 'in out', 'before after', 'for against', 'up down',
  'into out', 'onto off', 'of by', 'of for', 'between among',
]);
/** Prepositions of place that copy joins in pairs ("from and around", "in and near", "inside and outside"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'from', 'to', 'in', 'into', 'on', 'onto', 'at', 'near', 'around', 'inside', 'outside', 'within', 'through', 'across',
  'along', 'under', 'over', 'beneath', 'behind', 'beyond', 'toward', 'towards', 'off',
]);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'your', 'my']);
/** Words a tagger may read as prepositions that stand as nouns after an article ("none of the above"). */
const NOUNS_AFTER_ARTICLE: ReadonlySet<string> = new Set(['above', 'below', 'following', 'latter', 'former', 'inside', 'outside', 'like', 'past']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but']);
const HOLE_PUNCT: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', ')']);
const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
const LOWER_STARTERS: ReadonlySet<string> = new Set([
  'on', 'of', 'in', 'to', 'at', 'by', 'for', 'with', 'from', 'about', 'and', 'or', 'but', 'a', 'an',
  'the', 'which', 'that', 'as', 'into', 'than', 'over', 'after', 'before',
]);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isPunct = (t: Token): boolean => t.pos === 'PUNCT' || t.type === 'punctuation';
const isVerbLike = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/** A scar found in a sentence's words: its kind and the indexes of its first and last word. */
type WordScar = readonly [ScarKind, number, number];

/**
 * Scars already found in a set's sentences, by sentence shape (src/read/share.ts): versions
 * repeat most sentences, and a copy whose words read the same (text, tag, type and place in
 * the sentence) has the same scars inside it. Made per set (scarsOf), never kept.
 */
export type ScarMemo = Map<SentenceShape, readonly WordScar[]>;

/** Find the scars of one version (see the module comment). */
export function findScars(doc: Doc, memo: ScarMemo = new Map()): Scar[] {
  const scars: Scar[] = [];
  const text = doc.version.text;
  for (const sentence of doc.sentences) {
    const words = sentenceWords(doc, sentence);
    const first = words[0];
    if (first && lowercaseStart(first, sentence, text) && !bylineLine(words)) scars.push(scarOf(doc, sentence, 'lowercase-start', first, words[1] ?? first));
    const inner = innerScars(doc, sentence, words, memo);
    // Indexed, not destructured: most sentences have no scar, and a destructuring loop makes iterators.
    for (let k = 0; k < inner.length; k++) {
      const scar = inner[k] as WordScar;
      // a headline names titles without names ("Nepalese PM calls for calm"): no cut there
      if (scar[0] === 'title-without-name' && (headingLine(sentence, text) || inPersonName(doc, words[scar[2]] as Token))) continue;
      scars.push(scarOf(doc, sentence, scar[0], words[scar[1]] as Token, words[scar[2]] as Token));
    }
  }
  return scars;
}

/** A line with no closing punctuation: a headline or a sub-heading. */
function headingLine(sentence: Sentence, text: string): boolean {
  return !/[.!?:;"”)]\s*$/u.test(text.slice(sentence.start, sentence.end));
}

/**
 * The word after a bare title is part of a person's name the version reads ("Prime Minister
 * Evert, who ..." where the version names "Evert Dalgaard"): a name, not the verb of a cut.
 * Asked only of a scar found (rare), so the people of the version are read only then.
 */
function inPersonName(doc: Doc, t: Token): boolean {
  if (!isCapitalised(t)) return false;
  for (const m of findPeople(doc)) {
    if (m.sentence === t.sentence && t.i >= m.tokenStart && t.i < m.tokenEnd) return true;
  }
  return false;
}

function scarOf(doc: Doc, sentence: Sentence, kind: ScarKind, first: Token, last: Token): Scar {
  const span = { start: first.start, end: last.end };
  return {
    kind,
    span,
    place: doc.version.map.place(span.start),
    sentence: sentence.i,
    text: sentence.text,
    excerpt: doc.version.text.slice(span.start, span.end),
  };
}

/** A sentence that starts with a lower-case function word after a full stop (it looks before the sentence). */
function lowercaseStart(first: Token, sentence: Sentence, text: string): boolean {
  return LOWER_STARTERS.has(first.text) && AFTER_SENTENCE_END.test(text.slice(Math.max(0, sentence.start - 4), sentence.start));
}

/** A byline in lower case ("by Kaitlin Kimont", "by Ana Ruiz and Tom Hale"): "by", then names only. */
function bylineLine(words: readonly Token[]): boolean {
  if (words[0]?.lower !== BYLINE_LEAD || words.length < 3 || words.length > BYLINE_WORDS) return false;
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Token;
    if (!/^\p{Lu}/u.test(w.text) && w.lower !== 'and' && w.text !== ',' && w.text !== '&') return false;
  }
  return true;
}
const BYLINE_WORDS = 8;

/**
 * A full stop (a closing quote may follow), or "!"/"?" with no closing quote: an exclamation that
 * closes a quote goes on in its sentence ('They chanted "Fidel! Fidel!" at a packed square').
 */
const AFTER_SENTENCE_END = /(?:\.["'”’]?|[!?])\s*$/u;

/**
 * The scars inside a sentence (they depend on its words and the spaces between them only),
 * found once per set for the copies of a sentence: copies have one shape.
 */
function innerScars(doc: Doc, sentence: Sentence, words: readonly Token[], memo: ScarMemo): readonly WordScar[] {
  const shape = sentenceShape(doc, sentence);
  let scars = memo.get(shape);
  if (scars === undefined) {
    const found: WordScar[] = [];
    scanSentence(words, doc.version.text, (kind, a, b) => found.push([kind, a, b]));
    memo.set(shape, (scars = found));
  }
  return scars;
}

/** A spaced ellipsis, ". . .", a writer's mark of words left out of a quote: no scar before it ("a man of peace . . . We"). */
const SPACED_ELLIPSIS = /^\.\s\.\s\./;

function scanSentence(words: readonly Token[], text: string, add: (kind: ScarKind, first: number, last: number) => void): void {
  for (let i = 0; i < words.length - 1; i++) {
    const next = words[i + 1] as Token;
    if (next.text === '.' && SPACED_ELLIPSIS.test(text.slice(next.start, next.start + 5))) continue; // "and . . . we"
    const kind = holeAt(words, i) ?? articleScarAt(words, i) ?? spaceBeforePunctuation(words, i, text);
    if (kind !== null) add(kind, i, i + 1);
    else if (titleWithoutNameAt(words, i)) add('title-without-name', i - 1, i + 1);
  }
}

/** Preposition + punctuation / conjunction ("on , but"), or conjunction + full stop ("and ."). */
function holeAt(words: readonly Token[], i: number): ScarKind | null {
  const [prev, t, next, after] = [words[i - 1], words[i] as Token, words[i + 1] as Token, words[i + 2]];
  if (CONJUNCTIONS.has(t.lower) && (next.text === '.' || next.text === ';')) return 'hole';
  if (!HOLE_PREPOSITIONS.has(t.lower) || t.pos === 'PART' || (t.lower === 'on' && prev && ON_ADVERBIAL.has(prev.lower))) return null;
  // A cut usually leaves the space that preceded the cut words ("hinges on , but");
  // without it only "of" is never legitimately stranded ("what it was about, they said").
  const spaced = next.start > t.end || t.lower === 'of';
  const punctHole = HOLE_PUNCT.has(next.text) && spaced && (t.lower !== 'to' || next.text !== '.');
  // two prepositions of place joined ("from and around the ferry", "in and near the town") are no hole
  const joined = after !== undefined && (PAIRS.has(`${t.lower} ${after.lower}`) || (PLACE_PREPOSITIONS.has(t.lower) && PLACE_PREPOSITIONS.has(after.lower)));
  const conjHole = CONJUNCTIONS.has(next.lower) && !joined;
  return (punctHole && t.lower !== 'on') || (punctHole && t.pos === 'ADP') || conjHole ? 'hole' : null;
}

/** Article + punctuation / conjunction (a hole), or + verb / preposition (a dangling article). */
function articleScarAt(words: readonly Token[], i: number): ScarKind | null {
  const [t, next] = [words[i] as Token, words[i + 1] as Token];
  if (!ARTICLES.has(t.lower) || (t.pos !== 'DET' && t.pos !== 'PRON')) return null;
  // "Coach A," (a letter of a nickname, after a capitalised word), "a near-halt" (a compound modifier)
  if (t.text === 'A' && i > 0 && /^\p{Lu}/u.test(words[i - 1]?.text ?? '')) return null;
  const glued = words[i + 2];
  if (glued !== undefined && (glued.text === '-' || glued.text === '–') && glued.start === next.end) return null;
  if (HOLE_PUNCT.has(next.text) || CONJUNCTIONS.has(next.lower)) return 'hole';
  // "from the outside world": a word the tagger read as a preposition before a noun is its modifier;
  // "none of the above", "the following", "the latter": such words stand as nouns after an article
  const modifier = words[i + 2]?.pos === 'NOUN' || NOUNS_AFTER_ARTICLE.has(next.lower);
  return (t.lower !== 'the' && next.pos === 'AUX') || (next.pos === 'ADP' && next.lower !== 'per' && !modifier) ? 'dangling-article' : null;
}

/** Space before "." or "," after a word. */
function spaceBeforePunctuation(words: readonly Token[], i: number, text: string): ScarKind | null {
  const [t, next] = [words[i] as Token, words[i + 1] as Token];
  const found = (next.text === '.' || next.text === ',') && !isPunct(t) && next.start > t.end && /^\s+$/.test(text.slice(t.end, next.start));
  return found ? 'space-before-punctuation' : null;
}

/** Capitalised modifier + capitalised title + verb/dash ("Police Chief said"), not after an article. */
function titleWithoutNameAt(words: readonly Token[], i: number): boolean {
  const [before, prev, t, next, after] = [words[i - 2], words[i - 1], words[i] as Token, words[i + 1] as Token, words[i + 2]];
  if (!prev || !TITLES.has(t.lower) || !isCapitalised(t) || !isCapitalised(prev) || TITLES.has(prev.lower) || ARTICLES.has(prev.lower)) return false;
  const closes = (isVerbLike(next) && !(isCapitalised(next) && after !== undefined && isCapitalised(after))) || DASHES.has(next.text);
  return closes && (!before || !ARTICLES.has(before.lower));
}
