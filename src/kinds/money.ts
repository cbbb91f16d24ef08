/**
 * The `money` kind, whole: rule schema, reading sums of money in a document, comparison
 * and display. Registered by one line in ./index.ts.
 *
 * Read: "$32 million", "$32m", "€1.2bn", "US$5 billion", "HK$3 million", "£400,000",
 * "EUR 20 million", "32 million dollars", "1.5 trillion yen", "20 million Canadian dollars",
 * with a qualifier before ("about $32 million", "more than €1bn") and ranges ("$30-40 million",
 * "$30 million to $40 million", "between $30m and $40m").
 *
 * Normalised to a value in units of the currency (32000000) and an ISO 4217 code (USD).
 * A bare `$` and "dollars" are read as USD; "A$", "C$", "HK$" and "Canadian dollars" are not.
 * "pounds" is money only after a scale word ("5 million pounds"; "400 pounds" is a weight).
 * A bare "pesos" says no country: its currency is "pesos", equal to the same amount in PHP, MXN,
 * ARS ... (`genericNames`); "rupees" is read as INR unless a country is named ("Pakistani rupees").
 * Key: "USD 32000000" (range "USD 30000000-40000000"): sums in different currencies never
 * compare equal. A sum belongs to a rule when a cue is within `window` words in the same
 * clause (as for quantities); empty cues: every sum.
 */
import { wordTable } from '../lang/table.js';
import { z } from 'zod';
import { compileCues, cueNear, findCues, type CompiledCues } from '../extract/cues.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import { sentenceWords } from '../read/words.js';
import { compareDecimalText, decimalString, fromNumber, mul, parseDecimal, toNumber, type Decimal } from '../read/decimal.js';
import { mayStartNumber, numberAt, qualifierBefore, scaleAfterA } from '../read/numbers.js';
import { EN } from '../lang/en/index.js';
import type { ClaimValue, Doc, Qualifier, Rule, Sentence, Span, Token } from '../types.js';
import { list, ruleObject } from './common.js';
import { expectList, type KindSpec } from './types.js';
import { SetCache } from '../set-cache.js';
import { sumParty } from '../read/payer.js';

/** A word with its place: a wink token, or a piece of a rule's `expect` text. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A sum read at word indexes [start, end). */
interface Sum {
  value: number;
  high: number | null;
  /** `value` and `high` exactly (normalised decimal text). */
  exact: string;
  highExact: string | null;
  currency: string;
  start: number;
  end: number;
}

const SYMBOLS: Readonly<Record<string, string>> = wordTable({
  $: 'USD', 'us$': 'USD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD',
  's$': 'SGD', 'r$': 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₩': 'KRW',
  '₪': 'ILS', '₺': 'TRY',
});
/** The words `SYMBOLS[w]` finds: a Set answers a miss, the common case, faster than the record does. */
const SYMBOL_KEYS: ReadonlySet<string> = new Set(Object.keys(SYMBOLS));
/** Letters written against a `$` ("HK$" is read as "HK" + "$"). */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', r: 'BRL',
});
const CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'RUB', 'UAH', 'KRW',
  'ILS', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'ZAR', 'SAR', 'AED', 'PHP', 'ARS', 'CLP', 'COP', 'NGN',
  'THB', 'MYR', 'IDR', 'BDT', 'HUF', 'GHS', 'PKR', 'LKR', 'NPR', 'EGP', 'KES', 'QAR', 'VND', 'CZK',
]);
const DISPLAY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const NAME_PHRASES = Object.keys(EN.money.names)
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** NAME_PHRASES by first word, in the same (longest first) order: only those can start at a word. */
const NAMES_BY_FIRST: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of NAME_PHRASES) {
    const list = byFirst.get(phrase[0] ?? '') ?? [];
    list.push(phrase);
    byFirst.set(phrase[0] ?? '', list);
  }
  return byFirst;
})();

/** The longest amount read ("two hundred and fifty-five thousand million") fits in this many words. */
const AMOUNT_WORDS = 12;

