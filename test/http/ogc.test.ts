import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Feature, FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { clearTableProtections } from '../../src/modules/indicator/indicator.disclosure.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const run = promisify(execFile);

// GDAL's OGC API – Features driver (OAPIF), the library under QGIS's OGC support.
const haveGdal = await run('ogrinfo', ['--version']).then(
  () => true,
  () => false,
);
if (!haveGdal) {
  console.log(
    '[test] skipping the GDAL client tests of /ogc: ogrinfo is absent (apt-get install gdal-bin)',
  );
}

interface Link {
  href: string;
  rel: string;
  type?: string;
}
type Page = FeatureCollection & {
  links: Link[];
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
};

let http: TestHttp;
let analyst: string;

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  http = await startTestHttp();
  analyst = await signToken({ role: 'ANALYST' });
});

afterAll(async () => {
  await http.close();
});

const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(path.startsWith('http') ? path : `${http.url}${path}`, {
    headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
  });

async function json<T>(path: string, token?: string): Promise<T> {
  const response = await get(path, token);
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  return (await response.json()) as T;
}

const linkOf = (links: Link[], rel: string) => links.find((l) => l.rel === rel);

/** The kodes PostGIS itself finds for a level inside a kabupaten meeting a box. */
async function postgisKodes(
  level: string,
  kabupaten: string,
  box: [number, number, number, number],
): Promise<string[]> {
  const rows = await db.$queryRaw<{ kode: string }[]>`
    SELECT kode FROM region
    WHERE level = ${level}::"RegionLevel" AND kode LIKE ${`${kabupaten}.%`}
      AND ST_Intersects(geom, ST_MakeEnvelope(${box[0]}::float8, ${box[1]}::float8,
                                              ${box[2]}::float8, ${box[3]}::float8, 4326))
    ORDER BY kode`;
  return rows.map((row) => row.kode);
}

