import { ageWithinStandards } from './ageWithinStandards.ts';
import { restrictedLmsZ } from './restrictedLmsZ.ts';
import { roundZ } from './roundZ.ts';
import type { Sex, WhoTables, ZScore } from './types.ts';
import { whoTables } from './whoTables.ts';

/**
 * Weight-for-age z-score (WAZ) of the WHO Child Growth Standards: the day-of-age row of
 * `weianthro`, LMS z with WHO's restricted tails beyond ±3 (see restrictedLmsZ), rounded to 2
 * decimals, flagged as biologically implausible when z < −6 or z > 5 (WHO Anthro; `anthro` R
 * package `fwei`). Not computed for a child with bilateral pitting oedema (the weight is not
 * body mass alone).
 *
 * @param sex MALE or FEMALE
 * @param ageDays age in whole days (≥ 0)
 * @param weightKg weight, kg (> 0)
 * @param options.oedema bilateral pitting oedema (default false)
 * @param options.tables the LMS tables (default: the shipped ones)
 * @returns z, flag, and the reason when z is null
 * @example
 * weightForAgeZ('MALE', 0, 3.3464); // { z: 0, flagged: false, reason: null }
 */
export function weightForAgeZ(
  sex: Sex,
  ageDays: number,
  weightKg: number,
  options: { oedema?: boolean; tables?: WhoTables } = {},
): ZScore {
  if (sex !== 'MALE' && sex !== 'FEMALE') throw new Error('sex must be MALE or FEMALE');
  if (!(Number.isInteger(ageDays) && ageDays >= 0)) {
    throw new Error('ageDays must be a whole number ≥ 0');
  }
  if (!(Number.isFinite(weightKg) && weightKg > 0)) {
    throw new Error('weightKg must be a positive number');
  }
  if (!ageWithinStandards(ageDays)) return { z: null, flagged: null, reason: 'AGE_OUT_OF_RANGE' };
  if (options.oedema) return { z: null, flagged: null, reason: 'OEDEMA' };
  const row = (options.tables ?? whoTables()).weightForAge[sex][ageDays];
  if (!row) return { z: null, flagged: null, reason: 'AGE_OUT_OF_RANGE' };
  const z = roundZ(restrictedLmsZ(weightKg, row));
  return { z, flagged: z < -6 || z > 5, reason: null };
}
