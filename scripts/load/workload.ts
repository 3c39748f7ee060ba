import { mulberry32 } from '../../src/random/mulberry32.ts';
/** The read mix of the load test: which operations, how often, and what a correct answer is. */
export const kinds = ['choropleth', 'point', 'detail'] as const;
export type Kind = (typeof kinds)[number];

/** Share of each kind in the mix, in percent. */
export const mix: Record<Kind, number> = { choropleth: 20, point: 50, detail: 30 };

/** Kabupaten Bekasi's bounding box [west, south, east, north]. */
const bbox = [106.9696, -6.4858, 107.2966, -5.9184] as const;

const queries: Record<Kind, string> = {
  choropleth: `query Choropleth {
  regions(level: DESA, parentKode: "32.16", first: 500) {
    totalCount
    nodes { kode nama centroid indicator(code: "STUNTING", period: "2023") { value ciLow ciHigh } }
  }
}`,
  point: `query PointLookup($longitude: Float!, $latitude: Float!) {
  regionAt(longitude: $longitude, latitude: $latitude) { kode nama parent { nama } }
}`,
  detail: `query RegionDetail($kode: ID!) {
  region(kode: $kode) {
    kode nama areaKm2 bbox geometry(simplifyMeters: 20)
    indicator(code: "STUNTING", period: "2024") { value }
    parent { nama }
  }
}`,
};

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export interface Workload {
  pick(): Kind;
  next(kind: Kind): Operation;
  /** Why a 2xx reply is wrong, or undefined when it is a correct answer. */
  check(kind: Kind, reply: unknown): string | undefined;
}

export function workload(desaKodes: readonly string[], seed = 32_16): Workload {
  const next = mulberry32(seed);
  const points = Array.from({ length: 1000 }, () => ({
    longitude: Number((bbox[0] + next() * (bbox[2] - bbox[0])).toFixed(5)),
    latitude: Number((bbox[1] + next() * (bbox[3] - bbox[1])).toFixed(5)),
  }));
  let pointIndex = 0;
  let kodeIndex = 0;
  return {
    pick() {
      const roll = next() * 100;
      if (roll < mix.choropleth) return 'choropleth';
      return roll < mix.choropleth + mix.point ? 'point' : 'detail';
    },
    next(kind) {
      if (kind === 'point') {
        pointIndex = (pointIndex + 1) % points.length;
        return { query: queries.point, variables: { ...points[pointIndex] } };
      }
      if (kind === 'detail') {
        kodeIndex = (kodeIndex + 1) % desaKodes.length;
        return { query: queries.detail, variables: { kode: desaKodes[kodeIndex] } };
      }
      return { query: queries.choropleth, variables: {} };
    },
    check(kind, reply) {
      if (typeof reply !== 'object' || reply === null) return 'body is not an object';
      const { data, errors } = reply as { data?: Record<string, unknown> | null; errors?: unknown };
      if (errors !== undefined) return 'GraphQL errors';
      if (!data) return 'no data';
      if (kind === 'choropleth') {
        const regions = data.regions as { totalCount?: number; nodes?: unknown[] } | undefined;
        const count = regions?.nodes?.length ?? 0;
        return count > 0 && count === regions?.totalCount ? undefined : 'incomplete region list';
      }
      if (kind === 'point') return 'regionAt' in data ? undefined : 'no regionAt';
      return data.region ? undefined : 'region is null';
    },
  };
}
