/**
 * How the versions of a set relate besides their time order, read once per set and handed to
 * the alignment and to every rule's check: which may rewrite which and which copy which
 * (align/outlets.ts: manifest sources, agency tags), and which repeat an earlier take word for
 * word after the story moved on (align/late-copies.ts).
 */
import type { Doc } from '../types.js';
import type { OrderedVersion } from '../check/order.js';
import { lateCopies } from './late-copies.js';
import { copyRelation, rewriteRelation } from './outlets.js';

export interface VersionRelations {
  /** Whether version v may be a rewrite or copy of version u (absent agencies: any may be). */
  rewriteOf(u: string, v: string): boolean;
  /** Whether version v is declared or shown to be a rewrite or copy of version u. */
  copyOf(u: string, v: string): boolean;
  /** The earlier version a late copy repeats word for word, or undefined. */
  lateCopyOf(v: string): string | undefined;
}

/** The relations of a set's versions (in time order), from their manifest entries and analysed texts. */
export function versionRelations(versions: readonly OrderedVersion[], docs: ReadonlyMap<string, Doc>): VersionRelations {
  const sources = versions.map((v) => ({ id: v.id, source: v.source, role: v.role, text: docs.get(v.id)?.version.text ?? '' }));
  const copies = lateCopies(versions.map((v) => ({ id: v.id, rank: v.rank, sentences: docs.get(v.id)?.sentences.map((s) => s.text) ?? [] })));
  return { rewriteOf: rewriteRelation(sources), copyOf: copyRelation(sources), lateCopyOf: (id) => copies.get(id) };
}
