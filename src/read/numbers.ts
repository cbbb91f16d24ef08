/**
 * Numbers in running text, read from a list of lower-case words (wink token texts,
 * or `tokenizeWords` for plain strings). Pure functions, no NLP.
 *
 * What is read:
 * - digits: `12`, `1,233`, `1.5`, with a scale word (`1.5 million`, `2 bn`), or an
 *   attached one (`1.5bn`, `3mln`); a leading-zero token (`007`) is an id, not a count;
 * - number words: `three`, `twenty-two`, `twenty two`, `a hundred and five`,
 *   `two thousand three hundred`, `a dozen`, `two dozen`;
 * - vague magnitudes (qualifier `several`), read as a lower bound of twice the base:
 *   `dozens` = 24, `scores of` = 40, `hundreds` = 200, `thousands` = 2000,
 *   `millions` = 2,000,000, `tens of thousands` = 20,000, `hundreds of thousands` = 200,000,
 *   `several hundred` / `a few dozen` = 200 / 24; a following `of` is part of the expression;
 * - qualifiers before the number (see QUALIFIER_PHRASES) and after it
 *   (`12 or more` at-least, `30-plus` at-least, `30 or so` / `30-odd` about, `12 or fewer` at-most);
 * - ranges (qualifier `range`, value = low, high = high): `between 12 and 15`,
 *   `12 to 15`, `12-15`, `12 - 15`, `two or three`, `1 to 2 million` (scale shared);
 * - `from 120 to 157` after a change verb ("rose from 120 to 157") is read as a change:
 *   only 157 is returned; without one ("from 12 to 15 countries") it is a range.
 */
import { EN } from '../lang/en/index.js';
import { scaleWords } from '../lang/index.js';
import {
  ALL_FOUND_FILLERS, ALL_FOUND_LEADS, ALL_FOUND_LINKS, ALL_FOUND_STATES, ALL_FOUND_VERBS,
  CHANGE_BY_WORD, DEATH_VERBS, SCORES_HARM_AFTER, SCORES_HARM_BEFORE, DIFFERENCE_PHRASES, ORDINAL_COUNT_NOUNS, ORDINAL_PERSON_NOUNS, ORDINAL_COUNTS, ORDINAL_DEFINITE_DETERMINERS, PERCENT_AFTER_WORDS,
  ZERO_HEDGES, ZERO_LINKS, ZERO_STATES, ZERO_SUBJECTS,
} from '../lang/en/quantities.js';
import type { Qualifier } from '../types.js';
import { add, compare, decimalString, fromNumber, mul, parseDecimal, toNumber, type Decimal } from './decimal.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const LEADING_ZERO = /^0\d/;
const DIGIT_RANGE = /^(\d+(?:[.,]\d+)*)[-–](\d+(?:[.,]\d+)*)$/;
const PHONE_LIKE = /^\d{3,}[-–]\d{4,}$/;

const SMALL: Readonly<Record<string, number>> = EN.numbers.units;

const TENS: Readonly<Record<string, number>> = EN.numbers.tens;

const SCALES: Readonly<Record<string, number>> = scaleWords(EN);

/** Plural magnitudes that make a vague count on their own ("dozens", "hundreds"). */
const VAGUE: Readonly<Record<string, number>> = EN.numbers.vague;

/** Plural scales after "tens of" / "hundreds of". */
const VAGUE_SCALES: Readonly<Record<string, number>> = EN.numbers.vagueScales;

/** Singular bases after "several" / "a few". */
const FEW_BASES: Readonly<Record<string, number>> = EN.numbers.fewBases;

/** Qualifier phrases before a number, longest first when matched. */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = EN.qualifiers;

const QUALIFIER_WORDS: ReadonlyArray<readonly [string[], Qualifier]> = QUALIFIER_PHRASES
  .map(([p, q]) => [p.split(' '), q] as [string[], Qualifier])
  .sort((a, b) => b[0].length - a[0].length);

/**
 * QUALIFIER_WORDS by their last word, each list in the same (longest first) order: only
 * the phrases ending in the word before a number can end there.
 */
