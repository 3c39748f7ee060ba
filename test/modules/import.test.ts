import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { seedDemo } from '../../src/demo/demo.seed.ts';
import { ImportRejected } from '../../src/errors.ts';
import { areaKm2 } from '../../src/geo/areaKm2.ts';
import { importIndicatorCsv } from '../../src/modules/indicator/indicator.import.ts';
import { importBoundaries } from '../../src/modules/region/region.import.ts';
import { graphql } from '../gql/index.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { fixture, loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const testActor = { actor: 'import-test', role: 'ADMIN', requestId: null };

const realDir = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));
const realDesa = `${realDir}kab_bekasi_desa_kelurahan.geojson`;
const realKecamatan = `${realDir}kab_bekasi_kecamatan_dissolved_from_desa.geojson`;
const haveReal = existsSync(realDesa) && existsSync(realKecamatan);
if (!haveReal) {
  console.log(`[test] skipping real-boundary imports: ${realDir} is absent`);
}

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
});

// The real boundaries replace the synthetic ones; put the demo state back for other files.
afterAll(async () => {
  await seedDemo({ geometry: 'synthetic' });
  await loadFixture();
});

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
const geometryOf = async (kode: string) =>
  (await db.region.geometryGeoJSON([kode], { precision: 9 }))[0]?.geometry ?? null;

describe.skipIf(!haveReal)('importBoundaries with the real Kabupaten Bekasi files', () => {
  it('loads all 187 desa/kelurahan and 23 kecamatan', async () => {
    const desa = await importBoundaries(
      readJson(realDesa),
      {
        source: 'cahyadsn/wilayah_boundaries',
      },
      testActor,
    );
    expect(desa).toEqual({ loaded: { DESA: 187 }, repaired: [], unknown: [] });
    const kecamatan = await importBoundaries(
      readJson(realKecamatan),
      { source: 'dissolved' },
      testActor,
    );
    expect(kecamatan.loaded).toEqual({ KECAMATAN: 23 });
    const withGeometry = await db.region.count({
      where: {
        kode: { startsWith: '32.16.' },
        geomSource: { in: ['cahyadsn/wilayah_boundaries', 'dissolved'] },
      },
    });
    expect(withGeometry).toBe(210);
  });

  it('keeps the published total area: Turf gives 1256.5 km², PostGIS the ellipsoidal equivalent', async () => {
    const collection = readJson(realDesa);
    const turfTotal = collection.features.reduce((sum, f) => sum + areaKm2(f), 0);
    // SOURCES.md: "Summed desa area is 1256.5 km²" (Turf, spherical).
    expect(turfTotal).toBeCloseTo(1256.5, 1);
    const rows = await db.region.findMany({
      where: { level: 'DESA', kode: { startsWith: '32.16.' } },
      select: { areaKm2: true },
    });
    const postgisTotal = rows.reduce((sum, r) => sum + (r.areaKm2 ?? 0), 0);
    // On the WGS 84 ellipsoid at 6°S, areas are 0.43% below Turf's sphere of radius 6371008.8 m
    // (the 0.1° test square: 122.3785 vs 122.9085 km²); desa by desa the two agree the same way.
    expect(postgisTotal / turfTotal).toBeGreaterThan(0.9952);
    expect(postgisTotal / turfTotal).toBeLessThan(0.9962);
  });

  it('finds a desa by a point inside it', async () => {
    const RegionAt = graphql(`
      query RealRegionAt($longitude: Float!, $latitude: Float!) {
        regionAt(longitude: $longitude, latitude: $latitude) { kode nama }
      }
    `);
    // The source's own centroid of Sagara Makmur (32.16.01.2001).
    const result = await execute(RegionAt, {
      longitude: 106.97981408909688,
      latitude: -6.108063674272186,
    });
    expect(result.data?.regionAt).toEqual({ kode: '32.16.01.2001', nama: 'Sagara Makmur' });
  });

  it('gives the same state when the same file is imported again', async () => {
    const before = await geometryOf('32.16.03.2004');
    const again = await importBoundaries(
      readJson(realDesa),
      {
        source: 'cahyadsn/wilayah_boundaries',
      },
      testActor,
    );
    expect(again.loaded).toEqual({ DESA: 187 });
    expect(await geometryOf('32.16.03.2004')).toEqual(before);
    // Sukawangi 32.16.03.2004 is the one MultiPolygon (2 parts) of the file.
    expect(before?.coordinates).toHaveLength(2);
  });
});

