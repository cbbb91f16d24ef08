/**
 * `contradiction` / `changed-fact`: a fact swapped inside a sentence that is otherwise the
 * same in another version — a name for another name, a date for another date, a number for
 * another number, or a statement turned into its negation.
 *
 * Like deletions.ts, the distinct wordings of each alignment group are diffed with jsdiff's
 * `diffArrays` over token keys (each wording against the `maxPivots` wordings most versions
 * share), and only near-copies count (≥ `minCommon` shared tokens, ≥ `minKept` of the
 * tokens unchanged). Each *hunk* (the tokens one wording has where the other has others,
 * between two shared stretches) is classified:
 * - name: both sides are capitalised name runs (titles stripped, widened over adjacent
 *   shared name words) for different people/places — not a short form ("Ruto" / "William
 *   Ruto"), a nickname or transliteration (`personKey`), an acronym, a near spelling, or a
 *   nationality for a country;
 * - date: both sides lie in date expressions whose weekday, month, day or year differ
 *   ("Thursday" / "on Thursday" is a pure insertion and never a hunk);
 * - number: both sides read as quantities (`parseQuantity`) with different values
 *   ("three" = "3"), reported only between concurrent versions (between versions at
 *   different times a new figure may be an update, the claim rules judge it), except a
 *   person's age ("Ana Ruiz, 22,", "a 22-year-old"), the same fact at any time (a warning); a changed
 *   figure or date in a sentence a claim finding quotes is left to that finding by the
 *   declared pass `dropCoveredChanges` (src/check/passes.ts), which matches fact keys;
 * - negation: the sides differ only by negation words and auxiliaries ("did not reject" /
 *   "rejected"), and the two sentences hold a different number of negations.
 * Qualifier-only and reworded hunks are left alone.
 *
 * The wrong version is the one whose value fewer group members give; on a tie the later
 * one (`older`), else the one that is not the alignment reference. One finding per group
 * and hunk. A hunk touching a span guessed during repair is never reported.
 */
import { diffArrays } from 'diff';
import type { Doc, Evidence, Finding, Span, Token } from '../types.js';
import { dateExtents } from '../read/date-spans.js';
import { EN } from '../lang/en/index.js';
import { AGE_WORDS } from '../lang/en/quantities.js';
import { hedgeAllows } from '../kinds/hedges.js';
import { numberWords, qualifierTokens } from '../lang/index.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_PARTICLES, foldText, sameName } from '../read/names.js';
import { dateParts } from '../read/dates.js';
import { TITLE_WORDS } from '../lang/en/people.js';
import { parseQuantity } from '../read/numbers.js';
import { builtin, factKey } from '../findings.js';
import type { SentenceRef, SetAlignment } from './align.js';
import type { SentenceShare } from './share.js';
import { containsSequence, groupWordings, lowerKeys, mayBeNearCopy, midSentenceCapitals, oneSharedSentence, QUOTE_OR_BREAK, sortedCopy, tokenKey, type BaseWording } from './tokens.js';
import { SetCache } from '../set-cache.js';

export interface ChangeOptions {
  /** True when version `a` is older than version `b` (default: no order, all concurrent). */
  older?: (a: string, b: string) => boolean;
  /** Minimum tokens both wordings share. Default 5. */
  minCommon?: number;
  /** Minimum share of tokens kept unchanged. Default 0.8. */
  minKept?: number;
  /** Wordings each wording is diffed against. Default 4. */
  maxPivots?: number;
  /** The set's repeated sentences, when the caller shares them between its steps (see share.ts). */
  share?: SentenceShare;
}

export type ChangeKind = 'name' | 'date' | 'number' | 'negation';

/** One fact swapped between two wordings of an aligned sentence. */
export interface FactChange {
  kind: ChangeKind;
  group: number;
  /** Versions giving each value, and their values as written. */
  sides: [ChangeSide, ChangeSide];
  /** Index into `sides` of the side judged wrong. */
  wrong: 0 | 1;
  /** A number that is a person's age on both sides ("Ana Ruiz, 22,", "a 22-year-old"): the same fact at any time. */
  age?: boolean;
}

export interface ChangeSide {
  /** The value as written ("Thursday", "Johan Botha", "was not taken"). */
  text: string;
  /** Versions (group members) whose sentence gives this value. */
  refs: SentenceRef[];
}

