/**
 * A small least-recently-used map bounded by entry count and total size. Keys carry the data
 * version, so an entry is never stale: a write changes the version and the old key simply ages
 * out.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; size: number }>();
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  /** `name` makes the cache visible in `/metrics` (bytes, entries, hits, misses). */
  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number = Number.POSITIVE_INFINITY,
    readonly sizeOf: (value: V) => number = () => 0,
    name?: string,
  ) {
    if (name) named.set(name, this as LruCache<unknown>);
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Whether an entry is held, without counting a hit or a miss or refreshing it. */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value);
    if (size > this.maxBytes) return;
    this.delete(key);
    this.#entries.set(key, { value, size });
    this.#bytes += size;
    while (this.#entries.size > this.maxEntries || this.#bytes > this.maxBytes) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  get stats(): CacheStats {
    return {
      bytes: this.#bytes,
      entries: this.#entries.size,
      hits: this.#hits,
      misses: this.#misses,
    };
  }
}

export interface CacheStats {
  bytes: number;
  entries: number;
  hits: number;
  misses: number;
}

const named = new Map<string, LruCache<unknown>>();

/** The figures of every named cache, for metrics. */
export function cacheStats(): [string, CacheStats][] {
  return [...named].map(([name, cache]) => [name, cache.stats]);
}
