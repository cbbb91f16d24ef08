/**
 * A rewrite's rounding of an exact figure, told apart before the scalar comparison (scalar.ts):
 * a change of wording, reported as a qualifier change, not a change of the figure.
 */
import { hasHeadline } from '../extract/claims.js';
import { boundsAgree, roundsTo } from '../kinds/hedges.js';
import type { ClaimValue, Finding } from '../types.js';
import { compatibleKeys } from './compatible.js';
import { capSeverity, idsSay, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { firstPerVersion } from './counterpart.js';
import { displayValue, evidenceOf } from './evidence.js';

/**
 * A rewrite's rounding of an exact figure: "nearly 20 injured" where the other versions give 17
 * wounded (an AI summary or a loose rewrite), read as news, was an update to "nearly 20" and made
 * the accurate later copy's 17 stale (or, order unknown, a contradiction quoting "20" without its
 * hedge). A hedged round figure ("nearly"/"about", `roundsTo`) that another version's exact figure
 * rounds to, when no version gives a figure its hedge allows (nothing says the count is near 20)
 * and, order known, a version of the same time or later still gives the exact figure: left out of
 * the comparison (`kept`) and reported as a change of wording (a qualifier change), not an update
 * or a contradiction. "nearly 20" after an exact 12 rounds nothing: it stays a change.
 */
export function roundedRestatements(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): { kept: Map<string, ClaimValue[]>; findings: Finding[] } {
  const none = { kept: certain, findings: [] };
  // a rule that tracks one figure (its headline: a toll, the injured), not a collection of every "N people"
  if (!hasHeadline(input.rule) || !someRounded(certain)) return none; // the usual case: no "nearly"/"about" figure
  const order = rankOf(input);
  const known = input.order !== 'file-name';
  const rounding = new Map<ClaimValue, ClaimValue[]>();
  const all = [...certain.values()].flat();
  for (const [version, xs] of certain) {
    for (const x of xs) {
      if (!loose(x)) continue;
      const others = all.filter((y) => y.version !== version);
      if (others.some((y) => compatibleKeys(input.rule.kind, y.key, x.key) || boundsAgree(x, y))) continue;
      const at = order.get(version) ?? 0;
      const exact = others.filter((y) => y.qualifier === null && y.high === undefined && roundsTo(x.qualifier, Number(x.value), Number(y.value)));
      if (exact.length === 0 || (known && !exact.some((y) => (order.get(y.version) ?? 0) >= at))) continue;
      rounding.set(x, exact);
    }
  }
  if (rounding.size === 0) return none;
  const kept = new Map([...certain].map(([id, xs]) => [id, xs.filter((x) => !rounding.has(x))]));
  const byKey = new Map<string, ClaimValue[]>();
  for (const x of rounding.keys()) byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
  const findings = [...byKey.values()].map((xs) => roundingFinding(input, order, xs, rounding.get(xs[0] as ClaimValue) ?? []));
  return { kept, findings };
}

const loose = (x: ClaimValue): boolean => (x.qualifier === 'nearly' || x.qualifier === 'about') && x.high === undefined && !x.uncertain;

function someRounded(certain: ReadonlyMap<string, readonly ClaimValue[]>): boolean {
  for (const xs of certain.values()) for (const x of xs) if (loose(x)) return true;
  return false;
}

/** The finding of `roundedRestatements`: the versions that round (`xs`, one figure) against those that give the exact figure. */
function roundingFinding(input: RuleCheckInput, order: ReturnType<typeof rankOf>, xs: readonly ClaimValue[], exact: readonly ClaimValue[]): Finding {
  const { rule } = input;
  const versions = listVersions(xs.map((x) => x.version), order);
  const first = xs[0] as ClaimValue;
  const reference = exact[0] as ClaimValue;
  const holders = listVersions(exact.map((y) => y.version), order);
  return {
    rule: rule.id,
    type: 'qualifier-change',
    severity: capSeverity(rule.severity, 'warning'),
    subject: rule.label,
    versions,
    message: `${rule.label}: ${idsSay(versions)} "${first.text}" (${displayValue(first)}), a rounding of the exact ${displayValue(reference)} that ${joinIds(holders)} give${holders.length === 1 ? 's' : ''}`,
    actual: displayValue(first),
    expected: displayValue(reference),
    evidence: [...xs.map((x) => evidenceOf(x, input.paths.get(x.version))), ...firstPerVersion(exact).map((y) => evidenceOf(y, input.paths.get(y.version)))],
  };
}