describe('OGC API – Features at /ogc', () => {
  it('links the landing page to the OpenAPI document, conformance and the collections', async () => {
    const response = await get('/ogc');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const landing = (await response.json()) as { links: Link[] };
    expect(linkOf(landing.links, 'self')?.href).toBe(`${http.url}/ogc`);
    expect(linkOf(landing.links, 'service-desc')).toMatchObject({
      href: `${http.url}/ogc/api`,
      type: 'application/vnd.oai.openapi+json;version=3.0',
    });
    expect(linkOf(landing.links, 'conformance')?.href).toBe(`${http.url}/ogc/conformance`);
    expect(linkOf(landing.links, 'data')?.href).toBe(`${http.url}/ogc/collections`);
    // Trailing slash and f=json name the same resource.
    expect(await json('/ogc/?f=json')).toEqual(landing);
  });

  it('declares core, GeoJSON and OpenAPI 3.0 and no HTML', async () => {
    const { conformsTo } = await json<{ conformsTo: string[] }>('/ogc/conformance');
    expect(conformsTo.sort()).toEqual([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
    ]);
  });

  it('serves an OpenAPI 3.0 document that the OpenAPI schema accepts, with limit declared', async () => {
    const response = await get('/ogc/api');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.oai.openapi+json;version=3.0',
    );
    const document = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, { get: { parameters: { $ref: string }[] } }>;
      components: { parameters: Record<string, { schema: Record<string, number> }> };
    };
    const validator = new Validator();
    expect(await validator.validate(document)).toEqual({ valid: true });
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(document.servers[0]?.url).toBe(`${http.url}/ogc`);
    expect(document.components.parameters.limit?.schema).toMatchObject({
      minimum: 1,
      maximum: 1000,
      default: 100,
    });
    const refs = document.paths['/collections/desa/items']?.get.parameters.map((p) => p.$ref);
    expect(refs).toEqual(
      expect.arrayContaining([
        '#/components/parameters/limit',
        '#/components/parameters/bbox',
        '#/components/parameters/parentKode-desa',
        '#/components/parameters/kabupatenKode-desa',
      ]),
    );
    for (const ref of refs ?? []) {
      expect(document.components.parameters[ref.split('/').pop() ?? '']).toBeDefined();
    }
  });

  it('lists kabupaten, kecamatan and desa with the extent PostGIS computes', async () => {
    const body = await json<{
      collections: {
        id: string;
        itemType: string;
        extent: { spatial: { bbox: number[][]; crs: string } };
        links: Link[];
      }[];
    }>('/ogc/collections');
    expect(body.collections.map((c) => c.id)).toEqual(['kabupaten', 'kecamatan', 'desa']);
    const [reference] = await db.$queryRaw<{ w: number; s: number; e: number; n: number }[]>`
      SELECT ST_XMin(x) AS w, ST_YMin(x) AS s, ST_XMax(x) AS e, ST_YMax(x) AS n
      FROM (SELECT ST_Extent(geom)::box2d AS x FROM region WHERE level = 'DESA') AS b`;
    const desa = body.collections[2];
    expect(desa?.itemType).toBe('feature');
    expect(desa?.extent.spatial.crs).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84');
    expect(desa?.extent.spatial.bbox).toEqual([
      [reference?.w, reference?.s, reference?.e, reference?.n],
    ]);
    expect(linkOf(desa?.links ?? [], 'items')).toMatchObject({
      href: `${http.url}/ogc/collections/desa/items`,
      type: 'application/geo+json',
    });
    const one = await json<{ id: string }>('/ogc/collections/desa');
    expect(one).toEqual(desa);
  });

  it('pages through the 187 desa of Kabupaten Bekasi with next and prev links', async () => {
    const response = await get('/ogc/collections/desa/items?kabupatenKode=32.16&limit=50');
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    let page = (await response.json()) as Page;
    expect(page.numberMatched).toBe(187);
    expect(page.numberReturned).toBe(50);
    expect(Date.parse(page.timeStamp)).not.toBeNaN();
    expect(linkOf(page.links, 'prev')).toBeUndefined();
    const ids: unknown[] = page.features.map((f) => f.id);
    const pages = [page];
    for (let next = linkOf(page.links, 'next'); next; next = linkOf(page.links, 'next')) {
      expect(next.type).toBe('application/geo+json');
      page = await json<Page>(next.href);
      pages.push(page);
      ids.push(...page.features.map((f) => f.id));
    }
    expect(pages.map((p) => p.numberReturned)).toEqual([50, 50, 50, 37]);
    expect(new Set(ids).size).toBe(187);
    expect(ids).toEqual([...ids].sort());
    const second = pages[1] as Page;
    expect(new URL(linkOf(second.links, 'prev')?.href ?? '').searchParams.get('offset')).toBe(null);
    expect(new URL(linkOf(second.links, 'next')?.href ?? '').searchParams.get('offset')).toBe(
      '100',
    );
    const feature = pages[0]?.features[0] as Feature;
    expect(feature.id).toBe(feature.properties?.kode);
    expect(feature.properties).toMatchObject({
      level: 'DESA',
      kabupatenKode: '32.16',
      parentKode: String(feature.id).slice(0, 8),
    });
    expect(feature.geometry.type).toBe('MultiPolygon');
  });

  it('serves a limit above the declared maximum as the maximum', async () => {
    const page = await json<Page>('/ogc/collections/desa/items?kabupatenKode=32.16&limit=5000');
    expect(page.numberReturned).toBe(187);
    expect(new URL(linkOf(page.links, 'self')?.href ?? '').searchParams.get('limit')).toBe('5000');
    const beyond = await json<Page>('/ogc/collections/desa/items?kabupatenKode=32.16&offset=180');
    expect(beyond.numberReturned).toBe(7);
    const prev = new URL(linkOf(beyond.links, 'prev')?.href ?? '');
    expect([prev.searchParams.get('offset'), prev.searchParams.get('limit')]).toEqual([
      '80',
      '100',
    ]);
    const past = await json<Page>('/ogc/collections/desa/items?kabupatenKode=32.16&offset=500');
    expect([past.numberMatched, past.numberReturned, past.features]).toEqual([187, 0, []]);
  });

  it('filters by bbox as PostGIS does, and by parentKode and jenis', async () => {
    // The fixture squares (see test/helpers/fixtures.ts): this box meets three of the four desa.
    const fixture = await json<Page>('/ogc/collections/desa/items?bbox=100.05,0.05,100.15,0.15');
    expect(fixture.features.map((f) => f.id)).toEqual([
      '99.01.01.2001',
      '99.01.01.2002',
      '99.01.02.1001',
    ]);
    const box: [number, number, number, number] = [107.0123, -6.3012, 107.1234, -6.2021];
    const page = await json<Page>(
      `/ogc/collections/desa/items?kabupatenKode=32.16&bbox=${box.join(',')}`,
    );
    const expected = await postgisKodes('DESA', '32.16', box);
    expect(expected.length).toBeGreaterThan(3);
    expect(page.features.map((f) => f.id)).toEqual(expected);
    expect(page.numberMatched).toBe(expected.length);
    const children = await json<Page>('/ogc/collections/desa/items?parentKode=99.01.02');
    expect(children.features.map((f) => f.id)).toEqual(['99.01.02.1001', '99.01.02.2002']);
    const kelurahan = await json<Page>(
      '/ogc/collections/desa/items?parentKode=99.01.02&jenis=KELURAHAN',
    );
    expect(kelurahan.features.map((f) => f.id)).toEqual(['99.01.02.1001']);
  });

  it.each([
    ['bbox', 'bbox=a,b,c,d'],
    ['bbox', 'bbox=100,0,101'],
    ['bbox', 'bbox=100,0.5,101,0.1'],
    ['bbox', 'bbox=100,-95,101,0'],
    ['limit', 'limit=0'],
    ['limit', 'limit=2.5'],
    ['offset', 'offset=-1'],
    ['datetime', 'datetime=yesterday'],
    ['parentKode', 'parentKode=32.16'],
    ['jenis', 'jenis=RW'],
    ['colour', 'colour=red'],
    ['f', 'f=html'],
    ['indicator', 'indicator=NOPE&period=2023'],
    ['period', 'indicator=STUNTING&period=23'],
    ['period', 'indicator=STUNTING'],
  ])('answers a bad %s (%s) with a coded 400 naming it', async (name, search) => {
    const response = await get(`/ogc/collections/desa/items?${search}`);
    expect(response.status).toBe(400);
    const error = ((await response.json()) as GraphQLBody).errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(name);
  });

  it('accepts datetime and f=json, and refuses unknown parameters on every resource', async () => {
    const page = await json<Page>(
      '/ogc/collections/desa/items?parentKode=99.01.01&datetime=2024-01-01T00:00:00Z/..&f=json',
    );
    expect(page.numberMatched).toBe(2);
    for (const path of ['/ogc', '/ogc/collections', '/ogc/collections/desa/queryables']) {
      const response = await get(`${path}?bbox=1,2,3,4`);
      expect(response.status, path).toBe(400);
    }
  });

  it('answers an absent feature or collection with a coded 404', async () => {
    for (const path of [
      '/ogc/collections/desa/items/32.16.99.9999',
      '/ogc/collections/desa/items/99.01.01',
      '/ogc/collections/rt/items',
      '/ogc/collections/desa/tiles',
      '/ogc/collections/desa/items/%E0%A4%A',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      const body = (await response.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const feature = await json<Feature & { links: Link[] }>(
      '/ogc/collections/kecamatan/items/99.01.02',
    );
    expect(feature).toMatchObject({
      type: 'Feature',
      id: '99.01.02',
      properties: { kode: '99.01.02', nama: 'Kecamatan Dua', parentKode: '99.01' },
    });
    // The L-shape is four 0.1° squares at the equator: 11.132 km × 11.057 km each.
    expect(feature.properties?.areaKm2).toBeCloseTo(4 * 123.09, 0);
    expect(linkOf(feature.links, 'collection')?.href).toBe(`${http.url}/ogc/collections/kecamatan`);
  });

  it('describes the filters of a collection as a JSON Schema', async () => {
    const response = await get('/ogc/collections/desa/queryables');
    expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    const schema = (await response.json()) as { properties: Record<string, { type: string }> };
    expect(Object.keys(schema.properties)).toEqual(['parentKode', 'kabupatenKode', 'jenis']);
    const kabupaten = await json<typeof schema>('/ogc/collections/kabupaten/queryables');
    expect(Object.keys(kabupaten.properties)).toEqual(['parentKode']);
  });

  it('adds indicator values with the suppression of the viewer', async () => {
    // Fixture STUNTING 2023: 2001 12/50, 2002 3/40; the public sees both suppressed (3 < 5,
    // and its sibling so that the kecamatan total does not give it away).
    const path = '/ogc/collections/desa/items?parentKode=99.01.01&indicator=STUNTING&period=2023';
    const byKode = (page: Page) =>
      Object.fromEntries(page.features.map((f) => [f.id, f.properties]));
    const publicView = byKode(await json<Page>(path));
    for (const kode of ['99.01.01.2001', '99.01.01.2002']) {
      expect(publicView[kode]).toMatchObject({
        indicator: 'STUNTING',
        period: '2023',
        value: null,
        numerator: null,
        denominator: null,
        suppressed: true,
        class: null,
      });
    }
    const analystView = byKode(await json<Page>(path, analyst));
    expect(analystView['99.01.01.2001']).toMatchObject({
      value: 24,
      numerator: 12,
      denominator: 50,
      suppressed: false,
    });
    expect(analystView['99.01.01.2002']).toMatchObject({
      value: 7.5,
      numerator: 3,
      denominator: 40,
      suppressed: false,
    });
    // 99.01.02.1001 (0 of 25) is a secondary cell for the public under the one disclosure rule:
    // shown, it would let an officer of its sibling desa work the hidden kecamatan total out
    // (README, "Access, privacy and limits"). An analyst sees it.
    const item = '/ogc/collections/desa/items/99.01.02.1001?indicator=STUNTING&period=2023';
    expect((await json<Feature>(item)).properties).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      suppressed: true,
    });
    expect((await json<Feature>(item, analyst)).properties).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 25,
      suppressed: false,
    });
  });

  it('reads a page in statements that do not grow with its size', async () => {
    const count = async (path: string) =>
      (await recordStatements(() => json<Page>(path))).statements.length;
    const desa = '/ogc/collections/desa/items?kabupatenKode=32.16';
    // The data version, then the count and the page in one statement.
    expect(await count(`${desa}&limit=10`)).toBe(2);
    expect(await count(`${desa}&limit=187`)).toBe(2);
    // Values cost the same for 10 desa as for 187 (each period once, after a first request has
    // filled the caches that do not depend on the period; both with the disclosure decisions
    // to build, which other tests of this file may have left for 2023).
    await count(`${desa}&limit=1&indicator=STUNTING&period=2021`);
    clearTableProtections();
    const small = await count(`${desa}&limit=10&indicator=STUNTING&period=2022`);
    clearTableProtections();
    const large = await count(`${desa}&limit=187&indicator=STUNTING&period=2023`);
    expect(large).toBe(small);
  });

  it('revalidates with the ETag of the data version, separately for each role', async () => {
    const path = '/ogc/collections/desa/items?parentKode=99.01.01&indicator=STUNTING&period=2023';
    const first = await get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    expect((await get(path, undefined, { 'if-none-match': etag })).status).toBe(304);
    const other = await get(path, analyst, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    expect(other.headers.get('cache-control')).toMatch(/^private/);
  });
});

