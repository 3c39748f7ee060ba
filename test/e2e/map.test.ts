import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import {
  drawShippedBoundaries,
  seedDemo,
  shippedBoundarySource,
} from '../../src/demo/demo.seed.ts';
import { importBoundaries } from '../../src/modules/region/region.import.ts';
import { type GraphQLBody, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) {
  console.log(
    `[test] skipping the map end-to-end test: ${chromiumPath} is absent (apt-get install chromium)`,
  );
}
const realDir = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));
const realDesa = `${realDir}kab_bekasi_desa_kelurahan.geojson`;
const realKecamatan = `${realDir}kab_bekasi_kecamatan_dissolved_from_desa.geojson`;
const haveReal = existsSync(realDesa) && existsSync(realKecamatan);
if (haveChromium && !haveReal) {
  console.log(`[test] skipping the map on real boundaries: ${realDir} is absent`);
}
const outDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * The flags the issue names, plus software WebGL: headless Chromium without a GPU draws WebGL
 * through ANGLE on SwiftShader.
 */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

let http: TestHttp;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  await testDatabase();
  // A map pulls dozens of tiles at once; the limit is tested elsewhere.
  http = await startTestHttp({ rateLimiter: null });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  mkdirSync(outDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await http?.close();
});

interface Details {
  kode: string;
  nama: string;
  centroid: { coordinates: [number, number] };
  indicator: { value: number | null; suppressed: boolean } | null;
}

const details = async (kode: string, period: string): Promise<Details> => {
  const response = await http.post({
    query: `query ($kode: ID!, $period: String!) {
      region(kode: $kode) { kode nama centroid indicator(code: "STUNTING", period: $period) { value suppressed } }
    }`,
    variables: { kode, period },
  });
  const body = (await response.json()) as GraphQLBody;
  return (body.data as { region: Details }).region;
};

type Rendered = { kode: string; value?: number; suppressed?: boolean };

/** What the map page exposes on `window` (the tests run these callbacks in the page). */
interface PageGlobals {
  petagizi: {
    ready: boolean;
    error: string | null;
    map: {
      queryRenderedFeatures(options: object): { properties: Rendered }[];
      project(lngLat: [number, number]): { x: number; y: number };
      getContainer(): { getBoundingClientRect(): { left: number; top: number } };
      loaded(): boolean;
    };
  };
  document: {
    getElementById(id: string): { textContent: string };
    createElement(tag: 'canvas'): {
      getContext(kind: 'webgl2'): { VERSION: number; getParameter(p: number): unknown } | null;
    };
  };
}

/** Opens the map and waits until MapLibre has drawn the first tiles (or failed). */
async function openMap(page: Page, search: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${http.url}/map?${search}`);
  await page.waitForFunction(
    () => {
      const state = (globalThis as unknown as PageGlobals).petagizi;
      return state.ready || state.error !== null;
    },
    null,
    { timeout: 30_000 },
  );
  const state = await page.evaluate(() => (globalThis as unknown as PageGlobals).petagizi.error);
  expect(state, 'map error').toBeNull();
  expect(errors).toEqual([]);
}

const renderedDesa = (page: Page) =>
  page.evaluate(() => {
    const map = (globalThis as unknown as PageGlobals).petagizi.map;
    return map.queryRenderedFeatures({ layers: ['desa-fill'] }).map((f) => f.properties);
  });

/** Clicks the map at a longitude/latitude. */
async function clickAt(page: Page, [longitude, latitude]: [number, number]): Promise<void> {
  const point = await page.evaluate(
    ([lon, lat]) => {
      const map = (globalThis as unknown as PageGlobals).petagizi.map;
      const p = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [longitude, latitude] as [number, number],
  );
  await page.mouse.click(point.x, point.y);
}

/** Clicks a desa at its inner point and checks the details panel shows its name and value. */
async function clickDesa(page: Page, kode: string, period: string): Promise<Details> {
  const region = await details(kode, period);
  await clickAt(page, region.centroid.coordinates);
  await page.waitForSelector(`#details[data-kode="${kode}"]`, { timeout: 10_000 });
  expect(await page.textContent('#details .name')).toBe(region.nama);
  const value = region.indicator?.value ?? null;
  const shown = await page.textContent('#details .value');
  if (value === null) {
    expect(shown).toMatch(/suppressed|no data/);
  } else {
    const formatted = await page.evaluate(
      (v) => v.toLocaleString('id-ID', { maximumFractionDigits: 1 }),
      value,
    );
    expect(shown).toContain(`${formatted} %`);
  }
  return region;
}

