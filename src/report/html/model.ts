import type { Finding, FindingType, Severity, VersionInfo } from '../../types.js';
import { SEVERITY_RANK } from '../../types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding with the id of its card on the page. */
export interface Anchored {
  finding: Finding;
  anchor: string;
}

/** Colour family of each finding type (cells, badges, legend). */
export const TONE: Readonly<Record<FindingType, string>> = {
  contradiction: 'red',
  'deleted-mention': 'purple',
  omission: 'amber',
  stale: 'amber',
  'qualifier-change': 'yellow',
  unreadable: 'grey',
  update: 'blue',
  'not-yet-reported': 'grey',
  integrity: 'grey',
  config: 'grey',
  input: 'grey',
};

/** What each verdict means, for the legend. */
export const VERDICT_HELP: Readonly<Record<FindingType, string>> = {
  contradiction: 'versions give different values',
  'deleted-mention': 'a name or figure cut from a sentence',
  omission: 'a version lacks what others have',
  stale: 'a later copy keeps a superseded figure',
  'qualifier-change': 'same figure, another hedge',
  unreadable: 'read from repaired text',
  update: 'a later version changed the figure',
  'not-yet-reported': 'only later versions have it',
  integrity: 'damaged copy',
  config: 'rule-file problem',
  input: 'file problem',
};

/** Which type colours a cell when several findings name it (first wins). */
export const PRIORITY: readonly FindingType[] = [
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


/** The most severe of the findings, or null. */
export function worst(findings: readonly Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (best === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  return best;
}

/** Most severe first, then by the order of PRIORITY; stable. */
export function bySeverity(a: Anchored, b: Anchored): number {
  return (
    SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
    PRIORITY.indexOf(a.finding.type) - PRIORITY.indexOf(b.finding.type)
  );
}

/** Time order; equal ranks keep the report's order. */
export function inTimeOrder(versions: readonly VersionInfo[]): VersionInfo[] {
  return versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => a.v.rank - b.v.rank || a.i - b.i)
    .map((x) => x.v);
}

/**
 * A short label for a version id: hash-like tails are cut ("002_e1ffd014517375af" -> "002_e1ff"),
 * other long ids keep their head. The full id and file name stay in the title.
 */
export function shortId(id: string): string {
  const hashed = /^(.*?[_-])([0-9a-f]{12,})$/i.exec(id);
  if (hashed?.[1] !== undefined && hashed[2] !== undefined) return `${hashed[1]}${hashed[2].slice(0, 4)}`;
  return id.length <= 16 ? id : `${id.slice(0, 14)}…`;
}

/** Date and time of a version, or ''. */
export function when(v: VersionInfo): string {
  return [v.date, v.time].filter((x): x is string => x !== null && x !== '').join(' ');
}
