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
 * Whether two figures of a count that moves over time say the same when nothing tells which came
 * first: an "about" or "nearly" figure that allows the other (`boundsAgree`), or a lower bound that
 * restates it (`boundRestates`): "more than 60 injured" and "64 injured".
 */
export function sameStatement(a: ClaimValue, b: ClaimValue): boolean {
  if (!boundsAgree(a, b)) return false;
  const hedged = a.qualifier !== null ? a : b;
  const exact = hedged === a ? b : a;
  return hedged.qualifier === 'about' || hedged.qualifier === 'nearly' || boundRestates(hedged, exact);
}
