/**
 * The `quantity` extractor: counts tied to a rule by its cues and units.
 *
 * For each sentence, every number expression (numbers.ts) is read with its qualifier
 * and its unit: the lemma of the noun right after the number, skipping up to two
 * adjectives or participles ("three young children" -> child, "three injured residents") and taking the head of a noun compound
 * ("27 member states" -> state), or the word after a hyphen
 * ("30-day" -> day).
 *
 * Not counts, skipped unless the rule's `units` list the number's unit:
 * numbers inside wink DATE/TIME/DURATION/MONEY/PERCENT/ORDINAL entities, hyphen
 * compounds ("30-day", "5-year-old"), money ($, €, "dollars"), percentages, clock times
 * ("5 p.m."), years (1900–2100 with no unit), days next to a month name ("April 17"),
 * numbered things ("No. 5", "#5") and "one of" / "one another".
 *
 * A number belongs to the rule when
 * - `units` is not empty: its unit is one of them (same synonym class, see UNIT_CLASSES),
 *   or the word right after the number is a cue ("three fatalities", "12 dead");
 * - `cues` is not empty: a cue is within `window` words in the same clause (cues.ts),
 *   or the unit / the word after the number is itself a cue;
 * - both empty: every count.
 *
 * Key: String(value), or `${low}-${high}` for ranges; the qualifier is kept apart.
 * Text: qualifier + number + adjectives + unit ("more than three years").
 */
import type { ClaimValue, Doc, Extractor, Rule, Sentence, Span, Token } from '../types.js';
import { EN } from '../lang/en/index.js';
import { monthWords } from '../lang/index.js';
import { compileCues, cueLengthAt, cueNear, findCues, sentenceWords } from './cues.js';
import type { Extent } from './cues.js';
import { findQuantities } from './numbers.js';
import type { QuantityExpr } from './numbers.js';

/** Unit synonym classes: every word maps to the class head (the first word). */
export const UNIT_CLASSES: ReadonlyArray<readonly string[]> = EN.unitClasses;

const UNIT_HEAD: ReadonlyMap<string, string> = new Map(
  UNIT_CLASSES.flatMap((cls) => cls.map((w) => [w, cls[0] ?? w] as const)),
);

/** Naive singular of an English noun, for units not in a class ("years" -> "year"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The comparison form of a unit: its class head, else its singular. */
export function canonicalUnit(word: string): string {
  const w = word.toLowerCase();
  return UNIT_HEAD.get(w) ?? UNIT_HEAD.get(singular(w)) ?? singular(w);
}

const SKIP_ENTITY_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'ORDINAL']);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '₴', 'us$', 'usd', 'eur', 'gbp']);
const CURRENCY_UNITS = new Set([
  'dollar', 'euro', 'pound', 'yen', 'yuan', 'rupee', 'ruble', 'rouble', 'hryvnia', 'franc',
  'peso', 'won', 'lira', 'real', 'rand', 'cent', 'penny', 'pence', 'shekel', 'dinar', 'dirham', 'riyal',
]);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct', 'percentage']);
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'a.m', 'p.m', 'gmt', 'utc']);
const MONTHS = monthWords(EN, { bare: true, dotted: true });
const NUMBERING = new Set(['no.', 'no', '#', 'nr.', 'number']);
const ADJECTIVE_LIKE = new Set(['more', 'other', 'additional', 'further', 'new']);

/** A sentence token with the type of the wink entity it belongs to. */
interface QToken extends Token {
  entityType: string | null;
}

interface Unit {
  /** Index of the unit token in the sentence word list. */
  index: number;
  word: string;
  compound: boolean;
}

function findUnit(tokens: readonly QToken[], expr: QuantityExpr): Unit | null {
  const after = tokens[expr.end];
  if (after === undefined) return null;
  if (after.text === '%') return { index: expr.end, word: 'percent', compound: false };
  if (after.lower === 'per' && tokens[expr.end + 1]?.lower === 'cent') return { index: expr.end + 1, word: 'percent', compound: false };
  if ((after.text === '-' || after.text === '–') && after.start === tokens[expr.end - 1]?.end) {
    const word = tokens[expr.end + 1];
    if (word !== undefined && word.type === 'word' && word.start === after.end) {
      return { index: expr.end + 1, word: word.lemma, compound: true };
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
      return { index: head, word: h.lemma, compound: false };
    }
    const participle = t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN';
    if (t.pos !== 'ADJ' && !ADJECTIVE_LIKE.has(t.lower) && !participle) return null;
    k++;
  }
  return null;
}

/** A capitalised month name ("May", "Apr."), not the modal "may". */
function isMonthName(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(t.lower) && /^[A-Z]/.test(t.text);
}

function isYearLike(token: Token): boolean {
  if (!/^\d{4}$/.test(token.text)) return false;
  const n = Number(token.text);
  return n >= 1900 && n <= 2100;
}

