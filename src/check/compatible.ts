import { kindOf } from '../kinds/index.js';
import type { ClaimValue } from '../types.js';

/** Two comparison keys of one rule say the same thing (equal numbers, overlapping dates …: the kind decides). */
export function compatibleKeys(kind: ClaimValue['kind'], a: string, b: string): boolean {
  return a === b || kindOf(kind).compatible(a, b);
}

/** Two values of one rule say the same: compatible keys, or words the kind reads as one statement (`sameWords`). */
export function sameStatementOf(x: ClaimValue, y: ClaimValue): boolean {
  return compatibleKeys(x.kind, x.key, y.key) || kindOf(x.kind).sameWords?.(x, y) === true;
}

/** Does a key match one of the rule's pinned `expect` values? */
export function matchesExpected(kind: ClaimValue['kind'], key: string, expect: ReadonlyArray<number | string>): boolean {
  return kindOf(kind).matchesExpected(key, expect);
}
