import { hint } from '@mapbox/geojsonhint';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import Pbf from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureId, tileOf } from '../../src/modules/tiles/tiles.math.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { type GraphQLBody, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  http = await startTestHttp();
});

afterAll(async () => {
  await http.close();
});

const get = (path: string) => fetch(`${http.url}${path}`);

const collection = async (path: string) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { response, text, json: JSON.parse(text) as FeatureCollection<MultiPolygon> };
};

/** Signed area of a ring (shoelace, degrees²): positive when counter-clockwise. */
const signedArea = (ring: number[][]) =>
  ring.reduce((sum, [x1 = 0, y1 = 0], i) => {
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
    return sum + (x1 * y2 - x2 * y1) / 2;
  }, 0);

describe('GET /geojson/{level}', () => {
  it('gives the desa of a kabupaten as an RFC 7946 FeatureCollection that geojsonhint passes', async () => {
    const { response, text, json } = await collection(
      '/geojson/desa?parentKode=32.16&indicator=STUNTING&period=2023',
    );
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(hint(text)).toEqual([]);
    expect(json.type).toBe('FeatureCollection');
    expect(json.features).toHaveLength(187);
    for (const feature of json.features) {
      const kode = String(feature.properties?.kode);
      expect(feature.id).toBe(featureId(kode));
      expect(kode.startsWith('32.16.')).toBe(true);
      expect(Object.keys(feature.properties ?? {})).toEqual([
        'kode',
        'nama',
        'value',
        'suppressed',
        'class',
      ]);
      expect(feature.geometry.type).toBe('MultiPolygon');
      // Right-hand rule: exterior rings counter-clockwise, holes clockwise.
      for (const polygon of feature.geometry.coordinates) {
        polygon.forEach((ring, i) => {
          expect(Math.sign(signedArea(ring))).toBe(i === 0 ? 1 : -1);
        });
      }
    }
  });

  it('carries the same ids and properties as the vector tiles', async () => {
    const search = 'indicator=STUNTING&period=2023&parentKode=99.01';
    const { json } = await collection(`/geojson/desa?${search}`);
    const t = tileOf(100.15, 0.1, 9);
    const response = await get(`/tiles/desa/${t.z}/${t.x}/${t.y}.mvt?${search}`);
    const layer = new VectorTile(new Pbf(new Uint8Array(await response.arrayBuffer()))).layers.desa;
    const fromTile = Array.from({ length: layer?.length ?? 0 }, (_, i) => layer?.feature(i));
    expect(fromTile.map((f) => f?.id).sort()).toEqual(json.features.map((f) => f.id).sort());
    for (const feature of json.features) {
      const tileFeature = fromTile.find((f) => f?.id === feature.id);
      const withoutNulls = Object.fromEntries(
        Object.entries(feature.properties ?? {}).filter(([, v]) => v !== null),
      );
      expect(tileFeature?.properties).toEqual(withoutNulls);
    }
    const byKode = Object.fromEntries(json.features.map((f) => [f.properties?.kode, f.properties]));
    expect(byKode['99.01.01.2001']).toEqual({
      kode: '99.01.01.2001',
      nama: 'Desa Satu',
      value: null,
      suppressed: true,
      class: null,
    });
    // 0 of 25 is not small, but in the two-kecamatan fixture it protects 99.01.01 (secondary).
    expect(byKode['99.01.02.1001']).toMatchObject({ value: null, suppressed: true, class: null });
  });

  it('rounds coordinates to `precision` and simplifies by `simplifyMeters`, still valid', async () => {
    const full = await collection('/geojson/kecamatan?parentKode=32.16');
    const coarse = await collection(
      '/geojson/kecamatan?parentKode=32.16&precision=3&simplifyMeters=500',
    );
    expect(hint(coarse.text)).toEqual([]);
    const decimals = coarse.json.features
      .flatMap((f) => f.geometry.coordinates.flat(2))
      .flat()
      .map((n) => String(n).split('.')[1]?.length ?? 0);
    expect(Math.max(...decimals)).toBeLessThanOrEqual(3);
    expect(coarse.text.length).toBeLessThan(full.text.length);
    expect(Object.keys(full.json.features[0]?.properties ?? {})).toEqual(['kode', 'nama']);
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get('/geojson/kecamatan?parentKode=32.16');
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${http.url}/geojson/kecamatan?parentKode=32.16`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it.each([
    ['an unknown level', '/geojson/rt'],
    ['precision out of range', '/geojson/desa?parentKode=32.16&precision=16'],
    ['a fractional precision', '/geojson/desa?parentKode=32.16&precision=2.5'],
    ['simplifyMeters out of range', '/geojson/desa?parentKode=32.16&simplifyMeters=20000'],
    ['a period without an indicator', '/geojson/desa?parentKode=32.16&period=2023'],
    ['a parentKode below the level', '/geojson/kecamatan?parentKode=32.16.01'],
  ])('answers %s with 400 BAD_USER_INPUT', async (_what, path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
