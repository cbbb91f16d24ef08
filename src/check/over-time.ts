import { compareFigures } from '../read/decimal.js';
import type { ClaimValue, Finding } from '../types.js';
import { compatibleKeys } from './compatible.js';
import { capSeverity, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { counterpartConflicts, counterpartConflictsShared, counterpartMemo, firstPerVersion, keysOf, losesTo } from './counterpart.js';
import { displayValue, evidenceOf } from './evidence.js';
import { boundsAgree } from '../kinds/hedges.js';
import { statesDownwardRevision } from './revision.js';

/** How far under an earlier exact figure a lower bound may be and still restate it (10%). */
const RESTATE_SLACK = 0.1;

/**
 * Tolls and counts that move over time. Each version is compared with the best figure
 * reported before it: higher is an update; lower is stale when an earlier version
 * already gave that lower figure, else a contradiction. A changed figure in a sentence
 * whose earlier counterpart says more is caught even when the version repeats the best
 * figure elsewhere. Versions of the same time must agree.
 */
export function overTime(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const up = rule.overTime === 'non-decreasing';
  const num = (x: ClaimValue): number | string => (x.high !== undefined ? x.highExact ?? x.high : x.exact ?? Number(x.value));
  const better = (a: ClaimValue, b: ClaimValue): boolean => (up ? compareFigures(num(a), num(b)) > 0 : compareFigures(num(a), num(b)) < 0);
  const best = (values: readonly ClaimValue[]): ClaimValue | undefined =>
    values.reduce<ClaimValue | undefined>((acc, x) => (acc === undefined || better(x, acc) ? x : acc), undefined);
  const rank = rankOf(input);
  const memo = counterpartMemo();
  const headline = new Map<string, ClaimValue>();
  for (const v of input.versions) {
    const h = best(certain.get(v.id) ?? []);
    if (h) headline.set(v.id, h);
  }
  const groups = new Map<number, RuleCheckInput['versions'][number][]>();
  for (const v of input.versions) {
    const list = groups.get(v.rank);
    if (list) list.push(v);
    else groups.set(v.rank, [v]);
  }
  const ranks = [...groups.keys()].sort((a, b) => a - b);
  // Keys reported before the current rank, and the best figure of earlier versions that are
  // not outliers: kept as the ranks go by, so each version is compared once, not with all before it.
  const earlierKeys = new Set<string>();
  let previousBest: ClaimValue | undefined;
  const reportedBefore = (x: ClaimValue): boolean => earlierKeys.has(x.key);
  // A raised figure that no later version repeats while several later ones keep the
  // old one is an outlier (a wrong copy), not an update that made the rest stale:
  // better than the best headline of the (two or more) later versions that have one.
  const laterBest = new Map<number, { count: number; best: ClaimValue | undefined }>();
  let after = { count: 0, best: undefined as ClaimValue | undefined };
  for (const r of [...ranks].reverse()) {
    laterBest.set(r, after);
    const hs = (groups.get(r) ?? []).map((v) => headline.get(v.id)).filter((h): h is ClaimValue => h !== undefined);
    after = { count: after.count + hs.length, best: best(after.best === undefined ? hs : [after.best, ...hs]) };
  }
  const outlierFrom = (x: ClaimValue, r: number): boolean => {
    const later = laterBest.get(r);
    return later !== undefined && later.count >= 2 && later.best !== undefined && better(x, later.best);
  };

  const findings: Finding[] = [];
  const updates: Array<{ x: ClaimValue; from: ClaimValue }> = [];
  const wrong: Array<{ x: ClaimValue; against: ClaimValue[]; note: string }> = [];
  const outliers = new Set<string>();
  for (const r of ranks) {
    const group = groups.get(r) ?? [];
    const previous = previousBest;

    // Versions of the same time: the same sentence or the headline must agree.
    // (Each value's conflicts are sorted by version once, not filtered again for every other version of its time.)
    const oneKey = new Map(group.map((w) => [w.id, keysOf(certain.get(w.id) ?? []).length === 1]));
    for (const v of group) {
      const mine = certain.get(v.id) ?? [];
      const byVersion = new Map(mine.map((x) => [x, conflictsByVersion(counterpartConflictsShared(input, certain, x, memo))]));
      for (const w of group) {
        if (w.id === v.id) continue;
        const theirs = certain.get(w.id) ?? [];
        const oneEach = oneKey.get(v.id) === true && oneKey.get(w.id) === true;
        for (const x of mine) {
          let conflicts = byVersion.get(x)?.get(w.id) ?? [];
          // Two versions that each give one figure, in sentences worded differently.
          if (conflicts.length === 0 && oneEach && !compatibleKeys(input.rule.kind, x.key, (theirs[0] as ClaimValue).key)) {
            conflicts = [theirs[0] as ClaimValue];
          }
          if (conflicts.length > 0 && !previous && losesTo(x, conflicts[0] as ClaimValue, input, certain, rank, memo)) {
            wrong.push({ x, against: conflicts, note: 'a version of the same time says' });
            outliers.add(v.id); // a wrong copy is no base for later updates
          }
        }
      }
    }

    const revised: ClaimValue[] = [];
    if (previous) {
      const raised: ClaimValue[] = [];
      for (const v of group) {
        const h = headline.get(v.id);
        if (!h) continue;
        if (better(h, previous)) {
          if (outlierFrom(h, r)) {
            outliers.add(v.id);
            wrong.push({ x: h, against: [previous], note: 'the versions before and after it say' });
          } else {
            raised.push(h);
          }
          continue;
        }
        if (better(previous, h)) {
          if (restates(h, previous)) continue;
          if (up && statesDownwardRevision(h.sentence)) revised.push(h);
          else if (reportedBefore(h)) findings.push(change('stale', h, previous));
          else wrong.push({ x: h, against: [previous], note: 'the earlier version says' });
          continue;
        }
        // Same best figure: a sentence that now says less than its earlier counterpart.
        for (const x of certain.get(v.id) ?? []) {
          if (x === h || reportedBefore(x)) continue;
          const earlier = counterpartConflicts(input, certain, x, memo).filter((y) => (rank.get(y.version) ?? 0) < r && better(y, x));
          if (earlier.length > 0) wrong.push({ x, against: earlier, note: 'the same sentence in an earlier version says' });
        }
      }
      // Versions of the same time that raised it to different figures ("71" and "72" on the
      // same day) disagree with each other: the side with less support is a contradiction.
      for (const h of raised) {
        const rivals = raised.filter((y) => y !== h && !compatibleKeys(rule.kind, h.key, y.key));
        const beaten = rivals.filter((y) => losesTo(h, y, input, certain, rank, memo));
        if (beaten.length > 0) {
          wrong.push({ x: h, against: beaten, note: 'a version of the same time says' });
          outliers.add(h.version);
        } else {
          updates.push({ x: h, from: previous });
        }
      }
    }
    for (const v of group) {
      for (const y of certain.get(v.id) ?? []) {
        earlierKeys.add(y.key);
        if (!outliers.has(v.id) && (previousBest === undefined || better(y, previousBest))) previousBest = y;
      }
    }
    // A toll lowered on purpose is an update, and the corrected figure the base from now on.
    const correction = best(revised);
    if (correction && previous) {
      updates.push({ x: correction, from: previous });
      previousBest = correction;
      // A copy of the same time that still gives the figure the correction replaced disagrees with it.
      for (const v of group) {
        const h = headline.get(v.id);
        if (h && !revised.includes(h) && compatibleKeys(rule.kind, h.key, previous.key)) {
          wrong.push({ x: h, against: [correction], note: 'a version of the same time says' });
        }
      }
    }
  }
  findings.push(...groupUpdates(updates));
  const at = (f: Finding): number => rank.get(f.versions[0] ?? '') ?? 0;
  findings.sort((a, b) => at(a) - at(b)); // in time order (the sort is stable)
  findings.push(...groupWrong(input, wrong));
  return findings;

  /** Versions of the same time that raised the figure to the same value: one update naming them all. */
  function groupUpdates(list: ReadonlyArray<{ x: ClaimValue; from: ClaimValue }>): Finding[] {
    const groups = new Map<string, Array<{ x: ClaimValue; from: ClaimValue }>>();
    for (const u of list) {
      const k = `${rank.get(u.x.version) ?? 0}\u0001${u.x.key}`;
      groups.set(k, [...(groups.get(k) ?? []), u]);
    }
    return [...groups.values()].map((items) => {
      const first = items[0] as { x: ClaimValue; from: ClaimValue };
      const f = change('update', first.x, first.from);
      if (items.length === 1) return f;
      const versions = items.map((i) => i.x.version);
      return {
        ...f,
        versions,
        message: `${rule.label} ${moved(first.x, first.from)} from ${displayValue(first.from)} (${first.from.version}) to ${displayValue(first.x)} (${joinIds(versions)})`,
        evidence: [...items.map((i) => evidenceOf(i.x, input.paths.get(i.x.version))), evidenceOf(first.from, input.paths.get(first.from.version))],
      };
    });
  }

  /**
   * A lower bound close under an earlier exact figure it allows ("More than 1,100 people had
   * been treated" after "1,150 people"): a rounder statement of the same figure, another
   * outlet's wording, not a lower count.
   */
  function restates(x: ClaimValue, earlier: ClaimValue): boolean {
    if (!up || (x.qualifier !== 'more-than' && x.qualifier !== 'at-least') || !boundsAgree(x, earlier)) return false;
    return Number(x.value) >= Number(earlier.value) * (1 - RESTATE_SLACK);
  }

  /** How a figure moved: with the rule's direction, or (a toll lowered on purpose) revised down. */
  function moved(x: ClaimValue, from: ClaimValue): string {
    if (!up) return 'fell';
    return compareFigures(num(x), num(from)) > 0 ? 'rose' : 'was revised down';
  }

  function change(type: 'update' | 'stale', x: ClaimValue, from: ClaimValue): Finding {
    const message =
      type === 'update'
        ? `${rule.label} ${moved(x, from)} from ${displayValue(from)} (${from.version}) to ${displayValue(x)} (${x.version})`
        : `${rule.label}: ${x.version} still says ${displayValue(x)}, but the earlier ${from.version} already said ${displayValue(from)}`;
    return {
      rule: rule.id,
      type,
      severity: type === 'update' ? 'info' : capSeverity(rule.severity, 'warning'),
      subject: rule.label,
      versions: [x.version],
      message,
      actual: displayValue(x),
      expected: displayValue(from),
      evidence: [evidenceOf(x, input.paths.get(x.version)), evidenceOf(from, input.paths.get(from.version))],
    };
  }
}

/** Conflicts by version, worked out once per shared conflict list. */
const sortedConflicts = new WeakMap<readonly ClaimValue[], Map<string, ClaimValue[]>>();

function conflictsByVersion(conflicts: readonly ClaimValue[]): Map<string, ClaimValue[]> {
  const known = sortedConflicts.get(conflicts);
  if (known) return known;
  const out = new Map<string, ClaimValue[]>();
  sortedConflicts.set(conflicts, out);
  for (const y of conflicts) {
    const list = out.get(y.version);
    if (list) list.push(y);
    else out.set(y.version, [y]);
  }
  return out;
}

/** One contradiction per wrong figure, naming every version that gives it. */
function groupWrong(input: RuleCheckInput, wrong: ReadonlyArray<{ x: ClaimValue; against: ClaimValue[]; note: string }>): Finding[] {
  const { rule } = input;
  const order = rankOf(input);
  const byKey = new Map<string, Array<{ x: ClaimValue; against: ClaimValue[]; note: string }>>();
  for (const w of wrong) {
    const list = byKey.get(w.x.key);
    if (list) list.push(w);
    else byKey.set(w.x.key, [w]);
  }
  return [...byKey.values()].map((items) => {
    const first = items[0] as { x: ClaimValue; against: ClaimValue[]; note: string };
    const values = firstPerVersion(items.map((i) => i.x));
    const against = firstPerVersion(items.flatMap((i) => i.against));
    const versions = listVersions(values.map((x) => x.version), order);
    const actual = displayValue(first.x);
    const expected = displayValue(first.against[0] as ClaimValue);
    return {
      rule: rule.id,
      type: 'contradiction' as const,
      severity: rule.severity,
      subject: rule.label,
      versions,
      message: `${rule.label}: ${joinIds(versions)} says ${actual}; ${first.note} ${expected} (${joinIds(listVersions(against.map((x) => x.version), order))})`,
      actual,
      expected,
      evidence: [...values, ...against].map((x) => evidenceOf(x, input.paths.get(x.version))),
    };
  });
}