const QUALIFIERS_BY_LAST: ReadonlyMap<string, ReadonlyArray<readonly [string[], Qualifier]>> = (() => {
  const byLast = new Map<string, Array<readonly [string[], Qualifier]>>();
  for (const entry of QUALIFIER_WORDS) {
    const last = entry[0][entry[0].length - 1] ?? '';
    const list = byLast.get(last) ?? [];
    list.push(entry);
    byLast.set(last, list);
  }
  return byLast;
})();

/** Verb forms before "from A to B" that make it a change rather than a range. */
const CHANGE_VERBS: ReadonlySet<string> = new Set(EN.changeVerbs);

/** A number read at a word position. `end` is exclusive. */
export interface NumberParse {
  value: number;
  /** The value exactly (`value` is its nearest double). */
  exact: Decimal;
  end: number;
  /** A scale word (thousand, million, ...) was part of it. */
  scale: number | null;
  /** A vague magnitude ("dozens"): the value is a lower bound. */
  vague: boolean;
}

/** A quantity expression: qualifier + number (or range). Word indexes, `end` exclusive. */
export interface QuantityExpr {
  value: number;
  high: number | null;
  /** `value` and `high` exactly, as normalised decimal text ("10000000000000000000001"). */
  exact: string;
  highExact: string | null;
  qualifier: Qualifier | null;
  /** First word of the expression (qualifier or "between" included). */
  start: number;
  /** First word of the number itself. */
  numberStart: number;
  /** End of the number (post-qualifier such as "or more" included). */
  end: number;
  /**
   * An ordinal read as a count ("a second death": 2, `findOrdinalCounts`): `indefinite` states the
   * count ("a second death", "Second death reported"); `definite` names one in an order ("the
   * second victim was found"), which says the count only in passing.
   */
  ordinal?: 'indefinite' | 'definite';
  /** A count of none said in words ("No one remains missing": 0, `findZeroCounts`); it has no noun. */
  zero?: true;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const ATTACHED_SCALE = /^(\d+(?:\.\d+)?)(bn|mln|mn)$/;

/** The years a bare four-digit number may be in news copy (1900-2100): "in 1941", "since 2019". */
export function isYearNumber(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

/** Exact value of a digit token (`1,233`, `1.5`, `3bn`), or null. Leading-zero ids are refused. */
export function parseDigitsExact(word: string): Decimal | null {
  // every pattern below starts with a digit: most words are refused by one char test
  const c = word.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  if (LEADING_ZERO.test(word)) return null;
  if (DIGITS.test(word)) return parseDecimal(word);
  const m = ATTACHED_SCALE.exec(word);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const scale = SCALES[m[2]];
    const d = parseDecimal(m[1]);
    if (scale !== undefined && d !== null) return mul(d, fromNumber(scale));
  }
  return null;
}

/** Value of a digit token (`1,233`, `1.5`, `3bn`) as its nearest double, or null. */
export function parseDigits(word: string): number | null {
  const d = parseDigitsExact(word);
  return d === null ? null : toNumber(d);
}

/** Split a digit range token such as `12-15` (both sides plain digits). */
function digitRange(word: string): [Decimal, Decimal] | null {
  const m = DIGIT_RANGE.exec(word);
  if (!m?.[1] || !m[2]) return null;
  const low = parseDigitsExact(m[1]);
  const high = parseDigitsExact(m[2]);
  if (low === null || high === null) return null;
  return [low, high];
}

const parsed = (exact: Decimal, end: number, scale: number | null, vague: boolean): NumberParse =>
  ({ value: toNumber(exact), exact, end, scale, vague });
const HUNDRED = fromNumber(100);
const DOZEN = fromNumber(12);
const HALF = fromNumber(0.5);
/** Decimals are never changed: one zero serves every parse. */
const ZERO = fromNumber(0);

type State = 'digit' | 'unit' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'scale';

/** Whether "a"/"an" followed by `next` is a number ("a hundred", "a dozen", "a million"); else "a" reads none. */
export function scaleAfterA(next: string | undefined): boolean {
  return next !== undefined && (next === 'hundred' || next === 'dozen' || SCALES[next] !== undefined);
}

/** The running state of one `numberAt` call, shared by the steps that read its words. */
interface NumberReading {
  total: Decimal;
  current: Decimal;
  state: State;
  lastScale: number;
  scaleSeen: number | null;
}

/**
 * A number (digits or words, not vague) starting exactly at `words[i]`, or null.
 */
export function numberAt(words: readonly string[], i: number): NumberParse | null {
  // "half a dozen", "half a million": the number after "half" halved
  if (words[i] === 'half' && (words[i + 1] === 'a' || words[i + 1] === 'an')) return halved(numberAt(words, i + 1));
  const r: NumberReading = { total: ZERO, current: ZERO, state: 'digit', lastScale: Infinity, scaleSeen: null };
  let j = readFirstNumberWord(words, i, r);
  if (j < 0) return null;
  for (;;) {
    const w = words[j];
    if (w === undefined) break;
    const k = readNextNumberWord(words, j, w, r);
    if (k < 0) break;
    j = k;
  }
  // (most numbers have no scale: the total is their value, already normal; decimals are never changed)
  return parsed(r.total === ZERO ? r.current : add(r.total, r.current), j, r.scaleSeen, false);
}

/** Half of a number read after "half" ("half a dozen" = 6), or null when none was read. */
function halved(whole: NumberParse | null): NumberParse | null {
  return whole === null ? null : { ...whole, exact: mul(whole.exact, HALF), value: toNumber(mul(whole.exact, HALF)) };
}

/** Starts `r` at the number's first word (digits, "a" before a scale, a unit, teen or tens word): the index after it, or -1 for none. */
function readFirstNumberWord(words: readonly string[], i: number, r: NumberReading): number {
  r.total = ZERO;
  r.current = ZERO;
  r.lastScale = Infinity;
  r.scaleSeen = null;
  const first = words[i];
  if (first === undefined) return -1;
  const next = words[i + 1];
  if ((first === 'a' || first === 'an') && scaleAfterA(next)) {
    r.current = fromNumber(1);
    r.state = 'unit';
    return i + 1;
  }
  const d = parseDigitsExact(first);
  if (d !== null) {
    // "almost 70 000 people", "1 200 000": thousands set apart by spaces, as some outlets write them
    const grouped = spacedThousands(words, i);
    if (grouped > i + 1) {
      r.current = parseDigitsExact(words.slice(i, grouped).join('')) ?? d;
      r.state = 'digit';
      return grouped;
    }
    r.current = d;
    r.state = 'digit';
  } else if (SMALL[first] !== undefined) {
    r.current = fromNumber(SMALL[first]);
    r.state = SMALL[first] < 10 ? 'unit' : 'teen';
  } else if (TENS[first] !== undefined) {
    r.current = fromNumber(TENS[first]);
    r.state = 'tens';
  } else {
    return -1;
  }
  return i + 1;
}

const ONE_TO_THREE_DIGITS = /^\d{1,3}$/;
const THREE_DIGITS = /^\d{3}$/;

/**
 * The end of a number of groups of three digits after a first group of one to three ("70 000",
 * "1 200 000"), each a word of its own: i + 1 when there is none (most numbers).
 */
function spacedThousands(words: readonly string[], i: number): number {
  if (!ONE_TO_THREE_DIGITS.test(words[i] ?? '')) return i + 1;
  let j = i + 1;
  while (THREE_DIGITS.test(words[j] ?? '')) j++;
  return j;
}

/** Adds word `w` at `j` to the number in `r` if it continues it: the index after it, or -1 where the number ends. */
function readNextNumberWord(words: readonly string[], j: number, w: string, r: NumberReading): number {
  // "Nine-hundred", "two-thousand": a hyphen before a magnitude joins it to the number word
  const next = words[j + 1];
  if ((w === '-' || w === '–') && next !== undefined && (next === 'hundred' || SCALES[next] !== undefined) && (r.state === 'unit' || r.state === 'teen' || r.state === 'tens')) {
    return readNextNumberWord(words, j + 1, next, r);
  }
  const small = SMALL[w];
  const scale = SCALES[w];
  if (r.state === 'tens') {
    const k = addUnitToTens(words, j, w, small, r);
    if (k >= 0) return k;
  }
  if (w === 'hundred' && (r.state === 'unit' || r.state === 'teen' || r.state === 'tens' || r.state === 'digit')) {
    if (r.state === 'digit' && compare(r.current, HUNDRED) >= 0) return -1;
    r.current = mul(r.current, HUNDRED);
    r.state = 'hundred';
    return j + 1;
  }
  if (w === 'dozen' && (r.state === 'unit' || r.state === 'teen' || r.state === 'digit')) {
    r.current = mul(r.current, DOZEN);
    r.state = 'dozen';
    return j + 1;
  }
  if (scale !== undefined && r.state !== 'scale' && scale < r.lastScale) {
    r.total = add(r.total, mul(r.current, fromNumber(scale)));
    r.current = ZERO;
    r.lastScale = scale;
    r.scaleSeen = scale;
    r.state = 'scale';
    return j + 1;
  }
  if (r.state === 'hundred' || r.state === 'scale') return addAfterHundredOrScale(words, j, w, r);
  return -1;
}

/** "twenty-two", "twenty two": a unit 1-9 after a tens word; the index after it, or -1. */
function addUnitToTens(words: readonly string[], j: number, w: string, small: number | undefined, r: NumberReading): number {
  const after = words[j + 1];
  const unitAfter = after === undefined ? undefined : SMALL[after];
  if ((w === '-' || w === '–') && unitAfter !== undefined && unitAfter >= 1 && unitAfter <= 9) {
    r.current = add(r.current, fromNumber(unitAfter));
    r.state = 'unit';
    return j + 2;
  }
  if (small !== undefined && small >= 1 && small <= 9) {
    r.current = add(r.current, fromNumber(small));
    r.state = 'unit';
    return j + 1;
  }
  return -1;
}

/** "a hundred and five", "two thousand three": a unit, teen or tens word (after an optional "and"); the index after it, or -1. */
function addAfterHundredOrScale(words: readonly string[], j: number, w: string, r: NumberReading): number {
  let k = j;
  if (w === 'and') k++;
  const v = words[k];
  const vs = v === undefined ? undefined : SMALL[v];
  const vt = v === undefined ? undefined : TENS[v];
  if (vs !== undefined && vs > 0) {
    r.current = add(r.current, fromNumber(vs));
    r.state = vs < 10 ? 'unit' : 'teen';
    return k + 1;
  }
  if (vt !== undefined) {
    r.current = add(r.current, fromNumber(vt));
    r.state = 'tens';
    return k + 1;
  }
  return -1;
}

/** A vague magnitude ("dozens", "hundreds of thousands", "several hundred") at `i`. */
export function vagueAt(words: readonly string[], i: number): NumberParse | null {
  const w = words[i];
  if (w === undefined) return null;
  let value: number | null = null;
  let end = i + 1;
  const w1 = words[i + 1];
  const w2 = words[i + 2];
  if ((w === 'tens' || w === 'hundreds') && w1 === 'of' && w2 !== undefined && VAGUE_SCALES[w2] !== undefined) {
    value = 2 * (w === 'tens' ? 10 : 100) * VAGUE_SCALES[w2];
    end = i + 3;
  } else if (w === 'scores' && (w1 === 'of' || w1 === 'more' || SCORES_HARM_AFTER.has(w1 ?? '') || SCORES_HARM_BEFORE.has(words[i - 1] ?? ''))) {
    value = 40;
  } else if (VAGUE[w] !== undefined) {
    value = 2 * VAGUE[w];
  } else if (w === 'several' && w1 !== undefined && FEW_BASES[w1] !== undefined) {
    value = 2 * FEW_BASES[w1];
    end = i + 2;
  } else if (w === 'a' && w1 === 'few' && w2 !== undefined && FEW_BASES[w2] !== undefined) {
    value = 2 * FEW_BASES[w2];
    end = i + 3;
  }
  if (value === null) return null;
  // "several hundred thousand"
  const more = words[end];
  if (more !== undefined && SCALES[more] !== undefined && (w === 'several' || w === 'a')) {
    value *= SCALES[more];
    end++;
  }
  if (words[end] === 'of' && words[end + 1] !== undefined) end++;
  return parsed(fromNumber(value), end, null, true);
}

/** The qualifier phrase ending right before word `i`, if any. */
export function qualifierBefore(
  words: readonly string[],
  i: number,
): { qualifier: Qualifier; start: number } | null {
  const before = words[i - 1];
  const candidates = before === undefined ? undefined : QUALIFIERS_BY_LAST.get(before);
  if (candidates === undefined) return null;
  for (const [phrase, qualifier] of candidates) {
    const start = i - phrase.length;
    if (start < 0) continue;
    if (!phrase.every((p, k) => words[start + k] === p)) continue;
    // "Death toll in quake up to 250", "the toll is now up to 250": the count rose to it, no bound
    if (phrase.length === 2 && phrase[0] === 'up' && risenUpTo(words, start)) return null;
    // "What do you even say about 19 children …", "asked about 12 cases": the preposition, no hedge
    if (phrase.length === 1 && phrase[0] === 'about' && ABOUT_AS_PREPOSITION.has(words[start - 1] ?? '')) return null;
    return { qualifier, start };
  }
  return null;
}

/** Verbs of speech and thought after which "about N" is what is spoken of, not an approximate N. */
const ABOUT_AS_PREPOSITION: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'talk', 'talks', 'talked', 'think', 'thinks', 'thought', 'ask', 'asks', 'asked', 'know', 'knew',
  'hear', 'heard', 'learn', 'learned', 'read', 'write', 'wrote', 'written', 'worry', 'worried', 'care', 'cared', 'speak',
  'spoke', 'spoken', 'tell', 'told', 'questions', 'questioned', 'news', 'details', 'information',
]);

