/**
 * Cross-version sentence alignment and what it reveals: names/numbers/dates cut out of
 * otherwise identical sentences (`deleted-mention`), grammar scars left by cuts
 * (`integrity`), and versions that start mid-story (`missing-opening` notices).
 */
import type { Doc, Evidence, Finding, Notice, SentenceRef } from '../types.js';
import { alignSet, type AlignOptions, type SetAlignment } from './align.js';
import { changedFactFindings, type ChangeOptions } from './changes.js';
import { deletedMentionFindings, findCuts, nearCut, type Cut, type DeletionOptions } from './deletions.js';
import { droppedFactFindings, type AlignWork, type DroppedOptions } from './dropped.js';
import { findScars, type Scar, type ScarKind, type ScarMemo } from './scars.js';
import { SentenceShare } from './share.js';
import { readTogether } from '../read/share.js';
import { contentKeys } from './tokens.js';
import { neighboursOf } from './window.js';
import { builtin } from '../findings.js';

export { alignSet } from './align.js';
export type { AlignOptions, SetAlignment } from './align.js';
export { deletedMentionFindings, findCuts, nearCut } from './deletions.js';
export type { Cut, DeletionOptions } from './deletions.js';
export { changedFactFindings } from './changes.js';
export type { ChangeOptions } from './changes.js';
export { droppedFactFindings } from './dropped.js';
export type { AlignWork, DroppedOptions } from './dropped.js';
export { findScars } from './scars.js';
export type { Scar, ScarKind } from './scars.js';

export interface AlignCheckOptions extends AlignOptions, DeletionOptions, DroppedOptions, Omit<ChangeOptions, 'older'> {
  /** Version id to align against (default: the longest version). */
  reference?: string;
}

/** Everything this stage finds in one set. */
export interface AlignCheckResult {
  alignment: SetAlignment;
  findings: Finding[];
  notices: Map<string, Notice[]>;
}

/**
 * Align, then report deleted mentions, facts swapped in near-identical sentences
 * (`contradiction`, rule `changed-fact`), scars and missing openings; with `options.older`
 * (the set's time order) also facts dropped in rewording (`omission`, rule `dropped-fact`).
 * Takes no findings of other stages: a changed figure a claim rule also reports is settled
 * after the checks, by fact key (src/check/passes.ts).
 */
export function checkAlignment(docs: readonly Doc[], setOptions: AlignCheckOptions = {}): AlignCheckResult {
  // The set's repeated sentences are told apart once, for every step (see share.ts); docs not
  // yet read as one set (extraction marks them) are marked here.
  readTogether(docs);
  const share = setOptions.share ?? new SentenceShare();
  const options: AlignCheckOptions = { ...setOptions, share };
  const alignment = alignSet(docs, options.reference, options);
  const scars = scarsOf(docs);
  const cuts = findCuts(docs, alignment, scars, options);
  const deleted = deletedMentionFindings(docs, alignment, cuts, scars, options);
  const notices = missingOpenings(docs, alignment, 3, 0.6, options.work, share);
  const findings = [
    ...deleted,
    ...changedFactFindings(docs, alignment, options.older ? { older: options.older, share } : { share }),
    // Facts dropped in a rewrite need a time order (an older version lacking a fact is not yet reporting it).
    ...(options.older
      ? droppedFactFindings(
          docs,
          alignment,
          deleted.flatMap((f) => (f.fact ? [f.fact] : [])),
          { ...options, midStory: new Set([...(options.midStory ?? []), ...notices.keys()]) },
        )
      : []),
    ...integrityFindings(docs, alignment, scars, cuts),
  ];
  return { alignment, findings, notices };
}

/** `deleted-mention` findings of a set (aligns the set itself). */
export function findDeletedMentions(docs: readonly Doc[], options: AlignCheckOptions = {}): Finding[] {
  const alignment = alignSet(docs, options.reference, options);
  const scars = scarsOf(docs);
  return deletedMentionFindings(docs, alignment, findCuts(docs, alignment, scars, options), scars, options);
}

/** Scars of every version, by version id. */
export function scarsOf(docs: readonly Doc[]): Map<string, Scar[]> {
  // Scars inside a sentence the versions repeat are found once (findScars' memo, per set).
  const memo: ScarMemo = new Map();
  return new Map(docs.map((d) => [d.version.id, findScars(d, memo)]));
}

