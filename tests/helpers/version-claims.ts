/** The claims of one version read from plain text: what the extractor tests look at. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import { extractClaims } from '../../src/extract/claims.js';
import { kindOf } from '../../src/kinds/index.js';
import { plainVersion } from '../../src/normalize/plain.js';
import { parseRuleFile } from '../../src/rules/index.js';
import type { ClaimValue, Doc, Rule } from '../../src/types.js';

const CORE = join(import.meta.dirname, '..', '..', 'rules', 'news-core.yaml');

/** The quantity rules of news-core (death toll, injured, missing, counts, ...). */
export const CORE_QUANTITY_RULES: readonly Rule[] = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.kind === 'quantity');

/** The values of each of `rules` in one version dated `date`, by rule id. */
export function versionClaims(text: string, date: string, rules: readonly Rule[] = CORE_QUANTITY_RULES): Map<string, ClaimValue[]> {
  const doc: Doc = analyze({ ...plainVersion('v', text), dateLine: date });
  const table = extractClaims(rules, [{ id: 'v', date }], new Map([['v', doc]]), date, kindOf);
  return new Map([...table].map(([id, byVersion]) => [id, byVersion.get('v') ?? []]));
}
