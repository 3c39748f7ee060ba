import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/** The header a federation router sends its credential in (configured as ROUTER_TOKEN). */
export const routerTokenHeader = 'x-router-token';

/**
 * With introspection off, `_service { sdl }` (the whole schema as text) answers only the
 * federation router: the request must carry `x-router-token: <ROUTER_TOKEN>`. Without a
 * configured token nobody gets it. Anything else selecting `_service` is refused with 403
 * `FORBIDDEN` before execution.
 */
export function routerOnlyServicePlugin<C extends object>(
  routerToken: string | undefined,
): ApolloServerPlugin<C> {
  const expected = routerToken ? digest(routerToken) : null;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation || !selectsService(operation.selectionSet, document)) return;
          const sent = request.http?.headers.get(routerTokenHeader);
          if (expected && sent && timingSafeEqual(digest(sent), expected)) return;
          throw new GraphQLError('_service is answered to the federation router only', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}

/** @private */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** @private Whether the root selection (fragments followed once) holds `_service`. */
function selectsService(set: SelectionSetNode, document: DocumentNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const seen = new Set<string>();
  const walk = (selections: SelectionSetNode): boolean =>
    selections.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '_service';
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(fragment.selectionSet);
    });
  return walk(set);
}
