/**
 * The reading of figures, once per version and independent of any rule.
 *
 * Every number expression (numbers.ts) of every sentence is read with:
 * - its unit: the lemma of the noun right after the number, skipping up to two adjectives
 *   or participles ("three young children" -> child) and taking the head of a noun
 *   compound ("27 member states" -> state), or the word after a hyphen ("30-day" -> day);
 * - why it is not a count, when it is not (money, a clock time, a date, a year, an age,
 *   a difference, numbering, a measure); see `notACount`;
 * - its context in the story (quantity-roles.ts): a figure about another event
 *   (`background`), a share of a total (`part`, with its place), an older figure
 *   (`superseded`), or none;
 * - a vague magnitude ("hundreds") as a range (200–999) that never heads the story.
 *
 * Rule extractors (src/extract/quantity.ts) filter these readings by cues and units.
 */
import { EN } from '../lang/en/index.js';
import { KIN_COUNT_NOUNS, KIN_POSSESSIVES } from '../lang/en/facts.js';
import { BLOC_NOUNS, canonicalUnit, MEASURES } from '../lang/en/units.js';
import { INCIDENT_SIZE_WORDS, MONTHS } from '../lang/en/calendar.js';
import { personNounSingular } from '../lang/en/people.js';
import {
  AGE_APPOSITION_NOUNS, AGE_OF_ARTICLES, AGE_OF_PERSON_NOUNS, AGE_WORDS, CHANGE_BY_VERBS, CHANGE_BY_WORD, COUNT_OF_NOUNS, COUNT_ONLY_QUALIFIERS, DAY_WORDS, DIED_AT_WORDS, DIFFERENCE_PHRASES, FAMILY_OF_NOUNS, HEADLINE_GROUP_VERBS, INJURY_NOUNS, OWN_INJURY_VERBS, INCREMENT_WORDS, LEVEL_COUNT_VERBS, LIST_DETERMINERS, ORDINAL_COUNT_NOUNS, OUTCOME_NOUNS,
  PERSON_NOUNS, PLACE_NOUNS, RATE_LEADS, RATE_PERIODS, RATE_WORDS, SAME_GROUP_LEADS, SAME_GROUP_NOUNS, VAGUE_RANGES, WHOLE_GROUP_NOUNS, YEAR_PREPOSITIONS,
  LABEL_NOUNS, LOWER_CASE_LABEL_NOUNS, HEADLINE_OUTCOMES, CAPACITY_NOUNS, CAPACITY_VERBS,
} from '../lang/en/quantities.js';
import { add, decimalString, parseDecimal, toNumber, type Decimal } from './decimal.js';
import { findOrdinalCounts, findQuantities, findZeroCounts, isYearNumber, mayHaveQuantities, type QuantityExpr } from './numbers.js';
import { sentenceShape, textTwin, type SentenceShape } from './share.js';
import { sentenceWords } from './words.js';
import type { Doc, Rule, Sentence, Span, Token } from '../types.js';
import { clauseAt, figureContext, type FigureContext } from './quantity-roles.js';
import {
  APPOSITION_HEAD_DETERMINERS, APPOSITION_HEAD_NOUNS, CONSTITUENCY_OF_NOUNS, CONSTITUENCY_TO_NOUNS, CONSTITUENCY_UNITS, CONSTITUENCY_VERB_LEADS, CONSTITUENCY_VERBS, IRREGULAR_STATE_PARTICIPLES, OWN_CLAUSE_VERBS,
} from '../lang/en/figure-scope.js';
import { SetCache } from '../set-cache.js';
import {
  ELIDED_PLACE_ADVERBS, ELIDED_PLACE_JOINS, ELIDED_PLACE_MODIFIERS, ELIDED_PLACE_VERBS, EVACUATION_ORDER_NOUNS, EVACUATION_STEM, PEOPLE_PLACES,
  SHELTER_CENTRE_LEADS, SHELTER_CENTRES,
} from '../lang/en/attendance.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
/** Words that open a subordinate clause ("as", "when", "after"): a group after one is that clause's subject. */
const SUBORDINATORS: ReadonlySet<string> = new Set(EN.clauses.subordinators);
const PARTICIPLE_END = /(?:ed|en)$/;
const ING_END = /ing$/;
const LY_END = /ly$/;
const CAPITAL_FIRST = /^[A-Z]/;
const FOUR_DIGITS = /^\d{4}$/;
const AGE_DIGITS = /^\d{1,3}$/;

/** A sentence token with the type of the wink entity it belongs to. */
export interface QToken extends Token {
  entityType: string | null;
}

export interface Unit {
  /** Index of the unit token in the sentence word list. */
  index: number;
  /** Lemma of the unit noun. */
  word: string;
  /** The unit as written ("lives"). */
  text: string;
  /** Joined by a hyphen ("30-day"). */
  compound: boolean;
}

/** One figure of one sentence. Token indexes are into `NumberedSentence.tokens`. */
export interface QuantityReading {
  expr: QuantityExpr;
  unit: Unit | null;
  /** Token range of qualifier + number + unit. */
  extent: { start: number; end: number };
  /** Character span in the copy of the sentence first read: add `NumberedSentence.delta` (`spanIn`). */
  span: Span;
  /** Upper bound: a range's, or a vague magnitude's ("hundreds" -> 999). */
  high: number | null;
  vague: boolean;
  /** A whole number of things (6.1 is not). */
  integer: boolean;
  /** A count whatever the rule (`notACount` with no unit allowed): it blocks a cue from figures beyond it. */
  count: boolean;
  context: FigureContext;
  /** Token range of the figure's clause (between punctuation boundaries), read once for every rule. */
  clause: { start: number; end: number };
  /** For a member of a group of people ("two teachers" in "two students and two teachers"): the group's total. */
  total?: QuantityReading;
}

export interface NumberedSentence {
  /** The sentence (of the doc read, or of its text twin: an equal sentence at the same place). */
  sentence: Sentence;
  tokens: QToken[];
  /** Shared by every copy of the sentence: their spans are those of the first copy read. */
  readings: QuantityReading[];
  /** This copy's start minus that of the copy first read (0 for that copy). */
  delta: number;
  /**
   * The same object for every copy of this sentence in the set read in the same year (see
   * share.ts): the same tokens (relative) and readings, but for spans. Rule filters that
   * look only inside the sentence keep their results on it.
   */
  figures: SharedFigures;
}

/**
 * The readings of one sentence, kept once per shape (share.ts); spans are those of the first
 * copy, at `base`. What the rule filters (extract/quantity.ts) read of them looks only inside
 * the sentence, so it is kept here for every copy: a field read, not a WeakMap lookup per copy and rule.
 */
export interface SharedFigures {
  base: number;
  readings: QuantityReading[];
  /** Per reading: what every rule filter asks of it (extract/quantity.ts), once asked. */
  facts: FigureFacts[] | undefined;
  /**
   * Per rule: each reading's distance to the rule's cue, or null (extract/quantity.ts), once asked:
   * rule, distances, rule, distances, … (a short flat list: a set has a few quantity rules; a Map
   * per sentence, grown past its first size, cost more than the readings it kept).
   */
  distances: Array<Rule | ReadonlyArray<number | null>> | undefined;
}

/** What every rule asks of a figure, rule-independent (extract/quantity.ts reads it). */
export interface FigureFacts {
  /** The unit's comparison form (`canonicalUnit`), or null. */
  unit: string | null;
  /** A figure a casualty-like rule may count: people or nothing named, whole. */
  people: boolean;
  /** `notACount` with the unit allowed, once a rule listing the unit asks. */
  allowed?: boolean;
}

/** Words read like adjectives between a figure and its noun ("4 more bodies", "two other victims"). */
const ADJECTIVE_LIKE: ReadonlySet<string> = new Set([...INCREMENT_WORDS, 'other']);

/** A word that names a kind of person, not what happened to it ("civilian", not "dead"). */
const personWord = (t: Token): boolean => (PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lemma)) && !OUTCOME_NOUNS.has(t.lower);

