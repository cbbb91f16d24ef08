/**
 * Cue words and the cue window shared by the quantity and date extractors.
 *
 * A cue is a lower-case word or phrase from a rule ("killed", "death toll"). A cue
 * phrase matches a run of tokens when each word equals the token's lower-case text or
 * its lemma. A value is tied to a cue when, in the same sentence, the words between
 * them (punctuation not counted) number at most `window` and that stretch:
 * - crosses no ";" (a clause boundary),
 * - holds no other value of the same kind ("killed 12 people in 3 provinces": 3 is not
 *   tied to "killed"),
 * - holds no contrast ("but", "while", "although": another clause, another figure),
 * - is no subordinate clause with a subject of its own when the cue is a verb after the value
 *   ("rose to 19 after a man injured … died": "injured" is the man's),
 * - holds no coordinating conjunction that opens a new clause or list item, i.e. one
 *   followed by a verb, auxiliary, pronoun or number, or right before the value
 *   ("three killed and 12 injured", "died and a hundred were hurt": 12 and 100 are not
 *   tied to "killed"/"died"; "the toll in Kenya and Somalia rose to 40" still is).
 * Commas may be crossed within the window.
 */
import { EN } from '../lang/en/index.js';
import { COUNT_OF_FILLER, COUNT_OF_NOUNS, LEVEL_VERBS, MOVED_VERBS, OUTCOME_NOUNS, PARTITIVE_PRONOUNS, PERSON_NOUNS } from '../lang/en/quantities.js';
import type { Token } from '../types.js';
import type { Extent } from '../read/words.js';



/** One word of a cue: the word, and the stems its inflections share (empty: exact only). */
export interface CueWord {
  word: string;
  stems: ReadonlySet<string>;
}

/** A rule's cues split into words. */
export type CompiledCues = ReadonlyArray<readonly CueWord[]>;

/**
 * Splits cues into words. With `inflect`, a verb cue also matches its other forms
 * through the token's lemma ("killed" ~ "kills", "killing"; "died" ~ "dies").
 */
const compiled = new WeakMap<readonly string[], { plain?: CompiledCues; inflected?: CompiledCues }>();

export function compileCues(cues: readonly string[], inflect = false): CompiledCues {
  // A rule's cue list is compiled once, not once per version (the result is never changed).
  let memo = compiled.get(cues);
  if (!memo) compiled.set(cues, (memo = {}));
  if (inflect) return (memo.inflected ??= compile(cues, true));
  return (memo.plain ??= compile(cues, false));
}

function compile(cues: readonly string[], inflect: boolean): CompiledCues {
  return cues
    .map((c) => c.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0))
    .filter((c) => c.length > 0)
    .map((words) => words.map((word) => ({ word, stems: new Set(inflect ? cueStems(word) : []) })));
}