/** Why a number is not a count (null: it is one). `unitAllowed`: the rule lists its unit. */
function notACount(tokens: readonly QToken[], expr: QuantityExpr, unit: Unit | null, unitAllowed: boolean): string | null {
  const numberTokens = tokens.slice(expr.numberStart, expr.end);
  const first = tokens[expr.numberStart];
  const prev = tokens[expr.start - 1];
  const next = tokens[expr.end];
  if (first === undefined) return 'empty';
  if (prev !== undefined && (CURRENCY_SYMBOLS.has(prev.lower) || prev.type === 'currency')) return 'money';
  if (unit !== null && CURRENCY_UNITS.has(unit.word)) return 'money';
  const percent = unit?.word === 'percent' || (next !== undefined && PERCENT_WORDS.has(next.lower));
  if (percent) return unitAllowed ? null : 'percent';
  if (next !== undefined && CLOCK_WORDS.has(next.lower)) return 'time';
  if (numberTokens.some((t) => t.text.includes(':'))) return 'time';
  if (isMonthName(prev) || isMonthName(next)) return 'date';
  if (prev !== undefined && NUMBERING.has(prev.lower) && prev.text !== 'no') return 'numbering';
  if (first.lower === 'one' && expr.end === expr.numberStart + 1 && (next?.lower === 'of' || next?.lower === 'another')) {
    return 'pronoun';
  }
  if (unitAllowed) return null;
  if (unit?.compound) return 'compound';
  if (numberTokens.some((t) => t.entityType !== null && SKIP_ENTITY_TYPES.has(t.entityType))) return 'entity';
  if (unit === null && numberTokens.length === 1 && isYearLike(first)) return 'year';
  return null;
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((u) => span.start < u.end && u.start < span.end);
}

/**
 * Units of measure: "more than two meters" near "killed" is a depth, not a toll. A
 * number measured in one of these counts only for a rule whose `units` name it.
 */
const MEASURES: ReadonlySet<string> = new Set([
  'meter', 'metre', 'kilometer', 'kilometre', 'km', 'mile', 'foot', 'feet', 'inch', 'yard', 'centimeter', 'millimeter',
  'hectare', 'acre', 'ton', 'tonne', 'kilogram', 'kg', 'pound', 'liter', 'litre', 'gallon', 'barrel', 'degree',
  'percent', 'per', 'dollar', 'euro', 'yuan', 'yen', 'rupee', 'cent', 'second', 'minute', 'hour', 'day',
  'week', 'month', 'year', 'decade', 'century', 'mph', 'kph', 'magnitude', 'point', 'vote', 'seat', 'time',
]);

interface NumberedSentence {
  sentence: Sentence;
  tokens: QToken[];
  exprs: ReturnType<typeof findQuantities>;
}

/**
 * The sentences of a document that hold numbers, with their number expressions. They do
 * not depend on the rule, so they are read once per document (memoised on the Doc object,
 * which is immutable; the cache holds no other state and dies with the Doc).
 */
const numbered = new WeakMap<Doc, NumberedSentence[]>();

function numberedSentences(doc: Doc): NumberedSentence[] {
  let list = numbered.get(doc);
  if (!list) {
    list = [];
    for (const sentence of doc.sentences) {
      const tokens: QToken[] = sentenceWords(doc, sentence).map((t) => ({
        ...t,
        entityType: t.entity === null ? null : doc.entities[t.entity]?.type ?? null,
      }));
      const exprs = findQuantities(tokens.map((t) => t.lower));
      if (exprs.length > 0) list.push({ sentence, tokens, exprs });
    }
    numbered.set(doc, list);
  }
  return list;
}

/** Quantity values of one rule in one document. */
export function extractQuantities(doc: Doc, rule: Rule): ClaimValue[] {
  const cues = compileCues(rule.cues);
  const units = new Set(rule.units.map(canonicalUnit));
  const out: ClaimValue[] = [];
  for (const { sentence, tokens, exprs } of numberedSentences(doc)) {
    const hits = findCues(tokens, cues);
    const extents: Extent[] = exprs.map((e) => {
      const unit = findUnit(tokens, e);
      return { start: e.start, end: unit ? unit.index + 1 : e.end };
    });
    exprs.forEach((expr, n) => {
      const extent = extents[n];
      if (extent === undefined) return;
      const unit = findUnit(tokens, expr);
      const unitAllowed = unit !== null && units.has(canonicalUnit(unit.word));
      if (notACount(tokens, expr, unit, unitAllowed) !== null) return;
      if (unit !== null && !unitAllowed && MEASURES.has(canonicalUnit(unit.word))) return;
      const nextIsCue =
        cueLengthAt(tokens, expr.end, cues) > 0 || (unit !== null && cueLengthAt(tokens, unit.index, cues) > 0);
      if (units.size > 0 && !unitAllowed && !nextIsCue) return;
      if (cues.length > 0 && !nextIsCue) {
        const blockers = extents.filter((_, m) => m !== n);
        if (!cueNear(tokens, extent, hits, rule.window, blockers)) return;
      }
      const firstTok = tokens[extent.start];
      const lastTok = tokens[extent.end - 1];
      if (firstTok === undefined || lastTok === undefined) return;
      const span: Span = { start: firstTok.start, end: lastTok.end };
      const place = doc.version.map.place(span.start);
      const key = expr.high === null ? String(expr.value) : `${expr.value}-${expr.high}`;
      const value: ClaimValue = {
        rule: rule.id,
        version: doc.version.id,
        kind: 'quantity',
        key,
        value: expr.value,
        qualifier: expr.qualifier,
        text: doc.version.text.slice(span.start, span.end),
        sentence: sentence.text,
        span,
        line: place.line,
        column: place.column,
        uncertain: overlapsAny(span, doc.version.uncertain),
      };
      if (expr.high !== null) value.high = expr.high;
      if (unit !== null) value.unit = UNIT_HEAD.get(unit.word) ?? unit.word;
      out.push(value);
    });
  }
  return out;
}

export const quantityExtractor: Extractor = {
  kind: 'quantity',
  extract(doc, rule) {
    return extractQuantities(doc, rule);
  },
};
