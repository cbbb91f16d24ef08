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

/**
 * How many versions before a copy its source is looked for: a portal republishes a take of the
 * last hours, not one of hundreds of captures ago. Bounds the work to a few comparisons per
 * version, however many versions a set has (a live story re-captured every few minutes).
 */
const LOOKBACK = 8;

/** The late copies of a set: copy id -> the id of the earlier version it repeats. */
export function lateCopies(versions: readonly CopySource[]): Map<string, string> {
  const out = new Map<string, string>();
  if (versions.length < 3) return out;
  const byTime = [...versions].sort((a, b) => a.rank - b.rank);
  const sets = new Map(byTime.map((v) => [v, new Set(v.sentences.map(clean))]));
  const memo = new Map<CopySource, Map<CopySource, boolean>>();
  const covered = (v: CopySource, u: CopySource): boolean => {
    let row = memo.get(v);
    if (row === undefined) memo.set(v, (row = new Map()));
    let known = row.get(u);
    if (known === undefined) row.set(u, (known = copiedFrom(sets.get(v) as Set<string>, sets.get(u) as Set<string>)));
    return known;
  };
  for (let i = 0; i < byTime.length; i++) {
    const v = byTime[i] as CopySource;
    if ((sets.get(v) as Set<string>).size < MIN_SENTENCES) continue; // the cheap test first
    // earlier versions within the look-back, the earliest first
    for (let j = Math.max(0, i - LOOKBACK); j < i; j++) {
      const u = byTime[j] as CopySource;
      if (u.rank >= v.rank || !covered(v, u)) continue;
      // a version between them that is no copy of u: the story had moved on when v came out
      if (byTime.slice(j + 1, i).some((w) => w.rank > u.rank && w.rank < v.rank && !covered(w, u))) {
        out.set(v.id, u.id);
        break;
      }
    }
  }
  return out;
}

/** Whether the sentences `mine` are, by characters, COPIED_SHARE or more word for word among `theirs`. */
function copiedFrom(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  if (mine.size < MIN_SENTENCES) return false;
  let found = 0;
  let all = 0;
  for (const s of mine) {
    all += s.length;
    if (theirs.has(s)) found += s.length;
  }
  return found >= all * COPIED_SHARE;
}

/** A sentence with runs of white space made one space; most have none, and are not copied. */
const clean = (s: string): string => (LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
const LOOSE_SPACE = /\s\s|[^\S ]/;