describe('importBoundaries', () => {
  const square = (west: number, south: number, size: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  });

  it('rejects a broken file whole, naming every fault, and writes nothing', async () => {
    const before = await geometryOf('99.01.01.2001');
    const broken = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kode: '99.01.01.2001' }, geometry: square(101, 1, 0.1) },
        {
          type: 'Feature',
          properties: { kode: '99.01.01.2002' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [101, 1],
                [101.1, 1],
                [101.1, 1.1],
                [101, 1.1],
              ],
            ],
          },
        },
        { type: 'Feature', id: '99.01.02.1001', properties: {}, geometry: square(200, 1, 0.1) },
        { type: 'Feature', properties: { kode: 'x' }, geometry: square(101, 1, 0.1) },
      ],
    };
    const error = await importBoundaries(broken, { source: 'broken' }, testActor).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejected);
    const problems = (error as ImportRejected).problems;
    expect(problems).toEqual([
      'feature 1 (99.01.01.2002): ring 0 of polygon 0 is not closed (first and last positions differ)',
      'feature 2 (99.01.02.1001): ring 0 of polygon 0: position 0 must be [longitude −180..180, latitude −90..90], got [200,1]',
      'feature 3 (x): properties.kode or id must be a Kemendagri code, got "x"',
    ]);
    expect(await geometryOf('99.01.01.2001')).toEqual(before);
  });

  it.each([
    ['not JSON object', 'hello'],
    ['a Feature', { type: 'Feature', geometry: null }],
    ['an empty collection', { type: 'FeatureCollection', features: [] }],
  ])('rejects %s', async (_name, input) => {
    await expect(importBoundaries(input, { source: 'x' }, testActor)).rejects.toBeInstanceOf(
      ImportRejected,
    );
  });

  it('repairs a self-intersecting polygon with ST_MakeValid and reports it', async () => {
    const kode = '99.01.02.2002';
    const original = fixture.squares[kode];
    try {
      // A bow-tie: the ring crosses itself at (100.25, 0.1).
      const bowtie: Polygon = {
        type: 'Polygon',
        coordinates: [
          [
            [100.2, 0],
            [100.3, 0.2],
            [100.3, 0],
            [100.2, 0.2],
            [100.2, 0],
          ],
        ],
      };
      const report = await importBoundaries(
        {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { kode }, geometry: bowtie }],
        },
        { source: 'bowtie' },
        testActor,
      );
      expect(report.loaded).toEqual({ DESA: 1 });
      expect(report.repaired).toHaveLength(1);
      expect(report.repaired[0]?.kode).toBe(kode);
      expect(report.repaired[0]?.reason).toMatch(/Self-intersection/);
      const repaired = await geometryOf(kode);
      expect(repaired?.type).toBe('MultiPolygon');
      expect(repaired?.coordinates).toHaveLength(2);
    } finally {
      await db.region.setGeometries([{ kode, geometry: original }], 'test fixture');
    }
  });

  it('reports codes that are not loaded regions, and rejects them in strict mode', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kode: '99.01.01.2001' },
          geometry: fixture.squares['99.01.01.2001'],
        },
        { type: 'Feature', properties: { kode: '99.02.01.2001' }, geometry: square(101, 1, 0.1) },
      ],
    };
    const report = await importBoundaries(collection, { source: 'test fixture' }, testActor);
    expect(report).toEqual({ loaded: { DESA: 1 }, repaired: [], unknown: ['99.02.01.2001'] });
    const strict = await importBoundaries(
      collection,
      { source: 'x', strict: true },
      testActor,
    ).catch((e: unknown) => e);
    expect((strict as ImportRejected).problems).toEqual(['99.02.01.2001']);
  });
});

const CsvValue = graphql(`
  query CsvValue($kode: ID!, $code: String!, $period: String!, $source: String) {
    region(kode: $kode) {
      indicator(code: $code, period: $period, source: $source) { numerator denominator value ciLow ciHigh source }
    }
  }
`);

