/**
 * `omission` / `dropped-fact`: a fact (a name, number, date or the qualifier before a
 * number) that a version lost when it *reworded* the story.
 *
 * `deleted-mention` (deletions.ts) covers near-copies with a chunk cut out. This module
 * looks at the other case: for a version `v` and a sentence `s` of another version,
 * - `s` has a *paraphrase* in `v`: its alignment-group member, or else the sentence of `v`
 *   sharing the most content words with it (unweighted Dice ≥ `minSoft`), and that
 *   sentence is not a near-copy (Dice < `nearCopy`: near-copies are deletions' business);
 * - or `s` has no counterpart in `v` at all, but `v` covers the story around it.
 * In both cases `v` must cover the neighbourhood of `s`: one of the two sentences before `s`
 * and one of the two after it have a counterpart in `v` (or `s` sits at that end of its
 * version). A version that is simply shorter (cut off, or an early take) therefore stays
 * quiet about what lies beyond its end.
 *
 * The fact items of `s` are then looked up in `v`: numbers, dates and qualifiers in the
 * counterpart and the sentences around it (± `window`), names anywhere in `v` (by surname,
 * case- and diacritic-insensitively). An item found nowhere is *dropped*: one `info`
 * finding per item and place, with `v`'s counterpart sentence and the source sentences of
 * every version that has the item as evidence. Items a `deleted-mention` already reports for
 * `v` (by the `names` of its fact key), and items only versions later than `v` have (not yet reported), are skipped.
 *
 * Cost: per version one inverted index of its sentences; every distinct wording of every
 * other version is looked up once in it (posting lists longer than `maxPostings` ignored).
 */
import type { Doc, Evidence, FactKey, Finding, Sentence, Token } from '../types.js';
import { inCredit, readCredits } from '../read/bylines.js';
import { dateExtents } from '../read/date-spans.js';
import { EN } from '../lang/en/index.js';
import { weekdaysFromMonday } from '../lang/index.js';
import { foldSurname } from '../read/names.js';
import { ACCORDING_TO, NON_PERSON_WORDS, SPEAKER_BODY_WORDS, SPEECH_VERBS, STRIPPED_TITLES as TITLE_WORDS } from '../lang/en/people.js';
import { findQuantities, isYearNumber, QUALIFIER_PHRASES, type QuantityExpr } from '../read/numbers.js';
import { hedgeAllows } from '../kinds/hedges.js';
import { majorityOf } from '../majority.js';
import { builtin, factKey } from '../findings.js';
import type { SetAlignment } from './align.js';
import { neighboursOf } from './window.js';
import { SentenceShare, type SharedSentence } from './share.js';
import { contentKeys, isNameToken, lowerKeys, midSentenceCapitals, QUOTE_OR_BREAK, sentenceWords, sortedCopy, tokenKey } from './tokens.js';
import { SetCache } from '../set-cache.js';
import { canonicalUnit, MEASURES, UNIT_HEAD } from '../lang/en/units.js';
import { AGE_OLD, AGE_UNITS, CLOCK_WORDS, KIN_COUNT_MAX, KIN_COUNT_NOUNS, KIN_POSSESSIVES, MINOR_DURATION_UNITS, SEASON_WORDS } from '../lang/en/facts.js';
import { AGE_WORDS } from '../lang/en/quantities.js';

export interface DroppedOptions {
  /** True when version `a` is older than version `b` (default: no order, all concurrent). */
  older?: (a: string, b: string) => boolean;
  /** Dice over content words at or above which a non-aligned sentence counts as a paraphrase. Default 0.3. */
  minSoft?: number;
  /** Dice at or above which two sentences are near-copies (skipped). Default 0.8. */
  nearCopy?: number;
  /** Sentences on each side of the counterpart searched for numbers and dates. Default 2. */
  window?: number;
  /** Posting lists longer than this are not used to find paraphrases. Default 500. */
  maxPostings?: number;
  /** Versions known to start mid-story (missing-opening): they do not cover the opening of others. */
  midStory?: ReadonlySet<string>;
  /**
   * Figures that are not the story's current facts: parts, background figures and
   * superseded tolls, as the claim rules read them. A version that lacks one dropped nothing.
   */
  minorFigures?: ReadonlySet<number>;
  /**
   * A fact left out with its whole sentence counts only when the version copies the other
   * one: at least this share of the other's sentences are aligned with it. Default 0.5.
   */
  minCopied?: number;
  /**
   * Whether version `v` may be read as a rewrite or copy of version `u` (outlets.ts: not another
   * wire service's own story, and a declared copy only of the version it copies). Default: every pair.
   */
  rewriteOf?: (u: string, v: string) => boolean;
  /** Counts the version pairs compared (for tests of the shape of the work). */
  work?: AlignWork;
  /** The set's repeated sentences, when the caller shares them between its steps (see share.ts). */
  share?: SentenceShare;
}

/** Work counted by the alignment checks: version pairs compared. */
export interface AlignWork {
  pairs: number;
}

export type FactKind = 'name' | 'number' | 'date' | 'qualifier';

/** A fact item of one sentence. */
export interface FactItem {
  kind: FactKind;
  /** As written ("Wednesday night", "more than three"). */
  text: string;
  /** Comparison key: "name:putin", "number:3", "date:wednesday", "qualifier:3". */
  key: string;
  /** name: folded surname (or acronym); date: core words; number/qualifier: the value. */
  probe: string[];
  /** number/qualifier: the value; undefined for names and dates (present on every item: one object shape). */
  value: number | undefined;
  /** number/qualifier: what the figure counts, as its sentence words it (`FigureSense`); null for names and dates. */
  sense: FigureSense | null;
}

/**
 * What a figure counts, read from the words around it in its own clause: the noun right after
 * it ("112 *homes*", as a unit class: "passengers" ~ "people") and the lemmas of the content
 * words close by ("Fourteen were in *critical condition*", "*destroyed* 240 homes"). A later
 * version that gives another figure with the same sense restated the fact with a new value
 * (an update or a contradiction, the claim rules' business): it dropped nothing.
 */
export interface FigureSense {
  unit: string | null;
  context: readonly string[];
}

