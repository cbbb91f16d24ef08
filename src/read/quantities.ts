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
import { canonicalUnit, MEASURES } from '../lang/en/units.js';
import { MONTHS } from '../lang/en/calendar.js';
import { AGE_WORDS, DIFFERENCE_PHRASES, INCREMENT_WORDS, RATE_LEADS, RATE_PERIODS, RATE_WORDS, VAGUE_RANGES } from '../lang/en/quantities.js';
import { findQuantities, type QuantityExpr } from './numbers.js';
import { sentenceShape, type SentenceShape } from './share.js';
import { twinDoc } from './twin.js';
import { sentenceWords } from './words.js';
import type { Doc, Rule, Sentence, Span, Token } from '../types.js';
import { clauseAt, figureContext, type FigureContext } from './quantity-roles.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const PARTICIPLE_END = /(?:ed|en)$/;
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
  /** Per rule: each reading's distance to the rule's cue, or null (extract/quantity.ts), once asked. */
  distances: Map<Rule, ReadonlyArray<number | null>> | undefined;
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
  for (let skipped = 0; skipped <= 2; skipped++) {
    const t = tokens[k];
    if (t === undefined) return null;
    if (t.pos === 'NOUN') {
      // a noun compound ends at its head: "27 member states" -> state
      let head = k;
      while (head < k + 2 && tokens[head + 1]?.pos === 'NOUN') head++;
      const h = tokens[head] ?? t;
      return { index: head, word: h.lemma, text: h.text, compound: false };
    }
    const participle = t.pos === 'VERB' && PARTICIPLE_END.test(t.lower) && tokens[k + 1]?.pos === 'NOUN';
    if (t.pos !== 'ADJ' && !ADJECTIVE_LIKE.has(t.lower) && !participle) return null;
    k++;
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
  const n = Number(token.text);
  return n >= 1900 && n <= 2100;
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

/** "Kamla Devi, 52, who was treated …": a bare number set off by commas right after a name. */
function ageApposition(tokens: readonly QToken[], expr: QuantityExpr): boolean {
  if (expr.end !== expr.numberStart + 1 || expr.start !== expr.numberStart) return false;
  if (tokens[expr.start - 1]?.text !== ',' || tokens[expr.start - 2]?.pos !== 'PROPN') return false;
  const after = tokens[expr.end];
  return (after === undefined || after.text === ',' || after.text === '.') && AGE_DIGITS.test(tokens[expr.start]?.text ?? '');
}

/** An age ("aged 17", "at age 95", "17 years old", "Kamla Devi, 52,") or a difference ("all but three"). */
function ageOrDifference(tokens: readonly QToken[], expr: QuantityExpr): string | null {
  const prev = tokens[expr.start - 1];
  if (prev !== undefined && AGE_WORDS.has(prev.lower)) return 'age';
  if (prev?.lower === 'of' && AGE_WORDS.has(tokens[expr.start - 2]?.lower ?? '')) return 'age'; // "at the age of 95"
  if (tokens[expr.end]?.lower === 'years' && tokens[expr.end + 1]?.lower === 'old') return 'age';
  if (ageApposition(tokens, expr)) return 'age';
  if (afterDifferencePhrase(tokens, expr.start)) return 'difference';
  // "climbed by nearly 14,000 to more than 55,000": the rise, not the toll
  if (prev?.lower === 'by' && tokens[expr.start - 2]?.pos === 'VERB' && hasTo(tokens, expr.end, expr.end + 5)) {
    return 'difference';
  }
  return null;
}

/** "240 patients a day", "6,000 deaths annually": the words right after the figure and its noun. */
function isRate(tokens: readonly QToken[], expr: QuantityExpr, unit: Unit | null): boolean {
  const after = unit !== null && unit.index >= expr.end ? unit.index + 1 : expr.end;
  const first = tokens[after]?.lower ?? '';
  return RATE_WORDS.has(first) || (RATE_LEADS.has(first) && RATE_PERIODS.has(tokens[after + 1]?.lower ?? ''));
}

/** Why a number is not a count (null: it is one). `unitAllowed`: the rule lists its unit. */
export function notACount(tokens: readonly QToken[], expr: QuantityExpr, unit: Unit | null, unitAllowed: boolean): string | null {
  // the number's tokens are [numberStart, numberEnd): read in place, not sliced (every figure, every rule's unit)
  const numberEnd = Math.min(expr.end, tokens.length);
  const first = tokens[expr.numberStart];
  const prev = tokens[expr.start - 1];
  const next = tokens[expr.end];
  if (first === undefined) return 'empty';
  if (prev !== undefined && (CURRENCY_SYMBOLS.has(prev.lower) || prev.type === 'currency')) return 'money';
  if (unit !== null && CURRENCY_UNITS.has(unit.word)) return 'money';
  const percent = unit?.word === 'percent' || (next !== undefined && PERCENT_WORDS.has(next.lower));
  if (percent) return unitAllowed ? null : 'percent';
  if (next !== undefined && CLOCK_WORDS.has(next.lower)) return 'time';
  if (someNumberToken(tokens, expr.numberStart, numberEnd, hasColon)) return 'time';
  if (isRate(tokens, expr, unit)) return 'rate';
  if (isMonthName(prev) || isMonthName(next)) return 'date';
  if (prev !== undefined && NUMBERING.has(prev.lower) && prev.text !== 'no') return 'numbering';
  if (first.lower === 'one' && expr.end === expr.numberStart + 1 && (next?.lower === 'of' || next?.lower === 'another')) {
    return 'pronoun';
  }
  const other = ageOrDifference(tokens, expr);
  if (other !== null) return other;
  if (unitAllowed) return null;
  if (unit?.compound) return 'compound';
  if (someNumberToken(tokens, expr.numberStart, numberEnd, inSkippedEntity)) return 'entity';
  if (unit === null && numberEnd - expr.numberStart === 1 && isYearToken(first)) return 'year';
  if (unit !== null && MEASURES.has(canonicalUnit(unit.word))) return 'measure';
  return null;
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

const figuresOf = new WeakMap<SentenceShape, YearFigures[]>();

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
  let byYear = figuresOf.get(shape);
  if (byYear === undefined) figuresOf.set(shape, (byYear = []));
  const known = ofYear(byYear, year);
  if (known === undefined) {
    const ns = readSentence(doc, sentence, sentenceWords(doc, sentence), year);
    byYear.push({ year, figures: ns === null ? null : ns.figures });
    return ns;
  }
  const shared = known.figures;
  if (shared === null) return null; // most sentences (their words are not asked for)
  return { sentence, tokens: withEntityTypes(doc, sentenceWords(doc, sentence)), readings: shared.readings, delta: sentence.start - shared.base, figures: shared };
}

/** Tokens from analyze() carry their entity type already (no copy); others get one. */
function withEntityTypes(doc: Doc, words: Token[]): QToken[] {
  if (words.every((t) => (t as Partial<QToken>).entityType !== undefined)) return words as QToken[];
  return words.map((t) => ({
    i: t.i, text: t.text, lower: t.lower, start: t.start, end: t.end, pos: t.pos, lemma: t.lemma, type: t.type,
    sentence: t.sentence, entity: t.entity,
    entityType: t.entity === null ? null : doc.entities[t.entity]?.type ?? null,
  }));
}

function readSentence(doc: Doc, sentence: Sentence, words: Token[], year: number | null): NumberedSentence | null {
  const exprs = findQuantities(words.map((t) => t.lower));
  if (exprs.length === 0) return null;
  const tokens = withEntityTypes(doc, words);
  const units = exprs.map((e) => findUnit(tokens, e));
  const extents = exprs.map((e, n) => ({ start: e.start, end: (units[n]?.index ?? e.end - 1) + 1 }));
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
  const figures: SharedFigures = { base: sentence.start, readings, facts: undefined, distances: undefined };
  return { sentence, tokens, readings, delta: 0, figures };
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
const cache = new WeakMap<Doc, Map<string, NumberedSentence[]>>();

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
    const twin = twinDoc(doc);
    list = twin !== doc && versionYear(twin, referenceDate) === year ? readQuantities(twin, referenceDate) : doc.sentences.map((s) => sentenceFigures(doc, s, year)).filter((x): x is NumberedSentence => x !== null);
    byYear.set(key, list);
  }
  return list;
}
