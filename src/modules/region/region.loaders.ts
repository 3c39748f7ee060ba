import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { config } from '../../config.ts';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import type { GeometryOptions, RegionGeometryInfo } from '../../db/postgis.ts';
import type { Region } from '../../generated/prisma/client.ts';
import { LruCache } from '../../lru.ts';
import { RawJson } from '../../scalars/rawJson.ts';

export interface GeometryKey extends Required<GeometryOptions> {
  kode: string;
  /**
   * region.geom_version of the row the caller holds, when it has one: a boundary cached under
   * the same version is served without a statement. Without it the database is always asked.
   */
  geomVersion?: number;
}

export interface GeometryInfoKey {
  kode: string;
  geomVersion?: number;
}

export interface RegionLoaders {
  geometryInfo: DataLoader<GeometryInfoKey, RegionGeometryInfo | null, string>;
  /** GeoJSON MultiPolygon text as PostGIS wrote it, passed through to the response. */
  geometry: DataLoader<GeometryKey, RawJson | null, string>;
  /** Kodes of the regions directly below each kode, in kode order. */
  childKodes: DataLoader<string, string[]>;
  /** The region row of each kode (null when unknown), for fields that hold only a kode. */
  region: DataLoader<string, Region | null>;
}

/** The region loaders of a request, kept with its context (Pothos context cache). */
export const regionLoaders = createContextCache(
  (_ctx: Context): RegionLoaders => createRegionLoaders(),
);

/** Fresh loaders for one request: one statement per batch, results in key order. */
export function createRegionLoaders(): RegionLoaders {
  return {
    region: new DataLoader(async (kodes) => {
      const rows = await db.region.findMany({ where: { kode: { in: [...kodes] } } });
      const byKode = new Map(rows.map((r) => [r.kode, r]));
      return kodes.map((kode) => byKode.get(kode) ?? null);
    }),
    childKodes: new DataLoader(async (parents) => {
      const rows = await db.region.findMany({
        where: { parentKode: { in: [...parents] } },
        select: { kode: true, parentKode: true },
        orderBy: { kode: 'asc' },
      });
      return parents.map((parent) =>
        rows.filter((r) => r.parentKode === parent).map((r) => r.kode),
      );
    }),
    geometryInfo: new DataLoader(
      async (keys) => {
        const found = new Map<string, RegionGeometryInfo>();
        const missing: string[] = [];
        for (const key of keys) {
          const hit =
            key.geomVersion === undefined ? undefined : infoCache().get(versioned(key, ''));
          if (hit) found.set(key.kode, hit);
          else missing.push(key.kode);
        }
        if (missing.length > 0) {
          for (const row of await db.region.geometryInfo(missing)) {
            found.set(row.kode, row);
            rememberInfo(row);
          }
        }
        return keys.map((key) => found.get(key.kode) ?? null);
      },
      { cacheKeyFn: (key) => key.kode },
    ),
    // Keys with different options in one batch cost one statement per distinct option pair;
    // a query names only a few, so the count still follows the query, not the rows. Boundaries
    // already cached under the caller's geometry version cost none.
    geometry: new DataLoader(
      async (keys) => {
        const found = new Map<string, RawJson>();
        const groups = new Map<string, GeometryKey[]>();
        for (const key of keys) {
          const options = optionsOf(key);
          const hit =
            key.geomVersion === undefined
              ? undefined
              : geometryCache().get(versioned(key, options));
          if (hit !== undefined) {
            found.set(geometryKeyOf(key), new RawJson(hit));
            continue;
          }
          const group = groups.get(options);
          if (group) group.push(key);
          else groups.set(options, [key]);
        }
        await Promise.all(
          [...groups.entries()].map(async ([options, group]) => {
            const first = group[0] as GeometryKey;
            const rows = await db.region.geometryText(
              group.map((k) => k.kode),
              { simplifyMeters: first.simplifyMeters, precision: first.precision },
            );
            for (const row of rows) {
              found.set(geometryKeyOf({ ...first, kode: row.kode }), new RawJson(row.geojson));
              rememberGeometry(row, options, row.geojson);
            }
          }),
        );
        return keys.map((key) => found.get(geometryKeyOf(key)) ?? null);
      },
      { cacheKeyFn: geometryKeyOf },
    ),
  };
}

