import { standingFromDay } from './adjustLengthHeight.ts';
import { ageWithinStandards } from './ageWithinStandards.ts';
import { restrictedLmsZ } from './restrictedLmsZ.ts';
import { roundZ } from './roundZ.ts';
import type { Lms, Sex, WhoTables, ZScore } from './types.ts';
import { whoTables } from './whoTables.ts';

/**
 * Weight-for-length/height z-score (WHZ) of the WHO Child Growth Standards. Below 731 days the
 * weight-for-length table (45.0–110.0 cm) is read at the length, from 731 days the
 * weight-for-height table (65.0–120.0 cm) at the height; between two tabulated tenths of a
 * centimetre L, M and S are interpolated linearly, exactly as WHO's `anthro` R package does
 * (lower key = trunc(10·x)/10). LMS z with restricted tails beyond ±3, rounded to 2 decimals,
 * flagged as biologically implausible when |z| > 5. Not computed with oedema, nor outside the
 * table's range.
 *
 * @param sex MALE or FEMALE
 * @param ageDays age in whole days (≥ 0); chooses the table
 * @param weightKg weight, kg (> 0)
 * @param lengthCm length (under 731 days) or height, cm, already adjusted for position
 * @param options.oedema bilateral pitting oedema (default false)
 * @param options.tables the LMS tables (default: the shipped ones)
 * @returns z, flag, and the reason when z is null
 * @example
 * weightForLengthHeightZ('MALE', 100, 2.441, 45); // { z: 0, flagged: false, reason: null }
 */
export function weightForLengthHeightZ(
  sex: Sex,
  ageDays: number,
  weightKg: number,
  lengthCm: number,
  options: { oedema?: boolean; tables?: WhoTables } = {},
): ZScore {
  if (sex !== 'MALE' && sex !== 'FEMALE') throw new Error('sex must be MALE or FEMALE');
  if (!(Number.isInteger(ageDays) && ageDays >= 0)) {
    throw new Error('ageDays must be a whole number ≥ 0');
  }
  if (!(Number.isFinite(weightKg) && weightKg > 0)) {
    throw new Error('weightKg must be a positive number');
  }
  if (!(Number.isFinite(lengthCm) && lengthCm > 0)) {
    throw new Error('lengthCm must be a positive number');
  }
  if (!ageWithinStandards(ageDays)) return { z: null, flagged: null, reason: 'AGE_OUT_OF_RANGE' };
  if (options.oedema) return { z: null, flagged: null, reason: 'OEDEMA' };
  const tables = options.tables ?? whoTables();
  const lying = ageDays < standingFromDay;
  const [table, first, last] = lying
    ? [tables.weightForLength[sex], 45, 110]
    : [tables.weightForHeight[sex], 65, 120];
  if (lengthCm < first || lengthCm > last) {
    return { z: null, flagged: null, reason: 'LENGTH_OUT_OF_RANGE' };
  }
  const lms = interpolate(table, first, lengthCm);
  const z = roundZ(restrictedLmsZ(weightKg, lms));
  return { z, flagged: Math.abs(z) > 5, reason: null };
}

/** @private L, M, S at `x` cm, linear between the rows at trunc(10x)/10 and the next tenth. */
function interpolate(table: Lms[], first: number, x: number): Lms {
  const tenths = Math.trunc(x * 10);
  const low = table[tenths - first * 10];
  if (!low) throw new Error(`no table row for ${x} cm`);
  const share = (x - tenths / 10) / 0.1;
  if (!(share > 0)) return low;
  const high = table[tenths + 1 - first * 10];
  if (!high) throw new Error(`no table row above ${x} cm`);
  return {
    l: low.l + share * (high.l - low.l),
    m: low.m + share * (high.m - low.m),
    s: low.s + share * (high.s - low.s),
  };
}
