/**
 * Hedged figures read against exact ones (used by the headline choice in extract/ and by
 * the comparisons in check/).
 */
import type { ClaimValue, Qualifier } from '../types.js';

/** How far an "about" figure may be from an exact one and still agree (10%). */
const ABOUT_SLACK = 0.1;

/**
 * A hedged figure and an exact one its hedge allows: "more than 40 countries" and "44
 * countries", "at least 12" and "15", "nearly 50" and "48", "about 40" and "42". Two
 * different bounds ("at least 9", "at least 12") do not agree: they are two reported figures.
 */
export function boundsAgree(a: ClaimValue, b: ClaimValue): boolean {
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || a.high !== undefined || b.high !== undefined) return false;
  return withinHedge(a, b) || withinHedge(b, a);
}

/** Whether the exact figure `x` satisfies the hedge of `hedged`. */
function withinHedge(hedged: ClaimValue, x: ClaimValue): boolean {
  return x.qualifier === null && hedgeAllows(hedged.qualifier, Number(hedged.value), Number(x.value));
}

const LOWER_BOUNDS: ReadonlySet<Qualifier | null> = new Set(['at-least', 'more-than']);
const UPPER_BOUNDS: ReadonlySet<Qualifier | null> = new Set(['at-most', 'fewer-than']);

/**
 * Whether bound `x` makes bound `hedged` true: "at least 2,527" makes "more than 2,500" true, as
 * "fewer than 40" makes "at most 50". Bounds of one direction only. (Not a bound that holds
 * `boundHolds`: two bounds say less of each other than a bound and an exact figure.)
 */
export function boundImplies(x: ClaimValue, hedged: ClaimValue): boolean {
  if (hedged.kind !== 'quantity' || x.kind !== 'quantity' || hedged.high !== undefined || x.high !== undefined) return false;
  const xv = Number(x.value);
  const hv = Number(hedged.value);
  if (!Number.isFinite(xv) || !Number.isFinite(hv)) return false;
  if (LOWER_BOUNDS.has(x.qualifier) && LOWER_BOUNDS.has(hedged.qualifier)) {
    return hedged.qualifier === 'more-than' && x.qualifier === 'at-least' ? xv > hv : xv >= hv;
  }
  if (UPPER_BOUNDS.has(x.qualifier) && UPPER_BOUNDS.has(hedged.qualifier)) {
    return hedged.qualifier === 'fewer-than' && x.qualifier === 'at-most' ? xv < hv : xv <= hv;
  }
  return false;
}

/** Whether a hedged figure (`qualifier` `n`: "nearly 60") allows the exact figure `v` (58). */
export function hedgeAllows(qualifier: Qualifier | null, n: number, v: number): boolean {
  if (!Number.isFinite(n) || !Number.isFinite(v)) return false;
  switch (qualifier) {
    case 'at-least':
      return v >= n;
    case 'more-than':
      return v > n;
    case 'at-most':
      return v <= n;
    case 'fewer-than':
      return v < n;
    case 'about':
      return Math.abs(v - n) <= n * ABOUT_SLACK;
    case 'nearly':
      return v <= n && v >= n * (1 - ABOUT_SLACK);
    default:
      return false;
  }
}

/**
 * The unit a round figure was rounded to: the largest power of ten that divides it and is
 * smaller than it (20 -> 10, 300 -> 100, 100 -> 10); 0 for a figure under 10 or not whole.
 */
function roundingUnit(n: number): number {
  if (!Number.isInteger(n) || n < 10) return 0;
  let unit = 1;
  while (n % (unit * 10) === 0 && unit * 10 < n) unit *= 10;
  return unit;
}

/**
 * Whether a hedged round figure (`qualifier` `n`: "nearly 20", "about 300") is the exact figure
 * `v` rounded to its unit, beyond what the hedge itself allows: "nearly 20" for 17 (and not for
 * 12, nor 21: "nearly" rounds up only), "about 300" for 260. A rewrite's loose wording of the
 * figure, not another count. Only "nearly" and "about": a bound ("more than 20") that the
 * figure does not meet is another statement.
 */
export function roundsTo(qualifier: Qualifier | null, n: number, v: number): boolean {
  if (qualifier !== 'nearly' && qualifier !== 'about') return false;
  const unit = roundingUnit(n);
  if (unit <= 1 || !Number.isInteger(v) || v === n) return false;
  const under = v < n && n - v < unit / 2;
  return qualifier === 'nearly' ? under : under || (v > n && v - n < unit / 2);
}

