import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.ts';
import { connection, db } from '../../src/db/client.ts';
import { metresPerDegree } from '../../src/db/generalised.ts';
import { seedDemo } from '../../src/demo/demo.seed.ts';
import { importBoundaries } from '../../src/modules/region/region.import.ts';
import { clearGeometryCaches } from '../../src/modules/region/region.loaders.ts';
import { tileOf, toleranceDegrees } from '../../src/modules/tiles/tiles.math.ts';
import {
  type LayerQuery,
  renderTile,
  type TileEncoder,
} from '../../src/modules/tiles/tiles.render.ts';
import { layerShapes } from '../../src/modules/tiles/tiles.scope.ts';
import { graphql } from '../gql/index.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { openFreshDatabase } from '../helpers/freshDatabase.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// A database of this file's own with the real Bekasi boundaries (what `npm start` shows), so the
// simplifications compared below are of real, detailed shapes rather than rectangles.
let fresh: Awaited<ReturnType<typeof openFreshDatabase>> | undefined;
beforeAll(async () => {
  await testDatabase();
  fresh = await openFreshDatabase();
  await seedDemo();
}, 600_000);
afterAll(async () => {
  await fresh?.close();
});

const slow = 300_000;
const actor = { actor: 'generalised-test', role: 'ADMIN', requestId: null };
const meterSteps = [10, 20, 30, 50, 100];
const zoomSteps = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const encoders: TileEncoder[] = connection().capabilities.mvt
  ? ['postgis', 'in-process']
  : ['in-process'];

interface Step {
  tolerance: number;
  label: string;
}
const ladder = () =>
  db.$queryRaw<Step[]>`SELECT tolerance, label FROM generalisation_tolerance ORDER BY tolerance`;
const storedCount = async () =>
  Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM region_generalised`)[0]?.n);
const boundaryCount = async () =>
  Number(
    (
      await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM region WHERE geom IS NOT NULL`
    )[0]?.n,
  );
const desaKodes = async () =>
  (
    await db.region.findMany({
      where: { level: 'DESA', kode: { startsWith: '32.16.' } },
      select: { kode: true },
      orderBy: { kode: 'asc' },
    })
  ).map((r) => r.kode);

const ChoroplethShapes = graphql(`
  query GeneralisedChoropleth($simplifyMeters: Float!) {
    choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") {
      featureCollection(simplifyMeters: $simplifyMeters, precision: 5)
    }
  }
`);

const RegionShape = graphql(`
  query GeneralisedRegion($kode: ID!, $simplifyMeters: Float!) {
    region(kode: $kode) {
      geometry(simplifyMeters: $simplifyMeters, precision: 9)
    }
  }
`);

/**
 * Everything the readers answer at the tolerances of the ladder and one beside it: boundary text
 * of the GraphQL geometry loader, the choropleth's featureCollection, /geojson's shapes and the
 * tiles of every encoder this database has.
 */
async function answers(): Promise<Record<string, unknown>> {
  clearGeometryCaches();
  const kodes = await desaKodes();
  const out: Record<string, unknown> = {};
  for (const simplifyMeters of [...meterSteps, 37]) {
    for (const precision of [5, 6, 9]) {
      out[`geometryText ${simplifyMeters} m, ${precision} digits`] = (
        await db.region.geometryText(kodes, { simplifyMeters, precision })
      ).map((row) => `${row.kode} ${row.geomVersion} ${row.geojson}`);
    }
    const kecamatan = { layer: 'kecamatan' as const, parentKode: '32.16' };
    out[`geojson kecamatan ${simplifyMeters} m`] = await layerShapes(
      kecamatan,
      simplifyMeters / metresPerDegree,
      6,
      5001,
    );
    const result = await execute(
      ChoroplethShapes,
      { simplifyMeters },
      { viewer: viewers.analyst, responseCache: false },
    );
    expect(result.errors).toBeUndefined();
    out[`choropleth ${simplifyMeters} m`] = result.data?.choropleth?.featureCollection;
  }
  const layers: LayerQuery[] = [
    { layer: 'desa', parentKode: null, indicator: null, period: null },
    { layer: 'kecamatan', parentKode: '32.16', indicator: null, period: null },
  ];
  for (const z of [8, 10, 12, 13]) {
    const tile = tileOf(107.13, -6.25, z);
    for (const query of layers) {
      for (const encoder of encoders) {
        const bytes = await renderTile(createContext({}), query, tile, 'v', encoder);
        out[`tile ${query.layer} ${z}/${tile.x}/${tile.y} ${encoder}`] =
          Buffer.from(bytes).toString('base64');
      }
    }
  }
  return out;
}