const SCAR_LABEL: Readonly<Record<ScarKind, string>> = {
  hole: 'a preposition, article or conjunction with nothing after it',
  'space-before-punctuation': 'a space before punctuation',
  'title-without-name': 'a title with no name',
  'dangling-article': 'an article with no noun',
  'lowercase-start': 'a sentence starting in lower case',
};

/**
 * One `integrity` finding (warning) per damaged sentence whose scars are not explained by
 * a cut name/number/date (those are `deleted-mention` errors). Aligned sentences of other
 * versions are added as evidence when there are any.
 */
export function integrityFindings(
  docs: readonly Doc[],
  alignment: SetAlignment,
  scars: ReadonlyMap<string, readonly Scar[]> = scarsOf(docs),
  cuts: readonly Cut[] = findCuts(docs, alignment, scars),
): Finding[] {
  const byId = new Map(docs.map((d) => [d.version.id, d]));
  const explained = new Set<string>();
  for (const cut of cuts) {
    for (const scar of scars.get(cut.damaged.version) ?? []) {
      if (scar.sentence === cut.damaged.sentence && nearCut(scar, cut.at)) {
        explained.add(`${cut.damaged.version}\u0001${scar.span.start}`);
      }
    }
  }
  const findings: Finding[] = [];
  for (const doc of docs) {
    const id = doc.version.id;
    const bySentence = new Map<number, Scar[]>();
    for (const scar of scars.get(id) ?? []) {
      if (explained.has(`${id}\u0001${scar.span.start}`)) continue;
      const list = bySentence.get(scar.sentence) ?? [];
      list.push(scar);
      bySentence.set(scar.sentence, list);
    }
    for (const [sentence, list] of bySentence) {
      const first = list[0];
      if (!first || cutAtEnd(doc, sentence)) continue;
      const kinds = [...new Set(list.map((s) => SCAR_LABEL[s.kind]))];
      const excerpts = [...new Set(list.map((s) => `"${s.excerpt}"`))];
      const evidence: Evidence[] = [{ version: id, path: doc.version.path, ...first.place, text: first.text, value: first.excerpt }];
      const group = alignment.groups[alignment.groupOf[id]?.[sentence] ?? -1];
      const spacesOnly = list.every((s) => s.kind === 'space-before-punctuation');
      let shared = false;
      for (const m of group?.members ?? []) {
        if (m.version === id) continue;
        const other = byId.get(m.version);
        const s = other?.sentences[m.sentence];
        if (other && s) evidence.push({ version: m.version, path: other.version.path, ...other.version.map.place(s.start), text: s.text });
        if (s !== undefined && list.every((scar) => s.text.includes(scar.excerpt))) shared = true;
      }
      // " ." or " ," the other copies share is the source's own typing ("Reuters , Tuesday 25 Oct"), no cut
      if (spacesOnly && shared) continue;
      findings.push({
        ...builtin('deletion-scar'),
        // a space before a stop with no copy to hold the sentence against: a sign, not a cut shown
        ...(spacesOnly && evidence.length === 1 ? { severity: 'info' as const } : {}),
        subject: 'damaged sentence',
        versions: [id],
        message: `A sentence in ${id} looks cut: ${excerpts.join(', ')} (${kinds.join('; ')})`,
        evidence,
      });
    }
  }
  return findings;
}

