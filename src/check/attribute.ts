import { kindOf } from '../kinds/index.js';
import type { ClaimValue, Finding } from '../types.js';
import { capSeverity, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { evidenceOf } from './evidence.js';

/**
 * Checks a rule whose values are one fact per member (kinds with `comparison: 'attribute'`: a
 * named person's age). A member's value is compared only between versions that both give it:
 * a version that gives none says nothing. A version that gives a member two values (two people
 * of one name, or its own correction) is left out for that member. The value most versions give
 * (on a tie, the earliest version's) is the member's; each other value is a contradiction, or,
 * when the order of the versions is known and every version giving it is later than every
 * version giving the member's value by exactly one year more, an update (a birthday or a
 * correction, info).
 */
export function checkAttribute(input: RuleCheckInput): Finding[] {
  const factOf = kindOf(input.rule.kind).factOf;
  if (factOf === undefined) return [];
  // member -> version -> its one value
  const byMember = new Map<string, Map<string, ClaimValue>>();
  const twoValued = new Set<string>();
  for (const v of input.versions) {
    for (const x of input.values.get(v.id) ?? []) {
      if (x.uncertain) continue;
      const member = factOf(x);
      if (member === '') continue;
      let table = byMember.get(member);
      if (table === undefined) byMember.set(member, (table = new Map()));
      const held = table.get(v.id);
      if (held === undefined) table.set(v.id, x);
      else if (held.key !== x.key) twoValued.add(`${member}\u0000${v.id}`);
    }
  }
  const rank = rankOf(input);
  const findings: Finding[] = [];
  for (const [member, table] of byMember) {
    const byKey = new Map<string, ClaimValue[]>();
    for (const [version, x] of table) {
      if (twoValued.has(`${member}\u0000${version}`)) continue;
      byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
    }
    if (byKey.size < 2) continue; // the usual case: every version that gives it agrees
    const groups = [...byKey.values()];
    const earliest = (xs: readonly ClaimValue[]): number => Math.min(...xs.map((x) => rank.get(x.version) ?? 0));
    groups.sort((a, b) => b.length - a.length || earliest(a) - earliest(b));
    const held = groups[0] as ClaimValue[];
    for (const other of groups.slice(1)) findings.push(attributeFinding(input, rank, held, other));
  }
  return findings;
}

/** Whether every version of `later` comes after every version of `held` and gives one more. */
function aYearOn(input: RuleCheckInput, rank: ReadonlyMap<string, number>, held: readonly ClaimValue[], later: readonly ClaimValue[]): boolean {
  if (input.order === 'file-name') return false;
  const heldLast = Math.max(...held.map((x) => rank.get(x.version) ?? 0));
  const laterFirst = Math.min(...later.map((x) => rank.get(x.version) ?? 0));
  return laterFirst > heldLast && Number((later[0] as ClaimValue).value) === Number((held[0] as ClaimValue).value) + 1;
}

function attributeFinding(input: RuleCheckInput, rank: ReadonlyMap<string, number>, held: readonly ClaimValue[], other: readonly ClaimValue[]): Finding {
  const { rule } = input;
  const first = other[0] as ClaimValue;
  const name = first.person?.name ?? first.text;
  const label = `${rule.label} of ${name}`;
  const otherIds = listVersions(other.map((x) => x.version), rank);
  const heldIds = listVersions(held.map((x) => x.version), rank);
  const heldValue = String((held[0] as ClaimValue).value);
  const evidence = [...other, ...held].map((x) => evidenceOf(x, input.paths.get(x.version)));
  if (aYearOn(input, rank, held, other)) {
    return {
      rule: rule.id, type: 'update', severity: 'info', subject: name, versions: otherIds,
      message: `${label}: ${joinIds(otherIds)} give${otherIds.length === 1 ? 's' : ''} ${String(first.value)}, where the earlier ${joinIds(heldIds)} gave ${heldValue} (a birthday or a correction)`,
      evidence, actual: String(first.value), expected: heldValue,
    };
  }
  // one year apart may be a birthday when the order is unknown: say so
  const oneApart = Math.abs(Number(first.value) - Number(heldValue)) === 1;
  const unknown = input.order === 'file-name' && oneApart ? ' (the order of the versions is unknown)' : '';
  return {
    rule: rule.id, type: 'contradiction', severity: capSeverity(rule.severity, 'warning'), subject: name, versions: otherIds,
    message: `${label}: ${joinIds(otherIds)} say${otherIds.length === 1 ? 's' : ''} ${String(first.value)}; ${joinIds(heldIds)} say${heldIds.length === 1 ? 's' : ''} ${heldValue}${unknown}`,
    evidence, actual: String(first.value), expected: heldValue,
  };
}
