import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { viewerTier } from '../auth/viewer.ts';
import { type Config, config as currentConfig } from '../config.ts';
import type { Context } from '../context.ts';
import { createStampReader, readDataVersions, readsOf, stampFor } from '../db/freshness.ts';
import { LruCache } from '../lru.ts';
import { RawJson, stringifyResponse } from '../scalars/rawJson.ts';

/**
 * Whole answers of read-only queries, kept in memory and keyed on everything they depend on:
 * the operation text, its variables, what the viewer may see (public tier with suppression,
 * analysts, or an officer's scope), the suppression thresholds and the **data stamp**, the sum of
 * the trigger-kept `data_version` counters the answer depends on: regions, the indicator catalog,
 * and the values of the indicators the operation names (an import of WASTING leaves STUNTING
 * maps cached). Every write to those tables bumps a counter in the writing transaction, so a
 * request that reads the counters after a commit can never get an answer from before it.
 *
 * Only operations whose every field declares what it reads are cached (isCacheableOperation);
 * anything touching program tracking, facilities, by-name records (which must be audited on
 * every read) or randomised statistics declares nothing and runs as usual. A hit costs one small statement (the stamp) and no
 * resolver. Answers with errors are never kept.
 */

/**
 * Whether every field the operation selects declares what it reads (`reads` in its or its
 * type's extensions, see db/freshness.ts); queries only. A field that declares nothing (program
 * tracking, facilities, by-name records that must be audited on every read, randomised
 * statistics) makes the whole operation uncacheable.
 */
export function isCacheableOperation(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let ok = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') ok = false;
      },
      Field(node) {
        if (!ok || node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (node.name.value.startsWith('__') || !parent || !field) ok = false;
        else if (!readsOf(getNamedType(parent), field)) ok = false;
      },
    }),
  );
  return ok;
}

/**
 * The indicator codes whose values an operation reads, with its variables; 'all' when it lists
 * the catalog with periods, or when a code cannot be read from the operation.
 */
export function indicatorCodesRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): ReadonlySet<string> | 'all' {
  const typeInfo = new TypeInfo(schema);
  const codes = new Set<string>();
  let all = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const definition = typeInfo.getFieldDef();
        if (all || !parent || !definition) return;
        for (const read of readsOf(getNamedType(parent), definition) ?? []) {
          if (typeof read === 'string') continue;
          const argument = read.values;
          const argDef = definition.args.find((a) => a.name === argument);
          const argNode = node.arguments?.find((a) => a.name.value === argument);
          const code =
            argDef && argNode ? valueFromAST(argNode.value, argDef.type, variables) : null;
          if (typeof code === 'string') codes.add(code);
          else all = true;
        }
      },
    }),
  );
  return all ? 'all' : codes;
}

interface Pending {
  key: string;
}

/** The Apollo plugin; `config.cache.responseBytes` 0 turns it off. */
export function responseCachePlugin(config: Config): ApolloServerPlugin<Context> | null {
  if (config.cache.responseBytes === 0) return null;
  const answers = new LruCache<RawJson>(
    Number.POSITIVE_INFINITY,
    config.cache.responseBytes,
    (answer) => 2 * answer.text.length + 256,
    'response',
  );
  const decisions = new LruCache<boolean>(1000);
  const versions = createStampReader(readDataVersions);

  return {
    async requestDidStart() {
      let pending: Pending | undefined;
      return {
        async responseForOperation(request) {
          const { document, queryHash } = request;
          if (!document || !request.operation || !queryHash) return null;
          let decided = decisions.get(queryHash);
          if (decided === undefined) {
            decided = isCacheableOperation(request.schema, document);
            decisions.set(queryHash, decided);
          }
          if (!decided) return null;
          // Read live: resolvers take the thresholds from the process-wide configuration.
          const { minCount, minDenominator } = currentConfig().suppression;
          const codes = indicatorCodesRead(request.schema, document, request.request.variables);
          let read: Awaited<ReturnType<typeof versions>>;
          try {
            read = await versions();
          } catch {
            // The database did not answer: run uncached, so the resolvers report the outage as
            // SERVICE_UNAVAILABLE (an error thrown here would become Apollo's bare 500).
            return null;
          }
          const stamp = stampFor(read, codes);
          const key = cacheKey(request, `${minCount}|${minDenominator}`, stamp);
          const hit = answers.get(key);
          if (!hit) {
            pending = { key };
            return null;
          }
          const headers = new HeaderMap([['petagizi-cache', 'hit']]);
          // The stored answer is the data's JSON text; stringifyResponse writes it in place.
          const data = hit as unknown as Record<string, unknown>;
          return {
            http: { status: undefined, headers },
            body: { kind: 'single', singleResult: { data } },
          };
        },
        async willSendResponse(request) {
          if (!pending) return;
          const { body } = request.response;
          if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          answers.set(
            pending.key,
            new RawJson(stringifyResponse(body.singleResult.data).trimEnd()),
          );
          request.response.http.headers.set('petagizi-cache', 'miss');
        },
      };
    },
  };
}

/** @private The key itself when short; its SHA-256 when variables make it long (drawn areas). */
function cacheKey(
  request: GraphQLRequestContext<Context>,
  suppression: string,
  stamp: string,
): string {
  const key = [
    request.queryHash ?? '',
    request.operationName ?? '',
    viewerTier(request.contextValue.viewer),
    suppression,
    stamp,
    JSON.stringify(request.request.variables ?? {}),
  ].join('\u0000');
  return key.length <= 512 ? key : createHash('sha256').update(key).digest('base64url');
}
