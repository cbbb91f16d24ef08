import type { Finding, Reporter, ReporterOptions, SetReport, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { safeText } from './safe.js';
import { allFindings, primaryLocation } from './locate.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub shows about 10 annotations of each type per step; the rest would be lost silently. */
export const DEFAULT_ANNOTATION_LIMIT = 10;

function annotation(f: Finding, set: SetReport | null): string {
  const where = primaryLocation(f, set);
  const props = [
    ...(where ? [`file=${escapeProperty(where.path)}`, `line=${where.line}`, `col=${where.column}`] : []),
    `title=${escapeProperty(`factlint ${f.type} (${f.rule})`)}`,
  ];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * GitHub workflow commands: the most severe findings as annotations, at most `annotationLimit`
 * of each type (errors and warnings; notices for info findings only with `annotateInfo`), then
 * one notice that counts everything and says how many were not annotated.
 */
export const githubReporter: Reporter = {
  name: 'github',
  format(report, options: ReporterOptions) {
    const limit = options.annotationLimit ?? DEFAULT_ANNOTATION_LIMIT;
    const all = allFindings(report)
      .map((pair, i) => ({ pair, i }))
      .sort((a, b) => SEVERITY_RANK[b.pair[0].severity] - SEVERITY_RANK[a.pair[0].severity] || a.i - b.i)
      .map((x) => x.pair);
    const shown: string[] = [];
    const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    // One notice slot is kept for the summary line.
    const room: Record<Severity, number> = { error: limit, warning: limit, info: options.annotateInfo ? Math.max(0, limit - 1) : 0 };
    for (const [f, set] of all) {
      if (used[f.severity] >= room[f.severity]) continue;
      used[f.severity] += 1;
      shown.push(annotation(f, set));
    }
    const left = all.length - shown.length;
    if (all.length > 0) shown.push(summaryLine(report.summary, report.sets.length, left));
    return shown.length > 0 ? `${shown.join('\n')}\n` : '';
  },
};

function summaryLine(summary: { errors: number; warnings: number; infos: number }, sets: number, left: number): string {
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')} in ${plural(sets, 'set')}`;
  const rest = left > 0 ? `; ${left} not annotated here (see the job summary, or the SARIF or JSON report)` : '';
  return `::notice title=factlint summary::${escapeData(`factlint: ${counts}${rest}`)}`;
}

/** Workflow-command data: control and bidi characters shown escaped, then `%`, CR and LF encoded. */
export function escapeData(s: string): string {
  return safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