/** Whether token `k` is a hyphen written tight between two words ("worst-hit"). */
function compoundHyphen(tokens: readonly QToken[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t !== undefined && prev !== undefined && next !== undefined && (t.text === '-' || t.text === '–')
    && prev.end === t.start && next.start === t.end && prev.type === 'word' && next.type === 'word';
}

/** A title-case person noun's singular: a role ("Teachers") or a kind of people counted ("Adults", "Women"). */
function titledPersonNoun(lower: string): string | null {
  const role = personNounSingular(lower);
  if (role !== null) return role;
  if (PERSON_NOUNS.has(lower)) return lower;
  return lower.endsWith('s') && PERSON_NOUNS.has(lower.slice(0, -1)) ? lower.slice(0, -1) : null;
}

export function findUnit(tokens: readonly QToken[], expr: QuantityExpr): Unit | null {
  const after = tokens[expr.end];
  if (after === undefined) return null;
  if (after.text === '%') return { index: expr.end, word: 'percent', text: '%', compound: false };
  if (after.lower === 'per' && tokens[expr.end + 1]?.lower === 'cent') {
    return { index: expr.end + 1, word: 'percent', text: 'per cent', compound: false };
  }
  if ((after.text === '-' || after.text === '–') && after.start === tokens[expr.end - 1]?.end) {
    const word = tokens[expr.end + 1];
    if (word !== undefined && word.type === 'word' && word.start === after.end) {
      return { index: expr.end + 1, word: word.lemma, text: word.text, compound: true };
    }
    return null;
  }
  let k = expr.end;
  for (let skipped = 0; skipped <= 3; skipped++) {
    const t = tokens[k];
    if (t === undefined) return null;
    // "soared to 525 yesterday": a word of time after the figure is no unit
    if (DAY_WORDS.has(t.lower)) return null;
    // "Two 14-year-olds", "two 14-year-old students": an age between the figure and its people
    const age = ageCompoundEnd(tokens, k);
    if (age > k) {
      const last = tokens[age - 1] as QToken;
      if (last.lower === 'olds') return { index: age - 1, word: 'person', text: last.text, compound: false };
      k = age;
      continue;
    }
    if (t.pos === 'NOUN') {
      // a noun compound ends at its head: "27 member states" -> state
      let head = k;
      while (head < k + 2 && tokens[head + 1]?.pos === 'NOUN') head++;
      const h = tokens[head] ?? t;
      return { index: head, word: h.lemma, text: h.text, compound: false };
    }
    // "19 Children, 2 Teachers Killed": a title-case headline's person noun, tagged as a name
    const titled = t.pos === 'PROPN' && CAPITAL_FIRST.test(t.text) ? titledPersonNoun(t.lower) : null;
    if (titled !== null) return { index: k, word: titled, text: t.text, compound: false };
    // "one civilian were killed": a person noun the tagger read as an adjective, with no noun after it
    if (t.pos === 'ADJ' && personWord(t) && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'ADJ') {
      return { index: k, word: t.lemma, text: t.text, compound: false };
    }
    // "the two worst-hit villages": the hyphen inside a compound modifier
    if (compoundHyphen(tokens, k)) {
      k += 2;
      continue;
    }
    const participle = t.pos === 'VERB' && PARTICIPLE_END.test(t.lower) && tokens[k + 1]?.pos === 'NOUN';
    // "12 Pacific island countries", "27 European Union countries": a proper modifier before a noun
    const proper = t.pos === 'PROPN' && CAPITAL_FIRST.test(t.text) && !isMonthName(t);
    if (t.pos !== 'ADJ' && !ADJECTIVE_LIKE.has(t.lower) && !participle && !proper) return null;
    k++;
  }
  return null;
}

/** The end of an age compound at `k` ("14-year-old", "14-year-olds", "14 year old"), or `k` when there is none. */
function ageCompoundEnd(tokens: readonly QToken[], k: number): number {
  if (!DIGITS_ONLY.test(tokens[k]?.text ?? '')) return k;
  let j = k + 1;
  if (tokens[j]?.text === '-') j++;
  if (tokens[j]?.lower !== 'year') return k;
  j++;
  if (tokens[j]?.text === '-') j++;
  const old = tokens[j]?.lower;
  return old === 'old' || old === 'olds' ? j + 1 : k;
}
const DIGITS_ONLY = /^\d{1,3}$/u;

/** How far back from the figure "the number of <people>" is read ("the number of people evacuated has risen to"). */
const COUNT_OF_WORDS = 7;

/**
 * The people a figure counts when the sentence names them before it, in a count that rose or stood
 * at the figure: "The number of people evacuated rose to 58,000" (people), "the number of residents
 * in shelters stood at 3,100" (residents). Only a person noun right after "number/count/total of
 * (the)", then words up to a level verb and "to"/"at" (or the verb itself: "reached 58,000") right
 * before the figure. Null otherwise (the usual case: the word before the figure is no "to"/"at"/verb).
 */
function countOfUnit(tokens: readonly QToken[], expr: QuantityExpr): Unit | null {
  const prev = tokens[expr.start - 1]?.lower ?? '';
  if (prev !== 'to' && prev !== 'at' && !LEVEL_COUNT_VERBS.has(prev)) return null;
  let verb = false;
  for (let k = expr.start - 1; k >= Math.max(0, expr.start - COUNT_OF_WORDS); k--) {
    const t = tokens[k] as QToken;
    if (t.type === 'punctuation' || t.type === 'number') return null;
    if (LEVEL_COUNT_VERBS.has(t.lower)) verb = true;
    if (!verb || !(PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lemma))) continue;
    let of = k - 1;
    if (tokens[of]?.lower === 'the') of--;
    if (tokens[of]?.lower !== 'of' || !COUNT_OF_NOUNS.has(tokens[of - 1]?.lower ?? '')) return null;
    return { index: k, word: t.lemma, text: t.text, compound: false };
  }
  return null;
}

const SKIP_ENTITY_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'ORDINAL']);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '₴', 'us$', 'usd', 'eur', 'gbp']);
const CURRENCY_UNITS = new Set([
  'dollar', 'euro', 'pound', 'yen', 'yuan', 'rupee', 'ruble', 'rouble', 'hryvnia', 'franc',
  'peso', 'won', 'lira', 'real', 'rand', 'cent', 'penny', 'pence', 'shekel', 'dinar', 'dirham', 'riyal',
]);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct', 'percentage']);
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'a.m', 'p.m', 'gmt', 'utc']);
const NUMBERING = new Set(['no.', 'no', '#', 'nr.', 'number']);

/** A capitalised month name ("May", "Apr."), not the modal "may". */
function isMonthName(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(t.lower) && CAPITAL_FIRST.test(t.text);
}

export function isYearToken(token: Token): boolean {
  if (!FOUR_DIGITS.test(token.text)) return false;
  return isYearNumber(Number(token.text));
}

function endsWith(tokens: readonly QToken[], end: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[end - phrase.length + k]?.lower !== phrase[k]) return false;
  return true;
}

/** Whether a difference phrase ("all but", "rise of") ends right before token `end`. */
function afterDifferencePhrase(tokens: readonly QToken[], end: number): boolean {
  for (const p of DIFFERENCE_PHRASES) if (endsWith(tokens, end, p)) return true;
  return false;
}

