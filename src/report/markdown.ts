import type { Finding, Reporter, SetReport } from '../types.js';
import { markdownText as cell } from './safe.js';

/**
 * A Markdown summary: counts, then one table of findings per set (errors and warnings;
 * info counted only). Written to `$GITHUB_STEP_SUMMARY` by the CLI when that is set.
 */
export const markdownReporter: Reporter = {
  name: 'markdown',
  format(report) {
    const { errors, warnings, infos } = report.summary;
    const out = [`## factlint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`, ''];
    for (const f of report.findings) out.push(`- **${f.type}** ${cell(f.message)}`);
    if (report.findings.length > 0) out.push('');
    for (const set of report.sets) out.push(...formatSet(set));
    return `${out.join('\n')}\n`;
  },
};

function formatSet(set: SetReport): string[] {
  const shown = set.findings.filter((f) => f.severity !== 'info');
  const infos = set.findings.length - shown.length;
  const out = [`### ${cell(set.path)}`, '', `${set.versions.length} versions; ${cell(set.orderNote)}.`, ''];
  if (shown.length === 0) {
    out.push(infos > 0 ? `No errors or warnings (${infos} info).` : 'No findings.', '');
    return out;
  }
  out.push('| severity | type | subject | versions | where | message |', '| --- | --- | --- | --- | --- | --- |');
  for (const f of shown) out.push(row(f));
  if (infos > 0) out.push('', `… and ${infos} info finding${infos === 1 ? '' : 's'} (see the full report).`);
  out.push('');
  return out;
}

function row(f: Finding): string {
  const where = f.evidence.find((e) => f.versions.includes(e.version)) ?? f.evidence[0];
  const place = where ? `${where.path ?? where.version}:${where.line}:${where.column}` : '';
  return `| ${f.severity} | ${f.type} | ${cell(f.subject)} | ${cell(f.versions.join(', '))} | ${cell(place)} | ${cell(f.message)} |`;
}
