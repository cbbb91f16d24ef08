import type { ClaimValue, Finding, SkippedFile } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

/**
 * Bounds on what a report holds, so that its size stays proportional to the input
 * (a list of 5,000 names gives a report of kilobytes, not of megabytes). Checks run on
 * every value; only the report is capped, and every cap leaves a count of what it left out.
 */
export const MAX_VALUES_PER_VERSION = 100;
/** Evidence quoted per finding: the first items (earliest versions) and the last ones (latest). */
export const MAX_EVIDENCE = 8;
const EVIDENCE_TAIL = 2;
/** Findings of one rule and type listed per set; the rest are folded into one finding with their count. */
export const MAX_FINDINGS_PER_KIND = 50;

export interface CappedValues {
  values: Record<string, ClaimValue[]>;
  /** Per version, how many values were left out of the report (only versions with some). */
  omitted?: Record<string, number>;
}

/** At most MAX_VALUES_PER_VERSION values per version: one of each distinct value first, then the rest in text order. */
export function capValues(values: ReadonlyMap<string, readonly ClaimValue[]>, max = MAX_VALUES_PER_VERSION): CappedValues {
  const out: Record<string, ClaimValue[]> = {};
  const omitted: Record<string, number> = {};
  for (const [version, list] of values) {
    out[version] = list.length <= max ? [...list] : pick(list, max);
    if (list.length > max) omitted[version] = list.length - max;
  }
  return Object.keys(omitted).length > 0 ? { values: out, omitted } : { values: out };
}

function pick(list: readonly ClaimValue[], max: number): ClaimValue[] {
  const chosen = new Set<number>();
  const keys = new Set<string>();
  list.forEach((v, i) => {
    if (chosen.size < max && !keys.has(v.key)) {
      keys.add(v.key);
      chosen.add(i);
    }
  });
  for (let i = 0; i < list.length && chosen.size < max; i++) chosen.add(i);
  return list.filter((_, i) => chosen.has(i));
}

/** A finding with at most MAX_EVIDENCE evidence items (the first and the latest) and a count of the rest. */
export function capEvidence(finding: Finding, max = MAX_EVIDENCE): Finding {
  if (finding.evidence.length <= max) return finding;
  const tail = Math.min(EVIDENCE_TAIL, max);
  const evidence = [...finding.evidence.slice(0, max - tail), ...finding.evidence.slice(finding.evidence.length - tail)];
  return { ...finding, evidence, evidenceOmitted: (finding.evidenceOmitted ?? 0) + finding.evidence.length - max };
}

/**
 * At most MAX_FINDINGS_PER_KIND findings per rule and type (in the given order, so the most
 * severe first when sorted); the rest become one finding that counts them and keeps their
 * highest severity, so that `--fail-on` decides as it would on the full list.
 */
export function capFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_KIND): Finding[] {
  const kept: Finding[] = [];
  const rest = new Map<string, Finding[]>();
  const seen = new Map<string, number>();
  for (const f of findings) {
    const kind = `${f.rule}\u0000${f.type}`;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    if (n < max) kept.push(f);
    else rest.set(kind, [...(rest.get(kind) ?? []), f]);
  }
  for (const more of rest.values()) kept.push(folded(more));
  return kept;
}

function folded(more: readonly Finding[]): Finding {
  const first = more[0] as Finding;
  const severity = more.reduce((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), first.severity);
  const versions = [...new Set(more.flatMap((f) => f.versions))];
  return {
    rule: first.rule,
    type: first.type,
    severity,
    subject: `${more.length} more`,
    versions,
    message: `… and ${more.length} more ${first.type} findings of ${first.rule}, not listed (first: ${first.subject})`,
    evidence: [],
    findingsOmitted: more.length,
  };
}

/** Skipped files listed per set; the rest are counted in `skippedOmitted`. */
export const MAX_SKIPPED = 20;

/** The `skipped` fields of a set report: at most MAX_SKIPPED files (paths as displayed), nothing when none. */
export function capSkipped(
  skipped: readonly SkippedFile[] | undefined,
  display: (p: string) => string,
  max = MAX_SKIPPED,
): { skipped?: SkippedFile[]; skippedOmitted?: number } {
  if (!skipped || skipped.length === 0) return {};
  const listed = skipped.slice(0, max).map((s) => ({ path: display(s.path), reason: s.reason }));
  return skipped.length > max ? { skipped: listed, skippedOmitted: skipped.length - max } : { skipped: listed };
}
