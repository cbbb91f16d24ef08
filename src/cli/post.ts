import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { configFinding } from '../check/index.js';
import { applyBaseline, parseBaseline } from '../noise/baseline.js';
import { applyMinSeverity, summarize } from '../noise/filter.js';
import { readVersionText } from '../load/directives.js';
import { applyInlineDisables } from '../noise/inline.js';
import type { ConfigProblem, Report } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { VERSION } from '../version.js';
import type { FailOn } from './options.js';
import type { Settings } from './settings.js';

/**
 * The CLI's post-passes, in a declared order: inline `factlint-disable` lines, the baseline,
 * then the minimum severity; counts are redone after each. Returns a usage problem as a string.
 */
export async function postProcess(report: Report, settings: Settings, io: { cwd: string }, directives: Directives = new Map()): Promise<Report | string> {
  let out = withInlineDisables(report, io.cwd, directives);
  if (settings.baseline !== null) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, settings.baseline), 'utf8');
    } catch (err) {
      return `cannot read the baseline ${settings.baseline}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
    }
    const parsed = parseBaseline(text);
    if ('problem' in parsed) return `${settings.baseline}: ${parsed.problem}`;
    out = summarize(applyBaseline(out, parsed.fingerprints));
  }
  if (settings.minSeverity !== null) out = summarize(applyMinSeverity(out, settings.minSeverity));
  return out;
}

/** The `factlint-disable` lines of versions, by their path in the report, as read when they were loaded (api.ts `checkRun`). */
type Directives = ReadonlyMap<string, string | null>;

/**
 * The report without findings disabled by `factlint-disable` lines in the version files: the
 * lines kept when a version was loaded, else (a version not read from a file) its file now.
 */
export function withInlineDisables(report: Report, cwd: string, directives: Directives = new Map()): Report {
  return summarize(applyInlineDisables(report, (v) => (directives.has(v.path) ? (directives.get(v.path) ?? null) : readVersionText(path.resolve(cwd, v.path)))));
}

/** 1 when a finding is at or above `failOn`, else 0. */
export function exitCode(report: Report, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  const all = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  return all.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

/** A report holding only configuration problems (a broken config file). */
export function configProblemReport(problems: readonly ConfigProblem[], cwd: string): Report {
  const display = (p: string): string => {
    const rel = path.relative(cwd, p);
    return rel.startsWith('..') ? p : rel;
  };
  const findings = problems.map((p) => configFinding(p, display));
  return { tool: { name: 'factlint', version: VERSION }, sets: [], findings, summary: { errors: findings.length, warnings: 0, infos: 0 } };
}
