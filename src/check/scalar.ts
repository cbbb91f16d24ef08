import type { ClaimValue, Finding } from '../types.js';
import { compatibleKeys, matchesExpected } from './compatible.js';
import { capSeverity, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { displayKey, displayValue, evidenceOf } from './evidence.js';
import { isMinorQualifierChange, qualifierClass, type QualifierClass } from './qualifier.js';

/** A counterpart sentence must share this much of its content words. */
const COUNTERPART_SIMILARITY = 0.5;

/**
 * Checks a single-valued claim (a toll, a count, a date): contradictions,
 * updates and stale figures over time, qualifier changes, omissions.
 */
export function checkScalar(input: RuleCheckInput): Finding[] {
  const findings: Finding[] = [];
  const certain = new Map<string, ClaimValue[]>();
  for (const v of input.versions) {
    certain.set(v.id, (input.values.get(v.id) ?? []).filter((x) => !x.uncertain));
  }
  const holders = input.versions.filter((v) => (certain.get(v.id) ?? []).length > 0);
  if (holders.length === 0 && input.rule.expect.length === 0) return [];

  const numericOverTime =
    input.rule.kind === 'quantity' &&
    (input.rule.overTime === 'non-decreasing' || input.rule.overTime === 'non-increasing');

  if (numericOverTime) findings.push(...overTime(input, certain));
  else findings.push(...contradictions(input, certain));
  findings.push(...qualifierChanges(input, certain));
  findings.push(...omissions(input, certain));
  findings.push(...unreadable(input, certain));
  return findings;
}

function keysOf(values: readonly ClaimValue[]): string[] {
  return [...new Set(values.map((v) => v.key))];
}

/** The value most versions agree on (or the rule's pinned value). */
function consensus(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): ((key: string) => boolean) | null {
  const kind = input.rule.kind;
  if (input.rule.expect.length > 0) return (key) => matchesExpected(kind, key, input.rule.expect);
  const support = new Map<string, { count: number; firstRank: number }>();
  for (const v of input.versions) {
    for (const key of keysOf(certain.get(v.id) ?? [])) {
      const s = support.get(key) ?? { count: 0, firstRank: v.rank };
      s.count++;
      support.set(key, s);
    }
  }
  let best: string | null = null;
  let bestScore: { count: number; firstRank: number } | null = null;
  for (const [key, s] of support) {
    if (
      bestScore === null ||
      s.count > bestScore.count ||
      (s.count === bestScore.count && (s.firstRank < bestScore.firstRank || (s.firstRank === bestScore.firstRank && key < (best ?? ''))))
    ) {
      best = key;
      bestScore = s;
    }
  }
  if (best === null) return null;
  const chosen = best;
  return (key) => compatibleKeys(kind, key, chosen);
}

function contradictions(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const isConsensus = consensus(input, certain);
  if (!isConsensus) return [];
  const order = rankOf(input);
  const pinned = rule.expect.length > 0;
  // "The version disagrees as a whole" only makes sense for a claim that is one fact
  // per version (a toll, a coalition size); generic rules that collect many figures
  // (every "N people") compare sentence by sentence only.
  const singleValued = input.versions.every((v) => keysOf(certain.get(v.id) ?? []).length <= 1);

  // key -> conflicting values, and what the other versions say instead
  const conflicts = new Map<string, ClaimValue[]>();
  const instead = new Map<string, ClaimValue[]>();
  for (const v of input.versions) {
    const mine = certain.get(v.id) ?? [];
    if (mine.length === 0) continue;
    const agrees = mine.some((x) => isConsensus(x.key));
    const othersHaveConsensus =
      pinned || input.versions.some((w) => w.id !== v.id && (certain.get(w.id) ?? []).some((x) => isConsensus(x.key)));
    for (const value of mine) {
      if (isConsensus(value.key)) continue;
      const wholeDisagreement = (singleValued || pinned) && !agrees && othersHaveConsensus;
      // Of two sentences that disagree, only the side fewer versions support (on a tie, the later) is wrong.
      const counterparts = wholeDisagreement
        ? []
        : counterpartConflicts(input, certain, value).filter((y) => losesTo(value, y, input, certain, order));
      if (wholeDisagreement || counterparts.length > 0) {
        conflicts.set(value.key, [...(conflicts.get(value.key) ?? []), value]);
        instead.set(value.key, [...(instead.get(value.key) ?? []), ...counterparts]);
      }
    }
  }

  const findings: Finding[] = [];
  for (const [key, values] of conflicts) {
    const versions = listVersions(
      values.map((x) => x.version),
      order,
    );
    const counterparts = instead.get(key) ?? [];
    const agreeing =
      counterparts.length > 0 && !pinned
        ? counterparts
        : input.versions
            .map((w) => (certain.get(w.id) ?? []).find((x) => isConsensus(x.key)))
            .filter((x): x is ClaimValue => x !== undefined);
    const actual = displayKey(values);
    const expected = pinned ? rule.expect.map(String).join(' or ') : displayKey(agreeing);
    const who = [...new Set(agreeing.map((x) => x.version))];
    const message = pinned
      ? `${rule.label}: ${joinIds(versions)} says ${actual}; the rule expects ${expected}`
      : `${rule.label}: ${joinIds(versions)} says ${actual}; ${joinIds(listVersions(who, order))} say${who.length === 1 ? 's' : ''} ${expected}`;
    findings.push({
      rule: rule.id,
      type: 'contradiction',
      severity: rule.severity,
      subject: rule.label,
      versions,
      message,
      actual,
      expected,
      evidence: [
        ...firstPerVersion(values).map((x) => evidenceOf(x, input.paths.get(x.version))),
        ...firstPerVersion(agreeing).map((x) => evidenceOf(x, input.paths.get(x.version))),
      ],
    });
  }
  return findings;
}

/**
 * The values that contradict `value` in the matching sentence of another version:
 * a sentence similar to this one that carries values of the rule, none equal to it.
 */
function counterpartConflicts(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  value: ClaimValue,
): ClaimValue[] {
  const kind = input.rule.kind;
  const conflicting: ClaimValue[] = [];
  for (const w of input.versions) {
    if (w.id === value.version) continue;
    const similar = (certain.get(w.id) ?? []).filter(
      (other) => input.similarity(other.sentence, value.sentence) >= COUNTERPART_SIMILARITY,
    );
    if (similar.length === 0) continue;
    if (similar.some((other) => compatibleKeys(kind, other.key, value.key))) continue;
    // The matching sentence has the same number of values of this rule: compare them in order.
    const own = (certain.get(value.version) ?? []).filter((x) => x.sentence === value.sentence);
    const sentence = similar[0]?.sentence;
    const theirs = similar.filter((x) => x.sentence === sentence);
    const index = own.indexOf(value);
    const counterpart = own.length === theirs.length ? theirs[index] : theirs[0];
    if (counterpart) conflicting.push(counterpart);
  }
  return conflicting;
}

/**
 * Tolls and counts that move over time. Each version is compared with the best figure
 * reported before it: higher is an update; lower is stale when an earlier version
 * already gave that lower figure, else a contradiction. A changed figure in a sentence
 * whose earlier counterpart says more is caught even when the version repeats the best
 * figure elsewhere. Versions of the same time must agree.
 */
function overTime(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const up = rule.overTime === 'non-decreasing';
  const num = (x: ClaimValue): number => Number(x.high ?? x.value);
  const better = (a: ClaimValue, b: ClaimValue): boolean => (up ? num(a) > num(b) : num(a) < num(b));
  const best = (values: readonly ClaimValue[]): ClaimValue | undefined =>
    values.reduce<ClaimValue | undefined>((acc, x) => (acc === undefined || better(x, acc) ? x : acc), undefined);
  const rank = rankOf(input);
  const headline = new Map<string, ClaimValue>();
  for (const v of input.versions) {
    const h = best(certain.get(v.id) ?? []);
    if (h) headline.set(v.id, h);
  }
  const earlierThan = (r: number): ClaimValue[] =>
    input.versions.filter((w) => w.rank < r).flatMap((w) => certain.get(w.id) ?? []);
  const reportedBefore = (x: ClaimValue, r: number): boolean => earlierThan(r).some((y) => y.key === x.key);

  // A raised figure that no later version repeats while several later ones keep the
  // old one is an outlier (a wrong copy), not an update that made the rest stale.
  const isOutlier = (x: ClaimValue, r: number): boolean => {
    const later = input.versions.filter((w) => w.rank > r && headline.has(w.id));
    return later.length >= 2 && later.every((w) => better(x, headline.get(w.id) as ClaimValue));
  };

  const findings: Finding[] = [];
  const wrong: Array<{ x: ClaimValue; against: ClaimValue[]; note: string }> = [];
  const outliers = new Set<string>();
  const ranks = [...new Set(input.versions.map((v) => v.rank))].sort((a, b) => a - b);
  for (const r of ranks) {
    const group = input.versions.filter((v) => v.rank === r);
    const previous = best(earlierThan(r).filter((y) => !outliers.has(y.version)));

    // Versions of the same time: the same sentence or the headline must agree.
    for (const v of group) {
      const mine = certain.get(v.id) ?? [];
      for (const w of group) {
        if (w.id === v.id) continue;
        const theirs = certain.get(w.id) ?? [];
        const oneEach = keysOf(mine).length === 1 && keysOf(theirs).length === 1;
        for (const x of mine) {
          let conflicts = counterpartConflicts(input, certain, x).filter((y) => y.version === w.id);
          // Two versions that each give one figure, in sentences worded differently.
          if (conflicts.length === 0 && oneEach && !compatibleKeys(input.rule.kind, x.key, (theirs[0] as ClaimValue).key)) {
            conflicts = [theirs[0] as ClaimValue];
          }
          if (conflicts.length > 0 && !previous && losesTo(x, conflicts[0] as ClaimValue, input, certain, rank)) {
            wrong.push({ x, against: conflicts, note: 'a version of the same time says' });
          }
        }
      }
    }

    if (!previous) continue;
    for (const v of group) {
      const h = headline.get(v.id);
      if (!h) continue;
      if (better(h, previous)) {
        if (isOutlier(h, r)) {
          outliers.add(v.id);
          wrong.push({ x: h, against: [previous], note: 'the versions before and after it say' });
        } else {
          findings.push(change('update', h, previous));
        }
        continue;
      }
      if (better(previous, h)) {
        if (reportedBefore(h, r)) findings.push(change('stale', h, previous));
        else wrong.push({ x: h, against: [previous], note: 'the earlier version says' });
        continue;
      }
      // Same best figure: a sentence that now says less than its earlier counterpart.
      for (const x of certain.get(v.id) ?? []) {
        if (x === h || reportedBefore(x, r)) continue;
        const earlier = counterpartConflicts(input, certain, x).filter((y) => (rank.get(y.version) ?? 0) < r && better(y, x));
        if (earlier.length > 0) wrong.push({ x, against: earlier, note: 'the same sentence in an earlier version says' });
      }
    }
  }
  findings.push(...groupWrong(input, wrong));
  return findings;

  function change(type: 'update' | 'stale', x: ClaimValue, from: ClaimValue): Finding {
    const message =
      type === 'update'
        ? `${rule.label} ${up ? 'rose' : 'fell'} from ${displayValue(from)} (${from.version}) to ${displayValue(x)} (${x.version})`
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

/** Of two values that disagree, the one fewer versions support (on a tie, the later one) is the wrong one. */
function losesTo(
  x: ClaimValue,
  y: ClaimValue,
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  rank: ReadonlyMap<string, number>,
): boolean {
  const support = (key: string): number =>
    input.versions.filter((v) => (certain.get(v.id) ?? []).some((z) => compatibleKeys(input.rule.kind, z.key, key))).length;
  const sx = support(x.key);
  const sy = support(y.key);
  if (sx !== sy) return sx < sy;
  const rx = rank.get(x.version) ?? 0;
  const ry = rank.get(y.version) ?? 0;
  return rx !== ry ? rx > ry : x.version > y.version;
}

/** One contradiction per wrong figure, naming every version that gives it. */
function groupWrong(input: RuleCheckInput, wrong: ReadonlyArray<{ x: ClaimValue; against: ClaimValue[]; note: string }>): Finding[] {
  const { rule } = input;
  const order = rankOf(input);
  const byKey = new Map<string, Array<{ x: ClaimValue; against: ClaimValue[]; note: string }>>();
  for (const w of wrong) byKey.set(w.x.key, [...(byKey.get(w.x.key) ?? []), w]);
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

/** Same number, different hedge: "more than three years" vs "three years". */
function qualifierChanges(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  if (rule.kind !== 'quantity') return [];
  const order = rankOf(input);
  const byKey = new Map<string, Map<string, ClaimValue>>();
  for (const v of input.versions) {
    for (const x of certain.get(v.id) ?? []) {
      const perVersion = byKey.get(x.key) ?? new Map<string, ClaimValue>();
      if (!perVersion.has(v.id)) perVersion.set(v.id, x);
      byKey.set(x.key, perVersion);
    }
  }
  const findings: Finding[] = [];
  for (const perVersion of byKey.values()) {
    if (perVersion.size < 2) continue;
    const classes = new Map<QualifierClass, ClaimValue[]>();
    for (const x of perVersion.values()) {
      const c = qualifierClass(x.qualifier);
      classes.set(c, [...(classes.get(c) ?? []), x]);
    }
    if (classes.size < 2) continue;
    const [majorityClass, majority] = [...classes.entries()].sort(
      (a, b) => b[1].length - a[1].length || (order.get(a[1][0]?.version ?? '') ?? 0) - (order.get(b[1][0]?.version ?? '') ?? 0),
    )[0] as [QualifierClass, ClaimValue[]];
    for (const [cls, values] of classes) {
      if (cls === majorityClass) continue;
      const versions = listVersions(
        values.map((x) => x.version),
        order,
      );
      const first = values[0] as ClaimValue;
      const reference = majority[0] as ClaimValue;
      findings.push({
        rule: rule.id,
        type: 'qualifier-change',
        severity: isMinorQualifierChange(cls, majorityClass) ? 'info' : capSeverity(rule.severity, 'warning'),
        subject: rule.label,
        versions,
        message: `${rule.label}: ${joinIds(versions)} says "${first.text}" (${displayValue(first)}); ${joinIds(listVersions(majority.map((x) => x.version), order))} say "${reference.text}" (${displayValue(reference)})`,
        actual: displayValue(first),
        expected: displayValue(reference),
        evidence: [
          ...values.map((x) => evidenceOf(x, input.paths.get(x.version))),
          ...majority.map((x) => evidenceOf(x, input.paths.get(x.version))),
        ],
      });
    }
  }
  return findings;
}

/** A version that carries no value at all while others do. */
function omissions(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const order = rankOf(input);
  const holders = input.versions.filter((v) => (certain.get(v.id) ?? []).length > 0);
  if (holders.length === 0) return [];
  // A claim that is one fact per version is omitted when a version has no value at all;
  // for rules that collect many figures, only when the version keeps a sentence that
  // carries the figure elsewhere but lost the figure.
  const singleValued = holders.every((h) => keysOf(certain.get(h.id) ?? []).length === 1) || rule.expect.length > 0;
  const omitted: string[] = [];
  const notYet: string[] = [];
  for (const v of input.versions) {
    if ((input.values.get(v.id) ?? []).length > 0) continue;
    if (!singleValued && !keepsCounterpart(input, certain, holders, v.id)) continue;
    if (holders.some((h) => h.rank <= v.rank)) omitted.push(v.id);
    else notYet.push(v.id);
  }
  const evidence = holders.map((h) => evidenceOf((certain.get(h.id) ?? [])[0] as ClaimValue, input.paths.get(h.id)));
  const heldBy = joinIds(listVersions(holders.map((h) => h.id), order));
  const findings: Finding[] = [];
  if (omitted.length > 0) {
    findings.push({
      rule: rule.id,
      type: 'omission',
      severity: capSeverity(rule.severity, 'warning'),
      subject: rule.label,
      versions: omitted,
      message: `${rule.label}: ${joinIds(omitted)} give${omitted.length === 1 ? 's' : ''} no value; ${heldBy} report${holders.length === 1 ? 's' : ''} it`,
      evidence,
    });
  }
  if (notYet.length > 0) {
    findings.push({
      rule: rule.id,
      type: 'not-yet-reported',
      severity: 'info',
      subject: rule.label,
      versions: notYet,
      message: `${rule.label}: not yet in ${joinIds(notYet)}, first reported by later versions (${heldBy})`,
      evidence,
    });
  }
  return findings;
}

/** Values read from text that was guessed during repair, and that differ from the rest. */
function unreadable(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const findings: Finding[] = [];
  for (const v of input.versions) {
    for (const x of input.values.get(v.id) ?? []) {
      if (!x.uncertain) continue;
      const agrees = input.versions.some((w) => (certain.get(w.id) ?? []).some((y) => compatibleKeys(rule.kind, y.key, x.key)));
      if (agrees) continue;
      findings.push({
        rule: rule.id,
        type: 'unreadable',
        severity: 'info',
        subject: rule.label,
        versions: [v.id],
        message: `${rule.label}: ${v.id} has ${displayValue(x)} in text that was damaged and repaired by guesswork; not compared`,
        actual: displayValue(x),
        evidence: [evidenceOf(x, input.paths.get(v.id))],
      });
    }
  }
  return findings;
}

function firstPerVersion(values: readonly ClaimValue[]): ClaimValue[] {
  const seen = new Set<string>();
  return values.filter((x) => (seen.has(x.version) ? false : (seen.add(x.version), true)));
}

function keepsCounterpart(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  holders: readonly { id: string }[],
  version: string,
): boolean {
  const sentences = input.sentencesOf?.(version) ?? [];
  return holders.some((h) =>
    (certain.get(h.id) ?? []).some((x) => sentences.some((s) => input.similarity(s, x.sentence) >= COUNTERPART_SIMILARITY)),
  );
}