/** Whether a token in [from, to) is "to" (loops, not slices: read for every figure). */
function hasTo(tokens: readonly QToken[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if ((tokens[k] as QToken).lower === 'to') return true;
  return false;
}

/**
 * The word before ", 52," ends a name: a proper noun, or a capitalised word after another one
 * ("Ethan Park, 21,": the tagger reads "Park" as a common noun).
 */
function endsName(tokens: readonly QToken[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return t.pos === 'PROPN' || (CAPITAL_FIRST.test(t.text) && CAPITAL_FIRST.test(tokens[k - 1]?.text ?? ''));
}

/** "Kamla Devi, 52, who was treated …", "a woman, 34,": a bare number set off by commas right after a name or a person. */
function ageApposition(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  if (expr.end !== expr.numberStart + 1 || expr.start !== expr.numberStart) return false;
  if (tokens[expr.start - 1]?.text !== ',' || !AGE_DIGITS.test(tokens[expr.start]?.text ?? '')) return false;
  const after = tokens[expr.end];
  // "a woman, 34, died", "the man, 45, was arrested": one person's age after a singular noun
  if (AGE_APPOSITION_NOUNS.has(tokens[expr.start - 2]?.lower ?? '')) return after?.text === ',' || after?.text === '.';
  if (!endsName(tokens, expr.start - 2)) return false;
  if (after?.text === ';') return semicolonListAge(tokens, expr.start);
  // "Mira Oduya, 34 — the oldest of the dead": a dash closes the aside as a comma does (full names only)
  if (after !== undefined && DASHES.has(after.text)) return fullNameEndsAt(tokens, expr.start - 2);
  return after === undefined || after.text === ',' || after.text === '.';
}

const DASHES = new Set(['—', '–']);

/** A tight hyphen inside a name ("Pike-Ochoa"): the tokens on both sides touch it. */
function nameHyphen(tokens: readonly QToken[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t !== undefined && t.text === '-' && before !== undefined && after !== undefined && before.end === t.start && t.end === after.start
    && CAPITAL_FIRST.test(before.text) && CAPITAL_FIRST.test(after.text);
}

/** The first token of the capitalised name ending at `k`, over tight hyphens ("Tessa Lind-Moreau"). */
function nameStart(tokens: readonly QToken[], k: number): number {
  let start = k;
  while (start > 0 && (CAPITAL_FIRST.test(tokens[start - 1]?.text ?? '') || nameHyphen(tokens, start - 1))) start--;
  return start;
}

/**
 * "The dead were Owen Pelletier, 15; Ava Brandvold, 16; and …": a list of full names and ages
 * set off by semicolons. The item before or after is one too, and the name is two capitalised
 * words, the last no place noun ("Hollis County, 6; Pruitt County, 2" is a toll by county).
 */
function semicolonListAge(tokens: readonly QToken[], number: number): boolean {
  if (!fullNameEndsAt(tokens, number - 2)) return false;
  let next = number + 2;
  if (tokens[next]?.lower === 'and') next++;
  // "…; and teacher Colm Reddy, 52": a lower-case role noun or two before the next name
  for (let n = 0; n < 2 && tokens[next]?.pos === 'NOUN' && !CAPITAL_FIRST.test(tokens[next]?.text ?? ''); n++) next++;
  let end = next;
  while ((CAPITAL_FIRST.test(tokens[end]?.text ?? '') || nameHyphen(tokens, end)) && end < next + 6) end++;
  if (end > next && fullNameEndsAt(tokens, end - 1) && tokens[end]?.text === ',' && AGE_DIGITS.test(tokens[end + 1]?.text ?? '')) return true;
  const start = nameStart(tokens, number - 2);
  const before = tokens[start - 1]?.lower === 'and' ? start - 2 : start - 1;
  // "…; Ava Brandvold, 16;", or the end of a list of commas: "Mira Oduya, 34, and Tomas Keller, 51;"
  const sep = tokens[before]?.text;
  return (sep === ';' || (sep === ',' && tokens[before - 2]?.text === ',')) && AGE_DIGITS.test(tokens[before - 1]?.text ?? '');
}

/** A name of two capitalised words ending at `k`, the last no place noun ("Hollis County"). */
function fullNameEndsAt(tokens: readonly QToken[], k: number): boolean {
  const last = tokens[k];
  if (last === undefined || !endsName(tokens, k) || !CAPITAL_FIRST.test(last.text) || PLACE_NOUNS.has(last.lower)) return false;
  // "Jonah Pike-Ochoa": the hyphenated surname's first part is the word before the given name
  const before = nameHyphen(tokens, k - 1) ? k - 3 : k - 1;
  return CAPITAL_FIRST.test(tokens[before]?.text ?? '');
}

/**
 * "died on Thursday at 88", "passed away at home at 79": a bare "at N" after a word of dying in
 * the same clause, with no other verb in between ("the number who died stood at 88" is no age).
 */
function diedAt(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  if (tokens[expr.start - 1]?.lower !== 'at' || expr.start !== expr.numberStart || expr.end !== expr.numberStart + 1) return false;
  for (let k = expr.start - 2; k >= Math.max(0, expr.start - 10); k--) {
    const t = tokens[k] as QToken;
    // "the number of dead at 37", "put the dead at 37": "dead" as a noun names the toll
    if (t.lower === 'dead' && (tokens[k - 1]?.lower === 'of' || tokens[k - 1]?.lower === 'the')) return false;
    if (DIED_AT_WORDS.has(t.lower)) return !t.lower.startsWith('pass') || tokens[k + 1]?.lower === 'away';
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation') return false;
  }
  return false;
}

/** "aged 24 and 31", "ages 9, 12 and 15": a bare number listed after an age word is an age too. */
function listedAge(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  let k = expr.start - 1;
  for (let n = 0; n < 4; n++) {
    const join = tokens[k]?.lower;
    if (join !== 'and' && join !== ',') return false;
    if (!AGE_DIGITS.test(tokens[k - 1]?.text ?? '')) return false;
    if (AGE_WORDS.has(tokens[k - 2]?.lower ?? '')) return true;
    k -= 2;
  }
  return false;
}

const POSSESSIVE = /^['’]s$/u;

/** "the world's", "an estimated", "the": words between a leader's "of" or verb and the figure. */
function beforeFigure(tokens: readonly QToken[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVE.test(t.text) || POSSESSIVE.test(tokens[k + 1]?.text ?? '');
}

/**
 * The people a person leads or serves, or a place's population, not a count of the event:
 * "spiritual leader of some 40 million faithful, who died on Monday", "who led a nation of 12
 * million", "the town of Hollen, home to about 9,000 people", "the bishop, who served 300,000 Catholics, died": a death cue after such a figure
 * is the person's, as "a mother of two" counts a family.
 */
function constituency(tokens: readonly QToken[], expr: QuantityExpr, unit: Unit | null): boolean {
  // people only: "leaders of 20 countries" counts the countries that came
  if (unit !== null && !PERSON_NOUNS.has(unit.word) && !PERSON_NOUNS.has(unit.text.toLowerCase()) && !CONSTITUENCY_UNITS.has(unit.text.toLowerCase())) return false;
  let k = expr.start - 1;
  for (let n = 0; n < 3 && beforeFigure(tokens, k); n++) k--;
  if (tokens[k]?.lower === 'over') k--; // "who presided over some 2 million Anglicans"
  const word = tokens[k]?.lower ?? '';
  if (word === 'of') return CONSTITUENCY_OF_NOUNS.has(tokens[k - 1]?.lower ?? '');
  if (word === 'to') return CONSTITUENCY_TO_NOUNS.has(tokens[k - 1]?.lower ?? '');
  if (!CONSTITUENCY_VERBS.has(word)) return false;
  // the verb of a relative clause about a person ("who served", "who had long led")
  let j = k - 1;
  while (j > k - 3 && CONSTITUENCY_VERB_LEADS.has(tokens[j]?.lower ?? '')) j--;
  return tokens[j]?.lower === 'who';
}

/** An age ("aged 17", "at age 95", "17 years old", "Kamla Devi, 52,") or a difference ("all but three"). */
function ageOrDifference(tokens: readonly QToken[], expr: QuantityExpr): string | null {
  const prev = tokens[expr.start - 1];
  if (prev !== undefined && AGE_WORDS.has(prev.lower)) return 'age';
  if (listedAge(tokens, expr)) return 'age';
  if (prev?.lower === 'of' && AGE_WORDS.has(tokens[expr.start - 2]?.lower ?? '')) return 'age'; // "at the age of 95"
  if (personOfAge(tokens, expr)) return 'age';
  // "between the ages of 6 and 7", "aged 6 to 10": the second figure of a range of ages
  if ((prev?.lower === 'and' || prev?.lower === 'to') && tokens[expr.start - 2]?.type === 'number' && ageOrDifference(tokens, { ...expr, start: expr.start - 2, numberStart: expr.start - 2, end: expr.start - 1 }) === 'age') return 'age';
  if (tokens[expr.end]?.lower === 'years' && tokens[expr.end + 1]?.lower === 'old') return 'age';
  if (ageApposition(tokens, expr)) return 'age';
  // "a mother of two", "the father of three children": a family's size
  if (prev?.lower === 'of' && FAMILY_OF_NOUNS.has(tokens[expr.start - 2]?.lower ?? '')) return 'family';
  if (ownKin(tokens, expr)) return 'family';
  if (afterDifferencePhrase(tokens, expr.start)) return 'difference';
  // "climbed by nearly 14,000 to more than 55,000": the rise, not the toll
  if (prev?.lower === 'by' && tokens[expr.start - 2]?.pos === 'VERB' && hasTo(tokens, expr.end, expr.end + 5)) {
    return 'difference';
  }
  // "The toll rose by 12 overnight", "58 dead, up by 12 from Tuesday"
  if (prev?.lower === CHANGE_BY_WORD && CHANGE_BY_VERBS.has(tokens[expr.start - 2]?.lower ?? '')) return 'difference';
  return null;
}

/** "a boy of 17 was pulled out alive", "two boys of 6 and 7": a person and "of", then an age with no noun of its own. */
function personOfAge(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  if (tokens[expr.start - 1]?.lower !== 'of' || tokens[expr.end]?.pos === 'NOUN') return false;
  const noun = tokens[expr.start - 2];
  if (noun === undefined) return false;
  let lead = expr.start - 3; // past an adjective or two: "a disabled man of 52"
  while (lead > expr.start - 6 && tokens[lead]?.pos === 'ADJ') lead--;
  const singular = AGE_OF_PERSON_NOUNS.has(noun.lower) && AGE_OF_ARTICLES.has(tokens[lead]?.lower ?? '');
  const plural = AGE_OF_PERSON_NOUNS.has(noun.lemma) && noun.lower !== noun.lemma && tokens[expr.start - 3]?.pos === 'NUM';
  return singular || plural;
}

/**
 * Someone's own relatives ("his two daughters", "the couple's three children", "Five members of
 * his family were injured"): a story's anecdote, not the event's count.
 */
function ownKin(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  const next = tokens[expr.end]?.lower ?? '';
  if (KIN_COUNT_NOUNS.has(next)) return KIN_POSSESSIVES.has(tokens[expr.start - 1]?.lower ?? '');
  return next === 'members' && tokens[expr.end + 1]?.lower === 'of' && KIN_POSSESSIVES.has(tokens[expr.end + 2]?.lower ?? '') && SAME_GROUP_NOUNS.has(tokens[expr.end + 3]?.lower ?? '');
}

/** "240 patients a day", "6,000 deaths annually": the words right after the figure and its noun. */
function isRate(tokens: readonly QToken[], expr: QuantityExpr, unit: Unit | null): boolean {
  const after = unit !== null && unit.index >= expr.end ? unit.index + 1 : expr.end;
  const first = tokens[after]?.lower ?? '';
  return RATE_WORDS.has(first) || (RATE_LEADS.has(first) && RATE_PERIODS.has(tokens[after + 1]?.lower ?? ''));
}

/** "members of one family", "all from one village": "one" as "a single" (see SAME_GROUP_NOUNS). */
function sameGroup(prev: QToken | undefined, next: QToken | undefined): boolean {
  return prev !== undefined && next !== undefined && SAME_GROUP_LEADS.has(prev.lower) && SAME_GROUP_NOUNS.has(next.lower);
}

/** Why a number is not a count (null: it is one). `unitAllowed`: the rule lists its unit. */
/** "the 27-nation European Union", "the 54-member bloc": a hyphenated figure before a name or a bloc noun (BLOC_NOUNS) sizes the bloc. */
function blocSize(tokens: readonly QToken[], unit: Unit | null): boolean {
  if (unit === null || !unit.compound) return false;
  const next = tokens[unit.index + 1];
  return next !== undefined && (BLOC_NOUNS.has(next.lower) || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)));
}

export function notACount(tokens: readonly QToken[], expr: QuantityExpr, unit: Unit | null, unitAllowed: boolean): string | null {
  // the number's tokens are [numberStart, numberEnd): read in place, not sliced (every figure, every rule's unit)
  const numberEnd = Math.min(expr.end, tokens.length);
  const first = tokens[expr.numberStart];
  const prev = tokens[expr.start - 1];
  const next = tokens[expr.end];
  if (first === undefined) return 'empty';
  if (prev !== undefined && (CURRENCY_SYMBOLS.has(prev.lower) || prev.type === 'currency')) return 'money';
  if (sizesIncident(tokens, expr)) return 'magnitude';
  // "he suffered two injuries": one person's wounds, no count of people hurt
  if (unit !== null && INJURY_NOUNS.has(unit.word) && OWN_INJURY_VERBS.has(tokens[expr.start - 1]?.lower ?? '')) return 'own-injuries';
  if (unit !== null && CURRENCY_UNITS.has(unit.word)) return 'money';
  const percent = unit?.word === 'percent' || (next !== undefined && PERCENT_WORDS.has(next.lower));
  if (percent) return unitAllowed ? null : 'percent';
  if (next !== undefined && CLOCK_WORDS.has(next.lower)) return 'time';
  if (someNumberToken(tokens, expr.numberStart, numberEnd, hasColon)) return 'time';
  if (isRate(tokens, expr, unit)) return 'rate';
  if (isMonthName(prev) || isMonthName(next)) return 'date';
  if (prev !== undefined && NUMBERING.has(prev.lower) && prev.text !== 'no') return 'numbering';
  if (labels(prev) && expr.start === expr.numberStart) return 'label';
  if (capacityOf(tokens, expr.start)) return 'capacity';
  if (bracketedAge(tokens, expr)) return 'age';
  // "one in three people agree": a ratio; "the Group of Seven": a name
  if (prev?.lower === 'in' && RATIO_FIRSTS.has(tokens[expr.start - 2]?.lower ?? '')) return 'rate';
  if (prev?.lower === 'of' && tokens[expr.start - 2]?.lower === 'group' && UPPER_START.test(first.text)) return 'name';
  if (first.lower === 'one' && expr.end === expr.numberStart + 1 && (next?.lower === 'of' || next?.lower === 'another')) {
    return 'pronoun';
  }
  if (first.lower === 'one' && expr.start === expr.numberStart && sameGroup(prev, next)) return 'same-group';
  const other = ageOrDifference(tokens, expr);
  if (other !== null) return other;
  if (constituency(tokens, expr, unit)) return 'constituency';
  if (unit === null && diedAt(tokens, expr)) return 'age';
  // "In 1998 Indian troops killed …": the noun after a year is the clause's subject, not its unit
  const single = numberEnd - expr.numberStart === 1 && expr.start === expr.numberStart;
  if (single && YEAR_PREPOSITIONS.has(prev?.lower ?? '') && isYearToken(first)) return 'year';
  if (blocSize(tokens, unit)) return 'bloc-size';
  if (unitAllowed) return null;
  if (unit?.compound) return 'compound';
  const yearLike = unit === null && numberEnd - expr.numberStart === 1 && isYearToken(first);
  if (yearLike && levelCount(tokens, expr)) return null;
  // an ordinal count ("a second death") is an ORDINAL entity and still a count
  if (expr.ordinal === undefined && someNumberToken(tokens, expr.numberStart, numberEnd, inSkippedEntity)) return 'entity';
  if (yearLike) return 'year';
  if (unit !== null && MEASURES.has(canonicalUnit(unit.word))) return 'measure';
  return null;
}

/** The first figure of a ratio ("one in three", "1 in 5", "two in five"). */
const RATIO_FIRSTS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'nine', '1', '2', '3', '4', '9']);

/**
 * "Justin Shilling (17)", "Tate Myre, (16)": a bare figure in brackets right after a name is the
 * person's age, as British and Irish copy writes it.
 */
function bracketedAge(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  if (expr.start !== expr.numberStart || expr.end !== expr.numberStart + 1) return false;
  if (tokens[expr.start - 1]?.text !== '(' || tokens[expr.end]?.text !== ')') return false;
  const n = Number(tokens[expr.start]?.text);
  if (!Number.isInteger(n) || n < 1 || n > 120) return false;
  let k = expr.start - 2;
  if (tokens[k]?.text === ',') k--;
  return tokens[k]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]?.text ?? '');
}

