import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormattedExecutionResult } from 'graphql';
import type { Viewer } from '../../src/auth/viewer.ts';
import { config as currentConfig } from '../../src/config.ts';
import { type Context, createContext } from '../../src/context.ts';
import { createServer } from '../../src/server.ts';

let server: ApolloServer<Context> | undefined;
let uncachedServer: ApolloServer<Context> | undefined;

/** Narrows an Apollo response to a single (non-incremental) result. */
export function singleResult<T>(response: GraphQLResponse<T>): FormattedExecutionResult<T> {
  if (response.body.kind !== 'single')
    throw new Error(`expected a single result, got ${response.body.kind}`);
  return response.body.singleResult as FormattedExecutionResult<T>;
}

/** Runs a typed operation through Apollo Server with a fresh test context. */
export async function execute<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: { viewer?: Viewer; responseCache?: boolean } = {},
): Promise<FormattedExecutionResult<TResult>> {
  let apollo: ApolloServer<Context>;
  if (options.responseCache === false) {
    // For tests that count what resolvers ask the database: no whole-answer cache in front.
    const config = currentConfig();
    uncachedServer ??= createServer({ ...config, cache: { ...config.cache, responseBytes: 0 } });
    apollo = uncachedServer;
  } else {
    server ??= createServer();
    apollo = server;
  }
  const response = await apollo.executeOperation<TResult, TVariables>(
    { query: document, variables },
    { contextValue: createContext({ requestId: 'test', viewer: options.viewer }) },
  );
  // What a client receives: geometry passed through as JSON text (RawJson) becomes plain JSON.
  return JSON.parse(JSON.stringify(singleResult(response))) as FormattedExecutionResult<TResult>;
}

/** The `extensions.code` of each error, in order. */
export function errorCodes(result: FormattedExecutionResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** Viewers for tests, as a verified token would give them. */
export const viewers = {
  analyst: { role: 'ANALYST', scope: [], subject: 'analyst@test' },
  admin: { role: 'ADMIN', scope: [], subject: 'admin@test' },
  officer: (...scope: string[]): Viewer => ({ role: 'OFFICER', scope, subject: 'officer@test' }),
} satisfies Record<string, Viewer | ((...scope: string[]) => Viewer)>;

/**
 * Two servers without the answer cache, one with plans (src/modules/plan) and one without
 * (COMPILED_QUERIES=off), for tests that compare what both write.
 */
export function plannedAndExecuted(): {
  planned: ApolloServer<Context>;
  executed: ApolloServer<Context>;
} {
  const config = currentConfig();
  const cache = { ...config.cache, responseBytes: 0 };
  const withPlans = (compiledQueries: boolean) =>
    createServer({ ...config, cache, graphql: { ...config.graphql, compiledQueries } });
  return { planned: withPlans(true), executed: withPlans(false) };
}
