import { kindOf } from '../kinds/index.js';
import type { ClaimValue, Finding, Qualifier } from '../types.js';
import { capSeverity, idsSay, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { displayValue, evidenceOf } from './evidence.js';

/**
 * Qualifiers that say the same thing about a number fall in one class:
 * "around 30" ~ "approximately 30" ~ "some 30"; "at least 12" ~ "more than 12"
 * are both lower bounds but not the same claim, so they stay apart.
 */
export type QualifierClass = 'exact' | 'about' | 'nearly' | 'lower' | 'upper' | 'vague' | 'range';

export function qualifierClass(q: Qualifier | null): QualifierClass {
  switch (q) {
    case null:
      return 'exact';
    case 'about':
      return 'about';
    case 'nearly':
      return 'nearly';
    case 'at-least':
    case 'more-than':
      return 'lower';
    case 'at-most':
    case 'fewer-than':
      return 'upper';
    case 'several':
      return 'vague';
    case 'range':
      return 'range';
  }
}

/**
 * "about a dozen" against "12", "About 58,000 people were evacuated" against "58,000 people":
 * a round figure (a number word such as "a dozen", or a count of whole hundreds) is a hedge of
 * its own, so hedging it again says the same figure; no finding at all. ("about 640" against
 * "640" still hedges a count: a minor change, see `isMinorQualifierChange`.)
 */
export function isSameFigure(a: ClaimValue, b: ClaimValue): boolean {
  const ca = qualifierClass(a.qualifier);
  const cb = qualifierClass(b.qualifier);
  const soft = (c: QualifierClass): boolean => c === 'exact' || c === 'about';
  return ca !== cb && soft(ca) && soft(cb) && (isRound(a) || isRound(b));
}

const ROUND_WORD = /\b(?:dozen|score)\b/i;

/**
 * A figure said round: "a dozen", "a score", or a count of a whole number of hundreds ("300",
 * "58,000"). Not a sum of money: "$32 million" is how sums are said, and "about" hedges it.
 */
function isRound(x: ClaimValue): boolean {
  if (ROUND_WORD.test(x.text)) return true;
  if (x.kind !== 'quantity') return false;
  const n = typeof x.value === 'number' ? x.value : Number(x.value);
  return x.high === undefined && Number.isInteger(n) && n >= 100 && n % 100 === 0;
}

/**
 * A change between "exact" and "about" is minor, and so are "at least 12" against "12" (both say
 * 12 are known) and "more than 650" against "some 650" (both near 650); "more than", "nearly" and
 * "up to" appearing on an exact figure or vanishing from it are not.
 */
export function isMinorQualifierChange(a: QualifierClass, b: QualifierClass, qa?: Qualifier | null, qb?: Qualifier | null): boolean {
  const soft = new Set<QualifierClass>(['exact', 'about']);
  if (soft.has(a) && soft.has(b)) return true;
  // "Some 650 people" and "More than 650 people": both round the count near 650
  if ((a === 'about' && b === 'lower') || (a === 'lower' && b === 'about')) return true;
  const atLeastVsExact = (x: QualifierClass, qx: Qualifier | null | undefined, y: QualifierClass): boolean =>
    x === 'lower' && qx === 'at-least' && y === 'exact';
  return atLeastVsExact(a, qa, b) || atLeastVsExact(b, qb, a);
}

/**
 * "More than 700 troops" against "700 troops", "more than 4,000 police officers" against "4,000": a
 * lower bound on a round figure (`isRound`) and the figure said exact are one round count, worded
 * two ways; minor. "more than 37" against "37" is not.
 */
function roundLowerBound(a: QualifierClass, b: QualifierClass, x: ClaimValue): boolean {
  return ((a === 'lower' && b === 'exact') || (a === 'exact' && b === 'lower')) && isRound(x);
}

/** Same number, different hedge: "more than three years" vs "three years". */
export function qualifierChanges(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  if (!kindOf(input.rule.kind).qualifiers) return [];
  const hedgedStatement = hedgedStatements(input);
  if (oneQualifierClass(input, certain, hedgedStatement)) return [];
  const order = rankOf(input);
  const byKey = new Map<string, Map<string, ClaimValue>>();
  for (const v of input.versions) {
    for (const x of certain.get(v.id) ?? []) {
      const perVersion = byKey.get(x.key) ?? new Map<string, ClaimValue>();
      if (!perVersion.has(v.id)) perVersion.set(v.id, hedgedStatement(x));
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
    const majority = [...classes.entries()].sort(
      (a, b) => b[1].length - a[1].length || (order.get(a[1][0]?.version ?? '') ?? 0) - (order.get(b[1][0]?.version ?? '') ?? 0),
    )[0] as [QualifierClass, ClaimValue[]];
    for (const [cls, all] of classes) {
      if (cls === majority[0]) continue;
      const finding = qualifierChange(input, order, cls, all, majority);
      if (finding !== null) findings.push(finding);
    }
  }
  return findings;
}

/** The finding for the values of one qualifier class `cls` against the majority's class, or null when none of them changed anything. */
function qualifierChange(
  input: RuleCheckInput,
  order: ReturnType<typeof rankOf>,
  cls: QualifierClass,
  all: readonly ClaimValue[],
  [majorityClass, majority]: readonly [QualifierClass, ClaimValue[]],
): Finding | null {
  const { rule } = input;
  // A headline line drops the qualifier its own lede keeps ("31 dead" over "At least 31
  // people died"): a version that also states the majority's qualifier changed nothing.
  // "about a dozen" and "12" say the same figure.
  const values = all.filter(
    (x) =>
      !(input.values.get(x.version) ?? []).some((y) => y.key === x.key && qualifierClass(y.qualifier) === majorityClass) &&
      !majority.some((y) => isSameFigure(x, y)),
  );
  if (values.length === 0) return null;
  const versions = listVersions(values.map((x) => x.version), order);
  const first = values[0] as ClaimValue;
  const reference = majority[0] as ClaimValue;
  return {
    rule: rule.id,
    type: 'qualifier-change',
    severity: isMinorQualifierChange(cls, majorityClass, first.qualifier, reference.qualifier) || roundLowerBound(cls, majorityClass, first) ? 'info' : capSeverity(rule.severity, 'warning'),
    subject: rule.label,
    versions,
    message: `${rule.label}: ${idsSay(versions)} "${first.text}" (${displayValue(first)}); ${idsSay(listVersions(majority.map((x) => x.version), order))} "${reference.text}" (${displayValue(reference)})`,
    actual: displayValue(first),
    expected: displayValue(reference),
    evidence: [...values.map((x) => evidenceOf(x, input.paths.get(x.version))), ...majority.map((x) => evidenceOf(x, input.paths.get(x.version)))],
  };
}

/**
 * The statement of a figure that stands for its version: the value itself, or, when it has no
 * hedge and the version hedges the same figure elsewhere, that hedged statement (the first). A
 * headline line drops the hedge its lede keeps ("death toll rises to 22" over "rose overnight to
 * at least 22"): the version says "at least 22", and a copy that says "killed 22" changed that.
 * Parts and background figures are other statements, not this one. Each version's hedged figures
 * are found in one pass over its values, when first asked for.
 */
function hedgedStatements(input: RuleCheckInput): (x: ClaimValue) => ClaimValue {
  const byVersion = new Map<string, ReadonlyMap<string, ClaimValue>>();
  return (x) => {
    if (x.qualifier !== null) return x;
    let hedged = byVersion.get(x.version);
    if (hedged === undefined) byVersion.set(x.version, (hedged = hedgedByKey(input.values.get(x.version) ?? [])));
    return hedged.get(x.key) ?? x;
  };
}

/** The first hedged statement of each figure among a version's values (by key). */
function hedgedByKey(values: readonly ClaimValue[]): ReadonlyMap<string, ClaimValue> {
  const out = new Map<string, ClaimValue>();
  for (const y of values) {
    if (y.qualifier === null || y.qualifier === 'range' || y.uncertain || y.role === 'background' || y.role === 'part') continue;
    if (!out.has(y.key)) out.set(y.key, y);
  }
  return out;
}

/** Whether every compared value has one qualifier class: then no key can show a change (the usual case). */
function oneQualifierClass(input: RuleCheckInput, certain: Map<string, ClaimValue[]>, hedgedStatement: (x: ClaimValue) => ClaimValue): boolean {
  let first: QualifierClass | undefined;
  for (const v of input.versions) {
    for (const x of certain.get(v.id) ?? []) {
      const c = qualifierClass(hedgedStatement(x).qualifier);
      if (first === undefined) first = c;
      else if (c !== first) return false;
    }
  }
  return true;
}
