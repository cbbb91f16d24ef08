import type { Finding, Report, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

/** Post-passes over a finished report (declared order in `settle`): each returns a new report. */

export type CheckSettings = Readonly<Record<string, 'off' | 'on' | Severity>>;

function mapFindings(report: Report, fn: (findings: Finding[]) => Finding[]): Report {
  return {
    ...report,
    findings: fn(report.findings),
    sets: report.sets.map((s) => ({ ...s, findings: fn(s.findings) })),
  };
}

/** Config `checks`: a rule or built-in check turned off, or its findings given another severity. */
export function applyCheckSettings(report: Report, checks: CheckSettings): Report {
  if (Object.keys(checks).length === 0) return report;
  const apply = (findings: Finding[]): Finding[] =>
    findings.flatMap((f) => {
      const setting = checks[f.rule];
      if (setting === undefined || setting === 'on') return [f];
      if (setting === 'off') return f.type === 'config' ? [f] : [];
      return [{ ...f, severity: setting }];
    });
  return mapFindings(report, apply);
}

/** `--min-severity` / `--quiet`: findings below `level` are dropped (counted in `summary.hidden`). */
export function applyMinSeverity(report: Report, level: Severity): Report {
  const keep = (f: Finding): boolean => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] || f.type === 'config';
  const hidden = countAll(report) - countAll(mapFindings(report, (fs) => fs.filter(keep)));
  const out = mapFindings(report, (fs) => fs.filter(keep));
  return { ...out, summary: { ...out.summary, ...(hidden > 0 ? { hidden: (report.summary.hidden ?? 0) + hidden } : {}) } };
}

function countAll(report: Report): number {
  return report.findings.length + report.sets.reduce((n, s) => n + s.findings.length, 0);
}

/** Errors, warnings and infos counted again after a post-pass (other summary fields kept). */
export function summarize(report: Report): Report {
  const all = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  const count = (sev: Severity): number => all.filter((f) => f.severity === sev).length;
  return { ...report, summary: { ...report.summary, errors: count('error'), warnings: count('warning'), infos: count('info') } };
}

/** Fills in the summary counts of a report. */
export function finish(report: Report): Report {
  const all = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  report.summary = {
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
  };
  return report;
}
