import { VectorTile } from '@mapbox/vector-tile';
import type { Polygon } from 'geojson';
import Pbf from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicViewer, type Viewer } from '../../src/auth/viewer.ts';
import { createContext } from '../../src/context.ts';
import { connection, db } from '../../src/db/client.ts';
import { featureId, tileOf } from '../../src/modules/tiles/tiles.math.ts';
import {
  type LayerQuery,
  layerVersion,
  renderTile,
  type TileEncoder,
} from '../../src/modules/tiles/tiles.render.ts';
import { viewers } from '../helpers/execute.ts';
import { fixture, loadFixture } from '../helpers/fixtures.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);
if (!onPostgres) {
  console.log(
    '[test] skipping the ST_AsMVT comparison: the embedded PostGIS has no ST_AsMVT (set DATABASE_URL to run it)',
  );
}

let http: TestHttp;
let adminToken: string;
let analystToken: string;

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  http = await startTestHttp();
  adminToken = await signToken({ role: 'ADMIN' });
  analystToken = await signToken({ role: 'ANALYST' });
});

afterAll(async () => {
  await http.close();
});

// All of Kabupaten Bekasi lies in one z8 tile; the fixture province "99" in one z9 tile.
const bekasiTile = tileOf(107.13, -6.2, 8);
const fixtureTile = tileOf(100.15, 0.1, 9);
const withStunting = 'indicator=STUNTING&period=2023';

interface DecodedFeature {
  id: number | undefined;
  properties: Record<string, string | number | boolean>;
  /** [minX, minY, maxX, maxY] in tile units. */
  bbox: [number, number, number, number];
}

interface DecodedLayer {
  name: string;
  extent: number;
  version: number;
  features: DecodedFeature[];
}

/** Decodes a vector tile with @mapbox/vector-tile, features in id order. */
function decode(bytes: Uint8Array | ArrayBuffer): Record<string, DecodedLayer> {
  const tile = new VectorTile(new Pbf(new Uint8Array(bytes)));
  const layers: Record<string, DecodedLayer> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: DecodedFeature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      const points = feature.loadGeometry().flat();
      features.push({
        id: feature.id,
        properties: feature.properties,
        bbox: [
          Math.min(...points.map((p) => p.x)),
          Math.min(...points.map((p) => p.y)),
          Math.max(...points.map((p) => p.x)),
          Math.max(...points.map((p) => p.y)),
        ],
      });
    }
    features.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    layers[name] = { name, extent: layer.extent, version: layer.version, features };
  }
  return layers;
}

const tileUrl = (layer: string, t: { z: number; x: number; y: number }, search = '') =>
  `${http.url}/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt${search ? `?${search}` : ''}`;

const fetchTile = async (url: string, init: { token?: string; etag?: string } = {}) => {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.etag) headers['if-none-match'] = init.etag;
  const response = await fetch(url, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, layers: response.status === 200 ? decode(bytes) : {} };
};

const graphqlData = async <T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) => {
  const response = await http.post({ query, variables }, { token });
  const body = (await response.json()) as GraphQLBody;
  expect(body.errors).toBeUndefined();
  return body.data as T;
};

const choroplethOf = (parentKode: string, token?: string) =>
  graphqlData<{
    choropleth: {
      regions: {
        kode: string;
        value: number | null;
        classIndex: number | null;
        suppressed: boolean;
      }[];
    };
  }>(
    `query ($parentKode: ID!) {
      choropleth(level: DESA, parentKode: $parentKode, indicator: "STUNTING", period: "2023") {
        regions { kode value classIndex suppressed }
      }
    }`,
    { parentKode },
    token,
  );

/** The properties a tile should carry for a choropleth region (nulls left out). */
const expectedProperties = (
  region: { kode: string; value: number | null; classIndex: number | null; suppressed: boolean },
  nama: string,
) => ({
  kode: region.kode,
  nama,
  suppressed: region.suppressed,
  ...(region.value === null ? {} : { value: Math.round(region.value * 100) / 100 }),
  ...(region.classIndex === null ? {} : { class: region.classIndex }),
});

