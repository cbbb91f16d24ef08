/**
 * Passes over a set's findings after every check has run; `SET_PASSES` in src/pipeline.ts
 * declares their order. They match findings by their fact keys (src/types.ts `FactKey`),
 * never by message or subject text.
 */
import type { Finding } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

/**
 * A figure or date the alignment saw changed in a sentence (built-in `changed-fact`) that a
 * claim rule's contradiction, update or stale finding quotes in the same version and line is
 * that finding's business: the changed fact is dropped.
 */
export function dropCoveredChanges(findings: Finding[]): Finding[] {
  const quoted = new Set<string>();
  for (const f of findings) {
    if (f.fact?.origin !== 'rule' || (f.type !== 'contradiction' && f.type !== 'update' && f.type !== 'stale')) continue;
    for (const p of f.fact.places) quoted.add(`${p.version}\u0001${p.line}`);
  }
  return findings.filter((f) => {
    const fact = f.fact;
    if (fact?.rule !== 'changed-fact' || fact.origin !== 'check' || (fact.kind !== 'number' && fact.kind !== 'date')) return true;
    return !fact.places.some((p) => quoted.has(`${p.version}\u0001${p.line}`));
  });
}

const TYPE_ORDER = [
  'input', 'config', 'contradiction', 'stale', 'deleted-mention', 'qualifier-change', 'omission',
  'unreadable', 'integrity', 'update', 'not-yet-reported',
];

/** Most severe first, then by type, rule and subject. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      a.rule.localeCompare(b.rule) ||
      a.subject.localeCompare(b.subject),
  );
}
