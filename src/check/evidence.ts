import type { ClaimValue, Evidence, Qualifier } from '../types.js';

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'fewer-than': 'fewer than',
  nearly: 'nearly',
  several: 'several',
  range: '',
};

/** A claim value as a person reads it: "more than 3 years", "2025-04-17", "Keith Kellogg". */
export function displayValue(v: ClaimValue): string {
  if (v.kind === 'quantity') {
    if (v.qualifier === 'several') return v.text; // "dozens", "hundreds": a range, shown as written
    const number = v.high !== undefined ? `${v.value}–${v.high}` : String(v.value);
    const qualifier = v.qualifier ? QUALIFIER_WORDS[v.qualifier] : '';
    const unit = v.unitText ?? (v.unit ? unitFor(v.unit, v.high ?? v.value) : '');
    return [qualifier, number, unit].filter((s) => s !== '').join(' ');
  }
  if (v.kind === 'date') {
    const d = v.date;
    const when = d && d.start !== d.end ? `${d.start}..${d.end}` : String(v.value);
    return `${when} ("${v.text}")`;
  }
  return String(v.value);
}

/** Display of a comparison key shared by several values (no qualifier). */
export function displayKey(values: readonly ClaimValue[]): string {
  const first = values[0];
  if (!first) return '';
  if (first.kind === 'quantity') {
    const number = first.high !== undefined ? `${first.value}–${first.high}` : String(first.value);
    return first.unit ? `${number} ${unitFor(first.unit, first.high ?? first.value)}` : number;
  }
  if (first.kind === 'date') return first.key;
  return String(first.value);
}

export function evidenceOf(v: ClaimValue, path?: string): Evidence {
  const e: Evidence = { version: v.version, line: v.line, column: v.column, text: v.sentence, value: displayValue(v) };
  if (path !== undefined) e.path = path;
  return e;
}

/** Units are stored as lemmas ("year", "fatality"); show them in the plural after numbers other than one. */
function unitFor(unit: string, n: number | string): string {
  if (Number(n) === 1 || /s$|people$|staff$|personnel$|percent$|police$/.test(unit)) return unit;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(ch|sh|x)$/.test(unit)) return `${unit}es`;
  return `${unit}s`;
}
