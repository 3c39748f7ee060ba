import DataLoader from 'dataloader';
import type { MultiPolygon } from 'geojson';
import { db } from '../../db/client.ts';
import type { GeometryOptions, RegionGeometryInfo } from '../../db/postgis.ts';
import { createIndicatorLoaders, type IndicatorLoaders } from '../indicator/indicator.loaders.ts';

export interface GeometryKey extends Required<GeometryOptions> {
  kode: string;
}

export interface RegionLoaders extends IndicatorLoaders {
  geometryInfo: DataLoader<string, RegionGeometryInfo | null>;
  geometry: DataLoader<GeometryKey, MultiPolygon | null, string>;
  /** Kodes of the regions directly below each kode, in kode order. */
  childKodes: DataLoader<string, string[]>;
}

/** Fresh loaders for one request: one statement per batch, results in key order. */
export function createRegionLoaders(): RegionLoaders {
  return {
    ...createIndicatorLoaders(),
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
    geometryInfo: new DataLoader(async (kodes) => {
      const rows = await db.region.geometryInfo(kodes);
      const byKode = new Map(rows.map((row) => [row.kode, row]));
      return kodes.map((kode) => byKode.get(kode) ?? null);
    }),
    // Keys with different options in one batch cost one statement per distinct option pair;
    // a query names only a few, so the count still follows the query, not the rows.
    geometry: new DataLoader(
      async (keys) => {
        const groups = new Map<string, GeometryKey[]>();
        for (const key of keys) {
          const group = `${key.simplifyMeters}|${key.precision}`;
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const found = new Map<string, MultiPolygon>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const first = group[0] as GeometryKey;
            const rows = await db.region.geometryGeoJSON(
              group.map((k) => k.kode),
              { simplifyMeters: first.simplifyMeters, precision: first.precision },
            );
            for (const row of rows)
              found.set(geometryKeyOf({ ...first, kode: row.kode }), row.geometry);
          }),
        );
        return keys.map((key) => found.get(geometryKeyOf(key)) ?? null);
      },
      { cacheKeyFn: geometryKeyOf },
    ),
  };
}

/** @private */
function geometryKeyOf(key: GeometryKey): string {
  return `${key.kode}|${key.simplifyMeters}|${key.precision}`;
}
