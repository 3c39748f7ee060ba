import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormattedExecutionResult } from 'graphql';
import type { Viewer } from '../../src/auth/viewer.ts';
import { type Context, createContext } from '../../src/context.ts';
import { createServer } from '../../src/server.ts';

let server: ApolloServer<Context> | undefined;

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
  options: { viewer?: Viewer } = {},
): Promise<FormattedExecutionResult<TResult>> {
  server ??= createServer();
  const response = await server.executeOperation<TResult, TVariables>(
    { query: document, variables },
    { contextValue: createContext({ requestId: 'test', viewer: options.viewer }) },
  );
  return singleResult(response);
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
