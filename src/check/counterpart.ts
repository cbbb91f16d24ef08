import type { ClaimValue } from '../types.js';
import { kindOf, type KindSpec } from '../kinds/index.js';
import { compatibleKeys } from './compatible.js';
import type { RuleCheckInput } from './context.js';
import { boundsAgree, sameStatement } from '../kinds/hedges.js';
import { sentenceIndex } from './similar.js';

export function keysOf(values: readonly ClaimValue[]): string[] {
  return [...new Set(values.map((v) => v.key))];
}

export function firstPerVersion(values: readonly ClaimValue[]): ClaimValue[] {
  const seen = new Set<string>();
  return values.filter((x) => (seen.has(x.version) ? false : (seen.add(x.version), true)));
}

/**
 * Work shared by the comparisons of one rule check (one `input` and one `certain` table):
 * how each version's values group by sentence, how many versions support a key, the conflicts
 * already worked out (keys are compared afresh: `compatibleKeys` is cheap). Without it each
 * value was compared with every sentence of every other version again, and a set of N
 * versions cost N² similarities.
 */
export interface CounterpartMemo {
  support: Map<string, number>;
  /** A version's values grouped by sentence (first occurrence first), keyed by the version's value list. */
  bySentence: Map<readonly ClaimValue[], SentenceGroups>;
  /**
   * The conflicts tables (`SentenceGroups.tables`) by sentence number, with a group of each
   * (compared value by value: no key string per group): one table for all groups of the same
   * sentence with the same values.
   */
  bySentenceNo: Map<number, SharedConflicts[]>;
}

const NO_TABLES: readonly SharedConflicts[] = [];

/** A conflicts table and a group of values it serves. */
interface SharedConflicts {
  group: readonly ClaimValue[];
  conflicts: Conflicts;
}

/** The conflicts of a group's values, by place in the group (worked out when first asked). */
type Conflicts = Array<readonly ClaimValue[] | undefined>;

export function counterpartMemo(): CounterpartMemo {
  return { support: new Map(), bySentence: new Map(), bySentenceNo: new Map() };
}

/** The values of a list grouped by their sentence. */
interface SentenceGroups {
  /** The number of each sentence's group. */
  of: Map<string, number>;
  /** The groups in order of first occurrence, each in list order. */
  lists: ClaimValue[][];
  /** The same groups' sentence numbers (`SentenceIndex`), in that order. */
  ids: number[];
  /** The conflicts of each value of each group, by its place in the group (`conflictsTable`, on first need). */
  tables: Array<Conflicts | undefined>;
}

/**
 * The values of a list grouped by their sentence, each group in list order: a value's
 * sentence-mates are looked up instead of filtered out of the list again for every value.
 */
function valuesBySentence(input: RuleCheckInput, memo: CounterpartMemo, values: readonly ClaimValue[]): SentenceGroups {
  let groups = memo.bySentence.get(values);
  if (!groups) {
    const index = sentenceIndex(input.similarity);
    const g: SentenceGroups = { of: new Map(), lists: [], ids: [], tables: [] };
    for (const x of values) {
      let n = g.of.get(x.sentence);
      if (n !== undefined) (g.lists[n] as ClaimValue[]).push(x);
      else {
        g.of.set(x.sentence, (n = g.lists.length));
        g.lists.push([x]);
        g.ids.push(index.idOf(x.sentence));
        g.tables.push(undefined);
      }
    }
    memo.bySentence.set(values, (groups = g));
  }
  return groups;
}

/**
 * A hedged figure agrees with an exact one its hedge allows ("more than 40 countries", "44
 * countries") for a figure that is not expected to move; for a toll, "at least 9" then "15"
 * is a change, judged by time order. When nothing tells the order (file names), a toll's hedge
 * that says the same as the exact figure ("more than 60 injured", "64 injured": `sameStatement`)
 * agrees with it: no time order can make it a change.
 */
export function hedgeAgrees(input: RuleCheckInput, a: ClaimValue, b: ClaimValue): boolean {
  return hedgeTest(input)(a, b);
}

/** The test of `hedgeAgrees` for one rule check (whether the figure moves, and whether the order is known, read once). */
function hedgeTest(input: RuleCheckInput): (a: ClaimValue, b: ClaimValue) => boolean {
  const moving = input.rule.overTime !== null && input.rule.overTime !== 'fixed';
  const hedge = !moving ? boundsAgree : input.order === 'file-name' ? sameStatement : never;
  const sameWords = kindOf(input.rule.kind).sameWords;
  return sameWords === undefined ? hedge : (a, b) => sameWords(a, b) || hedge(a, b);
}

const never = (): boolean => false;

/**
 * The values that contradict `value` in the matching sentence of another version:
 * a sentence similar to this one that carries values of the rule, none equal to it.
 */
