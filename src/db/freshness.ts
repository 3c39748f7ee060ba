import type { GraphQLField, GraphQLNamedType } from 'graphql';
import type { RegionLevel } from '../generated/prisma/enums.ts';
import { db } from './client.ts';

/**
 * Freshness: the one place that knows how the data changes. Geometry, region, catalog and value
 * writes bump counters in `data_version` in the writing transaction (triggers of migration 0007);
 * this module reads them and makes stamps. The whole-answer cache, tile and GeoJSON ETags, the
 * spatial-weights cache and the shared disclosure decisions key on them. The geometry cache alone keys on the per-row
 * `geom_version` (migration 0008) instead: a simplified boundary depends on one region's
 * boundary only, so a write to one desa must not throw away the 186 others, and the caller
 * already holds the row's version, so a hit costs no statement at all. Fields say what they read where they are defined (`reads`, in the Pothos
 * field's or type's `extensions`); the answer cache derives from those declarations which
 * operations it may keep, so a field that declares nothing is never cached.
 */

/**
 * What a field's answer depends on. `regions`: the region tree and boundaries; `catalog`: the
 * indicator catalog; `{ values: argument }`: the values of the indicator named by `argument`
 * (null: of every indicator).
 */
export type DataRead = 'regions' | 'catalog' | { values: string | null };

/** The `extensions` that declare what a field (or every field of a type) reads. */
export function reads(...sources: DataRead[]): { reads: readonly DataRead[] } {
  return { reads: sources };
}

/**
 * What a schema field reads: its own declaration, else its type's (a type may declare for all
 * its fields, e.g. a result object whose fields only pass on what its parent loaded); undefined
 * when neither says: such a field is not cacheable.
 */
export function readsOf(
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
): readonly DataRead[] | undefined {
  const own = field.extensions?.reads as readonly DataRead[] | undefined;
  return own ?? (parent.extensions?.reads as readonly DataRead[] | undefined);
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

export interface DataVersion {
  /** Changes whenever a region row of the levels or a value of the indicator and period does. */
  version: string;
  /** Whether the indicator is in the catalog (true when none was asked). */
  indicatorKnown: boolean;
}

/**
 * A version of everything a tile, feature collection or export of `levels` may show: the
 * counters of `data_version` for the regions of those levels and for the values of (indicator,
 * period), which triggers bump in every transaction that writes them (migration 0007). One
 * index lookup, however many regions the layer holds. Values are covered for every region
 * because sums over desa, suppression among siblings and class breaks over a kabupaten all reach
 * beyond one tile; the parent is not part of the key, so a write anywhere in a level renews the
 * tags of the whole level (clients revalidate, they never see stale data).
 */
export async function dataVersion(args: {
  levels: readonly RegionLevel[];
  parentKode: string | null;
  indicator: string | null;
  period: string | null;
}): Promise<DataVersion> {
  const scopes = scopesOf(args);
  const rows = await db.$queryRaw<{ version: string | null; known: boolean }[]>`
    SELECT
      (SELECT string_agg(scope || '=' || version::text, ',' ORDER BY scope)
         FROM data_version WHERE scope = ANY(${scopes}::text[])) AS version,
      (${args.indicator}::text IS NULL
       OR EXISTS (SELECT 1 FROM indicator WHERE code = ${args.indicator}::text)) AS known`;
  const row = rows[0];
  if (!row) throw new Error('data version query returned no row');
  return { version: row.version ?? 'empty', indicatorKnown: row.known };
}

/**
 * The `data_version` scopes that the regions of one level depend on: the level's counter
 * (names, codes, boundaries, rows added or removed) and TRUNCATE of the region table.
 */
export function regionScopes(level: RegionLevel): string[] {
  return [`region:${level}`, 'truncate:region'];
}

/** The `data_version` scopes of the regions of `levels` and the values of (indicator, period). */
export function scopesOf(args: {
  levels: readonly RegionLevel[];
  indicator: string | null;
  period: string | null;
}): string[] {
  return [
    ...args.levels.map((level) => `region:${level}`),
    ...(args.indicator && args.period ? [`value:${args.indicator}:${args.period}`] : []),
  ];
}