const attached = (a: Word | undefined, b: Word | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** A currency written before the amount at `i`: "$", "US$", "HK" + "$", "EUR". */
function prefixAt(words: readonly Word[], i: number): { code: string; start: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  const prev = words[i - 1];
  if (w.text === '$' && prev !== undefined && attached(prev, w) && DOLLAR_PREFIXES[prev.lower] !== undefined) {
    return { code: DOLLAR_PREFIXES[prev.lower] ?? 'USD', start: i - 1 };
  }
  const code = (SYMBOL_KEYS.has(w.lower) ? SYMBOLS[w.lower] : undefined) ?? (CODES.has(w.text) ? w.text : undefined);
  return code === undefined ? null : { code, start: i };
}

/** "30-40", "1,000–2,000": a range written as one word. Compiled once: a literal in a function is a new RegExp per call. */
const NUMBER_RANGE = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/;

/** The lower-case forms of words [from, to) (as `words.slice(from, to).map((w) => w.lower)`, one list made). */
function lowerWords(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < Math.min(to, words.length); k++) out.push((words[k] as Word).lower);
  return out;
}

/** A number at `i` with its scale ("32 million", "1.2" + "bn", "32" + "m", "30-40 million"). */
function amountAt(words: readonly Word[], i: number): { value: Decimal; high: Decimal | null; end: number; scaled: boolean } | null {
  const first = words[i];
  if (first === undefined || !mayStartNumber(first.lower)) return null; // neither a range nor a number
  // the article "a" starts a number only before a scale word ("a million"): the common case, skipped early
  if ((first.lower === 'a' || first.lower === 'an') && !scaleAfterA(words[i + 1]?.lower)) return null;
  const lower = lowerWords(words, i, i + AMOUNT_WORDS);
  const range = NUMBER_RANGE.exec(lower[0] ?? '');
  const low = range ? parseDecimal(range[1] ?? '') : null;
  const n = range ? (low === null ? null : { exact: low, end: 1, scale: null }) : numberAt(lower, 0);
  if (!n) return null;
  const high = range ? parseDecimal(range[2] ?? '') : null;
  let scale = n.scale ?? 1;
  let end = i + n.end;
  const after = words[end]?.lower ?? '';
  const suffix = EN.money.scaleSuffixes[after.replace(/\.$/, '')];
  const scaleWord = EN.numbers.scales[after];
  if (n.scale === null && suffix !== undefined && attached(words[end - 1], words[end])) [scale, end] = [suffix, end + 1];
  else if (range && scaleWord !== undefined) [scale, end] = [scaleWord, end + 1];
  const value = n.scale === null ? mul(n.exact, fromNumber(scale)) : n.exact;
  return { value, high: high === null ? null : mul(high, fromNumber(scale)), end, scaled: scale > 1 };
}

/** A currency name after the amount ("dollars", "Canadian dollars", "pounds sterling"). */
function nameAt(words: readonly Word[], i: number, scaled: boolean): { code: string; end: number } | null {
  const upper = words[i]?.text;
  if (upper !== undefined && CODES.has(upper)) return { code: upper, end: i + 1 };
  const first = words[i]?.lower;
  for (const phrase of (first === undefined ? undefined : NAMES_BY_FIRST.get(first)) ?? []) {
    if (!phrase.every((p, k) => words[i + k]?.lower === p)) continue;
    const name = phrase.join(' ');
    if (!scaled && EN.money.alsoWeights.includes(name)) return null;
    const code = EN.money.names[name];
    return code === undefined ? null : { code, end: i + phrase.length };
  }
  return null;
}