/**
 * A place's capacity before the figure at `start`: "holds 90,000 people", "can seat 5,000 guests",
 * "a capacity of 40,000 spectators", "room for 300 people" (lang/en/quantities.ts CAPACITY_VERBS).
 * "held 300 people for hours" is a count: only the present tense or a modal before it.
 */
function capacityOf(tokens: readonly QToken[], start: number): boolean {
  const prev = tokens[start - 1];
  if (prev === undefined) return false;
  if (prev.lower === 'of' || prev.lower === 'for') return CAPACITY_NOUNS.has(tokens[start - 2]?.lower ?? '');
  if (!CAPACITY_VERBS.has(prev.lower)) return false;
  // "holds", "seats": present; "hold", "seat": after a modal ("can hold"), not "troops hold 300 prisoners"
  return prev.lower.endsWith('s') || tokens[start - 2]?.pos === 'AUX';
}

/** Whether `prev` is a noun a number after it labels ("Room 201", "Flight 302"): lang/en/quantities.ts LABEL_NOUNS. */
function labels(prev: QToken | undefined): boolean {
  if (prev === undefined || !LABEL_NOUNS.has(prev.lower)) return false;
  return LOWER_CASE_LABEL_NOUNS.has(prev.lower) || UPPER_START.test(prev.text);
}
const UPPER_START = /^\p{Lu}/u;

