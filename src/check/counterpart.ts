import type { ClaimValue } from '../types.js';
import { compatibleKeys } from './compatible.js';
import type { RuleCheckInput } from './context.js';

/** A counterpart sentence must share this much of its content words. */
const COUNTERPART_SIMILARITY = 0.5;

export function keysOf(values: readonly ClaimValue[]): string[] {
  return [...new Set(values.map((v) => v.key))];
}

export function firstPerVersion(values: readonly ClaimValue[]): ClaimValue[] {
  const seen = new Set<string>();
  return values.filter((x) => (seen.has(x.version) ? false : (seen.add(x.version), true)));
}

/**
 * The values that contradict `value` in the matching sentence of another version:
 * a sentence similar to this one that carries values of the rule, none equal to it.
 */
export function counterpartConflicts(
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
    const own = (certain.get(value.version) ?? []).filter((x) => x.sentence === value.sentence);
    const sentence = similar[0]?.sentence;
    const theirs = similar.filter((x) => x.sentence === sentence);
    const counterpart = partnerOf(value, own, theirs);
    if (counterpart) conflicting.push(counterpart);
  }
  return conflicting;
}

/** What a value is about in its sentence: its unit and, for a part, its place. */
const contextKey = (x: ClaimValue): string => `${x.unit ?? ''}\u0001${x.place ?? ''}\u0001${x.role ?? ''}`;

/**
 * The value of the matching sentence that `value` should be compared with: the one with the
 * same unit, place and role ("17 in Kelmar" with "19 in Kelmar", not with "6 in Dorsk"); when
 * several share them, the one at the same position among them. A value with no partner is
 * no conflict.
 */
function partnerOf(value: ClaimValue, own: readonly ClaimValue[], theirs: readonly ClaimValue[]): ClaimValue | undefined {
  const key = contextKey(value);
  const mine = own.filter((x) => contextKey(x) === key);
  const candidates = theirs.filter((x) => contextKey(x) === key);
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  return mine.length === candidates.length ? candidates[mine.indexOf(value)] : undefined;
}

/** Of two values that disagree, the one fewer versions support (on a tie, the later one) is the wrong one. */
export function losesTo(
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

export function keepsCounterpart(
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
