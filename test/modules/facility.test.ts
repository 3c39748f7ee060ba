import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { geodesicDistance } from '../../src/geo/geodesicDistance.ts';
import { type FacilityRow, upsertFacilities } from '../../src/modules/facility/facility.sql.ts';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute } from '../helpers/execute.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/** WGS 84 semi-major axis: on the equator the geodesic is the equator, so distance = a·Δλ. */
const a = 6_378_137;
const alongEquator = (degrees: number) => (a * degrees * Math.PI) / 180;

/**
 * Hand-placed facilities in the fixture province "99" (see test/helpers/fixtures.ts), measured
 * from the point Q = (100.05, 0) on the equator:
 *
 *   fx-a      POSYANDU  (100.06, 0)      desa 99.01.01.2001  a·0.01° = 1113.195 m
 *   fx-b      POSYANDU  (100.08, 0)      desa 99.01.01.2001  a·0.03° = 3339.585 m
 *   fx-pkm-1  PUSKESMAS (100.05, 0.05)   desa 99.01.01.2001  0.05° of meridian (Vincenty)
 *   fx-c      POSYANDU  (100.15, 0)      desa 99.01.01.2002  a·0.1° = 11131.949 m, inactive
 *   fx-pkm-2  PUSKESMAS (100.25, 0.1)    desa 99.01.02.2002
 *   fx-d      POSYANDU  (100.1, 0.15)    desa 99.01.02.1001
 *   fx-tie-1  POSYANDU  (100.140625, 0.0625)  } exactly 0.015625° east and west of
 *   fx-tie-2  POSYANDU  (100.109375, 0.0625)  } Q2 = (100.125, 0.0625): equal distances
 */
const fixtureFacilities: FacilityRow[] = [
  row('fx-pkm-1', 'PUSKESMAS', [100.05, 0.05], '99.01.01.2001', null),
  row('fx-pkm-2', 'PUSKESMAS', [100.25, 0.1], '99.01.02.2002', null),
  row('fx-a', 'POSYANDU', [100.06, 0], '99.01.01.2001', 'fx-pkm-1'),
  row('fx-b', 'POSYANDU', [100.08, 0], '99.01.01.2001', 'fx-pkm-1'),
  { ...row('fx-c', 'POSYANDU', [100.15, 0], '99.01.01.2002', 'fx-pkm-1'), active: false },
  row('fx-d', 'POSYANDU', [100.1, 0.15], '99.01.02.1001', 'fx-pkm-2'),
  row('fx-tie-2', 'POSYANDU', [100.109375, 0.0625], '99.01.01.2002', 'fx-pkm-1'),
  row('fx-tie-1', 'POSYANDU', [100.140625, 0.0625], '99.01.01.2002', 'fx-pkm-1'),
];

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  await upsertFacilities(db, fixtureFacilities);
});

const WithinQuery = graphql(`
  query FacilitiesWithin(
    $longitude: Float!
    $latitude: Float!
    $meters: Float!
    $kind: FacilityKind
    $limit: Int
  ) {
    facilitiesWithin(
      longitude: $longitude
      latitude: $latitude
      meters: $meters
      kind: $kind
      limit: $limit
    ) {
      distanceMeters
      facility { id }
    }
  }
`);

const NearestQuery = graphql(`
  query NearestFacilities($longitude: Float!, $latitude: Float!, $k: Int, $kind: FacilityKind) {
    nearestFacilities(longitude: $longitude, latitude: $latitude, k: $k, kind: $kind) {
      distanceMeters
      facility { id }
    }
  }
`);

const ids = (list: { facility: { id: string } }[] | undefined) =>
  (list ?? []).map((d) => d.facility.id);

