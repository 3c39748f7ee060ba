import path from 'node:path';

/** Settings read once from the environment; every other module takes them from here. */
export interface Config {
  /** PostgreSQL + PostGIS connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Data directory of the embedded database, or "memory://" for a throw-away one. */
  pgliteDir: string;
  port: number;
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
  };
  graphql: {
    introspection: boolean;
    /** APQ: "auto" registers any operation by hash; "allowlist" runs only registered ones. */
    persistedQueries: 'auto' | 'allowlist' | 'off';
    /** JSON object { sha256: query } of registered operations, for "allowlist". */
    persistedQueriesFile: string | undefined;
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
  suppression: {
    /** Counts from 1 to minCount − 1 are hidden from PUBLIC (0 is shown). */
    minCount: number;
    /** Rates over fewer than this many are hidden from PUBLIC. */
    minDenominator: number;
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR || path.resolve('.data/pglite'),
    port: integer(env, 'PORT', 4000, 0, 65_535),
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
    },
    graphql: {
      introspection: env.INTROSPECTION !== 'false',
      persistedQueries: oneOf(env, 'PERSISTED_QUERIES', ['auto', 'allowlist', 'off'], 'auto'),
      persistedQueriesFile: env.PERSISTED_QUERIES_FILE || undefined,
    },
    cache: {
      geometryBytes: integer(env, 'GEOMETRY_CACHE_MB', 32, 0, 4096) * 1024 * 1024,
      responseBytes: integer(env, 'RESPONSE_CACHE_MB', 32, 0, 4096) * 1024 * 1024,
    },
    suppression: {
      minCount: integer(env, 'SUPPRESS_MIN_COUNT', 5, 1, 1000),
      minDenominator: integer(env, 'SUPPRESS_MIN_DENOMINATOR', 20, 1, 100_000),
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
