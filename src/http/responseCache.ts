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
import type { Viewer } from '../auth/viewer.ts';
import { type Config, config as currentConfig } from '../config.ts';
import type { Context } from '../context.ts';
import { db } from '../db/client.ts';
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
 * Only operations whose every field reads nothing but those three tables are cached; anything
 * touching program tracking, facilities, by-name records (which must be audited on every read)
 * or randomised statistics runs as usual. A hit costs one small statement (the stamp) and no
 * resolver. Answers with errors are never kept.
 */

/** Fields, per type, that read only regions, indicator values and the indicator catalog. */
const regionFields = [
  'kode',
  'nama',
  'level',
  'source',
  'parent',
  'areaKm2',
  'centroid',
  'bbox',
  'geometry',
  'geometrySource',
  'indicator',
  'indicatorValues',
  'children',
  'neighbors',
];
const cacheable: Record<string, ReadonlySet<string> | '*'> = {
  Query: new Set([
    'region',
    'regions',
    'regionAt',
    'regionsWithin',
    'nearestRegions',
    'choropleth',
    'areaStats',
    'indicator',
    'indicators',
  ]),
  Region: new Set(regionFields),
  Provinsi: new Set(regionFields),
  Kabupaten: new Set([...regionFields, 'isKota']),
  Kecamatan: new Set(regionFields),
  Desa: new Set([...regionFields, 'jenis']),
  RegionConnection: '*',
  RegionEdge: '*',
  PageInfo: '*',
  RegionDistance: '*',
  Indicator: '*',
  IndicatorValue: '*',
  Choropleth: '*',
  ChoroplethClass: '*',
  ChoroplethRegion: '*',
  AreaStats: '*',
  AreaShare: '*',
};

/** Whether every field the operation selects is in the table above (queries only). */
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
        const fields = parent ? cacheable[getNamedType(parent).name] : undefined;
        if (node.name.value.startsWith('__') || !fields) ok = false;
        else if (fields !== '*' && !fields.has(node.name.value)) ok = false;
      },
    }),
  );
  return ok;
}

/** The part of the key that says what this viewer may see. */
export function viewerTier(viewer: Viewer): string {
  if (viewer.role === 'ANALYST' || viewer.role === 'ADMIN') return 'full';
  if (viewer.role === 'OFFICER') return `officer:${[...viewer.scope].sort().join(',')}`;
  return 'public';
}

/**
 * Fields that read indicator values, with the argument naming the indicator; null: all of them.
 * Every other cacheable field reads regions or the catalog only.
 */
const valueReaders: Record<string, string | null> = {
  indicator: 'code',
  indicatorValues: 'code',
  choropleth: 'indicator',
  areaStats: 'indicator',
  indicators: null,
};

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
        if (all || !(node.name.value in valueReaders)) return;
        const argument = valueReaders[node.name.value];
        const definition = typeInfo.getFieldDef();
        const argDef = definition?.args.find((a) => a.name === argument);
        const argNode = node.arguments?.find((a) => a.name.value === argument);
        const code = argDef && argNode ? valueFromAST(argNode.value, argDef.type, variables) : null;
        if (typeof code === 'string') codes.add(code);
        else all = true;
      },
    }),
  );
  return all ? 'all' : codes;
}

/** The data-version counters (scope → version), read in one statement. */
export async function readDataVersions(): Promise<Map<string, bigint>> {
  const rows = await db.$queryRaw<{ scope: string; version: string }[]>`
    SELECT scope, version::text AS version FROM data_version`;
  return new Map(rows.map((row) => [row.scope, BigInt(row.version)]));
}

/**
 * The stamp an answer is keyed on: the sum of the counters it depends on. Regions, the catalog
 * and truncations count for every answer; values ("value:<indicator>:<period>") only for the
 * indicators the operation reads. Counters only grow, so the sum grows with every write that
 * matters to the answer.
 */
export function stampFor(
  versions: ReadonlyMap<string, bigint>,
  codes: ReadonlySet<string> | 'all',
): string {
  let sum = 0n;
  for (const [scope, version] of versions) {
    if (codes !== 'all' && scope.startsWith('value:')) {
      const code = scope.slice('value:'.length, scope.lastIndexOf(':'));
      if (!codes.has(code)) continue;
    }
    sum += version;
  }
  return sum.toString();
}

/** Sum of all data-version counters: grows with every write to regions, values or catalog. */
export async function readDataStamp(): Promise<string> {
  return stampFor(await readDataVersions(), 'all');
}

/**
 * Reads the data versions for many concurrent requests at once without ever answering a request
 * with a read that began before it arrived (which could miss a write committed just before it).
 * A request that finds no read in flight starts one; requests that arrive while one is in flight
 * share the next, which starts when the current one ends. Under load one statement serves
 * several requests; alone, a request costs exactly one.
 */
export function createStampReader<T>(read: () => Promise<T>) {
  let current: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = () => {
    const reading = read();
    current = reading;
    const clear = () => {
      if (current === reading) current = undefined;
    };
    reading.then(clear, clear);
    return reading;
  };
  return (): Promise<T> => {
    if (!current) return start();
    next ??= current
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
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
