import type { Polygon } from 'geojson';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.ts';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { clearGeometryCaches } from '../../src/modules/region/region.loaders.ts';
import { upsertRegions } from '../../src/modules/region/region.sql.ts';
import { graphql } from '../gql/index.ts';
import { execute, plannedAndExecuted, singleResult, viewers } from '../helpers/execute.ts';
import { fixture, loadFixture } from '../helpers/fixtures.ts';
import { startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const kode = '99.01.01.2001';
const original = fixture.squares[kode];

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
});

afterAll(async () => {
  await db.region.setGeometries([{ kode, geometry: original }], 'test fixture');
});

const ShapeQuery = graphql(`
  query Shape($kode: ID!) {
    region(kode: $kode) {
      bbox
      centroid
      geometry(precision: 9)
    }
  }
`);

const versionOf = async (k: string) =>
  (await db.region.findUniqueOrThrow({ where: { kode: k }, select: { geomVersion: true } }))
    .geomVersion;

/** [lon, lat] box as a closed GeoJSON polygon ring. */
const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('geometry version (migration 0008)', () => {
  it('grows by one with each boundary write and not with a name change', async () => {
    const before = await versionOf(kode);
    await db.region.setGeometries([{ kode, geometry: original }], 'test fixture');
    expect(await versionOf(kode)).toBe(before + 1);
    const [row] = await db.region.findMany({
      where: { kode },
      select: { kode: true, nama: true, level: true, jenis: true, parentKode: true, source: true },
    });
    if (!row) throw new Error('fixture desa missing');
    await upsertRegions(db, [{ ...row, nama: `${row.nama} (renamed)` }]);
    await upsertRegions(db, [row]);
    expect(await versionOf(kode)).toBe(before + 1);
  });
});

describe('cached boundaries', () => {
  it('are never served stale: a new boundary shows on the next request', async () => {
    const first = await execute(ShapeQuery, { kode }, { viewer: viewers.analyst });
    expect(first.data?.region?.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [original.coordinates],
    });
    expect(first.data?.region?.bbox).toEqual([100, 0, 100.1, 0.1]);

    // Warm: the same request again is served from the cache …
    await execute(ShapeQuery, { kode }, { viewer: viewers.analyst });
    // … and then the boundary changes under it.
    const moved = square(100.01, 0.02, 100.05, 0.07);
    await db.region.setGeometries([{ kode, geometry: moved }], 'test fixture');
    const after = await execute(ShapeQuery, { kode }, { viewer: viewers.analyst });
    expect(after.data?.region?.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [moved.coordinates],
    });
    expect(after.data?.region?.bbox).toEqual([100.01, 0.02, 100.05, 0.07]);
    const centroid = after.data?.region?.centroid as { coordinates: [number, number] } | null;
    const [x, y] = centroid?.coordinates ?? [Number.NaN, Number.NaN];
    expect(x).toBeGreaterThan(100.01);
    expect(x).toBeLessThan(100.05);
    expect(y).toBeGreaterThan(0.02);
    expect(y).toBeLessThan(0.07);
  });

  it('save the boundary statements of a repeated request, and only those', async () => {
    // Under graphql-js (plans off): cold, the region row, its bbox/inner point and its boundary
    // are three statements; warm, the region row only.
    const { executed } = plannedAndExecuted();
    const document = print(ShapeQuery);
    const unplanned = () =>
      recordStatements(() =>
        executed.executeOperation(
          { query: document, variables: { kode } },
          { contextValue: createContext({ requestId: 'geometry-cache', viewer: viewers.analyst }) },
        ),
      );
    clearGeometryCaches();
    const cold = await unplanned();
    const warm = await unplanned();
    expect(singleResult(warm.result)).toEqual(singleResult(cold.result));
    expect(cold.statements).toHaveLength(3);
    expect(warm.statements).toHaveLength(1);
    expect(warm.statements[0]?.sql).toContain('"region"');
  });

  it('save the boundary reads of a repeated planned detail: one statement, the boundary once', async () => {
    clearGeometryCaches();
    const run = () =>
      recordStatements(() =>
        execute(ShapeQuery, { kode }, { viewer: viewers.analyst, responseCache: false }),
      );
    const cold = await run();
    const warm = await run();
    expect(warm.result).toEqual(cold.result);
    // cold: the region row with its bbox, inner point and boundary; warm: the region row only.
    expect(cold.statements).toHaveLength(1);
    expect(cold.statements[0]?.sql).toMatch(/ST_AsGeoJSON\(\s*CASE/);
    expect(warm.statements).toHaveLength(1);
    expect(warm.statements[0]?.sql).toContain('"region"');
    expect(warm.statements[0]?.sql).not.toMatch(/ST_AsGeoJSON/);
  });
});

describe('GeoJSON text passed through to the HTTP response', () => {
  let http: TestHttp;
  beforeAll(async () => {
    http = await startTestHttp();
  });
  afterAll(async () => {
    await http.close();
  });

  it('is byte for byte what PostGIS wrote, inside valid JSON', async () => {
    const query = `query($kode: ID!) { region(kode: $kode) { kode nama geometry(simplifyMeters: 50, precision: 5) } }`;
    const response = await http.post({ query, variables: { kode: '32.16.01.2001' } });
    expect(response.status).toBe(200);
    const text = await response.text();
    const rows = await db.$queryRaw<{ geojson: string; nama: string }[]>`
      SELECT ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(geom, ${50 / 111_320}::float8)), 5)
               AS geojson, nama
      FROM region WHERE kode = '32.16.01.2001'`;
    const expected = rows[0];
    if (!expected) throw new Error('demo desa 32.16.01.2001 missing');
    expect(text).toContain(`"geometry":${expected.geojson}`);
    expect(JSON.parse(text)).toEqual({
      data: {
        region: {
          kode: '32.16.01.2001',
          nama: expected.nama,
          geometry: JSON.parse(expected.geojson),
        },
      },
    });
  });

  it('leaves strings that look like its markers alone', async () => {
    // A variable echoed in an error message must come back as the client sent it.
    const tricky = '\u0000raw-00000000-0000-0000-0000-000000000000:0';
    const response = await http.post({
      query: 'query($kode: ID!) { region(kode: $kode) { kode } }',
      variables: { kode: tricky },
    });
    const body = (await response.json()) as { errors?: { extensions?: { value?: unknown } }[] };
    expect(body.errors?.[0]?.extensions?.value).toBe(tricky);
  });
});
