import type { Polygon } from 'geojson';
import pg from 'pg';
import { mulberry32 } from '../../src/random/mulberry32.ts';
import type { PeerNames, TargetName } from './targets.ts';

/** One HTTP request of an operation, as autocannon sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** A named operation: rotating requests per target (absent: the target has no equivalent). */
export interface Operation {
  name: string;
  /** Measured over one kabupaten: compared between the national and Bekasi-only datasets. */
  perKabupaten: boolean;
  requests: Partial<Record<TargetName, BenchRequest[]>>;
  /** Why a target has no equivalent, printed in the report. */
  notes: string[];
}

/** The requests a target sends for an operation (both petagizi targets send petagizi's). */
export function requestsOf(op: Operation, target: TargetName): BenchRequest[] | undefined {
  return op.requests[target === 'uncached' || target === 'unplanned' ? 'petagizi' : target];
}

/** The kabupaten the operations run on and the inputs drawn from it. */
export interface Fixture {
  kabupaten: string;
  desa: string[];
  bbox: [number, number, number, number];
  points: { longitude: number; latitude: number }[];
  /** Drawn polygons covering about 10, 100 and 1,000 desa, with the number actually covered. */
  areas: { target: number; covered: number; geometry: Polygon }[];
  /** Tiles containing the kabupaten's centre. */
  tiles: { z: number; x: number; y: number }[];
}

const indicator = 'STUNTING';
const period = '2023';

/** Reads the kabupaten's desa and extent and draws points and polygons (seeded). */
export async function buildFixture(databaseUrl: string, kabupaten: string): Promise<Fixture> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const desa = (
      await client.query<{ kode: string }>(
        `SELECT kode FROM region WHERE level = 'DESA' AND kode >= $1 || '.' AND kode < $1 || '/'
         ORDER BY kode`,
        [kabupaten],
      )
    ).rows.map((row) => row.kode);
    const extent = await client.query<{ w: number; s: number; e: number; n: number }>(
      `SELECT ST_XMin(geom) AS w, ST_YMin(geom) AS s, ST_XMax(geom) AS e, ST_YMax(geom) AS n
       FROM region WHERE kode = $1 AND geom IS NOT NULL`,
      [kabupaten],
    );
    const box = extent.rows[0];
    if (!box || desa.length === 0)
      throw new Error(`kabupaten ${kabupaten} has no desa or no boundary`);
    const bbox: Fixture['bbox'] = [box.w, box.s, box.e, box.n];
    const random = mulberry32(32_16);
    const inset = (lo: number, hi: number) => lo + (0.02 + 0.96 * random()) * (hi - lo);
    const points = Array.from({ length: 200 }, () => ({
      longitude: Number(inset(bbox[0], bbox[2]).toFixed(6)),
      latitude: Number(inset(bbox[1], bbox[3]).toFixed(6)),
    }));
    const centre: [number, number] = [
      bbox[0] + 0.43 * (bbox[2] - bbox[0]),
      bbox[1] + 0.47 * (bbox[3] - bbox[1]),
    ];
    const covered = async (geometry: Polygon) =>
      (
        await client.query<{ n: number }>(
          `WITH d AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS g)
           SELECT count(*)::int AS n FROM region r, d
           WHERE r.level = 'DESA' AND r.geom && d.g AND ST_Intersects(r.geom, d.g)`,
          [JSON.stringify(geometry)],
        )
      ).rows[0]?.n ?? 0;
    const areas: Fixture['areas'] = [];
    const desaHere = desa.length;
    for (const wanted of [10, 100, 1000]) {
      // Bisect the radius of a 24-gon around the centre until it covers about `wanted` desa.
      let lo = 0;
      let hi = 4 * Math.max(bbox[2] - bbox[0], bbox[3] - bbox[1]);
      let best = { covered: 0, geometry: circle(centre, hi / 2) };
      for (let i = 0; i < 24; i += 1) {
        const radius = (lo + hi) / 2;
        const geometry = circle(centre, radius);
        const n = await covered(geometry);
        if (Math.abs(n - wanted) < Math.abs(best.covered - wanted)) best = { covered: n, geometry };
        if (Math.abs(n - wanted) <= wanted * 0.05) break;
        if (n < wanted) lo = radius;
        else hi = radius;
      }
      if (wanted <= 100 || wanted <= desaHere * 2 || best.covered >= wanted * 0.8) {
        areas.push({ target: wanted, ...best });
      }
    }
    const [lon, lat] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
    const tiles = [10, 12].map((z) => ({ z, ...tileOf(lon, lat, z) }));
    return { kabupaten, desa, bbox, points, areas, tiles };
  } finally {
    await client.end();
  }
}