/** Words before "up to N" that make it "risen to N" (a headline's "toll up to 250"), not "at most N". */
const RISEN_UP_LEADS: ReadonlySet<string> = new Set(['toll', 'tally', 'count', 'total', 'now', 'is', "'s", '’s', 'has', 'was']);
/** Toll nouns a few words before "up to" ("Death Toll In Italy Quake Up To 250"), unless a verb or modal bounds it ("could rise up to"). */
const RISEN_UP_NOUNS: ReadonlySet<string> = new Set(['toll', 'tally']);
const BOUNDING_WORDS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'will', 'would', 'can', 'expected', 'feared', 'reach', 'rise', 'climb', 'go', 'grow', 'be']);
const RISEN_UP_REACH = 5;

function risenUpTo(words: readonly string[], start: number): boolean {
  if (RISEN_UP_LEADS.has(words[start - 1] ?? '')) return true;
  const lead = words.slice(Math.max(0, start - RISEN_UP_REACH), start);
  return lead.some((w) => RISEN_UP_NOUNS.has(w)) && !lead.some((w) => BOUNDING_WORDS.has(w));
}

/** A qualifier written after the number ("or more", "-plus", "or so"). */
function qualifierAfter(words: readonly string[], i: number): { qualifier: Qualifier; end: number } | null {
  const a = words[i];
  const b = words[i + 1];
  if (a === 'or' && (b === 'more' || b === 'over' || b === 'above')) return { qualifier: 'at-least', end: i + 2 };
  if (a === 'or' && (b === 'fewer' || b === 'less')) return { qualifier: 'at-most', end: i + 2 };
  if (a === 'or' && b === 'so') return { qualifier: 'about', end: i + 2 };
  if (a === 'plus') return { qualifier: 'at-least', end: i + 1 };
  if ((a === '-' || a === '–') && b === 'plus') return { qualifier: 'at-least', end: i + 2 };
  if ((a === '-' || a === '–') && b === 'odd') return { qualifier: 'about', end: i + 2 };
  return null;
}

