import { displayValue } from '../check/index.js';
import { isListKind } from '../kinds/index.js';
import { safeStrings } from './safe.js';
import { creditLine } from './text.js';
import type {
  ClaimReport,
  ClaimValue,
  Evidence,
  Finding,
  FindingType,
  Notice,
  Report,
  Reporter,
  ReporterOptions,
  SetReport,
  Severity,
  VersionInfo,
} from '../types.js';

/**
 * A self-contained page for a fact-checker: per set, the versions, a grid of claims × versions
 * (value and sentence in each cell, cells named by findings highlighted), then every finding
 * with its evidence. Inline CSS, no external resources; works offline and prints.
 */
export const htmlReporter: Reporter = {
  name: 'html',
  format(unsafe, options) {
    const report = safeStrings(unsafe);
    return formatHtml(report, options);
  },
};

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_TITLE: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** Colour family of each finding type in the grid. */
const TONE: Readonly<Record<FindingType, string>> = {
  contradiction: 'red',
  'deleted-mention': 'purple',
  omission: 'amber',
  stale: 'amber',
  'qualifier-change': 'yellow',
  unreadable: 'grey',
  update: 'grey',
  'not-yet-reported': 'grey',
  integrity: 'grey',
  config: 'grey',
  input: 'grey',
};

/** Which type colours a cell when several findings name it (first wins). */
const PRIORITY: readonly FindingType[] = [
  'contradiction',
  'deleted-mention',
  'omission',
  'stale',
  'qualifier-change',
  'unreadable',
  'update',
  'not-yet-reported',
  'integrity',
  'config',
  'input',
];

/** Finding types that describe a file, not a claim: never placed in the grid by subject. */
const NOT_IN_GRID = new Set<FindingType>(['integrity', 'config', 'input']);

interface Anchored {
  finding: Finding;
  anchor: string;
}

