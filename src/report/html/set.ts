import type { SetReport, VersionInfo } from '../../types.js';
import { escapeHtml, plural } from './escape.js';
import { findingsSection, severityCounts } from './findings.js';
import { claimsGrid } from './grid.js';
import { legend } from './legend.js';
import { cellMarks } from './marks.js';
import { inTimeOrder, type Anchored } from './model.js';
import { versionsTable } from './versions.js';

/** One set: findings first, then the grid of claims × versions, then the versions. */
export function setSection(set: SetReport, sid: string): string {
  const versions = inTimeOrder(set.versions);
  const anchored = set.findings.map((finding, i): Anchored => ({ finding, anchor: `${sid}-f${i}` }));
  const byId = new Map<string, VersionInfo>(versions.map((v) => [v.id, v]));
  const marks = cellMarks(set.claims, anchored);
  return `<section class="set" id="${sid}" data-set="${sid}" aria-labelledby="${sid}-title">
<h2 id="${sid}-title">${escapeHtml(set.path)}</h2>
${setMeta(set)}
<h3 id="${sid}-findings">Findings</h3>
${legend(set.findings)}
${findingsSection(anchored, byId)}
<h3 id="${sid}-claims">Claims by version</h3>
<p class="hint muted">One row per tracked claim, one column per version in time order. Select a cell (click, or arrow keys and Enter) to read the sentences its values come from.</p>
${claimsGrid(sid, set.claims, versions, marks, anchored)}
<h3 id="${sid}-versions">Versions</h3>
${versionsTable(versions)}
</section>`;
}

/** "5 versions · ordered … · 10 errors, 6 warnings, 27 infos". */
export function setMeta(set: SetReport): string {
  const c = severityCounts(set.findings);
  return `<p class="set-meta">${plural(set.versions.length, 'version')} · ${plural(set.claims.length, 'claim')} · ${escapeHtml(set.orderNote)} <span class="muted">(order: ${escapeHtml(
    set.order,
  )})</span><br>${counts(c)}</p>`;
}

/** Severity counts as coloured words. */
export function counts(c: { error: number; warning: number; info: number }): string {
  return `<span class="count sev-error"><b>${c.error}</b> ${c.error === 1 ? 'error' : 'errors'}</span> <span class="count sev-warning"><b>${c.warning}</b> ${
    c.warning === 1 ? 'warning' : 'warnings'
  }</span> <span class="count sev-info"><b>${c.info}</b> ${c.info === 1 ? 'info' : 'infos'}</span>`;
}
