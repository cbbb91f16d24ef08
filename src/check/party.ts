import type { ClaimValue } from '../types.js';
import { kindOf } from '../kinds/index.js';
import type { RuleCheckInput } from './context.js';
import { hedgeAgrees } from './counterpart.js';

/**
 * The values that contradict `value` in another version's sentence about the same party (a sum's
 * payer, purpose and currency: KindSpec `partyOf`), when the two sentences are too reworded to be
 * matched: "The World Bank said it would provide $25 million for reconstruction" and "… welcomed
 * a World Bank pledge of $2.5 million for reconstruction". Only when each of the two versions
 * gives one value of that party (two World Bank sums for reconstruction cannot be paired) and the
 * other version gives no value equal to `value` anywhere.
 */
export function partyConflicts(input: RuleCheckInput, certain: ReadonlyMap<string, readonly ClaimValue[]>, value: ClaimValue): ClaimValue[] {
  const spec = kindOf(input.rule.kind);
  const partyOf = spec.partyOf;
  if (partyOf === undefined) return [];
  const party = partyOf(value, input.rule);
  if (party === null) return [];
  const own = certain.get(value.version) ?? [];
  if (own.some((x) => x !== value && partyOf(x, input.rule) === party)) return [];
  const out: ClaimValue[] = [];
  for (const w of input.versions) {
    if (w.id === value.version) continue;
    const theirs = certain.get(w.id) ?? [];
    const same = theirs.filter((y) => partyOf(y, input.rule) === party);
    if (same.length !== 1) continue;
    if (theirs.some((y) => spec.compatible(y.key, value.key) || hedgeAgrees(input, y, value))) continue;
    out.push(same[0] as ClaimValue);
  }
  return out;
}
