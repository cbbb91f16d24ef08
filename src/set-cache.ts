/**
 * Caches of one set's readings (per doc, sentence, sentence shape, token list …), dropped when
 * the set's check ends.
 *
 * Why not a module-level WeakMap, as these caches were: a WeakMap made at load time lives in
 * V8's old generation, and its young scavenger (the collection that runs every few megabytes
 * of allocation) keeps the value of every entry alive until the next full collection, even
 * once the key is unreachable (measured: a value of 20,000 small objects cached per round
 * under a dropped key, 50 rounds: 16 MB promoted with a WeakMap, none without). A set's
 * readings and, through them, its docs and tokens then outlived the set: 148 MB promoted to
 * the old generation per 1,000 versions, and young collections costing more CPU (on this
 * thread and the collector's helper threads) than wink-nlp's reading itself.
 *
 * A `SetCache` holds its entries in a WeakMap made for the current set (young, like the set)
 * and forgets it when the set is done (`withSetCaches`), so a set's readings die young with
 * it. Outside `withSetCaches` (a reader called directly) it is an ordinary weak cache.
 * Forgetting never changes an answer: an entry is only ever a reading of its key.
 *
 * Caches of rule-level keys (a rule, its cue list), which live for the run, stay WeakMaps.
 */
export class SetCache<K extends object, V> {
  private entries: WeakMap<K, V> | null = null;

  constructor() {
    CACHES.push(this);
  }

  get(key: K): V | undefined {
    return this.entries?.get(key);
  }

  has(key: K): boolean {
    return this.entries?.has(key) ?? false;
  }

  set(key: K, value: V): this {
    (this.entries ??= new WeakMap<K, V>()).set(key, value);
    return this;
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries = null;
  }
}

/**
 * A cache of one set's readings by a value key (a sentence's text …), emptied with the set
 * caches. Outside `withSetCaches` it keeps what it is given until the next set's check: use it
 * only for readings that callers outside a set's check do not make in bulk.
 */
export class SetMap<K, V> {
  private entries: Map<K, V> | null = null;

  constructor() {
    CACHES.push(this);
  }

  get(key: K): V | undefined {
    return this.entries?.get(key);
  }

  set(key: K, value: V): this {
    (this.entries ??= new Map<K, V>()).set(key, value);
    return this;
  }

  clear(): void {
    this.entries = null;
  }
}

/** Every set cache made (one per module-level cache: a fixed, small list). */
const CACHES: Array<{ clear(): void }> = [];

/** Runs one set's check, `fn`, with empty set caches, and empties them when it ends. */
export function withSetCaches<T>(fn: () => T): T {
  clearSetCaches();
  try {
    return fn();
  } finally {
    clearSetCaches();
  }
}

function clearSetCaches(): void {
  for (const cache of CACHES) cache.clear();
}
