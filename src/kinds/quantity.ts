import { z } from 'zod';
import { compareDecimalText } from '../read/decimal.js';
import { extractQuantities } from '../extract/quantity.js';
import { EN } from '../lang/en/index.js';
import { ATTACKER_COUNTED, ATTACKER_SELF_DEATH } from '../lang/en/quantities.js';
import type { ClaimValue } from '../types.js';
import { countedThing, peopleState } from './counted.js';
import { SetMap } from '../set-cache.js';
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
    compare: z
      .enum(['headline', 'sentence'])
      .optional()
      .describe(
        "headline (default): the claim is one figure of the story, compared version against version (with cues: each version's headline figure, apart from its parts and background). sentence: a catch-all that collects many figures (every 'N people'), compared only between matching sentences.",
      ),
    expect: list(z.number().nonnegative(), "'expect' must be a number or a list of numbers")
      .optional()
      .describe('Pinned expected value(s): every version must state one of these.'),
  },
  'A quantity rule.',
);

const numberOf = (v: ClaimValue): string => {
  const low = v.exact ?? String(v.value);
  return v.high !== undefined ? `${low}–${v.highExact ?? v.high}` : low;
};

/** Quantity keys are an exact decimal ("12") or a range ("200-999", "hundreds"): a number inside a range agrees with it. */
function quantityRange(key: string): [string, string] | null {
  const m = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(key);
  if (!m || m[1] === undefined) return null;
  return [m[1], m[2] ?? m[1]];
}

/** Equal keys, or a range and a number or range that overlap it (two plain numbers never do). Compared exactly. */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  // Without a dash neither key is a range: two numbers, or a key that is neither (most keys are plain numbers).
  if (!a.includes('-') && !b.includes('-')) return false;
  const x = quantityRange(a);
  const y = quantityRange(b);
  if (!x || !y || (x[0] === x[1] && y[0] === y[1])) return false;
  return compareDecimalText(x[0], y[1]) <= 0 && compareDecimalText(y[0], x[1]) <= 0;
}

/** Units are stored as lemmas ("year", "fatality"); show them in the plural after numbers other than one. */
function unitFor(unit: string, n: number | string): string {
  if (Number(n) === 1 || /s$|people$|staff$|personnel$|percent$|police$/.test(unit)) return unit;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(ch|sh|x)$/.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

/**
 * The facts of the set's figures, by sentence and then by unit and text: the fact is read from
 * those alone (counted.ts), the versions of a set repeat most sentences, and the checks ask for
 * each value's fact more than once.
 */
const factsBySentence = new SetMap<string, Map<string, string>>();

function factOfQuantity(v: ClaimValue): string {
  let facts = factsBySentence.get(v.sentence);
  if (facts === undefined) factsBySentence.set(v.sentence, (facts = new Map()));
  const key = `${v.unit ?? ''}\u0000${v.text}`;
  let fact = facts.get(key);
  if (fact === undefined) facts.set(key, (fact = countedThing(v) || peopleState(v)));
  return fact;
}

/**
 * A toll one short of another where the smaller's sentence tells the attacker killed himself too
 * ("killing one classmate … before fatally shooting himself" and "2 dead"), or the larger's counts
 * him ("Ten people, including the gunman, were killed" and "nine killed"): the same dead, counted
 * without and with the attacker.
 */
function withAttacker(a: ClaimValue, b: ClaimValue): boolean {
  if (a.high !== undefined || b.high !== undefined || a.qualifier !== null || b.qualifier !== null) return false;
  const [lo, hi] = Number(a.value) < Number(b.value) ? [a, b] : [b, a];
  return Number(hi.value) === Number(lo.value) + 1 && (ATTACKER_SELF_DEATH.test(lo.sentence) || ATTACKER_COUNTED.test(hi.sentence));
}

export const quantity: KindSpec<'quantity'> = {
  kind: 'quantity',
  schema,
  options: (data) => ({
    units: [...new Set(stringList(data['units']).map((w) => w.toLowerCase()))],
    overTime: overTimeOf(data),
    expect: expectList(data),
    compare: data['compare'] === 'sentence' ? 'sentence' : 'headline',
  }),
  extract: (doc, rule, ctx) => extractQuantities(doc, rule, ctx.referenceDate),
  comparison: 'scalar',
  numericOverTime: true,
  qualifiers: true,
  wholeVersion: true,
  // what a count of countries counts, or the state of the people a count of people counts
  factOf: factOfQuantity,
  compatible,
  sameWords: withAttacker,
  matchesExpected: (key, expect) => expect.some((e) => key === String(e)),
  display(v) {
    if (v.qualifier === 'several') return v.text; // "dozens", "hundreds": a range, shown as written
    const qualifier = v.qualifier ? EN.qualifierDisplay[v.qualifier] : '';
    const unit = v.unitText ?? (v.unit ? unitFor(v.unit, v.high ?? v.value) : '');
    return [qualifier, numberOf(v), unit].filter((s) => s !== '').join(' ');
  },
  displayKey(values) {
    const first = values[0];
    if (!first) return '';
    const unit = first.unitText ?? (first.unit ? unitFor(first.unit, first.high ?? first.value) : '');
    return unit === '' ? numberOf(first) : `${numberOf(first)} ${unit}`;
  },
};
