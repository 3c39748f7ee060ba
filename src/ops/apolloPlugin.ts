import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { log } from './logger.ts';
import { requestInfoById } from './requestLog.ts';
import { isDatabaseUnavailable, retryAfterSeconds } from './unavailable.ts';

/**
 * Tells the request log which operation ran and which error codes it answered; logs each
 * unexpected error once, with its stack, under the request id; turns an answer whose errors are
 * database outages into HTTP 503 with Retry-After.
 */
export function opsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = contextValue.requestId;
      const info = requestInfoById(requestId);
      return {
        async didResolveOperation({ operationName }) {
          if (info) info.operation = operationName ?? 'anonymous';
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isExpected(original)) continue;
            if (isDatabaseUnavailable(original)) {
              log().warn(
                { reqId: requestId, reason: (original as Error).message?.slice(0, 200) },
                'database unavailable',
              );
              continue;
            }
            log().error({ reqId: requestId, err: original }, 'unexpected error');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          let unavailable = false;
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code !== 'string') continue;
            info?.errorCodes.add(code);
            if (code === 'SERVICE_UNAVAILABLE') unavailable = true;
          }
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(retryAfterSeconds));
          }
        },
      };
    },
  };
}

/** @private Errors with a code of ours are answers, not incidents. */
function isExpected(error: unknown): boolean {
  if (error instanceof PothosValidationError) return true;
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
  }
  return false;
}
