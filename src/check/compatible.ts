import { kindOf } from '../kinds/index.js';
import type { ClaimValue } from '../types.js';

/** Two comparison keys of one rule say the same thing (equal numbers, overlapping dates …: the kind decides). */
export function compatibleKeys(kind: ClaimValue['kind'], a: string, b: string): boolean {
  return a === b || kindOf(kind).compatible(a, b);
}

/** Does a key match one of the rule's pinned `expect` values? */
export function matchesExpected(kind: ClaimValue['kind'], key: string, expect: ReadonlyArray<number | string>): boolean {
  return kindOf(kind).matchesExpected(key, expect);
}
