/**
 * Sentence alignment across the versions of an article set.
 *
 * Every sentence joins a *group* of sentences that say the same thing in different
 * versions. Groups are built incrementally: the reference version's sentences seed one
 * group each, then every sentence of every other version looks up candidate groups in an
 * inverted index of the groups' representatives (keyed by its rarest content tokens,
 * weighted by inverse sentence frequency over the whole set) and scores only those.
 * A sentence with no good match founds a new group and becomes its representative,
 * so sentences missing from the reference still align with each other.
 *
 * Cost: one pass to count token frequencies, then per sentence a bounded number of
 * posting-list look-ups; posting lists hold groups, not sentences, so they do not grow
 * with the number of versions. No all-pairs sentence or version comparison.
 * Order plays no role: reordered, inserted or deleted paragraphs align the same.
 */
import type { Doc, SentenceRef } from '../types.js';
import { SentenceShare } from './share.js';
import { contentKeys } from './tokens.js';

export type { SentenceRef } from '../types.js';

/** A sentence that joined a group, and the group representative it matched. */
export interface SentenceMatch {
  version: string;
  sentence: number;
  otherVersion: string;
  otherSentence: number;
  /** Weighted Dice coefficient over content tokens (0..1). */
  similarity: number;
  /** Weighted share of the smaller sentence's content tokens found in the other (0..1). */
  containment: number;
}

/** Sentences of different versions that say the same thing. */
export interface SentenceGroup {
  id: number;
  /** The first member: a reference sentence when the reference has one. */
  representative: SentenceRef;
  /** All members, representative first; at most one per version. */
  members: SentenceRef[];
}

export interface SetAlignment {
  reference: string;
  /** Version ids in input order. */
  versions: string[];
  groups: SentenceGroup[];
  /** Version id -> sentence index -> group id. */
  groupOf: Record<string, number[]>;
  /** One entry per sentence that joined an existing group. */
  matches: SentenceMatch[];
}

export interface AlignOptions {
  /** Dice similarity at or above which two sentences match. Default 0.5. */
  minSimilarity?: number;
  /** Containment of the smaller sentence at or above which they match (cut copies). Default 0.85. */
  minContainment?: number;
  /** Content tokens the smaller sentence needs for a containment match. Default 3. */
  minContainedTokens?: number;
  /** How many of a sentence's rarest tokens are looked up. Default 8. */
  queryTokens?: number;
  /** The set's repeated sentences, when the caller shares them between its steps (see share.ts). */
  share?: SentenceShare;
}

interface Prepared {
  version: string;
  sentence: number;
  /** Content keys, in the sentence's order (for tie-breaks between equally rare keys). */
  keys: string[];
  /** The same keys as vocabulary numbers (the share's: see share.ts). */
  ids: readonly number[];
  /** Number of the distinct sentence (copies in other versions have the same keys). */
  no: number;
  /** Number of the version's id among the set's distinct ids (for `GroupVersions`). */
  versionNo: number;
}

interface GroupState {
  /** Content keys of the representative, as vocabulary numbers. */
  ids: readonly number[];
  weight: number;
  count: number;
  /** The representative: its place in `Vocabulary.prepared`. */
  founder: number;
}

/**
 * The set's content keys numbered, with their inverse sentence frequency: a key is hashed
 * once per sentence, and the scoring of candidate groups works on numbers.
 */
interface Vocabulary {
  prepared: Prepared[];
  idf: Float64Array;
  /** Distinct sentences read. */
  distinct: number;
  /** Distinct version ids. */
  versions: number;
}

/** The version with the longest text (first one on ties). */
export function defaultReference(docs: readonly Doc[]): string {
  let best: Doc | undefined;
  for (const doc of docs) {
    if (!best || doc.version.text.length > best.version.text.length) best = doc;
  }
  return best?.version.id ?? '';
}

/**
 * Pass 1: content keys per sentence and inverse sentence frequency per key. A sentence
 * repeated in several versions is numbered once; every copy counts towards the frequency.
 */