/**
 * The size of the incident, not a count: "magnitude 7.8 earthquake", "magnitude-7.8" (read with
 * a space, analyze/fold.ts), "a magnitude of 6.2", "7.8-magnitude quake", "7.8 magnitude".
 */
function sizesIncident(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  const before = tokens[expr.start - 1]?.lower === 'of' ? tokens[expr.start - 2] : tokens[expr.start - 1];
  if (INCIDENT_SIZE_WORDS.has(before?.lower ?? '')) return true;
  const after = tokens[expr.end]?.text === '-' ? tokens[expr.end + 1] : tokens[expr.end];
  return INCIDENT_SIZE_WORDS.has(after?.lower ?? '');
}

/**
 * A number that looks like a year but is the level of a count: with a qualifier a year never
 * takes ("almost 2000", "at least 1950"), or right after a verb of level ("the toll surged to
 * 1941", "stood at 2012", "reached 1900"). "in 1941", "since 2000", "around 2000" stay years.
 */
function levelCount(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  if (expr.qualifier !== null && expr.start < expr.numberStart && COUNT_ONLY_QUALIFIERS.has(expr.qualifier)) return true;
  let k = expr.start - 1;
  const prev = tokens[k]?.lower;
  if (prev === 'to' || prev === 'at') k--;
  return LEVEL_COUNT_VERBS.has(tokens[k]?.lower ?? '');
}

const hasColon = (t: QToken): boolean => t.text.includes(':');
const inSkippedEntity = (t: QToken): boolean => t.entityType !== null && SKIP_ENTITY_TYPES.has(t.entityType);

function someNumberToken(tokens: readonly QToken[], from: number, to: number, test: (t: QToken) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(tokens[k] as QToken)) return true;
  return false;
}

/** A sentence's figures read in one year (null: none); a shape has a short list of them (one year, mostly), not a Map. */
interface YearFigures {
  year: number | null;
  figures: SharedFigures | null;
}

const figuresOf = new SetCache<SentenceShape, YearFigures[]>();

/** The entry of `year` (a loop, not `find`: no closure per sentence of every copy). */
function ofYear(list: readonly YearFigures[], year: number | null): YearFigures | undefined {
  for (const x of list) if (x.year === year) return x;
  return undefined;
}

/** The span of a reading in the copy of the sentence `ns` is. */
export function spanIn(ns: NumberedSentence, r: QuantityReading): Span {
  return ns.delta === 0 ? r.span : { start: r.span.start + ns.delta, end: r.span.end + ns.delta };
}

/**
 * A sentence's figures, read once per shape and year. The readings are not rebased on this
 * copy's start (most figures are no rule's value): `delta` is, and `spanIn` rebases a span.
 */
function sentenceFigures(doc: Doc, sentence: Sentence, year: number | null): NumberedSentence | null {
  const shape = sentenceShape(doc, sentence);
  const byYear = figuresOf.get(shape);
  const known = byYear === undefined ? undefined : ofYear(byYear, year);
  if (known === undefined) {
    const ns = readSentence(doc, sentence, sentenceWords(doc, sentence), year);
    const entry: YearFigures = { year, figures: ns === null ? null : ns.figures };
    // a list of one, as a literal (one year, mostly: a list pushed has room for 17)
    if (byYear === undefined) figuresOf.set(shape, [entry]);
    else byYear.push(entry);
    return ns;
  }
  const shared = known.figures;
  if (shared === null) return null; // most sentences (their words are not asked for)
  return { sentence, tokens: withEntityTypes(doc, sentenceWords(doc, sentence)), readings: shared.readings, delta: sentence.start - shared.base, figures: shared };
}

/** Whether every token carries its entity type (a loop, not `every`: asked for every copy of a sentence). */
function allTyped(words: readonly Token[]): boolean {
  for (let k = 0; k < words.length; k++) if ((words[k] as Partial<QToken>).entityType === undefined) return false;
  return true;
}

/** Tokens from analyze() carry their entity type already (no copy); others get one. */
function withEntityTypes(doc: Doc, words: Token[]): QToken[] {
  if (allTyped(words)) return words as QToken[];
  return words.map((t) => ({
    i: t.i, text: t.text, lower: t.lower, start: t.start, end: t.end, pos: t.pos, lemma: t.lemma, type: t.type,
    sentence: t.sentence, entity: t.entity,
    entityType: t.entity === null ? null : doc.entities[t.entity]?.type ?? null,
  }));
}

function readSentence(doc: Doc, sentence: Sentence, words: Token[], year: number | null): NumberedSentence | null {
  if (!mayHaveQuantities(words)) return null; // most sentences: no word list made
  // lists here are pushed, not mapped: `map` makes a holey list in the interpreter and a packed
  // one in optimized code, and code optimized on one kind was thrown away on meeting the other
  const lowers: string[] = [];
  for (const t of words) lowers.push(t.lower);
  let exprs = withOrdinalCounts(findQuantities(lowers), lowers);
  if (exprs.length === 0) return null;
  const tokens = withEntityTypes(doc, words);
  let units: (Unit | null)[] = [];
  let extents: { start: number; end: number }[] = [];
  for (const e of exprs) {
    const unit = e.zero ? null : e.ordinal !== undefined ? ordinalUnit(tokens, e) : findUnit(tokens, e) ?? countOfUnit(tokens, e);
    units.push(unit);
    extents.push({ start: e.start, end: (unit !== null && unit.index >= e.end ? unit.index : e.end - 1) + 1 });
  }
  // the age inside a count's extent ("Two 14-year-old students") is no figure of its own
  if (extents.some((x, n) => n > 0 && x.start < (extents[n - 1] as { end: number }).end)) {
    const keep = exprs.map((_, n) => n === 0 || (extents[n] as { start: number }).start >= (extents[n - 1] as { end: number }).end);
    exprs = exprs.filter((_, n) => keep[n]);
    units = units.filter((_, n) => keep[n]);
    extents = extents.filter((_, n) => keep[n]);
  }
  const readings: QuantityReading[] = [];
  exprs.forEach((expr, n) => {
    const extent = extents[n] as { start: number; end: number };
    const firstTok = tokens[extent.start];
    const lastTok = tokens[extent.end - 1];
    if (firstTok === undefined || lastTok === undefined) return;
    const vague = expr.qualifier === 'several';
    const clause = clauseAt(tokens, expr.numberStart);
    readings.push({
      expr,
      unit: units[n] ?? null,
      extent,
      span: { start: firstTok.start, end: lastTok.end },
      high: vague ? VAGUE_RANGES.get(expr.value) ?? expr.value * 5 - 1 : expr.high,
      vague,
      integer: !expr.exact.includes('.'),
      count: notACount(tokens, expr, units[n] ?? null, false) === null,
      context: figureContext(tokens, expr, extents, n, year, clause),
      clause,
    });
  });
  const all = withElidedPlaceUnits(tokens, withPartitiveUnits(tokens, withSharedQualifiers(tokens, withUnnumberedPartners(tokens, withGroups(tokens, readings)))));
  const figures: SharedFigures = { base: sentence.start, readings: all, facts: undefined, distances: undefined };
  return { sentence, tokens, readings: all, delta: 0, figures };
}

/**
 * The expressions with the ordinal counts ("a second death") and the zero counts ("no one remains
 * missing": the "one" of "no one" is then no figure of its own) of the words, in sentence order
 * (the same list when none).
 */
function withOrdinalCounts(exprs: QuantityExpr[], lowers: readonly string[]): QuantityExpr[] {
  const ordinals = findOrdinalCounts(lowers);
  const zeros = findZeroCounts(lowers);
  if (zeros.length > 0) {
    exprs = exprs.filter((e) => !zeros.some((z) => e.start < z.end && z.start < e.end));
    ordinals.push(...zeros);
  }
  if (ordinals.length === 0) return exprs;
  return [...exprs, ...ordinals].sort((a, b) => a.start - b.start);
}

