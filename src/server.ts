import { createServer as createHttpServer, type Server } from 'node:http';
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
import { lockDataDir } from './db/dataDirLock.ts';
import { createRequestHandler } from './http/app.ts';
import { allowListCache, allowListPlugin, loadPersistedManifest } from './http/persistedQueries.ts';
import { createRateLimiter } from './http/rateLimit.ts';
import { responseCachePlugin } from './http/responseCache.ts';
import { stringifyResponse } from './scalars/rawJson.ts';
import { subgraphSchema } from './schema.ts';
import { prepareDatabase } from './startup.ts';

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
  return new ApolloServer<Context>({
    schema: subgraphSchema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    persistedQueries,
    plugins,
    formatError,
    // Geometry crosses from PostgreSQL to the client as text, never parsed (src/scalars/rawJson.ts).
    stringifyResult: stringifyResponse,
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
    return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error(original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Opens the database, migrates, seeds on first start, and listens. */
export async function start(): Promise<Server> {
  const config = currentConfig();
  const jwtSecret = resolveJwtSecret(config.auth, config.production);
  useConfig({ ...config, auth: { ...config.auth, jwtSecret } });
  // The embedded database has one writer: this server, until it stops (src/db/dataDirLock.ts).
  const lock =
    config.databaseUrl || config.pgliteDir.startsWith('memory://')
      ? null
      : lockDataDir(config.pgliteDir, 'server');
  const conn = openConnection(config);
  await prepareDatabase(conn, {
    seed: config.seedOnStart,
    statementTimeoutMs: config.limits.statementTimeoutMs,
    log: (m) => console.log(`[petagizi] ${m}`),
  });
  const apollo = createServer();
  await apollo.start();
  const rateLimiter =
    config.limits.ratePerMinute > 0
      ? createRateLimiter({
          perMinute: config.limits.ratePerMinute,
          redisUrl: config.limits.redisUrl,
        })
      : null;
  const http = createHttpServer(
    createRequestHandler(apollo, {
      verifyToken: createTokenVerifier({ ...config.auth, jwtSecret }),
      rateLimiter,
    }),
  );
  await new Promise<void>((resolve) => http.listen(config.port, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  lock?.setPort(port);
  console.log(
    `[petagizi] GraphQL at http://localhost:${port}/graphql (explorer in a browser), map at /map, tiles at /tiles, health at /healthz; rate limit ${config.limits.ratePerMinute || 'off'}/min${config.limits.redisUrl ? ' (Redis)' : ''}, persisted queries ${config.graphql.persistedQueries}`,
  );
  const stop = async () => {
    http.close();
    await apollo.stop();
    await rateLimiter?.close();
    await conn.close();
    lock?.release();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return http;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  start().catch((error) => {
    console.error('[petagizi] failed to start:', error);
    process.exit(1);
  });
}
