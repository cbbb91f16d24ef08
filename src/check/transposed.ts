/**
 * Transposed digits between a copy and its source, told apart before the scalar comparison
 * (scalar.ts): a rewrite's "73 people are still unaccounted for" where the story it rewrites says
 * "Thirty-seven people remain missing" is the rewrite's error, not a count that doubled overnight.
 */
import { hasHeadline } from '../extract/claims.js';
import { boundsAgree } from '../kinds/hedges.js';
import type { ClaimValue, Finding } from '../types.js';
import { compatibleKeys } from './compatible.js';
import { capSeverity, comparedFigure, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { firstPerVersion } from './counterpart.js';
import { displayValue, evidenceOf } from './evidence.js';
import { statesRevision, statesRise } from './revision.js';

/**
 * Whether two whole figures differ by one swap of two adjacent digits: 37 and 73, 34 and 43, 112
 * and 121, 1,204 and 1,240. Both of the same number of digits (two at least), neither starting
 * with 0; a figure with a fraction (1.5) or of different length (37 and 370) is no transposition.
 */
export function transposedDigits(a: number | string, b: number | string): boolean {
  const x = wholeDigits(a);
  const y = wholeDigits(b);
  if (x === null || y === null || x.length !== y.length || x.length < 2 || x === y) return false;
  let first = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (first >= 0) return i === first + 1 && x[first] === y[i] && x[i] === y[first] && x.slice(i + 1) === y.slice(i + 1);
    first = i;
  }
  return false;
}

/** The digits of a whole, non-negative figure ("1204" for 1204 or "1204"), or null. */
function wholeDigits(a: number | string): string | null {
  const text = typeof a === 'number' ? (Number.isSafeInteger(a) && a >= 0 ? String(a) : '') : a;
  return /^[1-9][0-9]*$/u.test(text) ? text : null;
}

/** A value whose figure can be compared digit by digit: one exact or hedged whole figure, read for sure. */
const comparable = (x: ClaimValue): boolean => x.high === undefined && !x.uncertain && x.qualifier !== 'several' && x.kind === 'quantity';

/**
 * A figure of a copy or rewrite (`copyOf`, align/outlets.ts: declared by the manifest or shown by
 * the copy) whose digits are the transposition of the figure of the version it copies, or of a
 * version of the same time (order known): a likely error, a contradiction naming the transposition
 * (a warning for a copy, whose slip was read as an update; the rule's severity for two versions of
 * one time, which must agree), and left out of the comparison (`kept`), so it is no update ("Missing changed from 37 to 73") and no
 * base for later versions. Only when the copy's sentence states no change ("rose to 73", "revised
 * to 73"), no other version gives the copy's figure, and the copy does not also give the source's.
 * Independent updates (an agency's next take, 12 dead in the morning and 21 by evening) are no
 * copies: they stay updates.
 */
export function transpositions(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): { kept: Map<string, ClaimValue[]>; findings: Finding[] } {
  const none = { kept: certain, findings: [] };
  const copyOf = input.relations?.copyOf ?? ((): boolean => false);
  if (!hasHeadline(input.rule) || input.rule.kind !== 'quantity') return none;
  const rank = rankOf(input);
  const known = input.order !== 'file-name';
  const ids = input.versions.map((v) => v.id);
  // the pairs (source, copy) to compare: declared copies, and versions of the same time (either way)
  const pairs: Array<[string, string, 'copy' | 'same-time']> = [];
  for (const c of ids) {
    for (const s of ids) {
      if (s === c) continue;
      if (copyOf(s, c)) pairs.push([s, c, 'copy']);
      else if (known && rank.get(s) === rank.get(c) && !copyOf(c, s)) pairs.push([s, c, 'same-time']);
    }
  }
  if (pairs.length === 0) return none; // the usual case: no copy, no two versions of one time
  const wrong = new Map<ClaimValue, { source: ClaimValue; how: 'copy' | 'same-time' }>();
  for (const [s, c, how] of pairs) {
    for (const x of certain.get(c) ?? []) {
      if (!comparable(x) || wrong.has(x)) continue;
      const y = (certain.get(s) ?? []).find((z) => comparable(z) && transposedDigits(comparedFigure(x), comparedFigure(z)));
      if (y === undefined || !suspect(input, x, y, how)) continue;
      wrong.set(x, { source: y, how });
    }
  }
  if (wrong.size === 0) return none;
  const kept = new Map([...certain].map(([id, xs]) => [id, xs.filter((x) => !wrong.has(x))]));
  const byKey = new Map<string, ClaimValue[]>();
  for (const x of wrong.keys()) byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
  const findings = [...byKey.values()].map((xs) => transpositionFinding(input, xs, wrong.get(xs[0] as ClaimValue) as { source: ClaimValue; how: 'copy' | 'same-time' }));
  return { kept, findings };
}

