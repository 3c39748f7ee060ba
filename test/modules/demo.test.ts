import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { db } from '../../src/db/client.ts';
import { removeDemo } from '../../src/demo/demo.remove.ts';
import { seedDemo, shippedBoundarySource } from '../../src/demo/demo.seed.ts';
import { ImportRejected } from '../../src/errors.ts';
import { outcomeIndicators } from '../../src/modules/indicator/indicator.catalog.ts';
import { importIndicatorCsv } from '../../src/modules/indicator/indicator.import.ts';
import { compareSources, priorityIndex } from '../../src/modules/indicator/indicator.sources.ts';
import {
  importBoundaries,
  importRegionsFromIdnArea,
} from '../../src/modules/region/region.import.ts';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { openFreshDatabase } from '../helpers/freshDatabase.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const actor = { actor: 'demo-test', role: 'ADMIN', requestId: null };
const boundaries = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));
const readJson = (name: string) => JSON.parse(readFileSync(`${boundaries}${name}`, 'utf8'));

/** Every table the demo writes, with how many synthetic rows it holds. */
const syntheticCounts = async (): Promise<Record<string, number>> => {
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT
      (SELECT count(*)::int FROM "indicator_value" WHERE synthetic) AS "indicator_value",
      (SELECT count(*)::int FROM "child" WHERE synthetic) AS "child",
      (SELECT count(*)::int FROM "measurement" WHERE synthetic) AS "measurement",
      (SELECT count(*)::int FROM "agency" WHERE synthetic) AS "agency",
      (SELECT count(*)::int FROM "program" WHERE synthetic) AS "program",
      (SELECT count(*)::int FROM "program_coverage" WHERE synthetic) AS "program_coverage",
      (SELECT count(*)::int FROM "program_target" WHERE synthetic) AS "program_target",
      (SELECT count(*)::int FROM "activity" WHERE synthetic) AS "activity",
      (SELECT count(*)::int FROM "activity_week" WHERE synthetic) AS "activity_week",
      (SELECT count(*)::int FROM "indicator_target" WHERE synthetic) AS "indicator_target",
      (SELECT count(*)::int FROM "priority_village" WHERE synthetic) AS "priority_village",
      (SELECT count(*)::int FROM "monitored_family" WHERE synthetic) AS "monitored_family",
      (SELECT count(*)::int FROM "monitoring_checkin" WHERE synthetic) AS "monitoring_checkin",
      (SELECT count(*)::int FROM "action_report" WHERE synthetic) AS "action_report",
      (SELECT count(*)::int FROM "assessment_grade_scale" WHERE synthetic) AS "assessment_grade_scale",
      (SELECT count(*)::int FROM "assessment_item" WHERE synthetic) AS "assessment_item",
      (SELECT count(*)::int FROM "assessment_grade" WHERE synthetic) AS "assessment_grade",
      (SELECT count(*)::int FROM "facility" WHERE synthetic) AS "facility",
      (SELECT count(*)::int FROM "facility_service_area" WHERE synthetic) AS "facility_service_area",
      (SELECT count(*)::int FROM region WHERE geom_synthetic) AS "region.geom"`;
  return { ...row };
};

const Value = graphql(`
  query DemoValue($kode: ID!, $code: String!, $period: String!) {
    region(kode: $kode) {
      indicator(code: $code, period: $period) {
        source
        numerator
        denominator
        synthetic
        aggregated
        reportingRegions
      }
    }
  }
`);
const value = async (kode: string, period: string, code = 'STUNTING') => {
  const result = await execute(
    Value,
    { kode, code, period },
    { viewer: viewers.analyst, responseCache: false },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.region?.indicator ?? null;
};

// One database of this file's own, migrated only, as a new deployment has it; the tests below
// build on each other in order (regions, boundaries, real values, then the demo on top).
let fresh: Awaited<ReturnType<typeof openFreshDatabase>> | undefined;
beforeAll(async () => {
  await testDatabase();
  fresh = await openFreshDatabase();
}, 900_000);
afterAll(async () => {
  await fresh?.close();
});
const slow = 300_000;

describe('configuration: the demo is seeded only where asked', () => {
  it('seeds the embedded database by default, never PostgreSQL unless SEED_DEMO=true', () => {
    expect(loadConfig({}).seedOnStart).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgresql://x@h/db' }).seedOnStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://x@h/db', SEED_DEMO: 'true' }).seedOnStart).toBe(
      true,
    );
    expect(loadConfig({ SEED_DEMO: 'false' }).seedOnStart).toBe(false);
    // The old name still works.
    expect(loadConfig({ SEED_ON_START: 'false' }).seedOnStart).toBe(false);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow('SEED_DEMO must be true or false');
  });
});

describe('the source rule', () => {
  it('matches a priority entry by whole word prefix', () => {
    expect(priorityIndex('e-PPGBM', ['e-PPGBM'])).toBe(0);
    expect(priorityIndex('e-PPGBM, Agustus 2024', ['SSGI', 'e-PPGBM'])).toBe(1);
    expect(priorityIndex('e-PPGBMX', ['e-PPGBM'])).toBe(1);
    expect(priorityIndex('SSGI 2022 (Kemenkes)', ['SSGI', 'SKI'])).toBe(0);
    expect(priorityIndex('anything', [])).toBe(0);
  });

  it('orders real before synthetic, then the priority, then by name', () => {
    const sorted = [
      { source: 'a', synthetic: true },
      { source: 'z', synthetic: false },
      { source: 'e-PPGBM', synthetic: true },
      { source: 'b', synthetic: false },
      { source: 'e-PPGBM 2024', synthetic: false },
    ]
      .sort((x, y) => compareSources(x, y, ['e-PPGBM']))
      .map((c) => `${c.source}${c.synthetic ? '*' : ''}`);
    expect(sorted).toEqual(['e-PPGBM 2024', 'b', 'z', 'e-PPGBM*', 'a*']);
  });
});

describe('a new deployment (migrations only, no demo)', () => {
  it(
    'has the indicator catalog from the migrations, the same as the code, and nothing synthetic',
    async () => {
      {
        const rows = await db.indicator.findMany({ orderBy: { code: 'asc' } });
        const expected = [...outcomeIndicators]
          .map((i) => ({ ...i, sourcePriority: [...i.sourcePriority] }))
          .sort((a, b) => (a.code < b.code ? -1 : 1));
        expect(rows).toEqual(expected);
        expect(await db.region.count()).toBe(0);
        expect(Object.values(await syntheticCounts()).every((n) => n === 0)).toBe(true);
      }
    },
    slow,
  );

  it(
    'import:regions → import:boundaries (shipped files) → import:indicators gives real values only',
    async () => {
      {
        expect(await importRegionsFromIdnArea(['32.16'], actor)).toMatchObject({ regions: 212 });
        const desa = await importBoundaries(
          readJson('kab_bekasi_desa_kelurahan.geojson'),
          { source: shippedBoundarySource, strict: true },
          actor,
        );
        expect(desa).toEqual({ loaded: { DESA: 187 }, repaired: [], unknown: [] });
        const kecamatan = await importBoundaries(
          readJson('kab_bekasi_kecamatan_dissolved_from_desa.geojson'),
          { source: shippedBoundarySource, strict: true },
          actor,
        );
        expect(kecamatan.loaded).toEqual({ KECAMATAN: 23 });
        const outline = await importBoundaries(
          readJson('kab_bekasi_outline_dissolved_from_desa.geojson'),
          { source: shippedBoundarySource, strict: true },
          actor,
        );
        expect(outline.loaded).toEqual({ KABUPATEN: 1 });
        // SOURCES.md (turf, on the sphere): the summed desa area is 1256.5 km². The shipped file
        // gives it; the database's geodesic areas of what it stored agree within 1% (the WGS 84
        // spheroid gives about 0.4% less at this latitude; the embedded PostGIS build differs from
        // the server's by a few tenths of a percent).
        const file = readJson('kab_bekasi_desa_kelurahan.geojson') as FeatureCollection;
        const turfKm2 = file.features.reduce((sum, f) => sum + area(f) / 1e6, 0);
        expect(turfKm2).toBeCloseTo(1256.5, 0);
        const [areas] = await db.$queryRaw<{ desa: number; kab: number }[]>`
        SELECT (SELECT sum(area_km2) FROM region WHERE level = 'DESA') AS desa,
               (SELECT area_km2 FROM region WHERE kode = '32.16') AS kab`;
        expect(Math.abs((areas?.desa ?? 0) / turfKm2 - 1)).toBeLessThan(0.01);
        // The outline is dissolved from the same desa: the same area up to digitising slivers.
        expect(Math.abs((areas?.kab ?? 0) / (areas?.desa ?? 1) - 1)).toBeLessThan(0.001);

        const report = await importIndicatorCsv(
          [
            'kode,indicator,period,numerator,denominator,source',
            '32.16.01.2001,STUNTING,2024-08,41,286,e-PPGBM',
            '32.16.01.2002,STUNTING,2024-08,9,120,e-PPGBM',
          ].join('\n'),
          actor,
        );
        expect(report).toEqual({ rows: 2, changed: 2 });
        expect(await value('32.16.01', '2024-08')).toEqual({
          source: 'e-PPGBM',
          numerator: 50,
          denominator: 406,
          synthetic: false,
          aggregated: true,
          reportingRegions: 2,
        });
        expect(Object.values(await syntheticCounts()).every((n) => n === 0)).toBe(true);
      }
    },
    slow,
  );
});

describe('source priority is configurable', () => {
  it(
    'lets ADMIN reorder the sources of an indicator, audited, and the choice follows at every level',
    async () => {
      {
        await importRegionsFromIdnArea(['32.16'], actor);
        await importIndicatorCsv(
          [
            'kode,indicator,period,numerator,denominator,source',
            '32.16.01.2001,WASTING,2023,3,30,Kader count',
            '32.16.01.2001,WASTING,2023,5,100,Puskesmas register',
            '32.16.01.2002,WASTING,2023,7,70,Puskesmas register',
          ].join('\n'),
          actor,
        );
        // No entry matches either: by name, at desa and kecamatan alike.
        expect((await value('32.16.01.2001', '2023', 'WASTING'))?.source).toBe('Kader count');
        expect(await value('32.16.01', '2023', 'WASTING')).toMatchObject({
          source: 'Kader count',
          numerator: 3,
          denominator: 30,
        });
        const SetPriority = graphql(`
        mutation SetPriority($code: String!, $sources: [String!]!) {
          setIndicatorSourcePriority(code: $code, sources: $sources) {
            code
            sourcePriority
          }
        }
      `);
        const denied = await execute(
          SetPriority,
          { code: 'WASTING', sources: ['Puskesmas register'] },
          { viewer: viewers.analyst, responseCache: false },
        );
        expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
        const set = await execute(
          SetPriority,
          { code: 'WASTING', sources: ['Puskesmas register'] },
          { viewer: viewers.admin, responseCache: false },
        );
        expect(set.data?.setIndicatorSourcePriority).toEqual({
          code: 'WASTING',
          sourcePriority: ['Puskesmas register'],
        });
        expect((await value('32.16.01.2001', '2023', 'WASTING'))?.source).toBe(
          'Puskesmas register',
        );
        expect(await value('32.16.01', '2023', 'WASTING')).toMatchObject({
          source: 'Puskesmas register',
          numerator: 12,
          denominator: 170,
          reportingRegions: 2,
        });
        const unknown = await execute(
          SetPriority,
          { code: 'NOPE', sources: [] },
          { viewer: viewers.admin, responseCache: false },
        );
        expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
        expect(
          await db.auditLog.count({
            where: { action: 'SET_SOURCE_PRIORITY', target: 'indicator:WASTING' },
          }),
        ).toBe(1);
      }
    },
    slow,
  );
});

describe('totals stay within what a roll-up can serve', () => {
  it(
    'rejects the row that pushes a province total past 2,147,483,647, naming it, and writes nothing',
    async () => {
      {
        await importRegionsFromIdnArea(['32.16'], actor);
        const rows = (n: number) =>
          [
            'kode,indicator,period,numerator,denominator,source',
            ...['2001', '2002', '2003']
              .slice(0, n)
              .map((d) => `32.16.01.${d},STUNTING,2022,999999999,999999999,huge`),
          ].join('\n');
        // Two rows total 1,999,999,998: they fit, and the kecamatan sum is exact.
        await importIndicatorCsv(rows(2), actor);
        expect(await value('32.16.01', '2022')).toMatchObject({
          numerator: 1_999_999_998,
          denominator: 1_999_999_998,
        });
        // A third pushes the total to 2,999,999,997: line 4 is named, nothing is written.
        const attempt = importIndicatorCsv(rows(3), actor);
        await expect(attempt).rejects.toThrow(ImportRejected);
        await expect(attempt).rejects.toThrow(
          'line 4: the STUNTING 2022 denominators of source "huge" over province 32 would total 2999999997, more than 2147483647',
        );
        expect(await db.indicatorValue.count({ where: { source: 'huge' } })).toBe(2);
        // Replacing a stored row counts the new value only: this replay fits.
        expect(await importIndicatorCsv(rows(2), actor)).toEqual({ rows: 2, changed: 0 });
      }
    },
    slow,
  );

  it(
    'sums in bigint: rows written past the import still give exact totals, not an overflow',
    async () => {
      {
        await importRegionsFromIdnArea(['32.16'], actor);
        await db.$executeRaw`
        INSERT INTO indicator_value (region_kode, indicator_code, period, source, numerator, denominator)
        SELECT kode, 'STUNTING', '2022', 'huge', 999999999, 999999999
        FROM region WHERE kode = '32.16.01.2003'`;
        const result = await execute(
          Value,
          { kode: '32.16.01', code: 'STUNTING', period: '2022' },
          { viewer: viewers.analyst, responseCache: false },
        );
        // GraphQL Int cannot carry 2,999,999,997: that field errors, the read above it does not.
        expect(result.data?.region).not.toBeNull();
        expect(result.errors?.[0]?.message).toMatch(/Int cannot represent/);
        const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT sum(numerator::bigint)::float8 AS n FROM indicator_value WHERE source = 'huge'`;
        expect(row?.n).toBe(2_999_999_997);
      }
    },
    slow,
  );
});

