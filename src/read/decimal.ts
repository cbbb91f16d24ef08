/**
 * Exact decimal figures. A figure is read into `n × 10^-scale` with a BigInt `n`, so
 * "1,234,567,890,123", "10^22 + 1" written out and a 400-digit number keep every digit.
 * Figures travel as normalised decimal strings (`decimalString`: no sign, no commas, no
 * leading zeros, no trailing fractional zeros: "1234567890123", "1.5"), which are the
 * comparison keys; `toNumber` gives the nearest finite double for the JSON `value`.
 */

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const DECIMAL_TEXT = /^(\d[\d,]*)(?:\.(\d+))?$/;
const EXPONENT = /e/i;

export interface Decimal {
  n: bigint;
  scale: number;
}

const TEN = 10n;

/** Zeros at the end of a digit string (a loop: `/0+$/` backtracks quadratically on long runs of zeros). */
function trailingZeros(text: string): number {
  let k = 0;
  while (k < text.length && text.charCodeAt(text.length - 1 - k) === 48) k++;
  return k;
}

function pow10(k: number): bigint {
  return TEN ** BigInt(k);
}

function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Digits with optional thousands commas and a fraction ("1,233", "1.5", "007"), or null. */
export function parseDecimal(text: string): Decimal | null {
  if (allDigits(text)) return { n: BigInt(text), scale: 0 }; // the common case, without the regex and its strings
  const m = DECIMAL_TEXT.exec(text);
  if (!m || m[1] === undefined) return null;
  const whole = m[1].replace(/,/g, '');
  const digits = m[2] ?? '';
  const frac = digits.slice(0, digits.length - trailingZeros(digits));
  return normal({ n: BigInt(whole + frac), scale: frac.length });
}

/** An integer or a short decimal number (lexicon values such as 12, 1e6, 0.5). */
export function fromNumber(x: number): Decimal {
  if (Number.isSafeInteger(x)) return { n: BigInt(x), scale: 0 };
  const text = String(x);
  const parsed = EXPONENT.test(text) ? null : parseDecimal(text);
  return parsed ?? { n: BigInt(Math.round(x)), scale: 0 };
}

/** Without trailing fractional zeros (stripped as text: a long fraction is not divided digit by digit). */
function normal(d: Decimal): Decimal {
  if (d.scale === 0 || d.n % TEN !== 0n) return d;
  const text = d.n.toString();
  const zeros = Math.min(d.scale, trailingZeros(text));
  return { n: BigInt(text.slice(0, text.length - zeros) || '0'), scale: d.scale - zeros };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * pow10(scale - a.scale), b.n * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  // the common case (integers): no alignment, no tuple
  if (a.scale === b.scale) return normal({ n: a.n + b.n, scale: a.scale });
  const [x, y, scale] = aligned(a, b);
  return normal({ n: x + y, scale });
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normal({ n: a.n * b.n, scale: a.scale + b.scale });
}

export function compare(a: Decimal, b: Decimal): number {
  if (a.scale === b.scale) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isInteger(d: Decimal): boolean {
  return normal(d).scale === 0;
}

/** Normalised decimal text: "1234567890123", "1.5", "0.25". */
export function decimalString(d: Decimal): string {
  const { n, scale } = normal(d);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(scale + 1, '0');
  const text = `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  return negative ? `-${text}` : text;
}

/** The nearest finite double (a figure beyond the double range is clamped, never Infinity). */
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function toNumber(d: Decimal): number {
  // a safe integer converts exactly either way: no decimal text to build and parse
  if (d.scale === 0 && d.n <= MAX_SAFE && d.n >= -MAX_SAFE) return Number(d.n);
  const x = Number(decimalString(d));
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Number.MAX_VALUE;
  return x;
}

/** Compares two normalised decimal strings exactly (as written by `decimalString`). */
export function compareDecimalText(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  return compare(x, y);
}

/** Exact value of a figure held as a double (an integer or short decimal) or as decimal text. */
function figureDecimal(x: number | string): Decimal {
  return typeof x === 'number' ? fromNumber(x) : parseDecimal(x) ?? fromNumber(Number(x));
}

/** Compares two figures exactly: doubles directly when both are safe integers, else as decimals. */
export function compareFigures(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a - b;
  return compare(figureDecimal(a), figureDecimal(b));
}