const NOT_NAMES: ReadonlySet<string> = new Set([
  'i',
  ...weekdaysFromMonday(EN),
  ...EN.calendar.months.filter((m) => !EN.calendar.monthsThatAreWords.includes(m)),
]);
/** Words of a date expression that do not carry its identity. */
const DATE_FILLER: ReadonlySet<string> = new Set([
  'on', 'the', 'of', 'in', 'at', 'by', 'this', 'early', 'late', 'night', 'morning', 'afternoon', 'evening',
  'overnight', "'s", 'a', 'an', 'until', 'since', 'from', 'to', 'during',
]);
const NEXT_WORDS = EN.calendar.nextWords;
/** Regexes run per token or item, made once (a regex literal is a new object each time it is evaluated). */
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const INITIALS = /^(?:\p{L}\.)+$/u;
const POSSESSIVE_S = /[’']s$/u;
const POSSESSIVE_TOKEN = /^[’']s?$/u;
const LAST_WORDS = EN.calendar.lastWords;

interface SourceSentence {
  doc: Doc;
  sentence: Sentence;
  words: Token[];
  /** The sentence as the set's versions share it. */
  shared: SharedSentence;
  /** Content keys as numbers (`SentenceShare.keys`; shared by the copies of the sentence: never changed). */
  keys: readonly number[];
  /** Fact items, read on first use (most sentences are near-copies and never need them). */
  items: () => FactItem[];
  /**
   * The sentence's alignment group and wording (its token keys) as one number, read on first
   * use: sentences with the same group and wording, in any version, share it.
   */
  slot: () => number;
  /** Whether it has enough content words to count as a neighbour. */
  substantive: boolean;
}

/**
 * A figure of a window of sentences: what the checks read of it (its value, high end and
 * qualifier; not its word positions, which count from its own sentence when the window is
 * read sentence by sentence).
 *
 * The figures of sentences put one after another are the figures of each, when every one but
 * the last ends in a full stop, "!" or "?" (`CLOSING`): read/numbers.ts reads no number, range
 * or "or more" through such a word, nor a qualifier or change verb before a number across it
 * (no qualifier phrase or change verb holds one: checked when the list is made).
 */
type Figure = Pick<QuantityExpr, 'value' | 'high' | 'qualifier'>;

const CLOSING: ReadonlySet<string> = new Set(
  ['.', '!', '?'].filter((p) => !QUALIFIER_PHRASES.some(([phrase]) => phrase.split(' ').includes(p)) && !EN.changeVerbs.includes(p)),
);

/** Whether a sentence's lower words end in a full stop (see `Figure`). */
function endsClosed(lower: readonly string[]): boolean {
  return CLOSING.has(lower[lower.length - 1] ?? '');
}

/** Read-only, lazily computed sequence (counterparts are only worked out where needed). */
interface Lazy<T> {
  length: number;
  at(i: number): T;
}

/** Not worked out yet, and null, in `LazyIndex`'s memo (the values are sentence indexes, never negative). */
const UNKNOWN = -2;
const NONE = -1;

/**
 * A lazy sequence of sentence indexes or null, memoised in the first `length` places of a typed
 * array (a pair makes two: the run's `LazyMemos`, reused pair after pair, as a pair's sequences
 * are not kept past it).
 */
class LazyIndex implements Lazy<number | null> {
  constructor(
    readonly length: number,
    private readonly compute: (i: number) => number | null,
    private readonly memo: Int32Array,
  ) {
    memo.fill(UNKNOWN, 0, length);
  }

  at(i: number): number | null {
    if (i < 0 || i >= this.length) throw new RangeError(`index ${i} out of 0..${this.length - 1}`);
    let value = this.memo[i] as number;
    if (value === UNKNOWN) {
      const computed = this.compute(i);
      this.memo[i] = value = computed === null ? NONE : computed;
    }
    return value === NONE ? null : value;
  }
}

interface VersionIndex {
  doc: Doc;
  /** The version's sentences (as sources: their keys and shared readings). */
  list: readonly SourceSentence[];
  keys: Array<readonly number[]>;
  postings: Postings;
  /** Folded words of the whole version, for names. */
  words: VersionNames;
  /** Lower words of the whole version without date filler words, for date phrases (read on first use). */
  dateWords: () => readonly string[];
  /** Scratch counts per sentence for `softMatch`, all zero between calls. */
  counts: Int32Array;
  /** Scratch list of the sentences `softMatch` met, in the order first met (each at most once: one place per sentence). */
  met: Int32Array;
}

/**
 * The sentences of a version by content key number, in one flat list: the sentences with key
 * `ids[p]` are `sentences[starts[p]]` up to (not including) `sentences[starts[p + 1]]`, in
 * sentence order. `ids` is sorted (looked up by bisection).
 */
interface Postings {
  ids: Int32Array;
  starts: Int32Array;
  sentences: Int32Array;
}

interface Pending {
  version: string;
  item: FactItem;
  /** Window of v's sentences [from, to] the item was looked for in. */
  from: number;
  to: number;
  counterpart: number | null;
  sources: Array<{ version: string; sentence: number }>;
}

/** The settings of `droppedFactFindings`, defaults filled in. */
type DropSettings = Required<Omit<DroppedOptions, 'work' | 'older' | 'share' | 'rewriteOf'>> & { weakSoft: number; work: AlignWork | undefined };

/** The memos of the two lazy sequences of the pair being compared (`LazyIndex`), grown as needed. */
interface LazyMemos {
  raw: Int32Array;
  counterpart: Int32Array;
}

/** What the version pairs of one run of `droppedFactFindings` share. */
interface DropRun {
  docs: readonly Doc[];
  alignment: SetAlignment;
  byId: ReadonlyMap<string, Doc>;
  settings: DropSettings;
  /** The source sentences of a version, built once per version. */
  sourceOf: (doc: Doc) => SourceSentence[];
  /** Whether a deleted-mention already reports the item as cut from version `v`. */
  alreadyCut: (v: string, item: FactItem) => boolean;
  pending: Pending[];
  /** Pending items by version and key, to merge one dropped in overlapping windows. */
  pendingByKey: Map<string, Pending[]>;
  /** What the versions' copies of a sentence share (their words read the same). */
  readings: SharedReadings;
  memos: LazyMemos;
  /** Whether v may be read as a rewrite or copy of u (`DroppedOptions.rewriteOf`). */
  rewriteOf: (u: string, v: string) => boolean;
}

/** Version `v` as the pairs it is compared in see it. */
interface Target {
  vdoc: Doc;
  index: VersionIndex;
  vSentenceOfGroup: ReadonlyMap<number, number>;
  nearIds: ReadonlySet<string>;
  /** Wordings already taken up for v (from another copy holding them) are not judged again. */
  seenWording: Set<number>;
  /** The figures of a window of v's sentences, read once for every source version and sentence. */
  quantitiesIn: Map<number | string, Figure[]>;
  /** The soft match in v of each distinct source sentence (by `SharedSentence.no`), once for every source version. */
  softMatches: Map<number, number | null>;
  /** v's figures with their sense (its sentences' number items), read on first need. */
  figures: FactItem[] | null;
}

/** `omission` findings (rule `dropped-fact`) for facts lost in reworded sentences; see the module comment. */
export function droppedFactFindings(
  docs: readonly Doc[],
  alignment: SetAlignment,
  cuts: readonly FactKey[] = [],
  options: DroppedOptions = {},
): Finding[] {
  if (docs.length < 2) return [];
  const run = dropRun(docs, alignment, cuts, options);
  docs.forEach((vdoc, vi) => {
    const near = neighboursOf(docs, vi);
    const target = targetOf(run, vdoc, near);
    for (const udoc of near) {
      if (udoc.version.id === vdoc.version.id || !run.rewriteOf(udoc.version.id, vdoc.version.id)) continue;
      if (run.settings.work) run.settings.work.pairs++;
      comparePair(run, target, udoc);
    }
  });
  return pendingFindings(run, options.older ?? ((): boolean => false));
}

function dropSettings(options: DroppedOptions): DropSettings {
  const minSoft = options.minSoft ?? 0.3;
  return {
    minSoft,
    weakSoft: minSoft / 2,
    nearCopy: options.nearCopy ?? 0.8,
    window: options.window ?? 2,
    maxPostings: options.maxPostings ?? 500,
    midStory: options.midStory ?? new Set<string>(),
    minorFigures: options.minorFigures ?? new Set<number>(),
    minCopied: options.minCopied ?? 0.5,
    work: options.work,
  };
}

/** What one set's comparisons share: the docs, the settings, the readings, the cuts already reported. */
function dropRun(docs: readonly Doc[], alignment: SetAlignment, cuts: readonly FactKey[], options: DroppedOptions): DropRun {
  const readings = sharedReadings(options.share ?? new SentenceShare());
  const deleted = new Set(cuts.flatMap((k) => k.versions.flatMap((v) => (k.names ?? []).map((n) => `${v}\u0001${n}`))));
  return {
    docs,
    alignment,
    byId: new Map(docs.map((d) => [d.version.id, d])),
    settings: dropSettings(options),
    sourceOf: sourceSentences(alignment, readings),
    alreadyCut: (v, item) =>
      deleted.has(`${v}\u0001${item.text.toLowerCase()}`) || (item.kind === 'name' && deleted.has(`${v}\u0001${item.probe[0] ?? ''}`)),
    pending: [],
    pendingByKey: new Map(),
    readings,
    memos: { raw: new Int32Array(0), counterpart: new Int32Array(0) },
    rewriteOf: options.rewriteOf ?? ((): boolean => true),
  };
}

/** The version `vdoc` as the target of comparisons with its neighbours `near`. */
function targetOf(run: DropRun, vdoc: Doc, near: readonly Doc[]): Target {
  const vSentenceOfGroup = new Map<number, number>();
  (run.alignment.groupOf[vdoc.version.id] ?? []).forEach((g, i) => {
    if (g >= 0) vSentenceOfGroup.set(g, i);
  });
  return {
    vdoc,
    index: indexVersion(vdoc, run.sourceOf(vdoc), run.readings),
    vSentenceOfGroup,
    nearIds: new Set(near.map((d) => d.version.id)),
    seenWording: new Set<number>(),
    softMatches: new Map<number, number | null>(),
    quantitiesIn: new Map<number | string, Figure[]>(),
    figures: null,
  };
}

/** The source sentences of each version, read on first use and kept. */
function sourceSentences(alignment: SetAlignment, readings: SharedReadings): (doc: Doc) => SourceSentence[] {
  const sources = new Map<string, SourceSentence[]>();
  // Group-and-wording pairs numbered once per sentence: the pairs compare numbers, not strings.
  // One Map by the pair as one number (groups run from -1 to below their count), no Map per wording.
  const slots = new Map<number, number>();
  const width = alignment.groups.length + 1;
  const slotOf = (group: number, wording: number): number => {
    const pair = wording * width + group + 1;
    let n = slots.get(pair);
    if (n === undefined) slots.set(pair, (n = slots.size));
    return n;
  };
  return (doc) => {
    const cached = sources.get(doc.version.id);
    if (cached) return cached;
    const version: SourceVersion = {
      doc,
      caps: midSentenceCapitals(doc),
      credits: readCredits(doc.version),
      row: alignment.groupOf[doc.version.id] ?? [],
      readings,
      slotOf,
    };
    // pushed, not mapped: one list shape whichever tier made it (see `lowerKeys`)
    const list: SourceSentence[] = [];
    for (let at = 0; at < doc.sentences.length; at++) list.push(new Source(version, doc.sentences[at] as Sentence, at));
    sources.set(doc.version.id, list);
    return list;
  };
}

/** What the source sentences of one version share. */
interface SourceVersion {
  doc: Doc;
  caps: ReadonlySet<string>;
  credits: ReturnType<typeof readCredits>;
  /** The version's alignment row (group of each sentence). */
  row: readonly number[];
  readings: SharedReadings;
  slotOf: (group: number, wording: number) => number;
}

/** A source sentence; items and slot read on first use (a class: no closures per sentence). */
class Source implements SourceSentence {
  readonly doc: Doc;
  readonly words: Token[];
  readonly shared: SharedSentence;
  readonly keys: readonly number[];
  readonly substantive: boolean;
  private itemList: FactItem[] | null = null;
  private slotNo = -1;

  constructor(
    private readonly version: SourceVersion,
    readonly sentence: Sentence,
    private readonly at: number,
  ) {
    this.doc = version.doc;
    this.words = sentenceWords(version.doc, sentence);
    this.shared = version.readings.share.of(version.doc, sentence);
    this.keys = version.readings.keys(this.shared);
    this.substantive = this.keys.length >= 3;
  }

  items(): FactItem[] {
    const { doc, credits, caps, readings } = this.version;
    // A credit line ("X in Kyiv contributed") holds no fact of the story.
    return (this.itemList ??= inCredit(credits, this.sentence) ? [] : readings.items(doc, this.shared, this.words, caps));
  }

  slot(): number {
    if (this.slotNo < 0) this.slotNo = this.version.slotOf(this.version.row[this.at] ?? -1, this.version.readings.wording(this.shared));
    return this.slotNo;
  }
}

/**
 * Readings of a sentence that depend on its words only, kept per distinct sentence of the
 * set (see share.ts): content keys, wording, lower words, and the figures of runs of sentences.
 */
interface SharedReadings {
  share: SentenceShare;
  /** The sentence's content keys as numbers (`SentenceShare.keys`), in their order. */
  keys(shared: SharedSentence): readonly number[];
  /** Unweighted Dice over the content keys of two sentences. */
  dice(a: readonly number[], b: readonly number[]): number;
  /** The sentence's content keys without its attribution and figures (`sayingKeys`), in their order. */
  sayingKeys(shared: SharedSentence): readonly number[];
  /** Number of the sentence's wording (its token keys): equal wordings, equal numbers. */
  wording(shared: SharedSentence): number;
  /** The figures read in a run of sentences (by their shared numbers), one after another. */
  quantities(run: readonly SharedSentence[]): Figure[];
  /** What the indexes read from a token, kept by its text (the versions share most token texts). */
  token(t: Token): TokenReading;
  /** The fact items of a sentence of `doc` (its own words), read once for the copies that read them alike. */
  items(doc: Doc, shared: SharedSentence, words: readonly Token[], caps: ReadonlySet<string>): FactItem[];
  /** The folded name forms of every token of a version (`TokenReading.name`), read once per version. */
  names(doc: Doc): VersionNames;
}

/**
 * The fact items of the copies of one sentence. They depend on its words (its shape: the item
 * texts are slices of equal sentence texts at equal offsets) and on the version only through
 * `caps`, for a capitalised word opening the sentence or a quote (`probes`): a copy whose
 * version capitalises the same of those words mid-sentence (`hits`) has the same items.
 */
interface ItemVariants {
  probes: string[];
  variants: Array<{ hits: boolean[]; items: FactItem[] }>;
}

function sharedItems(figures: (shared: SharedSentence) => readonly QuantityExpr[]): SharedReadings['items'] {
  const bySentence: ItemVariants[] = [];
  return (doc, shared, words, caps) => {
    let known = bySentence[shared.no];
    if (known === undefined) bySentence[shared.no] = known = { probes: initialCapitals(words), variants: [] };
    const { probes, variants } = known;
    for (const v of variants) if (probes.every((w, k) => caps.has(w) === v.hits[k])) return v.items;
    const items = factItems(doc, words, caps, figures(shared));
    variants.push({ hits: probes.map((w) => caps.has(w)), items });
    return items;
  };
}

/** Texts of the capitalised words that open the sentence or a quote (the only ones `caps` is asked about). */
function initialCapitals(words: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token;
    if (initial(words, i) && UPPER_START.test(t.text)) out.push(t.text);
  }
  return out;
}

/** A token as a version's index reads it. */
interface TokenReading {
  /** The lower-case form it was read with. */
  lower: string;
  /** Its folded surname form, for names (null without a letter). */
  name: string | null;
  /** Its lower-case key, for date phrases (null without a letter or digit, or for a date filler word). */
  date: string | null;
}

function readToken(text: string, lower: string): TokenReading {
  const date = LETTER_OR_DIGIT.test(text) ? tokenKey(lower) : null;
  return {
    lower,
    name: LETTER.test(text) ? foldSurname(tokenKey(text)) : null,
    date: date === null || DATE_FILLER.has(date) ? null : date,
  };
}

function sharedReadings(share: SentenceShare): SharedReadings {
  const numbers = new KeyDice(share);
  const wordings = new WordingNumbers();
  const lowers: string[][] = [];
  const lower = (x: SharedSentence): string[] => (lowers[x.no] ??= lowerKeys(x.words));
  const figures = new Map<string, Figure[]>();
  const sentenceFigures: Array<readonly QuantityExpr[]> = [];
  const ownFigures = (x: SharedSentence): readonly QuantityExpr[] => (sentenceFigures[x.no] ??= findQuantities(lower(x)));
  const tokens = new Map<string, TokenReading>();
  const token = (t: Token): TokenReading => {
    const known = tokens.get(t.text);
    if (known !== undefined && known.lower === t.lower) return known;
    const read = readToken(t.text, t.lower);
    if (known === undefined) tokens.set(t.text, read);
    return read;
  };
  const book = new NameBook(share, token);
  const sayings: Array<readonly number[]> = [];
  return {
    sayingKeys: (x) => (sayings[x.no] ??= sayingKeysOf(x.words, contentKeys(x.words), share.keys(x), ownFigures(x))),
    token,
    names: (doc) => book.of(doc),
    share,
    items: sharedItems(ownFigures),
    keys: (x) => share.keys(x),
    dice: (a, b) => numbers.dice(a, b),
    wording: (x) => wordings.of(x),
    quantities: (run) => {
      const key = run.map((x) => x.no).join(',');
      let found = figures.get(key);
      if (!found) {
        // Sentences that each end in a full stop are read one by one, once per sentence (see `Figure`).
        found = run.every((x, k) => k === run.length - 1 || endsClosed(lower(x))) ? run.flatMap(ownFigures) : findQuantities(run.flatMap(lower));
        figures.set(key, found);
      }
      return found;
    },
  };
}

/**
 * The content keys of a sentence that say what it is about: without the words of its
 * attribution ("…, said Transport Minister Anna Kovac", "Kovac said", "according to police"), of its
 * vague amounts ("hundreds of thousands of pilgrims") and of its times ("last year"). Two sentences that share only those are
 * about different things ("The festival draws hundreds of thousands of pilgrims every year" and
 * "Hundreds of thousands of pilgrims had gathered … before noon").
 */
function sayingKeysOf(words: readonly Token[], texts: readonly string[], keys: readonly number[], figures: readonly QuantityExpr[]): readonly number[] {
  const left: string[] = [];
  const leave = (k: number): void => {
    left.push(tokenKey((words[k] as Token).lower));
  };
  // Vague amounts are common words; an exact figure ("three", "6,000") is part of what is said.
  for (const q of figures) if (q.qualifier === 'several') for (let k = q.start; k < q.end; k++) leave(k);
  // Words of a time ("last year", "on Tuesday"): a fact either may drop, not what the sentence says.
  for (let k = 0; k < words.length; k++) {
    const l = (words[k] as Token).lower;
    if (TIME_WORDS.has(l)) leave(k);
    // "last year", "the past five years"
    else if (LAST_OR_NEXT.has(l) && (TIME_WORDS.has(words[k + 1]?.lower ?? '') || TIME_WORDS.has(words[k + 2]?.lower ?? ''))) leave(k);
  }
  for (let k = 0; k < words.length; k++) {
    const t = words[k] as Token;
    const according = t.lower === ACCORDING_TO[0] && words[k + 1]?.lower === ACCORDING_TO[1];
    if (!SPEECH_VERBS.has(t.lower) && !according) continue;
    // The speaker's run of names and titles after the verb, and before it.
    for (let j = k + (according ? 2 : 1); j < words.length && attributionWord(words, j); j++) leave(j);
    for (let j = k - 1; j >= 0 && attributionWord(words, j); j--) leave(j);
  }
  if (left.length === 0) return keys;
  const out: number[] = [];
  for (let x = 0; x < keys.length; x++) if (!left.includes(texts[x] as string)) out.push(keys[x] as number);
  return out;
}

/** Words of a time of the calendar (lower case): days, months, parts of days, periods and their plurals. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...weekdaysFromMonday(EN),
  ...EN.calendar.months.filter((m) => !EN.calendar.monthsThatAreWords.includes(m)),
  ...EN.calendar.partsOfDay,
  ...EN.calendar.relativeDays,
  ...EN.calendar.periods,
  ...EN.calendar.periods.map((p) => `${p}s`),
]);
const LAST_OR_NEXT: ReadonlySet<string> = new Set([...EN.calendar.lastWords, ...EN.calendar.nextWords]);

/** A word of a speaker's name and title: capitalised, a title word, or a body that speaks ("said police"). */
function attributionWord(words: readonly Token[], k: number): boolean {
  const t = words[k] as Token;
  return UPPER_START.test(t.text) || TITLE_WORDS.has(t.lower) || SPEAKER_BODY_WORDS.has(t.lower);
}

/**
 * Numbers of the wordings of the set's sentences (their token keys joined by spaces): equal
 * wordings, equal numbers. The copies of a sentence share one; distinct sentences are told
 * apart by a hash of the joined keys, read character by character, and the joined text is only
 * written out for two sentences with the same hash (most often the same wording).
 */
class WordingNumbers {
  private readonly byNo: number[] = [];
  /** Sentences read, by hash of their wording, with its number (and its text, once written out). */
  private readonly byHash = new Map<number, Array<{ words: readonly Token[]; n: number; text: string | undefined }>>();
  private count = 0;

  of(x: SharedSentence): number {
    let n = this.byNo[x.no];
    if (n === undefined) this.byNo[x.no] = n = this.number(x.words);
    return n;
  }

  private number(words: readonly Token[]): number {
    const hash = wordingHash(words);
    const known = this.byHash.get(hash);
    if (known === undefined) {
      const n = this.count++;
      this.byHash.set(hash, [{ words, n, text: undefined }]);
      return n;
    }
    const text = wordingText(words);
    for (const k of known) if ((k.text ??= wordingText(k.words)) === text) return k.n;
    const n = this.count++;
    known.push({ words, n, text });
    return n;
  }
}

/** The wording of a sentence: its token keys joined by spaces. */
function wordingText(words: readonly Token[]): string {
  return words.map((t) => tokenKey(t.text)).join(' ');
}

/** A hash (FNV-1a) of `wordingText(words)`, read without writing it out. */
function wordingHash(words: readonly Token[]): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) h = Math.imul(h ^ 32, 0x01000193);
    const key = tokenKey((words[k] as Token).text);
    for (let c = 0; c < key.length; c++) h = Math.imul(h ^ key.charCodeAt(c), 0x01000193);
  }
  return h | 0;
}

