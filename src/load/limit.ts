/**
 * Maps `items` with at most `limit` calls of `fn` running at once, results in input order.
 * A set of 20,000 files is read without opening them all at once (EMFILE with `ulimit -n 256`).
 * Ten lines of a worker pool; not worth a dependency (p-limit brings a queue package along).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