/**
 * Records a boundary read by another statement (a region detail's, indicator.sql.ts
 * `regionDetail`) as `geometry` would have read it: for this request and in the process cache.
 */
export function primeGeometry(
  ctx: Context,
  key: GeometryKey & { geomVersion: number },
  text: string | null,
): void {
  regionLoaders(ctx).geometry.prime(key, text === null ? null : new RawJson(text));
  if (text !== null) rememberGeometry(key, optionsOf(key), text);
}

/** Records a region's inner point and box read by another statement, as `geometryInfo` would. */
export function primeGeometryInfo(ctx: Context, info: RegionGeometryInfo): void {
  regionLoaders(ctx).geometryInfo.prime({ kode: info.kode, geomVersion: info.geomVersion }, info);
  rememberInfo(info);
}

/** @private Keeps a boundary in the process cache under its version, the version as last seen. */
function rememberGeometry(
  key: { kode: string; geomVersion: number },
  options: string,
  text: string,
): void {
  geometryCache().set(versioned(key, options), text);
  latestVersions().set(key.kode, key.geomVersion);
}

/** @private Keeps an inner point and box in the process cache, the version as last seen. */
function rememberInfo(info: RegionGeometryInfo): void {
  infoCache().set(versioned(info, ''), info);
  latestVersions().set(info.kode, info.geomVersion);
}

/**
 * The geometry version under which the process cache holds a region's boundary with these
 * options (`options` null: its inner point and box), as last seen; undefined when it holds none.
 * A hint for a caller that reads the region's row anyway: the row's geom_version decides whether
 * the cached entry is the boundary's (the loaders look up by it), so a stale hint costs a
 * statement, never a stale answer.
 */
export function cachedGeometryVersion(
  kode: string,
  options: Required<GeometryOptions> | null,
): number | undefined {
  const version = latestVersions().get(kode);
  if (version === undefined) return undefined;
  const key = { kode, geomVersion: version };
  const held =
    options === null
      ? infoCache().has(versioned(key, ''))
      : geometryCache().has(versioned(key, `${options.simplifyMeters}|${options.precision}`));
  return held ? version : undefined;
}

let geometries: LruCache<string> | undefined;
let infos: LruCache<RegionGeometryInfo> | undefined;
let versions: LruCache<number> | undefined;

/** The geometry version last seen per region (hints for `cachedGeometryVersion`). */
function latestVersions(): LruCache<number> {
  versions ??= new LruCache<number>(Math.floor(config().cache.geometryBytes / 256));
  return versions;
}

/**
 * Simplified boundaries shared by all requests of this process, bounded by GEOMETRY_CACHE_MB.
 * Entries are keyed on the geometry version, so a write never leaves one to be served: the
 * row read in the same request names a new version and the old entry ages out.
 */
function geometryCache(): LruCache<string> {
  geometries ??= new LruCache<string>(
    Number.POSITIVE_INFINITY,
    config().cache.geometryBytes,
    (text) => 2 * text.length + 64,
    'geometry',
  );
  return geometries;
}

/** Inner points and boxes, keyed like the boundaries (about 200 bytes each). */
function infoCache(): LruCache<RegionGeometryInfo> {
  infos ??= new LruCache<RegionGeometryInfo>(Math.floor(config().cache.geometryBytes / 256));
  return infos;
}

/** Empties the process-wide geometry caches (tests, and when the settings change). */
export function clearGeometryCaches(): void {
  geometries = undefined;
  infos = undefined;
  versions = undefined;
}

/** @private */
function optionsOf(key: GeometryKey): string {
  return `${key.simplifyMeters}|${key.precision}`;
}

/** @private */
function versioned(key: { kode: string; geomVersion?: number }, options: string): string {
  return `${key.kode}|${key.geomVersion}|${options}`;
}

/** @private */
function geometryKeyOf(key: GeometryKey): string {
  return `${key.kode}|${key.simplifyMeters}|${key.precision}`;
}