/** What the sentences of one pair (source version u, target v) share in `comparePair`. */
interface PairView {
  u: string;
  /** Counterpart in v of each sentence of u (group member, else a soft match a neighbour backs), worked out lazily. */
  counterpart: LazyIndex;
  substantive: readonly boolean[];
  /** v is a copy of u: it is held to every sentence of u, even one with no counterpart. */
  copies: boolean;
  /** Whether v rewrites u (worked out on first need). */
  rewrites: () => boolean;
}

/** The facts of version u's sentences that version v (the target) dropped, added to the run's pending items. */
function comparePair(run: DropRun, target: Target, udoc: Doc): void {
  const list = run.sourceOf(udoc);
  const pair = pairView(run, target, udoc.version.id, list);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s) compareSentence(run, target, pair, s, i);
  }
}

function pairView(run: DropRun, target: Target, u: string, list: readonly SourceSentence[]): PairView {
  const { minSoft, maxPostings, window, minCopied } = run.settings;
  const { vSentenceOfGroup } = target;
  const uRow = run.alignment.groupOf[u] ?? [];
  // Counterpart in v of each sentence of u (group member, else best soft match), worked out lazily.
  const aligned = (i: number): number | null => vSentenceOfGroup.get(uRow[i] ?? -1) ?? null;
  const { memos } = run;
  if (memos.raw.length < list.length) {
    memos.raw = new Int32Array(list.length);
    memos.counterpart = new Int32Array(list.length);
  }
  const raw = new LazyIndex(list.length, (i) => aligned(i) ?? softMatchOf(run.readings, target, list[i], minSoft, maxPostings), memos.raw);
  // A soft match counts only where a neighbour's counterpart lies close to it in v.
  const counterpart = new LazyIndex(list.length, (i) => {
    const c = raw.at(i);
    return c === null || aligned(i) !== null || nearNeighbour(raw, i, c, window) ? c : null;
  }, memos.counterpart);
  const substantive = substantiveOf(list);
  // Another outlet's story or a rewrite leaves sentences out by design: only a copy is held to them.
  const copies = copiedShare(uRow, vSentenceOfGroup) >= minCopied;
  // A rewrite of u matches most of u's substantive sentences, at least loosely (a paraphrase:
  // 51-68% for the AI rewrite among the seeds); another outlet's own story on the same event
  // shares fewer (23-41% between four outlets' copies of one real shooting).
  let rewrite: boolean | undefined;
  const rewrites = (): boolean => (rewrite ??= copies || matchedShare(counterpart, substantive) >= minCopied);
  return { u, counterpart, substantive, copies, rewrites };
}

