import type { ClaimReport, FindingType, VersionInfo } from '../../types.js';
import { SEVERITY_RANK } from '../../types.js';
import { cell } from './cells.js';
import { escapeHtml, plural } from './escape.js';
import { rowFindings, type CellMarks } from './marks.js';
import { PRIORITY, SEVERITIES, shortId, when, worst, type Anchored } from './model.js';

interface Row {
  claim: ClaimReport;
  found: Anchored[];
  empty: boolean;
}

/** Rows with findings first (most severe, then most findings), then rows with values, then empty ones. */
function orderedRows(claims: readonly ClaimReport[], versions: readonly VersionInfo[], marks: CellMarks): Row[] {
  const rows = claims.map((claim, i) => ({
    claim,
    i,
    found: rowFindings(marks, claim.rule),
    empty: versions.every((v) => (claim.values[v.id] ?? []).length === 0),
  }));
  const rank = (r: Row): number => {
    const w = worst(r.found.map((a) => a.finding));
    return w === null ? (r.empty ? -2 : -1) : SEVERITY_RANK[w];
  };
  return rows.sort((a, b) => rank(b) - rank(a) || b.found.length - a.found.length || a.i - b.i);
}

/** The filter bar, the grid of claims × versions and the cell inspector of one set. */
export function claimsGrid(sid: string, claims: readonly ClaimReport[], versions: readonly VersionInfo[], marks: CellMarks, anchored: readonly Anchored[]): string {
  if (claims.length === 0) return '<p class="none">No claims tracked in this set.</p>';
  const rows = orderedRows(claims, versions, marks);
  const empty = rows.filter((r) => r.empty).length;
  const head = versions.map((v) => versionHeader(v, anchored)).join('');
  const body = rows.map((r) => row(r, versions, marks)).join('\n');
  return `${toolbar(sid, claims, anchored, empty)}
<div class="grid-scroll" id="${sid}-grid-scroll"><table class="grid" id="${sid}-grid" role="grid" aria-label="Claims by version" aria-rowcount="${rows.length + 1}" aria-colcount="${versions.length + 1}">
<thead><tr><th class="corner" scope="col">Claim <span class="muted">(${plural(claims.length, 'row')})</span></th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
<p class="grid-note muted" id="${sid}-note" aria-live="polite"></p>
<section class="inspector" id="${sid}-inspector" aria-live="polite" aria-label="Selected cell" hidden></section>`;
}

function row(r: Row, versions: readonly VersionInfo[], marks: CellMarks): string {
  const { claim, found } = r;
  const sevs = [...new Set(found.map((a) => a.finding.severity))].join(' ');
  const types = [...new Set(found.map((a) => a.finding.type))].join(' ');
  const rules = [...new Set([claim.rule, ...found.map((a) => a.finding.rule)])].join(' ');
  const cells = versions.map((v) => cell(claim, v.id, marks.get(claim.rule)?.get(v.id) ?? [])).join('');
  const count = found.length > 0 ? ` <span class="row-count sev-${worst(found.map((a) => a.finding)) ?? 'info'}">${plural(found.length, 'finding')}</span>` : '';
  return `<tr class="claim${r.empty ? ' empty-row' : ''}"${r.empty ? ' hidden' : ''} data-rule="${escapeHtml(claim.rule)}" data-rules="${escapeHtml(rules)}" data-sev="${sevs}" data-types="${escapeHtml(
    types,
  )}"><th scope="row" class="label" tabindex="-1"><div class="lv"><span class="claim-label">${escapeHtml(claim.label)}</span>${count}<br><code>${escapeHtml(
    claim.rule,
  )}</code> <span class="muted">${escapeHtml(claim.kind)}</span></div></th>${cells}</tr>`;
}

/** Column header: rank, short id, date and time, role, damage flags; full id and file name on hover. */
function versionHeader(v: VersionInfo, anchored: readonly Anchored[]): string {
  const title = `${v.id} — ${v.path}`;
  const date = when(v);
  const damage = anchored.filter(({ finding }) => (finding.type === 'integrity' || finding.type === 'input') && finding.versions.includes(v.id));
  const flag =
    damage.length > 0
      ? `<a class="badge tone-${worst(damage.map((a) => a.finding)) === 'info' ? 'grey' : 'amber'}" href="#${escapeHtml(damage[0]?.anchor ?? '')}" tabindex="-1" title="${escapeHtml(
          damage.map((a) => a.finding.subject).join(', '),
        )}">damaged ×${damage.length}</a>`
      : '';
  return `<th class="vh" scope="col" title="${escapeHtml(title)}" data-v="${escapeHtml(v.id)}" tabindex="-1"><div class="hv"><span class="rank">#${v.rank + 1}</span> <span class="sid">${escapeHtml(
    shortId(v.id),
  )}</span><span class="vdate">${date ? escapeHtml(date) : '<span class="muted">undated</span>'}</span>${v.role ? `<span class="vrole-tag">${escapeHtml(v.role)}</span>` : ''}${flag}</div></th>`;
}

/** Filters by severity, verdict and rule, a search over values and sentences, and the row toggles. */
function toolbar(sid: string, claims: readonly ClaimReport[], anchored: readonly Anchored[], empty: number): string {
  const types = PRIORITY.filter((t) => anchored.some((a) => a.finding.type === t));
  const rules = [...new Set([...claims.map((c) => c.rule), ...anchored.map((a) => a.finding.rule)])].sort();
  const option = (value: string, label: string): string => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const select = (name: string, label: string, options: string): string =>
    `<label>${label} <select name="${name}" id="${sid}-${name}">${option('', 'all')}${options}</select></label>`;
  return `<form class="filters" data-set="${sid}" role="search" aria-label="Filter claims and findings">
${select('sev', 'Severity', SEVERITIES.map((s) => option(s, s)).join(''))}
${select('type', 'Verdict', types.map((t: FindingType) => option(t, t)).join(''))}
${select('rule', 'Rule', rules.map((r) => option(r, r)).join(''))}
<label>Search <input type="search" name="q" id="${sid}-q" placeholder="value, name, sentence…" autocomplete="off"></label>
<label class="toggle"><input type="checkbox" name="flagged" id="${sid}-flagged"> rows with findings only</label>
<label class="toggle"><input type="checkbox" name="empty" id="${sid}-empty"${empty === 0 ? ' disabled' : ''}> show empty claims (${empty})</label>
</form>`;
}