interface Wording extends BaseWording {
  lower: string[];
  caps: ReadonlySet<string>;
  /** Date extents, read on first use (only a hunk between two near-copies asks). */
  dates: () => ReadonlyArray<{ start: number; end: number }>;
  negations: number;
}

interface Hunk {
  /** Token ranges [start, end) in a.words and b.words. */
  a: [number, number];
  b: [number, number];
}

interface Classified {
  kind: ChangeKind;
  /** Token ranges of the value on each side (may be wider than the hunk). */
  a: [number, number];
  b: [number, number];
  /** Texts shown for each side. */
  aText: string;
  bText: string;
  age?: boolean;
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'cannot']);
const AUXILIARIES: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'ca', 'wo', 'yet', 'ever',
]);
/** "no more than", "not less than": qualifiers, not negations. */
const QUALIFIER_AFTER_NO: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'longer', 'later', 'earlier', 'sooner', 'only']);

/** Every fact change in every group of the alignment (see the module comment). */
export function findChanges(docs: readonly Doc[], alignment: SetAlignment, options: ChangeOptions = {}): FactChange[] {
  const minCommon = options.minCommon ?? 5;
  const minKept = options.minKept ?? 0.8;
  const maxPivots = options.maxPivots ?? 4;
  const older = options.older ?? ((): boolean => false);
  const byId = new Map(docs.map((d) => [d.version.id, d]));
  const out: FactChange[] = [];

  for (const group of alignment.groups) {
    if (group.members.length < 2) continue;
    if (options.share && oneSharedSentence(group.members, byId, options.share)) continue;
    const base = groupWordings(group.members, byId, options.share);
    // Most groups are one wording copied word for word: nothing to diff, nothing more to read.
    if (base.length < 2) continue;
    const wordings: Wording[] = [];
    for (const b of base) wordings.push(readWording(b, options.share));
    const pivots = sortedCopy(wordings, (x, y) => y.refs.length - x.refs.length || y.keys.length - x.keys.length);
    const seen = new Set<string>();
    for (const b of wordings) {
      // The first `maxPivots` pivots other than b.
      let taken = 0;
      for (const a of pivots) {
        if (a === b) continue;
        if (taken++ >= maxPivots) break;
        for (const c of diffChanges(a, b, minCommon, minKept)) {
          const id = `${c.kind}\u0001${[norm(c.aText), norm(c.bText)].sort().join('\u0001')}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const change = judge(c, a, b, wordings, group.id, alignment, older);
          if (change) out.push(change);
        }
      }
    }
  }
  return out;
}

/** `contradiction` findings (rule `changed-fact`) of a set; see the module comment. */
export function changedFactFindings(docs: readonly Doc[], alignment: SetAlignment, options: ChangeOptions = {}): Finding[] {
  const older = options.older ?? ((): boolean => false);
  const concurrent = (x: string, y: string): boolean => !older(x, y) && !older(y, x);
  const byId = new Map(docs.map((d) => [d.version.id, d]));
  const findings: Finding[] = [];
  for (const change of findChanges(docs, alignment, options)) {
    const wrong = change.sides[change.wrong];
    const right = change.sides[change.wrong === 0 ? 1 : 0];
    // Between versions of different times a new figure may be an update (the claim rules
    // judge it); a person's age is the same fact whatever the time: a warning then.
    const acrossTime = change.kind === 'number' && !wrong.refs.every((x) => right.refs.every((y) => concurrent(x.version, y.version)));
    if (acrossTime && change.age !== true) continue;
    findings.push(changeFinding(change, byId, acrossTime));
  }
  return findings;
}

/** The finding for one change: the wrong side's versions, with the sentences of both sides as evidence. */
function changeFinding(change: FactChange, byId: ReadonlyMap<string, Doc>, acrossTime: boolean): Finding {
  const wrong = change.sides[change.wrong];
  const right = change.sides[change.wrong === 0 ? 1 : 0];
  const evidence: Evidence[] = [];
  for (const side of [wrong, right]) {
    for (const ref of side.refs) {
      const d = byId.get(ref.version);
      const s = d?.sentences[ref.sentence];
      if (d && s) evidence.push({ version: ref.version, path: d.version.path, ...d.version.map.place(s.start), text: s.text, value: side.text });
    }
  }
  const wrongIds = wrong.refs.map((r) => r.version);
  const rightIds = right.refs.map((r) => r.version);
  const subject = change.kind === 'negation' ? 'negation' : `${right.text} → ${wrong.text} (${change.kind === 'name' ? 'name' : change.kind})`;
  const places = wrong.refs.flatMap((r) => sentenceLines(byId, r).map((line) => ({ version: r.version, line })));
  const say = (ids: string[]): string => (ids.length > 1 ? 'say' : 'says');
  return {
    ...builtin('changed-fact'),
    ...(acrossTime ? { severity: 'warning' as const } : {}),
    subject,
    versions: wrongIds,
    message: `${wrongIds.join(', ')} ${say(wrongIds)} "${wrong.text}" where ${rightIds.join(', ')} ${say(rightIds)} "${right.text}" in the same sentence`,
    evidence,
    actual: wrong.text,
    expected: right.text,
    fact: factKey({ versions: wrongIds, evidence }, { rule: 'changed-fact', origin: 'check', kind: change.kind, subject, places }),
  };
}

/** The lines of the original file a sentence spans. */
function sentenceLines(byId: ReadonlyMap<string, Doc>, ref: SentenceRef): number[] {
  const d = byId.get(ref.version);
  const s = d?.sentences[ref.sentence];
  if (!d || !s) return [];
  const from = d.version.map.place(s.start).line;
  const to = d.version.map.place(Math.max(s.start, s.end - 1)).line;
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

// ---------------------------------------------------------------- diff and classify

function diffChanges(a: Wording, b: Wording, minCommon: number, minKept: number): Classified[] {
  if (!mayBeNearCopy(a.keys, b.keys, minCommon, minKept)) return [];
  const parts = diffArrays(a.keys, b.keys);
  const hunks: Hunk[] = [];
  let common = 0;
  let changed = 0;
  let ai = 0;
  let bi = 0;
  let open: Hunk | null = null;
  for (const part of parts) {
    if (part.removed || part.added) {
      open ??= { a: [ai, ai], b: [bi, bi] };
      if (part.removed) {
        ai += part.count;
        open.a[1] = ai;
      } else {
        bi += part.count;
        open.b[1] = bi;
      }
      continue;
    }
    if (open) {
      hunks.push(open);
      changed += Math.max(open.a[1] - open.a[0], open.b[1] - open.b[0]);
      open = null;
    }
    common += part.count;
    ai += part.count;
    bi += part.count;
  }
  if (open) {
    hunks.push(open);
    changed += Math.max(open.a[1] - open.a[0], open.b[1] - open.b[0]);
  }
  if (hunks.length === 0 || common < minCommon || common / (common + changed) < minKept) return [];

  const out: Classified[] = [];
  for (const h of hunks) {
    const c =
      (a.negations !== b.negations ? negationChange(a, b, h) : null) ??
      (h.a[1] > h.a[0] && h.b[1] > h.b[0] ? (dateChange(a, b, h) ?? numberChange(a, b, h) ?? nameChange(a, b, h)) : null);
    if (c && !uncertain(a, c.a) && !uncertain(b, c.b)) out.push(c);
  }
  return out;
}

/** The sides differ only by negation words and auxiliaries, with a different count of negations. */
function negationChange(a: Wording, b: Wording, h: Hunk): Classified | null {
  const ra = a.words.slice(h.a[0], h.a[1]);
  const rb = b.words.slice(h.b[0], h.b[1]);
  const na = negationCount(a, h.a[0], h.a[1]);
  const nb = negationCount(b, h.b[0], h.b[1]);
  if (na === nb) return null;
  const rest = (tokens: readonly Token[]): string =>
    tokens
      .map((t) => (tokenKey(t.lower) === 'without' ? 'with' : t.lemma || t.lower))
      .map((w) => tokenKey(w))
      .filter((w) => !NEGATIONS.has(w) && !AUXILIARIES.has(w))
      .sort()
      .join(' ');
  if (rest(ra) !== rest(rb)) return null;
  // Show the change with a shared word on each side ("was taken" / "was not taken").
  const before = h.a[0] > 0 && h.b[0] > 0 ? 1 : 0;
  const after = h.a[1] < a.words.length && h.b[1] < b.words.length ? 1 : 0;
  const aRange: [number, number] = [h.a[0] - before, h.a[1] + after];
  const bRange: [number, number] = [h.b[0] - before, h.b[1] + after];
  return { kind: 'negation', a: aRange, b: bRange, aText: textOf(a, aRange), bText: textOf(b, bRange) };
}

function negationCount(w: Wording, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isNegation(w.lower, k)) n++;
  return n;
}

function isNegation(lower: readonly string[], k: number): boolean {
  const t = lower[k] ?? '';
  if (!NEGATIONS.has(t)) return false;
  if ((t === 'no' || t === 'not') && QUALIFIER_AFTER_NO.has(lower[k + 1] ?? '')) return false;
  return true;
}

/** Both sides inside date expressions whose weekday, month, day or year differ. */
function dateChange(a: Wording, b: Wording, h: Hunk): Classified | null {
  const ea = coveringExtent(a.dates(), h.a);
  if (!ea) return null;
  const eb = coveringExtent(b.dates(), h.b);
  if (!ea || !eb) return null;
  const da = dateParts(a.lower.slice(ea[0], ea[1]));
  const db = dateParts(b.lower.slice(eb[0], eb[1]));
  const differs =
    (da.weekday !== null && db.weekday !== null && da.weekday !== db.weekday) ||
    (da.month !== null && db.month !== null && da.month !== db.month) ||
    (da.month !== null && da.month === db.month && da.day !== null && db.day !== null && da.day !== db.day) ||
    (da.year !== null && db.year !== null && da.year !== db.year);
  if (!differs) return null;
  return { kind: 'date', a: ea, b: eb, aText: textOf(a, ea), bText: textOf(b, eb) };
}

/** The union of date extents overlapping the hunk range, if every changed token lies in one. */
function coveringExtent(extents: ReadonlyArray<{ start: number; end: number }>, range: [number, number]): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (let k = range[0]; k < range[1]; k++) {
    const e = extents.find((x) => x.start <= k && k < x.end);
    if (!e) return null;
    from = Math.min(from, e.start);
    to = Math.max(to, e.end);
  }
  return Number.isFinite(from) ? [from, to] : null;
}

/** Both sides read as quantities with different values ("12" / "14"; not "three" / "3"). */
function numberChange(a: Wording, b: Wording, h: Hunk): Classified | null {
  const ra = widen(a, h.a, (k) => isNumberWord(a.words[k]));
  const rb = widen(b, h.b, (k) => isNumberWord(b.words[k]));
  for (let k = ra[0]; k < ra[1]; k++) if (!isNumberWord(a.words[k]) && !qualifierWord(a.lower[k])) return null;
  for (let k = rb[0]; k < rb[1]; k++) if (!isNumberWord(b.words[k]) && !qualifierWord(b.lower[k])) return null;
  const aText = textOf(a, ra);
  const bText = textOf(b, rb);
  const qa = parseQuantity(aText);
  const qb = parseQuantity(bText);
  if (!qa || !qb || qa.qualifier === 'several' || qb.qualifier === 'several') return null;
  if (qa.exact === qb.exact && qa.highExact === qb.highExact) return null;
  // "nearly 60 countries" and "58 countries": the hedge allows the figure, no contradiction
  const exact = (q: typeof qa): boolean => q.qualifier === null && q.high === null;
  if ((exact(qb) && hedgeAllows(qa.qualifier, Number(qa.value), Number(qb.value))) || (exact(qa) && hedgeAllows(qb.qualifier, Number(qb.value), Number(qa.value)))) return null;
  return { kind: 'number', a: ra, b: rb, aText, bText, ...(isAge(a, ra) && isAge(b, rb) ? { age: true } : {}) };
}

/**
 * The figure at `range` is a person's age: "aged 22", "at the age of 22", "a 22-year-old",
 * "22 years old", or set off by commas right after a name ("Ana Ruiz, 22, of Kelm").
 */
function isAge(w: Wording, [from, to]: [number, number]): boolean {
  const before = w.lower[from - 1];
  if (before !== undefined && (AGE_WORDS.has(before) || (before === 'of' && AGE_WORDS.has(w.lower[from - 2] ?? '')))) return true;
  const after = w.lower.slice(to, to + 4).filter((t) => t !== '-' && t !== '–');
  if ((after[0] === 'year' || after[0] === 'years') && after[1] === 'old') return true;
  if (before !== ',' || (w.lower[to] !== ',' && w.lower[to] !== '.')) return false;
  const name = w.words[from - 2];
  return name !== undefined && isNameToken(w, from - 2) && /^\p{L}+$/u.test(name.text) && !CALENDAR_WORDS.has(name.lower);
}

const QUALIFIER_WORDS: ReadonlySet<string> = new Set([...qualifierTokens(EN), '-', '–']);

function qualifierWord(w: string | undefined): boolean {
  return w !== undefined && QUALIFIER_WORDS.has(w);
}

const NUMBER_WORDS: ReadonlySet<string> = numberWords(EN, { vague: false });

function isNumberWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^\d[\d,.]*(?:bn|mln|mn)?$/.test(t.lower) || t.text === '%') return true;
  return NUMBER_WORDS.has(t.lower) || /^[a-z]+-[a-z]+$/.test(t.lower) && t.lower.split('-').every((p) => NUMBER_WORDS.has(p));
}

/** Widen a token range over adjacent tokens (shared by both sides) that pass `test`. */
function widen(w: Wording, range: [number, number], test: (k: number) => boolean): [number, number] {
  let from = range[0];
  let to = range[1];
  while (from > 0 && test(from - 1)) from--;
  while (to < w.words.length && test(to)) to++;
  return [from, to];
}

/** Both sides are names of different people, places or organisations. */
function nameChange(a: Wording, b: Wording, h: Hunk): Classified | null {
  if (!nameRange(a, h.a) || !nameRange(b, h.b)) return null;
  const ra = widen(a, h.a, (k) => isNameToken(a, k));
  const rb = widen(b, h.b, (k) => isNameToken(b, k));
  const na = stripTitles(a.words.slice(ra[0], ra[1]));
  const nb = stripTitles(b.words.slice(rb[0], rb[1]));
  const fa = na[0];
  const la = na[na.length - 1];
  const fb = nb[0];
  const lb = nb[nb.length - 1];
  if (!fa || !la || !fb || !lb) return null;
  if ([...na, ...nb].some((t) => CALENDAR_WORDS.has(t.lower))) return null;
  const aName = a.doc.version.text.slice(fa.start, la.end);
  const bName = b.doc.version.text.slice(fb.start, lb.end);
  if (sameName(aName, bName)) return null;
  return { kind: 'name', a: [ra[1] - na.length, ra[1]], b: [rb[1] - nb.length, rb[1]], aText: aName, bText: bName };
}

/** Every token of the range is a name word (particles such as "van der" inside the range allowed). */
function nameRange(w: Wording, range: [number, number]): boolean {
  for (let k = range[0]; k < range[1]; k++) {
    if (isNameToken(w, k)) continue;
    const inner = k > range[0] && k < range[1] - 1;
    if (!(inner && NAME_PARTICLES.has(w.lower[k] ?? ''))) return false;
  }
  return range[1] > range[0];
}

function isNameToken(w: Wording, k: number): boolean {
  const t = w.words[k];
  if (!t || !/^\p{Lu}/u.test(t.text) || !/\p{L}/u.test(t.text) || t.pos === 'PUNCT') return false;
  const initial = k === 0 || QUOTE_OR_BREAK.test(w.words[k - 1]?.text ?? '');
  if (!initial || w.caps.has(t.text) || (/^\p{Lu}[\p{Lu}.&]+$/u.test(t.text) && t.text.replace(/[.&]/g, '').length >= 2)) return true;
  // A sentence-initial proper noun followed by another capitalised word ("Mehmet Öztürk, a shopkeeper, said").
  const next = w.words[k + 1];
  return (
    t.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !FUNCTION_WORDS.has(t.lower) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    next.pos !== 'PUNCT' &&
    !TITLE_WORDS.has(next.lower)
  );
}

/** "Foreign Minister David Lammy" -> "David Lammy"; a run of titles only -> nothing. */
function stripTitles(run: readonly Token[]): Token[] {
  let lastTitle = -1;
  run.forEach((t, k) => {
    if (TITLE_WORDS.has(t.lower)) lastTitle = k;
  });
  return run.slice(lastTitle + 1);
}

// ---------------------------------------------------------------- which side is wrong

function judge(
  c: Classified,
  a: Wording,
  b: Wording,
  wordings: readonly Wording[],
  group: number,
  alignment: SetAlignment,
  older: (x: string, y: string) => boolean,
): FactChange | null {
  // The value with one shared word of context on each side, to classify the other wordings.
  const probe = (w: Wording, r: [number, number]): string[] => w.keys.slice(Math.max(0, r[0] - 1), r[1] + 1);
  const pa = probe(a, c.a);
  const pb = probe(b, c.b);
  const sides: [ChangeSide, ChangeSide] = [
    { text: c.aText, refs: [] },
    { text: c.bText, refs: [] },
  ];
  for (const w of wordings) {
    const hasA = w === a || (w !== b && containsSequence(w.keys, pa));
    const hasB = w === b || (w !== a && containsSequence(w.keys, pb));
    if (hasA === hasB) continue;
    (hasA ? sides[0] : sides[1]).refs.push(...w.refs);
  }
  const [sa, sb] = sides;
  if (sa.refs.length === 0 || sb.refs.length === 0) return null;
  let wrong: 0 | 1;
  if (sa.refs.length !== sb.refs.length) wrong = sa.refs.length < sb.refs.length ? 0 : 1;
  else {
    const latest = (refs: readonly SentenceRef[]): string =>
      refs.reduce((best, r) => (older(best, r.version) ? r.version : best), refs[0]?.version ?? '');
    const la = latest(sa.refs);
    const lb = latest(sb.refs);
    if (older(lb, la)) wrong = 0;
    else if (older(la, lb)) wrong = 1;
    else if (sa.refs.some((r) => r.version === alignment.reference)) wrong = 1;
    else if (sb.refs.some((r) => r.version === alignment.reference)) wrong = 0;
    else wrong = alignment.versions.indexOf(la) > alignment.versions.indexOf(lb) ? 0 : 1;
  }
  return { kind: c.kind, group, sides, wrong, ...(c.age ? { age: true } : {}) };
}

// ---------------------------------------------------------------- helpers

/** A wording with what the classifiers read from it: lower-case keys, capitals, date extents, negations. */
function readWording(b: BaseWording, share: SentenceShare | undefined): Wording {
  const { lower, negations } = lowerReading(share ? share.words(b.doc, b.sentence) : b.words);
  let dates: ReadonlyArray<{ start: number; end: number }> | undefined;
  // Written out, not spread: a spread of the base wording cost about 2 KB a wording (alloc.mjs).
  return {
    key: b.key,
    refs: b.refs,
    doc: b.doc,
    sentence: b.sentence,
    words: b.words,
    keys: b.keys,
    lower,
    caps: midSentenceCapitals(b.doc),
    dates: () => (dates ??= dateExtents(b.doc, b.words)),
    negations,
  };
}

/** Lower-case keys and negations of word lists already read (a set's copies of a sentence share one list: share.ts). */
const lowerReadings = new SetCache<readonly Token[], { lower: string[]; negations: number }>();

function lowerReading(words: readonly Token[]): { lower: string[]; negations: number } {
  let known = lowerReadings.get(words);
  if (!known) {
    const lower = lowerKeys(words);
    let negations = 0;
    for (let k = 0; k < lower.length; k++) if (isNegation(lower, k)) negations++;
    lowerReadings.set(words, (known = { lower, negations }));
  }
  return known;
}

function textOf(w: Wording, range: [number, number]): string {
  const first = w.words[range[0]];
  const last = w.words[range[1] - 1];
  return first && last ? w.doc.version.text.slice(first.start, last.end) : '';
}

function uncertain(w: Wording, range: [number, number]): boolean {
  const first = w.words[range[0]];
  const last = w.words[Math.max(range[0], range[1] - 1)];
  if (!first || !last) return false;
  const span: Span = { start: first.start, end: last.end };
  return w.doc.version.uncertain.some((u) => u.start < span.end && span.start < u.end);
}

function norm(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}


