import type { Doc, Entity, NormalizedVersion, Sentence, Token } from '../types.js';
import { foldForWink } from './fold.js';
import { nlp } from './nlp.js';
import { tokenWindows } from './windows.js';

/** The part of wink's Sentence/Entity item API used here. */
interface SpanItem {
  out(f: unknown): unknown;
}

/**
 * One wink-nlp pass over a normalized version, turned into plain data with
 * character offsets (wink gives none: they are rebuilt from `precedingSpaces`).
 */
export function analyze(version: NormalizedVersion): Doc {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const text = version.text;
  const doc = winkNlp.readDoc(foldForWink(text));

  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const types = doc.tokens().out(its.type) as string[];

  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const folded = values[i] ?? '';
    offset += (spaces[i] ?? '').length;
    // Folding keeps lengths, so wink's tokens sit at the same offsets in the real text.
    const value = text.slice(offset, offset + folded.length);
    const token: Token & { entityType: string | null } = {
      i,
      text: value,
      lower: value.toLowerCase(),
      start: offset,
      end: offset + value.length,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      type: types[i] ?? 'word',
      sentence: 0,
      entity: null,
      // The type of the entity the token is in: the figure reading (src/read) uses the tokens as they are.
      entityType: null,
    };
    tokens.push(token);
    offset += value.length;
  }

  const sentences: Sentence[] = [];
  doc.sentences().each((s: SpanItem) => {
    let [first, last] = s.out(its.span) as unknown as [number, number];
    while (first < last && tokens[first]?.pos === 'SPACE') first++;
    while (last > first && tokens[last]?.pos === 'SPACE') last--;
    for (const [a, b] of tokenWindows(tokens, first, last)) pushSentence(sentences, tokens, text, a, b);
  });

  const entities: Entity[] = [];
  doc.entities().each((e: SpanItem) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    const index = entities.length;
    const ends = markTokens(tokens, first, last, (tok) => {
      tok.entity = index;
      (tok as Token & { entityType?: string | null }).entityType = type;
    });
    if (!ends) return;
    const [startTok, endTok] = ends;
    entities.push({
      type,
      text: text.slice(startTok.start, endTok.end),
      start: startTok.start,
      end: endTok.end,
      tokenStart: first,
      tokenEnd: last + 1,
    });
  });

  return { version, tokens, sentences, entities };
}

/** Adds the sentence of tokens [first, last] (inclusive) and marks its tokens. */
function pushSentence(sentences: Sentence[], tokens: Token[], text: string, first: number, last: number): void {
  const i = sentences.length;
  const ends = markTokens(tokens, first, last, (tok) => (tok.sentence = i));
  if (!ends) return;
  const [startTok, endTok] = ends;
  sentences.push({
    i,
    start: startTok.start,
    end: endTok.end,
    text: text.slice(startTok.start, endTok.end),
    tokenStart: first,
    tokenEnd: last + 1,
  });
}

/** The first and last tokens of [first, last] (inclusive), each token between given `mark`; null when out of range. */
function markTokens(tokens: Token[], first: number, last: number, mark: (tok: Token) => void): [Token, Token] | null {
  const startTok = tokens[first];
  const endTok = tokens[last];
  if (!startTok || !endTok) return null;
  for (let t = first; t <= last; t++) {
    const tok = tokens[t];
    if (tok) mark(tok);
  }
  return [startTok, endTok];
}