describe('Query.facilitiesWithin', () => {
  const q = { longitude: 100.05, latitude: 0 };

  it('measures geodesic metres: a·Δλ along the equator, Vincenty elsewhere', async () => {
    const result = await execute(WithinQuery, { ...q, meters: 6000 });
    expect(result.errors).toBeUndefined();
    const within = result.data?.facilitiesWithin ?? [];
    expect(ids(within)).toEqual(['fx-a', 'fx-b', 'fx-pkm-1']);
    expect(within[0]?.distanceMeters).toBeCloseTo(1113.195, 3);
    expect(within[0]?.distanceMeters).toBeCloseTo(alongEquator(0.01), 2);
    expect(within[1]?.distanceMeters).toBeCloseTo(alongEquator(0.03), 2);
    expect(within[2]?.distanceMeters).toBeCloseTo(geodesicDistance([100.05, 0], [100.05, 0.05]), 2);
  });

  it('includes a facility just inside the radius and excludes one just outside', async () => {
    const inside = await execute(WithinQuery, { ...q, meters: 1113.2 });
    const outside = await execute(WithinQuery, { ...q, meters: 1113.19 });
    expect(ids(inside.data?.facilitiesWithin)).toEqual(['fx-a']);
    expect(ids(outside.data?.facilitiesWithin)).toEqual([]);
    const zero = await execute(WithinQuery, { longitude: 100.06, latitude: 0, meters: 0 });
    expect(zero.data?.facilitiesWithin).toEqual([{ distanceMeters: 0, facility: { id: 'fx-a' } }]);
  });

  it('orders nearest first and honours kind and limit', async () => {
    const all = await execute(WithinQuery, { ...q, meters: 12_000 });
    const within = all.data?.facilitiesWithin ?? [];
    expect(ids(within)).toEqual(['fx-a', 'fx-b', 'fx-pkm-1', 'fx-tie-2', 'fx-c']);
    const distances = within.map((d) => d.distanceMeters);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(distances.at(-1)).toBeCloseTo(alongEquator(0.1), 2);
    const puskesmas = await execute(WithinQuery, { ...q, meters: 12_000, kind: 'PUSKESMAS' });
    expect(ids(puskesmas.data?.facilitiesWithin)).toEqual(['fx-pkm-1']);
    const limited = await execute(WithinQuery, { ...q, meters: 12_000, limit: 2 });
    expect(ids(limited.data?.facilitiesWithin)).toEqual(['fx-a', 'fx-b']);
  });

  it('breaks ties by id', async () => {
    const result = await execute(WithinQuery, {
      longitude: 100.125,
      latitude: 0.0625,
      meters: 2000,
    });
    const within = result.data?.facilitiesWithin ?? [];
    expect(ids(within)).toEqual(['fx-tie-1', 'fx-tie-2']);
    expect(within[0]?.distanceMeters).toBe(within[1]?.distanceMeters);
    expect(within[0]?.distanceMeters).toBeCloseTo(
      geodesicDistance([100.125, 0.0625], [100.140625, 0.0625]),
      2,
    );
  });
});

describe('Query.nearestFacilities', () => {
  it('returns the k nearest, nearest first', async () => {
    const result = await execute(NearestQuery, { longitude: 100.05, latitude: 0, k: 4 });
    expect(result.errors).toBeUndefined();
    expect(ids(result.data?.nearestFacilities)).toEqual(['fx-a', 'fx-b', 'fx-pkm-1', 'fx-tie-2']);
    expect(result.data?.nearestFacilities[0]?.distanceMeters).toBeCloseTo(alongEquator(0.01), 2);
  });

  it('defaults to 5 and filters by kind', async () => {
    const five = await execute(NearestQuery, { longitude: 100.05, latitude: 0 });
    expect(five.data?.nearestFacilities).toHaveLength(5);
    const puskesmas = await execute(NearestQuery, {
      longitude: 100.05,
      latitude: 0,
      k: 2,
      kind: 'PUSKESMAS',
    });
    expect(ids(puskesmas.data?.nearestFacilities)).toEqual(['fx-pkm-1', 'fx-pkm-2']);
    expect(puskesmas.data?.nearestFacilities[1]?.distanceMeters).toBeCloseTo(
      geodesicDistance([100.05, 0], [100.25, 0.1]),
      2,
    );
  });

  it('breaks a tie at the k-th place by id', async () => {
    const one = await execute(NearestQuery, { longitude: 100.125, latitude: 0.0625, k: 1 });
    expect(ids(one.data?.nearestFacilities)).toEqual(['fx-tie-1']);
    const two = await execute(NearestQuery, { longitude: 100.125, latitude: 0.0625, k: 2 });
    expect(ids(two.data?.nearestFacilities)).toEqual(['fx-tie-1', 'fx-tie-2']);
  });
});

