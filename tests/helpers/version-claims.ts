/** The claims of one version read from plain text: what the extractor tests look at. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import { extractClaims } from '../../src/extract/claims.js';
import { kindOf } from '../../src/kinds/index.js';
import { isInputProblem, normalize } from '../../src/normalize/index.js';
import { plainVersion } from '../../src/normalize/plain.js';
import { parseRuleFile } from '../../src/rules/index.js';
import type { ClaimValue, Doc, NormalizedVersion, Rule } from '../../src/types.js';

const CORE = join(import.meta.dirname, '..', '..', 'rules', 'news-core.yaml');

/** The rules of news-core. */
const CORE_RULES: readonly Rule[] = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules;

/** The quantity rules of news-core (death toll, injured, missing, counts, ...). */
export const CORE_QUANTITY_RULES: readonly Rule[] = CORE_RULES.filter((r) => r.kind === 'quantity');

/** The values of each of `rules` in one version dated `date`, by rule id. */
export function versionClaims(text: string, date: string, rules: readonly Rule[] = CORE_QUANTITY_RULES): Map<string, ClaimValue[]> {
  const doc: Doc = analyze({ ...plainVersion('v', text), dateLine: date });
  const table = extractClaims(rules, [{ id: 'v', date }], new Map([['v', doc]]), date, kindOf);
  return new Map([...table].map(([id, byVersion]) => [id, byVersion.get('v') ?? []]));
}

/** A version as the pipeline normalizes it from its bytes (page furniture, datelines, repairs); throws on an input problem. */
export function normalizedVersion(text: string, id = 'a'): NormalizedVersion {
  const out = normalize({ id, path: `${id}.txt`, bytes: new TextEncoder().encode(`${text}\n`) });
  if (isInputProblem(out)) throw new Error(out.message);
  return out;
}

/** The values of one news-core rule (`ruleId`, any kind) in a one-version set dated `date`, normalized and read as the pipeline does. */
export function normalizedClaims(ruleId: string, text: string, date: string): ClaimValue[] {
  const docs = new Map<string, Doc>([['a', analyze(normalizedVersion(text))]]);
  return extractClaims(CORE_RULES, [{ id: 'a', date }], docs, date, kindOf).get(ruleId)?.get('a') ?? [];
}