describe('the generalisation ladder (migration 0015)', () => {
  it('holds exactly the tolerances the readers compute: simplifyMeters and tile zooms', async () => {
    const steps = await ladder();
    const expected = [
      ...meterSteps.map((m) => ({ tolerance: m / metresPerDegree, label: `simplifyMeters ${m}` })),
      ...zoomSteps.map((z) => ({ tolerance: toleranceDegrees(z), label: `tile z${z}` })),
    ].sort((a, b) => a.tolerance - b.tolerance);
    // Exact float equality: a reader's tolerance finds its step only if every bit agrees.
    expect(steps).toEqual(expected);
  });

  it('stores every boundary at every step, of its current geometry version', async () => {
    const boundaries = await boundaryCount();
    expect(boundaries).toBe(1 + 23 + 187);
    expect(await storedCount()).toBe(boundaries * (meterSteps.length + zoomSteps.length));
    const stale = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM region_generalised g JOIN region r ON r.kode = g.kode
      WHERE g.geom_version <> r.geom_version`;
    expect(Number(stale[0]?.n)).toBe(0);
  });

  it('stores what ST_SimplifyPreserveTopology gives, bit for bit (WKB)', async () => {
    const rows = await db.$queryRaw<{ n: bigint; same: bigint }[]>`
      SELECT count(*) AS n,
             count(*) FILTER (WHERE ST_AsEWKB(g.geom)
                                    = ST_AsEWKB(ST_SimplifyPreserveTopology(r.geom, g.tolerance))) AS same
      FROM region_generalised g JOIN region r ON r.kode = g.kode`;
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    expect(Number(rows[0]?.same)).toBe(Number(rows[0]?.n));
  });
});

describe('readers of the stored generalisation', () => {
  it(
    'answer byte for byte what computing on the fly answers (GraphQL, choropleth, /geojson, tiles)',
    async () => {
      const stored = await answers();
      const steps = await ladder();
      const count = await storedCount();
      // Without the ladder every reader computes as before this migration.
      await db.$executeRaw`DELETE FROM generalisation_tolerance`;
      expect(await storedCount()).toBe(0);
      const computed = await answers();
      // Putting the ladder back fills it again, the way the migration back-fills a database.
      await db.$executeRaw`
        INSERT INTO generalisation_tolerance (tolerance, label)
        SELECT * FROM unnest(${steps.map((s) => s.tolerance)}::float8[],
                             ${steps.map((s) => s.label)}::text[])`;
      expect(await storedCount()).toBe(count);
      // 6 tolerances x (3 precisions + /geojson + choropleth), 4 zooms x 2 layers x encoders.
      expect(Object.keys(stored).length).toBe(6 * 5 + 4 * 2 * encoders.length);
      expect(Object.values(stored).every((answer) => answer && String(answer).length > 0)).toBe(
        true,
      );
      for (const key of Object.keys(computed)) {
        expect({ key, answer: stored[key] }).toEqual({ key, answer: computed[key] });
      }
    },
    slow,
  );

  it('read the stored rows for a tolerance on the ladder and compute one off it', async () => {
    const [kode] = await desaKodes();
    if (!kode) throw new Error('no desa');
    const shape = async (simplifyMeters: number) => {
      clearGeometryCaches();
      const result = await execute(
        RegionShape,
        { kode, simplifyMeters },
        { viewer: viewers.analyst, responseCache: false },
      );
      expect(result.errors).toBeUndefined();
      return JSON.stringify(result.data?.region?.geometry);
    };
    const computedAt = async (simplifyMeters: number) =>
      (
        await db.$queryRaw<{ geojson: string }[]>`
          SELECT ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(geom, ${simplifyMeters / metresPerDegree}::float8)), 9) AS geojson
          FROM region WHERE kode = ${kode}`
      )[0]?.geojson;
    const envelopeAt50 = await db.$queryRaw<{ geojson: string }[]>`
      SELECT ST_AsGeoJSON(ST_Multi(ST_Envelope(geom)), 9) AS geojson FROM region WHERE kode = ${kode}`;
    // A marked stored row (its box instead of its shape) shows whether the reader used it.
    await db.$executeRaw`
      UPDATE region_generalised g SET geom = ST_Multi(ST_Envelope(r.geom))
      FROM region r, generalisation_tolerance t
      WHERE g.kode = ${kode} AND r.kode = g.kode AND t.tolerance = g.tolerance
        AND t.label = 'simplifyMeters 50'`;
    try {
      expect(await shape(50)).toBe(JSON.stringify(JSON.parse(envelopeAt50[0]?.geojson ?? '')));
      // 37 m is off the ladder: computed, and equal to PostGIS's own answer.
      expect(await shape(37)).toBe(JSON.stringify(JSON.parse((await computedAt(37)) ?? '')));
      expect(await shape(37)).not.toBe(await shape(30));
    } finally {
      await db.$executeRaw`
        UPDATE region_generalised g SET geom = ST_SimplifyPreserveTopology(r.geom, g.tolerance)
        FROM region r WHERE g.kode = ${kode} AND r.kode = g.kode`;
    }
    expect(await shape(50)).toBe(JSON.stringify(JSON.parse((await computedAt(50)) ?? '')));
  });
});

describe('a boundary write', () => {
  const square = (w: number, s: number, size: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w + size, s],
        [w + size, s + size],
        [w, s + size],
        [w, s],
      ],
    ],
  });
  const storedOf = (kode: string, client: Pick<typeof db, '$queryRaw'> = db) =>
    client.$queryRaw<{ version: number; rows: bigint; same: bigint }[]>`
      SELECT r.geom_version AS version, count(g.kode) AS rows,
             count(g.kode) FILTER (WHERE g.geom_version = r.geom_version
               AND ST_AsEWKB(g.geom) = ST_AsEWKB(ST_SimplifyPreserveTopology(r.geom, g.tolerance))) AS same
      FROM region r LEFT JOIN region_generalised g ON g.kode = r.kode
      WHERE r.kode = ${kode} GROUP BY r.geom_version`;
  const steps = meterSteps.length + zoomSteps.length;

  it('refreshes the stored rows in its own transaction, and a rollback keeps the old ones', async () => {
    const [kode] = await desaKodes();
    if (!kode) throw new Error('no desa');
    const [before] = await storedOf(kode);
    expect(Number(before?.same)).toBe(steps);
    await expect(
      db.$transaction(async (tx) => {
        await tx.region.setGeometries([{ kode, geometry: square(107.1, -6.3, 0.01) }], 'test');
        const [inside] = await storedOf(kode, tx);
        expect(inside?.version).toBe((before?.version ?? 0) + 1);
        expect(Number(inside?.rows)).toBe(steps);
        expect(Number(inside?.same)).toBe(steps);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await storedOf(kode)).toEqual([before]);
  });

  it('through the boundary import, stores the new shape under the new version', async () => {
    const kode = (await desaKodes())[1];
    if (!kode) throw new Error('no desa');
    const [before] = await storedOf(kode);
    await importBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { kode },
            geometry: square(107.2, -6.2, 0.02),
          },
        ],
      },
      { source: 'generalised test' },
      actor,
    );
    const [after] = await storedOf(kode);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    expect(Number(after?.same)).toBe(steps);
  });

  it('clearing a boundary removes its stored rows', async () => {
    const kode = (await desaKodes())[2];
    if (!kode) throw new Error('no desa');
    expect(Number((await storedOf(kode))[0]?.rows)).toBe(steps);
    // What `npm run demo:remove` does to a synthetic boundary.
    await db.$executeRaw`UPDATE region SET geom = NULL WHERE kode = ${kode}`;
    expect(Number((await storedOf(kode))[0]?.rows)).toBe(0);
  });
});
