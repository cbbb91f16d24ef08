import type { Finding, RuleKind } from '../types.js';
import type { RuleCheckInput } from './context.js';
import { checkMembership } from './membership.js';
import { checkScalar } from './scalar.js';

export type { RuleCheckInput } from './context.js';
export { orderVersions, type Ordering, type OrderedVersion, type OrderInput } from './order.js';
export { createSimilarity, similarity } from './similar.js';
export { displayValue, evidenceOf } from './evidence.js';

const CHECKS: Readonly<Record<RuleKind, (input: RuleCheckInput) => Finding[]>> = {
  quantity: checkScalar,
  date: checkScalar,
  people: checkMembership,
  mention: checkMembership,
};

/** Compares one rule's values across the versions of a set. */
export function checkRule(input: RuleCheckInput): Finding[] {
  return CHECKS[input.rule.kind](input);
}
export { integrityFindings } from './integrity.js';
export { configFinding, inputFinding } from './problems.js';
export { dropRedundant } from './redundant.js';
