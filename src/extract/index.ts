import { kindOf } from '../kinds/index.js';
import type { ClaimValue, Doc, ExtractContext, Rule } from '../types.js';

export { unifyPeople } from './unify.js';

/** The values of one rule in one version: the rule's kind module reads them (src/kinds/). */
export function extract(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[] {
  return kindOf(rule.kind).extract(doc, rule, ctx);
}
