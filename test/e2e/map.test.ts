import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connection, db } from '../../src/db/client.ts';
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
    level: string | null;
    notice: string | null;
    map: {
      queryRenderedFeatures(options: object): { properties: Rendered }[];
      project(lngLat: [number, number]): { x: number; y: number };
      jumpTo(options: { center: [number, number]; zoom: number }): void;
      once(event: 'idle', listener: () => void): void;
      getZoom(): number;
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

/**
 * Clicks a desa at its inner point and checks the details panel shows its name and value, in the
 * page's language and number format (Bahasa Indonesia, id-ID, unless `locale` says otherwise).
 */
async function clickDesa(
  page: Page,
  kode: string,
  period: string,
  locale: 'id-ID' | 'en-GB' = 'id-ID',
): Promise<Details> {
  const region = await details(kode, period);
  await clickAt(page, region.centroid.coordinates);
  await page.waitForSelector(`#details[data-kode="${kode}"][data-period="${period}"]`, {
    timeout: 10_000,
  });
  await expectDetails(page, region, locale);
  return region;
}

/** The details panel shows the region's name and its value as the page's language writes it. */
async function expectDetails(page: Page, region: Details, locale: 'id-ID' | 'en-GB') {
  expect(await page.textContent('#details .name')).toBe(region.nama);
  const value = region.indicator?.value ?? null;
  const shown = await page.textContent('#details .value');
  if (value === null) {
    expect(shown).toMatch(
      locale === 'id-ID' ? /disembunyikan|tidak ada data/ : /suppressed|no data/,
    );
  } else {
    expect(shown).toContain(`${value.toLocaleString(locale, { maximumFractionDigits: 1 })} %`);
  }
}

/** Moves the map and waits until it has drawn. */
async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([lon, lat, z]) =>
      new Promise<void>((resolve) => {
        const map = (globalThis as unknown as PageGlobals).petagizi.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lon, lat], zoom: z });
      }),
    [center[0], center[1], zoom] as [number, number, number],
  );
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
    // Bahasa Indonesia by default, the numbers with a decimal comma.
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(legend.at(-2)).toMatch(/^disembunyikan \(angka kecil\) · \d+$/);
    expect(legend.at(-1)).toMatch(/^tidak ada data · \d+$/);
    expect(legend[0]).toMatch(/^\d+(,\d)? – (< )?\d+(,\d)? · \d+ desa$/);
    expect(await page.textContent('label:has(#indicator) span')).toBe('Indikator');

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
    // The details panel follows the period: the clicked desa's 2024 figure, not 2023's.
    await page.waitForSelector(`#details[data-kode="${withValue.kode}"][data-period="2024"]`);
    await expectDetails(page, await details(withValue.kode, '2024'), 'id-ID');
    await page.close();
  });

  it('labels desa by name from zoom 12, drawn with a local font (no glyph requests)', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const glyphs: string[] = [];
    page.on('request', (request) => {
      if (/glyph|font|\.pbf/i.test(request.url())) glyphs.push(request.url());
    });
    await openMap(page, 'parentKode=32.16&indicator=STUNTING&period=2023');
    const labels = () =>
      page.evaluate(() =>
        (globalThis as unknown as PageGlobals).petagizi.map
          .queryRenderedFeatures({ layers: ['desa-label'] })
          .map((f) => (f.properties as unknown as { nama: string }).nama),
      );
    expect(await labels()).toEqual([]);
    const rendered = await renderedDesa(page);
    const target = await details((rendered[0] as Rendered).kode, '2023');
    await jumpTo(page, target.centroid.coordinates, 13);
    const shown = await labels();
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toContain(target.nama);
    await page.screenshot({ path: `${outDir}map-labels.png` });
    await jumpTo(page, target.centroid.coordinates, 11.5);
    expect(await labels()).toEqual([]);
    expect(glyphs).toEqual([]);
    await page.close();
  });

  it('draws a survey indicator at the kabupaten level it exists at, and says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await openMap(page, 'parentKode=32.16&indicator=STUNTING_SURVEY&period=2023');
    const state = await page.evaluate(() => {
      const p = (globalThis as unknown as PageGlobals).petagizi;
      return {
        level: p.level,
        notice: p.notice,
        kabupaten: p.map
          .queryRenderedFeatures({ layers: ['kabupaten-fill'] })
          .map((f) => f.properties),
        desa: p.map.queryRenderedFeatures({ layers: ['desa-fill'] }).length,
      };
    });
    expect(state.level).toBe('KABUPATEN');
    expect(state.notice).toMatch(/hanya tersedia untuk tingkat kabupaten\/kota/);
    expect(await page.isVisible('#message')).toBe(true);
    expect(state.desa).toBe(0);
    expect(state.kabupaten.map((f) => f.kode)).toContain('32.16');
    // SKI 2023 published 23.2 % for Kabupaten Bekasi (prisma/seed.ts).
    expect(await page.locator('#legend div').allTextContents()).toEqual([
      'KABUPATEN BEKASI: 23,2 %',
    ]);
    await page.screenshot({ path: `${outDir}map-survey-kabupaten.png` });
    // Back to a desa indicator: desa level again and the notice goes.
    await page.selectOption('#indicator', 'STUNTING');
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).petagizi.level === 'DESA',
    );
    expect(await page.isVisible('#message')).toBe(false);
    await page.close();
  });

  it('says so when a kabupaten has no boundaries', async () => {
    // A kabupaten known by name and code only, as after `npm run import:regions` for a province.
    const { db } = connection();
    const bare = { kode: '32.17', nama: 'KABUPATEN BANDUNG BARAT' };
    await db.$executeRaw`INSERT INTO "region" ("kode", "nama", "level", "parent_kode", "source")
      VALUES (${bare.kode}, ${bare.nama}, 'KABUPATEN', '32', 'e2e test')`;
    try {
      const json = (await (
        await fetch(`${http.url}/tiles/desa.json?parentKode=${bare.kode}`)
      ).json()) as { bounds: number[] };
      expect(json.bounds).toEqual([-180, -85.051129, 180, 85.051129]);
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await openMap(page, `parentKode=${bare.kode}&indicator=STUNTING&period=2023`);
      expect(await page.textContent('#message')).toContain(
        `Batas wilayah ${bare.nama} belum diimpor`,
      );
      expect(await page.isVisible('#message')).toBe(true);
      expect(await page.isVisible('#legend')).toBe(false);
      await page.screenshot({ path: `${outDir}map-no-boundaries.png` });
      await page.close();
    } finally {
      await db.$executeRaw`DELETE FROM "region" WHERE "kode" = ${bare.kode}`;
    }
  });

  it('fits a 390 px phone: selectors inside the screen, the map below them, details readable', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await openMap(page, 'parentKode=32.16&indicator=STUNTING&period=2023');
    for (const id of ['#parent', '#indicator', '#period', '#language']) {
      const box = await page.locator(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box?.x ?? -1, id).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(390);
    }
    const scrollWidth = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    expect(scrollWidth).toBeLessThanOrEqual(390);
    const header = await page.locator('header').boundingBox();
    const map = await page.locator('#map').boundingBox();
    expect(map?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
    expect(map?.height ?? 0).toBeGreaterThan(400);
    const rendered = await renderedDesa(page);
    const target = rendered.find((f) => typeof f.value === 'number') as Rendered;
    await clickDesa(page, target.kode, '2023');
    const panel = await page.locator('#details').boundingBox();
    expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${outDir}map-390px.png` });
    await page.close();
  });

  it('switches to English, with English number formats', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await openMap(page, 'parentKode=32.16&indicator=STUNTING&period=2023');
    await page.click('#language');
    await page.waitForURL(/lang=en/);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).petagizi.ready);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('label:has(#indicator) span')).toBe('Indicator');
    const legend = await page.locator('#legend div').allTextContents();
    expect(legend.at(-2)).toMatch(/^suppressed \(small numbers\) · \d+$/);
    expect(legend[0]).toMatch(/^\d+(\.\d)? – (< )?\d+(\.\d)? · \d+ desa$/);
    const rendered = await renderedDesa(page);
    const target = rendered.find(
      (f) => typeof f.value === 'number' && f.value % 1 !== 0,
    ) as Rendered;
    await clickDesa(page, target.kode, '2023', 'en-GB');
    expect(await page.textContent('#details .value')).toMatch(/^\d+\.\d %/);
    await page.screenshot({ path: `${outDir}map-english.png` });
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
