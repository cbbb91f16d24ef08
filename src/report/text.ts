import { displayValue } from '../check/index.js';
import { isListKind } from '../kinds/index.js';
import type { ClaimReport, ClaimValue, CreditInfo, Finding, Report, Reporter, SetReport, Severity, VersionInfo } from '../types.js';
import { safeStrings } from './safe.js';
import { clip, style, type Style } from './style.js';

/** The readable report: versions, one block per claim (a line per version), then findings. */
export const textReporter: Reporter = {
  name: 'text',
  format(report, options) {
    return textFrame(report.findings, report.sets.map((set) => textSetBlock(set, options.color)), report.summary, options.color);
  },
};

/**
 * One set's block of the text report. A streamed run formats each set as it is done and keeps
 * only this text (src/run/stream.ts `textSink`), not the set's report.
 */
export function textSetBlock(unsafe: SetReport, color: boolean): string {
  // Article text, file names, labels and rule ids with control or bidi characters shown escaped.
  return formatSet(safeStrings(unsafe), style(color)).map((line) => `${line}\n`).join('');
}

/** The text report's first lines: the report's own findings (missing paths, rule-file problems), if any. */
export function textHead(unsafeFindings: readonly Finding[], color: boolean): string {
  const s = style(color);
  const findings = safeStrings(unsafeFindings);
  return findings.map((f) => `${sev(f.severity, s)} ${f.message}\n`).join('') + (findings.length > 0 ? '\n' : '');
}

/** The text report's last line: the counts. */
export function textTail(summary: Report['summary'], color: boolean): string {
  const { errors, warnings, infos } = summary;
  return `${style(color).bold(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`)}\n`;
}

/** The whole text report around its set blocks: the report's own findings first, the counts last. */
export function textFrame(unsafeFindings: readonly Finding[], setBlocks: readonly string[], summary: Report['summary'], color: boolean): string {
  return `${textHead(unsafeFindings, color)}${setBlocks.join('')}${textTail(summary, color)}`;
}

function formatSet(set: SetReport, s: Style): string[] {
  const out: string[] = [];
  out.push(s.bold(`${set.path}`) + s.dim(`  ${set.versions.length} versions; ${set.orderNote}`));
  for (const v of set.versions) out.push(...formatVersion(v, s));
  if (set.skipped && set.skipped.length > 0) out.push(s.dim(`  ${skippedLine(set)}`));
  out.push('');
  const width = Math.max(8, ...set.versions.map((v) => v.id.length));
  for (const claim of set.claims) {
    const lines = formatClaim(claim, set.versions, width, s);
    if (lines.length > 0) out.push(...lines, '');
  }
  if (set.findings.length === 0) out.push(s.dim('  no findings'), '');
  for (const f of set.findings) out.push(...formatFinding(f, s), '');
  return out;
}

/** "skipped, not versions: .draft.txt (dotfile), README.txt (README) and 3 more". */
export function skippedLine(set: SetReport): string {
  const listed = (set.skipped ?? []).map((f) => `${f.path} (${f.reason})`).join(', ');
  return `skipped, not versions: ${listed}${set.skippedOmitted ? ` and ${set.skippedOmitted} more` : ''}`;
}

function formatVersion(v: VersionInfo, s: Style): string[] {
  const when = [v.date, v.time].filter(Boolean).join(' ') || 'undated';
  const lines = [`  ${v.rank + 1}. ${s.cyan(v.id)}  ${when}${v.role ? `  ${v.role}` : ''}  ${s.dim(v.path)}`];
  // one line per notice: a quoted line break in a message would start a line that looks like the report's own
  for (const n of v.notices) lines.push(`       ${s.yellow('notice')} ${n.type}: ${n.message.replace(/[\r\n]+/g, ' ')}`);
  if (v.credits && v.credits.length > 0) lines.push(`       ${s.dim('credits')} ${creditLine(v.credits)}`);
  return lines;
}

/** "byline: Tom Reyes, Anna Lu; photo: Jane Okafor". */
export function creditLine(credits: readonly CreditInfo[]): string {
  const byRole = new Map<string, string[]>();
  for (const c of credits) {
    const names = byRole.get(c.role) ?? [];
    if (!names.includes(c.name)) names.push(c.name);
    byRole.set(c.role, names);
  }
  return [...byRole].map(([role, names]) => `${role}: ${names.join(', ')}`).join('; ');
}

function formatClaim(claim: ClaimReport, versions: readonly VersionInfo[], width: number, s: Style): string[] {
  const any = Object.values(claim.values).some((v) => v.length > 0);
  if (!any) return [];
  const out = [s.bold(`  ${claim.label}`) + s.dim(` (${claim.rule})`)];
  for (const v of versions) {
    const values = claim.values[v.id] ?? [];
    const name = v.id.padEnd(width);
    const omitted = claim.omitted?.[v.id] ?? 0;
    const rest = omitted > 0 ? s.dim(` (+${omitted} more)`) : '';
    if (values.length === 0) {
      out.push(`    ${name}  ${s.dim('—')}`);
      continue;
    }
    if (isListKind(claim.kind)) {
      const names = [...new Set(values.map((x) => String(x.value)))];
      out.push(`    ${name}  ${clip(names.join(', '), 160)}${rest}`);
      continue;
    }
    // The headline first; parts, background and other mentions after it, dimmed.
    const headline = values.find((x) => x.role === 'headline');
    const first = headline ?? values[0];
    if (!first) continue;
    const main = [...new Set((headline ? [headline] : values.filter((x) => x.role === undefined)).map(displayValue))];
    const others = [...new Set(values.filter((x) => x.role !== undefined && x.role !== 'headline').map(roleLabel))];
    const shown = [main.length > 0 ? s.bold(clip(main.join(' | '), 160)) : '', others.length > 0 ? s.dim(clip(others.join(' | '), 90)) : '']
      .filter((x) => x !== '')
      .join(s.dim(' | '));
    out.push(`    ${name}  ${shown}${rest}  ${s.dim(`${first.line}:${first.column}`)} ${s.dim(`"${clip(first.sentence, 100)}"`)}`);
  }
  return out;
}

function roleLabel(x: ClaimValue): string {
  const role = x.role === 'part' && x.place !== undefined ? `part, ${x.place}` : x.role ?? '';
  return `${displayValue(x)} (${role})`;
}

function formatFinding(f: Finding, s: Style): string[] {
  const out = [`  ${sev(f.severity, s)} ${s.bold(f.type)} ${f.message} ${s.dim(`[${f.rule}]`)}`];
  for (const e of f.evidence.slice(0, 8)) {
    const where = `${e.path ?? e.version}:${e.line}:${e.column}`;
    out.push(`      ${s.dim(where)} ${clip(e.text, 160)}`);
  }
  const more = Math.max(0, f.evidence.length - 8) + (f.evidenceOmitted ?? 0);
  if (more > 0) out.push(s.dim(`      … ${more} more`));
  return out;
}

function sev(severity: Severity, s: Style): string {
  const label = severity.padEnd(7);
  return severity === 'error' ? s.red(label) : severity === 'warning' ? s.yellow(label) : s.dim(label);
}