describe('bad input', () => {
  it.each([
    ['longitude', { longitude: 180.5, latitude: 0, meters: 10 }],
    ['latitude', { longitude: 100, latitude: -90.5, meters: 10 }],
    ['meters', { longitude: 100, latitude: 0, meters: -1 }],
    ['meters', { longitude: 100, latitude: 0, meters: 100_001 }],
    ['limit', { longitude: 100, latitude: 0, meters: 10, limit: 0 }],
  ])('facilitiesWithin rejects a bad %s with BAD_USER_INPUT', async (argument, variables) => {
    const result = await execute(WithinQuery, variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(result.errors?.[0]?.message).toContain(
      `got ${JSON.stringify(variables[argument as keyof typeof variables])}`,
    );
  });

  it.each([
    ['k', { longitude: 100, latitude: 0, k: 0 }],
    ['k', { longitude: 100, latitude: 0, k: 101 }],
    ['longitude', { longitude: -181, latitude: 0 }],
    ['latitude', { longitude: 100, latitude: 91 }],
  ])('nearestFacilities rejects a bad %s with BAD_USER_INPUT', async (argument, variables) => {
    const result = await execute(NearestQuery, variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  });
});

const FacilityFieldsQuery = graphql(`
  query FacilityFields {
    facilitiesWithin(longitude: 100.06, latitude: 0, meters: 0) {
      facility {
        id
        kind
        name
        registryCode
        active
        rw
        location
        desa { __typename kode }
        puskesmas { id kind registryCode }
      }
    }
  }
`);

describe('Facility', () => {
  it('exposes its fields, its desa and its puskesmas', async () => {
    const result = await execute(FacilityFieldsQuery);
    expect(result.errors).toBeUndefined();
    expect(result.data?.facilitiesWithin[0]?.facility).toEqual({
      id: 'fx-a',
      kind: 'POSYANDU',
      name: 'Posyandu fx-a',
      registryCode: null,
      active: true,
      rw: '001',
      location: { type: 'Point', coordinates: [100.06, 0] },
      desa: { __typename: 'Desa', kode: '99.01.01.2001' },
      puskesmas: { id: 'fx-pkm-1', kind: 'PUSKESMAS', registryCode: 'REG-fx-pkm-1' },
    });
  });

  it('rejects a posyandu that is not under a puskesmas', async () => {
    await expect(
      upsertFacilities(db, [row('fx-bad', 'POSYANDU', [100.01, 0.01], '99.01.01.2001', 'fx-a')]),
    ).rejects.toThrow(/posyandu must sit under a puskesmas: fx-bad/);
    await db.$executeRaw`DELETE FROM facility WHERE id = 'fx-bad'`;
  });
});

const RegionFacilitiesQuery = graphql(`
  query RegionFacilities($kode: ID!, $kind: FacilityKind) {
    region(kode: $kode) {
      kode
      facilities(kind: $kind) { id }
    }
  }
`);

describe('Region.facilities', () => {
  const of = async (kode: string, kind?: 'PUSKESMAS' | 'POSYANDU') => {
    const result = await execute(RegionFacilitiesQuery, { kode, kind });
    expect(result.errors).toBeUndefined();
    return result.data?.region?.facilities.map((f) => f.id);
  };

  it('lists the facilities of a desa, by id', async () => {
    expect(await of('99.01.01.2001')).toEqual(['fx-a', 'fx-b', 'fx-pkm-1']);
    expect(await of('99.01.02.2002')).toEqual(['fx-pkm-2']);
  });

  it('lists every facility of the desa below a kecamatan or kabupaten', async () => {
    expect(await of('99.01.01')).toEqual([
      'fx-a',
      'fx-b',
      'fx-c',
      'fx-pkm-1',
      'fx-tie-1',
      'fx-tie-2',
    ]);
    expect(await of('99.01.02')).toEqual(['fx-d', 'fx-pkm-2']);
    expect(await of('99.01', 'PUSKESMAS')).toEqual(['fx-pkm-1', 'fx-pkm-2']);
    expect(await of('99.01.01', 'POSYANDU')).toEqual([
      'fx-a',
      'fx-b',
      'fx-c',
      'fx-tie-1',
      'fx-tie-2',
    ]);
  });

  const ListingFacilitiesQuery = graphql(`
    query ListingFacilities($first: Int!) {
      regions(level: DESA, parentKode: "32.16", first: $first) {
        nodes { kode facilities { id kind location puskesmas { id } } }
      }
    }
  `);

  it('sends as many statements for 187 desa as for 5 (one per batch)', async () => {
    const small = await recordStatements(() => execute(ListingFacilitiesQuery, { first: 5 }));
    const large = await recordStatements(() => execute(ListingFacilitiesQuery, { first: 187 }));
    expect(large.result.errors).toBeUndefined();
    const nodes = large.result.data?.regions.nodes ?? [];
    expect(nodes).toHaveLength(187);
    const posyandu = nodes.map((n) => n.facilities.filter((f) => f.kind === 'POSYANDU').length);
    expect(Math.min(...posyandu)).toBe(2);
    expect(Math.max(...posyandu)).toBe(4);
    expect(large.statements.map((s) => s.sql.slice(0, 60))).toEqual(
      small.statements.map((s) => s.sql.slice(0, 60)),
    );
  });
});

describe('seeded Kabupaten Bekasi facilities', () => {
  it('has one puskesmas per kecamatan (23), each inside its kecamatan', async () => {
    const [counts] = await db.$queryRaw<{ puskesmas: number; inside: number; kecamatan: number }[]>`
      SELECT count(*)::int AS puskesmas,
             count(*) FILTER (WHERE ST_Covers(k.geom, f.location))::int AS inside,
             count(DISTINCT k.kode)::int AS kecamatan
      FROM facility f
      JOIN region k ON k.kode = substr(f.desa_kode, 1, 8)
      WHERE f.kind = 'PUSKESMAS' AND f.desa_kode LIKE '32.16.%'`;
    expect(counts).toEqual({ puskesmas: 23, inside: 23, kecamatan: 23 });
  });

  it('has 2–4 posyandu per desa, each inside its desa and under its kecamatan’s puskesmas', async () => {
    const [counts] = await db.$queryRaw<
      { desa: number; fewest: number; most: number; outside: number; elsewhere: number }[]
    >`
      WITH per_desa AS (
        SELECT d.kode,
               count(f.id)::int AS n,
               count(f.id) FILTER (WHERE NOT ST_Covers(d.geom, f.location))::int AS outside,
               count(f.id) FILTER (WHERE p.desa_kode NOT LIKE d.parent_kode || '.%')::int AS elsewhere
        FROM region d
        LEFT JOIN facility f ON f.desa_kode = d.kode AND f.kind = 'POSYANDU'
        LEFT JOIN facility p ON p.id = f.puskesmas_id
        WHERE d.level = 'DESA' AND d.kode LIKE '32.16.%'
        GROUP BY d.kode
      )
      SELECT count(*)::int AS desa, min(n)::int AS fewest, max(n)::int AS most,
             sum(outside)::int AS outside, sum(elsewhere)::int AS elsewhere
      FROM per_desa`;
    expect(counts).toEqual({ desa: 187, fewest: 2, most: 4, outside: 0, elsewhere: 0 });
  });
});

/** @private A fixture facility at [longitude, latitude]. */
function row(
  id: string,
  kind: FacilityRow['kind'],
  [longitude, latitude]: [number, number],
  desaKode: string,
  puskesmasId: string | null,
): FacilityRow {
  return {
    id,
    kind,
    name: kind === 'PUSKESMAS' ? `Puskesmas ${id}` : `Posyandu ${id}`,
    registryCode: kind === 'PUSKESMAS' ? `REG-${id}` : null,
    desaKode,
    puskesmasId,
    rw: kind === 'POSYANDU' ? '001' : null,
    active: true,
    longitude,
    latitude,
    source: 'test fixture',
  };
}
