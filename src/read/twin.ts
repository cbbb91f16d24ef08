/**
 * `textTwin` (share.ts) asked once per doc. Every reading of a whole doc (figures, capital
 * runs, people, mentions, the places it names) asks for its twin, and a doc with the text of
 * an earlier one is compared token by token with it at each ask: the answer never changes
 * (the set's first doc of a text stays its first), so it is kept here.
 */
import type { Doc } from '../types.js';
import { textTwin } from './share.js';

const twinOf = new WeakMap<Doc, Doc>();

/** `textTwin(doc)`, compared once per doc. */
export function twinDoc(doc: Doc): Doc {
  let twin = twinOf.get(doc);
  if (twin === undefined) twinOf.set(doc, (twin = textTwin(doc)));
  return twin;
}
