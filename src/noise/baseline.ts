import { createHash } from 'node:crypto';
import type { Finding, Report } from '../types.js';

/**
 * A baseline: findings already reviewed, matched by a fingerprint of the fact (set, rule, type,
 * subject, versions), never by message or line, so edits elsewhere in a file keep the match.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  set: string;
  rule: string;
  type: string;
  subject: string;
  versions: string[];
  /** For the reader of the file only; not matched. */
  message: string;
}

export interface Baseline {
  version: 1;
  tool: 'factlint';
  findings: BaselineEntry[];
}

export function fingerprint(setPath: string, f: Finding): string {
  const key = [setPath, f.rule, f.type, f.subject, [...f.versions].sort().join(',')].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Every finding of the report (config findings excepted) as a baseline. */
export function baselineOf(report: Report): Baseline {
  const entries = report.sets.flatMap((set) =>
    set.findings
      .filter((f) => f.type !== 'config')
      .map((f) => ({ fingerprint: fingerprint(set.path, f), set: set.path, rule: f.rule, type: f.type, subject: f.subject, versions: [...f.versions], message: f.message })),
  );
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()];
  unique.sort((a, b) => a.set.localeCompare(b.set) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: BASELINE_VERSION, tool: 'factlint', findings: unique };
}

export function baselineText(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** The fingerprints of a baseline file's text, or why it cannot be used. */
export function parseBaseline(text: string): { fingerprints: Set<string> } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problem: `not JSON (${(err as Error).message})` };
  }
  const findings = (data as { findings?: unknown })?.findings;
  if ((data as { version?: unknown })?.version !== BASELINE_VERSION || !Array.isArray(findings)) {
    return { problem: `not a factlint baseline (expected {"version": 1, "findings": [...]})` };
  }
  const fingerprints = findings
    .map((e: unknown) => (e as { fingerprint?: unknown })?.fingerprint)
    .filter((x): x is string => typeof x === 'string');
  return { fingerprints: new Set(fingerprints) };
}

/** Drops the findings whose fingerprint is in the baseline; counts them in `summary.baselined`. */
export function applyBaseline(report: Report, fingerprints: ReadonlySet<string>): Report {
  let dropped = 0;
  const sets = report.sets.map((set) => {
    const findings = set.findings.filter((f) => f.type === 'config' || !fingerprints.has(fingerprint(set.path, f)));
    dropped += set.findings.length - findings.length;
    return { ...set, findings };
  });
  return { ...report, sets, summary: { ...report.summary, baselined: (report.summary.baselined ?? 0) + dropped } };
}
