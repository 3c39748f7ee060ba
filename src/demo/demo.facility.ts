import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Tx } from '../db/client.ts';
import {
  type FacilityRow,
  type ServiceAreaRow,
  upsertFacilities,
  upsertServiceAreas,
} from '../modules/facility/facility.sql.ts';
import { mulberry32 } from '../random/mulberry32.ts';

// Every facility below is SYNTHETIC: one made-up puskesmas per kecamatan and 2–4 made-up posyandu
// per desa, with invented names, registry codes, RW numbers and positions placed inside the
// synthetic demo polygons. They are not Kabupaten Bekasi's real facilities.
export const syntheticFacilitySource = 'synthetic demo (facility names and locations)';

/** First day of the synthetic work areas. */
const serviceAreaFrom = '2020-01-01';
const posyanduNames = ['Melati', 'Mawar', 'Anggrek', 'Kenanga'];

/**
 * Seeds synthetic facilities for the kecamatan and desa of `kabupaten` that have a boundary: a
 * puskesmas per kecamatan at the kecamatan's label point (ST_PointOnSurface, inside its polygon),
 * in the desa that covers it; 2–4 posyandu per desa at random points inside the desa, under the
 * puskesmas of their kecamatan; and each puskesmas's work area = the desa of its kecamatan, from
 * 2020-01-01. Deterministic: the same seed and polygons give the same rows.
 */
export async function seedFacilities(
  tx: Tx,
  options: { seed: number; kabupaten?: string },
): Promise<{ puskesmas: number; posyandu: number }> {
  const kabupaten = options.kabupaten ?? '32.16';
  const random = mulberry32(options.seed + 4);
  const kecamatan = await tx.$queryRaw<
    { kode: string; nama: string; lon: number; lat: number; desa_kode: string | null }[]
  >`
    SELECT k.kode, k.nama, ST_X(k.label_point) AS lon, ST_Y(k.label_point) AS lat,
           (SELECT d.kode FROM region d
            WHERE d.parent_kode = k.kode AND d.geom IS NOT NULL
              AND ST_Covers(d.geom, k.label_point)
            ORDER BY d.kode LIMIT 1) AS desa_kode
    FROM region k
    WHERE k.level = 'KECAMATAN' AND k.label_point IS NOT NULL
      AND k.kode >= ${kabupaten}::text || '.' AND k.kode < ${kabupaten}::text || '/'
    ORDER BY k.kode`;
  const desa = await tx.$queryRaw<{ kode: string; parent_kode: string; geojson: string }[]>`
    SELECT kode, parent_kode, ST_AsGeoJSON(geom) AS geojson
    FROM region
    WHERE level = 'DESA' AND geom IS NOT NULL
      AND kode >= ${kabupaten}::text || '.' AND kode < ${kabupaten}::text || '/'
    ORDER BY kode`;

  const facilities: FacilityRow[] = [];
  const areas: ServiceAreaRow[] = [];
  const puskesmasOf = new Map<string, string>();
  for (const k of kecamatan) {
    if (k.desa_kode === null) continue;
    const id = `PKM-${k.kode}`;
    puskesmasOf.set(k.kode, id);
    facilities.push({
      id,
      kind: 'PUSKESMAS',
      name: `Puskesmas ${titleCase(k.nama)}`,
      registryCode: `P${k.kode.replaceAll('.', '')}01`,
      desaKode: k.desa_kode,
      puskesmasId: null,
      rw: null,
      active: true,
      longitude: k.lon,
      latitude: k.lat,
      source: syntheticFacilitySource,
    });
  }
  for (const d of desa) {
    const puskesmasId = puskesmasOf.get(d.parent_kode);
    if (puskesmasId === undefined) continue;
    areas.push({ puskesmasId, regionKode: d.kode, validFrom: serviceAreaFrom, validTo: null });
    const geometry = JSON.parse(d.geojson) as Polygon | MultiPolygon;
    const count = 2 + Math.floor(random() * 3);
    for (let n = 1; n <= count; n++) {
      const [longitude, latitude] = pointInside(geometry, random);
      facilities.push({
        id: `PSY-${d.kode}-${n}`,
        kind: 'POSYANDU',
        name: `Posyandu ${posyanduNames[(n - 1) % posyanduNames.length]} ${n}`,
        registryCode: null,
        desaKode: d.kode,
        puskesmasId,
        rw: String(n).padStart(3, '0'),
        active: random() >= 0.05,
        longitude,
        latitude,
        source: syntheticFacilitySource,
      });
    }
  }
  await upsertFacilities(tx, facilities);
  await upsertServiceAreas(tx, areas);
  return { puskesmas: puskesmasOf.size, posyandu: facilities.length - puskesmasOf.size };
}

/**
 * @private A seeded random point strictly inside the polygon: uniform in its bounding box,
 * rejected until inside (the synthetic desa are rectangles, so the first draw almost always is).
 */
function pointInside(geometry: Polygon | MultiPolygon, random: () => number): [number, number] {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const positions = rings.flatMap((polygon) => polygon[0] ?? []);
  const xs = positions.map((p) => p[0] as number);
  const ys = positions.map((p) => p[1] as number);
  const [west, east, south, north] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  for (let attempt = 0; attempt < 1000; attempt++) {
    // 6 decimals (about 10 cm), away from the edges by 5% of the box
    const x = round6(west + (0.05 + 0.9 * random()) * (east - west));
    const y = round6(south + (0.05 + 0.9 * random()) * (north - south));
    if (booleanPointInPolygon([x, y], geometry, { ignoreBoundary: true })) return [x, y];
  }
  throw new Error('no point found inside the polygon');
}

/** @private "CIKARANG BARAT" → "Cikarang Barat"; names already in mixed case stay as they are. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** @private Rounds degrees to 6 decimals. */
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
