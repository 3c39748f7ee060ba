import { bboxPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicViewer, type Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { geodesicDistance } from '../../src/geo/geodesicDistance.ts';
import { weightsCacheStats } from '../../src/modules/analytics/analytics.weights.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { upsertRegions } from '../../src/modules/region/region.sql.ts';
import { annualRateOfReduction } from '../../src/stats/annualRateOfReduction.ts';
import { benjaminiHochberg } from '../../src/stats/benjaminiHochberg.ts';
import { empiricalBayesGlobal } from '../../src/stats/empiricalBayesGlobal.ts';
import { empiricalBayesLocal } from '../../src/stats/empiricalBayesLocal.ts';
import { localGStar } from '../../src/stats/localGStar.ts';
import { localMoran } from '../../src/stats/localMoran.ts';
import { localMoranPermutation } from '../../src/stats/localMoranPermutation.ts';
import { moranGlobal } from '../../src/stats/moranGlobal.ts';
import { outlierFlags } from '../../src/stats/outlierFlags.ts';
import { wilsonInterval } from '../../src/stats/wilsonInterval.ts';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const analyst = { viewer: viewers.analyst };

/**
 * A second made-up province "98" for islands: five 0.1° squares in a row at latitude 10 (each
 * touching the next), 98.01.01.2006 far away, 98.01.01.2007 without a boundary. STUNTING 2023
 * ("islands"): 2001…2007 = 10/50, 20/50, 5/50, 30/50, 12/50, 25/50, 8/50.
 */
const islandCounts: [string, number][] = [
  ['98.01.01.2001', 10],
  ['98.01.01.2002', 20],
  ['98.01.01.2003', 5],
  ['98.01.01.2004', 30],
  ['98.01.01.2005', 12],
  ['98.01.01.2006', 25],
  ['98.01.01.2007', 8],
];

const box = (west: number, south: number, east: number, north: number): Polygon =>
  bboxPolygon([west, south, east, north]).geometry;

async function loadIslands(): Promise<void> {
  const row = (kode: string, level: 'PROVINSI' | 'KABUPATEN' | 'KECAMATAN' | 'DESA') => ({
    kode,
    nama: `Islands ${kode}`,
    level,
    jenis: level === 'DESA' ? ('DESA' as const) : null,
    parentKode: kode.includes('.') ? kode.slice(0, kode.lastIndexOf('.')) : null,
    source: 'analytics test',
  });
  await upsertRegions(db, [
    row('98', 'PROVINSI'),
    row('98.01', 'KABUPATEN'),
    row('98.01.01', 'KECAMATAN'),
    ...islandCounts.map(([kode]) => row(kode, 'DESA')),
  ]);
  await db.region.setGeometries(
    [
      ...[0, 1, 2, 3, 4].map((i) => ({
        kode: `98.01.01.200${i + 1}`,
        geometry: box(120 + i / 10, 10, 120.1 + i / 10, 10.1),
      })),
      { kode: '98.01.01.2006', geometry: box(121, 11, 121.1, 11.1) },
    ],
    'analytics test',
  );
  await upsertIndicatorValues(
    db,
    islandCounts.map(([kode, numerator]) => ({
      kode,
      code: 'STUNTING',
      period: '2023',
      source: 'islands',
      numerator,
      denominator: 50,
      value: null,
      ciLow: null,
      ciHigh: null,
      se: null,
      method: null,
    })),
  );
}

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  await loadIslands();
});

afterAll(async () => {
  await db.indicatorValue.deleteMany({ where: { regionKode: { startsWith: '98' } } });
  for (const level of ['DESA', 'KECAMATAN', 'KABUPATEN', 'PROVINSI'] as const) {
    await db.region.deleteMany({ where: { level, kode: { startsWith: '98' } } });
  }
});

const ChoroplethQuery = graphql(`
  query AnalyticsChoropleth(
    $parentKode: ID!
    $method: ClassificationMethod
    $classes: Int
    $smoothing: Smoothing
    $period: String!
  ) {
    choropleth(
      level: DESA
      parentKode: $parentKode
      indicator: "STUNTING"
      period: $period
      method: $method
      classes: $classes
      smoothing: $smoothing
    ) {
      breaks
      noDataCount
      classes { index lower upper upperInclusive count }
      regions { kode nama value rawValue classIndex suppressed }
    }
  }
`);

const choropleth = async (
  method: 'QUANTILE' | 'EQUAL_INTERVAL' | 'JENKS' | 'STANDARD_DEVIATION' | 'PRETTY',
  classes: number,
  options: { viewer?: Viewer; smoothing?: 'NONE' | 'EMPIRICAL_BAYES' } = {},
) => {
  const result = await execute(
    ChoroplethQuery,
    { parentKode: '99.01', method, classes, smoothing: options.smoothing, period: '2023' },
    { viewer: options.viewer ?? viewers.analyst },
  );
  expect(result.errors).toBeUndefined();
  const c = result.data?.choropleth;
  if (!c) throw new Error('no choropleth');
  return { ...c, classOf: Object.fromEntries(c.regions.map((r) => [r.kode, r.classIndex])) };
};

