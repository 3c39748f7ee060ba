/**
 * "Pretty" break points covering [low, high], as R 4.2 `pretty(c(low, high), n)` with its other
 * defaults (min.n = n %/% 3, shrink.sml = 0.75, high.u.bias = 1.5, u5.bias = 2.75,
 * eps.correct = 0, f.min = 2^-20). It follows R's C routine R_pretty (src/appl/pretty.c): the
 * step is 1, 2, 5 or 10 times a power of ten, chosen near (high − low)/n with a bias to larger
 * steps and to 5 over 2, and the result is the multiples of that step from one at or below low to
 * one at or above high — about n + 1 round numbers, not exactly n + 1. A zero-width range gets
 * its own scale (e.g. [0, 5] for low = high = 5).
 *
 * @param low lower end of the range (finite)
 * @param high upper end of the range (finite, ≥ low)
 * @param options.n desired number of intervals, an integer ≥ 1 (default 5)
 * @returns ascending break points, the first ≤ low and the last ≥ high
 * @example
 * prettyBreaks(12.3, 38.7); // [10, 15, 20, 25, 30, 35, 40]
 * prettyBreaks(0.1, 0.9, { n: 2 }); // [0, 0.5, 1]
 */
export function prettyBreaks(low: number, high: number, options: { n?: number } = {}): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high))
    throw new Error('low and high must be finite');
  if (low > high) throw new Error('low must not exceed high');
  const n = options.n ?? 5;
  if (!Number.isInteger(n) || n < 1) throw new Error('n must be a positive integer');
  const { lo, up, ndiv } = rPretty(low, high, n, Math.floor(n / 3));
  // R: seq.int(lo, up, length.out = ndiv + 1), then values within 1e-14·step of 0 set to 0
  const step = (up - lo) / ndiv;
  const breaks: number[] = [];
  for (let i = 0; i <= ndiv; i++) {
    const value = i === ndiv ? up : lo + i * step;
    breaks.push(Math.abs(value) < 1e-14 * step ? 0 : value);
  }
  return breaks;
}

/** Bias towards larger units (R high.u.bias). @private */
const h = 1.5;
/** Bias of unit 5 over 2 (R u5.bias = .5 + 1.5·h). @private */
const h5 = 0.5 + 1.5 * h;
/** Scale used for (near) zero-width ranges (R shrink.sml). @private */
const shrinkSmall = 0.75;
/** R's rounding fuzz for the multiples of the unit. @private */
const roundingEps = 1e-10;
/** Smallest cell: f.min · DBL_MIN. @private */
const smallestCell = 2 ** -20 * 2.2250738585072014e-308;

/**
 * R_pretty(lo, up, ndiv, min_n, shrink_sml, c(h, h5, f.min), eps_correction = 0,
 * return_bounds = TRUE).
 * @private
 */
function rPretty(
  low: number,
  high: number,
  n: number,
  minN: number,
): { lo: number; up: number; ndiv: number } {
  const dx = high - low;
  let cell: number;
  let small: boolean;
  if (dx === 0 && high === 0) {
    cell = 1;
    small = true;
  } else {
    cell = Math.max(Math.abs(low), Math.abs(high));
    // upper bound on cell/unit
    const bound =
      (1 + (h5 >= 1.5 * h + 0.5 ? 1 / (1 + h) : 1.5 / (1 + h5))) * Math.max(1, n) * Number.EPSILON;
    small = dx < cell * bound * 3;
  }
  if (small) {
    if (cell > 10) cell = 9 + cell / 10;
    cell *= shrinkSmall;
    if (minN > 1) cell /= minN;
  } else {
    cell = dx;
    if (n > 1) cell /= n;
  }
  if (cell < smallestCell) cell = smallestCell;
  else if (cell > Number.MAX_VALUE / 1.25) cell = Number.MAX_VALUE / 1.25;

  const base = 10 ** Math.floor(Math.log10(cell));
  let unit = base;
  if (2 * base - cell < h * (cell - unit)) {
    unit = 2 * base;
    if (5 * base - cell < h5 * (cell - unit)) {
      unit = 5 * base;
      if (10 * base - cell < h * (cell - unit)) unit = 10 * base;
    }
  }

  let ns = Math.floor(low / unit + roundingEps);
  let nu = Math.ceil(high / unit - roundingEps);
  while (ns * unit > low + roundingEps * unit) ns--;
  while (nu * unit < high - roundingEps * unit) nu++;

  let k = Math.floor(0.5 + nu - ns);
  let ndiv: number;
  if (k < minN) {
    k = minN - k;
    const half = Math.floor(k / 2);
    if (ns >= 0) {
      nu += half;
      ns -= half + (k % 2);
    } else {
      ns -= half;
      nu += half + (k % 2);
    }
    ndiv = minN;
  } else {
    ndiv = k;
  }
  return {
    lo: Math.min(ns * unit, low),
    up: Math.max(nu * unit, high),
    ndiv,
  };
}