export function counterpartConflicts(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  value: ClaimValue,
  memo: CounterpartMemo = counterpartMemo(),
): readonly ClaimValue[] {
  const shared = counterpartConflictsShared(input, certain, value, memo);
  // Most values have no conflict in their own version: then the shared array serves as it is.
  for (const x of shared) if (x.version === value.version) return shared.filter((y) => y.version !== value.version);
  return shared;
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
  const groups = valuesBySentence(input, memo, certain.get(value.version) ?? []);
  const n = groups.of.get(value.sentence);
  const own = n === undefined ? [] : (groups.lists[n] as ClaimValue[]);
  const at = own.indexOf(value);
  const sentence = sentenceIndex(input.similarity).idOf(value.sentence);
  // A value outside `certain` is worked out and not kept.
  if (at < 0) return conflictsIn(input, certain, memo, value, own, sentence);
  // Versions holding the same sentence with the same values get the same answer: worked out once
  // (the value is own[at], so its key is part of the group's). The table is found before the
  // answer is worked out, so a group equal to one of another version asked before is a hit.
  const table = (groups.tables[n as number] ??= conflictsTable(memo, own, sentence));
  let all = table[at];
  if (!all) table[at] = all = conflictsIn(input, certain, memo, value, own, sentence);
  return all;
}

/** The conflicts table of a sentence's group (`SentenceGroups.tables`), shared with an equal group of another version. */
function conflictsTable(memo: CounterpartMemo, own: readonly ClaimValue[], sentence: number): Conflicts {
  const known = memo.bySentenceNo.get(sentence);
  let table: Conflicts | undefined;
  for (const k of known ?? NO_TABLES) {
    if (!sameValues(k.group, own)) continue;
    table = k.conflicts;
    break;
  }
  if (!table) {
    // Made at their final length: most sentences have one group of one value (an empty list
    // pushed to grows a store of 17 places).
    table = new Array<readonly ClaimValue[] | undefined>(own.length);
    const entry: SharedConflicts = { group: own, conflicts: table };
    if (known) known.push(entry);
    else memo.bySentenceNo.set(sentence, [entry]);
  }
  return table;
}

/**
 * Two groups of values with the same keys, contexts and bounds, value by value: what
 * `conflictsIn` reads of a value and its group (the key, the hedge `boundsAgree` reads, the
 * place among the values of its context), so equal groups get equal answers.
 */
function sameValues(a: readonly ClaimValue[], b: readonly ClaimValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ClaimValue;
    const y = b[i] as ClaimValue;
    if (x.key !== y.key || !sameContext(x, y) || !sameBounds(x, y)) return false;
  }
  return true;
}

/** What `boundsAgree` reads of a value besides its key. */
const sameBounds = (x: ClaimValue, y: ClaimValue): boolean =>
  x.kind === y.kind && x.value === y.value && x.high === y.high && x.qualifier === y.qualifier && x.event === y.event;

/**
 * Per version (in input order), the partner of `value` in the first of its sentences similar to
 * sentence number `sentence`, unless some value of its similar sentences agrees with `value`.
 * The similar values are read in place (by group verdict), not copied out per version.
 */
function conflictsIn(input: RuleCheckInput, certain: Map<string, ClaimValue[]>, memo: CounterpartMemo, value: ClaimValue, own: readonly ClaimValue[], sentence: number): ClaimValue[] {
  const index = sentenceIndex(input.similarity);
  const { compatible } = kindOf(input.rule.kind);
  const hedged = hedgeTest(input);
  const all: ClaimValue[] = [];
  // Most versions repeat the value's own sentence with an agreeing value: that group is similar
  // when the sentence is similar to itself, and one agreeing similar group settles the version
  // whatever the others say (no scan of the version's groups up to it).
  const selfSimilar = index.similar(sentence, sentence);
  for (const w of input.versions) {
    const values = certain.get(w.id) ?? [];
    const groups = valuesBySentence(input, memo, values);
    const same = selfSimilar ? groups.of.get(value.sentence) : undefined;
    if (same !== undefined && anyAgrees(groups.lists[same] as ClaimValue[], value, compatible, hedged)) continue;
    // The first similar group, and whether any value of a similar group agrees (in any order:
    // the test is a plain 'some').
    let first = -1;
    let agrees = false;
    for (let g = 0; g < groups.ids.length && !agrees; g++) {
      if (!index.similar(groups.ids[g] as number, sentence)) continue;
      if (first < 0) first = g;
      agrees = anyAgrees(groups.lists[g] as ClaimValue[], value, compatible, hedged);
    }
    if (first < 0 || agrees) continue;
    // Compare with the value of the matching sentence that has the same context (partnerOf).
    const counterpart = partnerOf(value, own, groups.lists[first] as ClaimValue[]);
    if (counterpart) all.push(counterpart);
  }
  return all;
}

