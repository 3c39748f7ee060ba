import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { Context } from '../context.ts';
import { LruCache } from '../lru.ts';
import {
  planChoroplethField,
  planSpatialAutocorrelationField,
} from '../modules/analytics/analytics.compiled.ts';
import { planRegionField, planRegionsField } from '../modules/indicator/indicator.compiled.ts';
import {
  answerOperation,
  type FieldPlanner,
  type OperationPlan,
  planOperation,
} from '../modules/plan/plan.ts';
import { plannedAnswers } from '../ops/metrics.ts';

/** The root fields a plan can answer (src/modules/plan/plan.ts). */
const planners: Readonly<Record<string, FieldPlanner>> = {
  region: planRegionField,
  regions: planRegionsField,
  choropleth: planChoroplethField,
  spatialAutocorrelation: planSpatialAutocorrelationField,
};

/**
 * Answers the operations the planners can plan without graphql-js's per-field execution; every
 * other operation, and any request a plan gives up on, executes as usual. Runs after the answer
 * cache, so a cached answer still wins and a planned answer is cached like any other.
 * `COMPILED_QUERIES=off` turns it off.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin<Context> {
  // Plans per query text and operation name; `false` remembers "not plannable".
  const plans = new LruCache<OperationPlan | false>(1000);
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const { operation, queryHash } = request;
          if (!operation || !queryHash) return null;
          const key = `${queryHash}|${request.operationName ?? ''}`;
          let plan = plans.get(key);
          if (plan === undefined) {
            plan = planOperation(request.schema, operation, planners) ?? false;
            plans.set(key, plan);
          }
          if (!plan) {
            plannedAnswers.inc({ result: 'not_planned' });
            return null;
          }
          const data = await answerOperation(
            plan,
            request.schema,
            operation,
            request.request.variables,
            request.contextValue,
          );
          plannedAnswers.inc({ result: data ? 'answered' : 'gave_up' });
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
