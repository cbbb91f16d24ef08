import type { Finding, Report, SetReport } from '../../types.js';
import { escapeHtml, plural } from './escape.js';
import { severityCounts } from './findings.js';
import { TONE, bySeverity, worst } from './model.js';

/** A set and where its page (or section) is. */
export interface SetLink {
  set: SetReport;
  href: string;
}

const STATUS_WORD = { error: 'errors', warning: 'warnings', info: 'infos only' } as const;

/** One row per set: status, counts by severity, versions, claims, the top finding; worst sets first. */
export function setIndex(links: readonly SetLink[]): string {
  const rows = [...links]
    .map((l, i) => ({ l, i, c: severityCounts(l.set.findings) }))
    .sort((a, b) => b.c.error - a.c.error || b.c.warning - a.c.warning || a.i - b.i)
    .map(({ l, c }) => indexRow(l, c));
  return `<form class="filters index-filter" role="search" aria-label="Filter sets"><label>Filter sets <input type="search" name="q" placeholder="path or finding…" autocomplete="off"></label>
<label class="toggle"><input type="checkbox" name="flagged"> sets with errors or warnings only</label></form>
<div class="table-scroll"><table class="index" id="set-index">
<caption class="muted">${plural(links.length, 'set')}, worst first</caption>
<thead><tr><th scope="col">Set</th><th scope="col">Status</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Infos</th><th scope="col" class="num">Versions</th><th scope="col" class="num">Claims</th><th scope="col">Top finding</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

function indexRow(l: SetLink, c: { error: number; warning: number; info: number }): string {
  const w = worst(l.set.findings);
  const status = w === null ? '<span class="status ok">no findings</span>' : `<span class="status sev-${w}">${STATUS_WORD[w]}</span>`;
  const top = topFinding(l.set.findings);
  return `<tr data-sev="${w ?? ''}"><th scope="row"><a href="${escapeHtml(l.href)}">${escapeHtml(l.set.path)}</a></th><td>${status}</td><td class="num">${c.error}</td><td class="num">${
    c.warning
  }</td><td class="num">${c.info}</td><td class="num">${l.set.versions.length}</td><td class="num">${l.set.claims.length}</td><td class="top">${top}</td></tr>`;
}

function topFinding(findings: readonly Finding[]): string {
  const first = findings.map((finding) => ({ finding, anchor: '' })).sort(bySeverity)[0]?.finding;
  if (!first) return '<span class="muted">—</span>';
  const message = first.message.length > 160 ? `${first.message.slice(0, 159)}…` : first.message;
  return `<span class="badge tone-${TONE[first.type]}">${escapeHtml(first.type)}</span> ${escapeHtml(message)}`;
}

/** Totals over the report, for page headers. */
export function reportTotals(report: Report): string {
  const versions = report.sets.reduce((n, s) => n + s.versions.length, 0);
  const claims = report.sets.reduce((n, s) => n + s.claims.length, 0);
  return `${plural(report.sets.length, 'set')}, ${plural(versions, 'version')}, ${plural(claims, 'claim')} tracked`;
}