function anyNumberAt(words: readonly string[], i: number): NumberParse | null {
  return vagueAt(words, i) ?? numberAt(words, i);
}

/** Shared scale: "1 to 2 million" means 1 million to 2 million. */
function shareScale(low: NumberParse, high: NumberParse): Decimal {
  if (low.scale === null && high.scale !== null && low.value < 1000 && compare(low.exact, high.exact) < 0) {
    return mul(low.exact, fromNumber(high.scale));
  }
  return low.exact;
}

/** A quantity expression of exact values. */
function expr(
  low: Decimal, high: Decimal | null, qualifier: Qualifier | null, start: number, numberStart: number, end: number,
): QuantityExpr {
  return {
    value: toNumber(low), high: high === null ? null : toNumber(high), exact: decimalString(low),
    highExact: high === null ? null : decimalString(high), qualifier, start, numberStart, end,
  };
}

/**
 * The quantity expression whose number starts at `words[i]` (or at "between"/"from"
 * at `i`), or null. Qualifiers before `i` are read backwards.
 */
export function quantityAt(words: readonly string[], i: number): QuantityExpr | null {
  const w = words[i];
  if (w === undefined) return null;

  // between A and B
  if (w === 'between') return betweenRangeAt(words, i);

  // from A to B: after a change verb ("rose from 120 to 157") the later value counts,
  // otherwise a range ("from 12 to 15 countries")
  if (w === 'from') return fromRangeOrChangeAt(words, i);

  // 12-15 as one token
  const dr = digitRange(w);
  if (dr) return digitRangeTokenAt(words, i, w, dr);

  const n = anyNumberAt(words, i);
  if (!n) return null;
  const pre = qualifierBefore(words, i);
  const start = pre?.start ?? i;

  if (!n.vague) {
    const range = rangeAfterNumber(words, i, n, start);
    if (range) return range;
    const post = pre ? null : qualifierAfter(words, n.end);
    if (post) return expr(n.exact, null, post.qualifier, start, i, post.end);
  }
  const qualifier: Qualifier | null = n.vague ? 'several' : pre?.qualifier ?? null;
  return expr(n.exact, null, qualifier, start, i, n.end);
}