function readVocabulary(ordered: readonly Doc[], share: SentenceShare): Vocabulary {
  // Lists made at their length: one entry per sentence, one count per numbered key.
  let sentences = 0;
  for (const doc of ordered) sentences += doc.sentences.length;
  const prepared = new Array<Prepared>(sentences);
  const versionNos = new Map<string, number>();
  let at = 0;
  for (const doc of ordered) {
    const id = doc.version.id;
    let versionNo = versionNos.get(id);
    if (versionNo === undefined) versionNos.set(id, (versionNo = versionNos.size));
    for (const s of doc.sentences) {
      const shared = share.of(doc, s);
      // Numbered by the share, once per distinct sentence (the checks after alignment use the same numbers).
      const ids = share.keys(shared);
      prepared[at++] = { version: id, sentence: s.i, keys: contentKeys(shared.words), ids, no: shared.no, versionNo };
    }
  }
  const df = new Int32Array(share.keyCount);
  for (const p of prepared) {
    for (let x = 0; x < p.ids.length; x++) {
      const id = p.ids[x] as number;
      df[id] = (df[id] as number) + 1;
    }
  }
  const total = Math.max(1, prepared.length);
  // Keys the share numbered for other docs (none in a set read once) keep idf 0: no sentence here has them.
  const idf = new Float64Array(share.keyCount);
  for (let id = 0; id < idf.length; id++) {
    const n = df[id] as number;
    if (n > 0) idf[id] = Math.log(1 + total / n);
  }
  return { prepared, idf, distinct: share.size, versions: versionNos.size };
}

/** Align the sentences of every version of a set (see the module comment). */
export function alignSet(docs: readonly Doc[], referenceId?: string, options: AlignOptions = {}): SetAlignment {
  const reference = referenceId !== undefined && hasVersion(docs, referenceId) ? referenceId : defaultReference(docs);
  const vocabulary = readVocabulary(referenceFirst(docs, reference), options.share ?? new SentenceShare());
  const grouping = new Grouping(vocabulary, limitsOf(options), docs);
  grouping.placeAll();
  const versions = docs.map((d) => d.version.id);
  return { reference, versions, groups: groupsOf(vocabulary.prepared, grouping.states, grouping.groupAt), groupOf: grouping.groupOf, matches: grouping.matches };
}

function hasVersion(docs: readonly Doc[], id: string): boolean {
  for (let k = 0; k < docs.length; k++) if ((docs[k] as Doc).version.id === id) return true;
  return false;
}

/** The reference version first, then the others in input order. */
function referenceFirst(docs: readonly Doc[], reference: string): Doc[] {
  const ordered: Doc[] = [];
  for (let k = 0; k < docs.length; k++) if ((docs[k] as Doc).version.id === reference) ordered.push(docs[k] as Doc);
  for (let k = 0; k < docs.length; k++) if ((docs[k] as Doc).version.id !== reference) ordered.push(docs[k] as Doc);
  return ordered;
}

/** What makes a match (AlignOptions with their defaults), one object shape whatever the options. */
interface MatchLimits {
  minSimilarity: number;
  minContainment: number;
  minContained: number;
  queryTokens: number;
}

function limitsOf(options: AlignOptions): MatchLimits {
  return {
    minSimilarity: options.minSimilarity ?? 0.5,
    minContainment: options.minContainment ?? 0.85,
    minContained: options.minContainedTokens ?? 3,
    queryTokens: options.queryTokens ?? 8,
  };
}

/**
 * Pass 2: incremental grouping against an inverted index of representatives. The groups'
 * member lists are written once all are known (`groupsOf`): each at its final length.
 * A class rather than closures in alignSet: the per-sentence steps are small methods, each
 * optimized on its own, and none depends on the shape of the caller's options.
 */
class Grouping {
  readonly states: GroupState[] = [];
  readonly matches: SentenceMatch[] = [];
  /** Version id -> sentence index -> group id. */
  readonly groupOf: Record<string, number[]> = {};
  /** The group of each entry of `prepared`. */
  readonly groupAt: Int32Array;
  private readonly prepared: readonly Prepared[];
  private readonly idf: Float64Array;
  private readonly limits: MatchLimits;
  private readonly joined: GroupVersions;
  private readonly postings: GroupPostings;
  /** A sentence's weight and rarest keys depend on its keys only: worked out once per distinct sentence. */
  private readonly weights: Float64Array;
  private readonly queries: number[][] = [];
  private readonly top: number[] = [];
  /** Marks of the keys of the group being scored (a new stamp per group scored). */
  private readonly marks: Int32Array;
  private stamp = 0;
  private readonly scratch: CandidateScratch = { seen: [], stamp: 0, list: [] };
  /** Dice and containment of the group `bestGroup` last chose. */
  private bestDice = 0;
  private bestContainment = 0;

