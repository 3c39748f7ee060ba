import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';

/** Deepest nesting of arrays/objects accepted in variables (a GeoJSON MultiPolygon needs 5). */
export const maxVariableDepth = 32;

function badInput(message: string, value: unknown): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', value, http: { status: 400 } },
  });
}

/**
 * Refuses, before execution, inputs no field can use and that would otherwise fail deep inside:
 * NUL characters in any string (PostgreSQL text cannot hold them) and variables nested deeper
 * than `maxVariableDepth` (a 20,000-level array would overflow the stack of the code that walks
 * it). The walk is iterative and stops at the first problem.
 */
export function inputLimitsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problem = variableProblem(request.variables);
          if (problem) throw problem;
          let nul: string | undefined;
          visit(document, {
            [Kind.STRING]: (node) => {
              if (node.value.includes('\u0000')) nul ??= node.value;
            },
          });
          if (nul !== undefined) {
            throw badInput('strings must not contain NUL (U+0000) characters', nul.slice(0, 100));
          }
        },
      };
    },
  };
}

/** @private The first NUL string or over-deep value among the variables, as a coded error. */
export function variableProblem(variables: unknown): GraphQLError | null {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: variables, depth: 0, path: '$' },
  ];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return badInput(
          `variable ${path} contains a NUL (U+0000) character, which no field accepts`,
          value.slice(0, 100),
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxVariableDepth) {
      return badInput(
        `variables nest deeper than ${maxVariableDepth} levels (at ${path.slice(0, 100)})`,
        maxVariableDepth + 1,
      );
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` });
      }
    } else {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes('\u0000')) {
          return badInput(`variable ${path} has a key with a NUL character`, key.slice(0, 100));
        }
        stack.push({ value: inner, depth: depth + 1, path: `${path}.${key}` });
      }
    }
  }
  return null;
}