/** "between A and B" at `i` ("between"): a range, or null. */
function betweenRangeAt(words: readonly string[], i: number): QuantityExpr | null {
  const a = anyNumberAt(words, i + 1);
  if (a && !a.vague && words[a.end] === 'and') {
    const b = anyNumberAt(words, a.end + 1);
    if (b && !b.vague) {
      const low = shareScale(a, b);
      if (compare(b.exact, low) > 0) return expr(low, b.exact, 'range', i, i + 1, b.end);
    }
  }
  return null;
}

/** "from A to B" at `i` ("from"): the new level B after a change verb, else a range, or null. */
function fromRangeOrChangeAt(words: readonly string[], i: number): QuantityExpr | null {
  const a = anyNumberAt(words, i + 1);
  if (a && !a.vague && (words[a.end] === 'to')) {
    const b = anyNumberAt(words, a.end + 1);
    if (b && CHANGE_VERBS.has(words[i - 1] ?? '')) {
      const q = qualifierBefore(words, a.end + 1);
      return expr(b.exact, null, b.vague ? 'several' : q?.qualifier ?? null, a.end + 1, a.end + 1, b.end);
    }
    if (b && !b.vague) {
      const low = shareScale(a, b);
      if (compare(b.exact, low) > 0) return expr(low, b.exact, 'range', i, i + 1, b.end);
    }
  }
  return null;
}

