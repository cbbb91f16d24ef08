import type { ClaimValue, Doc, ExtractContext, Rule, RuleKind } from '../types.js';
import { age } from './age.js';
import { date } from './date.js';
import { magnitude } from './magnitude.js';
import { money } from './money.js';
import { mention, people } from './names.js';
import { quantity } from './quantity.js';
import type { KindSpec } from './types.js';

export type { KindSpec } from './types.js';

/**
 * The rule kinds: one module each, one line here. The rule-file schema, rule parsing,
 * extraction, the check and the reports all look a kind up here; the compiler flags a
 * kind listed in `RuleKind` (src/types.ts) but missing here.
 */
export const KINDS: { readonly [K in RuleKind]: KindSpec<K> } = {
  quantity,
  date,
  people,
  mention,
  money,
  age,
  magnitude,
};

export function kindOf(kind: RuleKind): KindSpec {
  return KINDS[kind];
}

/** Whether a kind's values are compared as a list of members (people, places) rather than one fact. */
export function isListKind(kind: RuleKind): boolean {
  return KINDS[kind].comparison === 'list';
}

/** The values of one rule in one version, read by the rule's kind module. */
export function extractValues(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[] {
  return kindOf(rule.kind).extract(doc, rule, ctx);
}