/** Stems a cue word may have ("killed" -> kill, "dies" -> die, "injures" -> injure). */
function cueStems(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ves')) return out; // "lives" is a noun; "live" is another word
  const add = (w: string): void => {
    if (w.length >= 3) out.push(w);
  };
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) add(word.slice(0, -2)), add(word.slice(0, -1));
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`), add(word.slice(0, -1));
  if (word.endsWith('es')) add(word.slice(0, -2)), add(word.slice(0, -1));
  else if (word.endsWith('s')) add(word.slice(0, -1));
  return out;
}

function wordMatches(token: Token, cue: CueWord): boolean {
  if (token.lower === cue.word || token.lemma === cue.word) return true;
  if (cue.stems.size === 0) return false;
  const verbLike = token.pos === 'VERB' || token.pos === 'AUX' || token.lower.endsWith('s');
  return verbLike && cue.stems.has(token.lemma);
}

/** The length of the longest cue starting at token `i`, or 0. */
export function cueLengthAt(tokens: readonly Token[], i: number, cues: CompiledCues): number {
  // most tokens start no cue: one look at the cues' first words instead of every cue
  const first = tokens[i];
  if (first === undefined || cues.length === 0 || !mayStartCue(first, cueStarts(cues))) return 0;
  let best = 0;
  for (const cue of cues) {
    if (cue.length <= best) continue;
    let ok = true;
    for (let k = 0; k < cue.length; k++) {
      const t = tokens[i + k];
      const w = cue[k];
      if (t === undefined || w === undefined || !wordMatches(t, w)) {
        ok = false;
        break;
      }
    }
    if (ok) best = cue.length;
  }
  return best;
}

/** The words and stems that can start a cue: a token matching none of them starts no cue. */
interface CueStarts {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

const startsOf = new WeakMap<CompiledCues, CueStarts>();

function cueStarts(cues: CompiledCues): CueStarts {
  let starts = startsOf.get(cues);
  if (!starts) {
    const words = new Set<string>();
    const stems = new Set<string>();
    for (const cue of cues) {
      const first = cue[0];
      if (first === undefined) continue;
      words.add(first.word);
      for (const stem of first.stems) stems.add(stem);
    }
    starts = { words, stems };
    startsOf.set(cues, starts);
  }
  return starts;
}

/** Whether `token` may match the first word of some cue (the same test as `wordMatches`, over all cues). */
function mayStartCue(token: Token, starts: CueStarts): boolean {
  if (starts.words.has(token.lower) || starts.words.has(token.lemma)) return true;
  if (starts.stems.size === 0 || !starts.stems.has(token.lemma)) return false;
  return token.pos === 'VERB' || token.pos === 'AUX' || token.lower.endsWith('s');
}

/** Every cue occurrence in a token list (longest match at each position, not overlapping). */
export function findCues(tokens: readonly Token[], cues: CompiledCues): Extent[] {
  const out: Extent[] = [];
  if (cues.length === 0) return out;
  const starts = cueStarts(cues);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const n = t !== undefined && mayStartCue(t, starts) ? cueLengthAt(tokens, i, cues) : 0;
    if (n > 0) {
      out.push({ start: i, end: i + n });
      i += n;
    } else {
      i++;
    }
  }
  return out;
}

const CONJUNCTIONS = new Set(EN.clauses.conjunctions);
/** A contrast always starts another clause: "no deaths were reported, but 23 people were treated". */
const CONTRASTS = new Set(EN.clauses.contrasts);
const CLAUSE_OPENERS = new Set(['VERB', 'AUX', 'PRON', 'NUM', 'SCONJ']);
/** A cue after a figure, past one of these, is another clause's ("rose to 19 after a man injured … died"). */
const SUBORDINATORS = new Set(EN.clauses.subordinators);

function isPunct(t: Token): boolean {
  return t.type === 'punctuation' || t.pos === 'PUNCT';
}

/**
 * Whether a cue lies within `window` words of `value` with nothing blocking in between.
 * `blockers` are the extents of the other values of the same kind in the sentence.
 */
export function cueNear(
  tokens: readonly Token[],
  value: Extent,
  hits: readonly Extent[],
  window: number,
  blockers: readonly Extent[],
): boolean {
  return cueDistance(tokens, value, hits, window, blockers) !== null;
}

/** Words between `value` and the nearest open cue (0 when they touch), or null when none is open. */
export function cueDistance(
  tokens: readonly Token[],
  value: Extent,
  hits: readonly Extent[],
  window: number,
  blockers: readonly Extent[],
): number | null {
  let best: number | null = null;
  const moved = movedSubject(tokens, value.end);
  for (const hit of hits) {
    let d: number | null;
    if (hit.end <= value.start) d = moved ? null : linkedLevel(tokens, hit.end, value.start) ? 0 : gapWords(tokens, hit.end, value.start, window, blockers, value.start);
    else if (hit.start >= value.end) d = otherClause(tokens, value.end, hit.start) || ownObject(tokens, hit, blockers) || countOf(tokens, hit.start) ? null : gapWords(tokens, value.end, hit.start, window, blockers, null);
    else d = 0; // overlapping
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best;
}

/**
 * A verb cue after the value that has a subject of its own, past a subordinator: "rose to
 * 19 after a man injured in the storm died" ("injured" is the man's), or that describes a noun
 * of that clause: "toll rises to five as wounded student dies". A noun cue stays tied: "more
 * than three years after Russia's invasion".
 */
function otherClause(tokens: readonly Token[], from: number, cue: number): boolean {
  const verb = tokens[cue];
  const subject = tokens[cue - 1];
  if (verb?.pos !== 'VERB' && verb?.pos !== 'ADJ') return false;
  const ownSubject = verb.pos === 'VERB' && subject !== undefined && SUBJECT_TAGS.has(subject.pos);
  if (!ownSubject && !SUBJECT_TAGS.has(tokens[cue + 1]?.pos ?? '')) return false;
  for (let k = from; k < (ownSubject ? cue - 1 : cue); k++) if (SUBORDINATORS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * A cue after the value that a count noun names as its own: "rose to 310, and the number of
 * [people] dead reached 70" (the dead are that count's, not 310's).
 */
function countOf(tokens: readonly Token[], cue: number): boolean {
  let k = cue - 1;
  while (k > cue - 3 && COUNT_OF_FILLER.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'of' && COUNT_OF_NOUNS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * A verb cue followed by a figure of its own ("…, plunged into a gorge, killing 23") counts that
 * figure: a figure before it ("carrying 40 passengers and two drivers") is not what it counts.
 */
function ownObject(tokens: readonly Token[], hit: Extent, blockers: readonly Extent[]): boolean {
  if (tokens[hit.end - 1]?.pos !== 'VERB') return false;
  for (const b of blockers) if (b.start === hit.end) return true;
  return false;
}

/**
 * A cue that names what the figure now stands at, linked to it by a verb of level only:
 * "toll rises to five", "the number of injured has climbed to 520", "the toll stood at 41"
 * (the figure is the cue's, whatever other cue is nearer).
 */
function linkedLevel(tokens: readonly Token[], cueEnd: number, to: number): boolean {
  // the cue names the figure (a noun: "toll", "deaths"), not a verb of its own ("a boy who died was 12")
  if (tokens[cueEnd - 1]?.pos === 'VERB') return false;
  const from = pastAside(tokens, cueEnd, to);
  if (to - from < 1 || to - from > 4) return false;
  let verb = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    if (!LEVEL_VERBS.has(w)) return false;
    if (w !== 'to' && w !== 'at' && w !== 'now') verb = true;
  }
  return verb;
}

/** Past an aside set off by commas right after the cue: "the toll, which stood at 120 on Tuesday, rose to 150". */
function pastAside(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from]?.text !== ',') return from;
  for (let k = from + 1; k < to; k++) if (tokens[k]?.text === ',') return k + 1;
  return from;
}

const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

const MOVED_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', 'been', 'were', 'was', 'are', 'is', 'being']);

/**
 * The figure is the subject of a verb of people moved or saved ("adding that 200 residents had
 * been evacuated"): a cue before it (an injured count earlier in the sentence) is not its.
 */
function movedSubject(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && MOVED_AUX.has(tokens[k]?.lower ?? '')) k++;
  return k > from && MOVED_VERBS.has(tokens[k]?.lower ?? '');
}

/** A comma crossed counts as this many words when cues compete for a figure (another clause is farther). */
const COMMA_COST = 4;

/**
 * The distance across the gap [from, to): its words, plus COMMA_COST per comma crossed;
 * null when the gap is closed (more than `window` words, another clause, another value).
 */
function gapWords(
  tokens: readonly Token[],
  from: number,
  to: number,
  window: number,
  blockers: readonly Extent[],
  valueStart: number | null,
): number | null {
  let words = 0;
  let commas = 0;
  // a breakdown set off right after the value ("Nine victims – eight students and one teacher –
  // died") is crossed whole: its words, figures and "and" neither count nor block
  const aside = valueStart === null ? asideEnd(tokens, from, to) : -1;
  for (let k = aside < 0 ? from + partitiveLength(tokens, from, valueStart) : aside + 1; k < to; k++) {
    const t = tokens[k];
    if (t === undefined) return null;
    if (t.text === ';') return null;
    if (t.text === ',') commas++;
    if (isPunct(t)) continue;
    words++;
    if (words > window) return null;
    if (CONTRASTS.has(t.lower)) return null;
    if (valueStart === null && t.lower === 'with' && withOwnSubject(tokens, k + 1, to)) return null;
    if (CONJUNCTIONS.has(t.lower)) {
      const next = tokens[k + 1];
      if (next !== undefined && CLAUSE_OPENERS.has(next.pos)) return null;
      if (k + 1 === valueStart) return null; // "and a hundred ..." right before the value
    }
  }
  for (const b of blockers) {
    if (b.start < to && from < b.end && !(b.start > from && b.end <= aside)) return null;
  }
  return words + COMMA_COST * commas;
}

/**
 * "with" and a noun of people before a later cue: an absolute phrase whose cue has a subject of
 * its own ("the tally rose to 9,915, with many people still missing": the missing are the
 * people, not the 9,915). "12 people with injuries", "two with head wounds" have none.
 */
function withOwnSubject(tokens: readonly Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' && t.pos !== 'PRON') continue;
    if (OUTCOME_NOUNS.has(t.lower) || OUTCOME_NOUNS.has(t.lemma)) continue;
    if (PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lemma)) return true;
  }
  return false;
}

/**
 * "of them" / "of whom" right after the figure is the figure's own noun phrase ("four of them
 * were flown to the capital with injuries"): its words are not part of the gap to a later cue.
 */
function partitiveLength(tokens: readonly Token[], from: number, valueStart: number | null): number {
  if (valueStart !== null || tokens[from]?.lower !== 'of') return 0;
  return PARTITIVE_PRONOUNS.has(tokens[from + 1]?.lower ?? '') ? 2 : 0;
}

const ASIDE_LENGTH = 12;

/** The closing dash or ")" of an aside that opens at `from` (a spaced dash or "("), before `to`; -1 when none. */
function asideEnd(tokens: readonly Token[], from: number, to: number): number {
  const open = tokens[from];
  const prev = tokens[from - 1];
  if (open === undefined) return -1;
  const dash = (open.text === '–' || open.text === '—' || open.text === '-') && prev !== undefined && prev.end < open.start;
  if (!dash && open.text !== '(') return -1;
  const close = dash ? open.text : ')';
  for (let k = from + 1; k < Math.min(to, from + ASIDE_LENGTH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === '(' ) return -1;
    if (t.text === close) return k;
  }
  return -1;
}
