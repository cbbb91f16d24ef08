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
 * - holds no coordinating conjunction that opens a new clause or list item, i.e. one
 *   followed by a verb, auxiliary, pronoun or number, or right before the value
 *   ("three killed and 12 injured", "died and a hundred were hurt": 12 and 100 are not
 *   tied to "killed"/"died"; "the toll in Kenya and Somalia rose to 40" still is).
 * Commas may be crossed within the window.
 */
import { EN } from '../lang/en/index.js';
import type { Doc, Sentence, Token } from '../types.js';

/** Token-index range [start, end) into a word list. */
export interface Extent {
  start: number;
  end: number;
}

/** A rule's cues split into words. */
export type CompiledCues = ReadonlyArray<readonly string[]>;

export function compileCues(cues: readonly string[]): CompiledCues {
  return cues
    .map((c) => c.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0))
    .filter((c) => c.length > 0);
}

/** The tokens of a sentence without SPACE tokens (line breaks inside a sentence). */
export function sentenceWords(doc: Doc, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => t.pos !== 'SPACE');
}

function wordMatches(token: Token, word: string): boolean {
  return token.lower === word || token.lemma === word;
}

/** The length of the longest cue starting at token `i`, or 0. */
export function cueLengthAt(tokens: readonly Token[], i: number, cues: CompiledCues): number {
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

/** Every cue occurrence in a token list (longest match at each position, not overlapping). */
export function findCues(tokens: readonly Token[], cues: CompiledCues): Extent[] {
  const out: Extent[] = [];
  let i = 0;
  while (i < tokens.length) {
    const n = cueLengthAt(tokens, i, cues);
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
  for (const hit of hits) {
    if (hit.end <= value.start) {
      if (gapIsOpen(tokens, hit.end, value.start, window, blockers, value.start)) return true;
    } else if (hit.start >= value.end) {
      if (gapIsOpen(tokens, value.end, hit.start, window, blockers, null)) return true;
    } else {
      return true; // overlapping
    }
  }
  return false;
}

function gapIsOpen(
  tokens: readonly Token[],
  from: number,
  to: number,
  window: number,
  blockers: readonly Extent[],
  valueStart: number | null,
): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.text === ';') return false;
    if (isPunct(t)) continue;
    words++;
    if (words > window) return false;
    if (CONTRASTS.has(t.lower)) return false;
    if (CONJUNCTIONS.has(t.lower)) {
      const next = tokens[k + 1];
      if (next !== undefined && CLAUSE_OPENERS.has(next.pos)) return false;
      if (k + 1 === valueStart) return false; // "and a hundred ..." right before the value
    }
  }
  for (const b of blockers) {
    if (b.start < to && from < b.end) return false;
  }
  return true;
}
