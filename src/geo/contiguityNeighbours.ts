import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** QUEEN: any common boundary point; ROOK: a common boundary stretch of positive length. */
export type ContiguityKind = 'QUEEN' | 'ROOK';

/** A region's boundary; null (or a Feature without geometry) for a region without one. */
export type PolygonalInput = Feature<Polygon | MultiPolygon | null> | Polygon | MultiPolygon | null;

/**
 * Contiguity neighbour lists computed from polygons, tolerant of digitising error (spdep
 * `poly2nb(pl, queen, snap)` with the snap distance in metres on the ground, and without its
 * vertex-matching shortcut, so T-junctions count).
 *
 * - QUEEN: i and j are neighbours when their polygons come within `toleranceMeters` of each
 *   other anywhere (a shared edge, a shared corner, a sliver gap or an overlap), i.e. PostGIS
 *   `ST_DWithin(a::geography, b::geography, toleranceMeters)`.
 * - ROOK: i and j are neighbours when more than `minSharedMeters` of i's boundary lies within
 *   `toleranceMeters` of j's boundary, and the same holds the other way round. A shared corner
 *   point leaves 2 × tolerance of boundary within tolerance where the corners are right angles
 *   (more only for acute ones), below the default minimum of 2.5 × tolerance; an edge shared only
 *   in part (a T-junction, vertices not matching) counts by its length, so edges a few metres long
 *   count. A polygon lying inside another (overlapping data) is a neighbour of it under both
 *   rules.
 *
 * Distances are measured in a local frame per pair of boundary segments, scaled by the WGS 84
 * meridional and prime-vertical radii at the segment's latitude: within a millimetre of the
 * geodesic for segments up to tens of kilometres, far below any sensible tolerance. Candidate
 * pairs come from a sweep over bounding boxes sorted by west edge; only the segments lying within
 * the other polygon's (tolerance-widened) box are compared.
 *
 * @param features one (multi)polygon per region, [longitude, latitude] in degrees; null for none
 * @param options.kind 'QUEEN' (default) or 'ROOK'
 * @param options.toleranceMeters snap distance in metres, ≥ 0 (default 1)
 * @param options.minSharedMeters ROOK only: common boundary length needed, in metres
 *   (default 2.5 × toleranceMeters, at least 1e-6)
 * @returns neighbours[i] = ascending 0-based indices of i's neighbours; [] for an island
 * @example
 * const box = (w, s, e, n) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
 * contiguityNeighbours([box(0, 0, 1, 1), box(1, 0, 2, 1), box(1, 1, 2, 2)], { kind: 'ROOK' });
 * //=> [[1], [0, 2], [1]]  (queen: [[1, 2], [0, 2], [0, 1]])
 */
export function contiguityNeighbours(
  features: PolygonalInput[],
  options: { kind?: ContiguityKind; toleranceMeters?: number; minSharedMeters?: number } = {},
): number[][] {
  if (!Array.isArray(features)) throw new Error('features is required');
  const kind = options.kind ?? 'QUEEN';
  if (kind !== 'QUEEN' && kind !== 'ROOK') throw new Error('kind must be "QUEEN" or "ROOK"');
  const tolerance = options.toleranceMeters ?? 1;
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new Error('toleranceMeters must be a non-negative number');
  }
  const minShared = Math.max(1e-6, options.minSharedMeters ?? 2.5 * tolerance);
  if (!Number.isFinite(minShared)) throw new Error('minSharedMeters must be a finite number');

  const prepared = features.map((feature, index) => prepare(feature, index));
  const present = prepared.filter((p): p is Prepared => p !== null);
  const maxAbsLat = present.reduce((m, p) => Math.max(m, Math.abs(p.minY), Math.abs(p.maxY)), 0);
  // Conservative widening in degrees: a degree of latitude is ≥ 110.57 km, of longitude
  // ≥ 111.32 km·cos φ on WGS 84.
  const padY = tolerance / 110_000;
  const padX = tolerance / (111_000 * Math.cos((Math.min(89.9, maxAbsLat + 1) * Math.PI) / 180));
  const pad = { x: padX, y: padY };

  const neighbours: number[][] = features.map(() => []);
  const order = [...present].sort((a, b) => a.minX - b.minX);
  let active: Prepared[] = [];
  for (const current of order) {
    active = active.filter((other) => other.maxX + padX >= current.minX);
    for (const other of active) {
      if (other.maxY + padY < current.minY || current.maxY + padY < other.minY) continue;
      if (adjacent(current, other, kind, tolerance, minShared, pad)) {
        neighbours[current.index]?.push(other.index);
        neighbours[other.index]?.push(current.index);
      }
    }
    active.push(current);
  }
  return neighbours.map((row) => row.sort((a, b) => a - b));
}

/** A polygon's boundary segments with their boxes. @private */
interface Prepared {
  index: number;
  geometry: Polygon | MultiPolygon;
  /** x0, y0, x1, y1 per segment, degrees. */
  segments: Float64Array;
  count: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  first: Position;
}

