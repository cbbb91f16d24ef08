/**
 * Sentences shared by the versions of a set.
 *
 * Versions of a story repeat most of their sentences (an update adds a lede and keeps the
 * rest). A reading that looks only inside one sentence (its words, their tags, their spacing)
 * gives the same result for every copy of that sentence, but for character offsets, which
 * shift with the text before it. `sentenceShape` gives the copies of one sentence in the docs
 * of one set the same object, so such a reading can be kept once per shape (a WeakMap keyed
 * by the shape) and only rebased on the sentence's start in each version.
 *
 * Two sentences have the same shape when their words agree on text, lower-case text, tag,
 * lemma, type, entity type (or none) and place relative to the sentence start. A reading kept
 * by shape must use nothing else: no token index into the doc (`i`, `sentence`, `entity`), no
 * absolute offset, nothing outside the sentence.
 */
import type { Doc, Entity, Sentence, Token } from '../types.js';
import { sentenceEntry } from './words.js';
import { SetCache } from '../set-cache.js';

/** The identity of a sentence's words among the docs of one set. */
export type SentenceShape = object;

/** A shape and the words it was first seen with (what later copies are compared with). */
interface ShapeEntry {
  shape: SentenceShape;
  words: readonly Token[];
  base: number;
  doc: Doc;
}

/**
 * Docs read as one set: the shapes they share, by sentence text and by analyze's sentence
 * identity (Sentence.copy: copies of a sentence with one identity have the same words, so only
 * the first is compared), and the first doc of each text.
 */
interface ShapeTable {
  shapes: Map<string, ShapeEntry[]>;
  copies: Map<object, SentenceShape>;
  texts: Map<string, Doc>;
}

const tableOf = new SetCache<Doc, ShapeTable>();

const newTable = (): ShapeTable => ({ shapes: new Map(), copies: new Map(), texts: new Map() });

/**
 * Marks docs as the versions of one set: their identical sentences get one shape. A doc
 * never marked has shapes of its own (the readings are the same, only not shared).
 */
export function readTogether(docs: Iterable<Doc>): void {
  const table = newTable();
  for (const doc of docs) if (!tableOf.has(doc)) tableOf.set(doc, table);
}

function tableFor(doc: Doc): ShapeTable {
  let table = tableOf.get(doc);
  if (table === undefined) {
    table = newTable();
    tableOf.set(doc, table);
  }
  return table;
}

/** The shape of `sentence` (of its words, as `sentenceWords` gives them). */
export function sentenceShape(doc: Doc, sentence: Sentence): SentenceShape {
  const cached = sentenceEntry(doc, sentence);
  if (cached.shape !== undefined) return cached.shape;
  const table = tableFor(doc);
  const copy = sentence.copy;
  if (copy != null) {
    const known = table.copies.get(copy);
    if (known !== undefined) return (cached.shape = known);
  }
  cached.shape = compareShape(table, doc, sentence, cached.words);
  if (copy != null) table.copies.set(copy, cached.shape);
  return cached.shape;
}

/** The shape of the first sentence of the same text and words met in `table`, or a new one. */
function compareShape(table: ShapeTable, doc: Doc, sentence: Sentence, words: readonly Token[]): SentenceShape {
  const { shapes } = table;
  let entries = shapes.get(sentence.text);
  if (entries === undefined) shapes.set(sentence.text, (entries = []));
  let entry = entries.find((e) => sameWords(e, doc, words, sentence.start));
  if (entry === undefined) {
    entry = { shape: {}, words, base: sentence.start, doc };
    entries.push(entry);
  }
  return entry.shape;
}

function sameWords(e: ShapeEntry, doc: Doc, words: readonly Token[], base: number): boolean {
  if (e.words.length !== words.length) return false;
  for (let k = 0; k < words.length; k++) {
    const a = e.words[k] as Token;
    const b = words[k] as Token;
    if (a.text !== b.text || a.lower !== b.lower || a.pos !== b.pos || a.lemma !== b.lemma || a.type !== b.type) return false;
    if (a.start - e.base !== b.start - base || a.end - e.base !== b.end - base) return false;
    if (entityType(e.doc, a) !== entityType(doc, b)) return false;
  }
  return true;
}

/** The type of the wink entity a token is in, or null. */
function entityType(doc: Doc, t: Token): string | null {
  const own = (t as Token & { entityType?: string | null }).entityType;
  if (own !== undefined) return own;
  return t.entity === null ? null : doc.entities[t.entity]?.type ?? null;
}

/**
 * The first doc of the set with the same text as `doc`, when it was analyzed to the same
 * tokens, sentences and entities (analyze reads equal texts alike; they are compared all the
 * same); else `doc`. A reading of a whole doc (its people) is then the twin's. Re-captures and
 * updates that only change the date line are common.
 */
export function textTwin(doc: Doc): Doc {
  let twin = twinOf.get(doc);
  if (twin === undefined) twinOf.set(doc, (twin = findTwin(doc)));
  return twin;
}

/**
 * Each doc's twin, compared once: every reading of a whole doc (figures, capital runs, people,
 * mentions, the places it names) asks for it, and the answer never changes (the set's first doc
 * of a text stays its first).
 */
const twinOf = new SetCache<Doc, Doc>();

function findTwin(doc: Doc): Doc {
  const { texts } = tableFor(doc);
  const first = texts.get(doc.version.text);
  if (first === undefined) {
    texts.set(doc.version.text, doc);
    return doc;
  }
  return first !== doc && (sameReadings(first, doc) || sameAnalysis(first, doc)) ? first : doc;
}

/** Whether two docs of the same text were built by analyze from the same paragraph readings (Doc.readings). */
function sameReadings(a: Doc, b: Doc): boolean {
  const x = a.readings;
  const y = b.readings;
  if (x === undefined || y === undefined || x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

function sameAnalysis(a: Doc, b: Doc): boolean {
  if (a.tokens.length !== b.tokens.length || a.sentences.length !== b.sentences.length || a.entities.length !== b.entities.length) return false;
  for (let k = 0; k < a.tokens.length; k++) {
    const x = a.tokens[k] as Token;
    const y = b.tokens[k] as Token;
    if (x.text !== y.text || x.lower !== y.lower || x.pos !== y.pos || x.lemma !== y.lemma || x.type !== y.type) return false;
    if (x.start !== y.start || x.end !== y.end || x.sentence !== y.sentence || x.entity !== y.entity || x.i !== y.i) return false;
  }
  for (let k = 0; k < a.sentences.length; k++) {
    const x = a.sentences[k] as Sentence;
    const y = b.sentences[k] as Sentence;
    if (x.start !== y.start || x.end !== y.end || x.tokenStart !== y.tokenStart || x.tokenEnd !== y.tokenEnd || x.i !== y.i) return false;
  }
  for (let k = 0; k < a.entities.length; k++) {
    const x = a.entities[k] as Entity;
    const y = b.entities[k] as Entity;
    if (x.type !== y.type || x.start !== y.start || x.end !== y.end || x.tokenStart !== y.tokenStart || x.tokenEnd !== y.tokenEnd) return false;
  }
  return true;
}
