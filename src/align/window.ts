/**
 * The versions a version is compared with: its nearest neighbours in time order. A set of
 * at most `size + 1` versions compares every version with every other, as before; a larger
 * set compares each version with `size` neighbours (`size / 2` before and after it, shifted
 * at the ends), so the work per version stays flat however many versions the set has.
 */

/** Neighbours each version is compared with. Sets up to NEIGHBOURS + 1 versions compare all pairs. */
export const NEIGHBOURS = 8;

/** Indices [from, to) of the window of `size + 1` positions around `i` among `length`. */
export function windowAround(i: number, length: number, size: number = NEIGHBOURS): [number, number] {
  if (length <= size + 1) return [0, length];
  const from = Math.min(Math.max(0, i - Math.floor(size / 2)), length - size - 1);
  return [from, from + size + 1];
}

/** The items of `list` in the window around position `i`, in list order (the item at `i` included). */
export function neighboursOf<T>(list: readonly T[], i: number, size: number = NEIGHBOURS): T[] {
  const [from, to] = windowAround(i, list.length, size);
  return list.slice(from, to);
}
