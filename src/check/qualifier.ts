import type { ClaimValue, Qualifier } from '../types.js';

/**
 * Qualifiers that say the same thing about a number fall in one class:
 * "around 30" ~ "approximately 30" ~ "some 30"; "at least 12" ~ "more than 12"
 * are both lower bounds but not the same claim, so they stay apart.
 */
export type QualifierClass = 'exact' | 'about' | 'nearly' | 'lower' | 'upper' | 'vague' | 'range';

export function qualifierClass(q: Qualifier | null): QualifierClass {
  switch (q) {
    case null:
      return 'exact';
    case 'about':
      return 'about';
    case 'nearly':
      return 'nearly';
    case 'at-least':
    case 'more-than':
      return 'lower';
    case 'at-most':
    case 'fewer-than':
      return 'upper';
    case 'several':
      return 'vague';
    case 'range':
      return 'range';
  }
}

/**
 * "about a dozen" against "12": a round number word ("a dozen", "a score") is a hedge of its
 * own, so hedging it again says the same figure; no finding at all. ("about 640" against "640"
 * still hedges a count: a minor change, see `isMinorQualifierChange`.)
 */
export function isSameFigure(a: ClaimValue, b: ClaimValue): boolean {
  const ca = qualifierClass(a.qualifier);
  const cb = qualifierClass(b.qualifier);
  const soft = (c: QualifierClass): boolean => c === 'exact' || c === 'about';
  return ca !== cb && soft(ca) && soft(cb) && (ROUND_WORD.test(a.text) || ROUND_WORD.test(b.text));
}

const ROUND_WORD = /\b(?:dozen|score)\b/i;

/**
 * A change between "exact" and "about" is minor, and so is "at least 12" against "12"
 * (both say 12 are known); "more than", "nearly" and "up to" appearing or vanishing are not.
 */
export function isMinorQualifierChange(a: QualifierClass, b: QualifierClass, qa?: Qualifier | null, qb?: Qualifier | null): boolean {
  const soft = new Set<QualifierClass>(['exact', 'about']);
  if (soft.has(a) && soft.has(b)) return true;
  const atLeastVsExact = (x: QualifierClass, qx: Qualifier | null | undefined, y: QualifierClass): boolean =>
    x === 'lower' && qx === 'at-least' && y === 'exact';
  return atLeastVsExact(a, qa, b) || atLeastVsExact(b, qb, a);
}

