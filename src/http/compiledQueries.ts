import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { Context } from '../context.ts';
import { LruCache } from '../lru.ts';
import {
  answerRegions,
  planRegions,
  type RegionsPlan,
} from '../modules/indicator/indicator.compiled.ts';

/**
 * Answers the operations the region-page planner can plan (src/modules/indicator/
 * indicator.compiled.ts) without graphql-js's per-field execution; every other operation, and
 * any request a plan gives up on, executes as usual. Runs after the answer cache, so a cached
 * answer still wins and a planned answer is cached like any other. `COMPILED_QUERIES=off`
 * turns it off.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin<Context> {
  // Plans per query text and operation name; `false` remembers "not plannable".
  const plans = new LruCache<RegionsPlan | false>(1000);
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const { operation, queryHash } = request;
          if (!operation || !queryHash) return null;
          const key = `${queryHash}|${request.operationName ?? ''}`;
          let plan = plans.get(key);
          if (plan === undefined) {
            plan = planRegions(request.schema, operation) ?? false;
            plans.set(key, plan);
          }
          if (!plan) return null;
          const data = await answerRegions(
            plan,
            request.schema,
            operation,
            request.request.variables,
            request.contextValue,
          );
          if (!data) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data } },
          };
        },
      };
    },
  };
}