/** @private */
function prepare(input: PolygonalInput, index: number): Prepared | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== 'object') throw new Error(`feature ${index} must be a GeoJSON object`);
  const geometry = input.type === 'Feature' ? input.geometry : input;
  if (geometry === null || geometry === undefined) return null;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    throw new Error(`feature ${index} must be a Polygon or MultiPolygon`);
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.flat();
  const total = rings.reduce((sum, ring) => sum + Math.max(0, ring.length - 1), 0);
  const segments = new Float64Array(total * 4);
  let count = 0;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const ring of rings) {
    for (let k = 0; k + 1 < ring.length; k++) {
      const a = ring[k] as Position;
      const b = ring[k + 1] as Position;
      const [x0, y0, x1, y1] = [a[0], a[1], b[0], b[1]];
      if (![x0, y0, x1, y1].every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new Error(`feature ${index} has a position that is not [longitude, latitude]`);
      }
      segments.set([x0, y0, x1, y1] as number[], count * 4);
      count++;
      minX = Math.min(minX, x0 as number, x1 as number);
      maxX = Math.max(maxX, x0 as number, x1 as number);
      minY = Math.min(minY, y0 as number, y1 as number);
      maxY = Math.max(maxY, y0 as number, y1 as number);
    }
  }
  if (count === 0) return null;
  return {
    index,
    geometry,
    segments,
    count,
    minX,
    minY,
    maxX,
    maxY,
    first: rings[0]?.[0] as Position,
  };
}

/** @private */
function adjacent(
  a: Prepared,
  b: Prepared,
  kind: ContiguityKind,
  tolerance: number,
  minShared: number,
  pad: { x: number; y: number },
): boolean {
  const segmentsA = segmentsNear(a, b, pad);
  const segmentsB = segmentsNear(b, a, pad);
  if (kind === 'QUEEN') {
    if (anyWithin(a, segmentsA, b, segmentsB, tolerance)) return true;
  } else if (
    sharedLength(a, segmentsA, b, segmentsB, tolerance, minShared) > minShared &&
    sharedLength(b, segmentsB, a, segmentsA, tolerance, minShared) > minShared
  ) {
    return true;
  }
  return contains(a, b) || contains(b, a);
}

/** Indices of a's segments whose box meets b's box widened by the tolerance. @private */
function segmentsNear(a: Prepared, b: Prepared, pad: { x: number; y: number }): number[] {
  const out: number[] = [];
  const s = a.segments;
  for (let k = 0; k < a.count; k++) {
    const o = k * 4;
    const x0 = s[o] as number;
    const y0 = s[o + 1] as number;
    const x1 = s[o + 2] as number;
    const y1 = s[o + 3] as number;
    if (Math.max(x0, x1) + pad.x < b.minX || Math.min(x0, x1) - pad.x > b.maxX) continue;
    if (Math.max(y0, y1) + pad.y < b.minY || Math.min(y0, y1) - pad.y > b.maxY) continue;
    out.push(k);
  }
  return out;
}

/** Whether b lies inside a although no boundaries meet (checked on one vertex). @private */
function contains(a: Prepared, b: Prepared): boolean {
  if (b.minX < a.minX || b.maxX > a.maxX || b.minY < a.minY || b.maxY > a.maxY) return false;
  return booleanPointInPolygon(b.first, a.geometry, { ignoreBoundary: true });
}

/** Whether some segment of a comes within the tolerance of some segment of b. @private */
function anyWithin(
  a: Prepared,
  segmentsA: number[],
  b: Prepared,
  segmentsB: number[],
  tolerance: number,
): boolean {
  for (const ka of segmentsA) {
    const frame = localFrame(a.segments, ka);
    for (const kb of segmentsB) {
      if (nearInterval(frame, b.segments, kb, tolerance) !== null) return true;
    }
  }
  return false;
}

/**
 * Length in metres of a's boundary within the tolerance of b's boundary; stops counting once it
 * exceeds `enough`.
 * @private
 */
function sharedLength(
  a: Prepared,
  segmentsA: number[],
  b: Prepared,
  segmentsB: number[],
  tolerance: number,
  enough: number,
): number {
  let total = 0;
  for (const ka of segmentsA) {
    const frame = localFrame(a.segments, ka);
    const intervals: [number, number][] = [];
    for (const kb of segmentsB) {
      const interval = nearInterval(frame, b.segments, kb, tolerance);
      if (interval !== null) intervals.push(interval);
    }
    if (intervals.length === 0) continue;
    intervals.sort((p, q) => p[0] - q[0]);
    let covered = 0;
    let [start, end] = intervals[0] as [number, number];
    for (const [lo, hi] of intervals) {
      if (lo > end) {
        covered += end - start;
        start = lo;
        end = hi;
      } else if (hi > end) {
        end = hi;
      }
    }
    covered += end - start;
    total += covered * frame.length;
    if (total > enough) return total;
  }
  return total;
}

/** A segment in a local metric frame with its origin at the segment's start. @private */
interface Frame {
  lon0: number;
  lat0: number;
  /** Metres per degree of longitude and of latitude at the segment's latitude. */
  kx: number;
  ky: number;
  dx: number;
  dy: number;
  length: number;
}

