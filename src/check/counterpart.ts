import type { ClaimValue } from '../types.js';
import { compatibleKeys } from './compatible.js';
import type { RuleCheckInput } from './context.js';
import { boundsAgree } from '../kinds/hedges.js';

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
 * Work shared by the comparisons of one rule check (one `input` and one `certain` table):
 * which values of each version sit in a sentence similar to a given one, how many versions
 * support a key, whether two keys are compatible. Without it each value was compared with
 * every sentence of every other version again, and a set of N versions cost N² similarities.
 */
export interface CounterpartMemo {
  similar: Map<string, Array<{ version: string; values: ClaimValue[] }>>;
  support: Map<string, number>;
  /** Whether two keys are compatible, by first key then second (no key string built per question). */
  compatible: Map<string, Map<string, boolean>>;
  conflicts: Map<string, ClaimValue[]>;
  /** A version's values grouped by sentence (first occurrence first), keyed by the version's value list. */
  bySentence: Map<readonly ClaimValue[], SentenceGroups>;
  /** The shared conflicts of each value asked about (the checks ask about a value more than once). */
  ofValue: Map<ClaimValue, readonly ClaimValue[]>;
  /** Distinct sentences numbered, to key `conflicts` without the sentence's text. */
  sentenceNo: Map<string, number>;
  /** The keys and contexts of a sentence's values, written once per group (part of the `conflicts` key). */
  groupKey: Map<readonly ClaimValue[], string>;
}

export function counterpartMemo(): CounterpartMemo {
  return { similar: new Map(), support: new Map(), compatible: new Map(), conflicts: new Map(), bySentence: new Map(), ofValue: new Map(), sentenceNo: new Map(), groupKey: new Map() };
}

/** The values of a list grouped by their sentence. */
interface SentenceGroups {
  /** Each group in list order, groups in order of first occurrence, by sentence. */
  of: Map<string, ClaimValue[]>;
  /** The same groups' sentences, in that order. */
  sentences: string[];
  /** Number of each value's group (by its place in the list): the list filtered by group without a look-up by sentence. */
  groupAt: Int32Array;
}

/**
 * The values of a list grouped by their sentence, each group in list order: a value's
 * sentence-mates are looked up instead of filtered out of the list again for every value.
 */
function valuesBySentence(memo: CounterpartMemo, values: readonly ClaimValue[]): SentenceGroups {
  let groups = memo.bySentence.get(values);
  if (!groups) {
    groups = { of: new Map(), sentences: [], groupAt: new Int32Array(values.length) };
    const numbers = new Map<string, number>();
    values.forEach((x, at) => {
      const g = groups as SentenceGroups;
      const list = g.of.get(x.sentence);
      if (list) list.push(x);
      else {
        g.of.set(x.sentence, [x]);
        numbers.set(x.sentence, g.sentences.length);
        g.sentences.push(x.sentence);
      }
      g.groupAt[at] = numbers.get(x.sentence) as number;
    });
    memo.bySentence.set(values, groups);
  }
  return groups;
}

/**
 * A hedged figure agrees with an exact one its hedge allows ("more than 40 countries", "44
 * countries") for a figure that is not expected to move; for a toll, "at least 9" then "15"
 * is a change, judged by time order.
 */
export function hedgeAgrees(input: RuleCheckInput, a: ClaimValue, b: ClaimValue): boolean {
  const moving = input.rule.overTime !== null && input.rule.overTime !== 'fixed';
  return !moving && boundsAgree(a, b);
}

function compatibleMemo(input: RuleCheckInput, memo: CounterpartMemo, a: string, b: string): boolean {
  let row = memo.compatible.get(a);
  if (!row) memo.compatible.set(a, (row = new Map()));
  let ok = row.get(b);
  if (ok === undefined) {
    ok = compatibleKeys(input.rule.kind, a, b);
    row.set(b, ok);
  }
  return ok;
}

/** Per version (in input order), its values in sentences similar to `sentence`; versions with none left out. */
function similarValues(input: RuleCheckInput, certain: Map<string, ClaimValue[]>, memo: CounterpartMemo, sentence: string): Array<{ version: string; values: ClaimValue[] }> {
  let list = memo.similar.get(sentence);
  if (!list) {
    list = [];
    for (const w of input.versions) {
      const values = similarIn(input, memo, certain.get(w.id) ?? [], sentence);
      if (values.length > 0) list.push({ version: w.id, values });
    }
    memo.similar.set(sentence, list);
  }
  return list;
}

