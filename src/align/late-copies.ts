/**
 * Late copies: a version whose sentences are, nearly all, word for word those of an earlier
 * version, published after a version that had moved on from it (a portal that republished the
 * first take after the correction). Such a copy adds no figure of its own time: the checks that
 * follow a count from version to version (check/scalar.ts `changes`) compare a later version with
 * the latest version that is no late copy, not with the copy.
 */

/** A version's id, time rank and sentence texts. */
export interface CopySource {
  id: string;
  rank: number;
  sentences: readonly string[];
}

/**
 * Share of a copy's text (in characters of its sentences) found word for word in the version it
 * copies: a portal's copy keeps page furniture of its own ("Most read: 1. ..."), short lines.
 */
const COPIED_SHARE = 0.85;
/** Fewer sentences than this tell nothing (a headline and a lede are often shared by two takes). */
const MIN_SENTENCES = 4;

/** The late copies of a set: copy id -> the id of the earlier version it repeats. */
export function lateCopies(versions: readonly CopySource[]): Map<string, string> {
  const out = new Map<string, string>();
  if (versions.length < 3) return out;
  const sets = new Map(versions.map((v) => [v.id, new Set(v.sentences.map(clean))]));
  const memo = new Map<string, boolean>();
  const covered = (v: CopySource, u: CopySource): boolean => {
    const key = `${v.id}\u0001${u.id}`;
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = share(v, u)));
    return known;
  };
  const share = (v: CopySource, u: CopySource): boolean => {
    const theirs = sets.get(u.id) as Set<string>;
    const mine = sets.get(v.id) as Set<string>;
    if (mine.size < MIN_SENTENCES) return false;
    let found = 0;
    let all = 0;
    for (const s of mine) {
      all += s.length;
      if (theirs.has(s)) found += s.length;
    }
    return found >= all * COPIED_SHARE;
  };
  for (const v of versions) {
    if ((sets.get(v.id) as Set<string>).size < MIN_SENTENCES) continue; // the cheap test first
    for (const u of versions) {
      if (u.rank >= v.rank || !covered(v, u)) continue;
      // a version between them that is no copy of u: the story had moved on when v came out
      if (versions.some((w) => w.rank > u.rank && w.rank < v.rank && !covered(w, u))) {
        out.set(v.id, u.id);
        break;
      }
    }
  }
  return out;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