const WGS84_A = 6_378_137;
const WGS84_E2 = 0.00669437999014;
const RAD = Math.PI / 180;

/** @private */
function localFrame(segments: Float64Array, k: number): Frame {
  const o = k * 4;
  const lon0 = segments[o] as number;
  const lat0 = segments[o + 1] as number;
  const phi = (((lat0 + (segments[o + 3] as number)) / 2) * Math.PI) / 180;
  const w = 1 - WGS84_E2 * Math.sin(phi) ** 2;
  const primeVertical = WGS84_A / Math.sqrt(w);
  const meridional = (WGS84_A * (1 - WGS84_E2)) / (w * Math.sqrt(w));
  const kx = primeVertical * Math.cos(phi) * RAD;
  const ky = meridional * RAD;
  const dx = ((segments[o + 2] as number) - lon0) * kx;
  const dy = ((segments[o + 3] as number) - lat0) * ky;
  return { lon0, lat0, kx, ky, dx, dy, length: Math.hypot(dx, dy) };
}

/**
 * Parameter interval [lo, hi] ⊆ [0, 1] of the points of segment `frame` lying within `tolerance`
 * metres of segment k of `segments` (the intersection of the segment with the other segment's
 * capsule, which is convex, hence one interval), or null.
 * @private
 */
function nearInterval(
  frame: Frame,
  segments: Float64Array,
  k: number,
  tolerance: number,
): [number, number] | null {
  const o = k * 4;
  const qx0 = ((segments[o] as number) - frame.lon0) * frame.kx;
  const qy0 = ((segments[o + 1] as number) - frame.lat0) * frame.ky;
  const qx1 = ((segments[o + 2] as number) - frame.lon0) * frame.kx;
  const qy1 = ((segments[o + 3] as number) - frame.lat0) * frame.ky;
  const { dx, dy } = frame;
  const t = tolerance;
  // quick rejection on boxes
  if (
    Math.min(0, dx) - t > Math.max(qx0, qx1) ||
    Math.max(0, dx) + t < Math.min(qx0, qx1) ||
    Math.min(0, dy) - t > Math.max(qy0, qy1) ||
    Math.max(0, dy) + t < Math.min(qy0, qy1)
  ) {
    return null;
  }
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const take = (range: [number, number] | null) => {
    if (range === null) return;
    lo = Math.min(lo, range[0]);
    hi = Math.max(hi, range[1]);
  };
  const aa = dx * dx + dy * dy;
  if (aa === 0) {
    // a degenerate segment: a point
    return pointSegmentDistance(0, 0, qx0, qy0, qx1, qy1) <= t ? [0, 0] : null;
  }
  take(discInterval(dx, dy, aa, qx0, qy0, t));
  take(discInterval(dx, dy, aa, qx1, qy1, t));
  const ex = qx1 - qx0;
  const ey = qy1 - qy0;
  const length = Math.hypot(ex, ey);
  if (length > 0) {
    const ux = ex / length;
    const uy = ey / length;
    // along b: u(s) = s·(d·u) − q0·u ∈ [0, L]; across b: v(s) = s·(d·n) − q0·n ∈ [−t, t]
    let range: [number, number] | null = [0, 1];
    range = clip(range, dx * ux + dy * uy, -(qx0 * ux + qy0 * uy), 0, length);
    range = clip(range, -dx * uy + dy * ux, -(-qx0 * uy + qy0 * ux), -t, t);
    take(range);
  }
  return lo <= hi ? [lo, hi] : null;
}

/** s ∈ [0, 1] with |s·d − c| ≤ t. @private */
function discInterval(
  dx: number,
  dy: number,
  aa: number,
  cx: number,
  cy: number,
  t: number,
): [number, number] | null {
  const b = -2 * (dx * cx + dy * cy);
  const c = cx * cx + cy * cy - t * t;
  const discriminant = b * b - 4 * aa * c;
  if (discriminant < 0) return null;
  const root = Math.sqrt(discriminant);
  const lo = Math.max(0, (-b - root) / (2 * aa));
  const hi = Math.min(1, (-b + root) / (2 * aa));
  return lo <= hi ? [lo, hi] : null;
}

/** Narrows `range` to the s with low ≤ slope·s + offset ≤ high. @private */
function clip(
  range: [number, number] | null,
  slope: number,
  offset: number,
  low: number,
  high: number,
): [number, number] | null {
  if (range === null) return null;
  let [lo, hi] = range;
  if (slope === 0) return offset >= low && offset <= high ? range : null;
  let a = (low - offset) / slope;
  let b = (high - offset) / slope;
  if (a > b) [a, b] = [b, a];
  lo = Math.max(lo, a);
  hi = Math.min(hi, b);
  return lo <= hi ? [lo, hi] : null;
}

/** Distance from (px, py) to the segment (x0, y0)–(x1, y1). @private */
function pointSegmentDistance(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const ex = x1 - x0;
  const ey = y1 - y0;
  const ll = ex * ex + ey * ey;
  const s = ll === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * ex + (py - y0) * ey) / ll));
  return Math.hypot(px - (x0 + s * ex), py - (y0 + s * ey));
}