/**
 * The toll noun right after an ordinal count ("second death" -> death), whatever the tagger made of
 * it (a title-case headline), written in the plural it counts ("deaths": "2 deaths", not "2 death").
 */
function ordinalUnit(tokens: readonly QToken[], expr: QuantityExpr): Unit | null {
  const t = tokens[expr.end];
  if (t === undefined) return null;
  return { index: expr.end, word: t.lower, text: ORDINAL_COUNT_NOUNS.get(t.lower) ?? t.text, compound: false };
}

/** Tags of the words between two coordinated figures: "[were killed] and", "[dead],". */
const ELLIPSIS_GAP_TAGS: ReadonlySet<string> = new Set(['AUX', 'VERB', 'ADJ', 'ADV']);

/**
 * The figure whose leading qualifier `r` shares: "At least 27 people were killed and 410
 * injured" (at least 410), "Nearly 30 dead, 200 hurt": the nearest earlier figure, with a
 * qualifier, then only its verb or state and "and" / ",", and `r` bare, followed by its own
 * state ("injured"), no clause of its own ("and 410 were injured" keeps its own wording).
 */
function qualifierSource(tokens: readonly QToken[], readings: readonly QuantityReading[], r: QuantityReading): QuantityReading | null {
  if (r.expr.qualifier !== null || r.vague || r.high !== null || r.context.kind !== null || r.total !== undefined) return null;
  if (isTotal(readings, r)) return null; // a group's total: its members point to it as it is
  let p: QuantityReading | null = null;
  for (const x of readings) if (x.extent.end <= r.extent.start && (p === null || x.extent.end > p.extent.end)) p = x;
  const q = p?.expr.qualifier ?? null;
  if (p === null || q === null || q === 'range' || q === 'several' || p.total !== undefined) return null;
  // people only ("Some 40 nations signed, two countries abstained" shares nothing)
  if (!countsPeople(p) || !countsPeople(r)) return null;
  const join = tokens[r.extent.start - 1]?.lower;
  if (join !== 'and' && join !== ',') return null;
  let k = r.extent.start - 2;
  if (join === 'and' && tokens[k]?.lower === ',') k--;
  if (k < p.extent.end || k - p.extent.end > 2) return null;
  let aux = false;
  for (let j = p.extent.end; j <= k; j++) {
    const tag = tokens[j]?.pos ?? '';
    if (!ELLIPSIS_GAP_TAGS.has(tag)) return null;
    aux ||= tag === 'AUX' || tag === 'ADJ';
  }
  // "were killed and 410 injured" (the auxiliary elided), "dead, 200 hurt", or headline style
  // with no nouns ("At least 27 killed, 410 injured"); not "12 people died and 30 fled"
  if (!aux && (p.unit !== null || (r.unit !== null && !OUTCOME_NOUNS.has(r.unit.text.toLowerCase())))) return null;
  // "and 40 seriously injured": an adverb of manner before the state ("and nine still missing" shares nothing)
  let state = r.extent.end;
  while (state < r.extent.end + 2 && tokens[state]?.pos === 'ADV' && LY_END.test(tokens[state]?.lower ?? '')) state++;
  const after = tokens[state]?.pos;
  const stateNoun = OUTCOME_NOUNS.has(r.unit?.text.toLowerCase() ?? ''); // "80 wounded" read as a noun
  if (ownFiniteVerb(tokens[state])) return null; // "and nine remain missing": a clause of its own
  return after === 'VERB' || after === 'ADJ' || stateNoun ? p : null;
}

/**
 * A verb after the second figure that is finite, not the participle an elided auxiliary takes:
 * "… and nine remain missing", "… and five died" have their own verb (and say nothing of the
 * first figure's hedge); "… and 40 injured", "… and 410 hurt" are "[were] injured".
 */
function ownFiniteVerb(t: QToken | undefined): boolean {
  if (t === undefined || t.pos !== 'VERB') return false;
  if (OWN_CLAUSE_VERBS.has(t.lower)) return true;
  // "-ing" too: "… and 40 missing" is "[were] missing"
  return !PARTICIPLE_END.test(t.lower) && !ING_END.test(t.lower) && !IRREGULAR_STATE_PARTICIPLES.has(t.lower);
}

/**
 * "Eighty-eight of the 173 people on board were rescued": a bare figure followed by "of (the)"
 * and a figure of people counts those people too (88 people, a share of the 173); it takes the
 * whole's unit, so that it is compared with "Eighty-eight people have been rescued" as the count
 * it is. What became of them belongs to the share, not to the whole (kinds/counted.ts
 * `peopleState`). Only a figure with no noun of its own, right before "of", and a whole of
 * people (not "of the 41 dead": an outcome noun is no unit of a share's people).
 */
function withPartitiveUnits(tokens: readonly QToken[], readings: QuantityReading[]): QuantityReading[] {
  let out: QuantityReading[] | null = null;
  for (let n = 0; n + 1 < readings.length; n++) {
    const r = readings[n] as QuantityReading;
    if (r.unit !== null || tokens[r.extent.end]?.lower !== 'of') continue; // the usual case: a noun, or no "of"
    const whole = readings[n + 1] as QuantityReading;
    const gap = whole.extent.start - r.extent.end;
    if (!(gap === 1 || (gap === 2 && tokens[r.extent.end + 1]?.lower === 'the'))) continue;
    if (!r.count || !r.integer || r.vague || !groupMember(whole)) continue;
    (out ??= readings.slice())[n] = { ...r, unit: whole.unit };
  }
  return out ?? readings;
}

/**
 * "The number of people evacuated rose to 58,000, with about 31,000 still in evacuation centres",
 * "… and 19,000 remain in shelters": a bare whole figure next after a count of people in the
 * sentence, joined by "with", "and", "while" or a comma, that says where some of them stay ("in" and a place people stay in,
 * lang/en/attendance.ts PEOPLE_PLACES, past "still" and a verb of staying) or that they stay under
 * evacuation orders ("Orders were lifted for 5,000 people, while 9,000 remained under orders"), counts those people
 * too: it takes their unit. Not "and 12 in Dorsk" (no place noun: a part of a toll) nor a figure
 * with a noun of its own.
 */
function withElidedPlaceUnits(tokens: readonly QToken[], readings: QuantityReading[]): QuantityReading[] {
  let out: QuantityReading[] | null = null;
  for (let n = 1; n < readings.length; n++) {
    const r = readings[n] as QuantityReading;
    if (r.unit !== null || !ELIDED_PLACE_JOINS.has(tokens[r.extent.start - 1]?.lower ?? '')) continue; // the usual case
    const p = (out ?? readings)[n - 1] as QuantityReading;
    if (!r.count || !r.integer || r.vague || p.unit === null || !PERSON_NOUNS.has(p.unit.word.toLowerCase())) continue;
    if (!placeFollows(tokens, r.extent.end)) continue;
    (out ??= readings.slice())[n] = { ...r, unit: p.unit };
  }
  return out ?? readings;
}

