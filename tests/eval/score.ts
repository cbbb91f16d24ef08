/**
 * Scoring of the evaluation: expected labels vs reported findings, per verdict type.
 * A reported finding matches an expected one when the type matches (or is one the label
 * accepts) and, when given, subject and rule match loosely. Pure functions.
 */
import type { Expected, ExpectedType } from './perturb.js';

/** The part of a factlint Finding the scorer reads. */
export interface ReportedFinding {
  type: string;
  rule: string;
  subject: string;
  message?: string;
  versions?: string[];
}

export interface EvalCase {
  story: string;
  transform: string;
  safe: boolean;
  expected: Expected[];
  reported: ReportedFinding[];
  /** Base and perturbed texts, used to verify unlabelled omissions ("is that name really gone?"). */
  baseText?: string;
  perturbedText?: string;
  /** Set when the run failed (exception, input/config finding). */
  error?: string;
}

export const SCORED_TYPES: readonly ExpectedType[] = [
  'contradiction',
  'omission',
  'qualifier-change',
  'deleted-mention',
  'integrity',
];

export interface TypeScore {
  type: string;
  expected: number;
  reported: number;
  /** Expected findings that were matched. */
  tp: number;
  /** Reported findings that matched no label and could not be verified. */
  fp: number;
  fn: number;
  /** Extra reports of an already-matched label (not counted against precision). */
  duplicates: number;
  /** Unlabelled omissions/deleted mentions whose subject really disappeared. */
  verified: number;
  precision: number | null;
  recall: number | null;
}

export interface TransformScore {
  transform: string;
  safe: boolean;
  cases: number;
  /** Cases where every label was matched (for safe edits: nothing scored was reported). */
  caught: number;
  /** Scored findings that matched nothing. */
  falseFindings: number;
}

export interface Scores {
  cases: number;
  errors: number;
  byType: TypeScore[];
  byTransform: TransformScore[];
  safe: {
    cases: number;
    /** Safe-edit cases with at least one contradiction reported. */
    withContradiction: number;
    /** Total contradictions reported on safe edits. */
    falseContradictions: number;
    /** Safe-edit cases with any scored finding. */
    withAnyFinding: number;
  };
  /** Reported types outside SCORED_TYPES (update, stale, unreadable, …), counted. */
  otherTypes: Record<string, number>;
}

// ---------------------------------------------------------------- loose matching

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Luis Quispe Tapia" ~ "Quispe" ~ "luis quispe tapia"; "Death toll" ~ "death-toll". */
export function looseMatch(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const xs = new Set(x.split(' ').filter((w) => w.length > 2));
  return y.split(' ').some((w) => w.length > 2 && xs.has(w));
}

const GENERIC_RULE_WORDS = new Set(['named', 'count', 'news', 'core', 'and']);

/** Rule ids match when they share a significant word ("death-toll" ~ "deaths-toll", "people-named" ~ "named-people"). */
export function ruleMatch(expected: string, reported: ReportedFinding): boolean {
  const words = (s: string): string[] => fold(s).split(' ').filter((w) => !GENERIC_RULE_WORDS.has(w));
  const e = words(expected);
  const r = new Set([...words(reported.rule), ...words(reported.subject)]);
  if (fold(expected) === fold(reported.rule)) return true;
  return e.some((w) => r.has(w) || [...r].some((x) => x.startsWith(w.slice(0, 4)) && w.length >= 4));
}

export function matches(e: Expected, f: ReportedFinding): boolean {
  const types = [e.type, ...(e.accept ?? [])];
  if (!types.includes(f.type as ExpectedType)) return false;
  if (e.subject !== undefined && !looseMatch(e.subject, f.subject) && !looseMatch(e.subject, f.message ?? '')) {
    return false;
  }
  if (e.rule !== undefined && e.subject === undefined && !ruleMatch(e.rule, f) && !builtInFor(e, f)) return false;
  return true;
}

/**
 * A figure changed or lost outside the claim's headline (a part, a background figure) is
 * reported by the built-in checks: changed-fact for a changed figure, dropped-fact for a lost one.
 */
function builtInFor(e: Expected, f: ReportedFinding): boolean {
  return (e.type === 'contradiction' && f.rule === 'changed-fact') || (e.type === 'omission' && f.rule === 'dropped-fact');
}

/** An unlabelled omission or deleted mention is still right when its subject left the text. */
function verifiedExtra(c: EvalCase, f: ReportedFinding): boolean {
  if (f.type !== 'omission' && f.type !== 'deleted-mention') return false;
  if (c.baseText === undefined || c.perturbedText === undefined) return false;
  const subject = f.subject.trim();
  if (subject.length < 3) return false;
  return c.baseText.includes(subject) && !c.perturbedText.includes(subject);
}

// ---------------------------------------------------------------- scoring

interface CaseOutcome {
  matched: Array<Expected & { hit: boolean }>;
  fp: ReportedFinding[];
  duplicates: ReportedFinding[];
  verified: ReportedFinding[];
}

