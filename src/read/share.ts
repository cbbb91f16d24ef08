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
import type { Doc, Sentence, Token } from '../types.js';
import { sentenceEntry } from './words.js';

/** The identity of a sentence's words among the docs of one set. */
export type SentenceShape = object;

/** A shape and the words it was first seen with (what later copies are compared with). */
interface ShapeEntry {
  shape: SentenceShape;
  words: readonly Token[];
  base: number;
  doc: Doc;
}

/** Docs read as one set: the shapes they share, by sentence text. */
type ShapeTable = Map<string, ShapeEntry[]>;

const tableOf = new WeakMap<Doc, ShapeTable>();

/**
 * Marks docs as the versions of one set: their identical sentences get one shape. A doc
 * never marked has shapes of its own (the readings are the same, only not shared).
 */
export function readTogether(docs: Iterable<Doc>): void {
  const table: ShapeTable = new Map();
  for (const doc of docs) if (!tableOf.has(doc)) tableOf.set(doc, table);
}

function tableFor(doc: Doc): ShapeTable {
  let table = tableOf.get(doc);
  if (table === undefined) {
    table = new Map();
    tableOf.set(doc, table);
  }
  return table;
}

/** The shape of `sentence` (of its words, as `sentenceWords` gives them). */
export function sentenceShape(doc: Doc, sentence: Sentence): SentenceShape {
  const cached = sentenceEntry(doc, sentence);
  if (cached.shape !== undefined) return cached.shape;
  const { words } = cached;
  const table = tableFor(doc);
  let entries = table.get(sentence.text);
  if (entries === undefined) table.set(sentence.text, (entries = []));
  let entry = entries.find((e) => sameWords(e, doc, words, sentence.start));
  if (entry === undefined) {
    entry = { shape: {}, words, base: sentence.start, doc };
    entries.push(entry);
  }
  cached.shape = entry.shape;
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
