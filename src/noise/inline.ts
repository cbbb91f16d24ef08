import type { Finding, Report, SetReport } from '../types.js';

/**
 * Inline suppression: a line in a version file such as
 *   <!-- factlint-disable people-named, dropped-fact -->   or   factlint-disable people-named
 * turns those rules off for findings about that version (no rule list: every rule). The line
 * itself is blanked before analysis (load/directives.ts), so it is never read as article text.
 */

const DIRECTIVE = /factlint-disable(?![\w-])((?:[ \t,]+[a-z0-9]+(?:-[a-z0-9]+)*)*)/g;

export interface Disables {
  all: boolean;
  rules: ReadonlySet<string>;
}

export function disablesIn(text: string): Disables {
  const rules = new Set<string>();
  let all = false;
  for (const m of text.matchAll(DIRECTIVE)) {
    const names = (m[1] ?? '').split(/[\s,]+/).filter((n) => n.length > 0);
    if (names.length === 0) all = true;
    for (const n of names) rules.add(n);
  }
  return { all, rules };
}

const disabledIn = (d: Disables | undefined, rule: string): boolean => d !== undefined && (d.all || d.rules.has(rule));

/** A finding is dropped when every version it is about disables its rule. Config and input findings always stay. */
function keep(f: Finding, byVersion: ReadonlyMap<string, Disables>): boolean {
  if (f.type === 'config' || f.type === 'input' || f.versions.length === 0) return true;
  return !f.versions.every((v) => disabledIn(byVersion.get(v), f.rule));
}

/** A version of a set's report, as `applyInlineDisables` asks for its text. */
export type VersionRef = Readonly<{ id: string; path: string }>;

/** Applies the inline disables of each version (`read` gives the text of a version's file, or null). */
export function applyInlineDisables(report: Report, read: (version: VersionRef) => string | null): Report {
  let dropped = 0;
  const sets = report.sets.map((set): SetReport => {
    const byVersion = new Map<string, Disables>();
    for (const v of set.versions) {
      const text = read(v);
      if (text !== null && text.includes('factlint-disable')) byVersion.set(v.id, disablesIn(text));
    }
    if (byVersion.size === 0) return set;
    const findings = set.findings.filter((f) => keep(f, byVersion));
    dropped += set.findings.length - findings.length;
    return { ...set, findings };
  });
  if (dropped === 0) return report;
  return { ...report, sets, summary: { ...report.summary, disabled: (report.summary.disabled ?? 0) + dropped } };
}
