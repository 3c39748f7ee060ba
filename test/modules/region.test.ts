import { beforeAll, describe, expect, it } from 'vitest';
import { publicViewer, type Viewer } from '../../src/auth/viewer.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { clearGeometryCaches } from '../../src/modules/region/region.loaders.ts';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
});

const RegionQuery = graphql(`
  query Region($kode: ID!) {
    region(kode: $kode) {
      __typename
      kode
      nama
      level
      parent { __typename kode }
      ... on Desa { jenis }
      ... on Kabupaten { isKota }
    }
  }
`);

describe('Query.region', () => {
  it('returns a desa with its real name, jenis and parent', async () => {
    const result = await execute(RegionQuery, { kode: '32.16.01.2001' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.region).toEqual({
      __typename: 'Desa',
      kode: '32.16.01.2001',
      nama: 'Sagara Makmur',
      level: 'DESA',
      parent: { __typename: 'Kecamatan', kode: '32.16.01' },
      jenis: 'DESA',
    });
  });

  it('tells a kelurahan from a desa by its code', async () => {
    const result = await execute(RegionQuery, { kode: '32.16.01.1007' });
    expect(result.data?.region).toMatchObject({ nama: 'Setia Asih', jenis: 'KELURAHAN' });
  });

  it('resolves each level to its own type', async () => {
    const typenames = await Promise.all(
      ['32', '32.16', '32.16.17'].map(async (kode) => {
        const result = await execute(RegionQuery, { kode });
        return result.data?.region?.__typename;
      }),
    );
    expect(typenames).toEqual(['Provinsi', 'Kabupaten', 'Kecamatan']);
    const kabupaten = await execute(RegionQuery, { kode: '32.16' });
    expect(kabupaten.data?.region).toMatchObject({ nama: 'KABUPATEN BEKASI', isKota: false });
  });

  it('returns null for a well-formed unknown kode', async () => {
    const result = await execute(RegionQuery, { kode: '32.16.99.2999' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.region).toBeNull();
  });

  it.each(['3216', '32.16.1', "32.16'; DROP TABLE region; --", '', '32.16.01.2001.1'])(
    'rejects the malformed kode %j with BAD_USER_INPUT naming it',
    async (kode) => {
      const result = await execute(RegionQuery, { kode });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain(JSON.stringify(kode));
      expect(result.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    },
  );
});

const RegionsQuery = graphql(`
  query Regions($level: RegionLevel!, $parentKode: ID, $first: Int, $after: String) {
    regions(level: $level, parentKode: $parentKode, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { kode }
    }
  }
`);

describe('Query.regions', () => {
  it('lists all 187 desa of Kabupaten Bekasi in one page, ordered by kode', async () => {
    const result = await execute(RegionsQuery, { level: 'DESA', parentKode: '32.16', first: 500 });
    expect(result.errors).toBeUndefined();
    const kodes = result.data?.regions.nodes.map((n) => n.kode) ?? [];
    expect(result.data?.regions.totalCount).toBe(187);
    expect(kodes).toHaveLength(187);
    expect(kodes).toEqual([...kodes].sort());
    expect(kodes.every((k) => k.startsWith('32.16.'))).toBe(true);
    expect(result.data?.regions.pageInfo.hasNextPage).toBe(false);
  });

  it('finds regions at any depth below the parent', async () => {
    const kecamatan = await execute(RegionsQuery, { level: 'KECAMATAN', parentKode: '32.16' });
    expect(kecamatan.data?.regions.totalCount).toBe(23);
    const desa = await execute(RegionsQuery, { level: 'DESA', parentKode: '32.16.01' });
    expect(desa.data?.regions.totalCount).toBe(8);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const first = await execute(RegionsQuery, {
      level: 'KECAMATAN',
      parentKode: '32.16',
      first: 10,
    });
    const cursor = first.data?.regions.pageInfo.endCursor ?? null;
    expect(first.data?.regions.pageInfo.hasNextPage).toBe(true);
    expect(first.data?.regions.totalCount).toBe(23);
    const second = await execute(RegionsQuery, {
      level: 'KECAMATAN',
      parentKode: '32.16',
      first: 20,
      after: cursor,
    });
    const kodes = [...(first.data?.regions.nodes ?? []), ...(second.data?.regions.nodes ?? [])].map(
      (n) => n.kode,
    );
    expect(kodes).toEqual(
      Array.from({ length: 23 }, (_, i) => `32.16.${String(i + 1).padStart(2, '0')}`),
    );
    expect(second.data?.regions.totalCount).toBe(23);
  });

  it('counts only when the page does not hold every match', async () => {
    const run = (first: number) =>
      recordStatements(() =>
        execute(
          RegionsQuery,
          { level: 'KECAMATAN', parentKode: '32.16', first },
          { responseCache: false },
        ),
      );
    const whole = await run(100);
    const part = await run(5);
    expect(whole.result.data?.regions.totalCount).toBe(23);
    expect(part.result.data?.regions.totalCount).toBe(23);
    const counts = (s: { sql: string }[]) => s.filter((x) => /SELECT COUNT/i.test(x.sql)).length;
    expect(counts(whole.statements)).toBe(0);
    expect(counts(part.statements)).toBe(1);
  });

  it('rejects a page larger than 500 with BAD_USER_INPUT', async () => {
    const result = await execute(RegionsQuery, { level: 'DESA', parentKode: '32.16', first: 501 });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('501');
  });

  it('rejects a garbage cursor with BAD_USER_INPUT', async () => {
    const result = await execute(RegionsQuery, { level: 'DESA', first: 5, after: 'not-a-cursor' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('returns an empty page for an unknown parent', async () => {
    const result = await execute(RegionsQuery, { level: 'DESA', parentKode: '32.99' });
    expect(result.data?.regions).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
  });
});

const ChildrenQuery = graphql(`
  query Children($kode: ID!) {
    region(kode: $kode) {
      children(first: 3) { totalCount nodes { __typename kode } }
    }
  }
`);

describe('Region.children', () => {
  it('lists the regions one level down with their total', async () => {
    const result = await execute(ChildrenQuery, { kode: '32.16' });
    expect(result.data?.region?.children).toEqual({
      totalCount: 23,
      nodes: [
        { __typename: 'Kecamatan', kode: '32.16.01' },
        { __typename: 'Kecamatan', kode: '32.16.02' },
        { __typename: 'Kecamatan', kode: '32.16.03' },
      ],
    });
  });
});

const GeometryQuery = graphql(`
  query Geometry($kode: ID!, $simplify: Float, $precision: Int) {
    region(kode: $kode) {
      areaKm2
      bbox
      centroid
      geometry(simplifyMeters: $simplify, precision: $precision)
      geometrySource
    }
  }
`);

describe('Region geometry fields', () => {
  it('gives the geodesic area of a 0.1° square at the equator (ellipsoidal closed form)', async () => {
    // Area between two meridians and two parallels on the WGS 84 ellipsoid:
    // A = b²·Δλ/2 · [q(φ2) − q(φ1)], q(φ) = sinφ/(1 − e²sin²φ) + ln((1 + e·sinφ)/(1 − e·sinφ))/(2e).
    const a = 6378137;
    const f = 1 / 298.257223563;
    const b = a * (1 - f);
    const e = Math.sqrt(f * (2 - f));
    const q = (deg: number) => {
      const s = Math.sin((deg * Math.PI) / 180);
      return s / (1 - e * e * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
    };
    const expectedKm2 = (((b * b * ((0.1 * Math.PI) / 180)) / 2) * (q(0.1) - q(0))) / 1e6; // 123.0907
    const result = await execute(GeometryQuery, { kode: '99.01.01.2001' });
    const area = result.data?.region?.areaKm2 ?? Number.NaN;
    // PostGIS joins vertices by geodesics, not parallels: the northern edge bulges by < 1 m².
    expect(Math.abs(area - expectedKm2) / expectedKm2).toBeLessThan(1e-5);
  });

  it('returns bbox, an inner point and an RFC 7946 MultiPolygon', async () => {
    const result = await execute(GeometryQuery, { kode: '99.01.02' });
    const region = result.data?.region;
    expect(region?.bbox).toEqual([100, 0, 100.3, 0.2]);
    const [x, y] = (region?.centroid as { coordinates: [number, number] } | undefined)
      ?.coordinates ?? [0, 0];
    // The L-shape's inner point lies in the L, not in the notch [100.0–100.2] × [0.0–0.1].
    expect(x >= 100.2 || y >= 0.1).toBe(true);
    expect(region?.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect(region?.geometrySource).toBe('test fixture');
  });

  it('rounds coordinates to the asked precision and simplifies in metres', async () => {
    const exact = await execute(GeometryQuery, { kode: '32.16.01' });
    const rounded = await execute(GeometryQuery, { kode: '32.16.01', precision: 2 });
    const coords = JSON.stringify(rounded.data?.region?.geometry);
    expect(coords).not.toMatch(/\.\d{3,}/);
    expect(exact.data?.region?.geometry).not.toEqual(rounded.data?.region?.geometry);
  });

  it('rejects out-of-range simplification and precision', async () => {
    const tooRough = await execute(GeometryQuery, { kode: '32.16', simplify: -1 });
    expect(errorCodes(tooRough)).toEqual(['BAD_USER_INPUT']);
    const tooPrecise = await execute(GeometryQuery, { kode: '32.16', precision: 16 });
    expect(errorCodes(tooPrecise)).toEqual(['BAD_USER_INPUT']);
  });

  it('returns null geometry for a region without a boundary', async () => {
    const result = await execute(GeometryQuery, { kode: '32' });
    expect(result.data?.region).toMatchObject({
      areaKm2: null,
      bbox: null,
      centroid: null,
      geometry: null,
    });
  });
});

const RegionAtQuery = graphql(`
  query RegionAt($longitude: Float!, $latitude: Float!, $level: RegionLevel) {
    regionAt(longitude: $longitude, latitude: $latitude, level: $level) { kode }
  }
`);

const RegionAtWithParentQuery = graphql(`
  query RegionAtWithParent($longitude: Float!, $latitude: Float!) {
    regionAt(longitude: $longitude, latitude: $latitude) { kode parent { nama } }
  }
`);

describe('Query.regionAt', () => {
  it.each([
    [100.05, 0.05, 'DESA', '99.01.01.2001'],
    [100.15, 0.05, 'DESA', '99.01.01.2002'],
    [100.25, 0.15, 'DESA', '99.01.02.2002'],
    [100.25, 0.05, 'KECAMATAN', '99.01.02'],
    [100.05, 0.05, 'KABUPATEN', '99.01'],
  ] as const)('finds (%f, %f) at level %s in %s', async (longitude, latitude, level, kode) => {
    const result = await execute(RegionAtQuery, { longitude, latitude, level });
    expect(result.data?.regionAt).toEqual({ kode });
  });

  it('gives a point on a shared edge to the region with the smallest kode', async () => {
    // (100.1, 0.05) lies on the edge between 99.01.01.2001 and 99.01.01.2002;
    // (100.1, 0.1) is a corner shared by 2001, 2002 and 99.01.02.1001.
    for (const [longitude, latitude] of [
      [100.1, 0.05],
      [100.1, 0.1],
    ] as const) {
      const result = await execute(RegionAtQuery, { longitude, latitude });
      expect(result.data?.regionAt).toEqual({ kode: '99.01.01.2001' });
    }
    const edge = await execute(RegionAtQuery, { longitude: 100.2, latitude: 0.15 });
    expect(edge.data?.regionAt).toEqual({ kode: '99.01.02.1001' });
  });

  it('defaults to the desa level', async () => {
    const result = await execute(RegionAtQuery, { longitude: 100.15, latitude: 0.15 });
    expect(result.data?.regionAt).toEqual({ kode: '99.01.02.1001' });
  });

  it('returns null outside every boundary', async () => {
    const result = await execute(RegionAtQuery, { longitude: 100.5, latitude: 0.5 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.regionAt).toBeNull();
  });

  it('returns null outside every boundary when the parent is asked for too (npm run load does)', async () => {
    const result = await execute(RegionAtWithParentQuery, { longitude: 100.5, latitude: 0.5 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.regionAt).toBeNull();
    const inside = await execute(RegionAtWithParentQuery, { longitude: 100.05, latitude: 0.05 });
    expect(inside.data?.regionAt).toEqual({
      kode: '99.01.01.2001',
      parent: { nama: expect.any(String) },
    });
  });

  it.each([
    [181, 0, 'longitude'],
    [-180.5, 0, 'longitude'],
    [0, 90.01, 'latitude'],
    [0, -91, 'latitude'],
  ])('rejects (%f, %f) with BAD_USER_INPUT on %s', async (longitude, latitude, argument) => {
    const result = await execute(RegionAtQuery, { longitude, latitude });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  });
});

const ListingQuery = graphql(`
  query Listing($parentKode: ID!, $first: Int!) {
    regions(level: DESA, parentKode: $parentKode, first: $first) {
      nodes {
        kode
        nama
        parent { kode nama }
        areaKm2
        centroid
        indicator(code: "STUNTING", period: "2023") { value numerator denominator }
      }
    }
  }
`);

describe('statements per request', () => {
  // Cold geometry caches, so both sizes ask the database the same questions.
  const list = (first: number, viewer: Viewer = viewers.analyst) => {
    clearGeometryCaches();
    return recordStatements(() =>
      execute(ListingQuery, { parentKode: '32.16', first }, { viewer, responseCache: false }),
    );
  };

  it('is the same for 187 desa as for 5 (no N+1)', async () => {
    const small = await list(5);
    const large = await list(187);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(small.result.data?.regions.nodes).toHaveLength(5);
    expect(large.result.data?.regions.nodes).toHaveLength(187);
    expect(
      large.result.data?.regions.nodes.every((n) => n.parent?.kode === n.kode.slice(0, 8)),
    ).toBe(true);
    expect(large.statements.map((s) => s.sql.slice(0, 60))).toEqual(
      small.statements.map((s) => s.sql.slice(0, 60)),
    );
    // regions page joined with parents (relationJoins) + geometry info + indicator values
    expect(large.statements.length).toBe(3);
  });

  it('stays bounded for the public tier, whose suppression reads the sibling desa', async () => {
    // Suppression adds the sibling lists and their values: two batched statements at most,
    // fewer when the siblings were already loaded for the page itself.
    const small = await list(5, publicViewer);
    const large = await list(187, publicViewer);
    expect(small.statements.length).toBeLessThanOrEqual(6);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });
});
