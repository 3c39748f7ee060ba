import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { mayReadIndividuals } from './auth/viewer.ts';
import { config } from './config.ts';
import type { Context } from './context.ts';
import { db } from './db/client.ts';
import { maxPageSize } from './errors.ts';
import type PrismaTypes from './generated/pothos-prisma-types.ts';
import { getDatamodel } from './generated/pothos-prisma-types.ts';
import { DateScalar } from './scalars/date.ts';
import { GeoJSONScalar } from './scalars/geojson.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    GeoJSON: { Input: object; Output: object };
    Date: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  AuthScopes: {
    /** Anyone, with or without a token. */
    public: boolean;
    /** ANALYST or ADMIN: every aggregate, unsuppressed. */
    analyst: boolean;
    /** Any OFFICER (what they may read is narrowed by `officerOf`). */
    officer: boolean;
    /** An OFFICER whose scope covers this kode. */
    officerOf: string;
    /** Writes, imports and configuration. */
    admin: boolean;
  };
}>({
  defaultFieldNullability: false,
  // ScopeAuth first, so authorization runs before every other plugin's work. Federation last, as
  // its docs ask; Directives puts its @key annotations into the AST that printSubgraphSchema reads.
  plugins: [
    ScopeAuthPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ComplexityPlugin,
    DirectivePlugin,
    FederationPlugin,
  ],
  scopeAuth: {
    treatErrorsAsUnauthorized: true,
    authScopes: (ctx) => ({
      public: true,
      analyst: ctx.viewer.role === 'ANALYST' || ctx.viewer.role === 'ADMIN',
      officer: ctx.viewer.role === 'OFFICER',
      officerOf: (kode) => mayReadIndividuals(ctx.viewer, kode),
      admin: ctx.viewer.role === 'ADMIN',
    }),
    // Without a token the answer is "log in"; with a valid token that lacks the right, "forbidden".
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer.role === 'PUBLIC'
        ? new GraphQLError('authentication required: send a bearer token', {
            extensions: { code: 'UNAUTHENTICATED' },
          })
        : new GraphQLError(`forbidden for role ${ctx.viewer.role}`, {
            extensions: { code: 'FORBIDDEN' },
          }),
  },
  complexity: {
    // Lists cost their page size (set on connection fields), not a guessed multiplier.
    defaultComplexity: 1,
    defaultListMultiplier: 1,
    limit: () => ({
      complexity: config().limits.maxComplexity,
      depth: config().limits.maxDepth,
      breadth: config().limits.maxBreadth,
    }),
    complexityError: (errorKind, result) => {
      const kind = String(errorKind).toLowerCase() as 'depth' | 'breadth' | 'complexity';
      const limits = {
        depth: result.maxDepth,
        breadth: result.maxBreadth,
        complexity: result.maxComplexity,
      };
      return new GraphQLError(
        `query ${kind} ${result[kind]} exceeds the limit of ${limits[kind]}`,
        {
          extensions: { code: 'QUERY_TOO_COMPLEX', kind, value: result[kind], limit: limits[kind] },
        },
      );
    },
  },
  prisma: {
    client: () => db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: 100,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
  },
});

builder.addScalarType('GeoJSON', GeoJSONScalar);
builder.addScalarType('Date', DateScalar);

builder.queryType({});
builder.mutationType({});