/** The sum whose first word is at `i` (a currency before the amount, or a name after it), or null. */
function sumAt(words: readonly Word[], i: number): Sum | null {
  const prefix = prefixAt(words, i);
  if (prefix) {
    const amount = amountAt(words, i + 1);
    if (!amount) return null;
    return { ...sumOf(amount), currency: prefix.code, start: prefix.start, end: amount.end };
  }
  const amount = amountAt(words, i);
  const name = amount ? nameAt(words, amount.end, amount.scaled) : null;
  if (!amount || !name) return null;
  return { ...sumOf(amount), currency: name.code, start: i, end: name.end };
}

function sumOf(amount: { value: Decimal; high: Decimal | null }): Pick<Sum, 'value' | 'high' | 'exact' | 'highExact'> {
  return {
    value: toNumber(amount.value), high: amount.high === null ? null : toNumber(amount.high),
    exact: decimalString(amount.value), highExact: amount.high === null ? null : decimalString(amount.high),
  };
}

/** "$30 million to $40 million", "between $30m and $40m": the sum widened to a range. */
function withRange(words: readonly Word[], sum: Sum): Sum {
  const joiner = words[sum.end]?.lower;
  const between = words[sum.start - 1]?.lower === 'between';
  if (sum.high !== null || !(joiner === 'to' || joiner === '-' || joiner === '–' || (between && joiner === 'and'))) return sum;
  const next = sumAt(words, sum.end + 1);
  if (!next || next.currency !== sum.currency || compareDecimalText(next.exact, sum.exact) <= 0) return sum;
  return { ...sum, high: next.value, highExact: next.exact, start: between ? sum.start - 1 : sum.start, end: next.end };
}

/**
 * Every sum in a word list, left to right, not overlapping. A conversion in brackets right after
 * a sum ("500,000 rupees ($1,800)") is the same sum in another currency, not a second one: a
 * copy that leaves it out changed nothing.
 */
function findSums(words: readonly Word[]): Sum[] {
  const out: Sum[] = [];
  for (let i = 0; i < words.length; i++) {
    const sum = sumAt(words, i);
    if (!sum) continue;
    const widened = withRange(words, sum);
    out.push(widened);
    i = (conversionAfter(words, widened) ?? widened.end) - 1;
  }
  return out;
}

/** The end of "($1,800)" after a sum in another currency, or null. */
function conversionAfter(words: readonly Word[], sum: Sum): number | null {
  if (words[sum.end]?.text !== '(') return null;
  const inner = sumAt(words, sum.end + 1);
  if (!inner || inner.currency === sum.currency || words[inner.end]?.text !== ')') return null;
  return inner.end + 1;
}

const keyOf = (s: { exact: string; highExact: string | null; currency: string }): string =>
  `${s.currency} ${s.highExact === null ? s.exact : `${s.exact}-${s.highExact}`}`;

