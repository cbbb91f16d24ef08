import type { AttendanceReading, ClaimValue, OrderSource, Rule, Severity } from '../types.js';
import type { VersionRelations } from '../align/relations.js';
import type { OrderedVersion } from './order.js';

/** Everything one rule's check needs; the checker never reads files or NLP state. */
export interface RuleCheckInput {
  rule: Rule;
  /** Values per readable version id (an empty array when the version has none). */
  values: ReadonlyMap<string, readonly ClaimValue[]>;
  /** Readable versions in time order. */
  versions: readonly OrderedVersion[];
  paths: ReadonlyMap<string, string>;
  /** Whether a version names the member anywhere, even outside the rule's cue context. */
  present?: (version: string, key: string) => boolean;
  /** The sentences of a version (to tell a dropped figure from a dropped paragraph). */
  sentencesOf?: (version: string) => readonly string[];
  /** Sentence similarity in [0, 1], used to find the counterpart of a sentence. */
  similarity: (a: string, b: string) => number;
  /** How the versions were ordered; file names are weak evidence (no update or stale from them). */
  order?: OrderSource;
  /** How the versions relate besides time: rewrites, copies, late copies (align/relations.ts); absent: any may rewrite any, none is a copy. */
  relations?: VersionRelations;
  /** What a version says of attendance besides its list (a people rule with cues): who stayed away, plans, changes of plan. */
  attendance?: (version: string) => AttendanceReading | undefined;
}

export function capSeverity(rule: Severity, cap: Severity): Severity {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  return rank[rule] <= rank[cap] ? rule : cap;
}

export function rankOf(input: RuleCheckInput): Map<string, number> {
  return new Map(input.versions.map((v) => [v.id, v.rank]));
}

/** Versions listed in time order, as "000, 001". */
export function listVersions(ids: Iterable<string>, order: ReadonlyMap<string, number>): string[] {
  const list = [...new Set(ids)];
  const before = (a: string, b: string): number => (order.get(a) ?? 0) - (order.get(b) ?? 0) || (a < b ? -1 : 1);
  // Usually in time order already (values are gathered version by version): then no sort.
  for (let i = 1; i < list.length; i++) if (before(list[i - 1] as string, list[i] as string) > 0) return list.sort(before);
  return list;
}

/** "a says", "a and b say": versions as the subject of "say". */
export function idsSay(ids: readonly string[]): string {
  return `${joinIds(ids)} say${ids.length === 1 ? 's' : ''}`;
}

/** "000_156529bb3accbe6d" -> "000_156529bb3accbe6d"; several -> "a, b and c". */
export function joinIds(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** A value's figure for comparing across versions (`compareFigures`): a range's top, exact text where kept. */
export function comparedFigure(x: ClaimValue): number | string {
  return x.high !== undefined ? x.highExact ?? x.high : x.exact ?? Number(x.value);
}
