import type { ClaimValue, Finding } from '../types.js';
import { capSeverity, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { evidenceOf } from './evidence.js';

/**
 * Checks a list-valued claim (who attended, who is named, which places appear):
 * a member missing from a version is an omission when an earlier or concurrent
 * version has it, and not yet reported when only later versions do.
 */
export function checkMembership(input: RuleCheckInput): Finding[] {
  const { rule } = input;
  const order = rankOf(input);
  const members = new Map<string, Map<string, ClaimValue>>(); // key -> version -> first value
  const uncertainMembers = new Map<string, Set<string>>();
  for (const v of input.versions) {
    for (const x of input.values.get(v.id) ?? []) {
      if (x.uncertain) {
        uncertainMembers.set(x.key, (uncertainMembers.get(x.key) ?? new Set()).add(v.id));
        continue;
      }
      const perVersion = members.get(x.key) ?? new Map<string, ClaimValue>();
      if (!perVersion.has(v.id)) perVersion.set(v.id, x);
      members.set(x.key, perVersion);
    }
  }

  const findings: Finding[] = [];
  for (const [key, holders] of members) {
    const holderRanks = [...holders.keys()].map((id) => order.get(id) ?? 0);
    const firstRank = Math.min(...holderRanks);
    const sample = holders.values().next().value as ClaimValue;
    const subject = String(sample.value);
    const omitted: string[] = [];
    const namedElsewhere: string[] = [];
    const notYet: string[] = [];
    for (const v of input.versions) {
      if (holders.has(v.id) || uncertainMembers.get(key)?.has(v.id)) continue;
      if (v.rank < firstRank) notYet.push(v.id);
      else if (input.present?.(v.id, key)) namedElsewhere.push(v.id);
      else omitted.push(v.id);
    }
    const evidence = listVersions(holders.keys(), order).map((id) =>
      evidenceOf(holders.get(id) as ClaimValue, input.paths.get(id)),
    );
    const heldBy = joinIds(listVersions(holders.keys(), order));
    if (omitted.length > 0) {
      findings.push({
        rule: rule.id,
        type: 'omission',
        severity: capSeverity(rule.severity, 'warning'),
        subject,
        versions: omitted,
        message: `${rule.label}: ${subject} is missing from ${joinIds(omitted)} (present in ${heldBy})`,
        expected: subject,
        evidence,
      });
    }
    if (namedElsewhere.length > 0) {
      findings.push({
        rule: rule.id,
        type: 'omission',
        severity: 'info',
        subject,
        versions: namedElsewhere,
        message: `${rule.label}: ${joinIds(namedElsewhere)} name${namedElsewhere.length === 1 ? 's' : ''} ${subject} but not in this context (listed in ${heldBy})`,
        expected: subject,
        evidence,
      });
    }
    if (notYet.length > 0) {
      findings.push({
        rule: rule.id,
        type: 'not-yet-reported',
        severity: 'info',
        subject,
        versions: notYet,
        message: `${rule.label}: ${subject} is not yet in ${joinIds(notYet)}, first reported by later versions (${heldBy})`,
        expected: subject,
        evidence,
      });
    }
  }
  return findings;
}
