import { bboxPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { db } from '../../src/db/client.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { upsertRegions } from '../../src/modules/region/region.sql.ts';

/**
 * A made-up province "99" at the equator whose numbers are small enough to check by hand.
 *
 *   lat 0.2 ┌───────────────────────┬───────────┐
 *           │ 99.01.02.1001 (kel.)  │ 99.01.02. │
 *   lat 0.1 ├───────────┬───────────┤   2002    │
 *           │ 99.01.01. │ 99.01.01. │           │
 *           │   2001    │   2002    │           │
 *   lat 0.0 └───────────┴───────────┴───────────┘
 *        lon 100.0    100.1       100.2       100.3
 *
 * Kecamatan 99.01.01 = the two lower-left squares; 99.01.02 = the L-shape; kabupaten 99.01 =
 * the whole 0.3° × 0.2° rectangle. STUNTING 2023 (source "fixture"): 2001 12/50, 2002 3/40,
 * 1001 0/25, 99.01.02.2002 no data. Source "fixture-b": 2001 5/10.
 */
export const fixture = {
  source: 'fixture',
  period: '2023',
  squares: {
    '99.01.01.2001': box(100.0, 0.0, 100.1, 0.1),
    '99.01.01.2002': box(100.1, 0.0, 100.2, 0.1),
    '99.01.02.1001': box(100.0, 0.1, 100.2, 0.2),
    '99.01.02.2002': box(100.2, 0.0, 100.3, 0.2),
  },
} as const;

let loaded: Promise<void> | undefined;

/** Loads the fixture province once per run through the same functions the importers use. */
export function loadFixture(): Promise<void> {
  loaded ??= (async () => {
    const row = (
      kode: string,
      nama: string,
      level: 'PROVINSI' | 'KABUPATEN' | 'KECAMATAN' | 'DESA',
    ) => ({
      kode,
      nama,
      level,
      jenis:
        level === 'DESA' ? (kode[9] === '1' ? ('KELURAHAN' as const) : ('DESA' as const)) : null,
      parentKode: kode.includes('.') ? kode.slice(0, kode.lastIndexOf('.')) : null,
      source: 'test fixture',
    });
    await upsertRegions(db, [
      row('99', 'FIXTURE PROVINSI', 'PROVINSI'),
      row('99.01', 'KABUPATEN FIXTURE', 'KABUPATEN'),
      row('99.01.01', 'Kecamatan Satu', 'KECAMATAN'),
      row('99.01.02', 'Kecamatan Dua', 'KECAMATAN'),
      row('99.01.01.2001', 'Desa Satu', 'DESA'),
      row('99.01.01.2002', 'Desa Dua', 'DESA'),
      row('99.01.02.1001', 'Kelurahan Tiga', 'DESA'),
      row('99.01.02.2002', 'Desa Empat', 'DESA'),
    ]);
    await db.region.setGeometries(
      [
        ...Object.entries(fixture.squares).map(([kode, geometry]) => ({ kode, geometry })),
        { kode: '99.01.01', geometry: box(100.0, 0.0, 100.2, 0.1) },
        {
          kode: '99.01.02',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [100.0, 0.1],
                [100.2, 0.1],
                [100.2, 0.0],
                [100.3, 0.0],
                [100.3, 0.2],
                [100.0, 0.2],
                [100.0, 0.1],
              ],
            ],
          },
        },
        { kode: '99.01', geometry: box(100.0, 0.0, 100.3, 0.2) },
      ],
      'test fixture',
    );
    const count = (
      kode: string,
      numerator: number,
      denominator: number,
      source: string = fixture.source,
    ) => ({
      kode,
      code: 'STUNTING',
      period: fixture.period,
      source,
      numerator,
      denominator,
      value: null,
      ciLow: null,
      ciHigh: null,
      se: null,
      method: null,
    });
    await upsertIndicatorValues(db, [
      count('99.01.01.2001', 12, 50),
      count('99.01.01.2002', 3, 40),
      count('99.01.02.1001', 0, 25),
      count('99.01.01.2001', 5, 10, 'fixture-b'),
      {
        kode: '99.01',
        code: 'STUNTING_SURVEY',
        period: fixture.period,
        source: 'fixture survey',
        numerator: null,
        denominator: null,
        value: 18.4,
        ciLow: 15.1,
        ciHigh: 22.2,
        se: 1.8,
        method: 'direct',
      },
    ]);
  })();
  return loaded;
}

/** @private An axis-aligned lon/lat box as a counter-clockwise GeoJSON Polygon. */
function box(west: number, south: number, east: number, north: number): Polygon {
  return bboxPolygon([west, south, east, north]).geometry;
}