describe('the demo on a database with real data', () => {
  it(
    'is marked synthetic, never wins over real values, and demo:remove takes all of it out',
    async () => {
      {
        await importRegionsFromIdnArea(['32.16'], actor);
        const before = await db.indicatorValue.count();
        // Real values for two desa of Tarumajaya, STUNTING 2023, smaller than the demo's counts.
        await importIndicatorCsv(
          [
            'kode,indicator,period,numerator,denominator,source',
            '32.16.01.2001,STUNTING,2023,1,10,e-PPGBM',
            '32.16.01.2002,STUNTING,2023,2,10,Puskesmas register',
          ].join('\n'),
          actor,
        );
        const counts = await seedDemo();
        expect(counts).toMatchObject({ regions: 212, boundaries: 211, syntheticBoundaries: 0 });
        const synthetic = await syntheticCounts();
        expect(synthetic.indicator_value).toBeGreaterThan(1000);
        expect(synthetic.child).toBe(8 * 12);
        expect(synthetic.facility).toBeGreaterThan(0);
        expect(synthetic.agency).toBe(12);
        expect(synthetic['region.geom']).toBe(0);
        // Real: region names and the shipped boundaries, the published survey figures.
        expect(await db.indicatorValue.count({ where: { synthetic: false } })).toBe(before + 2 + 5);
        expect(
          await db.region.count({
            where: { geomSource: shippedBoundarySource, geomSynthetic: false },
          }),
        ).toBe(211);

        // The desa with a real value shows it, though the demo's denominator is larger.
        const demoDesa = await db.indicatorValue.findFirstOrThrow({
          where: {
            regionKode: '32.16.01.2001',
            indicatorCode: 'STUNTING',
            period: '2023',
            synthetic: true,
          },
        });
        expect(demoDesa.denominator).toBeGreaterThan(10);
        expect(await value('32.16.01.2001', '2023')).toMatchObject({
          source: 'e-PPGBM',
          numerator: 1,
          denominator: 10,
          synthetic: false,
        });
        expect(await value('32.16.01.2002', '2023')).toMatchObject({
          source: 'Puskesmas register',
          synthetic: false,
        });
        // The kecamatan reports the source its priority puts first (e-PPGBM), summed over the desa
        // that report it, as that desa does; the demo's larger sums never win.
        expect(await value('32.16.01', '2023')).toMatchObject({
          source: 'e-PPGBM',
          numerator: 1,
          denominator: 10,
          reportingRegions: 1,
          synthetic: false,
        });
        // A desa with only demo values shows them, flagged.
        expect(await value('32.16.02.2001', '2023')).toMatchObject({ synthetic: true });

        // demo:remove: every synthetic row goes, in one audited transaction; real rows stay.
        const removed = await removeDemo(actor);
        expect(removed).toEqual(synthetic);
        expect(Object.values(await syntheticCounts()).every((n) => n === 0)).toBe(true);
        expect(await db.indicatorValue.count()).toBe(before + 2 + 5);
        expect(await db.region.count({ where: { geomSource: shippedBoundarySource } })).toBe(211);
        const audit = await db.auditLog.findFirstOrThrow({
          where: { action: 'REMOVE_DEMO' },
          orderBy: { id: 'desc' },
        });
        expect(audit.detail).toEqual(removed);
        expect(await value('32.16.02.2001', '2023')).toBeNull();
        // Again: nothing left to remove.
        expect(Object.values(await removeDemo(actor)).every((n) => n === 0)).toBe(true);
      }
    },
    slow,
  );

  it(
    'draws rectangles only when asked, and marks them synthetic',
    async () => {
      {
        const counts = await seedDemo({ geometry: 'synthetic' });
        expect(counts).toMatchObject({ boundaries: 211, syntheticBoundaries: 211 });
        expect(await db.region.count({ where: { geomSynthetic: true } })).toBe(211);
        await importBoundaries(
          readJson('kab_bekasi_desa_kelurahan.geojson'),
          { source: shippedBoundarySource },
          actor,
        );
        // A real import over a synthetic boundary clears the mark.
        expect(await db.region.count({ where: { geomSynthetic: true } })).toBe(24);
        await removeDemo(actor);
        expect(await db.region.count({ where: { geomSource: null } })).toBe(1 + 24);
        expect(
          await db.region.count({
            where: { level: 'DESA', geomSynthetic: false, NOT: { geomSource: null } },
          }),
        ).toBe(187);
      }
    },
    slow,
  );
});