/**
 * Whether the copy's `x` (transposed from the source's `y`) is the copy's error: its sentence
 * states no change, no other version gives it (a copy of the copy aside), and the copy does not
 * give `y` too (two figures of the version: two counts, not one mistyped). Of two versions of the
 * same time, only the side no other version supports while another supports the other.
 */
function suspect(input: RuleCheckInput, x: ClaimValue, y: ClaimValue, how: 'copy' | 'same-time'): boolean {
  if (statesRise(x.sentence, x.text) || statesRevision(x.sentence, x.text)) return false;
  const copyOf = input.relations?.copyOf ?? ((): boolean => false);
  const gives = (version: string, z: ClaimValue): boolean =>
    (input.values.get(version) ?? []).some((w) => comparable(w) && w.role !== 'background' && w.role !== 'part' && (compatibleKeys(input.rule.kind, w.key, z.key) || boundsAgree(w, z)));
  if (gives(x.version, y)) return false;
  let backsY = 0;
  for (const v of input.versions) {
    if (v.id === x.version) continue;
    if (gives(v.id, x) && !copyOf(x.version, v.id)) return false;
    if (v.id !== y.version && gives(v.id, y)) backsY++;
  }
  return how === 'copy' || backsY > 0;
}

/** The warning of `transpositions`: the copies giving one transposed figure (`xs`) against the source's. */
function transpositionFinding(input: RuleCheckInput, xs: readonly ClaimValue[], found: { source: ClaimValue; how: 'copy' | 'same-time' }): Finding {
  const { rule } = input;
  const order = rankOf(input);
  const versions = listVersions(xs.map((x) => x.version), order);
  const x = xs[0] as ClaimValue;
  const y = found.source;
  const relation = found.how === 'copy' ? `${y.version}, which ${versions.length === 1 ? 'it copies or rewrites' : 'they copy or rewrite'},` : `${y.version}, of the same time,`;
  const also = input.versions
    .filter((v) => v.id !== y.version && !versions.includes(v.id))
    .map((v) => (input.values.get(v.id) ?? []).find((w) => comparable(w) && w.role !== 'background' && w.role !== 'part' && compatibleKeys(rule.kind, w.key, y.key)))
    .filter((w): w is ClaimValue => w !== undefined);
  const alsoIds = listVersions(also.map((w) => w.version), order);
  return {
    rule: rule.id,
    type: 'contradiction',
    // two copies of one time must agree, as the scalar comparison holds them (the rule's severity);
    // a rewrite's slip against its source is a likely error, a warning
    severity: found.how === 'same-time' ? rule.severity : capSeverity(rule.severity, 'warning'),
    subject: rule.label,
    versions,
    message:
      `${rule.label}: ${joinIds(versions)} say${versions.length === 1 ? 's' : ''} ${displayValue(x)}, but ${relation} says ${displayValue(y)}: ` +
      `the digits look transposed (${comparedFigure(y)} and ${comparedFigure(x)})` +
      (alsoIds.length > 0 ? `; ${joinIds(alsoIds)} also give${alsoIds.length === 1 ? 's' : ''} ${displayValue(y)}` : ''),
    actual: displayValue(x),
    expected: displayValue(y),
    evidence: [...xs.map((z) => evidenceOf(z, input.paths.get(z.version))), evidenceOf(y, input.paths.get(y.version)), ...firstPerVersion(also).map((w) => evidenceOf(w, input.paths.get(w.version)))],
  };
}
