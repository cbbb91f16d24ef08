/**
 * The `date` extractor: the dates of a version (read/date-spans.ts) tied to a rule by its cues.
 *
 * A date belongs to the rule when a cue is within `window` words in the same clause,
 * with no other resolved date in between (cues.ts); empty cues: every date.
 * Key and value: the start ISO date for a day or part of a day, else `start..end`.
 */
import type { ClaimValue, Doc, Extractor, ExtractContext, Rule, Sentence, Span, Token } from '../types.js';
import { datePhrases, inVersionTense, resolvePhrases, versionFutureWeekdays, type DatePhrase, type ResolvedDates } from '../read/date-spans.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import { dateKey } from '../read/dates.js';
import { sentenceWords, type Extent } from '../read/words.js';
import { RELATIVE_WORDS } from '../lang/en/calendar.js';
import { compileCues, cueNear, findCues } from './cues.js';

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((u) => span.start < u.end && u.start < span.end);
}

/**
 * A relative clause right after the date's own noun is about the dated thing ("the 2010 floods,
 * which killed 1,700"): up to this many words between the date and the relative word.
 */
const NOUN_OF_DATE = 2;

function isComma(t: Token | undefined): boolean {
  return t?.text === ',';
}

/**
 * A cue after the date that is another clause's: one past a relative word on a later noun ("bodies
 * recovered on Wednesday from the snow that buried the camp": the burial is the snow's), or
 * one past the comma that closes a relative clause holding the date ("the minister, who visited
 * on Wednesday, said the state would pay for the funerals"). Cues before the date are unchanged.
 */
function cueInOtherClause(tokens: readonly Token[], date: Extent, hit: Extent): boolean {
  if (hit.start < date.end) return false;
  let comma = false;
  for (let k = date.end, words = 0; k < hit.start; k++) {
    if (isComma(tokens[k])) comma = true;
    else if (RELATIVE_WORDS.has(tokens[k]?.lower ?? '') && words > NOUN_OF_DATE) return true;
    else words++;
  }
  if (!comma) return false;
  for (let k = date.start - 1; k >= 0 && !isComma(tokens[k]); k--) {
    if (RELATIVE_WORDS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** A sentence's date phrases, read once per shape (share.ts); spans are those of the copy at `base`. */
const phrasesOf = new WeakMap<SentenceShape, { base: number; phrases: DatePhrase[] }>();

/** The date phrases of a sentence, read once for every copy of it in the set and rebased on this one. */
function sentencePhrases(doc: Doc, sentence: Sentence, tokens: readonly Token[]): DatePhrase[] {
  const shape = sentenceShape(doc, sentence);
  const shared = phrasesOf.get(shape);
  if (shared === undefined) {
    const phrases = datePhrases(doc, tokens);
    phrasesOf.set(shape, { base: sentence.start, phrases });
    return phrases;
  }
  const delta = sentence.start - shared.base;
  if (delta === 0 || shared.phrases.length === 0) return shared.phrases;
  return shared.phrases.map((p) => ({ ...p, span: { start: p.span.start + delta, end: p.span.end + delta } }));
}

/** Dates resolved per document and reference date (the Doc is immutable; the cache dies with it). */
const resolvedOf = new WeakMap<Doc, Map<string | null, ResolvedDates>>();

function resolvedDates(doc: Doc, referenceDate: string | null): ResolvedDates {
  let byReference = resolvedOf.get(doc);
  if (byReference === undefined) resolvedOf.set(doc, (byReference = new Map()));
  let memo = byReference.get(referenceDate);
  if (memo === undefined) byReference.set(referenceDate, (memo = new Map()));
  return memo;
}

/**
 * The date phrases of every sentence of a document, with its weekdays read in one tense
 * (date-spans.ts `versionFutureWeekdays`, `inVersionTense`): per document, not per rule.
 */
const versionPhrasesOf = new WeakMap<Doc, ReadonlyArray<readonly DatePhrase[]>>();

function versionPhrases(doc: Doc): ReadonlyArray<readonly DatePhrase[]> {
  let phrases = versionPhrasesOf.get(doc);
  if (phrases === undefined) {
    const read = doc.sentences.map((sentence) => sentencePhrases(doc, sentence, sentenceWords(doc, sentence)));
    const days = versionFutureWeekdays(read);
    versionPhrasesOf.set(doc, (phrases = read.map((p) => inVersionTense(p, days))));
  }
  return phrases;
}

/** Date values of one rule in one document. */
export function extractDates(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[] {
  const cues = compileCues(rule.cues);
  const memo = resolvedDates(doc, ctx.referenceDate);
  const out: ClaimValue[] = [];
  const all = versionPhrases(doc);
  doc.sentences.forEach((sentence, s) => {
    const phrases = all[s] ?? [];
    if (phrases.length === 0) return; // most sentences: no date to resolve
    const tokens = sentenceWords(doc, sentence);
    const resolved = resolvePhrases(phrases, ctx.referenceDate, memo);
    if (resolved.length === 0) return;
    const hits = findCues(tokens, cues);
    resolved.forEach(({ extent, span, text, date }, n) => {
      if (cues.length > 0) {
        const blockers = resolved.filter((_, m) => m !== n).map((r) => r.extent);
        const ownHits = hits.filter((hit) => !cueInOtherClause(tokens, extent, hit));
        if (!cueNear(tokens, extent, ownHits, rule.window, blockers)) return;
      }
      const key = dateKey(date);
      const place = doc.version.map.place(span.start);
      out.push({
        rule: rule.id,
        version: doc.version.id,
        kind: 'date',
        key,
        value: key,
        qualifier: null,
        date,
        text,
        sentence: sentence.text,
        span,
        line: place.line,
        column: place.column,
        uncertain: overlapsAny(span, doc.version.uncertain),
      });
    });
  });
  return out;
}

export const dateExtractor: Extractor<'date'> = {
  kind: 'date',
  extract(doc, rule, ctx) {
    return extractDates(doc, rule, ctx);
  },
};
