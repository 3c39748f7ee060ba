import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createTokenVerifier, resolveJwtSecret } from './auth/verifyToken.ts';
import { type Config, config as currentConfig, useConfig } from './config.ts';
import type { Context } from './context.ts';
import { openConnection } from './db/client.ts';
import { DataDirBusy, lockDataDir } from './db/dataDirLock.ts';
import { createRequestHandler } from './http/app.ts';
import { compiledQueriesPlugin } from './http/compiledQueries.ts';
import { allowListCache, allowListPlugin, loadPersistedManifest } from './http/persistedQueries.ts';
import { createRateLimiter } from './http/rateLimit.ts';
import { responseCachePlugin } from './http/responseCache.ts';
import { inputLimitsPlugin } from './limits/inputLimits.ts';
import {
  operationLimitsPlugin,
  operationLimitsRule,
  type QueryLimits,
} from './limits/operationLimits.ts';
import { responseTooLarge, truncateMessage, truncateValue } from './limits/responseLimits.ts';
import { routerOnlyServicePlugin } from './limits/routerOnly.ts';
import { opsPlugin } from './ops/apolloPlugin.ts';
import { listenFirst, type Shutdown, StartError, trackShutdown } from './ops/lifecycle.ts';
import { log } from './ops/logger.ts';
import { watchEmbeddedMemory, watchPool } from './ops/metrics.ts';
import { isDatabaseUnavailable } from './ops/unavailable.ts';
import { stringifyResponse } from './scalars/rawJson.ts';
import { subgraphSchema } from './schema.ts';
import { prepareDatabase } from './startup.ts';
import { closeStatsPool } from './workers/statsPool.ts';

/**
 * The GraphQL server without a port: tests call `executeOperation` on it. It runs the API as a
 * Federation v2 subgraph (the API schema plus `_entities` and `_service`), so one deployment
 * serves clients directly and a router alike. Browsers get the offline explorer from the HTTP
 * front, so Apollo's own landing page (which loads from a CDN) is off.
 */
export function createServer(config: Config = currentConfig()): ApolloServer<Context> {
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginLandingPageDisabled(),
    // No per-field timings to routers (ftv1): they would describe the database to any caller.
    ApolloServerPluginInlineTraceDisabled(),
    // We set no cache hints; the plugin would still wrap every resolver (seen in the bench profile).
    ApolloServerPluginCacheControlDisabled(),
    // Request log and metrics: operation name, error codes; 503 for database outages.
    opsPlugin(),
  ];
  let persistedQueries: ConstructorParameters<typeof ApolloServer<Context>>[0]['persistedQueries'];
  if (config.graphql.persistedQueries === 'off') persistedQueries = false;
  if (config.graphql.persistedQueries === 'allowlist') {
    if (!config.graphql.persistedQueriesFile) {
      throw new Error('PERSISTED_QUERIES=allowlist needs PERSISTED_QUERIES_FILE');
    }
    const manifest = loadPersistedManifest(config.graphql.persistedQueriesFile);
    persistedQueries = { cache: allowListCache(manifest), ttl: null };
    plugins.push(allowListPlugin(manifest));
  }
  const responseCache = responseCachePlugin(config);
  if (responseCache) plugins.push(responseCache);
  // After the answer cache: a hit wins, and a planned answer is cached like an executed one.
  if (config.graphql.compiledQueries) plugins.push(compiledQueriesPlugin());
  // Limits on the whole operation before any resolver runs (src/limits/): tokens while parsing,
  // then depth, breadth, aliases and complexity as a validation rule, and again with variables.
  const limits = (): QueryLimits => ({
    maxDepth: config.limits.maxDepth,
    maxBreadth: config.limits.maxBreadth,
    maxAliases: config.limits.maxAliases,
    maxComplexity: config.limits.maxComplexity,
  });
  plugins.push(operationLimitsPlugin(limits), inputLimitsPlugin());
  if (!config.graphql.introspection)
    plugins.push(routerOnlyServicePlugin(config.graphql.routerToken));
  const maxResponseBytes = config.limits.maxResponseBytes;
  return new ApolloServer<Context>({
    schema: subgraphSchema,
    introspection: config.graphql.introspection,
    // With introspection off, validation messages say no "Did you mean …" about the schema.
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [operationLimitsRule(limits)],
    includeStacktraceInErrorResponses: false,
    persistedQueries,
    plugins,
    formatError,
    // start() stops on SIGTERM/SIGINT after requests in flight finish; Apollo's own handler
    // would refuse them at once (500 "received during server shutdown").
    stopOnTerminationSignals: false,
    // Geometry crosses from PostgreSQL to the client as text, never parsed (src/scalars/rawJson.ts).
    stringifyResult: (value) => {
      const text = stringifyResponse(value);
      return text.length > maxResponseBytes
        ? responseTooLarge(text.length, maxResponseBytes)
        : text;
    },
  });
}

