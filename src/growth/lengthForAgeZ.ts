import { ageWithinStandards } from './ageWithinStandards.ts';
import { lmsZ } from './lmsZ.ts';
import { roundZ } from './roundZ.ts';
import type { Sex, WhoTables, ZScore } from './types.ts';
import { whoTables } from './whoTables.ts';

/**
 * Length/height-for-age z-score (HAZ) of the WHO Child Growth Standards: the day-of-age row of
 * `lenanthro` (L = 1, so z = (x/M − 1)/S, no tail restriction), rounded to 2 decimals and flagged
 * as biologically implausible when |z| > 6 (WHO Anthro; `anthro` R package `flen`).
 *
 * @param sex MALE or FEMALE
 * @param ageDays age in whole days (≥ 0)
 * @param lengthCm length below 731 days, height from 731 days on, cm — already adjusted for
 *   position (see adjustLengthHeight)
 * @param options.tables the LMS tables (default: the shipped ones)
 * @returns z, flag, and the reason when z is null (age 60 months or more)
 * @example
 * lengthForAgeZ('MALE', 44, 50); // { z: -3.29, flagged: false, reason: null }
 */
export function lengthForAgeZ(
  sex: Sex,
  ageDays: number,
  lengthCm: number,
  options: { tables?: WhoTables } = {},
): ZScore {
  checkSex(sex);
  if (!(Number.isInteger(ageDays) && ageDays >= 0)) {
    throw new Error('ageDays must be a whole number ≥ 0');
  }
  if (!(Number.isFinite(lengthCm) && lengthCm > 0)) {
    throw new Error('lengthCm must be a positive number');
  }
  if (!ageWithinStandards(ageDays)) return { z: null, flagged: null, reason: 'AGE_OUT_OF_RANGE' };
  const row = (options.tables ?? whoTables()).lengthForAge[sex][ageDays];
  if (!row) return { z: null, flagged: null, reason: 'AGE_OUT_OF_RANGE' };
  const z = roundZ(lmsZ(lengthCm, row));
  return { z, flagged: Math.abs(z) > 6, reason: null };
}

/** @private */
function checkSex(sex: Sex): void {
  if (sex !== 'MALE' && sex !== 'FEMALE') throw new Error('sex must be MALE or FEMALE');
}
