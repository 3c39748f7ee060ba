import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Committed fixtures written by scripts/reference/spdep_reference.R (R 4.2.2, spdep 1.2-7).
 * CI has no R: the tests only read these files.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/stats/', import.meta.url));

/** Spatial datasets with R reference output. */
export const SPATIAL_DATASETS = ['grid5Rook', 'grid5Queen', 'irregular12', 'knn10'] as const;

/** Rate datasets with R reference output. */
export const RATE_DATASETS = ['ebHeterogeneous', 'ebHomogeneous', 'ebZeros'] as const;

export interface SpatialInput {
  name: string;
  neighbours: number[][];
  binaryWeights: number[][];
  values: number[];
}

export interface MoranReference {
  I: number;
  expectation: number;
  variance: number;
  z: number;
  p: number;
  pTwoSided: number;
}

export interface SpatialOutput {
  generatedBy: { R: string; spdep: string };
  moran: MoranReference;
  moranAdjustNFalse: MoranReference;
  moranBinary: MoranReference;
  localMoran: {
    Ii: number[];
    EIi: number[];
    VarIi: number[];
    ZIi: (number | null)[];
    p: (number | null)[];
    quadrant: string[];
  };
  localMoranPerm: {
    nsim: number;
    seed: number;
    Ii: (number | null)[];
    pSim: (number | null)[];
    pFolded: (number | null)[];
  };
  localGStar: number[];
  localGStarBinary: number[];
  benjaminiHochberg: { p: (number | null)[]; adjusted: (number | null)[] };
}

export interface RateInput {
  name: string;
  neighbours: number[][];
  cases: number[];
  population: number[];
}

export interface RateOutput {
  global: { raw: number[]; smoothed: number[]; priorVariance: number; priorMean: number };
  local: {
    raw: number[];
    smoothed: (number | null)[];
    priorVariance: number[];
    priorMean: number[];
  };
}

/** Parsed JSON of test/fixtures/stats/{kind}/{name}.json. */
export function readFixture<T>(kind: 'in' | 'out', name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${kind}/${name}.json`, 'utf8')) as T;
}

/**
 * Asserts |actual − expected| ≤ 1e-9·|expected| + 1e-12: relative agreement to 1e-9, with an
 * absolute floor for values that are 0 in R (the JSON keeps 15 significant digits).
 */
export function expectClose(actual: number | null | undefined, expected: number, label = ''): void {
  expect(actual, label).toBeTypeOf('number');
  const a = actual as number;
  const tolerance = 1e-9 * Math.abs(expected) + 1e-12;
  expect(Math.abs(a - expected), `${label}: ${a} vs R ${expected}`).toBeLessThanOrEqual(tolerance);
}