/** A one-token range `w` ("12-15") at `i`, split as `dr`: a range, or null for a score or a phone-like id. */
function digitRangeTokenAt(words: readonly string[], i: number, w: string, dr: [Decimal, Decimal]): QuantityExpr | null {
  if (compare(dr[1], dr[0]) <= 0 || PHONE_LIKE.test(w)) return null; // a score (2-1) or a phone-like id
  const q = qualifierBefore(words, i);
  return expr(dr[0], dr[1], 'range', q?.start ?? i, i, i + 1);
}

/** "A to B", "A - B", "A or B" after the number `n` read at `i`: a range, or null (not "rose by 30 to 150"). */
function rangeAfterNumber(words: readonly string[], i: number, n: NumberParse, start: number): QuantityExpr | null {
  // A to B, A - B, A or B
  const sep = words[n.end];
  if ((sep === 'to' || sep === '-' || sep === '–' || sep === 'or') && !(sep === 'to' && changeToLevel(words, start, n.end))) {
    const b = numberAt(words, n.end + 1);
    if (b) {
      const low = shareScale(n, b);
      if (compare(b.exact, low) > 0 && (sep !== 'or' || b.value - toNumber(low) <= Math.max(1, toNumber(low)))) {
        return expr(low, b.exact, 'range', start, i, b.end);
      }
    }
  }
  return null;
}

/**
 * "rose by 30 to 150", "jumped by more than 40 to 310", "an increase of 12 to 58": the figure
 * after a change word is the size of the change and the one after "to" the new level, not a
 * range 30-150. Not before a percent ("fell by 30 to 50 percent": a range of the change).
 * `start`: the expression's first word (its qualifier's); `to`: the index of "to".
 */
