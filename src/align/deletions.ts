/**
 * `deleted-mention`: a name, number or date cut out of a sentence that is otherwise the
 * same as its aligned sentence in another version.
 *
 * For each group of aligned sentences, the distinct wordings are compared with jsdiff's
 * `diffArrays` over token keys: each wording against the (at most `maxPivots`) longest
 * other wordings, which keeps the work linear in the number of versions. A removed chunk
 * counts as a cut only when it is a pure deletion (no insertion at the same place) and the
 * rest of the sentence is nearly identical; rewritten sentences therefore never report.
 *
 * One finding per cut item (subject = the name/number/date as written in the fuller
 * version); items cut at the same place share their evidence. Severity is `error` when a
 * scar (see scars.ts) sits at the cut, else `warning`.
 */
import { diffArrays, type ArrayChange } from 'diff';
import type { Doc, Evidence, Finding, Sentence, Token } from '../types.js';
import type { SetAlignment, SentenceRef } from './align.js';
import type { Scar } from './scars.js';
import { containsSequence, groupWordings, isNameToken, mayBeNearCopy, midSentenceCapitals, oneSharedSentence, sentenceWords, sortedCopy, tokenKey, type BaseWording } from './tokens.js';
import { SPEECH_VERBS, TITLE_WORDS } from '../lang/en/people.js';
import { PLACE_NAMES } from '../lang/en/places.js';
import { CLAUSE_EDGE_WORDS, LOCATIVE_WORDS } from '../lang/en/revisions.js';
import { EN } from '../lang/en/index.js';
import { numberWords } from '../lang/index.js';
import { foldSurname, NAME_PARTICLES } from '../read/names.js';
import { builtin, factKey } from '../findings.js';
import type { SentenceShare } from './share.js';
import { SetCache } from '../set-cache.js';

export type CutItemKind = 'name' | 'number' | 'date';

/** Words of a part of a day and their links ("the afternoon of"): no date by themselves. */
const DAY_PART_WORDS: ReadonlySet<string> = new Set([...EN.calendar.partsOfDay, 'the', 'of', 'early', 'late', 'that', 'this']);

/** One name/number/date inside a cut chunk. */
export interface CutItem {
  kind: CutItemKind;
  /** As written in the fuller version. */
  text: string;
  /** Token keys of the item, for locating it in other sentences. */
  keys: string[];
  /** The word before the item in the fuller sentence, lower case ("in" of "in Marlow"). */
  lead?: string;
}

/** A contiguous stretch that one wording lost relative to another. */
export interface Cut {
  /** The wording that lost the chunk. */
  damaged: SentenceRef;
  /** The wording that still has it. */
  fuller: SentenceRef;
  /** The removed text as written in the fuller sentence. */
  removed: string;
  /** Normalized-text offset in the damaged version where the chunk is missing. */
  at: number;
  items: CutItem[];
  /**
   * The chunk is a clause of its own, with its verb and a conjunction at an edge: taken out
   * in a rewrite ("led Chile from 1994 to 2000 and"), not a name cut (see `carriesVerb`).
   */
  clause?: boolean;
}

export interface DeletionOptions {
  /** Minimum tokens both wordings share. Default 5. */
  minCommon?: number;
  /** Minimum share of the non-cut tokens kept unchanged. Default 0.8. */
  minKept?: number;
  /** Longest other wordings each wording is diffed against. Default 4. */
  maxPivots?: number;
  /**
   * True when version `a` is older than `b`. A name or figure that only later versions
   * have was added by them, not cut from the older ones (unless the older sentence is scarred).
   */
  older?: (a: string, b: string) => boolean;
  /** The set's repeated sentences, when the caller shares them between its steps (see share.ts). */
  share?: SentenceShare;
}

type Wording = BaseWording;

const NUMBER_WORDS: ReadonlySet<string> = numberWords(EN, { vague: true });

/** The last cuts found per alignment, with the inputs they were found for. */
const cutsMemo = new SetCache<SetAlignment, { docs: readonly Doc[]; scars: ReadonlyMap<string, readonly Scar[]>; options: DeletionOptions; cuts: Cut[] }>();

/**
 * Find the cuts of every wording of every group. Deleted mentions and integrity findings
 * both ask for them with the same inputs: they are found once (shared: callers must not change them).
 */
