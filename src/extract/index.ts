import type { ClaimValue, Doc, ExtractContext, Extractor, Rule, RuleKind } from '../types.js';
import { dateExtractor } from './date.js';
import { mentionExtractor } from './mention.js';
import { peopleExtractor } from './people.js';
import { quantityExtractor } from './quantity.js';

export { unifyPeople } from './unify.js';

/** Rule kinds map to extractor plug-ins, as Vale's `extends:` maps to a check. */
export const EXTRACTORS: Readonly<Record<RuleKind, Extractor>> = {
  quantity: quantityExtractor,
  date: dateExtractor,
  people: peopleExtractor,
  mention: mentionExtractor,
};

export function extract(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[] {
  return EXTRACTORS[rule.kind].extract(doc, rule, ctx);
}
