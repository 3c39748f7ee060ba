import { createServer as createHttpServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { loadConfig } from './config.ts';
import type { Context } from './context.ts';
import { openConnection } from './db/client.ts';
import { createRequestHandler } from './http/app.ts';
import { schema } from './schema.ts';
import { prepareDatabase } from './startup.ts';

/** The GraphQL server without a port: tests call `executeOperation` on it. */
export function createServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
}

/**
 * Client-facing errors: our BAD_USER_INPUT and Apollo's own codes pass through; Pothos's
 * argument validation (page sizes, cursors) becomes BAD_USER_INPUT; anything else is masked.
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
    return formatted;
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
  const config = loadConfig();
  const conn = openConnection(config);
  await prepareDatabase(conn, {
    seed: config.seedOnStart,
    log: (m) => console.log(`[petagizi] ${m}`),
  });
  const apollo = createServer();
  await apollo.start();
  const http = createHttpServer(createRequestHandler(apollo));
  await new Promise<void>((resolve) => http.listen(config.port, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`[petagizi] GraphQL at http://localhost:${port}/graphql, health at /healthz`);
  const stop = async () => {
    http.close();
    await apollo.stop();
    await conn.close();
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