const namesOf = async (kodes: string[]) =>
  new Map(
    (
      await db.region.findMany({
        where: { kode: { in: kodes } },
        select: { kode: true, nama: true },
      })
    ).map((r) => [r.kode, r.nama]),
  );

describe('GET /tiles/{layer}.json', () => {
  it('describes a layer as TileJSON 3.0.0 with absolute tile URLs that keep the query', async () => {
    const response = await fetch(`${http.url}/tiles/desa.json?parentKode=32.16&${withStunting}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const body = (await response.json()) as Record<string, unknown> & {
      bounds: number[];
      vector_layers: { id: string; fields: Record<string, string> }[];
    };
    expect(body).toMatchObject({
      tilejson: '3.0.0',
      scheme: 'xyz',
      minzoom: 0,
      maxzoom: 16,
      tiles: [
        `${http.url}/tiles/desa/{z}/{x}/{y}.mvt?parentKode=32.16&indicator=STUNTING&period=2023`,
      ],
    });
    const [west, south, east, north] = body.bounds as [number, number, number, number];
    expect(west).toBeGreaterThan(106.9);
    expect(east).toBeLessThan(107.4);
    expect(south).toBeGreaterThan(-6.6);
    expect(north).toBeLessThan(-5.8);
    expect(body.vector_layers[0]?.id).toBe('desa');
    expect(Object.keys(body.vector_layers[0]?.fields ?? {})).toEqual([
      'kode',
      'nama',
      'value',
      'suppressed',
      'class',
    ]);
  });

  it('answers an unknown layer with 400 BAD_USER_INPUT', async () => {
    const response = await fetch(`${http.url}/tiles/provinces.json`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('GET /tiles/{layer}/{z}/{x}/{y}.mvt', () => {
  it('serves regions with kode, nama and a numeric id from the kode digits', async () => {
    const { response, layers } = await fetchTile(tileUrl('desa', bekasiTile));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(response.headers.get('x-tile-encoder')).toBe(onPostgres ? 'postgis' : 'in-process');
    expect(Object.keys(layers)).toEqual(['desa']);
    const desa = layers.desa as DecodedLayer;
    expect(desa.extent).toBe(4096);
    expect(desa.version).toBe(2);
    expect(desa.features).toHaveLength(187);
    const names = await namesOf(desa.features.map((f) => String(f.properties.kode)));
    for (const feature of desa.features) {
      const kode = String(feature.properties.kode);
      expect(feature.id).toBe(featureId(kode));
      expect(feature.properties).toEqual({ kode, nama: names.get(kode) });
    }
  });

  it('adds value, suppressed and class as Query.choropleth gives them to the same viewer', async () => {
    const { layers } = await fetchTile(tileUrl('desa', bekasiTile, withStunting));
    const features = layers.desa?.features ?? [];
    const { choropleth } = await choroplethOf('32.16');
    const names = await namesOf(choropleth.regions.map((r) => r.kode));
    expect(features.map((f) => f.properties)).toEqual(
      choropleth.regions.map((r) => expectedProperties(r, names.get(r.kode) ?? '')),
    );
    const suppressed = features.filter((f) => f.properties.suppressed === true);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const feature of suppressed) expect(feature.properties.value).toBeUndefined();
    const classes = new Set(features.map((f) => f.properties.class).filter((c) => c !== undefined));
    expect([...classes].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('shows an analyst what the public tile suppresses, privately', async () => {
    const url = tileUrl('desa', fixtureTile, withStunting);
    const anonymous = await fetchTile(url);
    const analyst = await fetchTile(url, { token: analystToken });
    const byKode = (layers: Record<string, DecodedLayer>) =>
      Object.fromEntries(
        (layers.desa?.features ?? []).map((f) => [f.properties.kode, f.properties]),
      );
    expect(byKode(anonymous.layers)['99.01.01.2001']).toEqual({
      kode: '99.01.01.2001',
      nama: 'Desa Satu',
      suppressed: true,
    });
    expect(byKode(analyst.layers)['99.01.01.2001']).toMatchObject({ value: 24, suppressed: false });
    expect(byKode(analyst.layers)['99.01.01.2002']).toMatchObject({
      value: 7.5,
      suppressed: false,
    });
    expect(anonymous.response.headers.get('cache-control')).toBe(
      'public, max-age=30, must-revalidate',
    );
    expect(analyst.response.headers.get('cache-control')).toBe(
      'private, max-age=30, must-revalidate',
    );
    expect(analyst.response.headers.get('etag')).not.toBe(anonymous.response.headers.get('etag'));
  });

  it('answers a tile without regions with 204', async () => {
    const { response } = await fetchTile(tileUrl('desa', { z: 4, x: 0, y: 0 }));
    expect(response.status).toBe(204);
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it.each([
    ['layer', '/tiles/provinsi/8/204/132.mvt'],
    ['zoom above 22', '/tiles/desa/23/0/0.mvt'],
    ['x outside the zoom', '/tiles/desa/8/256/132.mvt'],
    ['a negative y', '/tiles/desa/8/204/-1.mvt'],
    ['a non-integer', '/tiles/desa/8/2.5/132.mvt'],
    ['a malformed path', '/tiles/desa/8/204.mvt'],
    ['a malformed period', `/tiles/desa/8/204/132.mvt?indicator=STUNTING&period=2023-13`],
    ['an indicator without a period', '/tiles/desa/8/204/132.mvt?indicator=STUNTING'],
    ['an unknown indicator', '/tiles/desa/8/204/132.mvt?indicator=NOPE&period=2023'],
    ['a malformed parentKode', '/tiles/desa/8/204/132.mvt?parentKode=32-16'],
    ['a parentKode not above the layer', '/tiles/kecamatan/8/204/132.mvt?parentKode=32.16.01'],
  ])('answers %s with 400 BAD_USER_INPUT', async (_what, path) => {
    const response = await fetch(`${http.url}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses other methods than GET and HEAD with 405', async () => {
    const response = await fetch(tileUrl('desa', bekasiTile), { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('tile caching', () => {
  const url = () => tileUrl('desa', fixtureTile, withStunting);
  const featureOf = (layers: Record<string, DecodedLayer>, kode: string) =>
    layers.desa?.features.find((f) => f.properties.kode === kode);

  const upsert = (numerator: number) =>
    graphqlData<{ upsertIndicatorValues: { changed: number } }>(
      `mutation ($values: [IndicatorValueInput!]!) { upsertIndicatorValues(values: $values) { changed } }`,
      {
        values: [
          {
            kode: '99.01.02.1001',
            indicator: 'STUNTING',
            period: fixture.period,
            source: fixture.source,
            numerator,
            denominator: 25,
          },
        ],
      },
      adminToken,
    );

  const importBox = (kode: string, box: Polygon) =>
    graphqlData<{ importBoundaries: { __typename: string } }>(
      `mutation ($fc: GeoJSON!) { importBoundaries(featureCollection: $fc, source: "test fixture") { __typename } }`,
      {
        fc: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { kode }, geometry: box }],
        },
      },
      adminToken,
    );

  it('answers a matching If-None-Match with 304 and the same validators', async () => {
    const first = await fetchTile(url());
    const etag = first.response.headers.get('etag') ?? '';
    const again = await fetchTile(url(), { etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('etag')).toBe(etag);
    expect(again.response.headers.get('cache-control')).toBe('public, max-age=30, must-revalidate');
    expect(again.bytes.byteLength).toBe(0);
  });

  it('changes the ETag and the content after an indicator write (no stale tile)', async () => {
    // As ADMIN: for the public, 0 of 25 in 99.01.02.1001 is a secondary cell of the fixture.
    const before = await fetchTile(url(), { token: adminToken });
    const etag = before.response.headers.get('etag') ?? '';
    expect(featureOf(before.layers, '99.01.02.1001')?.properties.value).toBe(0);
    try {
      expect((await upsert(10)).upsertIndicatorValues.changed).toBe(1);
      const after = await fetchTile(url(), { token: adminToken, etag });
      expect(after.response.status).toBe(200);
      expect(after.response.headers.get('etag')).not.toBe(etag);
      expect(featureOf(after.layers, '99.01.02.1001')?.properties.value).toBe(40);
    } finally {
      await upsert(0);
    }
    const restored = await fetchTile(url(), { token: adminToken, etag });
    expect(featureOf(restored.layers, '99.01.02.1001')?.properties.value).toBe(0);
  });

  it('changes the ETag and the content after a boundary import (no stale tile)', async () => {
    const kode = '99.01.02.2002';
    const before = await fetchTile(url());
    const etag = before.response.headers.get('etag') ?? '';
    const wide = featureOf(before.layers, kode)?.bbox ?? [0, 0, 0, 0];
    try {
      await importBox(kode, {
        type: 'Polygon',
        coordinates: [
          [
            [100.2, 0.0],
            [100.25, 0.0],
            [100.25, 0.2],
            [100.2, 0.2],
            [100.2, 0.0],
          ],
        ],
      });
      const after = await fetchTile(url(), { etag });
      expect(after.response.status).toBe(200);
      expect(after.response.headers.get('etag')).not.toBe(etag);
      const narrow = featureOf(after.layers, kode)?.bbox ?? [0, 0, 0, 0];
      expect(narrow[0]).toBeCloseTo(wide[0], -1);
      // Half as wide: 0.05° instead of 0.1° (a z9 tile is ~0.7° = 4096 units).
      expect(narrow[2] - narrow[0]).toBeLessThan(0.6 * (wide[2] - wide[0]));
    } finally {
      await importBox(kode, fixture.squares[kode]);
    }
  });
});

describe.skipIf(!onPostgres)('tile encoders', () => {
  const tiles = [
    { name: 'Bekasi z8', tile: bekasiTile },
    { name: 'central Bekasi z11', tile: tileOf(107.13, -6.2, 11) },
    { name: 'Bekasi edge z12', tile: tileOf(107.0, -6.1, 12) },
    { name: 'fixture z9', tile: fixtureTile },
    { name: 'fixture corner z12', tile: tileOf(100.2, 0.1, 12) },
  ];
  const queries: { name: string; query: LayerQuery; viewer: Viewer }[] = [
    {
      name: 'desa',
      query: { layer: 'desa', parentKode: null, indicator: null, period: null },
      viewer: publicViewer,
    },
    {
      name: 'desa STUNTING (public)',
      query: { layer: 'desa', parentKode: null, indicator: 'STUNTING', period: '2023' },
      viewer: publicViewer,
    },
    {
      name: 'kecamatan STUNTING (analyst)',
      query: { layer: 'kecamatan', parentKode: null, indicator: 'STUNTING', period: '2023' },
      viewer: viewers.analyst,
    },
    {
      name: 'kabupaten STUNTING_SURVEY',
      query: { layer: 'kabupaten', parentKode: null, indicator: 'STUNTING_SURVEY', period: '2023' },
      viewer: publicViewer,
    },
  ];

  it('runs on a database with ST_AsMVT', () => {
    expect(connection().capabilities.mvt).toBe(true);
  });

  it.each(
    tiles.flatMap((t) => queries.map((q) => ({ ...t, ...q, label: `${q.name} in ${t.name}` }))),
  )('ST_AsMVT and the in-process encoder agree on ids and properties: $label', async (c) => {
    const { version } = await layerVersion(c.query);
    const render = async (encoder: TileEncoder) =>
      decode(
        await renderTile(createContext({ viewer: c.viewer }), c.query, c.tile, version, encoder),
      );
    const postgis = await render('postgis');
    const inProcess = await render('in-process');
    expect(Object.keys(inProcess)).toEqual(Object.keys(postgis));
    const a = postgis[c.query.layer]?.features ?? [];
    const b = inProcess[c.query.layer]?.features ?? [];
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    expect(b.map((f) => f.properties)).toEqual(a.map((f) => f.properties));
    expect(inProcess[c.query.layer]?.extent ?? 4096).toBe(postgis[c.query.layer]?.extent ?? 4096);
    // The shapes come from different clippers; on these rectangles they agree to a few units.
    a.forEach((feature, i) => {
      const other = b[i]?.bbox ?? [0, 0, 0, 0];
      feature.bbox.forEach((v, j) => {
        expect(Math.abs(v - (other[j] ?? 0)), `${feature.properties.kode}`).toBeLessThanOrEqual(2);
      });
    });
  });
});
