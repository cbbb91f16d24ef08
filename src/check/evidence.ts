import { kindOf } from '../kinds/index.js';
import type { ClaimValue, Evidence } from '../types.js';

/** A claim value as a person reads it: "more than 3 years", "2025-04-17", "Keith Kellogg", "$32 million". */
export function displayValue(v: ClaimValue): string {
  return kindOf(v.kind).display(v);
}

/** Display of a comparison key shared by several values (no qualifier). */
export function displayKey(values: readonly ClaimValue[]): string {
  const first = values[0];
  return first ? kindOf(first.kind).displayKey(values) : '';
}

export function evidenceOf(v: ClaimValue, path?: string): Evidence {
  const e: Evidence = { version: v.version, line: v.line, column: v.column, text: v.sentence, value: displayValue(v) };
  if (path !== undefined) e.path = path;
  return e;
}
