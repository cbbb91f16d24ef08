import { z } from 'zod';
import { quantityExtractor } from '../extract/quantity.js';
import { EN } from '../lang/en/index.js';
import type { ClaimValue } from '../types.js';
import { list, overTime, overTimeOf, phrase, ruleObject } from './common.js';
import { expectList, stringList, type KindSpec } from './types.js';

/** `quantity`: a count tied to a cue (death toll, countries at a summit, years of war). */
const schema = ruleObject(
  'quantity',
  'A number tied to a cue: death toll, count of countries, years of war.',
  {
    units: z
      .array(phrase('unit'))
      .default([])
      .describe('Quantity only: nouns that may follow the number, e.g. [countries, nations]. Empty: any noun.'),
    'over-time': overTime.optional(),
    expect: list(z.number().nonnegative(), "'expect' must be a number or a list of numbers")
      .optional()
      .describe('Pinned expected value(s): every version must state one of these.'),
  },
  'A quantity rule.',
);

const numberOf = (v: ClaimValue): string => (v.high !== undefined ? `${v.value}–${v.high}` : String(v.value));

/** Units are stored as lemmas ("year", "fatality"); show them in the plural after numbers other than one. */
function unitFor(unit: string, n: number | string): string {
  if (Number(n) === 1 || /s$|people$|staff$|personnel$|percent$|police$/.test(unit)) return unit;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(ch|sh|x)$/.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

export const quantity: KindSpec = {
  kind: 'quantity',
  schema,
  options: (data) => ({
    units: [...new Set(stringList(data['units']).map((w) => w.toLowerCase()))],
    overTime: overTimeOf(data),
    names: [],
    expect: expectList(data),
  }),
  extract: (doc, rule, ctx) => quantityExtractor.extract(doc, rule, ctx),
  comparison: 'scalar',
  numericOverTime: true,
  qualifiers: true,
  compatible: (a, b) => a === b,
  matchesExpected: (key, expect) => expect.some((e) => key === String(e)),
  display(v) {
    const qualifier = v.qualifier ? EN.qualifierDisplay[v.qualifier] : '';
    return [qualifier, numberOf(v), v.unit ? unitFor(v.unit, v.high ?? v.value) : ''].filter((s) => s !== '').join(' ');
  },
  displayKey(values) {
    const first = values[0];
    if (!first) return '';
    return first.unit ? `${numberOf(first)} ${unitFor(first.unit, first.high ?? first.value)}` : numberOf(first);
  },
};