const gql = (query: string, variables: Record<string, unknown>): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const floorOp = (op: string, variables: Record<string, unknown>): BenchRequest => ({
  method: 'POST',
  path: `/op/${op}`,
  body: JSON.stringify(variables),
});

const petagiziQueries = {
  choropleth: `query Choropleth($kode: ID!) {
  regions(level: DESA, parentKode: $kode, first: 500) {
    totalCount
    nodes {
      kode nama geometry(simplifyMeters: 50, precision: 5)
      indicator(code: "${indicator}", period: "${period}") { value }
    }
  }
}`,
  choroplethField: `query ChoroplethField($kode: ID!) {
  choropleth(level: DESA, parentKode: $kode, indicator: "${indicator}", period: "${period}") {
    breaks featureCollection(simplifyMeters: 50, precision: 5)
  }
}`,
  detail: `query RegionDetail($kode: ID!) {
  region(kode: $kode) {
    kode nama level areaKm2 centroid geometry(simplifyMeters: 20)
    parent { kode nama }
    indicator(code: "${indicator}", period: "${period}") { value numerator denominator }
  }
}`,
  point: `query PointLookup($longitude: Float!, $latitude: Float!) {
  regionAt(longitude: $longitude, latitude: $latitude) { kode nama parent { kode nama } }
}`,
  areaStats: `query AreaStats($geometry: GeoJSON!) {
  areaStats(geometry: $geometry, indicator: "${indicator}", period: "${period}") {
    value ciLow ciHigh numerator denominator areaKm2 coveredAreaKm2 dataShare
    regions { kode share overlapKm2 value }
  }
}`,
  lisa: `query Lisa($kode: ID!) {
  spatialAutocorrelation(level: DESA, parentKode: $kode, indicator: "${indicator}",
                         period: "${period}", permutations: 999, seed: 42) {
    moran { i z p }
    regions { kode localI pseudoP quadrant significant giStarZ }
  }
}`,
};

/** PostGraphile's equivalents, spelled with the names its introspection gave. */
function peerQueries(n: PeerNames) {
  const value = `${n.values}(condition: { indicatorCode: "${indicator}", period: "${period}" }) {
      nodes { numerator denominator source } }`;
  return {
    // Desa are grandchildren of the kabupaten: PostGraphile nests the relation twice (one SQL
    // statement either way).
    choropleth: `query Choropleth($kode: String!) {
  ${n.byKode}(kode: $kode) {
    ${n.children}(orderBy: KODE_ASC) { nodes { ${n.children}(orderBy: KODE_ASC) { nodes {
      kode nama ${n.geojson}(simplifyMeters: 50, digits: 5)
      ${value}
    } } } }
  }
}`,
    detail: `query RegionDetail($kode: String!) {
  ${n.byKode}(kode: $kode) {
    kode nama level areaKm2 ${n.labelPoint} { geojson } ${n.geojson}(simplifyMeters: 20, digits: 6)
    ${n.parent} { kode nama }
    ${value}
  }
}`,
    point: `query PointLookup($longitude: Float!, $latitude: Float!) {
  ${n.at}(longitude: $longitude, latitude: $latitude) { kode nama ${n.parent} { kode nama } }
}`,
  };
}

/**
 * The operations of the run. Tiles are included only when petagizi serves them; areaStats over
 * ~1,000 desa only when the dataset has that many around the kabupaten.
 */
