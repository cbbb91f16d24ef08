import type { Evidence, Finding, SetReport } from '../types.js';

export interface Location {
  path: string;
  line: number;
  column: number;
}

/** Where a finding points: the first evidence from a version with the problem, else that version's file. */
export function primaryLocation(f: Finding, set: SetReport | null): Location | null {
  const own = f.evidence.find((e) => f.versions.includes(e.version)) ?? (f.versions.length === 0 ? f.evidence[0] : undefined);
  if (own) return fromEvidence(own, set);
  const id = f.versions[0];
  const version = set?.versions.find((v) => v.id === id);
  return version ? { path: version.path, line: 1, column: 1 } : null;
}

export function relatedLocations(f: Finding, set: SetReport | null): Location[] {
  return f.evidence
    .filter((e) => !f.versions.includes(e.version))
    .map((e) => fromEvidence(e, set))
    .filter((l): l is Location => l !== null);
}

function fromEvidence(e: Evidence, set: SetReport | null): Location | null {
  const path = e.path ?? set?.versions.find((v) => v.id === e.version)?.path;
  return path ? { path, line: e.line, column: e.column } : null;
}

/** Every finding with the set it belongs to (null for report-level ones). */
export function allFindings(report: { sets: SetReport[]; findings: Finding[] }): Array<[Finding, SetReport | null]> {
  return [
    ...report.findings.map((f): [Finding, null] => [f, null]),
    ...report.sets.flatMap((s) => s.findings.map((f): [Finding, SetReport] => [f, s])),
  ];
}