/** Whether "(still) (remain) in (evacuation) <place people stay in>" or "(remain) under (evacuation) orders" starts at token `k`. */
function placeFollows(tokens: readonly QToken[], k: number): boolean {
  while (ELIDED_PLACE_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  if (ELIDED_PLACE_VERBS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'under') return ordersFollow(tokens, k + 1);
  if (tokens[k]?.lower !== 'in') return false;
  for (let j = k + 1; j <= k + 1 + ELIDED_PLACE_MODIFIERS; j++) {
    const w = tokens[j]?.lower ?? '';
    if (PEOPLE_PLACES.has(w)) return !SHELTER_CENTRES.has(w) || SHELTER_CENTRE_LEADS.has(tokens[j - 1]?.lower ?? '');
    if (tokens[j]?.type !== 'word') return false;
  }
  return false;
}

/** Whether "(mandatory) (evacuation) orders" starts at `k`, in a sentence that speaks of evacuation ("remained under orders" after "Evacuation orders were lifted"). */
function ordersFollow(tokens: readonly QToken[], k: number): boolean {
  for (let j = k; j <= k + ELIDED_PLACE_MODIFIERS; j++) {
    if (!EVACUATION_ORDER_NOUNS.has(tokens[j]?.lower ?? '')) continue;
    return tokens.some((t) => t.lower.startsWith(EVACUATION_STEM));
  }
  return false;
}

/** Whether members of a group point to `r` as their total (a loop: asked of every figure). */
function isTotal(readings: readonly QuantityReading[], r: QuantityReading): boolean {
  for (let k = 0; k < readings.length; k++) if ((readings[k] as QuantityReading).total === r) return true;
  return false;
}

/** The numbered sentences of a doc, in order (pushed: see `readSentence`). */
function numberedSentences(doc: Doc, year: number | null): NumberedSentence[] {
  const out: NumberedSentence[] = [];
  for (const s of doc.sentences) {
    const figures = sentenceFigures(doc, s, year);
    if (figures !== null) out.push(figures);
  }
  return out;
}

/** The readings with shared qualifiers: the same list when none is shared (most sentences), else a new one. */
function withSharedQualifiers(tokens: readonly QToken[], readings: QuantityReading[]): QuantityReading[] {
  let out: QuantityReading[] | null = null;
  for (let n = 0; n < readings.length; n++) {
    const r = readings[n] as QuantityReading;
    const source = qualifierSource(tokens, readings, r);
    if (source !== null) (out ??= readings.slice(0, n)).push({ ...r, expr: { ...r.expr, qualifier: source.expr.qualifier } });
    else if (out !== null) out.push(r);
  }
  return out ?? readings;
}

/** A figure of one kind of people, a possible member of a group ("two students", "three police"). */
function groupMember(r: QuantityReading): boolean {
  const u = r.unit;
  if (!r.count || !r.integer || r.vague || r.high !== null || u === null || u.compound) return false;
  const word = u.word.toLowerCase();
  const text = u.text.toLowerCase();
  if (OUTCOME_NOUNS.has(word) || OUTCOME_NOUNS.has(text)) return false;
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(text);
}

/**
 * Whether member `b` follows member `a` joined only by "and", "," or ", and". A comma after a
 * figure of the whole ("10 people, four soldiers and six civilians") opens its breakdown, no list.
 */
function joinAfter(tokens: readonly QToken[], a: QuantityReading, b: QuantityReading): 'and' | ',' | null {
  const first = tokens[a.extent.end]?.lower;
  const gap = b.extent.start - a.extent.end;
  // "19 Children & 2 Adults Killed": a headline's ampersand
  if (gap === 1 && (first === 'and' || first === '&')) return 'and';
  if (gap === 2 && first === ',' && tokens[a.extent.end + 1]?.lower === 'and') return 'and';
  const whole = WHOLE_GROUP_NOUNS.has(a.unit?.text.toLowerCase() ?? '');
  if (gap === 1 && first === ',' && !whole) return ',';
  // a headline's "19 students dead, 2 adults killed": each member with its word of harm, the same
  // outcome ("3 students killed, 8 others wounded" is two counts)
  if (gap !== 2 || !HEADLINE_GROUP_VERBS.has(first ?? '') || tokens[a.extent.end + 1]?.lower !== ',') return null;
  const next = HEADLINE_OUTCOMES[tokens[b.extent.end]?.lower ?? ''];
  return next === undefined || next === HEADLINE_OUTCOMES[first ?? ''] ? ',' : null;
}

const isPersonNoun = (t: QToken | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'ADJ') && personWord(t);

/**
 * A member the figures do not read goes on the list ("two policemen and a civilian", "a teacher
 * and two students"): a sum of the figures would be short, so none is made.
 */
function listGoesOn(tokens: readonly QToken[], readings: readonly QuantityReading[], first: QuantityReading, last: QuantityReading): boolean {
  let k = last.extent.end;
  if (tokens[k]?.lower === ',') k++;
  if (tokens[k]?.lower === 'and' || k > last.extent.end) {
    if (tokens[k]?.lower === 'and') k++;
    while (LIST_DETERMINERS.has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADJ') k++;
    if (k > last.extent.end + 1 && isPersonNoun(tokens[k])) return true;
  }
  let j = first.extent.start - 1;
  if (tokens[j]?.lower !== 'and' && tokens[j]?.lower !== ',') return false;
  if (appositionHead(tokens, j, last)) return false;
  if (tokens[j - 1]?.lower === ',') j--;
  // a figure's own noun there ("10 people, eight students and two teachers") is what the group explains
  return isPersonNoun(tokens[j - 1]) && !readings.some((x) => x.extent.end === j);
}

/**
 * "The victims, 23 men and four women, died at the scene": the group set off by commas right after
 * "the victims" (the comma at `comma`) and followed by the verb restates them; "the victims" is
 * no member the figures missed.
 */
function appositionHead(tokens: readonly QToken[], comma: number, last: QuantityReading): boolean {
  if (tokens[comma]?.text !== ',' || !APPOSITION_HEAD_NOUNS.has(tokens[comma - 1]?.lower ?? '')) return false;
  if (!APPOSITION_HEAD_DETERMINERS.has(tokens[comma - 2]?.lower ?? '')) return false;
  const verb = tokens[last.extent.end + 1];
  return tokens[last.extent.end]?.text === ',' && (verb?.pos === 'VERB' || verb?.pos === 'AUX');
}

const OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM']);

/**
 * The last member is the subject of a clause of its own: after a verb that the group is the
 * object of, a verb with its own auxiliary or object follows ("killed four people and nine
 * others were injured", "… and nine others suffered burns"), not a participle that describes
 * the whole group ("the deaths of two students and two teachers killed in the attack").
 */
function lastOpensClause(tokens: readonly QToken[], first: QuantityReading, last: QuantityReading): boolean {
  let verbBefore = false;
  for (let k = first.clause.start; k < first.extent.start; k++) {
    if (tokens[k]?.pos === 'VERB') verbBefore = true;
    // "tragedy struck as three children and three adults were killed": the group opens the clause
    else if (SUBORDINATORS.has(tokens[k]?.lower ?? '')) verbBefore = false;
  }
  const next = tokens[last.extent.end];
  if (!verbBefore || next === undefined) return false;
  return next.pos === 'AUX' || (next.pos === 'VERB' && OBJECT_TAGS.has(tokens[last.extent.end + 1]?.pos ?? ''));
}

/** Punctuation that opens the breakdown of the figure just before it ("Nine victims – eight students and one teacher –"). */
const BREAKDOWN_OPENERS: ReadonlySet<string> = new Set(['–', '—', '-', ':', '(', ',']);

/**
 * The group explains a figure the sentence already gave: a part opener ("including eight students
 * and two teachers"), a figure of people right before it and a dash, colon or comma, or an earlier
 * figure of people equal to its sum ("Ten people died on Tuesday, eight students and two teachers").
 */
function explainsFigure(tokens: readonly QToken[], readings: readonly QuantityReading[], members: readonly QuantityReading[], sum: number): boolean {
  const first = members[0] as QuantityReading;
  if (members.some((m) => m.context.kind === 'part')) return true;
  const opener = BREAKDOWN_OPENERS.has(tokens[first.extent.start - 1]?.text ?? '') ? first.extent.start - 1 : -1;
  return readings.some((x) => !members.includes(x) && x.extent.end <= first.extent.start && x.count && countsPeople(x)
    && x.context.kind !== 'background' && (x.extent.end === opener || (x.expr.value === sum && x.high === null)));
}

const countsPeople = (r: QuantityReading): boolean =>
  r.unit === null || PERSON_NOUNS.has(r.unit.word.toLowerCase()) || PERSON_NOUNS.has(r.unit.text.toLowerCase());

/**
 * The runs of members joined by "and" / "," whose last join is "and" (sentence order). A run is
 * a stretch of the readings in a row, kept by its first index: no list for a lone figure.
 */
function memberRuns(tokens: readonly QToken[], readings: readonly QuantityReading[]): QuantityReading[][] {
  const runs: QuantityReading[][] = [];
  let start = -1;
  let lastJoin: 'and' | ',' | null = null;
  for (let n = 0; n < readings.length; n++) {
    const r = readings[n] as QuantityReading;
    const join = start < 0 || !groupMember(r) ? null : joinAfter(tokens, readings[n - 1] as QuantityReading, r);
    if (join !== null) {
      lastJoin = join;
      continue;
    }
    if (start >= 0 && n - start >= 2 && closesGroup(tokens, readings[n - 1] as QuantityReading, lastJoin)) runs.push(readings.slice(start, n));
    start = groupMember(r) ? n : -1;
    lastJoin = null;
  }
  if (start >= 0 && readings.length - start >= 2 && closesGroup(tokens, readings[readings.length - 1] as QuantityReading, lastJoin)) runs.push(readings.slice(start));
  return runs;
}

/** A run of members ends a group: its last member joined by "and", or by a comma right before a word of harm ("19 children, 2 teachers killed"). */
function closesGroup(tokens: readonly QToken[], last: QuantityReading, join: 'and' | ',' | null): boolean {
  return join === 'and' || (join === ',' && HEADLINE_GROUP_VERBS.has(tokens[last.extent.end]?.lower ?? ''));
}

/**
 * Figures of people joined only by "and" / "," ("two students and two teachers were killed",
 * "three soldiers, two policemen and one civilian") state a total, their sum: it is read as a
 * figure of its own over the whole group (qualifier shared: "at least two soldiers and three
 * police" is at least 5), and the members become its parts. A group that breaks down a figure
 * the sentence gave makes no total: its members are parts of that figure.
 */
function withGroups(tokens: readonly QToken[], readings: QuantityReading[]): QuantityReading[] {
  const runs = memberRuns(tokens, readings);
  if (runs.length === 0) return readings;
  const out = [...readings];
  for (const members of runs) {
    const first = members[0] as QuantityReading;
    const last = members[members.length - 1] as QuantityReading;
    const q = first.expr.qualifier;
    if (members.some((m, n) => n > 0 && m.expr.qualifier !== null && m.expr.qualifier !== q)) continue;
    if (first.unit?.word === 'other' || lastOpensClause(tokens, first, last)) continue;
    if (listGoesOn(tokens, readings, first, last)) {
      // "The guards, two students and three teachers were killed": a member without a figure
      // leaves the total unknown; the figures stay shares of it, none the count
      for (const m of members) if (m.context.kind === null) out[out.indexOf(m)] = { ...m, context: { kind: 'part' } };
      continue;
    }
    const exact = sumOf(members);
    if (exact === null) continue;
    const explains = explainsFigure(tokens, readings, members, toNumber(exact));
    const total = explains ? undefined : groupTotal(members, exact);
    const parts = members.map((m): QuantityReading => ({ ...m, context: m.context.kind === null ? { kind: 'part' } : m.context, ...(total && { total }) }));
    for (const [n, m] of members.entries()) out[out.indexOf(m)] = parts[n] as QuantityReading;
    if (total !== undefined) out.splice(out.indexOf(parts[0] as QuantityReading), 0, total);
  }
  return out;
}

/**
 * "Two policemen and a civilian were killed", "his wife and two children died": a lone figure of
 * people joined by "and" to a member with no figure counts only part of the group (the total is
 * unknown), a share, never the count. Members of a group read above are left as they are.
 */
function withUnnumberedPartners(tokens: readonly QToken[], readings: QuantityReading[]): QuantityReading[] {
  let out: QuantityReading[] | null = null;
  for (let n = 0; n < readings.length; n++) {
    const r = readings[n] as QuantityReading;
    if (r.context.kind !== null || r.total !== undefined || !groupMember(r) || isTotal(readings, r)) continue;
    if (partnerAfter(tokens, r.extent.end) || partnerBefore(tokens, readings, r.extent.start)) {
      (out ??= readings.slice())[n] = { ...r, context: { kind: 'part', unnumberedPartner: true } };
    }
  }
  return out ?? readings;
}

/** Most words of an age aside between a member and its partner ("nine pupils, aged 12 to 15, and a teacher"). */
const AGE_ASIDE_MAX = 6;

/**
 * "… and a civilian", "… and their driver": "and", a determiner, adjectives, a person noun (or a
 * compound's head); past an age aside set off by commas ("nine pupils, aged 12 to 15, and a teacher").
 */
function partnerAfter(tokens: readonly QToken[], end: number): boolean {
  if (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'aged') {
    let close = end + 2;
    while (close < end + 2 + AGE_ASIDE_MAX && tokens[close] !== undefined && tokens[close]?.text !== ',' && tokens[close]?.pos !== 'VERB' && tokens[close]?.pos !== 'AUX') close++;
    if (tokens[close]?.text === ',') end = close + 1;
  }
  // a headline's "Three students, teacher killed": a bare person noun after a comma, then the word of harm
  if (tokens[end]?.text === ',' && isPersonNoun(tokens[end + 1]) && HEADLINE_GROUP_VERBS.has(tokens[end + 2]?.lower ?? '')) return true;
  if (tokens[end]?.lower !== 'and' || !LIST_DETERMINERS.has(tokens[end + 1]?.lower ?? '')) return false;
  let k = end + 2;
  while (tokens[k]?.pos === 'ADJ' && !isPersonNoun(tokens[k])) k++;
  while (tokens[k + 1]?.pos === 'NOUN' && k < end + 6) k++; // the head of "a police officer"
  return isPersonNoun(tokens[k]);
}

/** Most words of a partner's modifiers read back from its noun ("a young police officer"). */
const PARTNER_MODIFIERS_MAX = 3;

/**
 * "a teacher and …", "his wife and …", "a police officer and …": a determiner, adjectives or the
 * nouns of a compound, a person noun no figure counts, then "and".
 */
function partnerBefore(tokens: readonly QToken[], readings: readonly QuantityReading[], start: number): boolean {
  const noun = start - 2;
  if (tokens[start - 1]?.lower !== 'and' || !isPersonNoun(tokens[noun]) || readings.some((x) => x.extent.end === noun + 1)) return false;
  let k = noun - 1;
  while (k > noun - 1 - PARTNER_MODIFIERS_MAX && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN')) k--;
  return LIST_DETERMINERS.has(tokens[k]?.lower ?? '');
}

function sumOf(members: readonly QuantityReading[]): Decimal | null {
  let sum = parseDecimal('0');
  for (const m of members) {
    const d = parseDecimal(m.expr.exact);
    if (sum === null || d === null) return null;
    sum = add(sum, d);
  }
  return sum;
}

/**
 * The reading of a group's total: its text and span are the whole group's; its unit the members'
 * when they share one, else "people" (students and teachers are people), so that a rule of
 * people counts it.
 */
function groupTotal(members: readonly QuantityReading[], exact: Decimal): QuantityReading {
  const first = members[0] as QuantityReading;
  const last = members[members.length - 1] as QuantityReading;
  const value = toNumber(exact);
  const sameUnit = members.every((m) => m.unit?.word === last.unit?.word);
  return {
    expr: {
      value, high: null, exact: decimalString(exact), highExact: null, qualifier: first.expr.qualifier,
      start: first.expr.start, numberStart: first.expr.numberStart, end: last.extent.end,
    },
    unit: sameUnit || last.unit === null ? last.unit : { ...last.unit, word: 'people', text: 'people' },
    extent: { start: first.extent.start, end: last.extent.end },
    span: { start: first.span.start, end: last.span.end },
    high: null,
    vague: false,
    integer: true,
    count: true,
    context: first.context,
    clause: { start: first.clause.start, end: last.clause.end },
  };
}

/** The year a version was written, for telling this event's figures from older ones. */
function versionYear(doc: Doc, referenceDate: string | null): number | null {
  const iso = referenceDate ?? doc.version.dateLine;
  const y = iso === null ? NaN : Number(iso.slice(0, 4));
  return Number.isFinite(y) ? y : null;
}

/**
 * The figures of a document, sentence by sentence. They do not depend on any rule, so
 * they are read once per document and reference date (memoised on the Doc object, which
 * is immutable; the cache holds no other state and dies with the Doc).
 */
const cache = new SetCache<Doc, Map<string, NumberedSentence[]>>();

export function readQuantities(doc: Doc, referenceDate: string | null = null): NumberedSentence[] {
  const year = versionYear(doc, referenceDate);
  const key = String(year);
  let byYear = cache.get(doc);
  if (!byYear) {
    byYear = new Map();
    cache.set(doc, byYear);
  }
  let list = byYear.get(key);
  if (!list) {
    // a version with the text of an earlier one of its set has its figures in the same year (share.ts)
    const twin = textTwin(doc);
    list = twin !== doc && versionYear(twin, referenceDate) === year ? readQuantities(twin, referenceDate) : numberedSentences(doc, year);
    byYear.set(key, list);
  }
  return list;
}
