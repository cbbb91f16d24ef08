import type { ClaimReport, FindingType } from '../../types.js';
import type { Anchored } from './model.js';
import { isListKind } from '../../kinds/index.js';

/** Findings per claim rule and version: `marks.get(rule)?.get(version)`. */
export type CellMarks = Map<string, Map<string, Anchored[]>>;

/** Finding types that describe a file, not a claim: never placed in the grid by subject. */
const NOT_IN_GRID: ReadonlySet<FindingType> = new Set<FindingType>(['integrity', 'config', 'input']);

/**
 * A finding marks the cells of its rule's row in the versions it names. A finding from a rule
 * with no row (a cut name, a dropped fact) marks the people/mention rows holding its subject.
 */
export function cellMarks(claims: readonly ClaimReport[], anchored: readonly Anchored[]): CellMarks {
  const marks: CellMarks = new Map();
  const rows = new Set(claims.map((c) => c.rule));
  const holders = listHolders(claims);
  for (const a of anchored) {
    if (rows.has(a.finding.rule)) addMark(marks, a.finding.rule, a);
    else if (!NOT_IN_GRID.has(a.finding.type)) {
      for (const rule of holders.get(a.finding.subject.toLowerCase()) ?? []) addMark(marks, rule, a);
    }
  }
  return marks;
}

function addMark(marks: CellMarks, rule: string, a: Anchored): void {
  const byVersion = marks.get(rule) ?? new Map<string, Anchored[]>();
  marks.set(rule, byVersion);
  for (const v of a.finding.versions) byVersion.set(v, [...(byVersion.get(v) ?? []), a]);
}

/** Lower-case names (values and matched texts) -> rules of list kinds holding them. */
function listHolders(claims: readonly ClaimReport[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const claim of claims) {
    if (!isListKind(claim.kind)) continue;
    const names = new Set<string>();
    for (const vs of Object.values(claim.values)) for (const v of vs) names.add(String(v.value).toLowerCase()).add(v.text.toLowerCase());
    for (const name of names) holders.set(name, [...(holders.get(name) ?? []), claim.rule]);
  }
  return holders;
}

/** Every finding marking some cell of the row, once each. */
export function rowFindings(marks: CellMarks, rule: string): Anchored[] {
  const seen = new Set<Anchored>();
  for (const list of marks.get(rule)?.values() ?? []) for (const a of list) seen.add(a);
  return [...seen];
}
