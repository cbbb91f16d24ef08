import type { Finding } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

/** Findings that say a version lost something; several rules may say it of the same name. */
const LOSS_TYPES = new Set(['omission', 'deleted-mention']);

function strength(f: Finding): number {
  const type = f.type === 'deleted-mention' ? 3 : f.rule === 'dropped-fact' ? 1 : 2;
  return SEVERITY_RANK[f.severity] * 10 + type;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’']s$/u, '').trim();

/**
 * One lost fact, one finding: a name cut from 002 is a deleted mention, and the
 * "NATO is missing from 002" of every list rule that tracks NATO says nothing more.
 * A loss finding is dropped when, for each of its versions, a stronger loss finding
 * (higher severity; a cut before a rule's omission before a dropped fact) names the
 * same subject in that version. The kept finding lists the rules that agreed.
 */
export function dropRedundant(findings: readonly Finding[]): Finding[] {
  const losses = findings.filter((f) => LOSS_TYPES.has(f.type) && f.members === undefined);
  const ranked = [...losses].sort((a, b) => strength(b) - strength(a));
  const covered = new Map<string, Finding>(); // subject|version -> keeper
  const dropped = new Set<Finding>();
  const agreeing = new Map<Finding, Set<string>>();
  for (const f of ranked) {
    const keepers = f.versions.map((v) => covered.get(`${norm(f.subject)}|${v}`));
    // Two cuts of one name from two sentences are two findings; only omissions fold.
    if (f.type === 'omission' && f.versions.length > 0 && keepers.every((k) => k !== undefined)) {
      dropped.add(f);
      for (const k of keepers) if (k && k.rule !== f.rule) agreeing.set(k, (agreeing.get(k) ?? new Set()).add(f.rule));
      continue;
    }
    for (const v of f.versions) {
      const key = `${norm(f.subject)}|${v}`;
      if (!covered.has(key)) covered.set(key, f);
    }
  }
  // Folded findings ("also lacks A, B") lose what a kept loss or a larger fold of the same
  // version already lists (people-named and participants often fold the same names).
  const folds = findings.filter((f) => f.members !== undefined).sort((a, b) => (b.members?.length ?? 0) - (a.members?.length ?? 0));
  const folded = new Map<Finding, Finding | null>();
  for (const f of folds) {
    const kept = withoutCovered(f, covered, agreeing);
    folded.set(f, kept);
    for (const m of kept?.members ?? []) for (const v of f.versions) if (kept && !covered.has(`${norm(m)}|${v}`)) covered.set(`${norm(m)}|${v}`, kept);
  }
  return findings
    .map((f) => (folded.has(f) ? folded.get(f) ?? null : f))
    .filter((f): f is Finding => f !== null && !dropped.has(f))
    .map((f) => {
      const rules = agreeing.get(f);
      return rules ? { ...f, alsoReportedBy: [...rules].sort() } : f;
    });
}

/**
 * A folded finding ("also lacks A, B, C") without the members a kept loss finding (a name
 * cut from a sentence) or a larger fold already reports for its version; null when none is left.
 */
function withoutCovered(f: Finding, covered: ReadonlyMap<string, Finding>, agreeing: Map<Finding, Set<string>>): Finding | null {
  const members = f.members ?? [];
  const keep = members.filter((m) => !f.versions.every((v) => covered.has(`${norm(m)}|${v}`)));
  for (const m of members) {
    if (keep.includes(m)) continue;
    for (const v of f.versions) {
      const k = covered.get(`${norm(m)}|${v}`);
      if (k && k.rule !== f.rule) agreeing.set(k, (agreeing.get(k) ?? new Set()).add(f.rule));
    }
  }
  if (keep.length === members.length) return f;
  if (keep.length === 0) return null;
  const list = keep.join(', ');
  return {
    ...f,
    subject: list,
    members: keep,
    message: f.message.replace(members.join(', '), list),
    evidence: f.evidence.filter((e) => e.value === undefined || keep.includes(e.value)),
  };
}
