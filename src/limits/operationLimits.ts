import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getIntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { measureOperation, type OperationCost } from './operationCost.ts';

/** The limits every operation is held to before any resolver runs. */
export interface QueryLimits {
  maxDepth: number;
  /** Most field selections, fragments expanded (alias bombs). */
  maxBreadth: number;
  /** Most aliased field selections. */
  maxAliases: number;
  maxComplexity: number;
}

export type LimitKind = 'depth' | 'breadth' | 'aliases' | 'complexity' | 'tokens';

/**
 * The coded refusal of an over-limit operation: `QUERY_TOO_COMPLEX` with the kind of limit, the
 * value measured and the limit, HTTP 400. For complexity it names the paged field whose `first`
 * to lower.
 */
export function tooComplex(
  kind: LimitKind,
  value: number,
  limit: number,
  costliest?: OperationCost['costliest'],
): GraphQLError {
  const hint =
    kind === 'complexity' && costliest
      ? `; the costliest page is ${costliest.path} (page ${costliest.page}, cost ${costliest.cost}): give it a smaller \`first\``
      : '';
  const more = kind === 'breadth' && value > limit ? ' or more' : '';
  return new GraphQLError(`query ${kind} ${value}${more} exceeds the limit of ${limit}${hint}`, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      kind,
      value,
      limit,
      ...(hint && costliest ? { field: costliest.path, first: costliest.page } : {}),
      http: { status: 400 },
    },
  });
}

/**
 * What one full introspection of `schema` costs (the query GraphiQL and codegen send, with
 * descriptions and deprecated input values), measured once per schema. @private
 */
const introspectionCosts = new WeakMap<GraphQLSchema, number>();
function fullIntrospectionCost(schema: GraphQLSchema): number {
  let cost = introspectionCosts.get(schema);
  if (cost === undefined) {
    const document = parse(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    cost = operation
      ? measureOperation(schema, operation, fragmentsOf(document), {
          maxFields: Number.POSITIVE_INFINITY,
        }).complexity
      : 0;
    introspectionCosts.set(schema, cost);
  }
  return cost;
}

/**
 * The limits for `operation` on `schema`: an introspection (every root field `__schema`, `__type`
 * or `__typename`) may cost at least one full introspection of the schema, so the clients people
 * use (GraphiQL, codegen) keep working as the schema grows; two of them in one operation do not
 * fit unless the configured limit allows them. Introspection itself is switched off with
 * `INTROSPECTION=false`, not by the complexity limit. Every other operation keeps the configured
 * limits.
 */
export function limitsFor(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  limits: QueryLimits,
): QueryLimits {
  const introspectionOnly = operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      ['__schema', '__type', '__typename'].includes(selection.name.value),
  );
  if (!introspectionOnly) return limits;
  const floor = fullIntrospectionCost(schema);
  return floor > limits.maxComplexity ? { ...limits, maxComplexity: floor } : limits;
}

/** The first limit an operation's cost breaks, as a coded error; null when within limits. */
export function overLimit(cost: OperationCost, limits: QueryLimits): GraphQLError | null {
  if (cost.fields > limits.maxBreadth) return tooComplex('breadth', cost.fields, limits.maxBreadth);
  if (cost.aliases > limits.maxAliases)
    return tooComplex('aliases', cost.aliases, limits.maxAliases);
  if (cost.depth > limits.maxDepth) return tooComplex('depth', cost.depth, limits.maxDepth);
  if (cost.complexity > limits.maxComplexity) {
    return tooComplex('complexity', cost.complexity, limits.maxComplexity, cost.costliest);
  }
  return null;
}

/** @private */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/**
 * A validation rule (Apollo `validationRules`) that measures every operation of the document —
 * `_service`, `_entities`, `__schema`/`__type` and everything under them included, fragments
 * expanded with the work bounded by the breadth limit — and refuses the over-limit ones. Runs on
 * the document alone (Apollo caches validated documents), so variables take their defaults;
 * `operationLimitsPlugin` measures again with the request's variables.
 */
export function operationLimitsRule(limits: () => QueryLimits): ValidationRule {
  return (context) => ({
    Document: (document) => {
      const schema = context.getSchema();
      const configured = limits();
      const fragments = fragmentsOf(document);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const current = limitsFor(schema, definition, configured);
        const cost = measureOperation(schema, definition, fragments, {
          maxFields: current.maxBreadth,
        });
        const error = overLimit(cost, current);
        if (error) {
          context.reportError(error);
          return;
        }
      }
    },
  });
}

/**
 * Measures the operation again once its variables are known (a page size or the representations
 * of `_entities` passed as variables), before execution: an over-limit one is refused with the
 * same coded 400 and no resolver runs.
 */
export function operationLimitsPlugin<C extends object>(
  limits: () => QueryLimits,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation?.variableDefinitions?.length || !request.variables) return;
          const error = measureWithVariables(
            schema,
            document,
            operation,
            request.variables,
            limitsFor(schema, operation, limits()),
          );
          if (error) throw error;
        },
      };
    },
  };
}

/** @private */
function measureWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
  limits: QueryLimits,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, {
    maxErrors: 1,
  });
  // Variables that do not coerce are refused by execution with their own coded error.
  if (coerced.errors) return null;
  const cost = measureOperation(schema, operation, fragmentsOf(document), {
    maxFields: limits.maxBreadth,
    variables: coerced.coerced,
  });
  return overLimit(cost, limits);
}