describe.skipIf(!haveGdal)('GDAL OAPIF driver against /ogc', () => {
  /** Runs a GDAL tool; with a token, GDAL sends it as a bearer header on every request. */
  const gdal = (tool: string, args: string[], token?: string) =>
    run(tool, args, {
      env: {
        ...process.env,
        NO_PROXY: '127.0.0.1',
        no_proxy: '127.0.0.1',
        ...(token ? { GDAL_HTTP_HEADERS: `Authorization: Bearer ${token}` } : {}),
      },
      maxBuffer: 64 * 1024 * 1024,
    });

  /** ogr2ogr a layer to GeoJSON; returns its features and the item URLs GDAL fetched. */
  async function readLayer(
    source: string,
    layer: string,
    options: string[],
    token?: string,
  ): Promise<{ features: Feature[]; fetched: string[] }> {
    const dir = mkdtempSync(join(tmpdir(), 'petagizi-ogc-'));
    try {
      const out = join(dir, 'out.geojson');
      const { stderr } = await gdal(
        'ogr2ogr',
        ['-f', 'GeoJSON', out, '-oo', 'PAGE_SIZE=50', source, layer, ...options, '--debug', 'on'],
        token,
      );
      const fetched = [...stderr.matchAll(/HTTP: Fetch\((\S+)\)/g)]
        .map((m) => m[1] ?? '')
        .filter((u) => u.includes('/items'));
      const collection = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
      return { features: collection.features, fetched };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('lists the three collections', async () => {
    const { stdout } = await gdal('ogrinfo', ['-ro', '-q', `OAPIF:${http.url}/ogc`]);
    expect(stdout).toContain('1: kabupaten');
    expect(stdout).toContain('2: kecamatan');
    expect(stdout).toContain('3: desa');
  });

  it('reads all 187 desa of Bekasi through pages of 50, filtered on the server', async () => {
    const { features, fetched } = await readLayer(`OAPIF:${http.url}/ogc`, 'desa', [
      '-where',
      "kabupatenKode = '32.16'",
    ]);
    expect(features).toHaveLength(187);
    expect(new Set(features.map((f) => f.properties?.kode)).size).toBe(187);
    const pages = fetched.filter((u) => u.includes('kabupatenKode=32.16'));
    expect(pages.map((u) => new URL(u).searchParams.get('offset'))).toEqual([
      null,
      '50',
      '100',
      '150',
    ]);
  });

  it('applies a bbox (-spat) and finds what PostGIS finds', async () => {
    const box: [number, number, number, number] = [107.0123, -6.3012, 107.1234, -6.2021];
    const { features, fetched } = await readLayer(`OAPIF:${http.url}/ogc`, 'desa', [
      '-spat',
      ...box.map(String),
      '-where',
      "kabupatenKode = '32.16'",
    ]);
    expect(fetched.some((u) => new URL(u).searchParams.has('bbox'))).toBe(true);
    const kodes = features.map((f) => String(f.properties?.kode)).sort();
    expect(kodes).toEqual(await postgisKodes('DESA', '32.16', box));
  });

  it('reads indicator properties as the token allows', async () => {
    const source = `OAPIF:${http.url}/ogc?indicator=STUNTING&period=2023`;
    const where = ['-where', "parentKode = '99.01.01'"];
    const asPublic = await readLayer(source, 'desa', where);
    const asAnalyst = await readLayer(source, 'desa', where, analyst);
    const props = (r: { features: Feature[] }) =>
      Object.fromEntries(r.features.map((f) => [f.properties?.kode, f.properties]));
    expect(props(asPublic)['99.01.01.2001']).toMatchObject({ value: null, suppressed: true });
    expect(props(asAnalyst)['99.01.01.2001']).toMatchObject({
      value: 24,
      numerator: 12,
      denominator: 50,
      suppressed: false,
    });
  });
});
