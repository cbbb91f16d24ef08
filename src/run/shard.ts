/**
 * `--shard=i/n`: which sets this machine checks. A set goes to shard `hash(path) mod n + 1`,
 * where `path` is the set's path as the report shows it (relative to the working directory,
 * with `/` separators), so every CI machine of a matrix agrees, run after run.
 */

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n); null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/** FNV-1a (32 bits) of the UTF-16 code units of `text`: stable across runs, machines and Node versions. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The shard (1-based) a set path belongs to among `count`. */
export function shardOf(setPath: string, count: number): number {
  return (stableHash(setPath.split('\\').join('/')) % count) + 1;
}

/** Whether the set at `setPath` (as displayed) is checked by `shard`. */
export function inShard(setPath: string, shard: Shard | null): boolean {
  return shard === null || shardOf(setPath, shard.count) === shard.index;
}
