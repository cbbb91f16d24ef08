import type { ClaimValue } from '../types.js';

/** Date keys are a day ("2025-04-17") or a range ("2025-04-14..2025-04-20"). */
function dateRange(key: string): [string, string] | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(key);
  if (!m || !m[1]) return null;
  return [m[1], m[2] ?? m[1]];
}

/**
 * Two comparison keys of one rule say the same thing: equal numbers, or date
 * ranges that overlap ("last week" and a day inside it).
 */
export function compatibleKeys(kind: ClaimValue['kind'], a: string, b: string): boolean {
  if (a === b) return true;
  if (kind === 'quantity') return quantityOverlap(a, b);
  if (kind !== 'date') return false;
  const x = dateRange(a);
  const y = dateRange(b);
  if (!x || !y) return false;
  return x[0] <= y[1] && y[0] <= x[1];
}

/** Quantity keys are a number ("12") or a range ("200-999", "hundreds"): a number inside a range agrees with it. */
function quantityRange(key: string): [number, number] | null {
  const m = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(key);
  if (!m || m[1] === undefined) return null;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

function quantityOverlap(a: string, b: string): boolean {
  const x = quantityRange(a);
  const y = quantityRange(b);
  if (!x || !y || (x[0] === x[1] && y[0] === y[1])) return false;
  return x[0] <= y[1] && y[0] <= x[1];
}

/** Does a key match one of the rule's pinned `expect` values? */
export function matchesExpected(kind: ClaimValue['kind'], key: string, expect: ReadonlyArray<number | string>): boolean {
  return expect.some((e) => {
    if (kind === 'quantity') return key === String(e);
    if (kind === 'date') return compatibleKeys('date', key, String(e));
    return key.toLowerCase().endsWith(`:${String(e).toLowerCase()}`);
  });
}