/** The items of source sentence `i` of u that v dropped become pending. */
function compareSentence(run: DropRun, target: Target, pair: PairView, s: SourceSentence, i: number): void {
  const { index, seenWording } = target;
  const wording = s.slot();
  if (seenWording.has(wording)) return;
  const c = pair.counterpart.at(i);
  if (c !== null && run.readings.dice(s.keys, index.keys[c] ?? NO_KEYS) >= run.settings.nearCopy) return;
  // Another outlet's own sentence on the event is no rewording of u's: what it lacks it never had.
  if (!pair.rewrites()) return;
  const items = s.items();
  if (items.length === 0) return;
  const spans = windowsOf(run, target, pair, i, c);
  if (spans === null) return;
  seenWording.add(wording);
  takeItems(run, target, pair, s, i, c, items, spans);
}

/**
 * The items of source sentence `i` (counterpart `c`, looked for in `spans`) that v dropped.
 * Apart from `compareSentence`: most sentences stop before here (near-copies), and the
 * closures below would make every call of it allocate their context.
 */
function takeItems(
  run: DropRun,
  target: Target,
  pair: PairView,
  s: SourceSentence,
  i: number,
  c: number | null,
  items: readonly FactItem[],
  spans: Array<[number, number]>,
): void {
  // Without a counterpart, only a copy of u is held to its sentences (see `PairView.copies`).
  if (c === null && !pair.copies) return;
  const { index } = target;
  // A counterpart with figures of its own that the source lacks changed its numbers
  // (an update or a contradiction, reported by the claim rules), it did not drop them.
  // Figures are read only for a sentence that has some (most items are names and dates).
  const figures = items.some((x) => x.kind === 'number' || x.kind === 'qualifier');
  const weak = figures ? (c ?? closest(run.readings, s.keys, index, spans, run.settings.weakSoft)) : null;
  const changed = weak !== null && numbersChanged(s, quantitiesIn(run, target, [[weak, weak]]));
  // A counterpart that gives a date of its own changed the date ("Nov. 2" for "Nov. 3"), it did not drop it.
  const dateChanged = c !== null && items.some((x) => x.kind === 'date') && (run.sourceOf(target.vdoc)[c]?.items().some((x) => x.kind === 'date') ?? false);
  let quantities: Figure[] | undefined;
  const found: Found = { u: pair.u, i, c, spans, source: s, quantities: () => (quantities ??= quantitiesIn(run, target, spans)) };
  for (const item of items) {
    if (changed && (item.kind === 'number' || item.kind === 'qualifier')) continue;
    if (dateChanged && item.kind === 'date') continue;
    takeItem(run, target, found, item);
  }
}

/**
 * The windows of v that source sentence `i` (counterpart `c`) is looked for in: around its
 * counterpart and its covered neighbours' ones; null when its neighbourhood in v is not covered.
 */
function windowsOf(run: DropRun, target: Target, pair: PairView, i: number, c: number | null): Array<[number, number]> | null {
  const { window, midStory } = run.settings;
  const { counterpart, substantive } = pair;
  const length = target.vdoc.sentences.length;
  const before = coveredNeighbour(counterpart, substantive, i, -1, window);
  const after = coveredNeighbour(counterpart, substantive, i, 1, window);
  if (before === undefined || after === undefined) return null;
  // At an end of u, v must be at the same end of its own text, and its adjacent sentence covered.
  if (before === null && (after === null || after > window || midStory.has(target.vdoc.version.id) || counterpartOrNull(counterpart, nextSubstantive(substantive, i, 1)) === null)) return null;
  if (after === null && (before === null || before < length - 1 - window || counterpartOrNull(counterpart, nextSubstantive(substantive, i, -1)) === null)) return null;
  const anchors = [c, before, after].filter((x): x is number => x !== null);
  if (anchors.length === 0) return null;
  return windowsAround(anchors, window, length);
}

function counterpartOrNull(counterpart: LazyIndex, k: number): number | null {
  return k < 0 ? null : counterpart.at(k);
}

/** A source sentence of u with its counterpart (or null) in v and the windows of v it was looked for in. */
interface Found {
  u: string;
  i: number;
  c: number | null;
  spans: ReadonlyArray<[number, number]>;
  source: SourceSentence;
  /** The figures of those windows, read on first use. */
  quantities: () => readonly Figure[];
}

/** An item of the source sentence that v dropped becomes pending (or a further source of a pending one). */
function takeItem(run: DropRun, target: Target, found: Found, item: FactItem): void {
  const { u, i, c, spans, quantities } = found;
  const { index, nearIds } = target;
  const v = target.vdoc.version.id;
  if (item.value !== undefined && (item.kind === 'number' || item.kind === 'qualifier') && run.settings.minorFigures.has(item.value)) return;
  if (!dropped(item, quantities, index.words, index.dateWords)) return;
  if (run.alreadyCut(v, item)) return;
  if (restated(run, target, found.source, item)) return;
  const from = spans[0]?.[0] ?? 0;
  const to = spans[spans.length - 1]?.[1] ?? 0;
  const keyed = run.pendingByKey.get(`${v}\u0001${item.key}`) ?? [];
  const same = keyed.find((p) => p.from <= to && from <= p.to);
  if (same) {
    addSource(same.sources, u, i);
    return;
  }
  const sourcesOf: Pending['sources'] = [{ version: u, sentence: i }];
  // Copies of the source sentence in other versions (its alignment group) that have the item too.
  const uRow = run.alignment.groupOf[u] ?? [];
  for (const m of run.alignment.groups[uRow[i] ?? -1]?.members ?? []) {
    if (m.version === v || m.version === u || !nearIds.has(m.version) || !run.rewriteOf(m.version, v)) continue;
    const d = run.byId.get(m.version);
    if (d && run.sourceOf(d)[m.sentence]?.items().some((x) => x.key === item.key)) addSource(sourcesOf, m.version, m.sentence);
  }
  const entry: Pending = { version: v, item, from, to, counterpart: c, sources: sourcesOf };
  run.pending.push(entry);
  run.pendingByKey.set(`${v}\u0001${item.key}`, [...keyed, entry]);
}

/**
 * Whether v gives another value for what figure `item` of source sentence `s` counts (`sameSense`):
 * "the number of homes destroyed had risen to 240" restates "destroys 112 homes". The other
 * value must be none of the source sentence's own figures ("112 homes and 30 barns" against
 * "112 homes" dropped the barns) and no year.
 */
function restated(run: DropRun, target: Target, s: SourceSentence, item: FactItem): boolean {
  const sense = item.sense;
  if (sense === null) return false;
  const figures = (target.figures ??= run.sourceOf(target.vdoc).flatMap((x) => x.items().filter((y) => y.kind === 'number')));
  if (figures.length === 0) return false;
  const own = s.items();
  return figures.some(
    (f) =>
      f.value !== undefined &&
      f.sense !== null &&
      !isYearNumber(f.value) &&
      !own.some((x) => x.kind === 'number' && x.value === f.value) &&
      sameSense(sense, f.sense),
  );
}