/** The whole report as one HTML5 document. */
export function formatHtml(report: Report, _options: ReporterOptions): string {
  const title = report.sets.length > 0 ? `factlint: ${report.sets.map((s) => s.path).join(', ')}` : 'factlint report';
  const body = [
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="tool">${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}</p>`,
    summary(report),
    '</header>',
    report.findings.length > 0
      ? `<section class="report-findings"><h2>Problems outside any set</h2>${report.findings
          .map((f, i) => findingBlock(f, `r-f${i}`))
          .join('')}</section>`
      : '',
    ...report.sets.map((set, i) => setSection(set, i)),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factlint ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.filter((s) => s !== '').join('\n')}
<script>addEventListener('beforeprint',()=>{for(const d of document.querySelectorAll('details'))d.open=true})</script>
</body>
</html>
`;
}

function summary(report: Report): string {
  const { errors, warnings, infos } = report.summary;
  const versions = report.sets.reduce((n, s) => n + s.versions.length, 0);
  const claims = report.sets.reduce((n, s) => n + s.claims.length, 0);
  const byType = new Map<FindingType, number>();
  for (const f of [...report.findings, ...report.sets.flatMap((s) => s.findings)]) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  const types = PRIORITY.filter((t) => byType.has(t))
    .map((t) => `<span class="badge tone-${TONE[t]}">${escapeHtml(t)} ${byType.get(t) ?? 0}</span>`)
    .join(' ');
  return `<div class="summary">
<span class="count sev-error"><b>${errors}</b> error${errors === 1 ? '' : 's'}</span>
<span class="count sev-warning"><b>${warnings}</b> warning${warnings === 1 ? '' : 's'}</span>
<span class="count sev-info"><b>${infos}</b> info</span>
<span class="count"><b>${report.sets.length}</b> set${report.sets.length === 1 ? '' : 's'}, <b>${versions}</b> version${versions === 1 ? '' : 's'}, <b>${claims}</b> claim${claims === 1 ? '' : 's'} tracked</span>
</div>${types ? `<p class="types">${types}</p>` : ''}`;
}

// ---------------------------------------------------------------- one set

function setSection(set: SetReport, si: number): string {
  const versions = inTimeOrder(set.versions);
  const anchored = set.findings.map((finding, i): Anchored => ({ finding, anchor: `s${si}-f${i}` }));
  const marks = cellMarks(set.claims, anchored);
  return `<section class="set" id="s${si}">
<h2>${escapeHtml(set.path)}</h2>
<p class="order">${versions.length} version${versions.length === 1 ? '' : 's'}; ${escapeHtml(set.orderNote)} <span class="muted">(order: ${escapeHtml(set.order)})</span></p>
${versionsTable(versions, anchored)}
<h3>Claims</h3>
<p class="hint muted">One row per tracked claim, one column per version in time order. Open a value to see the sentences it was read from (line:column in the original file).</p>
${claimsGrid(set.claims, versions, marks, anchored)}
<h3>Findings</h3>
${findingsBySeverity(anchored, set)}
</section>`;
}

/** Time order; equal ranks keep the report's order. */
function inTimeOrder(versions: readonly VersionInfo[]): VersionInfo[] {
  return versions.map((v, i) => ({ v, i })).sort((a, b) => a.v.rank - b.v.rank || a.i - b.i).map((x) => x.v);
}

function versionsTable(versions: readonly VersionInfo[], anchored: readonly Anchored[]): string {
  const rows = versions.map((v) => {
    const when = [v.date, v.time].filter((x): x is string => x !== null).join(' ') || '<span class="muted">undated</span>';
    const damage = damageBadges(v.id, anchored);
    return `<tr><td>${v.rank + 1}</td><td class="vid">${escapeHtml(v.id)}${damage ? `<br>${damage}` : ''}</td><td class="nowrap">${
      v.date || v.time ? escapeHtml(when) : when
    }</td><td>${v.role ? escapeHtml(v.role) : '<span class="muted">—</span>'}</td><td class="path">${escapeHtml(v.path)}${
      v.credits && v.credits.length > 0 ? `<br><span class="muted">${escapeHtml(creditLine(v.credits))}</span>` : ''
    }</td><td>${escapeHtml(
      v.encoding,
    )}</td><td>${noticeList(v.notices)}</td></tr>`;
  });
  return `<table class="versions">
<thead><tr><th>#</th><th>Version</th><th>Date / time</th><th>Role</th><th>Path</th><th>Encoding</th><th>Notices</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

function noticeList(notices: readonly Notice[]): string {
  if (notices.length === 0) return '<span class="muted">—</span>';
  const items = notices.map((n) => {
    const lossy = n.lossy ? ` <span class="muted">(${n.lossy} lossy)</span>` : '';
    return `<li><span class="notice-type">${escapeHtml(n.type)}</span> ${n.count > 1 ? `<span class="muted">×${n.count}</span>` : ''}${lossy} ${escapeHtml(n.message)}</li>`;
  });
  return `<ul class="notices">${items.join('')}</ul>`;
}

/** Badges for findings about a whole version (damaged copy: integrity, unreadable). */
function damageBadges(versionId: string, anchored: readonly Anchored[]): string {
  return anchored
    .filter(({ finding }) => (finding.type === 'integrity' || finding.type === 'input') && finding.versions.includes(versionId))
    .map(({ finding, anchor }) => `<a class="badge tone-${finding.severity === 'info' ? 'grey' : 'amber'}" href="#${anchor}">${escapeHtml(finding.subject)}</a>`)
    .join(' ');
}

// ---------------------------------------------------------------- the grid

/** Findings per claim rule and version: `marks.get(rule)?.get(version)`. */
type CellMarks = Map<string, Map<string, Anchored[]>>;

/**
 * A finding marks the cells of its rule's row in the versions it names. A finding from a rule
 * with no row (a cut name, a dropped fact) marks the people/mention rows holding its subject.
 */
function cellMarks(claims: readonly ClaimReport[], anchored: readonly Anchored[]): CellMarks {
  const marks: CellMarks = new Map();
  const rows = new Set(claims.map((c) => c.rule));
  const add = (rule: string, a: Anchored): void => {
    const byVersion = marks.get(rule) ?? new Map<string, Anchored[]>();
    marks.set(rule, byVersion);
    for (const v of a.finding.versions) byVersion.set(v, [...(byVersion.get(v) ?? []), a]);
  };
  for (const a of anchored) {
    if (rows.has(a.finding.rule)) {
      add(a.finding.rule, a);
      continue;
    }
    if (NOT_IN_GRID.has(a.finding.type)) continue;
    const subject = a.finding.subject.toLowerCase();
    for (const claim of claims) {
      if (!isListKind(claim.kind)) continue;
      const holds = Object.values(claim.values).some((vs) =>
        vs.some((v) => String(v.value).toLowerCase() === subject || v.text.toLowerCase() === subject),
      );
      if (holds) add(claim.rule, a);
    }
  }
  return marks;
}

function claimsGrid(claims: readonly ClaimReport[], versions: readonly VersionInfo[], marks: CellMarks, anchored: readonly Anchored[]): string {
  if (claims.length === 0) return '<p class="muted">No claims tracked in this set.</p>';
  const head = versions
    .map((v) => {
      const when = [v.date, v.time].filter((x): x is string => x !== null).join(' ');
      const damage = damageBadges(v.id, anchored);
      return `<th class="version" scope="col"><span class="vid">${escapeHtml(v.id)}</span>${when ? `<br><span class="muted">${escapeHtml(when)}</span>` : ''}${
        v.role ? ` <span class="role">${escapeHtml(v.role)}</span>` : ''
      }${damage ? `<br>${damage}` : ''}</th>`;
    })
    .join('');
  const rows = claims.map((claim) => {
    const empty = versions.every((v) => (claim.values[v.id] ?? []).length === 0);
    const cells = versions.map((v) => cell(claim, claim.values[v.id] ?? [], marks.get(claim.rule)?.get(v.id) ?? []));
    return `<tr class="claim${empty ? ' no-values' : ''}" data-rule="${escapeHtml(claim.rule)}"><th scope="row" class="label">${escapeHtml(
      claim.label,
    )}<br><code>${escapeHtml(claim.rule)}</code> <span class="muted">${escapeHtml(claim.kind)}</span></th>${cells.join('')}</tr>`;
  });
  return `<div class="grid-wrap"><table class="grid">
<thead><tr><th scope="col" class="label">Claim</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function cell(claim: ClaimReport, values: readonly ClaimValue[], found: readonly Anchored[]): string {
  const groups = new Map<string, ClaimValue[]>();
  for (const v of values) {
    const shown = isListKind(claim.kind) ? String(v.value) : displayValue(v);
    groups.set(shown, [...(groups.get(shown) ?? []), v]);
  }
  const list = isListKind(claim.kind);
  const content =
    groups.size === 0
      ? '<span class="empty">—</span>'
      : `<div class="values${list ? ' list' : ''}">${[...groups].map(([shown, vs]) => valueDetails(shown, vs)).join('')}</div>`;
  const tone = PRIORITY.find((t) => found.some((a) => a.finding.type === t));
  return `<td class="cell${tone ? ` marked tone-${TONE[tone]}` : ''}">${content}${marksBlock(claim, found)}</td>`;
}

function valueDetails(shown: string, vs: readonly ClaimValue[]): string {
  const uncertain = vs.every((v) => v.uncertain);
  const occurrences = vs
    .map((v) => `<li><span class="loc">${v.line}:${v.column}</span>${v.uncertain ? ' <span class="badge tone-grey">repaired</span>' : ''} ${quoteWithMatch(v.sentence, v.text)}</li>`)
    .join('');
  const count = vs.length > 1 ? ` <span class="muted">×${vs.length}</span>` : '';
  return `<details class="value${uncertain ? ' uncertain' : ''}"><summary>${escapeHtml(shown)}${count}</summary><ul class="occ">${occurrences}</ul></details>`;
}

/** The sentence with the matched text in bold (first occurrence). */
function quoteWithMatch(sentence: string, match: string): string {
  const at = match === '' ? -1 : sentence.indexOf(match);
  if (at < 0) return `<q>${escapeHtml(sentence)}</q>`;
  return `<q>${escapeHtml(sentence.slice(0, at))}<b>${escapeHtml(match)}</b>${escapeHtml(sentence.slice(at + match.length))}</q>`;
}

/** One line per finding type naming this cell: a badge (link to the first finding) and the subjects. */
function marksBlock(claim: ClaimReport, found: readonly Anchored[]): string {
  if (found.length === 0) return '';
  const lines = PRIORITY.filter((t) => found.some((a) => a.finding.type === t)).map((t) => {
    const these = found.filter((a) => a.finding.type === t);
    const first = these[0];
    const subjects = [...new Set(these.map((a) => a.finding.subject).filter((s) => s !== claim.label))];
    const label = these.length > 1 ? `${t} ×${these.length}` : t;
    return `<li><a class="badge tone-${TONE[t]}" href="#${first?.anchor ?? ''}">${escapeHtml(label)}</a>${
      subjects.length > 0 ? ` <span class="subjects">${escapeHtml(subjects.join(', '))}</span>` : ''
    }</li>`;
  });
  return `<ul class="marks">${lines.join('')}</ul>`;
}

// ---------------------------------------------------------------- findings

function findingsBySeverity(anchored: readonly Anchored[], set: SetReport): string {
  if (anchored.length === 0) return '<p class="muted">No findings.</p>';
  return SEVERITIES.map((severity) => {
    const these = anchored.filter((a) => a.finding.severity === severity);
    if (these.length === 0) return '';
    return `<section class="severity sev-${severity}"><h4>${SEVERITY_TITLE[severity]} (${these.length})</h4>${these
      .map((a) => findingBlock(a.finding, a.anchor, set))
      .join('')}</section>`;
  })
    .filter((s) => s !== '')
    .join('\n');
}

function findingBlock(f: Finding, anchor: string, set?: SetReport): string {
  const expected =
    f.actual !== undefined || f.expected !== undefined
      ? `<p class="ae">${f.actual !== undefined ? `found <b>${escapeHtml(f.actual)}</b>` : ''}${
          f.actual !== undefined && f.expected !== undefined ? '; ' : ''
        }${f.expected !== undefined ? `expected <b>${escapeHtml(f.expected)}</b>` : ''}</p>`
      : '';
  const evidence = f.evidence.map((e) => evidenceItem(e, f, set)).join('');
  return `<article class="finding sev-${f.severity}" id="${escapeHtml(anchor)}">
<p class="head"><span class="sev">${escapeHtml(f.severity)}</span> <span class="badge tone-${TONE[f.type]}">${escapeHtml(f.type)}</span> <code>${escapeHtml(
    f.rule,
  )}</code> <b class="subject">${escapeHtml(f.subject)}</b></p>
<p class="message">${escapeHtml(f.message)}</p>${expected}${evidence ? `<ul class="evidence">${evidence}</ul>` : ''}
</article>`;
}

function evidenceItem(e: Evidence, f: Finding, set?: SetReport): string {
  const path = e.path ?? set?.versions.find((v) => v.id === e.version)?.path ?? e.version;
  const own = f.versions.includes(e.version);
  const value = e.value ? ` <span class="ev-value">${escapeHtml(e.value)}</span>` : '';
  return `<li class="${own ? 'own' : 'other'}"><span class="loc">${escapeHtml(`${path}:${e.line}:${e.column}`)}</span>${value}<blockquote>${markCuts(
    e.text,
  )}</blockquote></li>`;
}

/** Escapes evidence text and highlights cut markers (`⟦cut: …⟧`). */
export function markCuts(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/⟦[^⟧]*⟧/g)) {
    out.push(escapeHtml(text.slice(last, m.index)), `<mark class="cut">${escapeHtml(m[0])}</mark>`);
    last = m.index + m[0].length;
  }
  out.push(escapeHtml(text.slice(last)));
  return out.join('');
}