describe('importIndicatorCsv', () => {
  const good = [
    '\uFEFFkode,indicator,period,numerator,denominator,source,value,ci_low,ci_high,se,method',
    '99.01.01.2001,WASTING,2022-08,4,40,"e-PPGBM, Agustus 2022",,,,,',
    '99.01.01.2002,WASTING,2022-08,6,60,"e-PPGBM, Agustus 2022",10,,,,',
    '99.01,STUNTING_SURVEY,2022,,,SSGI 2022,17.8,15.2,20.7,1.4,direct',
  ].join('\r\n');

  it('upserts all rows, and a replay changes nothing', async () => {
    expect(await importIndicatorCsv(good, testActor)).toEqual({ rows: 3, changed: 3 });
    expect(await importIndicatorCsv(good, testActor)).toEqual({ rows: 3, changed: 0 });
    const kecamatan = await execute(
      CsvValue,
      {
        kode: '99.01.01',
        code: 'WASTING',
        period: '2022-08',
      },
      { viewer: viewers.analyst },
    );
    expect(kecamatan.data?.region?.indicator).toMatchObject({
      numerator: 10,
      denominator: 100,
      value: 10,
      source: 'e-PPGBM, Agustus 2022',
    });
    const survey = await execute(
      CsvValue,
      {
        kode: '99.01',
        code: 'STUNTING_SURVEY',
        period: '2022',
      },
      { viewer: viewers.analyst },
    );
    expect(survey.data?.region?.indicator).toEqual({
      numerator: null,
      denominator: null,
      value: 17.8,
      ciLow: 15.2,
      ciHigh: 20.7,
      source: 'SSGI 2022',
    });
  });

  it('replaces values of the same (kode, indicator, period, source)', async () => {
    const csv =
      'kode,indicator,period,numerator,denominator,source\n99.01.02.1001,WASTING,2021,1,20,replace test\n';
    await importIndicatorCsv(csv, testActor);
    await importIndicatorCsv(csv.replace('1,20', '2,20'), testActor);
    const result = await execute(
      CsvValue,
      {
        kode: '99.01.02.1001',
        code: 'WASTING',
        period: '2021',
      },
      { viewer: viewers.analyst },
    );
    expect(result.data?.region?.indicator).toMatchObject({
      numerator: 2,
      denominator: 20,
      value: 10,
    });
  });

  it('reports every bad row with its line number and writes nothing', async () => {
    const bad = [
      'kode,indicator,period,numerator,denominator,source',
      '99.01.01.2001,UNDERWEIGHT,2020,3,30,all or nothing',
      '99.01.01.2001,UNDERWEIGHT,2020-13,3,30,all or nothing',
      '99.9,UNDERWEIGHT,2020,3,30,all or nothing',
      '99.01.01.2001,NOPE,2020,3,30,all or nothing',
      '99.01.01.2002,UNDERWEIGHT,2020,31,30,all or nothing',
      '99.01.01.2002,UNDERWEIGHT,2019,3,,all or nothing',
      '99.01.01.2002,UNDERWEIGHT,2018,x,30,all or nothing',
      '99.01.01.2001,UNDERWEIGHT,2020,3,30,all or nothing',
      "99.01.02.1001,UNDERWEIGHT,2020,1,10,'; DROP TABLE indicator_value; --",
      '99.01.02.2002,STUNTING_SURVEY,2020,,,survey',
    ].join('\n');
    const error = await importIndicatorCsv(bad, testActor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as ImportRejected).problems).toEqual([
      'line 3: period "2020-13" must be YYYY or YYYY-MM',
      'line 4: kode "99.9" is not a Kemendagri code',
      'line 5: indicator "NOPE" is not in the catalog',
      'line 6: numerator 31 is larger than denominator 30',
      'line 7: numerator and denominator must be given together',
      'line 8: numerator "x" must be a whole number 0–999999999',
      'line 8: numerator and denominator must be given together',
      'line 9: repeats line 2 (same kode, indicator, period, source)',
      'line 11: STUNTING_SURVEY is a survey estimate: value is required',
    ]);
    const written = await db.indicatorValue.count({
      where: { indicatorCode: 'UNDERWEIGHT', period: '2020' },
    });
    expect(written).toBe(0);
  });

  it('rejects a wrong header', async () => {
    const error = await importIndicatorCsv(
      'kode,indicator,period,num,denominator,source\n',
      testActor,
    ).catch((e: unknown) => e);
    expect((error as ImportRejected).problems).toEqual([
      'missing column "numerator"',
      'unknown column "num"',
      'expected kode,indicator,period,numerator,denominator,source,[value],[ci_low],[ci_high],[se],[method]',
    ]);
  });
});
