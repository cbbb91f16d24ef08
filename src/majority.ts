/**
 * How many of a set's `n` versions must name something before its absence from another
 * version is reported on its own: a clear majority, max(3, ⌈2n/3⌉), or all the other
 * versions when n ≤ 3. A name fewer versions carry is a detail one copy chose to add;
 * reporting every copy that lacks it would flood the report.
 */
export function majorityOf(n: number): number {
  if (n <= 3) return Math.max(1, n - 1);
  return Math.max(3, Math.ceil((2 * n) / 3));
}
