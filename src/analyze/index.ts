import type { Doc, Entity, NormalizedVersion, Sentence, Token } from '../types.js';
import { foldForWink } from './fold.js';
import { nlp } from './nlp.js';
import { tokenStarts } from './offsets.js';
import { tokenWindows } from './windows.js';

type Span = [number, number];

/** A token as analyze makes it: the figure reading (src/read) also uses the type of the entity it is in. */
type AnalyzedToken = Token & { entityType: string | null };

/**
 * One wink-nlp pass over a normalized version, turned into plain data with
 * character offsets (wink gives none: they are rebuilt from the token values, see offsets.ts).
 * Every property is read from wink in bulk (`out` on the whole collection): wink's item
 * API builds an object of closures per token, sentence and entity.
 */
export function analyze(version: NormalizedVersion): Doc {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const text = version.text;
  const folded = foldForWink(text);
  const doc = winkNlp.readDoc(folded);

  const values = doc.tokens().out(its.value) as string[];
  const starts = tokenStarts(folded, values, () => doc.tokens().out(its.precedingSpaces) as string[]);
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const types = doc.tokens().out(its.type) as string[];

  // With nothing folded, wink's values are the text's own (offsets.ts checks each): no copy is made.
  const unfolded = folded === text && starts.verified;
  const tokens: AnalyzedToken[] = [];
  for (let i = 0; i < values.length; i++) {
    const start = starts.at[i] as number;
    const winkValue = values[i] as string;
    // Folding keeps lengths, so wink's tokens sit at the same offsets in the real text.
    const value = unfolded ? winkValue : text.slice(start, start + winkValue.length);
    tokens.push({
      i,
      text: value,
      lower: lowerCase(value),
      start,
      end: start + value.length,
      pos: pos[i] ?? 'X',
      lemma: lowerCase(lemmas[i] ?? value),
      type: types[i] ?? 'word',
      sentence: 0,
      entity: null,
      entityType: null,
    });
  }

  const sentences: Sentence[] = [];
  for (const span of doc.sentences().out(its.span) as unknown as Span[]) {
    let [first, last] = span;
    while (first < last && tokens[first]?.pos === 'SPACE') first++;
    while (last > first && tokens[last]?.pos === 'SPACE') last--;
    for (const [a, b] of tokenWindows(tokens, first, last)) pushSentence(sentences, tokens, text, a, b);
  }

  const entitySpans = doc.entities().out(its.span) as unknown as Span[];
  const entityTypes = doc.entities().out(its.type) as string[];
  const entities: Entity[] = [];
  for (let k = 0; k < entitySpans.length; k++) {
    const [first, last] = entitySpans[k] as Span;
    pushEntity(entities, tokens, text, entityTypes[k] as string, first, last);
  }

  return { version, tokens, sentences, entities };
}

/**
 * `s.toLowerCase()`, but `s` itself when it has no upper-case ASCII letter and nothing past
 * ASCII: toLowerCase always makes a new string, and two per token (lower, lemma) were kept
 * alive as long as the doc. Most words are lower case, and wink's strings are shared.
 */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** Adds the sentence of tokens [first, last] (inclusive) and marks its tokens. */
function pushSentence(sentences: Sentence[], tokens: Token[], text: string, first: number, last: number): void {
  const startTok = tokens[first];
  const endTok = tokens[last];
  if (!startTok || !endTok) return;
  const i = sentences.length;
  for (let t = first; t <= last; t++) (tokens[t] as Token).sentence = i;
  sentences.push({
    i,
    start: startTok.start,
    end: endTok.end,
    text: text.slice(startTok.start, endTok.end),
    tokenStart: first,
    tokenEnd: last + 1,
  });
}

/** Adds the entity of tokens [first, last] (inclusive) and marks its tokens with its index and type. */
function pushEntity(entities: Entity[], tokens: AnalyzedToken[], text: string, type: string, first: number, last: number): void {
  const index = entities.length;
  const startTok = tokens[first];
  const endTok = tokens[last];
  if (!startTok || !endTok) return;
  for (let t = first; t <= last; t++) {
    const tok = tokens[t] as AnalyzedToken;
    tok.entity = index;
    tok.entityType = type;
  }
  entities.push({
    type,
    text: text.slice(startTok.start, endTok.end),
    start: startTok.start,
    end: endTok.end,
    tokenStart: first,
    tokenEnd: last + 1,
  });
}