export function scoreCase(c: EvalCase): CaseOutcome {
  const labels = c.expected.filter((e) => e.type !== 'none').map((e) => ({ ...e, hit: false }));
  const scored = c.reported.filter((f) => (SCORED_TYPES as readonly string[]).includes(f.type));
  const fp: ReportedFinding[] = [];
  const duplicates: ReportedFinding[] = [];
  const verified: ReportedFinding[] = [];
  for (const f of scored) {
    const open = labels.find((e) => !e.hit && matches(e, f));
    if (open !== undefined) {
      open.hit = true;
      continue;
    }
    if (labels.some((e) => e.hit && matches(e, f))) duplicates.push(f);
    else if (verifiedExtra(c, f)) verified.push(f);
    else fp.push(f);
  }
  return { matched: labels, fp, duplicates, verified };
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function score(cases: readonly EvalCase[]): Scores {
  const byType = new Map<string, TypeScore>();
  const typeRow = (type: string): TypeScore => {
    let row = byType.get(type);
    if (row === undefined) {
      row = { type, expected: 0, reported: 0, tp: 0, fp: 0, fn: 0, duplicates: 0, verified: 0, precision: null, recall: null };
      byType.set(type, row);
    }
    return row;
  };
  for (const t of SCORED_TYPES) typeRow(t);
  const byTransform = new Map<string, TransformScore>();
  const otherTypes: Record<string, number> = {};
  const safe = { cases: 0, withContradiction: 0, falseContradictions: 0, withAnyFinding: 0 };
  let errors = 0;

  for (const c of cases) {
    if (c.error !== undefined) errors++;
    const outcome = scoreCase(c);
    for (const e of outcome.matched) {
      const row = typeRow(e.type);
      row.expected++;
      if (e.hit) row.tp++;
      else row.fn++;
    }
    for (const f of c.reported) {
      if ((SCORED_TYPES as readonly string[]).includes(f.type)) typeRow(f.type).reported++;
      else otherTypes[f.type] = (otherTypes[f.type] ?? 0) + 1;
    }
    for (const f of outcome.fp) typeRow(f.type).fp++;
    for (const f of outcome.duplicates) typeRow(f.type).duplicates++;
    for (const f of outcome.verified) typeRow(f.type).verified++;

    const t = byTransform.get(c.transform) ?? { transform: c.transform, safe: c.safe, cases: 0, caught: 0, falseFindings: 0 };
    t.cases++;
    t.falseFindings += outcome.fp.length;
    const allHit = outcome.matched.every((e) => e.hit);
    if (c.safe ? outcome.fp.length === 0 && c.error === undefined : allHit && c.error === undefined) t.caught++;
    byTransform.set(c.transform, t);

    if (c.safe) {
      safe.cases++;
      const contradictions = c.reported.filter((f) => f.type === 'contradiction').length;
      safe.falseContradictions += contradictions;
      if (contradictions > 0) safe.withContradiction++;
      if (c.reported.some((f) => (SCORED_TYPES as readonly string[]).includes(f.type))) safe.withAnyFinding++;
    }
  }
  for (const row of byType.values()) {
    row.precision = ratio(row.tp + row.verified, row.tp + row.verified + row.fp);
    row.recall = ratio(row.tp, row.expected);
  }
  return {
    cases: cases.length,
    errors,
    byType: [...byType.values()],
    byTransform: [...byTransform.values()],
    safe,
    otherTypes,
  };
}

// ---------------------------------------------------------------- table

function pct(x: number | null): string {
  return x === null ? '-' : `${(x * 100).toFixed(1)}%`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatTable(s: Scores): string {
  const types = table(
    ['verdict', 'expected', 'reported', 'tp', 'fp', 'fn', 'dup', 'verified', 'precision', 'recall'],
    s.byType.map((r) => [
      r.type,
      String(r.expected),
      String(r.reported),
      String(r.tp),
      String(r.fp),
      String(r.fn),
      String(r.duplicates),
      String(r.verified),
      pct(r.precision),
      pct(r.recall),
    ]),
  );
  const transforms = table(
    ['transformation', 'safe', 'cases', 'caught', 'rate', 'false findings'],
    s.byTransform.map((t) => [
      t.transform,
      t.safe ? 'yes' : 'no',
      String(t.cases),
      String(t.caught),
      pct(ratio(t.caught, t.cases)),
      String(t.falseFindings),
    ]),
  );
  const other = Object.entries(s.otherTypes)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return [
    `factlint accuracy evaluation: ${s.cases} cases, ${s.errors} errors`,
    '',
    types,
    '',
    transforms,
    '',
    `safe edits: ${s.safe.cases} cases, ${s.safe.withContradiction} with a contradiction ` +
      `(${s.safe.falseContradictions} false contradictions), ${s.safe.withAnyFinding} with any scored finding`,
    `other finding types: ${other.length > 0 ? other : 'none'}`,
  ].join('\n');
}