/**
 * One `dropped-fact` finding per source sentence and version: the items v dropped from one
 * sentence (left out or reworded) are one finding, a fold listing them (`members`) when there are
 * several. Skipped: items only later versions have (not yet reported), names few versions carry.
 */
function pendingFindings(run: DropRun, older: (a: string, b: string) => boolean): Finding[] {
  const rareName = rareNames(run.docs, run.readings);
  const groups = new Map<string, Pending[]>();
  for (const p of run.pending) {
    // Only versions later than v have it: not yet reported, not dropped.
    if (p.sources.every((x) => older(p.version, x.version))) continue;
    // A name few versions carry is folded by the list rules, not reported per sentence.
    if (p.item.kind === 'name' && rareName(p.item)) continue;
    const first = p.sources[0];
    const key = `${p.version}\u0001${p.counterpart ?? ''}\u0001${first?.version ?? ''}\u0001${first?.sentence ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const f = group.length === 1 ? itemFinding(run, group[0] as Pending) : sentenceFinding(run, group);
    if (f) findings.push(f);
  }
  return findings;
}

/** The evidence of a pending item or sentence: v's counterpart (if any), then each source sentence. */
function pendingEvidence(run: DropRun, p: Pending, sources: Pending['sources'], value: (e: 'counterpart' | 'source') => string | undefined): Evidence[] {
  const vdoc = run.byId.get(p.version);
  const evidence: Evidence[] = [];
  const cs = p.counterpart === null ? undefined : vdoc?.sentences[p.counterpart];
  if (vdoc && cs) evidence.push({ version: p.version, path: vdoc.version.path, ...vdoc.version.map.place(cs.start), text: cs.text, ...valueOf(value('counterpart')) });
  for (const src of sources) {
    const d = run.byId.get(src.version);
    const s = d?.sentences[src.sentence];
    if (d && s) evidence.push({ version: src.version, path: d.version.path, ...d.version.map.place(s.start), text: s.text, ...valueOf(value('source')) });
  }
  return evidence;
}

function valueOf(value: string | undefined): { value?: string } {
  return value === undefined ? {} : { value };
}

function droppedHow(p: Pending, what: string, having: readonly string[]): string {
  return p.counterpart === null
    ? `${p.version} dropped ${what} with a sentence it left out (still in ${having.join(', ')})`
    : `${p.version} dropped ${what} when rewording a sentence (still in ${having.join(', ')})`;
}

/** The finding of one item v dropped from a sentence. */
function itemFinding(run: DropRun, p: Pending): Finding | null {
  if (!run.byId.has(p.version)) return null;
  const evidence = pendingEvidence(run, p, p.sources, (e) => (e === 'counterpart' ? '' : p.item.text));
  return {
    ...builtin('dropped-fact'),
    subject: p.item.text,
    versions: [p.version],
    message: droppedHow(p, describe(p.item), p.sources.map((x) => x.version)),
    evidence,
    actual: 'missing',
    expected: p.item.text,
    fact: factKey({ versions: [p.version], evidence }, { rule: 'dropped-fact', origin: 'check', kind: p.item.kind, subject: p.item.text, loss: 'reworded' }),
  };
}

/** The finding of the items v dropped from one sentence: a fold whose members are the items as written. */
function sentenceFinding(run: DropRun, group: readonly Pending[]): Finding | null {
  const p = group[0] as Pending;
  if (!run.byId.has(p.version)) return null;
  const sources: Pending['sources'] = [];
  for (const q of group) for (const src of q.sources) if (!sources.some((x) => x.version === src.version && x.sentence === src.sentence)) sources.push(src);
  const members = [...new Set(group.map((q) => q.item.text))];
  const list = members.join(', ');
  const evidence = pendingEvidence(run, p, sources, () => undefined);
  const having = [...new Set(sources.map((x) => x.version))];
  const fact = factKey({ versions: [p.version], evidence, members }, { rule: 'dropped-fact', origin: 'check', kind: p.item.kind, subject: list, loss: 'reworded' });
  return {
    ...builtin('dropped-fact'),
    subject: list,
    versions: [p.version],
    message: droppedHow(p, list, having),
    evidence,
    actual: 'missing',
    expected: list,
    members,
    fact,
  };
}

/** The share of substantive sentences that have a counterpart (aligned or reworded) in the other version. */
function matchedShare(counterpart: LazyIndex, substantive: readonly boolean[]): number {
  let all = 0;
  let matched = 0;
  substantive.forEach((yes, i) => {
    if (!yes) return;
    all++;
    if (counterpart.at(i) !== null) matched++;
  });
  return all === 0 ? 0 : matched / all;
}

/** The share of one version's sentences (its alignment row) that have a member in the other's groups. */
function copiedShare(row: readonly number[], other: ReadonlyMap<number, number>): number {
  if (row.length === 0) return 0;
  let shared = 0;
  for (const g of row) if (g >= 0 && other.has(g)) shared++;
  return shared / row.length;
}

/** Which source sentences count as neighbours, per version (read once, shared: never changed). */
const substantiveLists = new SetCache<readonly SourceSentence[], boolean[]>();

function substantiveOf(list: readonly SourceSentence[]): boolean[] {
  let out = substantiveLists.get(list);
  if (!out) substantiveLists.set(list, (out = list.map((s) => s.substantive)));
  return out;
}

/** Whether a name item is in fewer than a clear majority of the versions (`majorityOf`). */
function rareNames(docs: readonly Doc[], readings: SharedReadings): (item: FactItem) => boolean {
  const need = majorityOf(docs.length);
  const words = docs.map((d) => readings.names(d));
  const memo = new Map<string, boolean>();
  return (item) => {
    let rare = memo.get(item.key);
    if (rare === undefined) {
      rare = words.filter((w) => !dropped(item, () => [], w, () => [])).length < need;
      memo.set(item.key, rare);
    }
    return rare;
  };
}

/** The folded name forms a version has (`TokenReading.name` of its tokens). */
interface VersionNames {
  has(name: string): boolean;
  /** Whether one of them starts with `prefix`. */
  hasPrefix(prefix: string): boolean;
}

/**
 * The folded name forms of the set's versions, numbered once per set: read once per distinct
 * sentence (its copies have the same token texts: share.ts), and per version a row of marks
 * by number, not a Set of strings per version.
 */
class NameBook {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];
  /** The numbers of the names of each distinct sentence's words (by `SharedSentence.no`). */
  private readonly bySentence: Array<Int32Array | undefined> = [];
  private readonly byDoc = new Map<Doc, VersionNames>();
  /** The numbers met in the version being read, the first `metCount` (reused: a list emptied by `length = 0` lets its store go). */
  private met = new Int32Array(1024);
  private metCount = 0;

  constructor(
    private readonly share: SentenceShare,
    private readonly token: (t: Token) => TokenReading,
  ) {}

  of(doc: Doc): VersionNames {
    let names = this.byDoc.get(doc);
    if (names === undefined) this.byDoc.set(doc, (names = this.read(doc)));
    return names;
  }

  numberOf(name: string): number | undefined {
    return this.numbers.get(name);
  }

  nameAt(n: number): string {
    return this.names[n] as string;
  }

  /** Every token of the doc: its sentences' words by their shared reading, the rest (line breaks, gaps) one by one. */
  private read(doc: Doc): VersionNames {
    const { tokens } = doc;
    this.metCount = 0;
    let cursor = 0;
    for (const s of doc.sentences) {
      const start = Math.max(0, s.tokenStart);
      const end = Math.min(s.tokenEnd, tokens.length);
      for (let k = cursor; k < Math.min(start, tokens.length); k++) this.meet(tokens[k] as Token);
      const own = this.sentenceNames(this.share.of(doc, s));
      for (let x = 0; x < own.length; x++) this.push(own[x] as number);
      // SPACE tokens are not among a sentence's words (read/words.ts): read here.
      for (let k = start; k < end; k++) if ((tokens[k] as Token).pos === 'SPACE') this.meet(tokens[k] as Token);
      cursor = Math.max(cursor, end);
    }
    for (let k = cursor; k < tokens.length; k++) this.meet(tokens[k] as Token);
    const row = new Uint8Array(this.names.length);
    for (let x = 0; x < this.metCount; x++) row[this.met[x] as number] = 1;
    return new MarkedNames(this, row);
  }

  private meet(t: Token): void {
    const name = this.token(t).name;
    if (name !== null) this.push(this.number(name));
  }

  private push(n: number): void {
    if (this.metCount === this.met.length) {
      const grown = new Int32Array(2 * this.metCount);
      grown.set(this.met);
      this.met = grown;
    }
    this.met[this.metCount++] = n;
  }

  private number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      this.numbers.set(name, (n = this.names.length));
      this.names.push(name);
    }
    return n;
  }

  private sentenceNames(shared: SharedSentence): Int32Array {
    let own = this.bySentence[shared.no];
    if (own === undefined) {
      const { words } = shared;
      let count = 0;
      for (let x = 0; x < words.length; x++) if (this.token(words[x] as Token).name !== null) count++;
      own = new Int32Array(count);
      let at = 0;
      for (let x = 0; x < words.length; x++) {
        const name = this.token(words[x] as Token).name;
        if (name !== null) own[at++] = this.number(name);
      }
      this.bySentence[shared.no] = own;
    }
    return own;
  }
}

/** A version's names: a mark per name number of the book (a name numbered after the version was read is not in it). */
class MarkedNames implements VersionNames {
  /** Prefixes asked before, with the answer (a prefix is looked for in every name). */
  private prefixes: Map<string, boolean> | undefined;

  constructor(
    private readonly book: NameBook,
    private readonly row: Uint8Array,
  ) {}

  has(name: string): boolean {
    const n = this.book.numberOf(name);
    return n !== undefined && n < this.row.length && this.row[n] === 1;
  }

  hasPrefix(prefix: string): boolean {
    this.prefixes ??= new Map();
    let found = this.prefixes.get(prefix);
    if (found === undefined) {
      found = false;
      for (let n = 0; n < this.row.length && !found; n++) if (this.row[n] === 1 && this.book.nameAt(n).startsWith(prefix)) found = true;
      this.prefixes.set(prefix, found);
    }
    return found;
  }
}

function describe(item: FactItem): string {
  return item.kind === 'qualifier' ? `the qualifier in "${item.text}"` : `"${item.text}"`;
}

function addSource(sources: Pending['sources'], version: string, sentence: number): void {
  if (!sources.some((x) => x.version === version)) sources.push({ version, sentence });
}

/** Whether a neighbour (within `window + 1`) of source sentence `i` has its counterpart within `window + 1` of `c`. */
function nearNeighbour(raw: Lazy<number | null>, i: number, c: number, window: number): boolean {
  for (let k = Math.max(0, i - window - 1); k <= Math.min(raw.length - 1, i + window + 1); k++) {
    if (k === i) continue;
    const o = raw.at(k);
    if (o !== null && Math.abs(o - c) <= window + 1) return true;
  }
  return false;
}

/**
 * The counterpart index of the nearest substantive neighbour (within `window`) in direction
 * `dir` that has one; `null` when `i` is at that end of its version (nothing substantive
 * beyond), `undefined` when the neighbourhood is not covered.
 */
function coveredNeighbour(
  counterpart: Lazy<number | null>,
  substantive: readonly boolean[],
  i: number,
  dir: 1 | -1,
  window: number,
): number | null | undefined {
  let seen = 0;
  for (let k = i + dir; k >= 0 && k < counterpart.length; k += dir) {
    if (!substantive[k]) continue;
    const c = counterpart.at(k);
    if (c !== null) return c;
    if (++seen >= window) return undefined;
  }
  return seen === 0 ? null : undefined;
}

/** The sentence inside the windows closest to `keys` (Dice ≥ min), or null. */
function closest(readings: SharedReadings, keys: readonly number[], index: VersionIndex, spans: ReadonlyArray<[number, number]>, min: number): number | null {
  let best: number | null = null;
  let bestScore = min;
  for (const [a, b] of spans) {
    for (let k = a; k <= b; k++) {
      const score = readings.dice(keys, index.keys[k] ?? NO_KEYS);
      if (score >= bestScore && (best === null || score > bestScore)) {
        best = k;
        bestScore = score;
      }
    }
  }
  return best;
}

/** The figures of windows of v's sentences, read once per window for every source version and sentence. */
function quantitiesIn(run: DropRun, target: Target, spans: ReadonlyArray<readonly [number, number]>): Figure[] {
  const key = spansKey(spans, target.vdoc.sentences.length);
  let quantities = target.quantitiesIn.get(key);
  if (!quantities) target.quantitiesIn.set(key, (quantities = run.readings.quantities(spans.flatMap(([a, b]) => rangeSentences(target.index, a, b)))));
  return quantities;
}

/** A window's cache key: a number for one span (most windows), else the spans written out. */
function spansKey(spans: ReadonlyArray<readonly [number, number]>, length: number): number | string {
  const first = spans[0];
  if (spans.length === 1 && first) return first[0] * (length + 1) + first[1];
  return spans.map(([a, b]) => `${a},${b}`).join(';');
}

/**
 * Whether the counterpart's figures hold a number the source sentence does not have (not a
 * year's (`isYearNumber`); "About 58,000 people were evacuated" changed "More than 42,000").
 */
function numbersChanged(s: SourceSentence, counterpartQuantities: readonly Figure[]): boolean {
  const own = new Set(s.items().filter((x) => x.kind === 'number').map((x) => x.value));
  return counterpartQuantities.some((q) => q.qualifier !== 'several' && q.value !== 1 && !own.has(q.value) && !isYearNumber(q.value));
}

/** Index of the nearest substantive sentence after (dir 1) or before (dir -1) `i`, or -1. */
function nextSubstantive(substantive: readonly boolean[], i: number, dir: 1 | -1): number {
  for (let k = i + dir; k >= 0 && k < substantive.length; k += dir) if (substantive[k]) return k;
  return -1;
}

function windowsAround(anchors: readonly number[], window: number, length: number): Array<[number, number]> {
  // pushed, not mapped: sortedCopy is shared by every caller, and a holey list from here threw away
  // the code of the callers it was inlined into (readCuts, findChanges)
  const around: Array<[number, number]> = [];
  for (const a of anchors) around.push([Math.max(0, a - window), Math.min(length - 1, a + window)]);
  const spans = sortedCopy(around, (x, y) => x[0] - y[0]);
  // Merged in place (the spans are this call's own): no second list grown by push.
  let kept = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as [number, number];
    const last = kept > 0 ? (spans[kept - 1] as [number, number]) : undefined;
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else spans[kept++] = s;
  }
  spans.length = kept;
  return spans;
}

/** The shared readings of the indexed version's sentences from..to (inclusive). */
function rangeSentences(index: VersionIndex, from: number, to: number): SharedSentence[] {
  const out: SharedSentence[] = [];
  for (let k = from; k <= to; k++) {
    const s = index.list[k];
    if (s) out.push(s.shared);
  }
  return out;
}

function indexVersion(doc: Doc, list: readonly SourceSentence[], readings: SharedReadings): VersionIndex {
  const keys: Array<readonly number[]> = [];
  for (const s of list) keys.push(s.keys);
  const words = readings.names(doc);
  // Most versions are never asked about a date: the list of every token is read only then.
  let dates: string[] | undefined;
  const dateWords = (): readonly string[] => (dates ??= versionDateWords(doc, readings));
  return { doc, list, keys, postings: postingsOf(keys), words, dateWords, counts: new Int32Array(keys.length), met: new Int32Array(keys.length) };
}

function versionDateWords(doc: Doc, readings: SharedReadings): string[] {
  const dateWords: string[] = [];
  for (const t of doc.tokens) {
    const w = readings.token(t).date;
    if (w !== null) dateWords.push(w);
  }
  return dateWords;
}

/** The postings of a version's sentences (see `Postings`), from one sort of (key, sentence) pairs. */
function postingsOf(keys: ReadonlyArray<readonly number[]>): Postings {
  const n = keys.length;
  let total = 0;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const ids = keys[i] ?? NO_KEYS;
    total += ids.length;
    for (let x = 0; x < ids.length; x++) top = Math.max(top, ids[x] as number);
  }
  // key * n + sentence: sorted, the pairs come by key, then by sentence (as the sentences are met).
  // 32-bit integers sort in half the time of doubles, when they hold every pair.
  const pairs = (top + 1) * n <= 0x7fffffff ? new Int32Array(total) : new Float64Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const ids = keys[i] ?? NO_KEYS;
    for (let x = 0; x < ids.length; x++) pairs[at++] = (ids[x] as number) * n + i;
  }
  pairs.sort();
  // The distinct keys counted first: the lists are made at their length (no growing arrays).
  let distinct = 0;
  for (let e = 0, last = -1; e < total; e++) {
    const id = Math.floor((pairs[e] as number) / n);
    if (id !== last) {
      distinct++;
      last = id;
    }
  }
  const ids = new Int32Array(distinct);
  const starts = new Int32Array(distinct + 1);
  const sentences = new Int32Array(total);
  let p = -1;
  for (let e = 0; e < total; e++) {
    const pair = pairs[e] as number;
    const id = Math.floor(pair / n);
    sentences[e] = pair - id * n;
    if (p < 0 || ids[p] !== id) {
      ids[++p] = id;
      starts[p] = e;
    }
  }
  starts[distinct] = total;
  return { ids, starts, sentences };
}

/** Where key number `id` is in the postings' `ids`, or -1. */
function postingAt(postings: Postings, id: number): number {
  const { ids } = postings;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const here = ids[mid] as number;
    if (here === id) return mid;
    if (here < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * `softMatch` of a source sentence in the target version: it depends on the sentence's keys
 * only, and the source versions share most sentences (copies share one reading and one key list).
 */
function softMatchOf(readings: SharedReadings, target: Target, s: SourceSentence | undefined, min: number, maxPostings: number): number | null {
  if (s === undefined) return softMatch(NO_KEYS, target.index, min, maxPostings);
  let match = target.softMatches.get(s.shared.no);
  if (match === undefined) {
    match = softMatch(s.keys, target.index, min, maxPostings);
    // A paraphrase says the same thing: the words beyond its attribution and figures match too.
    const m = match === null ? undefined : target.index.list[match];
    if (m !== undefined && readings.dice(readings.sayingKeys(s.shared), readings.sayingKeys(m.shared)) < min) match = null;
    target.softMatches.set(s.shared.no, match);
  }
  return match;
}

/** The sentence of the indexed version sharing the most content words with `keys` (Dice ≥ min), or null. */
function softMatch(keys: readonly number[], index: VersionIndex, min: number, maxPostings: number): number | null {
  // Shared words per sentence of v, and the sentences in the order first met (ties go to the first).
  const shared = index.counts;
  const met = index.met;
  let metCount = 0;
  const { starts, sentences } = index.postings;
  for (let x = 0; x < keys.length; x++) {
    const p = postingAt(index.postings, keys[x] as number);
    if (p < 0) continue;
    const from = starts[p] as number;
    const to = starts[p + 1] as number;
    if (to - from > maxPostings) continue;
    for (let e = from; e < to; e++) {
      const i = sentences[e] as number;
      if ((shared[i] = (shared[i] ?? 0) + 1) === 1) met[metCount++] = i;
    }
  }
  let best: number | null = null;
  let bestScore = min;
  for (let m = 0; m < metCount; m++) {
    const i = met[m] as number;
    const n = shared[i] ?? 0;
    shared[i] = 0;
    const score = (2 * n) / (keys.length + (index.keys[i]?.length ?? 0) || 1);
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

const NO_KEYS: readonly number[] = [];

/** Unweighted Dice over the numbered content keys of two sentences (`SentenceShare.keys`). */
class KeyDice {
  /** Marks of the keys of the first list in `dice` (a new stamp per call). */
  private marks = new Int32Array(256);
  private stamp = 0;

  constructor(private readonly share: SentenceShare) {}

  dice(a: readonly number[], b: readonly number[]): number {
    // Copies of a sentence share one key list (sharedReadings): every key is shared, 2n / 2n.
    if (a === b) return a.length > 0 ? 1 : 0;
    if (this.marks.length < this.share.keyCount) this.marks = new Int32Array(2 * this.share.keyCount);
    if (this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const marks = this.marks;
    for (let x = 0; x < a.length; x++) marks[a[x] as number] = stamp;
    let n = 0;
    for (let x = 0; x < b.length; x++) if (marks[b[x] as number] === stamp) n++;
    return (2 * n) / (a.length + b.length || 1);
  }
}

/** Whether an item of the source sentence is missing from v. */
function dropped(
  item: FactItem,
  quantities: () => readonly Figure[],
  versionWords: VersionNames,
  dateWords: () => readonly string[],
): boolean {
  switch (item.kind) {
    case 'name':
      return !item.probe.some((p) => versionWords.has(p) || (p.length >= 5 && versionWords.hasPrefix(p.slice(0, 5))));
    case 'date':
      // Looked up in the whole version (a day named elsewhere in v is not a lost fact), as a phrase.
      return !dateAlternatives(item.probe).some((alt) => containsRun(dateWords(), alt));
    case 'number':
      return !quantities().some((q) => q.value === item.value || q.high === item.value || (item.value !== undefined && hedgedSame(q, item.value)));
    case 'qualifier': {
      const same = quantities().filter((q) => q.value === item.value || q.high === item.value);
      // The number itself gone is reported as a number; here only the qualifier.
      return same.length > 0 && !same.some((q) => q.qualifier !== null && q.qualifier !== 'range');
    }
  }
}

/** How close a hedged figure must be to stand for an exact one ("more than 40" for 44, not "at least 21" for 40). */
const HEDGE_NEAR = 0.15;

/** "more than 40 countries" nearby keeps "44 countries": the same figure, hedged. */
function hedgedSame(q: Figure, value: number): boolean {
  const n = Number(q.value);
  return q.high === null && Math.abs(value - n) <= n * HEDGE_NEAR && hedgeAllows(q.qualifier, n, value);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** "next week" ~ "the following week", "last week" ~ "the previous week". */
function dateAlternatives(core: readonly string[]): string[][] {
  const out: string[][] = [[...core]];
  core.forEach((w, k) => {
    const group = NEXT_WORDS.includes(w) ? NEXT_WORDS : LAST_WORDS.includes(w) ? LAST_WORDS : null;
    if (!group) return;
    for (const alt of group) if (alt !== w) out.push(core.map((x, j) => (j === k ? alt : x)));
  });
  return out;
}

/** Names, numbers, dates and qualifiers of one sentence. */
export function factItems(
  doc: Doc,
  words: readonly Token[],
  caps: ReadonlySet<string>,
  figures: readonly QuantityExpr[] = findQuantities(lowerKeys(words)),
): FactItem[] {
  const items: FactItem[] = [];
  const inDate = new Array<boolean>(words.length).fill(false);
  const text = doc.version.text;
  const slice = (a: number, b: number): string => {
    const first = words[a];
    const last = words[b - 1];
    return first && last ? text.slice(first.start, last.end) : '';
  };

  // Words inside a quotation are the speaker's: a rewrite that paraphrases the quote drops no day or name.
  const quoted = quotedWords(words);
  for (const e of dateExtents(doc, words)) {
    for (let k = e.start; k < e.end; k++) inDate[k] = true;
    const core = dateCore(words, e.start, e.end);
    if (core.length === 0 || quoted[e.start] || !calendarFact(words, e.end, core)) continue;
    items.push({ kind: 'date', text: slice(e.start, e.end), key: `date:${core.join(' ')}`, probe: core, value: undefined, sense: null });
  }

  // The sentence's figures (its lower words read by read/numbers; the set's copies share them).
  for (let f = 0; f < figures.length; f++) {
    const q = figures[f] as QuantityExpr;
    if (q.qualifier === 'several' || convertsPrevious(words, figures[f - 1], q)) continue;
    let overlapsDate = false;
    for (let k = q.start; k < q.end; k++) if (inDate[k]) overlapsDate = true;
    if (overlapsDate) continue;
    const numberText = slice(q.numberStart, q.end);
    if (q.value === 1 && q.high === null && !DIGIT.test(numberText)) continue; // "one of"
    if (detailFigure(words, q)) continue;
    const sense = figureSense(words, q);
    items.push({ kind: 'number', text: numberText, key: `number:${q.value}`, probe: [String(q.value)], value: q.value, sense });
    if (q.qualifier !== null && q.qualifier !== 'range' && q.start < q.numberStart) {
      items.push({ kind: 'qualifier', text: slice(q.start, q.numberStart + 1), key: `qualifier:${q.value}`, probe: [String(q.value)], value: q.value, sense });
    }
  }

  items.push(...nameItems(words, text, inDate, caps, quoted));
  return dedupe(items);
}

/** Marks of the words inside quotation marks (straight quotes toggle; curly ones open and close). */
function quotedWords(words: readonly Token[]): boolean[] {
  const out = new Array<boolean>(words.length).fill(false);
  let open = false;
  for (let k = 0; k < words.length; k++) {
    const t = (words[k] as Token).text;
    if (t === '“' || (t === '"' && !open)) open = true;
    else if (t === '”' || (t === '"' && open)) open = false;
    else out[k] = open;
  }
  return out;
}

/** "1990s": a decade alone (background, and a vague time of itself; an exact year, "since 2017", is kept). */
const DECADE = /^(\d{3}0)s$/u;
/** The hour of a round clock time ("11 a.m.": a schedule); a time to the minute ("struck at 4:12 a.m.") is measured, a fact. */
const CLOCK_FIGURE = /^\d{1,2}$/u;
const RELATIVE_DAYS: ReadonlySet<string> = new Set(EN.calendar.relativeDays);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(EN.calendar.partsOfDay);

/**
 * Whether a date of a sentence (its core words, ending before word `end`) is a day a rewrite can
 * lose: not a round clock time alone ("11 a.m.", "noon"; "4:12 a.m." is kept), not a decade alone
 * ("in the 1990s", background), not a day named from the copy's own ("today": a later copy must
 * say it otherwise), and not a date that only names the event ("Monday's quake": a possessive,
 * the day is stated where the event is told).
 */
function calendarFact(words: readonly Token[], end: number, core: readonly string[]): boolean {
  if (POSSESSIVE_TOKEN.test(words[end]?.text ?? '') && words[end]?.text !== "'" && words[end]?.text !== '’') return false;
  if (core.every((w) => CLOCK_WORDS.has(w) || CLOCK_FIGURE.test(w))) return false;
  if (core.every((w) => RELATIVE_DAYS.has(w))) return false;
  // A season or a part of the day alone ("through the winter night") sets a scene.
  if (core.every((w) => SEASON_WORDS.has(w) || PARTS_OF_DAY.has(w))) return false;
  return !core.every((w) => {
    const m = DECADE.exec(w);
    return m !== null && isYearNumber(Number(m[1]));
  });
}

/**
 * A figure that is detail, not a fact a rewrite may lose: an age of no one named (`ageFigure`), a
 * round clock time ("at 11 a.m."), a duration in hours or minutes ("worked for six hours", "a
 * 12-hour search": how long it took), a small count of someone's own relatives ("dug his two
 * daughters out" -> "dug his daughters out").
 */
function detailFigure(words: readonly Token[], q: QuantityExpr): boolean {
  const next = words[q.end]?.text === '-' ? words[q.end + 1] : words[q.end];
  if (CLOCK_WORDS.has(words[q.end]?.lower ?? '') || MINOR_DURATION_UNITS.has(next?.lower ?? '')) return true;
  if (q.high === null && q.qualifier === null && q.value <= KIN_COUNT_MAX && KIN_COUNT_NOUNS.has(words[q.end]?.lower ?? '')) {
    if (KIN_POSSESSIVES.has(words[q.start - 1]?.lower ?? '')) return true;
  }
  return ageFigure(words, q);
}

/** Words after an age looked at for the name of its person ("a 71-year-old retired teacher, Harold Finch"). */
const AGE_NAME_REACH = 9;

/**
 * An age of no one named ("aged 7", "a 7-year-old girl" -> "a young girl"): a detail a rewrite
 * may blur, no count. The age of a named person ("a 16-year-old student, Maya Osei", "34-year-old
 * Wade Ellison") is part of who the story says they are, and stays a fact.
 */
function ageFigure(words: readonly Token[], q: QuantityExpr): boolean {
  const before = words[q.start - 1]?.lower;
  let end = q.end;
  if (before === undefined || !(AGE_WORDS.has(before) || (before === 'of' && AGE_WORDS.has(words[q.start - 2]?.lower ?? '')))) {
    if (words[end]?.text === '-') end++;
    if (!AGE_UNITS.has(words[end]?.lower ?? '')) return false;
    end++;
    if (words[end]?.text === '-') end++;
    if (words[end]?.lower !== AGE_OLD) return false;
  }
  // A name in the age's clause after it: the age of that person.
  for (let k = end + 1; k < Math.min(words.length, end + 1 + AGE_NAME_REACH); k++) {
    const t = words[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.' || t.text === ';') break;
    if (t.pos === 'PROPN' && UPPER_START.test(t.text) && !TITLE_WORDS.has(t.lower) && !NOT_NAMES.has(t.lower)) return false;
  }
  return true;
}

/** Words looked at before and after a figure for its sense (`FigureSense`), inside its clause. */
const SENSE_BEFORE = 3;
const SENSE_AFTER = 4;
/** Parts of speech that carry a figure's sense (no auxiliaries, pronouns or function words). */
const SENSE_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ']);
/** Casualty nouns outside a unit class ("passengers", "victims") count people. */
const CASUALTY_NOUNS: ReadonlySet<string> = new Set(EN.casualtyNouns);

/** The unit class of a word ("passengers" ~ "people", "houses" ~ "homes": the class head of lang/en/units), or undefined. */
function unitClass(word: string): string | undefined {
  return UNIT_HEAD.get(word) ?? (CASUALTY_NOUNS.has(word) ? 'people' : undefined);
}

/** The sense of figure `q` of a sentence (see `FigureSense`): read once per distinct sentence, with its items. */
function figureSense(words: readonly Token[], q: QuantityExpr): FigureSense {
  const context: string[] = [];
  const take = (t: Token): void => {
    if (SENSE_POS.has(t.pos) && LETTER.test(t.text) && !context.includes(t.lemma)) context.push(t.lemma);
  };
  let unit: string | null = null;
  const next = words[q.end];
  if (next !== undefined && (next.pos === 'NOUN' || unitClass(next.lower) !== undefined)) unit = unitClass(next.lower) ?? next.lemma;
  for (let k = q.end + (unit === null ? 0 : 1); k < Math.min(words.length, q.end + SENSE_AFTER); k++) {
    const t = words[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'NUM') break;
    take(t);
  }
  for (let k = q.start - 1; k >= Math.max(0, q.start - SENSE_BEFORE); k--) {
    const t = words[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'NUM') break;
    take(t);
  }
  return { unit, context };
}

/**
 * Whether two figures count the same thing (`FigureSense`): units of one class and a context
 * word in common ("destroyed 112 homes" ~ "has destroyed 240 homes"), or, where one of them has
 * no unit, two words in common ("Fourteen were in critical condition" ~ "Eleven remain in
 * critical condition"). "destroyed 112 homes" and "damaged 63 homes" share no context word.
 */
export function sameSense(a: FigureSense, b: FigureSense): boolean {
  let shared = 0;
  for (const w of a.context) if (b.context.includes(w)) shared++;
  if (a.unit !== null && b.unit !== null) return a.unit === b.unit && shared >= 1;
  if (a.unit !== null && b.context.some((w) => (unitClass(w) ?? w) === a.unit)) shared++;
  if (b.unit !== null && a.context.some((w) => (unitClass(w) ?? w) === b.unit)) shared++;
  return shared >= 2;
}

/**
 * "about 200 meters (650 feet)", "a 40-kilometre (25-mile) stretch": a figure in brackets right
 * after a measure is the same measure in other units, one fact with it (as a sum's conversion is,
 * kinds/money.ts): a copy that leaves the sentence out drops it once.
 */
function convertsPrevious(words: readonly Token[], prev: QuantityExpr | undefined, q: QuantityExpr): boolean {
  if (prev === undefined || words[q.start - 1]?.text !== '(') return false;
  const before = measureAt(words, prev.end);
  const after = measureAt(words, q.end);
  return (
    before !== null && after !== null && before.unit !== after.unit && before.end + 1 === q.start && words[before.end]?.text === '(' &&
    words[after.end]?.text === ')'
  );
}

/** The canonical unit of measure at `k` ("meters" -> "meter"), over a hyphen ("40-kilometre"), and its end; or null. */
function measureAt(words: readonly Token[], k: number): { unit: string; end: number } | null {
  const at = words[k]?.text === '-' ? k + 1 : k;
  const w = words[at];
  if (w === undefined) return null;
  const unit = canonicalUnit(w.lower);
  return MEASURES.has(unit) ? { unit, end: at + 1 } : null;
}

/**
 * The words of a date expression that carry its identity (no filler), as keys. A loop, not
 * slice/map/filter: one list shape in every tier (see tokens.ts `lowerKeys`).
 */
function dateCore(words: readonly Token[], start: number, end: number): string[] {
  const core: string[] = [];
  for (let k = start; k < Math.min(end, words.length); k++) {
    const w = tokenKey((words[k] as Token).lower);
    if (LETTER_OR_DIGIT.test(w) && !DATE_FILLER.has(w)) core.push(w);
  }
  return core;
}

/** Names of one sentence: runs of name words outside dates, titles stripped, keyed by folded surname. */
function nameItems(words: readonly Token[], text: string, inDate: readonly boolean[], caps: ReadonlySet<string>, quoted: readonly boolean[]): FactItem[] {
  const items: FactItem[] = [];
  let i = 0;
  while (i < words.length) {
    const t = words[i];
    if (!t) break;
    const next = words[i + 1];
    const leads =
      initial(words, i) && t.pos === 'PROPN' && CAPITALISED_WORD.test(t.text) && next !== undefined && isNameToken(next, false, caps, NOT_NAMES) && !TITLE_WORDS.has(next.lower);
    if (inDate[i] || !(leads || isNameToken(t, initial(words, i), caps))) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    i++;
    for (;;) {
      const n = words[i];
      const n2 = words[i + 1];
      if (n && !inDate[i] && isNameToken(n, false, caps, NOT_NAMES)) {
        run.push(n);
        i++;
      } else if (n && n.lower === 'of' && n2 && !inDate[i + 1] && isNameToken(n2, false, caps, NOT_NAMES)) {
        run.push(n, n2);
        i += 2;
      } else break;
    }
    const name = stripTitles(run);
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last) continue;
    if (tailOfLongerName(words, i - run.length, run)) continue;
    if (quoted[i - run.length] || namesAThing(words, i - run.length, i)) continue;
    const probe = nameProbe(name);
    if (probe.length === 0) continue;
    items.push({ kind: 'name', text: text.slice(first.start, last.end), key: `name:${probe.join(' ')}`, probe, value: undefined, sense: null });
  }
  return items;
}

/**
 * "Office" of "Marlow County Sheriff's Office": a run of organisation head words right after a
 * capitalised possessive is the end of a longer name, no name of its own (a version that words the
 * organisation otherwise dropped no fact). "Russia's Putin" is kept: "Putin" heads no organisation.
 */
function tailOfLongerName(words: readonly Token[], start: number, run: readonly Token[]): boolean {
  const possessive = words[start - 1];
  const owner = words[start - 2];
  if (!possessive || !owner || !POSSESSIVE_TOKEN.test(possessive.text) || !UPPER_START.test(owner.text)) return false;
  return run.every((t) => NON_PERSON_WORDS.has(t.lower) || t.lower === 'of');
}

/**
 * "the Brask border accord", "a Kessel road bridge": a name between an article and the common noun
 * it qualifies names a thing, not a person or a place of the story (a rewrite that says "the
 * border accord" or leaves the clause out lost no one).
 */
function namesAThing(words: readonly Token[], start: number, end: number): boolean {
  const before = words[start - 1];
  const after = words[end];
  return (
    before !== undefined && before.pos === 'DET' && after !== undefined && after.pos === 'NOUN' && !UPPER_START.test(after.text) && !TITLE_WORDS.has(after.lower)
  );
}

function dedupe(items: FactItem[]): FactItem[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.key) ? false : (seen.add(x.key), true)));
}

/** Folded surname of a name run ("Washington D.C." -> "washington"; "NATO" -> "nato"). */
function nameProbe(name: readonly Token[]): string[] {
  // a loop, not map/filter: one list shape in every tier (see tokens.ts `lowerKeys`)
  const parts: string[] = [];
  for (const t of name) {
    const w = tokenKey(t.text);
    if (LETTER.test(w) && w.toLowerCase() !== 'of') parts.push(w);
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k] ?? '';
    if (INITIALS.test(p) && k > 0) continue; // "D.C.", initials
    if (/^(?:jr|sr)\.?$/i.test(p) && k > 0) continue;
    const folded = foldSurname(p.replace(POSSESSIVE_S, ''));
    return folded.length >= 2 ? [folded] : [];
  }
  return [];
}

/** First word of the sentence, or right after an opening quote, colon or dash. */
function initial(words: readonly Token[], i: number): boolean {
  const prev = words[i - 1];
  return prev === undefined || QUOTE_OR_BREAK.test(prev.text);
}



/** "Russian President Vladimir Putin" -> "Vladimir Putin"; a run of titles only -> nothing. */
function stripTitles(run: readonly Token[]): Token[] {
  let lastTitle = -1;
  run.forEach((t, k) => {
    if (TITLE_WORDS.has(t.lower) || (t.lower === 'of' && TITLE_WORDS.has(run[k - 1]?.lower ?? ''))) lastTitle = k;
  });
  return run.slice(lastTitle + 1);
}
