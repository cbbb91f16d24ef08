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
