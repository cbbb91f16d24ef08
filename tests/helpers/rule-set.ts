/** One rule's findings and values when a set of texts is checked end to end (tests of one rule's readings). */
import { check } from '../../src/index.js';
import type { ClaimValue, Finding } from '../../src/types.js';
import type { TempSets } from './temp-set.js';

export interface RuleChecked {
  findings: Finding[];
  values: Record<string, ClaimValue[]>;
}

/** The findings and values of `rule` in a set written by `sets` (name -> text, `.txt` added) and checked with `rules`. */
export async function checkRule(sets: TempSets, files: Record<string, string>, rule: string, rules: string[]): Promise<RuleChecked> {
  const texts = Object.fromEntries(Object.entries(files).map(([name, text]) => [`${name}.txt`, text]));
  const report = await check([sets.write(texts)], { rules });
  const set = report.sets[0];
  const claims = (set?.claims ?? []).find((c) => c.rule === rule);
  return { findings: (set?.findings ?? []).filter((f) => f.rule === rule), values: (claims?.values ?? {}) as Record<string, ClaimValue[]> };
}
