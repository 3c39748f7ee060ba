import type { Polygon } from 'geojson';

/**
 * Splits a rectangle into `weights.length` axis-aligned rectangles whose areas are roughly
 * proportional to the weights, using a recursive guillotine cut: the weight list is split into
 * two groups with near-equal sums (order kept) and the longer side of the rectangle (compared in
 * metres) is cut at the weight fraction, perturbed by `jitter`.
 *
 * Every cut coordinate is rounded to `precision` decimals once and shared by both sides, so the
 * pieces tile the input rectangle exactly, with no gaps or overlaps.
 *
 * @param {[number, number, number, number]} bbox rectangle [west, south, east, north] in degrees
 * @param {number[]} weights positive relative weights, one per output piece (unitless)
 * @param {Object} options Optional parameters
 * @param {() => number} options.random random source returning floats in [0, 1)
 * @param {number} [options.jitter=0.25] max perturbation of each cut fraction, as a share of the
 *   smaller side's fraction (unitless, 0 to 1)
 * @param {number} [options.precision=6] decimals (of degrees) each cut coordinate is rounded to
 * @returns {Polygon[]} rectangles with closed counter-clockwise rings, in the order of `weights`
 * @example
 * const pieces = guillotinePartition([0, 0, 2, 1], [1, 1], { random: Math.random, jitter: 0 });
 * //=> [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }, ...]
 */
export function guillotinePartition(
  bbox: [number, number, number, number],
  weights: number[],
  options: { random: () => number; jitter?: number; precision?: number },
): Polygon[] {
  checkBbox(bbox);
  if (!Array.isArray(weights)) throw new Error('weights is required');
  if (weights.length === 0) throw new Error('weights must not be empty');
  for (const weight of weights) {
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      throw new Error('weights must be positive numbers');
    }
  }
  if (!options || typeof options !== 'object') throw new Error('options is required');
  if (typeof options.random !== 'function') throw new Error('options.random is required');
  const jitter = options.jitter ?? 0.25;
  if (typeof jitter !== 'number' || !(jitter >= 0 && jitter <= 1)) {
    throw new Error('jitter must be between 0 and 1');
  }
  const precision = options.precision ?? 6;
  if (!Number.isInteger(precision) || precision < 0 || precision > 15) {
    throw new Error('precision must be an integer between 0 and 15');
  }

  const out: Polygon[] = [];
  split(
    bbox[0],
    bbox[1],
    bbox[2],
    bbox[3],
    weights,
    { random: options.random, jitter, factor: 10 ** precision },
    out,
  );
  return out;
}

/**
 * Validates a [west, south, east, north] bbox in degrees.
 *
 * @private
 * @param {unknown} bbox candidate bbox
 * @returns {void}
 */
function checkBbox(bbox: unknown): void {
  if (!bbox) throw new Error('bbox is required');
  if (!Array.isArray(bbox) || bbox.length !== 4) throw new Error('bbox must have 4 numbers');
  for (const value of bbox) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error('bbox must have 4 numbers');
    }
  }
  const [west, south, east, north] = bbox as [number, number, number, number];
  if (west < -180 || east > 180 || south < -90 || north > 90) {
    throw new Error('bbox is out of range');
  }
  if (west >= east) throw new Error('bbox west must be less than east');
  if (south >= north) throw new Error('bbox south must be less than north');
}

/**
 * Recursively cuts the rectangle and appends the pieces to `out` in weight order.
 *
 * @private
 * @param {number} west west edge in degrees
 * @param {number} south south edge in degrees
 * @param {number} east east edge in degrees
 * @param {number} north north edge in degrees
 * @param {number[]} weights weights of the pieces of this rectangle
 * @param {Object} ctx random source, jitter and rounding factor (10^precision)
 * @param {Polygon[]} out accumulator
 * @returns {void}
 */
function split(
  west: number,
  south: number,
  east: number,
  north: number,
  weights: number[],
  ctx: { random: () => number; jitter: number; factor: number },
  out: Polygon[],
): void {
  if (weights.length === 1) {
    out.push(rectangle(west, south, east, north));
    return;
  }

  const index = balancedSplitIndex(weights);
  const left = weights.slice(0, index);
  const right = weights.slice(index);
  const leftSum = sum(left);
  const fraction = leftSum / (leftSum + sum(right));
  const smaller = Math.min(fraction, 1 - fraction);
  const perturbed = fraction + (ctx.random() * 2 - 1) * ctx.jitter * smaller;
  const clamped = Math.min(Math.max(perturbed, 0.3 * fraction), 1 - 0.3 * (1 - fraction));

  const midLatitude = ((south + north) / 2) * (Math.PI / 180);
  const widthMetres = (east - west) * Math.cos(midLatitude);
  const heightMetres = north - south;

  if (widthMetres >= heightMetres) {
    const cut = roundCut(west + clamped * (east - west), west, east, ctx.factor);
    split(west, south, cut, north, left, ctx, out);
    split(cut, south, east, north, right, ctx, out);
  } else {
    const cut = roundCut(south + clamped * (north - south), south, north, ctx.factor);
    split(west, south, east, cut, left, ctx, out);
    split(west, cut, east, north, right, ctx, out);
  }
}

/**
 * Rounds a cut coordinate and checks it stays strictly inside (low, high).
 *
 * @private
 * @param {number} value raw cut coordinate in degrees
 * @param {number} low lower edge in degrees
 * @param {number} high upper edge in degrees
 * @param {number} factor 10^precision
 * @returns {number} rounded cut coordinate in degrees
 */
function roundCut(value: number, low: number, high: number, factor: number): number {
  const rounded = Math.round(value * factor) / factor;
  if (!(rounded > low && rounded < high)) throw new Error('bbox too small for precision');
  return rounded;
}

/**
 * Index k (1..n-1) such that weights[0..k) and weights[k..n) have the most equal sums.
 *
 * @private
 * @param {number[]} weights at least two weights
 * @returns {number} split index
 */
function balancedSplitIndex(weights: number[]): number {
  const total = sum(weights);
  let best = 1;
  let bestDiff = Number.POSITIVE_INFINITY;
  let prefix = 0;
  for (let k = 1; k < weights.length; k++) {
    prefix += weights[k - 1] as number;
    const diff = Math.abs(2 * prefix - total);
    if (diff < bestDiff) {
      bestDiff = diff;
      best = k;
    }
  }
  return best;
}

/**
 * Sum of numbers.
 *
 * @private
 * @param {number[]} values numbers
 * @returns {number} sum
 */
function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * Rectangle polygon with a closed counter-clockwise exterior ring.
 *
 * @private
 * @param {number} west west edge in degrees
 * @param {number} south south edge in degrees
 * @param {number} east east edge in degrees
 * @param {number} north north edge in degrees
 * @returns {Polygon} rectangle
 */
function rectangle(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}