/** How far under an exact figure a lower bound may be and still restate it (10%). */
const RESTATE_SLACK = 0.1;
/**
 * How far over a lower bound written in words an exact figure may be and still be restated by
 * it: "more than a dozen injured" for "16 wounded" is a rounder wording of the 16.
 */
const WORDED_SLACK = 0.5;
const DIGIT = /\d/;

/**
 * Whether a lower bound (`bound`: "more than 60", "at least 29") restates the exact figure
 * `exact` (64, 29): its hedge allows it and it stands close under it (10%, or half again for a
 * bound written in words: "more than a dozen" for 16). A rounder statement of the same count,
 * not a lower one; "at least 12" for 29 is allowed by its hedge but is another count.
 */
export function boundRestates(bound: ClaimValue, exact: ClaimValue): boolean {
  if ((bound.qualifier !== 'more-than' && bound.qualifier !== 'at-least') || !boundsAgree(bound, exact)) return false;
  const value = Number(bound.value);
  const before = Number(exact.value);
  if (value >= before * (1 - RESTATE_SLACK)) return true;
  // A mark written in words ("more than a dozen", "over a hundred") is a round mark, not a count.
  return !DIGIT.test(bound.text) && before <= value * (1 + WORDED_SLACK);
}

/**
 * Whether `bound` is a bound ("more than 100", "at least 12", "fewer than 50") that the exact
 * figure `exact` (112, 29, 46) satisfies: whatever came first, the two figures do not disagree.
 * The later of them is either an update ("more than 300" then "412") or a vaguer wording of the
 * same count ("112" then "more than 100"), never a false statement.
 */
export function boundHolds(bound: ClaimValue, exact: ClaimValue): boolean {
  const q = bound.qualifier;
  if (q !== 'more-than' && q !== 'at-least' && q !== 'at-most' && q !== 'fewer-than') return false;
  if (bound.kind !== 'quantity' || exact.kind !== 'quantity' || bound.high !== undefined || exact.high !== undefined) return false;
  return withinHedge(bound, exact);
}

/**
 * Whether a bound is a round mark ("more than 100", "over 50", "at least 300", "more than 1,500",
 * "more than a dozen"): a figure of one significant digit (20, 300, 1,000), or of two whose second
 * is a 5 (150, 2,500), or one written in words. "at least 12", "more than 37", "at least 410" are
 * counts: the figure of a moment, which a later exact one may have moved on from.
 */
export function roundMark(bound: ClaimValue): boolean {
  if (!DIGIT.test(bound.text)) return true;
  const n = Number(bound.value);
  if (!Number.isInteger(n) || n < 20) return false;
  const unit = 10 ** (String(n).length - 1);
  return n % unit === 0 || (n >= 100 && n % (unit / 2) === 0);
}

/**
 * Whether `n` is the figure `count` rounded down to the unit of a round mark `n` (`roundMark`):
 * 2,500 for 2,527 (a unit of 500), 200 for 210, 60 for 64; not 30 for 41 (40).
 */
export function roundsDownTo(count: number, n: number): boolean {
  if (!Number.isInteger(n) || n <= 0 || count < n) return false;
  const unit = 10 ** (String(n).length - 1);
  const step = n % unit === 0 ? unit : unit / 2;
  return Math.floor(count / step) * step === n;
}

/**
 * Whether two figures of a count that moves over time say the same when nothing tells which came
 * first: an "about" or "nearly" figure that allows the other (`boundsAgree`), a lower bound that
 * restates it (`boundRestates`: "more than 60 injured" and "64 injured"), or a round mark the exact
 * figure satisfies (`roundMark`: "more than 300 injured" and "412 injured"): in either order no
 * statement is false, the later one is an update or a vaguer wording. A bound that is a count
 * ("at least 12" and "29") is a figure of another moment: the order decides.
 */
export function sameStatement(a: ClaimValue, b: ClaimValue): boolean {
  if (!boundsAgree(a, b)) return false;
  const hedged = a.qualifier !== null ? a : b;
  const exact = hedged === a ? b : a;
  return hedged.qualifier === 'about' || hedged.qualifier === 'nearly' || boundRestates(hedged, exact) || roundMark(hedged);
}
