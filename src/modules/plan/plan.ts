import {
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../../context.ts';
import { fieldsOf } from './plan.json.ts';

/**
 * Operations answered in one pass (issue 15, "fast without the cache"). Under graphql-js every
 * field of every row costs a resolver call, a promise and a result object: most of the CPU of an
 * uncached 187-desa choropleth listing and of a 5,957-desa province choropleth. A query made only
 * of root fields that a planner of this kind knows (region pages, src/modules/indicator/
 * indicator.compiled.ts; choropleths, src/modules/analytics/analytics.compiled.ts) is planned once
 * per query text and answered by the plans: the same module functions, loaders and disclosure as
 * the resolvers, and the JSON written directly, in the order and with the keys graphql-js writes.
 *
 * Anything a planner does not know — fragments, directives, other fields — is not planned, and any
 * value graphql-js would refuse or any error on the way (a bad argument, an unknown indicator, a
 * database outage) gives up the plan for that request, so the ordinary execution answers it with
 * its own errors. test/modules/compiledRegions.test.ts and compiledChoropleth.test.ts compare both
 * paths' answers byte for byte.
 */

/** A planned root field. */
export interface FieldPlan {
  /**
   * The field's value for these (coerced) variables, ready for the response's serialiser: plain
   * JSON values, with RawJson for text already written. Throws to give the plan up.
   */
  answer(variables: Record<string, unknown>, ctx: Context): Promise<unknown>;
}

/** Plans one root field (the query field's definition and node), or null. Pure. */
export type FieldPlanner = (
  schema: GraphQLSchema,
  node: FieldNode,
  def: GraphQLField<unknown, unknown>,
) => FieldPlan | null;

/** A plan of one operation: per response key, the field's plan (null: `__typename`). */
export type OperationPlan = readonly { key: string; plan: FieldPlan | null }[];

/**
 * Plans an operation with the planners of its root fields (by field name), or null when some part
 * is not plannable. Pure: depends only on the schema and the document, so callers keep plans per
 * query text.
 */
export function planOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  planners: Readonly<Record<string, FieldPlanner>>,
): OperationPlan | null {
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const query = schema.getQueryType();
  const fields = fieldsOf(operation.selectionSet);
  if (!query || !fields) return null;
  const queryFields = query.getFields();
  const plan: { key: string; plan: FieldPlan | null }[] = [];
  for (const [key, node] of fields) {
    const name = node.name.value;
    if (name === '__typename') {
      if (node.arguments?.length) return null;
      plan.push({ key, plan: null });
      continue;
    }
    const def = queryFields[name];
    const planner = Object.hasOwn(planners, name) ? planners[name] : undefined;
    const field = def && planner ? planner(schema, node, def) : null;
    if (!field) return null;
    plan.push({ key, plan: field });
  }
  return plan.length > 0 ? plan : null;
}

/** Answers a plan: the data object, or null to execute normally. */
export async function answerOperation(
  plan: OperationPlan,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  ctx: Context,
): Promise<Record<string, unknown> | null> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const values = coerced.coerced;
  try {
    const parts = await Promise.all(
      plan.map(
        async ({ key, plan: field }): Promise<[string, unknown]> => [
          key,
          field === null ? 'Query' : await field.answer(values, ctx),
        ],
      ),
    );
    return Object.fromEntries(parts);
  } catch {
    return null;
  }
}