  constructor(vocabulary: Vocabulary, limits: MatchLimits, docs: readonly Doc[]) {
    this.prepared = vocabulary.prepared;
    this.idf = vocabulary.idf;
    this.limits = limits;
    this.joined = new GroupVersions(vocabulary.versions);
    this.postings = new GroupPostings(vocabulary.idf.length);
    this.weights = new Float64Array(vocabulary.distinct).fill(-1);
    this.marks = new Int32Array(vocabulary.idf.length);
    this.groupAt = new Int32Array(vocabulary.prepared.length);
    for (const doc of docs) this.groupOf[doc.version.id] = new Array<number>(doc.sentences.length).fill(-1);
  }

  /** Every sentence in turn joins the best group or founds one. */
  placeAll(): void {
    // Versions come one after another in `prepared`: groups founded since the current one began hold it.
    let current = '';
    let ownStart = 0;
    for (let at = 0; at < this.prepared.length; at++) {
      const p = this.prepared[at] as Prepared;
      if (p.version !== current) {
        current = p.version;
        ownStart = this.states.length;
      }
      this.place(p, at, ownStart);
    }
  }

  private place(p: Prepared, at: number, ownStart: number): void {
    const weight = this.weightOf(p);
    if (p.keys.length === 0) {
      this.found(p, at, weight);
      return;
    }
    const count = candidateGroups(this.queryOf(p), this.postings, this.joined, p.versionNo, ownStart, this.scratch);
    const best = this.bestGroup(p, weight, this.scratch.list, count);
    if (best < 0) this.found(p, at, weight);
    else this.join(p, at, best);
  }

  private weightOf(p: Prepared): number {
    let w = this.weights[p.no] ?? -1;
    if (w < 0) {
      w = 0;
      for (let x = 0; x < p.ids.length; x++) w += this.idf[p.ids[x] as number] ?? 0;
      this.weights[p.no] = w;
    }
    return w;
  }

  private queryOf(p: Prepared): number[] {
    return (this.queries[p.no] ??= rarest(p, this.idf, this.limits.queryTokens, this.top));
  }

  /** The best-ranked of the first `count` candidate groups the sentence matches (its dice and containment kept), or -1. */
  private bestGroup(p: Prepared, weight: number, candidates: readonly number[], count: number): number {
    const { minSimilarity, minContainment, minContained } = this.limits;
    const marks = this.marks;
    const idf = this.idf;
    let best = -1;
    let bestRank = -Infinity;
    // Once a group with the very keys of the sentence is best, only a group with as many keys can
    // rank as high (any other misses or adds a key, worth log 2 or more: far below 1 in Dice).
    let bestSameKeys = false;
    // Indexed loops: the scoring runs per candidate group and key (no iterator objects).
    for (let c = 0; c < count; c++) {
      const g = candidates[c] as number;
      const state = this.states[g];
      if (state === undefined || this.joined.has(g, p.versionNo)) continue;
      if (bestSameKeys && state.ids.length !== p.ids.length) continue;
      const stamp = ++this.stamp;
      const ids = state.ids;
      for (let x = 0; x < ids.length; x++) marks[ids[x] as number] = stamp;
      // Summed in the sentence's key order, as the weights are.
      let shared = 0;
      let hits = 0;
      for (let x = 0; x < p.ids.length; x++) {
        const k = p.ids[x] as number;
        if (marks[k] === stamp) {
          shared += idf[k] ?? 0;
          hits++;
        }
      }
      const dice = (2 * shared) / (weight + state.weight || 1);
      const containment = shared / (Math.min(weight, state.weight) || 1);
      const containOk = containment >= minContainment && Math.min(p.keys.length, state.count) >= minContained;
      if (dice < minSimilarity && !containOk) continue;
      const rank = dice + (containOk ? 0.3 : 0);
      if (rank > bestRank) {
        best = g;
        bestRank = rank;
        this.bestDice = dice;
        this.bestContainment = containment;
        bestSameKeys = hits === p.ids.length && state.ids.length === p.ids.length;
      }
    }
    return best;
  }

