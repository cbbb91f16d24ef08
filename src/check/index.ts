import { factKey } from '../findings.js';
import { kindOf, type KindSpec } from '../kinds/index.js';
import type { FactKey, Finding } from '../types.js';
import type { RuleCheckInput } from './context.js';
import { checkAttribute } from './attribute.js';
import { checkMembership } from './membership.js';
import { checkScalar } from './scalar.js';

export type { RuleCheckInput } from './context.js';
export { orderVersions, wireUpdateNumber, type Ordering, type OrderedVersion } from './order.js';
export { createSimilarity, similarity } from './similar.js';
export { displayValue } from './evidence.js';

const CHECKS: Readonly<Record<KindSpec['comparison'], (input: RuleCheckInput) => Finding[]>> = {
  scalar: checkScalar,
  list: checkMembership,
  attribute: checkAttribute,
};

/**
 * Compares one rule's values across the versions of a set: one fact per version, or a list.
 * Each finding gets its fact key (the rule, its kind, the member or claim it is about, the
 * lines of the values it quotes) for the passes after the checks.
 */
export function checkRule(input: RuleCheckInput): Finding[] {
  const { rule } = input;
  return CHECKS[kindOf(rule.kind).comparison](input).map((f) => ({
    ...f,
    fact: factKey(f, { rule: rule.id, origin: 'rule', kind: rule.kind, subject: f.subject, ...lossOf(f), ...restatedPlaces(input, f) }),
  }));
}

/**
 * The lines a change of a figure is quoted from, and every other line of the same versions that
 * restates a quoted value ("UPDATE 3-Quake kills at least 41" quoted, the lede's "killed at least
 * 41 people" restating it): a changed-fact finding on any of them is the same change.
 */
function restatedPlaces(input: RuleCheckInput, f: Finding): Pick<FactKey, 'places'> | Record<string, never> {
  if (input.rule.kind !== 'quantity' || (f.type !== 'contradiction' && f.type !== 'update' && f.type !== 'stale')) return {};
  const places = f.evidence.map((e) => ({ version: e.version, line: e.line }));
  for (const e of f.evidence) {
    const quoted = (input.values.get(e.version) ?? []).find((x) => x.line === e.line && (e.value === undefined || x.text === e.value));
    if (quoted === undefined) continue;
    for (const x of input.values.get(e.version) ?? []) if (x.key === quoted.key && x.line !== e.line) places.push({ version: e.version, line: x.line });
  }
  return { places };
}

/** What a rule's finding says a version lacks: omitted, or not yet reported (`later`: two rules of one name fold into one). */
function lossOf(f: Finding): Pick<FactKey, 'loss'> {
  if (f.type === 'omission') return { loss: 'omitted' };
  return f.type === 'not-yet-reported' ? { loss: 'later' } : {};
}
export { integrityFindings } from './integrity.js';
export { configFinding, inputFinding } from './problems.js';
export { dropCoveredChanges, sortFindings } from './passes.js';
export { dropRedundant } from './redundant.js';
