import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { onStatementDone } from '../db/statementLog.ts';
import { cacheStats } from '../lru.ts';

/**
 * Prometheus metrics of the process, served as text at `/metrics`. Labels are bounded: routes are
 * the first path segment of known routes, operation names are capped (a client chooses them, so
 * past `maxOperations` distinct names they are counted as "other").
 */
export const registry = new Registry();

collectDefaultMetrics({ register: registry, prefix: 'petagizi_' });

export const httpRequests = new Counter({
  name: 'petagizi_http_requests_total',
  help: 'HTTP requests answered, by route, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'petagizi_http_request_duration_seconds',
  help: 'Time from request to the last byte of the response, by route and GraphQL operation',
  labelNames: ['route', 'operation'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'petagizi_graphql_errors_total',
  help: 'Errors in GraphQL and HTTP answers, by extensions.code (SERVICE_UNAVAILABLE is a database outage, INTERNAL_SERVER_ERROR a bug)',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const rateLimited = new Counter({
  name: 'petagizi_rate_limit_refusals_total',
  help: 'Requests refused with 429, by route',
  labelNames: ['route'] as const,
  registers: [registry],
});

export const responseCacheLookups = new Counter({
  name: 'petagizi_response_cache_lookups_total',
  help: 'Whole-answer cache lookups of cacheable GraphQL operations, by result (hit or miss)',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const plannedAnswers = new Counter({
  name: 'petagizi_graphql_planned_total',
  help: 'GraphQL operations past the answer cache, by whether a plan answered them (answered), gave them up to graphql-js (gave_up: an error or a value it would refuse) or could not plan them (not_planned)',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const statementDuration = new Histogram({
  name: 'petagizi_db_statement_duration_seconds',
  help: 'SQL statement durations as seen by the API, by outcome',
  labelNames: ['outcome'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 15],
  registers: [registry],
});

onStatementDone((seconds, ok) =>
  statementDuration.observe({ outcome: ok ? 'ok' : 'error' }, seconds),
);

const eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });
eventLoopDelay.enable();

new Gauge({
  name: 'petagizi_event_loop_delay_p99_seconds',
  help: 'p99 of the event-loop delay since the previous scrape',
  registers: [registry],
  collect() {
    this.set(eventLoopDelay.percentile(99) / 1e9);
    eventLoopDelay.reset();
  },
});

new Gauge({
  name: 'petagizi_cache_bytes',
  help: 'Bytes held by each in-memory cache (responses, tiles, geometry, …)',
  labelNames: ['cache'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [name, stats] of cacheStats()) this.set({ cache: name }, stats.bytes);
  },
});

new Gauge({
  name: 'petagizi_cache_entries',
  help: 'Entries held by each in-memory cache',
  labelNames: ['cache'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [name, stats] of cacheStats()) this.set({ cache: name }, stats.entries);
  },
});

new Gauge({
  name: 'petagizi_cache_hits',
  help: 'Lookups answered by each in-memory cache since start',
  labelNames: ['cache', 'result'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [name, stats] of cacheStats()) {
      this.set({ cache: name, result: 'hit' }, stats.hits);
      this.set({ cache: name, result: 'miss' }, stats.misses);
    }
  },
});

type PoolStats = () => { total: number; idle: number; waiting: number } | undefined;
let poolStats: PoolStats = () => undefined;

/** Where the database pool gauge reads from (the connection opened at start). */
export function watchPool(stats: PoolStats): void {
  poolStats = stats;
}

new Gauge({
  name: 'petagizi_db_pool_connections',
  help: 'Database pool connections by state (PostgreSQL; the embedded database has one session)',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    const stats = poolStats();
    if (!stats) return;
    this.set({ state: 'total' }, stats.total);
    this.set({ state: 'idle' }, stats.idle);
    this.set({ state: 'waiting' }, stats.waiting);
  },
});

let embeddedMemory: () => number | undefined = () => undefined;

/** Where the embedded database's memory gauge reads from (the connection opened at start). */
export function watchEmbeddedMemory(bytes: () => number | undefined): void {
  embeddedMemory = bytes;
}

new Gauge({
  name: 'petagizi_embedded_wasm_memory_bytes',
  help: "The embedded database's WebAssembly memory (PGlite; it grows and never shrinks; counted in Node's external memory)",
  registers: [registry],
  collect() {
    this.reset();
    const bytes = embeddedMemory();
    if (bytes !== undefined) this.set(bytes);
  },
});

const maxOperations = 200;
const operations = new Set<string>();

/** An operation label with bounded cardinality. */
export function operationLabel(name: string | undefined): string {
  if (!name) return 'anonymous';
  const clean = name.slice(0, 64);
  if (operations.has(clean)) return clean;
  if (operations.size >= maxOperations) return 'other';
  operations.add(clean);
  return clean;
}