/** The version's last sentence, cut off with no closing stop ("…told the As"): its truncation notice says so already. */
function cutAtEnd(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return s !== undefined && sentence === doc.sentences.length - 1 && !/[.!?"'”’)]\s*$/u.test(s.text);
}

/** Sentences worth aligning an opening on (skips headings and credit lines). */
function substantive(doc: Doc, share: SentenceShare): number[] {
  return doc.sentences.filter((s) => contentKeys(share.words(doc, s)).length >= 4).map((s) => s.i);
}

/** Content keys of a sentence as the share numbers them (read once per distinct sentence). */
type KeysOf = (doc: Doc, i: number) => readonly number[];

const NO_KEYS: readonly number[] = [];

function keysMemo(share: SentenceShare): KeysOf {
  return (doc, i) => {
    const s = doc.sentences[i];
    return s ? share.keys(share.of(doc, s)) : NO_KEYS;
  };
}

/** Unweighted Dice over numbered content keys, by marks stamped per call (keys below `share.keyCount`). */
function keyDice(share: SentenceShare): (a: readonly number[], b: readonly number[]) => number {
  let marks = new Int32Array(share.keyCount);
  let stamp = 0;
  return (a, b) => {
    if (marks.length < share.keyCount) marks = new Int32Array(2 * share.keyCount);
    stamp++;
    for (let x = 0; x < a.length; x++) marks[a[x] as number] = stamp;
    let shared = 0;
    for (let x = 0; x < b.length; x++) if (marks[b[x] as number] === stamp) shared++;
    return (2 * shared) / (a.length + b.length || 1);
  };
}

/** Unweighted Dice over content tokens of two sentences. */
function dice(keysOf: KeysOf, keyDiceOf: ReturnType<typeof keyDice>, a: Doc, i: number, b: Doc, j: number): number {
  if (!a.sentences[i] || !b.sentences[j]) return 0;
  return keyDiceOf(keysOf(a, i), keysOf(b, j));
}

/** A version's first aligned sentence: where it sits in another version, and how many of that version's earlier sentences it lacks. */
interface OpeningGap {
  other: string;
  sentence: number;
  position: number;
  missing: number;
}

/**
 * A dateline ("KELMAR, Varnia (AP) —", "PARIS —") or a byline near the top: the version
 * opens a story of its own (another outlet's or a rewritten lede), it was not cut.
 */
const DATELINE = /^[A-Z][A-Z.' -]{1,40}(?:,[^\n—–]{1,60})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|-{1,2})\s/m;
const BYLINE = /^By [A-Z]/m;

export function hasOwnOpening(doc: Doc): boolean {
  const top = doc.version.text.slice(0, 600);
  return DATELINE.test(top) || BYLINE.test(top);
}

/**
 * Whether a version whose opening sits further down another is that other story cut at the top,
 * not another outlet's story sharing a sentence or two: more than half of its substantive
 * sentences are aligned with the other's, in the other's order (a cut copy keeps the rest of the
 * story; an update may add a few sentences of its own, another outlet's story shares only some).
 */
function cutCopyOf(mine: readonly number[], myRow: readonly number[], otherRow: readonly number[]): boolean {
  const positions = new Map<number, number>();
  otherRow.forEach((g, s) => {
    if (g >= 0 && !positions.has(g)) positions.set(g, s);
  });
  let inOrder = 0;
  let last = -1;
  for (const s of mine) {
    const at = positions.get(myRow[s] ?? -1);
    if (at === undefined || at < last) continue;
    inOrder++;
    last = at;
  }
  return inOrder * 2 > mine.length;
}

/** A group member and its place in the group's own order. */
interface PlacedMember {
  m: SentenceRef;
  at: number;
}

/** Which groups a version has and which versions a group has, each indexed on first use (one per `missingOpenings` call). */
class GroupMembership {
  private readonly groupSets = new Map<string, Set<number>>();
  private readonly byVersionOf = new Map<number, Map<string, PlacedMember[]>>();

  constructor(private readonly alignment: SetAlignment) {}

  /** A version's groups as a Set, made only for a version whose opening is found later in another. */
  groupSetOf(id: string): Set<number> {
    let groups = this.groupSets.get(id);
    if (!groups) this.groupSets.set(id, (groups = new Set((this.alignment.groupOf[id] ?? []).filter((g) => g >= 0))));
    return groups;
  }

  /**
   * Members of a group by version, so a version looks only at its neighbours' members (a
   * sentence all N versions share would otherwise be scanned N times over).
   */
  private membersOf(g: number): Map<string, PlacedMember[]> {
    let byVersion = this.byVersionOf.get(g);
    if (!byVersion) {
      byVersion = new Map();
      (this.alignment.groups[g]?.members ?? []).forEach((m, at) => {
        const list = byVersion?.get(m.version);
        if (list) list.push({ m, at });
        else byVersion?.set(m.version, [{ m, at }]);
      });
      this.byVersionOf.set(g, byVersion);
    }
    return byVersion;
  }

  /** The group's members in the neighbours of a version, in the group's own order. */
  nearMembers(g: number, nearDocs: readonly Doc[]): SentenceRef[] {
    const byVersion = this.membersOf(g);
    return nearDocs
      .flatMap((d) => byVersion.get(d.version.id) ?? [])
      .sort((a, b) => a.at - b.at)
      .map((x) => x.m);
  }
}

/** What one `missingOpenings` call reads again and again: versions by id, their substantive sentences, group membership, key Dice. */
class OpeningSearch {
  private readonly byId: Map<string, Doc>;
  private readonly substantiveOf: Map<string, number[]>;
  private readonly members: GroupMembership;
  private readonly keysOf: KeysOf;
  private readonly keyDiceOf: ReturnType<typeof keyDice>;

  constructor(
    private readonly docs: readonly Doc[],
    private readonly alignment: SetAlignment,
    private readonly minSimilarity: number,
    private readonly work: AlignWork | undefined,
    share: SentenceShare,
  ) {
    this.byId = new Map(docs.map((d) => [d.version.id, d]));
    this.substantiveOf = new Map(docs.map((d) => [d.version.id, substantive(d, share)]));
    this.members = new GroupMembership(alignment);
    this.keysOf = keysMemo(share);
    this.keyDiceOf = keyDice(share);
  }

  /** The notice for the version at `di` when its first aligned sentence (among `lookahead` substantive ones) says it starts mid-story. */
  noticeFor(doc: Doc, di: number, lookahead: number): Notice | undefined {
    const id = doc.version.id;
    const nearDocs = neighboursOf(this.docs, di);
    const near = new Set(nearDocs.map((d) => d.version.id));
    if (hasOwnOpening(doc)) return undefined;
    for (const first of (this.substantiveOf.get(id) ?? []).slice(0, lookahead)) {
      const g = this.alignment.groupOf[id]?.[first];
      const others = g === undefined ? [] : this.members.nearMembers(g, nearDocs).filter((m) => m.version !== id && near.has(m.version));
      const gaps: OpeningGap[] = [];
      const sharing = this.tallyGaps(doc, first, others, gaps);
      if (sharing === 0) continue;
      return openingNotice(doc, first, gaps, sharing);
    }
    return undefined;
  }

  /** How many of `others` match sentence `first` closely (returned); the gaps before it in those that lack this version's opening go to `gaps`. */
  private tallyGaps(doc: Doc, first: number, others: readonly SentenceRef[], gaps: OpeningGap[]): number {
    let sharing = 0;
    for (const m of others) {
      const other = this.byId.get(m.version);
      if (this.work) this.work.pairs++;
      if (!other || dice(this.keysOf, this.keyDiceOf, doc, first, other, m.sentence) < this.minSimilarity) continue;
      sharing++;
      const gap = this.gapBefore(doc.version.id, first, m);
      if (gap) gaps.push(gap);
    }
    return sharing;
  }

  /** The gap when `m` sits third or later in its version, two or more sentences before it are not in version `id`, and `id` is a cut copy of it. */
  private gapBefore(id: string, first: number, m: SentenceRef): OpeningGap | undefined {
    const sub = this.substantiveOf.get(m.version) ?? [];
    const position = sub.indexOf(m.sentence);
    if (position < 2) return undefined;
    const row = this.alignment.groupOf[m.version] ?? [];
    const mine = this.members.groupSetOf(id);
    const missing = sub.slice(0, position).filter((s) => !mine.has(row[s] ?? -1)).length;
    if (missing >= 2 && cutCopyOf(this.substantiveOf.get(id) ?? [], this.alignment.groupOf[id] ?? [], row)) return { other: m.version, sentence: first, position, missing };
    return undefined;
  }
}

/** The `missing-opening` notice when at least half of the versions sharing the opening lack what comes before it (the largest gap is reported). */
function openingNotice(doc: Doc, first: number, gaps: readonly OpeningGap[], sharing: number): Notice | undefined {
  const id = doc.version.id;
  const best = [...gaps].sort((x, y) => y.missing - x.missing)[0];
  const sentence = doc.sentences[first];
  if (!best || !sentence || gaps.length * 2 < sharing) return undefined;
  return {
    type: 'missing-opening',
    count: best.missing,
    message: `${id} starts mid-story: its opening matches sentence ${best.position + 1} of ${best.other}, and ${best.missing} sentences before it there are missing here`,
    places: [doc.version.map.place(sentence.start)],
  };
}

/**
 * `missing-opening` notices: a version whose opening (its first aligned sentence among the
 * first `lookahead` substantive ones) matches closely a sentence that comes third or later
 * in other versions, while at least two of the sentences those versions put before it are
 * absent from this version. Counted only when at least half of the versions sharing that
 * sentence agree.
 */
export function missingOpenings(
  docs: readonly Doc[],
  alignment: SetAlignment,
  lookahead = 3,
  minSimilarity = 0.6,
  work?: AlignWork,
  share: SentenceShare = new SentenceShare(),
): Map<string, Notice[]> {
  const out = new Map<string, Notice[]>();
  const search = new OpeningSearch(docs, alignment, minSimilarity, work, share);
  docs.forEach((doc, di) => {
    const notice = search.noticeFor(doc, di, lookahead);
    if (notice) out.set(doc.version.id, [notice]);
  });
  return out;
}