function changeToLevel(words: readonly string[], start: number, to: number): boolean {
  const byChange = words[start - 1] === CHANGE_BY_WORD && CHANGE_VERBS.has(words[start - 2] ?? '');
  if (!byChange && !DIFFERENCE_PHRASES.some((p) => p.every((w, k) => words[start - p.length + k] === w))) return false;
  const level = numberAt(words, to + 1);
  return level === null || !PERCENT_AFTER_WORDS.has(words[level.end] ?? '');
}

/** Words other than digits and number words with which `quantityAt` can start an expression. */
const STARTERS: ReadonlySet<string> = new Set(['between', 'from', 'a', 'an', 'half', 'tens', 'hundreds', 'scores', 'several']);

/** Number words (units, tens) as one set: a Set look-up is cheaper than a miss on the word records. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(SMALL), ...Object.keys(TENS)]);

/** Number words, vague magnitudes and starters. */
const QUANTITY_STARTS: ReadonlySet<string> = new Set([...STARTERS, ...NUMBER_WORDS, ...Object.keys(VAGUE)]);

/**
 * Whether `quantityAt` can find an expression at `words[i]`: it starts with a digit, or is a
 * number word, a vague magnitude or a starter (the same look-ups `quantityAt` makes). The
 * articles and "half", common words, are numbers only before the words `vagueAt` and
 * `numberAt` need next ("a few", "a million", "half a"): tested here, before any parse.
 */
function mayStartQuantity(words: readonly string[], i: number): boolean {
  return mayStartWith(words[i] as string, words[i + 1]);
}

/** `mayStartQuantity` of a word `w` followed by `next`. */
function mayStartWith(w: string, next: string | undefined): boolean {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (w === 'a') return next === 'few' || scaleAfterA(next);
  if (w === 'an') return scaleAfterA(next);
  if (w === 'half') return next === 'a' || next === 'an';
  return QUANTITY_STARTS.has(w);
}

/**
 * Whether `findQuantities` may find an expression among the lower-case words of `tokens` (the
 * test it makes before every parse, read on the tokens): most sentences have none, and their
 * list of words need not be made.
 */
export function mayHaveQuantities(tokens: ReadonlyArray<{ readonly lower: string }>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as { lower: string }).lower;
    const next = tokens[i + 1]?.lower;
    if (mayStartWith(w, next) || ordinalCountAt(w, next, tokens[i + 2]?.lower, tokens[i + 3]?.lower) || mayStartZero(w, next)) return true;
  }
  return false;
}

/**
 * Whether `w` followed by `next` is an ordinal count ("second death"): two map look-ups; or an
 * ordinal before a person whose death the next words tell ("A third student has died", "a second
 * passenger died": ORDINAL_PERSON_NOUNS, then `after` and `after2`).
 */
function ordinalCountAt(w: string, next: string | undefined, after?: string, after2?: string): boolean {
  if (next === undefined || !ORDINAL_COUNTS.has(w)) return false;
  if (ORDINAL_COUNT_NOUNS.has(next)) return true;
  if (!ORDINAL_PERSON_NOUNS.has(next) || after === undefined) return false;
  return DEATH_VERBS.has(after) || (PERFECT_AUXILIARIES.has(after) && DEATH_VERBS.has(after2 ?? ''));
}
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * Ordinals that state a count ("a second death" = 2, "a third body" = 3, "Second death reported
 * in …"): an ordinal right before a toll noun (ORDINAL_COUNT_NOUNS), the number the ordinal word
 * alone; `definite` after "the" or a possessive ("the second victim"). Apart from `findQuantities`
 * (which other readers share): only the reading of figures (read/quantities.ts) takes them.
 */
export function findOrdinalCounts(words: readonly string[]): QuantityExpr[] {
  let out: QuantityExpr[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!ordinalCountAt(w, words[i + 1], words[i + 2], words[i + 3])) continue;
    const value = ORDINAL_COUNTS.get(w) as number;
    const ordinal = ORDINAL_DEFINITE_DETERMINERS.has(words[i - 1] ?? '') ? 'definite' : 'indefinite';
    (out ??= []).push({ ...expr(fromNumber(value), null, null, i, i, i + 1), ordinal });
  }
  return out ?? [];
}

/** Words that may start a zero count (`findZeroCounts`): tested before any parse. */
const ZERO_STARTS: ReadonlySet<string> = new Set(['no', ...ZERO_SUBJECTS.map((s) => s[0] as string), ...ALL_FOUND_LEADS]);