/**
 * The values of one version's list whose sentence is similar to `sentence`, in list order
 * (one similarity per distinct sentence; may be a shared group: do not modify it).
 */
function similarIn(input: RuleCheckInput, memo: CounterpartMemo, values: readonly ClaimValue[], sentence: string): ClaimValue[] {
  const groups = valuesBySentence(memo, values);
  let passing: string | undefined;
  let first = -1;
  const count = groups.sentences.length;
  for (let g = 0; g < count; g++) {
    if (input.similarity(groups.sentences[g] as string, sentence) < COUNTERPART_SIMILARITY) continue;
    if (first >= 0) return severalSimilar(input, groups, values, sentence, first, g);
    first = g;
    passing = groups.sentences[g];
  }
  // One similar sentence: its group is the filtered list.
  return passing === undefined ? [] : (groups.of.get(passing) as ClaimValue[]);
}

/**
 * The values of several similar sentences (`first` and `second` the first two groups that
 * are), in list order: each later group is compared once, and the list filtered by group.
 */
function severalSimilar(input: RuleCheckInput, groups: SentenceGroups, values: readonly ClaimValue[], sentence: string, first: number, second: number): ClaimValue[] {
  const passes = new Uint8Array(groups.sentences.length);
  passes[first] = 1;
  passes[second] = 1;
  for (let g = second + 1; g < groups.sentences.length; g++) {
    if (input.similarity(groups.sentences[g] as string, sentence) >= COUNTERPART_SIMILARITY) passes[g] = 1;
  }
  return values.filter((_, at) => passes[groups.groupAt[at] as number] === 1);
}

/**
 * The values that contradict `value` in the matching sentence of another version:
 * a sentence similar to this one that carries values of the rule, none equal to it.
 */
export function counterpartConflicts(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  value: ClaimValue,
  memo: CounterpartMemo = counterpartMemo(),
): ClaimValue[] {
  return counterpartConflictsShared(input, certain, value, memo).filter((x) => x.version !== value.version);
}

/**
 * counterpartConflicts with `value`'s own version not yet left out: one array shared by every
 * value whose version holds the same sentence with the same values (do not modify it).
 */
export function counterpartConflictsShared(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  value: ClaimValue,
  memo: CounterpartMemo = counterpartMemo(),
): readonly ClaimValue[] {
  const known = memo.ofValue.get(value);
  if (known) return known;
  const own = valuesBySentence(memo, certain.get(value.version) ?? []).of.get(value.sentence) ?? [];
  const index = own.indexOf(value);
  // Versions holding the same sentence with the same values get the same answer: worked out once.
  let sentenceNo = memo.sentenceNo.get(value.sentence);
  if (sentenceNo === undefined) memo.sentenceNo.set(value.sentence, (sentenceNo = memo.sentenceNo.size));
  let ownKey = memo.groupKey.get(own);
  if (ownKey === undefined) memo.groupKey.set(own, (ownKey = own.map((x) => `${x.key}\u0003${contextKey(x)}`).join('\u0002')));
  const k = `${sentenceNo}\u0002${value.key}\u0002${index}\u0002${ownKey}`;
  let all = memo.conflicts.get(k);
  if (!all) {
    all = [];
    for (const { values: similar } of similarValues(input, certain, memo, value.sentence)) {
      if (similar.some((other) => compatibleMemo(input, memo, other.key, value.key) || hedgeAgrees(input, other, value))) continue;
      // Compare with the value of the matching sentence that has the same context (partnerOf).
      const sentence = similar[0]?.sentence;
      const theirs = similar.filter((x) => x.sentence === sentence);
      const counterpart = partnerOf(value, own, theirs);
      if (counterpart) all.push(counterpart);
    }
    memo.conflicts.set(k, all);
  }
  memo.ofValue.set(value, all);
  return all;
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
  memo: CounterpartMemo = counterpartMemo(),
): boolean {
  const support = (key: string): number => {
    let n = memo.support.get(key);
    if (n === undefined) {
      n = input.versions.filter((v) => (certain.get(v.id) ?? []).some((z) => compatibleMemo(input, memo, z.key, key))).length;
      memo.support.set(key, n);
    }
    return n;
  };
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
  // Each distinct sentence of the holders is compared once (their values often share sentences).
  const seen = new Set<string>();
  return holders.some((h) =>
    (certain.get(h.id) ?? []).some((x) => {
      if (seen.has(x.sentence)) return false;
      seen.add(x.sentence);
      return sentences.some((s) => input.similarity(s, x.sentence) >= COUNTERPART_SIMILARITY);
    }),
  );
}
