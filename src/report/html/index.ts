import type { Report, Reporter, ReporterOptions, SetReport } from '../../types.js';
import { safeStrings } from '../safe.js';
import { escapeHtml } from './escape.js';
import { findingCard, severityCounts } from './findings.js';
import { bySeverity, type Anchored } from './model.js';
import { reportTotals, setIndex, type SetLink } from './overview.js';
import { page } from './page.js';
import { counts, setSection } from './set.js';

export { escapeHtml, markCuts } from './escape.js';

/**
 * A self-contained page for a fact-checker: per set, the findings that matter first (cards with
 * the two sentences side by side), then a grid of claims × versions with filters and search,
 * then the versions. Inline CSS and one inline script, nothing loaded: works offline and prints.
 */
export const htmlReporter: Reporter = {
  name: 'html',
  format(unsafe, options) {
    return formatHtml(safeStrings(unsafe), options);
  },
};

/** One file of a report written as a folder. */
export interface HtmlFile {
  /** File name inside the folder ("index.html", "stories-quake.html"). */
  name: string;
  text: string;
}

/** The whole report as one HTML5 document (an index of the sets first when there are several). */
export function formatHtml(report: Report, _options: ReporterOptions): string {
  const links = report.sets.map((set, i): SetLink => ({ set, href: `#s${i}` }));
  const body = [
    header(report, null),
    '<main id="main">',
    outsideSets(report),
    report.sets.length > 1 ? `<h2>Sets</h2>${setIndex(links)}` : '',
    ...report.sets.map((set, i) => setSection(set, `s${i}`)),
    '</main>',
  ];
  return page({ title: pageTitle(report), version: report.tool.version, body: body.filter((s) => s !== '').join('\n') });
}

/** The report as a folder: index.html (one row per set) and one self-contained page per set. */
export function formatHtmlSite(unsafe: Report, _options: ReporterOptions): HtmlFile[] {
  const report = safeStrings(unsafe);
  const names = pageNames(report.sets);
  const links = report.sets.map((set, i): SetLink => ({ set, href: names[i] ?? '' }));
  const indexBody = [header(report, null), '<main id="main">', outsideSets(report), setIndex(links), '</main>'];
  const files: HtmlFile[] = [{ name: 'index.html', text: page({ title: pageTitle(report), version: report.tool.version, body: indexBody.filter((s) => s !== '').join('\n') }) }];
  report.sets.forEach((set, i) => {
    const body = [header(report, set), '<main id="main">', setSection(set, 's0'), '</main>'].join('\n');
    files.push({ name: names[i] ?? `set-${i}.html`, text: page({ title: `factlint: ${set.path}`, version: report.tool.version, body }) });
  });
  return files;
}

function pageTitle(report: Report): string {
  const paths = report.sets.map((s) => s.path);
  if (paths.length === 0) return 'factlint report';
  return `factlint: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`;
}

/** The page header: totals for the whole report, or for one set with a link back to the index. */
function header(report: Report, set: SetReport | null): string {
  const tool = `<span class="tool">${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}</span>`;
  if (set) {
    return `<header class="top"><p class="crumbs"><a href="index.html">← All sets</a></p><h1>factlint report</h1>${tool}</header>`;
  }
  const c = { error: report.summary.errors, warning: report.summary.warnings, info: report.summary.infos };
  const totals = report.sets.length === 1 ? '' : `<span>${counts(c)}</span>`;
  return `<header class="top"><h1>factlint report</h1>${totals}<span class="muted">${escapeHtml(reportTotals(report))}</span>${tool}</header>`;
}

function outsideSets(report: Report): string {
  if (report.findings.length === 0) return '';
  const anchored = report.findings.map((finding, i): Anchored => ({ finding, anchor: `r-f${i}` })).sort(bySeverity);
  const c = severityCounts(report.findings);
  return `<section class="outside"><h2>Problems outside any set</h2><p class="set-meta">${counts(c)}</p><div class="cards">${anchored
    .map((a) => findingCard(a, new Map()))
    .join('\n')}</div></section>`;
}

/** A file name per set from its path, unique, never index.html. */
export function pageNames(sets: readonly SetReport[]): string[] {
  const used = new Set<string>(['index']);
  return sets.map((set) => {
    const base = slug(set.path);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return `${name}.html`;
  });
}

function slug(p: string): string {
  const s = p
    .replace(/^[./\\]+/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(-80);
  return s === '' ? 'set' : s;
}