export function findCuts(
  docs: readonly Doc[],
  alignment: SetAlignment,
  scarsByVersion: ReadonlyMap<string, readonly Scar[]> = new Map(),
  options: DeletionOptions = {},
): Cut[] {
  const known = cutsMemo.get(alignment);
  if (known && known.docs === docs && known.scars === scarsByVersion && known.options === options) return known.cuts;
  const cuts = readCuts(docs, alignment, scarsByVersion, options);
  cutsMemo.set(alignment, { docs, scars: scarsByVersion, options, cuts });
  return cuts;
}

function readCuts(
  docs: readonly Doc[],
  alignment: SetAlignment,
  scarsByVersion: ReadonlyMap<string, readonly Scar[]>,
  options: DeletionOptions,
): Cut[] {
  const minCommon = options.minCommon ?? 5;
  const minKept = options.minKept ?? 0.8;
  const maxPivots = options.maxPivots ?? 4;
  const byId = new Map(docs.map((d) => [d.version.id, d]));
  const cuts: Cut[] = [];
  const scarredAt = (b: Wording, at: number): boolean =>
    b.refs.some((ref) => (scarsByVersion.get(ref.version) ?? []).some((s) => s.sentence === ref.sentence && nearCut(s, at)));

  for (const group of alignment.groups) {
    if (group.members.length < 2) continue;
    // One sentence copied word for word has one wording: nothing to diff.
    if (options.share && oneSharedSentence(group.members, byId, options.share)) continue;
    const wordings = groupWordings(group.members, byId, options.share);
    if (wordings.length < 2) continue;
    const longest = sortedCopy(wordings, (x, y) => y.keys.length - x.keys.length);
    for (const b of wordings) {
      // The first `maxPivots` of the longest wordings other than b.
      let taken = 0;
      for (const a of longest) {
        if (a === b) continue;
        if (taken++ >= maxPivots) break;
        const caps = midSentenceCapitals(a.doc);
        cuts.push(...diffCuts(a, b, caps, minCommon, minKept, scarredAt));
      }
    }
  }
  return cuts;
}

/**
 * Turn the cuts of a set (`findCuts`, worked out once per set) into findings (one per cut
 * item, deduplicated), with evidence from every version that has the item.
 */
