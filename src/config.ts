import { availableParallelism } from 'node:os';
import path from 'node:path';
import { type CorsOrigins, parseCorsOrigins } from './http/cors.ts';

/** Settings read once from the environment; every other module takes them from here. */
export interface Config {
  /** PostgreSQL + PostGIS connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Data directory of the embedded database, or "memory://" for a throw-away one. */
  pgliteDir: string;
  port: number;
  /** Interface to listen on: 127.0.0.1 in development, every interface (0.0.0.0) in production. */
  host: string;
  /**
   * Seed the demo data on first start when the database holds no regions: SEED_DEMO (or its old
   * name SEED_ON_START); by default on for the embedded database, off on PostgreSQL.
   */
  seedOnStart: boolean;
  production: boolean;
  auth: {
    /** HS256 shared secret. */
    jwtSecret: string | undefined;
    /** A JWKS document on disk, or its URL (RS256/ES256 keys of an identity provider). */
    jwksFile: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
  };
  limits: {
    /** Requests per minute per client (token subject, else address); 0 disables the limit. */
    ratePerMinute: number;
    redisUrl: string | undefined;
    /** Longest a single SQL statement may run, in milliseconds. */
    statementTimeoutMs: number;
    maxComplexity: number;
    maxDepth: number;
    /** Most field selections in one operation (alias bombs). */
    maxBreadth: number;
    /** Most positions in one polygon input. */
    maxPolygonVertices: number;
    /** Most polygons (parts) in one MultiPolygon input. */
    maxPolygonParts: number;
    /** Most aliased field selections in one operation. */
    maxAliases: number;
    /** Most lexical tokens in one GraphQL document (parsing stops there: cheap refusal). */
    maxTokens: number;
    /** Largest GraphQL response body, in bytes. */
    maxResponseBytes: number;
    /** Tile requests per minute per client (a map session fetches ~140 tiles in 20 s). */
    tilesPerMinute: number;
    /** Static asset requests (map page, explorer) per minute per client. */
    assetsPerMinute: number;
    /**
     * Worker threads for CPU-heavy statistics (LISA permutations, Gi*, neighbour graphs); one
     * LISA is split across all of them. Default cores − 1 (at least 1, at most 4): one core
     * stays with the event loop (on a loaded 2-core machine two workers made /healthz's worst
     * case twice as long and LISA no faster), and each worker costs memory (a V8 isolate).
     */
    statsWorkers: number;
    /**
     * Seconds a statistics worker may stay without a job before it stops (its isolate's memory
     * goes back); the next job starts it again (~50 ms). 0: workers never stop.
     */
    statsIdleSeconds: number;
    /** Statistics jobs waiting for a worker before new ones are refused (STATS_BUSY). */
    statsQueue: number;
    /** CPU milliseconds one request may spend on statistics in workers. */
    statsBudgetMs: number;
  };
  graphql: {
    introspection: boolean;
    /**
     * With introspection off, `_service { sdl }` answers only requests carrying this value in the
     * `x-router-token` header (the federation router's credential); unset: nobody.
     */
    routerToken: string | undefined;
    /** APQ: "auto" registers any operation by hash; "allowlist" runs only registered ones. */
    persistedQueries: 'auto' | 'allowlist' | 'off';
    /** JSON object { sha256: query } of registered operations, for "allowlist". */
    persistedQueriesFile: string | undefined;
    /**
     * Region pages answered by a plan instead of per-field execution (src/http/compiledQueries.ts);
     * COMPILED_QUERIES=off runs every operation through graphql-js (to compare, or to rule it out).
     */
    compiledQueries: boolean;
  };
  cache: {
    /**
     * Bytes of simplified boundary text kept in memory, keyed on (kode, geometry version,
     * tolerance, precision); 0 turns the cache off.
     */
    geometryBytes: number;
    /**
     * Bytes of whole answers to read-only region/indicator queries kept in memory, keyed on the
     * data versions (src/http/responseCache.ts); 0 turns the cache off.
     */
    responseBytes: number;
  };
  ops: {
    /** When set, GET /metrics needs `Authorization: Bearer <metricsToken>`. */
    metricsToken: string | undefined;
    /** Longest wait for requests in flight on SIGTERM/SIGINT before connections are cut. */
    shutdownTimeoutMs: number;
  };
  http: {
    /** CORS_ORIGINS: origins whose pages may call the API ("*" = any, [] = none). */
    corsOrigins: CorsOrigins;
  };
  /**
   * HMAC-SHA256 key that turns an upstream child id (NIK) into the stored pseudonymous id;
   * required in production, a development key is kept in `.data/` otherwise.
   */
  childIdSecret: string | undefined;
  suppression: {
    /** Counts from 1 to minCount − 1 are hidden from PUBLIC (0 is shown). */
    minCount: number;
    /** Rates over fewer than this many are hidden from PUBLIC. */
    minDenominator: number;
  };
  program: {
    /**
     * A realization is implausible when an activity's year to date exceeds this many times its
     * year plan, in quantity or in rupiah (e.g. 500,000 realized against a plan of 20).
     */
    plausibilityFactor: number;
    /** "refuse": such a write is refused (IMPLAUSIBLE_REALIZATION); "flag": stored and flagged. */
    plausibility: 'refuse' | 'flag';
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR || path.resolve('.data/pglite'),
    port: integer(env, 'PORT', 4000, 0, 65_535),
    host: env.HOST || (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    seedOnStart: flag(env, 'SEED_DEMO') ?? flag(env, 'SEED_ON_START') ?? !env.DATABASE_URL,
    production: env.NODE_ENV === 'production',
    auth: {
      jwtSecret: env.JWT_SECRET || undefined,
      jwksFile: env.JWT_JWKS_FILE || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    limits: {
      ratePerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
      redisUrl: env.REDIS_URL || undefined,
      statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
      maxComplexity: integer(env, 'MAX_QUERY_COMPLEXITY', 20_000, 10, 10_000_000),
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxBreadth: integer(env, 'MAX_QUERY_BREADTH', 300, 10, 100_000),
      maxPolygonVertices: integer(env, 'MAX_POLYGON_VERTICES', 200_000, 4, 10_000_000),
      maxPolygonParts: integer(env, 'MAX_POLYGON_PARTS', 500, 1, 100_000),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 100, 0, 100_000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 10_000, 100, 1_000_000),
      maxResponseBytes: integer(env, 'MAX_RESPONSE_MB', 32, 1, 4096) * 1024 * 1024,
      tilesPerMinute: integer(env, 'RATE_LIMIT_TILES_PER_MINUTE', 3000, 0, 1_000_000),
      assetsPerMinute: integer(env, 'RATE_LIMIT_ASSETS_PER_MINUTE', 600, 0, 1_000_000),
      statsWorkers: integer(
        env,
        'STATS_WORKERS',
        defaultStatsWorkers(availableParallelism()),
        0,
        64,
      ),
      statsIdleSeconds: integer(env, 'STATS_IDLE_SECONDS', 60, 0, 86_400),
      statsQueue: integer(env, 'STATS_QUEUE', 8, 0, 10_000),
      statsBudgetMs: integer(env, 'STATS_BUDGET_MS', 10_000, 10, 600_000),
    },
    graphql: {
      introspection: env.INTROSPECTION !== 'false',
      routerToken: env.ROUTER_TOKEN || undefined,
      persistedQueries: oneOf(env, 'PERSISTED_QUERIES', ['auto', 'allowlist', 'off'], 'auto'),
      persistedQueriesFile: env.PERSISTED_QUERIES_FILE || undefined,
      compiledQueries: oneOf(env, 'COMPILED_QUERIES', ['on', 'off'], 'on') === 'on',
    },
    cache: {
      geometryBytes: integer(env, 'GEOMETRY_CACHE_MB', 32, 0, 4096) * 1024 * 1024,
      responseBytes: integer(env, 'RESPONSE_CACHE_MB', 32, 0, 4096) * 1024 * 1024,
    },
    ops: {
      metricsToken: env.METRICS_TOKEN || undefined,
      shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    },
    http: { corsOrigins: parseCorsOrigins(env.CORS_ORIGINS) },
    childIdSecret: env.CHILD_ID_SECRET || undefined,
    suppression: {
      minCount: integer(env, 'SUPPRESS_MIN_COUNT', 5, 1, 1000),
      minDenominator: integer(env, 'SUPPRESS_MIN_DENOMINATOR', 20, 1, 100_000),
    },
    program: {
      plausibilityFactor: integer(env, 'PROGRAM_PLAUSIBILITY_FACTOR', 2, 1, 1000),
      plausibility: oneOf(env, 'PROGRAM_PLAUSIBILITY', ['refuse', 'flag'], 'refuse'),
    },
  };
}

let current: Config | undefined;

/** The process-wide configuration, read on first use. */
export function config(): Config {
  current ??= loadConfig();
  return current;
}

/** Replaces the process-wide configuration (tests). */
export function useConfig(next: Config): void {
  current = next;
}

/** @private */
function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** @private "true"/"false" (also 1/0, yes/no), or undefined when unset. */
function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** @private */
function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) {
    throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/**
 * Statistics workers by default: one core left to the request thread (cores − 1, at most 4), but
 * two on a two-core machine, where a LISA split in two finishes in ~0.6× the time and the request
 * thread, idle while it waits, still answers /healthz within ~50 ms (bench:province).
 */
export function defaultStatsWorkers(cores: number): number {
  return Math.min(4, Math.max(Math.min(2, cores), cores - 1));
}
