import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { maxPageSize } from '../../args/page.ts';
import { builder } from '../../builder.ts';
import { badUserInput } from '../../errors.ts';

/** The Federation version the subgraph links: 2.3 is the first with entity interfaces. */
export const federationLinkUrl = 'https://specs.apollo.dev/federation/v2.3';

/**
 * The API as an Apollo Federation v2 subgraph: the same types and fields as the API schema plus
 * `Query._entities` and `Query._service`, with `@key(fields: "kode")` on Region and its four
 * types. `_entities` takes at most `maxPageSize` representations per request, like a page.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  const schema = builder.toSubGraphSchema({ linkUrl: federationLinkUrl, sortSchema: true });
  const query = schema.getQueryType();
  const entities = query && isObjectType(query) ? query.getFields()._entities : undefined;
  if (!entities?.resolve) throw new Error('the subgraph schema has no _entities field');
  const resolve: GraphQLFieldResolver<unknown, unknown> = entities.resolve;
  entities.resolve = (source, args, context, info) => {
    const representations = (args as { representations?: unknown[] }).representations ?? [];
    if (representations.length > maxPageSize) {
      throw badUserInput(
        'representations',
        representations.length,
        `at most ${maxPageSize} representations per request`,
      );
    }
    return resolve(source, args, context, info);
  };
  return schema;
}

/** The subgraph SDL as a router composes it (`printSubgraphSchema`), for schema/subgraph.graphql. */
export function printSubgraph(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trimEnd()}\n`;
}