describe('Query.choropleth', () => {
  // Fixture desa, STUNTING 2023: 2001 = 24%, 2002 = 7.5%, 1001 = 0%, 99.01.02.2002 no data.
  it('computes quantile breaks and classes by hand', async () => {
    // quantile(c(0, 7.5, 24), c(0, .5, 1)) = 0, 7.5, 24; classes [0, 7.5) and [7.5, 24]
    const c = await choropleth('QUANTILE', 2);
    expect(c.breaks).toEqual([0, 7.5, 24]);
    expect(c.classOf).toEqual({
      '99.01.01.2001': 1,
      '99.01.01.2002': 1,
      '99.01.02.1001': 0,
      '99.01.02.2002': null,
    });
    expect(c.noDataCount).toBe(1);
    expect(c.classes).toEqual([
      { index: 0, lower: 0, upper: 7.5, upperInclusive: false, count: 1 },
      { index: 1, lower: 7.5, upper: 24, upperInclusive: true, count: 2 },
    ]);
    expect(c.regions.map((r) => [r.kode, r.value, r.rawValue])).toEqual([
      ['99.01.01.2001', 24, 24],
      ['99.01.01.2002', 7.5, 7.5],
      ['99.01.02.1001', 0, 0],
      ['99.01.02.2002', null, null],
    ]);
  });

  it('computes equal-interval, Jenks, standard-deviation and pretty breaks by hand', async () => {
    const equal = await choropleth('EQUAL_INTERVAL', 3);
    expect(equal.breaks).toEqual([0, 8, 16, 24]);
    expect(equal.classOf['99.01.01.2001']).toBe(2);
    expect(equal.classOf['99.01.01.2002']).toBe(0);
    // ckmeans: {0, 7.5} and {24} → minima 0 and 24 plus the maximum 24; 24 goes to the last class
    const jenks = await choropleth('JENKS', 2);
    expect(jenks.breaks).toEqual([0, 24, 24]);
    expect([jenks.classOf['99.01.01.2001'], jenks.classOf['99.01.01.2002']]).toEqual([1, 0]);
    // mean 10.5, sd = √((10.5² + 3² + 13.5²)/2) = √150.75; edges mean ± sd/2
    const sd = await choropleth('STANDARD_DEVIATION', 5);
    const half = Math.sqrt(150.75) / 2;
    expect(sd.breaks).toHaveLength(4);
    expect(sd.breaks[1]).toBeCloseTo(10.5 - half, 12);
    expect(sd.breaks[2]).toBeCloseTo(10.5 + half, 12);
    expect(Object.values(sd.classOf)).toEqual([2, 1, 0, null]);
    // R: pretty(c(0, 24), n = 5) = 0 5 10 15 20 25
    const pretty = await choropleth('PRETTY', 5);
    expect(pretty.breaks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(Object.values(pretty.classOf)).toEqual([4, 1, 0, null]);
  });

  it('smooths with global empirical Bayes and keeps the raw value beside it', async () => {
    const c = await choropleth('QUANTILE', 2, { smoothing: 'EMPIRICAL_BAYES' });
    const eb = empiricalBayesGlobal([12, 3, 0], [50, 40, 25]);
    expect(c.regions.slice(0, 3).map((r) => r.value)).toEqual(eb.smoothed.map((p) => 100 * p));
    expect(c.regions.slice(0, 3).map((r) => r.rawValue)).toEqual([24, 7.5, 0]);
    expect(c.regions[3]?.value).toBeNull();
  });

  it('treats cells suppressed for the public as no data', async () => {
    // 2002 has 3 stunted (< 5): suppressed; 2001, its only sibling with data, and their
    // kecamatan are secondary cells, and so, in this two-kecamatan fixture, are 99.01.02 and its
    // only desa with data, 1001 (0 of 25): see src/disclosure/protectTable.ts.
    const c = await choropleth('QUANTILE', 2, { viewer: publicViewer });
    expect(c.regions).toEqual([
      {
        kode: '99.01.01.2001',
        nama: 'Desa Satu',
        value: null,
        rawValue: null,
        classIndex: null,
        suppressed: true,
      },
      {
        kode: '99.01.01.2002',
        nama: 'Desa Dua',
        value: null,
        rawValue: null,
        classIndex: null,
        suppressed: true,
      },
      {
        kode: '99.01.02.1001',
        nama: 'Kelurahan Tiga',
        value: null,
        rawValue: null,
        classIndex: null,
        suppressed: true,
      },
      {
        kode: '99.01.02.2002',
        nama: 'Desa Empat',
        value: null,
        rawValue: null,
        classIndex: null,
        suppressed: false,
      },
    ]);
    expect(c.breaks).toEqual([]);
    // smoothing cannot bring the hidden counts back: EB over nothing shown
    const eb = await choropleth('QUANTILE', 2, {
      viewer: publicViewer,
      smoothing: 'EMPIRICAL_BAYES',
    });
    expect(eb.regions.map((r) => r.value)).toEqual([null, null, null, null]);
  });

  it('returns a FeatureCollection with the class in the properties', async () => {
    const result = await execute(
      graphql(`
        query AnalyticsChoroplethFeatures {
          choropleth(level: DESA, parentKode: "99.01", indicator: "STUNTING", period: "2023", classes: 2) {
            featureCollection(precision: 3)
          }
        }
      `),
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const fc = result.data?.choropleth.featureCollection as {
      type: string;
      features: { id: string; properties: { classIndex: number | null }; geometry: Polygon }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => [f.id, f.properties.classIndex])).toEqual([
      ['99.01.01.2001', 1],
      ['99.01.01.2002', 1],
      ['99.01.02.1001', 0],
      ['99.01.02.2002', null],
    ]);
    expect(fc.features[0]?.geometry.type).toBe('MultiPolygon');
  });

  it.each([
    [{ parentKode: '99.1' }, 'parentKode'],
    [{ parentKode: '99.01.01.2001' }, 'parentKode'],
    [{ classes: 0 }, 'classes'],
    [{ period: '2023-13' }, 'period'],
  ])('rejects %j with BAD_USER_INPUT', async (change, argument) => {
    const result = await execute(
      ChoroplethQuery,
      { parentKode: '99.01', method: 'QUANTILE', classes: 2, period: '2023', ...change },
      analyst,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  });
});

const AreaStatsQuery = graphql(`
  query AnalyticsAreaStats($geometry: GeoJSON!, $weighting: AreaWeighting, $indicator: String!) {
    areaStats(geometry: $geometry, indicator: $indicator, period: "2023", weighting: $weighting) {
      numerator
      denominator
      value
      ciLow
      ciHigh
      areaKm2
      coveredAreaKm2
      dataShare
      regions { kode share overlapKm2 numerator denominator value }
    }
  }
`);

describe('Query.areaStats', () => {
  // A 0.15° square from (100.0, −0.1) to (100.15, 0.05): the southern half of 2001 (12/50) and
  // the south-western quarter of 2002 (3/40), and nothing else with a boundary.
  const drawn = box(100.0, -0.1, 100.15, 0.05);
  const areaStats = async (
    weighting: 'AREA' | 'POPULATION',
    viewer: Viewer = viewers.analyst,
    geometry: object = drawn,
  ) => {
    const result = await execute(
      AreaStatsQuery,
      { geometry, weighting, indicator: 'STUNTING' },
      { viewer },
    );
    expect(result.errors).toBeUndefined();
    const stats = result.data?.areaStats;
    if (!stats) throw new Error('no areaStats');
    return stats;
  };

  it('apportions counts by Turf area shares that agree with PostGIS ST_Intersection', async () => {
    const stats = await areaStats('POPULATION');
    const reference = await db.$queryRaw<
      { kode: string; share: number; overlap_km2: number; drawn_km2: number }[]
    >`
      WITH d AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(drawn)}), 4326) AS g)
      SELECT kode,
             ST_Area(ST_Intersection(geom, d.g)::geography) / ST_Area(geom::geography) AS share,
             ST_Area(ST_Intersection(geom, d.g)::geography) / 1e6 AS overlap_km2,
             ST_Area(d.g::geography) / 1e6 AS drawn_km2
      FROM region, d
      WHERE level = 'DESA' AND geom && d.g
        AND ST_Area(ST_Intersection(geom, d.g)) > 0
      ORDER BY kode`;
    expect(stats.regions.map((r) => r.kode)).toEqual(['99.01.01.2001', '99.01.01.2002']);
    expect(reference.map((r) => r.kode)).toEqual(['99.01.01.2001', '99.01.01.2002']);
    stats.regions.forEach((region, i) => {
      const ref = reference[i];
      if (!ref) throw new Error('missing reference');
      expect(Math.abs(region.share / ref.share - 1)).toBeLessThan(1e-3);
      expect(Math.abs(region.overlapKm2 / ref.overlap_km2 - 1)).toBeLessThan(1e-3);
    });
    expect(stats.regions[0]?.share).toBeCloseTo(0.5, 4);
    expect(stats.regions[1]?.share).toBeCloseTo(0.25, 4);
    // 0.5 × 12 + 0.25 × 3 = 6.75 of 0.5 × 50 + 0.25 × 40 = 35
    expect(stats.numerator).toBeCloseTo(6.75, 3);
    expect(stats.denominator).toBeCloseTo(35, 3);
    expect(stats.regions.map((r) => [r.numerator, r.denominator, r.value])).toEqual([
      [expect.closeTo(6, 3), expect.closeTo(25, 3), 24],
      [expect.closeTo(0.75, 3), expect.closeTo(10, 3), 7.5],
    ]);
    expect(stats.value).toBeCloseTo((100 * 6.75) / 35, 3);
    const [low, high] = wilsonInterval(7, 35);
    expect(stats.ciLow).toBeCloseTo(100 * low, 10);
    expect(stats.ciHigh).toBeCloseTo(100 * high, 10);
    const drawnKm2 = reference[0]?.drawn_km2 ?? 0;
    expect(stats.areaKm2).toBeCloseTo(drawnKm2, 6);
    const covered = reference.reduce((sum, r) => sum + r.overlap_km2, 0);
    expect(Math.abs(stats.coveredAreaKm2 / covered - 1)).toBeLessThan(1e-3);
    expect(Math.abs(stats.dataShare / (covered / drawnKm2) - 1)).toBeLessThan(1e-3);
    expect(stats.dataShare).toBeCloseTo(1 / 3, 3);
  });

  it('gives a desa wholly inside the drawing share 1 and its own area, others their Turf share', async () => {
    // Covers 2001 entirely, half of 2002 and a 0.01°-high strip of 1001.
    const wide = box(99.99, -0.01, 100.15, 0.11);
    const stats = await areaStats('POPULATION', viewers.analyst, wide);
    const reference = await db.$queryRaw<
      { kode: string; share: number; overlap_km2: number; area_km2: number }[]
    >`
      WITH d AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(wide)}), 4326) AS g)
      SELECT kode, area_km2,
             ST_Area(ST_Intersection(geom, d.g)::geography) / ST_Area(geom::geography) AS share,
             ST_Area(ST_Intersection(geom, d.g)::geography) / 1e6 AS overlap_km2
      FROM region, d
      WHERE level = 'DESA' AND geom && d.g AND ST_Area(ST_Intersection(geom, d.g)) > 0
      ORDER BY kode`;
    expect(stats.regions.map((r) => r.kode)).toEqual(reference.map((r) => r.kode));
    expect(reference.map((r) => r.kode)).toEqual([
      '99.01.01.2001',
      '99.01.01.2002',
      '99.01.02.1001',
    ]);
    const inside = stats.regions[0];
    expect(inside?.share).toBe(1);
    expect(inside?.overlapKm2).toBe(reference[0]?.area_km2);
    stats.regions.forEach((region, i) => {
      const ref = reference[i];
      if (!ref) throw new Error('missing reference');
      expect(Math.abs(region.share / ref.share - 1)).toBeLessThan(1e-3);
      expect(Math.abs(region.overlapKm2 / ref.overlap_km2 - 1)).toBeLessThan(1e-3);
    });
    expect(stats.regions[1]?.share).toBeCloseTo(0.5, 4);
    // 1001 is 0.2° × 0.1°; the strip is 0.15° × 0.01°: 0.75 × 0.1.
    expect(stats.regions[2]?.share).toBeCloseTo(0.75 * 0.1, 3);
  });

  it('weights desa rates by overlap area with AREA', async () => {
    // overlaps 2 : 1 → (2 × 24 + 7.5)/3 = 18.5; interval on n = 35, x = round(0.185 × 35) = 6
    const stats = await areaStats('AREA');
    expect(stats.value).toBeCloseTo(18.5, 3);
    expect(stats.numerator).toBeCloseTo(6.75, 3);
    const [low, high] = wilsonInterval(6, 35);
    expect(stats.ciLow).toBeCloseTo(100 * low, 10);
    expect(stats.ciHigh).toBeCloseTo(100 * high, 10);
  });

  it('leaves suppressed cells out for the public', async () => {
    const stats = await areaStats('POPULATION', publicViewer);
    expect(stats.regions.map((r) => r.numerator)).toEqual([null, null]);
    expect(stats).toMatchObject({ numerator: null, denominator: null, value: null, dataShare: 0 });
    expect(stats.regions[0]?.share).toBeCloseTo(0.5, 4);
  });

  it('returns nothing for an area without desa', async () => {
    const stats = await areaStats('AREA', viewers.analyst, box(10, 10, 10.1, 10.1));
    expect(stats).toMatchObject({ regions: [], numerator: null, value: null, dataShare: 0 });
    expect(stats.coveredAreaKm2).toBe(0);
  });

  it.each([
    ['a point', { type: 'Point', coordinates: [100, 0] }, 'geometry'],
    [
      'an unclosed ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [100, 0],
            [101, 0],
            [101, 1],
            [100, 1],
          ],
        ],
      },
      'geometry',
    ],
    [
      'a self-intersecting bow tie',
      {
        type: 'Polygon',
        coordinates: [
          [
            [100, 0],
            [100.1, 0.1],
            [100.1, 0],
            [100, 0.1],
            [100, 0],
          ],
        ],
      },
      'geometry',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_name, geometry, argument) => {
    const result = await execute(AreaStatsQuery, { geometry, indicator: 'STUNTING' }, analyst);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  });

  it('rejects an unknown indicator even where no desa lies', async () => {
    const result = await execute(
      AreaStatsQuery,
      { geometry: box(10, 10, 10.1, 10.1), indicator: 'STUNTNG' },
      analyst,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('"STUNTNG"');
  });
});

const AutocorrelationQuery = graphql(`
  query AnalyticsAutocorrelation(
    $parentKode: ID!
    $period: String!
    $weights: WeightsKind
    $k: Int
    $permutations: Int
    $seed: Int
    $smoothing: Smoothing
  ) {
    spatialAutocorrelation(
      level: DESA
      parentKode: $parentKode
      indicator: "STUNTING"
      period: $period
      weights: $weights
      k: $k
      permutations: $permutations
      seed: $seed
      smoothing: $smoothing
    ) {
      moran { i expected variance z p pTwoSided n }
      islands
      permutations
      seed
      regions {
        kode value rawValue neighbors localI expected variance z p pseudoP pseudoPFolded
        quadrant significant significantFdr giStarZ excludedReason
      }
    }
  }
`);

const BekasiValuesQuery = graphql(`
  query AnalyticsBekasiValues {
    regions(level: DESA, parentKode: "32.16", first: 500) {
      nodes {
        kode
        indicator(code: "STUNTING", period: "2023") { value numerator denominator }
      }
    }
  }
`);

/** Neighbour lists of the seeded Bekasi desa by PostGIS alone, in kode order. */
async function postgisNeighbours(kind: 'QUEEN' | 'ROOK'): Promise<Map<string, string[]>> {
  const rows =
    kind === 'QUEEN'
      ? await db.$queryRaw<{ a: string; b: string }[]>`
          SELECT a.kode AS a, b.kode AS b FROM region a JOIN region b
            ON a.kode <> b.kode AND a.geom && ST_Expand(b.geom, 0.0001)
           AND ST_DWithin(a.geom::geography, b.geom::geography, 1)
          WHERE a.level = 'DESA' AND b.level = 'DESA'
            AND a.kode LIKE '32.16.%' AND b.kode LIKE '32.16.%'`
      : // shared boundary of dimension 1: a common edge stretch (exact for the synthetic tiling)
        await db.$queryRaw<{ a: string; b: string }[]>`
          SELECT a.kode AS a, b.kode AS b FROM region a JOIN region b
            ON a.kode <> b.kode AND a.geom && b.geom AND ST_Relate(a.geom, b.geom, '****1****')
          WHERE a.level = 'DESA' AND b.level = 'DESA'
            AND a.kode LIKE '32.16.%' AND b.kode LIKE '32.16.%'`;
  const map = new Map<string, string[]>();
  for (const { a, b } of rows) map.set(a, [...(map.get(a) ?? []), b]);
  for (const list of map.values()) list.sort();
  return map;
}

describe('Query.spatialAutocorrelation', () => {
  it('agrees with the pure spdep-verified functions on the seeded Bekasi desa', async () => {
    const result = await execute(
      AutocorrelationQuery,
      { parentKode: '32.16', period: '2023', permutations: 999, seed: 42 },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const sa = result.data?.spatialAutocorrelation;
    if (!sa) throw new Error('no result');
    expect(sa.regions).toHaveLength(187);
    expect(sa).toMatchObject({ permutations: 999, seed: 42, islands: [] });

    // Independent inputs: values through Region.indicator, neighbours from PostGIS.
    const values = await execute(BekasiValuesQuery, {}, analyst);
    const nodes = values.data?.regions.nodes ?? [];
    expect(nodes.map((n) => n.kode)).toEqual(sa.regions.map((r) => r.kode));
    const queen = await postgisNeighbours('QUEEN');
    expect(sa.regions.map((r) => r.neighbors)).toEqual(nodes.map((n) => queen.get(n.kode) ?? []));

    const used = nodes.filter((n) => n.indicator?.value != null);
    expect(used.length).toBeGreaterThan(150);
    expect(used.length).toBeLessThan(187);
    const position = new Map(used.map((n, p) => [n.kode, p]));
    const x = used.map((n) => n.indicator?.value as number);
    const nb = used.map((n) =>
      (queen.get(n.kode) ?? []).flatMap((k) =>
        position.has(k) ? [position.get(k) as number] : [],
      ),
    );
    const moran = moranGlobal(x, { neighbours: nb });
    expect(sa.moran.i).toBeCloseTo(moran.I, 12);
    expect(sa.moran.expected).toBeCloseTo(moran.expectation, 12);
    expect(sa.moran.variance).toBeCloseTo(moran.variance, 12);
    expect(sa.moran.z).toBeCloseTo(moran.z, 10);
    expect(sa.moran.p).toBeCloseTo(moran.p, 12);
    expect(sa.moran.n).toBe(used.length);

    const local = localMoran(x, { neighbours: nb });
    const permuted = localMoranPermutation(x, { neighbours: nb }, { permutations: 999, seed: 42 });
    const gStar = localGStar(x, nb);
    // GeoDa/PySAL: folded pseudo-p ≤ 0.05 unadjusted; the FDR version is BH over the same p.
    const significant = permuted.map((r) => r.pFolded !== null && r.pFolded <= 0.05);
    const { significant: significantFdr } = benjaminiHochberg(permuted.map((r) => r.pFolded));
    const byKode = new Map(sa.regions.map((r) => [r.kode, r]));
    used.forEach((n, p) => {
      const region = byKode.get(n.kode);
      expect(region?.value).toBe(x[p]);
      expect(region?.localI).toBeCloseTo(local[p]?.ii as number, 12);
      expect(region?.expected).toBeCloseTo(local[p]?.expectation as number, 12);
      expect(region?.variance).toBeCloseTo(local[p]?.variance as number, 12);
      expect(region?.z).toBeCloseTo(local[p]?.z as number, 10);
      expect(region?.quadrant).toBe(local[p]?.quadrant);
      expect(region?.pseudoP).toBe(permuted[p]?.pSim);
      expect(region?.pseudoPFolded).toBe(permuted[p]?.pFolded);
      expect(region?.significant).toBe(significant[p]);
      expect(region?.significantFdr).toBe(significantFdr[p]);
      expect(region?.giStarZ).toBeCloseTo(gStar[p] as number, 10);
      expect(region?.excludedReason).toBeNull();
    });
    for (const n of nodes.filter((m) => m.indicator?.value == null)) {
      expect(byKode.get(n.kode)).toMatchObject({
        value: null,
        localI: null,
        excludedReason: 'no data',
      });
    }
  });

  it('treats cells suppressed for the public as no data', async () => {
    const run = async (viewer: Viewer) => {
      const result = await execute(
        AutocorrelationQuery,
        { parentKode: '32.16', period: '2023', permutations: 0 },
        { viewer },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.spatialAutocorrelation.regions ?? [];
    };
    const shown = (await execute(BekasiValuesQuery, {}, { viewer: publicViewer })).data?.regions
      .nodes;
    const publicRegions = await run(publicViewer);
    const analystRegions = await run(viewers.analyst);
    const noData = (regions: typeof publicRegions) =>
      regions.filter((r) => r.excludedReason === 'no data').map((r) => r.kode);
    expect(noData(publicRegions)).toEqual(
      shown?.filter((n) => n.indicator?.value == null).map((n) => n.kode),
    );
    expect(noData(publicRegions).length).toBeGreaterThan(noData(analystRegions).length);
    for (const kode of noData(publicRegions)) {
      const region = publicRegions.find((r) => r.kode === kode);
      expect(region).toMatchObject({ value: null, rawValue: null, localI: null, giStarZ: null });
    }
  });

  it('repeats the permutations exactly for the same seed', async () => {
    const run = async (seed: number) =>
      (
        await execute(
          AutocorrelationQuery,
          { parentKode: '32.16', period: '2023', permutations: 99, seed },
          analyst,
        )
      ).data?.spatialAutocorrelation.regions.map((r) => r.pseudoP);
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(await run(8)).not.toEqual(first);
  });

  it('smooths with spatial empirical Bayes over the same graph', async () => {
    const result = await execute(
      AutocorrelationQuery,
      {
        parentKode: '32.16',
        period: '2023',
        permutations: 0,
        smoothing: 'SPATIAL_EMPIRICAL_BAYES',
      },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const sa = result.data?.spatialAutocorrelation;
    const values = (await execute(BekasiValuesQuery, {}, analyst)).data?.regions.nodes ?? [];
    const queen = await postgisNeighbours('QUEEN');
    const used = values.filter((n) => n.indicator?.denominator != null);
    const position = new Map(used.map((n, p) => [n.kode, p]));
    const eb = empiricalBayesLocal(
      used.map((n) => n.indicator?.numerator as number),
      used.map((n) => n.indicator?.denominator as number),
      used.map((n) =>
        (queen.get(n.kode) ?? []).flatMap((k) =>
          position.has(k) ? [position.get(k) as number] : [],
        ),
      ),
    );
    const byKode = new Map(sa?.regions.map((r) => [r.kode, r]));
    used.forEach((n, p) => {
      expect(byKode.get(n.kode)?.value).toBeCloseTo(100 * (eb.smoothed[p] as number), 10);
      expect(byKode.get(n.kode)?.rawValue).toBe(n.indicator?.value);
    });
    expect(sa?.regions.every((r) => r.pseudoP === null)).toBe(true);
  });

  it('reports islands, gives them no local statistics and keeps them in Moran as spdep does', async () => {
    const result = await execute(
      AutocorrelationQuery,
      { parentKode: '98.01', period: '2023', permutations: 99 },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const sa = result.data?.spatialAutocorrelation;
    expect(sa?.islands).toEqual(['98.01.01.2006', '98.01.01.2007']);
    expect(sa?.regions.map((r) => r.excludedReason)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'island: no neighbours',
      'island: no boundary loaded',
    ]);
    expect(sa?.regions[5]).toMatchObject({ value: 50, localI: null, giStarZ: null, neighbors: [] });
    const x = islandCounts.map(([, n]) => 2 * n);
    const nb = [[1], [0, 2], [1, 3], [2, 4], [3], [], []];
    const moran = moranGlobal(x, { neighbours: nb });
    expect(sa?.moran.i).toBeCloseTo(moran.I, 12);
    expect(sa?.moran.n).toBe(5);
    expect(sa?.regions[2]?.localI).toBeCloseTo(
      localMoran(x, { neighbours: nb })[2]?.ii as number,
      12,
    );
  });

  it('computes weights once and again only after the geometry changes', async () => {
    const run = () =>
      recordStatements(() =>
        execute(
          AutocorrelationQuery,
          { parentKode: '98.01', period: '2023', permutations: 99, weights: 'ROOK' },
          analyst,
        ),
      );
    const geometryReads = (statements: { sql: string }[]) =>
      statements.filter((s) => s.sql.includes('ST_AsGeoJSON')).length;
    await run();
    const cached = await run();
    expect(cached.result.errors).toBeUndefined();
    expect(geometryReads(cached.statements)).toBe(0);
    await db.region.setGeometries(
      [{ kode: '98.01.01.2005', geometry: box(120.4, 10, 120.5, 10.1) }],
      'analytics test',
    );
    expect(geometryReads((await run()).statements)).toBe(1);
    expect(geometryReads((await run()).statements)).toBe(0);
  });

  it.each([
    [{ weights: 'KNN' as const }, 'k'],
    [{ weights: 'KNN' as const, k: 500 }, 'k'],
    [{ permutations: 1 }, 'permutations'],
    [{ parentKode: '99.01' }, 'parentKode'],
  ])('rejects %j with BAD_USER_INPUT', async (change, argument) => {
    const result = await execute(
      AutocorrelationQuery,
      { parentKode: '32.16', period: '2023', ...change },
      analyst,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  });
});

const NeighborsQuery = graphql(`
  query AnalyticsNeighbors($parentKode: ID!, $weights: WeightsKind, $k: Int) {
    regions(level: DESA, parentKode: $parentKode, first: 200) {
      nodes { kode neighbors(weights: $weights, k: $k) { kode level parent { kode } } }
    }
  }
`);

describe('Region.neighbors', () => {
  const neighbours = async (parentKode: string, weights: 'QUEEN' | 'ROOK' | 'KNN', k?: number) => {
    const result = await execute(NeighborsQuery, { parentKode, weights, k }, analyst);
    expect(result.errors).toBeUndefined();
    return new Map(
      result.data?.regions.nodes.map((n) => [n.kode, n.neighbors.map((m) => m.kode)]) ?? [],
    );
  };

  it('lists the fixture squares that touch', async () => {
    const result = await execute(NeighborsQuery, { parentKode: '99.01' }, analyst);
    expect(result.data?.regions.nodes[0]?.neighbors).toEqual([
      { kode: '99.01.01.2002', level: 'DESA', parent: { kode: '99.01.01' } },
      { kode: '99.01.02.1001', level: 'DESA', parent: { kode: '99.01.02' } },
    ]);
    const queen = await neighbours('99.01', 'QUEEN');
    expect(Object.fromEntries(queen)).toEqual({
      '99.01.01.2001': ['99.01.01.2002', '99.01.02.1001'],
      '99.01.01.2002': ['99.01.01.2001', '99.01.02.1001', '99.01.02.2002'],
      '99.01.02.1001': ['99.01.01.2001', '99.01.01.2002', '99.01.02.2002'],
      '99.01.02.2002': ['99.01.01.2002', '99.01.02.1001'],
    });
    expect(await neighbours('99.01', 'ROOK')).toEqual(queen);
  });

  it('matches PostGIS for QUEEN (ST_DWithin 1 m) and ROOK (a shared edge) on the seeded desa, T-junctions included', async () => {
    for (const kind of ['QUEEN', 'ROOK'] as const) {
      const api = await neighbours('32.16', kind);
      const reference = await postgisNeighbours(kind);
      expect(api.size).toBe(187);
      for (const [kode, list] of api)
        expect(list, `${kind} ${kode}`).toEqual(reference.get(kode) ?? []);
    }
  });

  it('lists the k nearest centroids for KNN, as PostGIS geography orders them', async () => {
    const api = await neighbours('32.16', 'KNN', 4);
    const rows = await db.$queryRaw<{ a: string; b: string }[]>`
      SELECT a.kode AS a, n.kode AS b FROM region a
      CROSS JOIN LATERAL (
        SELECT b.kode FROM region b
        WHERE b.level = 'DESA' AND b.kode LIKE '32.16.%' AND b.kode <> a.kode
        ORDER BY ST_Distance(ST_Centroid(a.geom)::geography, ST_Centroid(b.geom)::geography), b.kode
        LIMIT 4
      ) n
      WHERE a.level = 'DESA' AND a.kode LIKE '32.16.%'`;
    const reference = new Map<string, string[]>();
    for (const { a, b } of rows) reference.set(a, [...(reference.get(a) ?? []), b].sort());
    expect(api).toEqual(reference);
  });

  it('costs a handful of statements for 187 desa', async () => {
    const uncached = { ...analyst, responseCache: false };
    await neighbours('32.16', 'QUEEN');
    const { statements } = await recordStatements(() =>
      execute(NeighborsQuery, { parentKode: '32.16', weights: 'QUEEN' }, uncached),
    );
    // page of regions, universe, neighbour rows (with their parents): the same as for 4 desa
    const few = await recordStatements(() =>
      execute(NeighborsQuery, { parentKode: '99.01', weights: 'QUEEN' }, uncached),
    );
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(statements.map((s) => s.sql.slice(0, 40))).toEqual(
      few.statements.map((s) => s.sql.slice(0, 40)),
    );
  });

  it('reuses cached weights while the regions are unchanged and recomputes after a boundary write', async () => {
    const uncached = { ...analyst, responseCache: false };
    const islands = async () => {
      const result = await execute(NeighborsQuery, { parentKode: '98.01' }, uncached);
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(
        result.data?.regions.nodes.map((n) => [n.kode, n.neighbors.map((m) => m.kode)]) ?? [],
      );
    };
    const first = await islands();
    expect(first['98.01.01.2005']).toEqual(['98.01.01.2004']);
    expect(first['98.01.01.2006']).toEqual([]);
    // Unchanged database: the same neighbour lists from the cache, no new computation.
    const before = weightsCacheStats();
    expect(await islands()).toEqual(first);
    const reused = weightsCacheStats();
    expect(reused.misses).toBe(before.misses);
    expect(reused.hits).toBeGreaterThan(before.hits);
    // 98.01.01.2006 moves next to 2005: the next answer is computed from the new boundaries.
    const setIsland = (geometry: Polygon) =>
      db.region.setGeometries([{ kode: '98.01.01.2006', geometry }], 'analytics test');
    await setIsland(box(120.5, 10, 120.6, 10.1));
    try {
      const moved = await islands();
      expect(weightsCacheStats().misses).toBe(reused.misses + 1);
      expect(moved['98.01.01.2005']).toEqual(['98.01.01.2004', '98.01.01.2006']);
      expect(moved['98.01.01.2006']).toEqual(['98.01.01.2005']);
    } finally {
      await setIsland(box(121, 11, 121.1, 11.1));
    }
    expect(await islands()).toEqual(first);
  });
});

describe('distance queries', () => {
  const DistanceQuery = graphql(`
    query AnalyticsDistance($meters: Float!, $k: Int) {
      regionsWithin(longitude: 100.05, latitude: 0.05, meters: $meters, level: DESA) {
        kode
        distanceMeters
        region { kode nama parent { kode } }
      }
      nearestRegions(longitude: 100.05, latitude: 0.05, k: $k, level: DESA) { kode distanceMeters }
    }
  `);

  it('finds regions within a radius and the nearest k, by geodesic distance', async () => {
    const result = await execute(DistanceQuery, { meters: 6000, k: 2 });
    expect(result.errors).toBeUndefined();
    const within = result.data?.regionsWithin ?? [];
    // inside 2001; 1001 is 0.05° of latitude north, 2002 0.05° of longitude east
    expect(within.map((r) => r.kode)).toEqual(['99.01.01.2001', '99.01.02.1001', '99.01.01.2002']);
    expect(within[0]?.distanceMeters).toBe(0);
    expect(within[0]?.region).toEqual({
      kode: '99.01.01.2001',
      nama: 'Desa Satu',
      parent: { kode: '99.01.01' },
    });
    expect(within[1]?.distanceMeters).toBeCloseTo(
      geodesicDistance([100.05, 0.05], [100.05, 0.1]),
      0,
    );
    expect(within[2]?.distanceMeters).toBeCloseTo(
      geodesicDistance([100.05, 0.05], [100.1, 0.05]),
      0,
    );
    expect(result.data?.nearestRegions.map((r) => r.kode)).toEqual([
      '99.01.01.2001',
      '99.01.02.1001',
    ]);
  });

  it('rejects a negative radius', async () => {
    const result = await execute(DistanceQuery, { meters: -1 });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Query.outliers and Query.trend', () => {
  it('scores outliers as outlierFlags does', async () => {
    const result = await execute(
      graphql(`
        query AnalyticsOutliers {
          outliers(level: DESA, parentKode: "99.01", indicator: "STUNTING", period: "2023", method: Z, threshold: 1) {
            kode value score flagged
          }
        }
      `),
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const expected = outlierFlags([24, 7.5, 0, null], { method: 'Z', threshold: 1 });
    expect(result.data?.outliers.map((o) => o.score)).toEqual(expected.scores);
    expect(result.data?.outliers.map((o) => o.flagged)).toEqual(expected.flags);
  });

  it("gives a region's yearly series with its changes and AARR", async () => {
    const result = await execute(
      graphql(`
        query AnalyticsTrend {
          trend(kode: "32.16", indicator: "STUNTING") {
            points { period value }
            absoluteChange relativeChange annualRateOfReduction
          }
        }
      `),
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const trend = result.data?.trend;
    expect(trend?.points.map((p) => p.period)).toEqual(['2021', '2022', '2023', '2024']);
    const series = (trend?.points ?? []).map((p) => ({
      year: Number(p.period),
      value: p.value as number,
    }));
    const expected = annualRateOfReduction(series);
    expect(trend?.annualRateOfReduction).toBeCloseTo(expected.aarr, 12);
    expect(trend?.absoluteChange).toBeCloseTo(expected.absoluteChange, 12);
    expect(trend?.relativeChange).toBeCloseTo(expected.relativeChange, 12);
  });
});
