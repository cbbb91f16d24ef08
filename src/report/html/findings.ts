import type { Evidence, Finding, FindingType, VersionInfo } from '../../types.js';
import { markValue, sideBySide } from './diff.js';
import { escapeHtml, markCuts, plural } from './escape.js';
import { PRIORITY, SEVERITIES, TONE, bySeverity, shortId, when, type Anchored } from './model.js';

/** Versions of the set by id, for captions. */
export type VersionIndex = ReadonlyMap<string, VersionInfo>;

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * The findings that matter first: errors, then warnings, as cards; infos folded under a count.
 * Every card carries its severity, type and rule for the page's filters.
 */
export function findingsSection(anchored: readonly Anchored[], versions: VersionIndex): string {
  if (anchored.length === 0) return '<p class="none">No findings: the versions agree on every tracked claim.</p>';
  const sorted = [...anchored].sort(bySeverity);
  const major = sorted.filter((a) => a.finding.severity !== 'info');
  const infos = sorted.filter((a) => a.finding.severity === 'info');
  const cards = major.map((a) => findingCard(a, versions)).join('\n');
  return `<div class="cards">${cards}</div>${infos.length > 0 ? foldedInfos(infos, versions) : ''}`;
}

function foldedInfos(infos: readonly Anchored[], versions: VersionIndex): string {
  const counts = countByType(infos.map((a) => a.finding));
  return `<details class="infos"><summary>${plural(infos.length, 'info')} <span class="muted">(${escapeHtml(counts)})</span></summary>
<div class="cards">${infos.map((a) => findingCard(a, versions)).join('\n')}</div></details>`;
}

/** "omission 15, not-yet-reported 5". */
export function countByType(findings: readonly Finding[]): string {
  const counts = new Map<FindingType, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return PRIORITY.filter((t) => counts.has(t))
    .map((t) => `${t} ${counts.get(t) ?? 0}`)
    .join(', ');
}

/** One finding: what, where, the two sentences side by side, the other quotes folded. */
export function findingCard(a: Anchored, versions: VersionIndex): string {
  const f = a.finding;
  const where = f.versions.map((id) => versionChip(id, versions)).join(' ');
  return `<article class="card sev-${f.severity}" id="${escapeHtml(a.anchor)}" data-sev="${f.severity}" data-type="${escapeHtml(f.type)}" data-rule="${escapeHtml(f.rule)}">
<p class="head"><span class="sev">${SEVERITY_WORD[f.severity]}</span> <span class="badge tone-${TONE[f.type]}">${escapeHtml(f.type)}</span> <b class="subject">${escapeHtml(
    f.subject,
  )}</b>${where ? ` <span class="where">in ${where}</span>` : ''} <code class="rule">${escapeHtml(f.rule)}</code></p>
<p class="message">${escapeHtml(f.message)}</p>${actualExpected(f)}${pair(f, versions)}${otherQuotes(f, versions)}
</article>`;
}

function actualExpected(f: Finding): string {
  if (f.actual === undefined && f.expected === undefined) return '';
  const parts = [
    f.actual !== undefined ? `found <b>${escapeHtml(f.actual)}</b>` : '',
    f.expected !== undefined ? `expected <b>${escapeHtml(f.expected)}</b>` : '',
  ].filter((s) => s !== '');
  return `<p class="ae">${parts.join('; ')}</p>`;
}

/** A version's short id with its date, role and file name on hover. */
export function versionChip(id: string, versions: VersionIndex): string {
  const v = versions.get(id);
  const title = v ? [v.id, when(v), v.role ?? '', v.path].filter((s) => s !== '').join(' · ') : id;
  return `<span class="vchip" title="${escapeHtml(title)}">${escapeHtml(shortId(id))}</span>`;
}

/** The evidence of the version with the problem next to the first evidence from another version. */
function pair(f: Finding, versions: VersionIndex): string {
  const own = f.evidence.find((e) => f.versions.includes(e.version));
  const other = closest(own, f.evidence.filter((e) => !f.versions.includes(e.version)));
  if (!own && !other) return '';
  if (own && other) {
    const { left, right } = sideBySide(own.text, other.text, { own: own.value, other: other.value });
    return `<div class="pair">${side(own, left, 'own', versions)}${side(other, right, 'other', versions)}</div>`;
  }
  if (other) {
    const missing = f.versions[0];
    const absent = missing === undefined ? '' : `<figure class="side own absent"><figcaption>${versionChip(missing, versions)}</figcaption><p class="muted">not stated</p></figure>`;
    return `<div class="pair">${absent}${side(other, other.text.includes('⟦') ? markCuts(other.text) : markValue(other.text, other.value, 'del'), 'other', versions)}</div>`;
  }
  return own ? `<div class="pair single">${side(own, markCuts(own.text), 'own', versions)}</div>` : '';
}

/** The quote sharing most words with `own` (the first when there is no own quote). */
function closest(own: Evidence | undefined, others: readonly Evidence[]): Evidence | undefined {
  if (!own || others.length < 2) return others[0];
  const words = new Set(own.text.toLowerCase().split(/\W+/));
  const score = (e: Evidence): number => {
    const theirs = e.text.toLowerCase().split(/\W+/);
    const shared = theirs.filter((w) => words.has(w)).length;
    return shared / Math.max(theirs.length, words.size);
  };
  return others.reduce((best, e) => (score(e) > score(best) ? e : best));
}

function side(e: Evidence, html: string, kind: 'own' | 'other', versions: VersionIndex): string {
  const value = e.value ? ` <span class="ev-value">${escapeHtml(e.value)}</span>` : '';
  return `<figure class="side ${kind}"><figcaption>${versionChip(e.version, versions)} <span class="loc">${e.line}:${e.column}</span>${value}</figcaption><blockquote>${html}</blockquote></figure>`;
}

/** Every quote beyond the two shown, folded (opened for print). */
function otherQuotes(f: Finding, versions: VersionIndex): string {
  const shown = f.evidence.length > 2 ? f.evidence : [];
  const omitted = f.evidenceOmitted ? ` <span class="muted">(${f.evidenceOmitted} more not quoted)</span>` : '';
  if (shown.length === 0) return omitted ? `<p class="ae">${omitted}</p>` : '';
  const items = shown.map((e) => evidenceItem(e, f, versions)).join('');
  return `<details class="quotes"><summary>All ${shown.length} quotes</summary>${omitted}<ul class="evidence">${items}</ul></details>`;
}

function evidenceItem(e: Evidence, f: Finding, versions: VersionIndex): string {
  const path = e.path ?? versions.get(e.version)?.path ?? e.version;
  const value = e.value ? ` <span class="ev-value">${escapeHtml(e.value)}</span>` : '';
  return `<li class="${f.versions.includes(e.version) ? 'own' : 'other'}"><span class="loc">${escapeHtml(`${path}:${e.line}:${e.column}`)}</span>${value}<blockquote>${markCuts(
    e.text,
  )}</blockquote></li>`;
}

/** Counts by severity of a list of findings. */
export function severityCounts(findings: readonly Finding[]): Record<(typeof SEVERITIES)[number], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