export function deletedMentionFindings(docs: readonly Doc[], alignment: SetAlignment, cuts: readonly Cut[], scarsByVersion: ReadonlyMap<string, readonly Scar[]>, options: DeletionOptions = {}): Finding[] {
  const byId = new Map(docs.map((d) => [d.version.id, d]));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const named = new Map<Doc, string[]>();
  for (const { cut, item } of longestItemsFirst(cuts)) {
    const damagedDoc = byId.get(cut.damaged.version);
    const damagedSentence = damagedDoc?.sentences[cut.damaged.sentence];
    if (!damagedDoc || !damagedSentence) continue;
    const groupId = alignment.groupOf[cut.damaged.version]?.[cut.damaged.sentence] ?? -1;
    const group = alignment.groups[groupId];
    if (!group) continue;
    const damagedKey = wordingKey(sentenceWords(damagedDoc, damagedSentence));
    const damagedVersions = versionsWorded(group.members, byId, damagedKey);
    const scarred = scarredAtCut(scarsByVersion, cut);
    // A name is located by its last word (surname): "Trump" still counts for "Donald Trump".
    const locate = item.kind === 'name' ? item.keys.slice(-1) : item.keys;
    const id = `${damagedKey}\u0002${cut.at - damagedSentence.start}\u0002${item.kind}:${locate.join(' ')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (!scarred && explainedAway(damagedDoc, cut, item, locate, named)) continue;
    const keeping = keepingEvidence(group.members, byId, damagedVersions, locate, item.text);
    if (keeping.length === 0) continue;
    if (addedLater(options.older, damagedVersions, keeping) && !scarred) continue;
    findings.push(deletedMentionFinding(damagedDoc, damagedSentence, cut, item, damagedVersions, keeping, scarred));
  }
  return findings;
}

/** Every item of every cut paired with its cut, items of more words first. */
function longestItemsFirst(cuts: readonly Cut[]): Array<{ cut: Cut; item: CutItem }> {
  // Longest form of a name first, so "Donald Trump" wins over "Trump" cut at the same place.
  return cuts
    .flatMap((cut) => cut.items.map((item) => ({ cut, item })))
    .sort((x, y) => y.item.keys.length - x.item.keys.length);
}

/** The versions of a group whose sentence reads word for word as `key` (the damaged wording). */
function versionsWorded(members: readonly SentenceRef[], byId: ReadonlyMap<string, Doc>, key: string): string[] {
  const versions: string[] = [];
  for (const m of members) {
    const d = byId.get(m.version);
    const s = d?.sentences[m.sentence];
    if (d && s && wordingKey(sentenceWords(d, s)) === key) versions.push(m.version);
  }
  return versions;
}

/** A scar of the damaged sentence sits at the cut (the finding is then an error, and is never explained away). */
function scarredAtCut(scarsByVersion: ReadonlyMap<string, readonly Scar[]>, cut: Cut): boolean {
  return (scarsByVersion.get(cut.damaged.version) ?? []).some((s) => s.sentence === cut.damaged.sentence && nearCut(s, cut.at));
}

/** An unscarred cut that is no loss: the item moved next door, or a name went with its clause or is a place named elsewhere. */
function explainedAway(damagedDoc: Doc, cut: Cut, item: CutItem, locate: readonly string[], named: Map<Doc, string[]>): boolean {
  // A sentence split in two keeps the item (and most of the "removed" words) next door: no cut.
  if (splitNearby(damagedDoc, cut.damaged.sentence, cut.removed, locate)) return true;
  return item.kind === 'name' && (cut.clause === true || placeNamedElsewhere(damagedDoc, item, named));
}

/** Evidence from the group's other wordings that still have the item (located by `locate`). */
function keepingEvidence(members: readonly SentenceRef[], byId: ReadonlyMap<string, Doc>, damagedVersions: readonly string[], locate: readonly string[], value: string): Evidence[] {
  const keeping: Evidence[] = [];
  for (const m of members) {
    const d = byId.get(m.version);
    const s = d?.sentences[m.sentence];
    // the damaged wording itself never keeps the item ("Pruitt County" is no "Hollis County")
    if (!d || !s || damagedVersions.includes(m.version)) continue;
    if (!containsSequence(sentenceWords(d, s).map((t) => tokenKey(t.text)), locate)) continue;
    keeping.push({ version: m.version, path: d.version.path, ...d.version.map.place(s.start), text: s.text, value });
  }
  return keeping;
}

/** Every damaged version is older than every version keeping the item: later versions added it, nothing was cut. */
function addedLater(older: DeletionOptions['older'], damagedVersions: readonly string[], keeping: readonly Evidence[]): boolean {
  return older !== undefined && damagedVersions.every((v) => keeping.every((e) => older(v, e.version)));
}

/** The `deleted-mention` finding: the damaged sentence with the cut marked, then the versions keeping the item. */
function deletedMentionFinding(damagedDoc: Doc, damagedSentence: Sentence, cut: Cut, item: CutItem, damagedVersions: string[], keeping: readonly Evidence[], scarred: boolean): Finding {
  const marked = markCut(damagedDoc.version.text, damagedSentence, cut);
  const still = keeping.map((e) => e.version);
  const evidence: Evidence[] = [
    { version: cut.damaged.version, path: damagedDoc.version.path, ...damagedDoc.version.map.place(cut.at), text: marked, value: '' },
    ...keeping,
  ];
  return {
    ...builtin('deleted-mention'),
    ...(scarred ? { severity: 'error' as const } : {}),
    subject: item.text,
    versions: damagedVersions,
    message: `"${item.text}" was cut from a sentence in ${damagedVersions.join(', ')} (still in ${still.join(', ')})`,
    evidence,
    actual: 'cut',
    expected: item.text,
    fact: factKey(
      { versions: damagedVersions, evidence },
      { rule: 'deleted-mention', origin: 'check', kind: item.kind, subject: item.text, loss: 'cut', names: [item.text.toLowerCase(), foldSurname(lastWord(item.text))] },
    ),
  };
}

/**
 * Whether a long "removed" chunk is in fact still in the damaged version, split off into the
 * sentence before or after ("Six of the 11 carriages derailed … . Three of them rolled …"
 * for "Six of the train's 11 carriages left the track …, and three of them rolled …"): the
 * item is in the sentence or a neighbour, and so are half the chunk's words. A short cut
 * ("on Monday") is never explained away by a neighbour that happens to repeat it.
 */
function splitNearby(doc: Doc, index: number, removed: string, keys: readonly string[]): boolean {
  const chunk = removed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (chunk.length < 6) return false;
  const lower = keys.map((k) => k.toLowerCase());
  const words = new Set<string>();
  let kept = false;
  for (const i of [index - 1, index, index + 1]) {
    const s = doc.sentences[i];
    if (!s) continue;
    const keysHere = sentenceWords(doc, s).map((t) => tokenKey(t.text).toLowerCase());
    kept ||= containsSequence(keysHere, lower);
    for (const k of keysHere) words.add(k);
  }
  return kept && chunk.filter((w) => words.has(w)).length >= chunk.length / 2;
}

/** Fewest words of a chunk with a verb that reads as a clause ("said Ana Ruiz" is a name cut, three words). */
const CLAUSE_WORDS = 4;

/**
 * A chunk that is a clause of its own (see `Cut.clause`): `CLAUSE_WORDS` words or more, a verb
 * other than a speech verb, and a conjunction or relative word at an edge ("led Chile from
 * 1994 to 2000 and", "who led Chile ..."), so that the rest still reads. A cut subject and verb
 * in the middle of a clause ("Several rounds of , and with Putin") is damage, not a rewrite.
 */
function carriesVerb(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const first = words[0]?.lower ?? '';
  const last = words[words.length - 1]?.lower ?? '';
  if (words.length < CLAUSE_WORDS || !(CLAUSE_EDGE_WORDS.has(first) || CLAUSE_EDGE_WORDS.has(last))) return false;
  return words.some((t) => t.pos === 'VERB' && !SPEECH_VERBS.has(t.lower));
}

/**
 * A place cut from one sentence ("Chile", "in Marlow") that the version still names elsewhere
 * has lost nothing: places are repeated through a story, unlike the one mention of a person.
 * A place is a known place name or a name after a locative word ("in", "near").
 */
function placeNamedElsewhere(doc: Doc, item: CutItem, named: Map<Doc, string[]>): boolean {
  const place = PLACE_NAMES.has(item.text.toLowerCase()) || (item.lead !== undefined && LOCATIVE_WORDS.has(item.lead));
  if (!place) return false;
  let keys = named.get(doc);
  if (!keys) {
    // every sentence's words in a row, with an empty key between sentences (no match across them)
    keys = doc.sentences.flatMap((s) => [...sentenceWords(doc, s).map((t) => tokenKey(t.text)), '']);
    named.set(doc, keys);
  }
  return containsSequence(keys, item.keys);
}

/** The damaged sentence with `⟦cut: …⟧` where the chunk is missing. */
export function markCut(text: string, sentence: Sentence, cut: Cut): string {
  const head = text.slice(sentence.start, cut.at);
  const tail = text.slice(cut.at, sentence.end);
  const lead = /\S$/.test(head) ? ' ' : '';
  const trail = /^[^\s,.;:!?)]/.test(tail) ? ' ' : '';
  return `${head}${lead}⟦cut: ${cut.removed}⟧${trail}${tail}`;
}

/** A scar touching the place of a cut (within two characters). */
export function nearCut(scar: Scar, at: number): boolean {
  return scar.span.start <= at + 2 && scar.span.end >= at - 2;
}

function wordingKey(words: readonly Token[]): string {
  return words.map((t) => tokenKey(t.text)).join('\u0001');
}


/** A stretch of `a` (`count` words from `ai`) that `b` lacks just before its word `bi`. */
interface RemovedChunk {
  ai: number;
  count: number;
  bi: number;
}

/** Chunks removed from `b` relative to `a` that are pure deletions in an otherwise identical sentence. */
function diffCuts(
  a: Wording,
  b: Wording,
  caps: ReadonlySet<string>,
  minCommon: number,
  minKept: number,
  scarredAt: (b: Wording, at: number) => boolean,
): Cut[] {
  if (!mayBeNearCopy(a.keys, b.keys, minCommon, minKept)) return [];
  const removedChunks: RemovedChunk[] = [];
  if (!pureDeletions(diffArrays(a.keys, b.keys), removedChunks, minCommon, minKept)) return [];
  const cuts: Cut[] = [];
  for (const chunk of removedChunks) {
    const cut = chunkCut(a, b, chunk, caps, scarredAt);
    if (cut) cuts.push(cut);
  }
  return cuts;
}

/**
 * Collect into `removedChunks` the removed parts of a diff with no insertion beside them;
 * true when there are some and the rest of the sentence is nearly identical.
 */
function pureDeletions(parts: readonly ArrayChange<string>[], removedChunks: RemovedChunk[], minCommon: number, minKept: number): boolean {
  let common = 0;
  let changed = 0;
  let ai = 0;
  let bi = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (!part) continue;
    const prev = parts[p - 1];
    const next = parts[p + 1];
    if (part.removed) {
      const substituted = (prev?.added ?? false) || (next?.added ?? false);
      if (substituted) changed += part.count;
      else removedChunks.push({ ai, count: part.count, bi });
      ai += part.count;
    } else if (part.added) {
      // Inserted words (and the new side of a substitution) count against "nearly identical".
      changed += part.count;
      bi += part.count;
    } else {
      common += part.count;
      ai += part.count;
      bi += part.count;
    }
  }
  if (removedChunks.length === 0 || common < minCommon) return false;
  if (common / (common + changed) < minKept) return false;
  return true;
}

/** The cut a removed chunk makes in `b`, when it takes out a name, number or date that `b` no longer has. */
function chunkCut(a: Wording, b: Wording, chunk: RemovedChunk, caps: ReadonlySet<string>, scarredAt: (b: Wording, at: number) => boolean): Cut | undefined {
  const tokens = a.words.slice(chunk.ai, chunk.ai + chunk.count);
  const items = itemsIn(tokens, a, caps, a.words[chunk.ai - 1]).filter(
    (item) => !containsSequence(b.keys, item.keys) && !(item.kind === 'name' && namePartlyKept(a, chunk, item, caps)),
  );
  if (items.length === 0) return undefined;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return undefined;
  const at = cutOffset(b, chunk.bi);
  if (clauseLike(a, chunk) && !scarredAt(b, at)) return undefined;
  const ref = b.refs[0];
  const fuller = a.refs[0];
  if (!ref || !fuller) return undefined;
  return {
    damaged: ref,
    fuller,
    removed: a.doc.version.text.slice(first.start, last.end),
    at,
    items,
    ...(carriesVerb(tokens) ? { clause: true } : {}),
  };
}

/** Where in `b`'s text a chunk is missing before its word `bi`: the end of the word before when `bi` opens with closing punctuation, else the start of `bi` (past the last word, the end of the word before or of the sentence). */
function cutOffset(b: Wording, bi: number): number {
  const after = b.words[bi];
  const before = b.words[bi - 1];
  return after ? (before && after.text.match(/^[,.;:!?)]/) ? before.end : after.start) : (before?.end ?? b.sentence.end);
}

/**
 * A chunk that reads as a whole clause or phrase: it starts the sentence, runs to its
 * final punctuation, or carries a comma/dash at its edge (", Ukraine,", "At Thursday's
 * talks in Paris,", "which European officials say is critical"). Removing such a chunk
 * leaves grammatical text and is as likely an editor's addition in the other version as a
 * cut, so it only counts when a scar marks the place.
 */
function clauseLike(a: Wording, chunk: { ai: number; count: number }): boolean {
  const first = a.words[chunk.ai];
  const last = a.words[chunk.ai + chunk.count - 1];
  const after = a.words[chunk.ai + chunk.count];
  if (!first || !last) return false;
  if (chunk.ai === 0) return true;
  if (!after || (after.pos === 'PUNCT' && chunk.ai + chunk.count === a.words.length - 1 && /^[.!?]$/.test(after.text))) return true;
  return /^[,;:—–(]$/.test(first.text) || /^[,;:—–)]$/.test(last.text);
}

/** The cut chunk removed only part of a name ("Donald" of "Donald Trump"): a shortened name, not a cut mention. */
function namePartlyKept(a: Wording, chunk: { ai: number; count: number }, item: CutItem, caps: ReadonlySet<string>): boolean {
  const tokens = a.words.slice(chunk.ai, chunk.ai + chunk.count);
  const startInChunk = tokens.findIndex((_, k) => item.keys.every((key, j) => tokenKey(tokens[k + j]?.text ?? '') === key));
  if (startInChunk < 0) return false;
  const endInChunk = startInChunk + item.keys.length;
  // "Marta Fernández ⟦de Castell⟧": a surname's particle went with it
  let first = startInChunk;
  while (first > 0 && NAME_PARTICLES.has(tokens[first - 1]?.lower ?? '')) first--;
  const before = first === 0 ? a.words[chunk.ai - 1] : undefined;
  const after = endInChunk === tokens.length ? a.words[chunk.ai + chunk.count] : undefined;
  const nameLike = (t: Token | undefined): boolean => t !== undefined && !TITLE_WORDS.has(t.lower) && isNameToken(t, false, caps);
  return nameLike(before) || nameLike(after);
}

/** Names (capitalised runs, acronyms), numbers and dates inside a chunk of tokens. */
function itemsIn(tokens: readonly Token[], a: Wording, caps: ReadonlySet<string>, before: Token | undefined): CutItem[] {
  const doc = a.doc;
  const items: CutItem[] = [];
  const push = (kind: CutItemKind, run: readonly Token[]): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) return;
    const at = tokens.indexOf(first);
    const lead = (at > 0 ? tokens[at - 1] : before)?.lower;
    items.push({ kind, text: doc.version.text.slice(first.start, last.end), keys: run.map((t) => tokenKey(t.text)), ...(lead ? { lead } : {}) });
  };
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    const entity = t.entity === null ? undefined : doc.entities[t.entity];
    let run: Token[];
    if (entity && (entity.type === 'DATE' || entity.type === 'TIME') && isDateToken(t)) {
      run = runWhile(tokens, i, (n) => n.entity === t.entity);
      // "On [the afternoon of] February 14": a part of the day cut, the date kept, is no date lost
      if (!run.every((n) => DAY_PART_WORDS.has(n.lower) || !isDateToken(n))) push('date', run);
    } else if (isNumberToken(t)) {
      run = runWhile(tokens, i, (n) => isNumberToken(n) || n.text === '%');
      push('number', run);
    } else if (isNameToken(t, t === a.words[0], caps)) {
      run = nameRun(tokens, i, caps);
      const name = stripTitles(run);
      if (name.length > 0) push('name', name);
    } else run = [t];
    i += run.length;
  }
  return items;
}

/** The tokens from `i` on while `test` holds. */
function runWhile(tokens: readonly Token[], i: number, test: (t: Token) => boolean): Token[] {
  const run: Token[] = [];
  for (let j = i; j < tokens.length && test(tokens[j] as Token); j++) run.push(tokens[j] as Token);
  return run;
}

/** The name that starts at `i`: name words, "of" + a capitalised one ("Bank of Ghana"), tight hyphens ("Jean-Baptiste"). */
function nameRun(tokens: readonly Token[], i: number, caps: ReadonlySet<string>): Token[] {
  const run: Token[] = [tokens[i] as Token];
  for (let j = i + 1; ; ) {
    const n = tokens[j];
    const n2 = tokens[j + 1];
    if (n && isNameToken(n, false, caps)) {
      run.push(n);
      j++;
    } else if (n && n2 && ((n.lower === 'of' && isNameToken(n2, false, caps) && UPPER_START.test(n2.text)) || (n.text === '-' && joinsHyphenated(run[run.length - 1] as Token, n, n2, caps)))) {
      run.push(n, n2); // "Jean-Baptiste": one name, not "Jean" and "Baptiste"
      j += 2;
    } else return run;
  }
}

/** A hyphen written tight between two name words ("Jean-Baptiste", "Osei-Bonsu"). */
function joinsHyphenated(prev: Token, hyphen: Token, next: Token, caps: ReadonlySet<string>): boolean {
  return hyphen.start === prev.end && next.start === hyphen.end && isNameToken(next, false, caps) && UPPER_START.test(next.text);
}

/** Regexes run per token of a cut chunk, made once (a regex literal is a new object each time it is evaluated). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGITS = /^\d[\d,.]*$/;
const HYPHENATED = /^[\p{L}]+-[\p{L}]+$/u;
const UPPER_START = /^\p{Lu}/u;

function isDateToken(t: Token): boolean {
  return LETTER_OR_DIGIT.test(t.text);
}

function isNumberToken(t: Token): boolean {
  if (t.type === 'number' || DIGITS.test(t.text)) return true;
  return t.pos === 'NUM' && (NUMBER_WORDS.has(t.lower) || HYPHENATED.test(t.lower));
}



/** "Russian President Vladimir Putin" -> "Vladimir Putin"; a bare title run stays whole. */
function stripTitles(run: readonly Token[]): Token[] {
  let lastTitle = -1;
  run.forEach((t, k) => {
    if (TITLE_WORDS.has(t.lower)) lastTitle = k;
  });
  const rest = run.slice(lastTitle + 1);
  return rest.length > 0 ? rest : [...run];
}

function lastWord(name: string): string {
  const parts = name.trim().split(/\s+/u);
  return parts[parts.length - 1] ?? '';
}