/** Whether a zero count may start at `w` followed by `next` (a look-up; "no" only before "one"/"-"). */
export function mayStartZero(w: string, next: string | undefined): boolean {
  if (!ZERO_STARTS.has(w)) return false;
  return w !== 'no' || next === 'one' || next === '-';
}

/** The length of the zero subject at `i` ("no one", "nobody"), 0 for none. */
function zeroSubjectAt(words: readonly string[], i: number): number {
  for (const s of ZERO_SUBJECTS) {
    let k = 0;
    while (k < s.length && words[i + k] === s[k]) k++;
    if (k === s.length) return k;
  }
  return 0;
}

/** The index after words of `set` from `i` (at most `max`). */
function skipWords(words: readonly string[], i: number, set: ReadonlySet<string>, max: number): number {
  let k = i;
  while (k < i + max && set.has(words[k] ?? '')) k++;
  return k;
}

/**
 * Counts of none said in words (data: ZERO_SUBJECTS and ALL_FOUND_* in lang/en/quantities.ts): "No one
 * remains missing", "nobody was hurt", "no one died" (0, the expression the subject), "all those
 * missing have been accounted for", "everyone reported missing has been found" (0, the expression
 * "all": the state after it is the cue). Only a state right after the subject and its linking words:
 * "no one knows how many are missing", "no one else was hurt", "almost no one" read nothing. Apart
 * from `findQuantities` (which other readers share): only the reading of figures takes them.
 */
export function findZeroCounts(words: readonly string[]): QuantityExpr[] {
  let out: QuantityExpr[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!mayStartZero(w, words[i + 1]) || ZERO_HEDGES.has(words[i - 1] ?? '')) continue;
    let end = 0;
    const n = zeroSubjectAt(words, i);
    if (n > 0) {
      if (ZERO_STATES.has(words[skipWords(words, i + n, ZERO_LINKS, 6)] ?? '')) end = i + n;
    } else if (ALL_FOUND_LEADS.has(w)) {
      const state = skipWords(words, i + 1, ALL_FOUND_FILLERS, 4);
      if (ALL_FOUND_STATES.has(words[state] ?? '') && ALL_FOUND_VERBS.has(words[skipWords(words, state + 1, ALL_FOUND_LINKS, 4)] ?? '')) end = i + 1;
    }
    if (end === 0) continue;
    (out ??= []).push({ ...expr(fromNumber(0), null, null, i, i, end), zero: true });
    i = end - 1;
  }
  return out ?? [];
}

/** Whether `numberAt` can read a number at a word: a digit first, a number word, or "a"/"an" (the same look-ups). */
export function mayStartNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || w === 'a' || w === 'an' || NUMBER_WORDS.has(w);
}

/** Every quantity expression in a word list, left to right, not overlapping. */
export function findQuantities(words: readonly string[]): QuantityExpr[] {
  const out: QuantityExpr[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    const q = w !== undefined && mayStartQuantity(words, i) ? quantityAt(words, i) : null;
    if (q) {
      out.push(q);
      i = Math.max(q.end, i + 1);
    } else {
      i++;
    }
  }
  return out;
}

/** Lower-case words of a plain string, split the way wink splits them (hyphens apart). */
export function tokenizeWords(text: string): string[] {
  return (text.toLowerCase().match(/\d+(?:[.,]\d+)*(?:[-–]\d+(?:[.,]\d+)*)?[a-z]*|[a-z]+|[^\s\da-z]/g) ?? []);
}

/** The number written in `text` as a whole ("twenty-two", "1.5 million", "a dozen"), or null. */
export function parseNumber(text: string): number | null {
  const words = tokenizeWords(text);
  const n = vagueAt(words, 0) ?? numberAt(words, 0);
  return n && n.end === words.length ? n.value : null;
}

/** The quantity written in `text` as a whole ("more than three", "between 12 and 15"), or null. */
export function parseQuantity(text: string): Omit<QuantityExpr, 'start' | 'numberStart' | 'end'> | null {
  const words = tokenizeWords(text);
  for (let i = 0; i < words.length; i++) {
    const q = quantityAt(words, i);
    if (q && q.start === 0 && q.end === words.length) return { value: q.value, high: q.high, exact: q.exact, highExact: q.highExact, qualifier: q.qualifier };
    if (q) return null;
  }
  return null;
}