/** Words of a plain text, split as wink splits sums ("US$" stays whole, "$32m" is "$", "32", "m"). */
function plainWords(text: string): Word[] {
  return [...text.matchAll(/\p{L}+\$?|\d[\d,]*(?:\.\d+)?(?:[-–]\d[\d,]*(?:\.\d+)?)?|[^\s\p{L}\d]/gu)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The comparison key of a sum written as a whole ("$32 million" -> "USD 32000000"), or null. */
export function moneyKey(text: string): string | null {
  const words = plainWords(text);
  const sum = sumAt(words, 0);
  const whole = sum ? withRange(words, sum) : null;
  return whole && whole.end === words.length ? keyOf(whole) : null;
}

/** A sum a rule takes, with the qualifier written before it ("about $32 million"), read from the words alone. */
interface TakenSum {
  sum: Sum;
  pre: { qualifier: Qualifier; start: number } | null;
}

function claimValue(doc: Doc, rule: Rule, sentence: Sentence, words: readonly Word[], { sum, pre }: TakenSum): ClaimValue | null {
  const first = words[pre?.start ?? sum.start];
  const last = words[sum.end - 1];
  if (!first || !last) return null;
  const span: Span = { start: first.start, end: last.end };
  const place = doc.version.map.place(span.start);
  const qualifier: Qualifier | null = sum.high !== null ? 'range' : pre?.qualifier ?? null;
  const value: ClaimValue = {
    rule: rule.id, version: doc.version.id, kind: 'money', key: keyOf(sum), value: sum.value, qualifier,
    currency: sum.currency, text: doc.version.text.slice(span.start, span.end), sentence: sentence.text, span,
    line: place.line, column: place.column,
    uncertain: doc.version.uncertain.some((u) => span.start < u.end && u.start < span.end),
  };
  if (sum.high !== null) value.high = sum.high;
  if (String(sum.value) !== sum.exact) value.exact = sum.exact;
  if (sum.highExact !== null && String(sum.high) !== sum.highExact) value.highExact = sum.highExact;
  return value;
}

/**
 * The sums of a sentence and those each rule takes, read once for every copy of it in the set
 * (share.ts): a sum, its cue and its qualifier are read from the sentence's words alone, and
 * their bounds are word indexes (no offsets).
 */
interface SentenceSums {
  sums: readonly Sum[];
  taken: Map<Rule, readonly TakenSum[]> | undefined;
}

const sumsOf = new SetCache<SentenceShape, SentenceSums>();

function sentenceSums(doc: Doc, sentence: Sentence): SentenceSums {
  const shape = sentenceShape(doc, sentence);
  let sums = sumsOf.get(shape);
  if (sums === undefined) sumsOf.set(shape, (sums = { sums: findSums(sentenceWords(doc, sentence)), taken: undefined }));
  return sums;
}

/** The sums of a sentence a cue of the rule is near (every sum without cues), with their qualifiers. */
function takenSums(rule: Rule, cues: CompiledCues, words: readonly Token[], sums: readonly Sum[]): TakenSum[] {
  const hits = cues.length > 0 ? findCues(words, cues) : [];
  const lower = words.map((w) => w.lower);
  const out: TakenSum[] = [];
  sums.forEach((sum, n) => {
    const blockers = sums.filter((_, m) => m !== n);
    if (cues.length > 0 && !cueNear(words, sum, hits, rule.window, blockers)) return;
    out.push({ sum, pre: qualifierBefore(lower, sum.start) });
  });
  return out;
}

/** Sums of money in one version that a cue of the rule is near (every sum without cues). */
function extractMoney(doc: Doc, rule: Rule): ClaimValue[] {
  const cues = compileCues(rule.cues);
  const out: ClaimValue[] = [];
  for (const sentence of doc.sentences) {
    const read = sentenceSums(doc, sentence);
    if (read.sums.length === 0) continue; // most sentences (their words are not asked for)
    const words = sentenceWords(doc, sentence);
    const byRule = (read.taken ??= new Map());
    let taken = byRule.get(rule);
    if (taken === undefined) byRule.set(rule, (taken = takenSums(rule, cues, words, read.sums)));
    for (const t of taken) {
      const value = claimValue(doc, rule, sentence, words, t);
      if (value) out.push(value);
    }
  }
  return out;
}

/** "$32 million", "€1.2 billion", "£400,000", "CHF 3 million" (every digit kept). */
function formatSum(exact: string, currency: string): string {
  const symbol = DISPLAY_SYMBOLS[currency];
  const d = parseDecimal(exact) ?? fromNumber(Number(exact));
  const big = Object.entries(EN.numbers.scales)
    .filter(([, s]) => s >= 1e6 && Number.isInteger(Math.log10(s) / 3)) // million, billion: no lakh or crore
    .sort((a, b) => b[1] - a[1])
    .find(([, s]) => compareDecimalText(exact, String(s)) >= 0);
  const digits = Math.round(Math.log10(big?.[1] ?? 1));
  const amount = big ? `${decimalString({ n: d.n, scale: d.scale + digits })} ${big[0]}` : grouped(decimalString(d));
  if (symbol) return `${symbol}${amount}`;
  // a currency named without its country ("pesos") is shown as written: "150 million pesos"
  return EN.money.genericNames[currency] !== undefined ? `${amount} ${currency}` : `${currency} ${amount}`;
}

/** "400000" -> "400,000". */
function grouped(text: string): string {
  const [whole = '', frac] = text.split('.');
  const parts: string[] = [];
  for (let start = 0, end = whole.length % 3 || 3; start < whole.length; start = end, end += 3) parts.push(whole.slice(start, end));
  const g = parts.join(',');
  return frac === undefined ? g : `${g}.${frac}`;
}

function displaySum(v: ClaimValue): string {
  const currency = v.currency ?? '';
  const low = formatSum(v.exact ?? decimalString(fromNumber(Number(v.value))), currency);
  return v.high === undefined ? low : `${low}–${formatSum(v.highExact ?? decimalString(fromNumber(v.high)), currency)}`;
}

/** A rule's cue words that say what a sum is for (not how it is given: EN.money.givingWords). */
const purposesOf = new WeakMap<Rule, ReadonlySet<string>>();
/** Each value's party, read once (per set: values die with their set, see set-cache.ts). */
const partyMemo = new SetCache<ClaimValue, string | null>();

/** "USD|world bank|reconstruction": the currency, payer and purpose of a sum (read/payer.ts), or null. */
function partyOfSum(v: ClaimValue, rule: Rule): string | null {
  let party = partyMemo.get(v);
  if (party !== undefined) return party;
  let purposes = purposesOf.get(rule);
  if (purposes === undefined) {
    const giving = new Set(EN.money.givingWords);
    purposesOf.set(rule, (purposes = new Set(rule.cues.map((c) => c.toLowerCase()).filter((c) => !c.includes(' ') && !giving.has(c)))));
  }
  const at = v.sentence.indexOf(v.text);
  const read = at < 0 || purposes.size === 0 ? null : sumParty(v.sentence, at, at + v.text.length, purposes, rule.window);
  party = read === null ? null : `${v.currency ?? ''}|${read.payer.toLowerCase()}|${read.purpose}`;
  partyMemo.set(v, party);
  return party;
}

/**
 * Two keys of one amount, one in a currency named without its country ("150 million pesos") and
 * one in a currency that name may stand for ("PHP 150 million"): the same sum.
 */
function genericEqual(a: string, b: string): boolean {
  const [ca = '', ra = ''] = a.split(' ');
  const [cb = '', rb = ''] = b.split(' ');
  if (ra !== rb || ca === cb) return false;
  return (EN.money.genericNames[ca]?.includes(cb) ?? false) || (EN.money.genericNames[cb]?.includes(ca) ?? false);
}

const moneyText = z.string().max(60).refine((s) => moneyKey(s) !== null, {
  error: "{value} is not a sum of money (write it as in an article: '$32 million', '€1.2bn', '32 million dollars')",
});

export const money: KindSpec<'money'> = {
  kind: 'money',
  schema: ruleObject(
    'money',
    'A sum of money tied to a cue (pledges, aid, damage estimates), compared with its currency and scale.',
    {
      expect: list(moneyText, "'expect' must be a sum of money or a list of them")
        .optional()
        .describe("Pinned expected sum(s), as written in an article: '$32 million', '€1.2bn'."),
    },
    'A money rule.',
  ),
  options: (data) => ({ overTime: null, expect: expectList(data) }),
  extract: (doc, rule) => extractMoney(doc, rule),
  comparison: 'scalar',
  numericOverTime: false,
  qualifiers: true,
  wholeVersion: 'same-cue',
  partyOf: (v, rule) => partyOfSum(v, rule),
  compatible: (a, b) => a === b || genericEqual(a, b),
  matchesExpected: (key, expect) => expect.some((e) => moneyKey(String(e)) === key),
  display: (v) => [v.qualifier && v.qualifier !== 'range' ? EN.qualifierDisplay[v.qualifier] : '', displaySum(v)].filter((s) => s !== '').join(' '),
  displayKey: (values) => (values[0] ? displaySum(values[0]) : ''),
};