// ---------------------------------------------------------------- style

const CSS = `
:root{--fg:#1d1d1f;--muted:#6b6b70;--line:#d8d8dc;--bg:#fff;--soft:#f6f6f8;
--red:#fde3e1;--red-b:#c62828;--amber:#fff0d4;--amber-b:#c77700;--yellow:#fffad0;--yellow-b:#a89200;
--purple:#f1e6fa;--purple-b:#7b3fa3;--grey:#f0f0f2;--grey-b:#7a7a80}
*{box-sizing:border-box}
body{margin:0 auto;padding:24px 32px 64px;max-width:1600px;color:var(--fg);background:var(--bg);
font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.35rem;margin:2.5rem 0 .3rem;padding-top:.6rem;border-top:3px solid var(--fg)}
h3{font-size:1.1rem;margin:1.8rem 0 .6rem}h4{font-size:1rem;margin:1.2rem 0 .5rem}
code{font:12px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.muted{color:var(--muted)}.nowrap{white-space:nowrap}.tool{margin:0;color:var(--muted);font-size:.85rem}
.summary{display:flex;flex-wrap:wrap;gap:.6rem 1.4rem;margin:.8rem 0 .4rem;font-size:1.05rem}
.count b{font-size:1.3rem}.sev-error .count,.count.sev-error b{color:var(--red-b)}.count.sev-warning b{color:var(--amber-b)}.count.sev-info b{color:var(--grey-b)}
.types{margin:.3rem 0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:var(--soft);font-weight:600}
table.versions{font-size:.9rem}
.vid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
.path{overflow-wrap:anywhere;min-width:14em}
.notices{margin:0;padding-left:1.1em}.notice-type{font-weight:600}
.grid-wrap{overflow-x:auto}
table.grid{table-layout:fixed;min-width:900px;font-size:.9rem}
table.grid th.label{width:200px;background:var(--soft)}
table.grid th.version{font-weight:600}
.role{display:inline-block;padding:0 6px;border-radius:8px;background:#e8eefc;color:#2c4a8a;font-size:.78rem;font-weight:500}
tr.no-values th.label,tr.no-values td{color:var(--muted)}
tr.no-values td{background:#fbfbfc}
td.cell .empty{color:var(--muted)}
td.marked{border-left-width:4px}
td.tone-red{background:var(--red);border-left-color:var(--red-b)}
td.tone-amber{background:var(--amber);border-left-color:var(--amber-b)}
td.tone-yellow{background:var(--yellow);border-left-color:var(--yellow-b)}
td.tone-purple{background:var(--purple);border-left-color:var(--purple-b)}
td.tone-grey{background:var(--grey);border-left-color:var(--grey-b)}
.values.list{display:flex;flex-wrap:wrap;gap:0 .35em}
.values.list details.value:not(:last-child)>summary::after{content:","}
.values.list details[open].value{flex-basis:100%;margin:.2rem 0}
.values.list details[open].value>summary::after{content:none}
details.value>summary:hover{text-decoration:underline}
details.value>summary{cursor:pointer;font-weight:600}
.values.list details.value>summary{font-weight:400}
details.value>summary::-webkit-details-marker{display:none}
details.value>summary{list-style:none}
details.value.uncertain>summary{text-decoration:underline dotted;color:var(--muted)}
ul.occ{margin:.2rem 0 .4rem;padding-left:1em;font-size:.85rem;font-weight:400}
ul.occ li{margin:.15rem 0}
.loc{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);margin-right:.3em}
q{quotes:"\\201C" "\\201D"}
ul.marks{list-style:none;margin:.35rem 0 0;padding:0;font-size:.8rem}
ul.marks li{margin:.1rem 0}.subjects{color:#3a3a3f}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:.75rem;font-weight:600;line-height:1.6;
text-decoration:none;border:1px solid;white-space:nowrap}
.badge.tone-red{background:var(--red);color:var(--red-b);border-color:var(--red-b)}
.badge.tone-amber{background:var(--amber);color:var(--amber-b);border-color:var(--amber-b)}
.badge.tone-yellow{background:var(--yellow);color:#6d5f00;border-color:var(--yellow-b)}
.badge.tone-purple{background:var(--purple);color:var(--purple-b);border-color:var(--purple-b)}
.badge.tone-grey{background:var(--grey);color:#505056;border-color:var(--grey-b)}
article.finding{border:1px solid var(--line);border-left:4px solid var(--grey-b);border-radius:4px;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid}
article.finding.sev-error{border-left-color:var(--red-b)}article.finding.sev-warning{border-left-color:var(--amber-b)}
article.finding:target{outline:2px solid #2c4a8a}
article.finding p{margin:.15rem 0}
.sev{text-transform:uppercase;font-size:.72rem;font-weight:700;letter-spacing:.04em;color:var(--grey-b)}
.sev-error .sev{color:var(--red-b)}.sev-warning .sev{color:var(--amber-b)}
.message{font-size:.95rem}.ae{font-size:.85rem;color:var(--muted)}
ul.evidence{list-style:none;margin:.4rem 0 0;padding:0}
ul.evidence li{margin:.35rem 0}
ul.evidence blockquote{margin:.1rem 0 0 0;padding:.1rem .6rem;border-left:3px solid var(--line);font-size:.9rem}
ul.evidence li.own blockquote{border-left-color:var(--fg)}
.ev-value{font-size:.8rem;background:var(--soft);border:1px solid var(--line);border-radius:3px;padding:0 4px}
mark.cut{background:#e9d3fa;color:#4a1a6b;border-radius:2px;padding:0 2px;font-weight:600}
@media print{body{padding:0;font-size:11px;max-width:none}.grid-wrap{overflow:visible}table.grid{min-width:0}
h2{break-before:page}h2:first-of-type{break-before:auto}tr,td{break-inside:avoid}a{color:inherit;text-decoration:none}
td.cell,.badge,mark.cut{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