describe.skipIf(!haveChromium)('map page in headless Chromium', () => {
  it('has WebGL (software rendering)', async () => {
    const page = await browser.newPage();
    const renderer = await page.evaluate(() => {
      const gl = (globalThis as unknown as PageGlobals).document
        .createElement('canvas')
        .getContext('webgl2');
      return gl ? String(gl.getParameter(gl.VERSION)) : null;
    });
    await page.close();
    expect(renderer, 'WebGL 2 is unavailable in this Chromium').toMatch(/WebGL 2/);
  });

  it('draws the desa choropleth from vector tiles, with a legend, and shows a clicked desa', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await openMap(page, 'parentKode=32.16&indicator=STUNTING&period=2023');
    const rendered = await renderedDesa(page);
    const kodes = new Set(rendered.map((f) => f.kode));
    expect(kodes.size).toBe(187);
    expect([...kodes].every((k) => k.startsWith('32.16.'))).toBe(true);
    const legend = await page.locator('#legend div').allTextContents();
    expect(legend).toHaveLength(7);
    expect(legend.at(-2)).toMatch(/^suppressed/);

    const withValue = rendered.find((f) => typeof f.value === 'number') as Rendered;
    const clicked = await clickDesa(page, withValue.kode, '2023');
    expect(clicked.indicator?.value).toBeCloseTo(withValue.value ?? Number.NaN, 2);
    await page.screenshot({ path: `${outDir}map-synthetic.png` });

    // The period selector swaps the tiles: the same desa now carries its 2024 value.
    await page.selectOption('#period', '2024');
    const expected2024 = (await details(withValue.kode, '2024')).indicator?.value ?? null;
    await page.waitForFunction(
      ([kode, value]) => {
        const map = (globalThis as unknown as PageGlobals).petagizi.map;
        const feature = map
          .queryRenderedFeatures({ layers: ['desa-fill'] })
          .find((f) => f.properties.kode === kode);
        return map.loaded() && feature?.properties.value === value;
      },
      [
        withValue.kode,
        expected2024 === null ? undefined : Math.round(expected2024 * 100) / 100,
      ] as const,
      { timeout: 15_000 },
    );
    expect(await page.textContent('#legend h2')).toContain('2024');
    await page.close();
  });

  it.skipIf(!haveReal)(
    'draws the real Kabupaten Bekasi a default start seeds (the shipped boundaries)',
    async () => {
      try {
        // What `npm start` draws on a fresh embedded database: the demo on the shipped real
        // boundaries (only the boundaries change here, so the shared demo values stay put).
        expect(await drawShippedBoundaries()).toBe(1 + 23 + 187);
        const drawn = await db.region.count({
          where: {
            kode: { startsWith: '32.16' },
            geomSource: shippedBoundarySource,
            geomSynthetic: false,
          },
        });
        expect(drawn).toBe(1 + 23 + 187);
        const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        await openMap(page, 'parentKode=32.16&indicator=STUNTING&period=2023');
        const rendered = await renderedDesa(page);
        expect(new Set(rendered.map((f) => f.kode)).size).toBeGreaterThan(150);
        const target = rendered.find((f) => typeof f.value === 'number') as Rendered;
        await clickDesa(page, target.kode, '2023');
        await page.screenshot({ path: `${outDir}map-real.png` });
        await page.close();
        // The same files through the importer give the same state (no boundary changes).
        const actor = { actor: 'e2e-test', role: 'ADMIN', requestId: null };
        const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
        const report = await importBoundaries(
          read(realDesa),
          { source: shippedBoundarySource },
          actor,
        );
        expect(report.loaded).toEqual({ DESA: 187 });
        await importBoundaries(read(realKecamatan), { source: shippedBoundarySource }, actor);
      } finally {
        // The test database draws the demo on synthetic rectangles; put them back.
        await seedDemo({ geometry: 'synthetic' });
      }
    },
    120_000,
  );
});

describe.skipIf(!haveChromium)('explorer in headless Chromium', () => {
  it('runs the preloaded choropleth example and lists the Query fields', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${http.url}/graphql`);
    await page.waitForSelector('#fields code');
    const fields = await page.locator('#fields code').allTextContents();
    expect(fields.some((f) => f.startsWith('choropleth('))).toBe(true);
    expect(fields.some((f) => f.startsWith('_entities'))).toBe(false);
    const examples = await page.locator('#examples option').allTextContents();
    expect(examples.join('|')).toMatch(/Choropleth.*areaStats.*trend/s);
    await page.click('#run');
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).document
        .getElementById('status')
        .textContent.startsWith('HTTP'),
    );
    const result = JSON.parse((await page.textContent('#result')) ?? '{}') as {
      data?: { choropleth: { regions: unknown[] } };
    };
    expect(result.data?.choropleth.regions).toHaveLength(187);
    await page.selectOption('#examples', { label: 'trend: a series over the years' });
    await page.click('#run');
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).document
        .getElementById('result')
        .textContent.includes('annualRateOfReduction'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