/**
 * Whether a value of `list` has a key compatible with `value`'s, or a hedge that allows it:
 * `compatibleKeys` or `hedgeAgrees`, with the kind's test and the rule check's hedge test (`hedgeTest`)
 * read once by the caller (a loop, not a closure per list).
 */
function anyAgrees(list: readonly ClaimValue[], value: ClaimValue, compatible: KindSpec['compatible'], hedged: (a: ClaimValue, b: ClaimValue) => boolean): boolean {
  for (const other of list) {
    if (other.key === value.key || compatible(other.key, value.key) || hedged(other, value)) return true;
  }
  return false;
}

/** Whether two values are about the same in their sentences: the same unit and, for a part, place (and role). */
const sameContext = (x: ClaimValue, y: ClaimValue): boolean =>
  (x.unit ?? '') === (y.unit ?? '') && (x.place ?? '') === (y.place ?? '') && (x.role ?? '') === (y.role ?? '');

/** The same unit and place (`sameContext` but for the role). */
const sameUnitAndPlace = (x: ClaimValue, y: ClaimValue): boolean => (x.unit ?? '') === (y.unit ?? '') && (x.place ?? '') === (y.place ?? '');

/**
 * The value of the matching sentence that `value` should be compared with: the one with the
 * same unit, place and role ("17 in Kelmar" with "19 in Kelmar", not with "6 in Dorsk"); when
 * several share them, the one at the same position among them. A value with no partner is
 * no conflict.
 */
function partnerOf(value: ClaimValue, own: readonly ClaimValue[], theirs: readonly ClaimValue[]): ClaimValue | undefined {
  const mineAll = own.filter((x) => sameContext(x, value));
  const theirsAll = theirs.filter((x) => sameContext(x, value));
  // a figure both sentences give is paired already: one added beside it ("…, and 3,000 waited at the gates") changes nothing
  const given = (x: ClaimValue, ys: readonly ClaimValue[]): boolean => ys.some((y) => y.key === x.key);
  const mine = mineAll.filter((x) => x === value || !given(x, theirsAll));
  // a share the sentence gives of its figure ("Eighty-eight of the 173 people", a part) pairs the
  // other's "Eighty-eight people" as well: the same unit and place, whatever the role
  const candidates = theirsAll.filter((y) => !given(y, mineAll) && !own.some((x) => x.key === y.key && x.role === 'part' && sameUnitAndPlace(x, y)));
  if (candidates.length === 0) return undefined;
  const paired = sameEventAs(value, own, candidates);
  if (paired !== candidates) return paired.length === 1 ? paired[0] : undefined;
  if (candidates.length === 1) return candidates[0];
  return mine.length === candidates.length ? candidates[mine.indexOf(value)] : undefined;
}

/**
 * Of a date's candidates, those tied to its event (ClaimValue `event`: "opened fire … on Tuesday"
 * pairs with "opened fire … on Monday"), none tied to another event ("a vigil on Tuesday"), and none tied to an event that another date of its own
 * sentence names ("in mourning on Thursday as families buried those killed when … opened fire on
 * Tuesday": Thursday is not the shooting's day). The same list when events say nothing.
 */
function sameEventAs(value: ClaimValue, own: readonly ClaimValue[], candidates: readonly ClaimValue[]): readonly ClaimValue[] {
  if (value.kind !== 'date') return candidates;
  const eventOf = (x: ClaimValue): string | null => x.event ?? null;
  const event = eventOf(value);
  if (event !== null) {
    // the same event's dates, else those tied to none (two events' dates are never compared)
    const same = candidates.filter((y) => eventOf(y) === event);
    if (same.length > 0) return same;
    const loose = candidates.filter((y) => eventOf(y) === null);
    return loose.length === candidates.length ? candidates : loose;
  }
  const taken = candidates.filter((y) => eventOf(y) !== null && own.some((x) => x !== value && eventOf(x) === eventOf(y)));
  return taken.length === 0 ? candidates : candidates.filter((y) => !taken.includes(y));
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
      n = input.versions.filter((v) => (certain.get(v.id) ?? []).some((z) => compatibleKeys(input.rule.kind, z.key, key))).length;
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
  const index = sentenceIndex(input.similarity);
  const sentences = (input.sentencesOf?.(version) ?? []).map((s) => index.idOf(s));
  // Each distinct sentence of the holders is compared once (their values often share sentences).
  const seen = new Set<string>();
  return holders.some((h) =>
    (certain.get(h.id) ?? []).some((x) => {
      if (seen.has(x.sentence)) return false;
      seen.add(x.sentence);
      const held = index.idOf(x.sentence);
      return sentences.some((s) => index.similar(s, held));
    }),
  );
}
