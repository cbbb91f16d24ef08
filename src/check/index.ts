import { kindOf, type KindSpec } from '../kinds/index.js';
import type { Finding } from '../types.js';
import type { RuleCheckInput } from './context.js';
import { checkMembership } from './membership.js';
import { checkScalar } from './scalar.js';

export type { RuleCheckInput } from './context.js';
export { orderVersions, type Ordering, type OrderedVersion, type OrderInput } from './order.js';
export { createSimilarity, similarity } from './similar.js';
export { displayValue, evidenceOf } from './evidence.js';

const CHECKS: Readonly<Record<KindSpec['comparison'], (input: RuleCheckInput) => Finding[]>> = {
  scalar: checkScalar,
  list: checkMembership,
};

/** Compares one rule's values across the versions of a set: one fact per version, or a list. */
export function checkRule(input: RuleCheckInput): Finding[] {
  return CHECKS[kindOf(input.rule.kind).comparison](input);
}
export { integrityFindings } from './integrity.js';
export { configFinding, inputFinding } from './problems.js';
export { dropRedundant } from './redundant.js';
