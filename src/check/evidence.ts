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

/**
 * Display of the figure several values state as one: the key when one of them states it
 * exactly, else the first as written with its hedge ("more than 60", never a bare "60" for
 * a figure no value gives exactly).
 */
export function displayStated(values: readonly ClaimValue[]): string {
  const exact = values.find((x) => x.qualifier === null);
  if (exact !== undefined || values.length === 0) return displayKey(exact === undefined ? values : [exact, ...values]);
  return displayValue(values[0] as ClaimValue);
}

export function evidenceOf(v: ClaimValue, path?: string): Evidence {
  const e: Evidence = { version: v.version, line: v.line, column: v.column, text: v.sentence, value: displayValue(v) };
  if (path !== undefined) e.path = path;
  return e;
}