/**
 * Client-facing errors: our codes (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, …) and Apollo's
 * own pass through; Pothos's argument validation (page sizes, cursors) becomes BAD_USER_INPUT;
 * anything else is masked as INTERNAL_SERVER_ERROR with no detail.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof PothosValidationError) {
    return {
      ...formatted,
      message: truncateMessage(original.message),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  // An over-limit operation refused by validation keeps its own code (Apollo relabels it).
  const cause = (error as { originalError?: unknown } | null)?.originalError;
  if (cause instanceof GraphQLError && cause.extensions.code === 'QUERY_TOO_COMPLEX') {
    const { http: _http, ...extensions } = cause.extensions;
    return { message: cause.message, extensions };
  }
  const tokens = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(
    formatted.message,
  );
  if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
    const limit = Number(tokens[1]);
    return {
      message: `query tokens exceed the limit of ${limit}`,
      extensions: { code: 'QUERY_TOO_COMPLEX', kind: 'tokens', value: limit + 1, limit },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if ('value' in extensions) extensions.value = truncateValue(extensions.value);
    return { ...formatted, message: truncateMessage(formatted.message), extensions };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'the database is unavailable; retry shortly',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  // Logged once, with its stack and request id, by opsPlugin.
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Listens first (a busy port is a one-line error before the database is touched; until the API is
 * ready every request gets 503 and `/livez` 200), then opens the database, migrates, seeds on first
 * start and takes traffic. SIGTERM/SIGINT stop it gracefully: no new connections, requests in
 * flight finish (up to SHUTDOWN_TIMEOUT_MS), then the database closes.
 */
export async function start(): Promise<Server> {
  const config = currentConfig();
  const logger = log();
  const jwtSecret = resolveJwtSecret(config.auth, config.production);
  useConfig({ ...config, auth: { ...config.auth, jwtSecret } });
  const http = await listenFirst(config.port, config.host);
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // The embedded database has one writer: this server, until it stops (src/db/dataDirLock.ts).
  let lock: ReturnType<typeof lockDataDir> | null = null;
  try {
    lock =
      config.databaseUrl || config.pgliteDir.startsWith('memory://')
        ? null
        : lockDataDir(config.pgliteDir, 'server');
  } catch (error) {
    http.server.close();
    if (error instanceof DataDirBusy) throw new StartError(error.message);
    throw error;
  }
  lock?.setPort(port);
  const conn = openConnection(config);
  watchPool(() => conn.poolStats?.());
  watchEmbeddedMemory(() => conn.wasmMemoryBytes?.());
  await prepareDatabase(conn, {
    seed: config.seedOnStart,
    statementTimeoutMs: config.limits.statementTimeoutMs,
    log: (m) => logger.info(m),
  });
  const apollo = createServer();
  await apollo.start();
  const rateLimiter =
    config.limits.ratePerMinute > 0
      ? createRateLimiter({
          perMinute: config.limits.ratePerMinute,
          tilesPerMinute: config.limits.tilesPerMinute,
          assetsPerMinute: config.limits.assetsPerMinute,
          redisUrl: config.limits.redisUrl,
        })
      : null;
  http.serve(
    createRequestHandler(apollo, {
      verifyToken: createTokenVerifier({ ...config.auth, jwtSecret }),
      rateLimiter,
      metricsToken: config.ops.metricsToken,
    }),
  );
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'every interface' : config.host;
  logger.info(
    `GraphQL at http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql (listening on ${shown}; explorer in a browser), map at /map, tiles at /tiles, health at /healthz, /livez, /readyz, metrics at /metrics; rate limit ${config.limits.ratePerMinute || 'off'}/min${config.limits.redisUrl ? ' (Redis)' : ''}, persisted queries ${config.graphql.persistedQueries}`,
  );
  const shutdown: Shutdown = trackShutdown(http.server, {
    timeoutMs: config.ops.shutdownTimeoutMs,
    log: logger,
    async close() {
      await apollo.stop();
      await rateLimiter?.close();
      await closeStatsPool();
      await conn.close();
      lock?.release();
    },
  });
  // `on`, not `once`: tsx re-raises a signal that no listener is left to handle.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  return http.server;
}

/** Starts the server as a program: a failure to start is one log line and exit status 1. */
export function main(): void {
  start().catch((error) => {
    log().fatal(
      error instanceof StartError ? error.message : { err: error },
      error instanceof StartError ? undefined : 'failed to start',
    );
    process.exit(1);
  });
}

// `tsx src/server.ts` and `node dist/server.mjs` (start:prod); `npm start` calls main() itself.
if (import.meta.url === `file://${process.argv[1]}`) main();
