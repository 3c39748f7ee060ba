import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { defaultPageSize, maxPageSize } from './args/page.ts';
import { mayReadIndividuals } from './auth/viewer.ts';
import type { Context } from './context.ts';
import { db } from './db/client.ts';
import { reads } from './db/freshness.ts';
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
    /** An AGENCY (records its own realizations; what it may write is checked per row). */
    agency: boolean;
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
      agency: ctx.viewer.role === 'AGENCY',
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
    // Each field's cost lives here (Pothos keeps it in the field's `complexity` extension); the
    // whole operation is measured and refused before execution by src/limits/operationLimits.ts
    // (a validation rule that also covers _service, _entities and introspection), so the
    // plugin's own per-resolver check is off. Lists cost their page size (set on connection
    // fields), not a guessed multiplier.
    disabled: true,
    defaultComplexity: 1,
    defaultListMultiplier: 1,
  },
  prisma: {
    client: () => db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: defaultPageSize,
  },
  relay: {
    // Page info passes on what the connection field loaded (see db/freshness.ts).
    pageInfoTypeOptions: { extensions: reads() },
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
  },
});

builder.addScalarType('GeoJSON', GeoJSONScalar);
builder.addScalarType('Date', DateScalar);

builder.queryType({});
builder.mutationType({});