  /** The sentence founds a group of its own and becomes its representative. */
  private found(p: Prepared, at: number, weight: number): void {
    const id = this.states.length;
    this.states.push({ ids: p.ids, weight, count: p.keys.length, founder: at });
    this.joined.found(id);
    this.joined.add(id, p.versionNo);
    this.groupAt[at] = id;
    this.scratch.seen.push(0);
    for (let x = 0; x < p.ids.length; x++) this.postings.add(p.ids[x] as number, id);
    const row = this.groupOf[p.version];
    if (row) row[p.sentence] = id;
  }

  private join(p: Prepared, at: number, best: number): void {
    const state = this.states[best] as GroupState;
    this.joined.add(best, p.versionNo);
    this.groupAt[at] = best;
    const row = this.groupOf[p.version];
    if (row) row[p.sentence] = best;
    const representative = this.prepared[state.founder] as Prepared;
    this.matches.push({
      version: p.version,
      sentence: p.sentence,
      otherVersion: representative.version,
      otherSentence: representative.sentence,
      similarity: round(this.bestDice),
      containment: round(this.bestContainment),
    });
  }
}

/** The groups with their members in the order they joined (founder first), each list made at its length. */
function groupsOf(prepared: readonly Prepared[], states: readonly GroupState[], groupAt: Int32Array): SentenceGroup[] {
  const sizes = new Int32Array(states.length);
  for (let at = 0; at < groupAt.length; at++) {
    const g = groupAt[at] as number;
    sizes[g] = (sizes[g] as number) + 1;
  }
  // pushed, not mapped: one list shape in every tier (map makes it holey in the interpreter, packed in optimized code)
  const groups: SentenceGroup[] = [];
  for (let id = 0; id < states.length; id++) {
    const founder = prepared[(states[id] as GroupState).founder] as Prepared;
    groups.push({ id, representative: { version: founder.version, sentence: founder.sentence }, members: new Array<SentenceRef>(sizes[id] as number) });
  }
  const filled = new Int32Array(states.length);
  for (let at = 0; at < groupAt.length; at++) {
    const g = groupAt[at] as number;
    const p = prepared[at] as Prepared;
    const k = filled[g] as number;
    filled[g] = k + 1;
    (groups[g] as SentenceGroup).members[k] = { version: p.version, sentence: p.sentence };
  }
  return groups;
}

/**
 * Which versions each group has a member of: a row of bits per group, one bit per distinct
 * version id (no Set per group).
 */
class GroupVersions {
  private readonly words: number;
  private bits: Uint32Array;
  private rows = 0;

  constructor(versions: number) {
    this.words = Math.max(1, (versions + 31) >>> 5);
    this.bits = new Uint32Array(64 * this.words);
  }

  /** Makes the (empty) row of group `g`, the next one. */
  found(g: number): void {
    this.rows = g + 1;
    if (this.rows * this.words > this.bits.length) {
      const grown = new Uint32Array(2 * this.bits.length);
      grown.set(this.bits);
      this.bits = grown;
    }
  }

  add(g: number, version: number): void {
    const w = g * this.words + (version >>> 5);
    this.bits[w] = (this.bits[w] as number) | (1 << (version & 31));
  }

  has(g: number, version: number): boolean {
    return (((this.bits[g * this.words + (version >>> 5)] as number) >>> (version & 31)) & 1) === 1;
  }
}

/** The `count` rarest keys of a sentence (highest idf first, then by key), as vocabulary numbers. */
function rarest(p: Prepared, idf: Float64Array, count: number, top: number[]): number[] {
  // Kept by insertion into the first `n` places of a list (the caller's, reused: not emptied by
  // `length = 0`, which lets its store go), at most `count`: no sort of every key.
  let n = 0;
  for (let at = 0; at < p.ids.length; at++) {
    let k = n;
    while (k > 0 && rarer(p, idf, at, top[k - 1] ?? 0)) k--;
    if (k >= count) continue;
    // Shift the later ones down a place (the last one falls off when the list is full).
    // (a write at most at the list's end: `n` never passes its length)
    for (let j = Math.min(n, count - 1); j > k; j--) top[j] = top[j - 1] ?? 0;
    top[k] = at;
    if (n < count) n++;
  }
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = p.ids[top[k] as number] ?? 0;
  return out;
}