export function operations(
  fixture: Fixture,
  options: { peer: PeerNames | undefined; tiles: boolean },
): Operation[] {
  const kode = fixture.kabupaten;
  const common = { kode, indicator, period };
  const peer = options.peer ? peerQueries(options.peer) : undefined;
  const noPeer = 'peer: no equivalent without writing the analysis in SQL';
  const detailKodes = fixture.desa.slice(0, 200);
  const ops: Operation[] = [
    {
      name: 'choropleth (regions)',
      perKabupaten: true,
      requests: {
        petagizi: [gql(petagiziQueries.choropleth, { kode })],
        floor: [floorOp('choropleth', { ...common, simplifyMeters: 50 })],
        ...(peer ? { peer: [gql(peer.choropleth, { kode })] } : {}),
      },
      notes: [],
    },
    {
      name: 'choropleth (field)',
      perKabupaten: true,
      requests: {
        petagizi: [gql(petagiziQueries.choroplethField, { kode })],
        floor: [floorOp('choroplethField', { ...common, simplifyMeters: 50 })],
      },
      notes: ['peer: no class breaks'],
    },
    {
      name: 'region detail',
      perKabupaten: true,
      requests: {
        petagizi: detailKodes.map((k) => gql(petagiziQueries.detail, { kode: k })),
        floor: detailKodes.map((k) =>
          floorOp('detail', { ...common, kode: k, simplifyMeters: 20 }),
        ),
        ...(peer ? { peer: detailKodes.map((k) => gql(peer.detail, { kode: k })) } : {}),
      },
      notes: [],
    },
    {
      name: 'point lookup',
      perKabupaten: true,
      requests: {
        petagizi: fixture.points.map((p) => gql(petagiziQueries.point, p)),
        floor: fixture.points.map((p) => floorOp('point', p)),
        ...(peer ? { peer: fixture.points.map((p) => gql(peer.point, p)) } : {}),
      },
      notes: [],
    },
  ];
  for (const area of fixture.areas) {
    const variables = { geometry: area.geometry, indicator, period };
    ops.push({
      name: `areaStats ~${area.target} (${area.covered} desa)`,
      perKabupaten: area.target <= 100,
      requests: {
        petagizi: [gql(petagiziQueries.areaStats, { geometry: area.geometry })],
        floor: [floorOp('areaStats', variables)],
      },
      notes: [noPeer],
    });
  }
  ops.push({
    name: 'LISA (999 permutations)',
    perKabupaten: true,
    requests: {
      petagizi: [gql(petagiziQueries.lisa, { kode })],
      floor: [floorOp('lisa', { ...common, seed: 42 })],
    },
    notes: [noPeer, 'floor: one statement (values + queen neighbours) then src/stats in process'],
  });
  if (options.tiles) {
    for (const tile of fixture.tiles) {
      const path = `/tiles/desa/${tile.z}/${tile.x}/${tile.y}.mvt`;
      ops.push({
        name: `tile z${tile.z}`,
        perKabupaten: true,
        requests: { petagizi: [{ method: 'GET', path }], floor: [{ method: 'GET', path }] },
        notes: ['peer: no vector tiles'],
      });
    }
  }
  return ops;
}

/** Why a reply is not a correct answer, or undefined. */
export function problemOf(status: number, body: string, request: BenchRequest): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 200)}`;
  if (request.method === 'GET') return undefined;
  let parsed: { data?: Record<string, unknown> | null; errors?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `not JSON: ${body.slice(0, 200)}`;
  }
  if (parsed.errors) return `errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`;
  const root = parsed.data ? Object.values(parsed.data)[0] : undefined;
  if (root === undefined) return 'no data';
  return undefined;
}

/** @private A regular polygon of `sides` vertices around `centre` (radius in degrees). */
function circle(centre: [number, number], radius: number, sides = 24): Polygon {
  const ring = Array.from({ length: sides }, (_, i) => {
    const angle = (2 * Math.PI * i) / sides;
    return [
      Number((centre[0] + radius * Math.cos(angle)).toFixed(6)),
      Number((centre[1] + radius * Math.sin(angle)).toFixed(6)),
    ];
  });
  ring.push(ring[0] as number[]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** @private Web-mercator tile (x, y) containing a point at zoom z. */
function tileOf(longitude: number, latitude: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (latitude * Math.PI) / 180;
  return {
    x: Math.floor(((longitude + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}