/** Whether the key at `x` of a sentence comes before the one at `y`: higher idf, then lower key (keys are distinct). */
function rarer(p: Prepared, idf: Float64Array, x: number, y: number): boolean {
  const byIdf = (idf[p.ids[y] ?? 0] ?? 0) - (idf[p.ids[x] ?? 0] ?? 0);
  return byIdf ? byIdf < 0 : (p.keys[x] ?? '') < (p.keys[y] ?? '');
}

/** Groups scored for one sentence at most: repeated sentences ("3 killed, 4 killed." × 10,000) stay linear. */
const MAX_CANDIDATES = 256;
/**
 * Posting entries read per sentence at most. A version that repeats one sentence founds a group
 * per repeat; posting lists are in founding order, so the groups the version founded itself are
 * at their ends and are not read (`ownStart`), and this cap bounds the groups of earlier versions
 * that the repeats already joined (two versions of 12,500 repeats). Only a version with about two
 * thousand sentences sharing its rarest words reaches it.
 */
const MAX_SCANNED = 8 * MAX_CANDIDATES;

/**
 * Reused between sentences: which groups are already candidates (`seen[g] === stamp`), and the
 * list (its first entries: a list emptied by `length = 0` lets its store go, and every sentence
 * grew a new one).
 */
interface CandidateScratch {
  seen: number[];
  stamp: number;
  list: number[];
}

/**
 * The groups of each key, in founding order: lists chained through three growing number
 * arrays (head and tail per key, next and group per entry), not an array per key of the set.
 */
class GroupPostings {
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private nextOf = new Int32Array(1024);
  private groupOf = new Int32Array(1024);
  private count = 0;

  constructor(keys: number) {
    this.head = new Int32Array(keys).fill(-1);
    this.tail = new Int32Array(keys).fill(-1);
  }

  /** Adds group `g` at the end of key `k`'s list. */
  add(k: number, g: number): void {
    if (k < 0 || k >= this.head.length) return;
    if (this.count === this.nextOf.length) {
      const next = new Int32Array(2 * this.count);
      next.set(this.nextOf);
      this.nextOf = next;
      const group = new Int32Array(2 * this.count);
      group.set(this.groupOf);
      this.groupOf = group;
    }
    const e = this.count++;
    this.nextOf[e] = -1;
    this.groupOf[e] = g;
    const last = this.tail[k] as number;
    if (last < 0) this.head[k] = e;
    else this.nextOf[last] = e;
    this.tail[k] = e;
  }

  /** The first entry of key `k`'s list, or -1. */
  first(k: number): number {
    return k >= 0 && k < this.head.length ? (this.head[k] as number) : -1;
  }

  /** The entry after `e` in its list, or -1. */
  next(e: number): number {
    return this.nextOf[e] as number;
  }

  group(e: number): number {
    return this.groupOf[e] as number;
  }
}

/**
 * The groups sharing a query key that have no sentence of version number `version` yet, in founding order, at
 * most MAX_CANDIDATES: the first entries of the scratch's list (valid until the next call), how many returned.
 * Groups from `ownStart` on were founded by `version` itself.
 */
function candidateGroups(
  query: readonly number[],
  postings: GroupPostings,
  joined: GroupVersions,
  version: number,
  ownStart: number,
  scratch: CandidateScratch,
): number {
  const stamp = ++scratch.stamp;
  const { seen, list } = scratch;
  let count = 0;
  let scanned = 0;
  for (let q = 0; q < query.length; q++) {
    for (let e = postings.first(query[q] as number); e >= 0; e = postings.next(e)) {
      const g = postings.group(e);
      if (g >= ownStart || ++scanned > MAX_SCANNED) break;
      if (joined.has(g, version)) continue;
      if (seen[g] === stamp) continue;
      seen[g] = stamp;
      if (count < list.length) list[count] = g;
      else list.push(g);
      if (++count >= MAX_CANDIDATES) return count;
    }
  }
  return count;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
