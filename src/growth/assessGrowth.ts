import { adjustLengthHeight } from './adjustLengthHeight.ts';
import { ageWithinStandards } from './ageWithinStandards.ts';
import { lengthForAgeZ } from './lengthForAgeZ.ts';
import type { GrowthNullReason, Position, Sex, WhoTables, ZScore } from './types.ts';
import { weightForAgeZ } from './weightForAgeZ.ts';
import { weightForLengthHeightZ } from './weightForLengthHeightZ.ts';

export interface GrowthMeasurement {
  sex: Sex;
  /** Age in whole days (see ageInDays). */
  ageDays: number;
  weightKg?: number | null;
  /** Length or height as measured, cm. */
  heightCm?: number | null;
  /** How it was measured; when absent the value is taken as right for the age (no ±0.7 cm). */
  position?: Position | null;
  /** Bilateral pitting oedema. */
  oedema?: boolean | null;
}

export interface GrowthAssessment {
  ageDays: number;
  /** Length (under 731 days) or height after the ±0.7 cm position adjustment; null without one. */
  lengthHeightCm: number | null;
  haz: number | null;
  waz: number | null;
  whz: number | null;
  hazFlagged: boolean | null;
  wazFlagged: boolean | null;
  whzFlagged: boolean | null;
  hazReason: GrowthNullReason | null;
  wazReason: GrowthNullReason | null;
  whzReason: GrowthNullReason | null;
  /** HAZ < −2; null when HAZ is null or flagged. */
  stunted: boolean | null;
  /** HAZ < −3; null when HAZ is null or flagged. */
  severelyStunted: boolean | null;
  /** WHZ < −2, or oedema; null when neither can be told. */
  wasted: boolean | null;
  /** WAZ < −2, or oedema; null when neither can be told. */
  underweight: boolean | null;
}

/**
 * The three z-scores of one measurement and WHO's classification of them (WHO Child Growth
 * Standards 2006; WHO Anthro and its `anthro` R package): length/height adjusted ±0.7 cm for
 * position, HAZ, WAZ and WHZ rounded to 2 decimals and flagged when implausible, and the
 * classification read off the rounded z (stunted HAZ < −2, severely stunted < −3, wasted
 * WHZ < −2, underweight WAZ < −2). A flagged z-score is never classified. With oedema the
 * weight-based z-scores are not computed and the child counts as wasted and underweight (WHO
 * Anthro counts oedema as below −3 SD for the weight-based indicators).
 *
 * @param input sex, age in days, weight (kg), length/height (cm), position, oedema
 * @param options.tables the LMS tables (default: the shipped ones)
 * @returns z-scores, flags, reasons for nulls and classification
 * @example
 * assessGrowth({ sex: 'MALE', ageDays: 44, heightCm: 50, position: 'LYING' }).haz; // -3.29
 */
export function assessGrowth(
  input: GrowthMeasurement,
  options: { tables?: WhoTables } = {},
): GrowthAssessment {
  const { sex, ageDays } = input;
  const weight = input.weightKg ?? null;
  const height = input.heightCm ?? null;
  const oedema = input.oedema ?? false;
  if (sex !== 'MALE' && sex !== 'FEMALE') throw new Error('sex must be MALE or FEMALE');
  if (!(Number.isInteger(ageDays) && ageDays >= 0)) {
    throw new Error('ageDays must be a whole number ≥ 0');
  }
  if (weight !== null && !(Number.isFinite(weight) && weight > 0)) {
    throw new Error('weightKg must be a positive number');
  }
  if (height !== null && !(Number.isFinite(height) && height > 0)) {
    throw new Error('heightCm must be a positive number');
  }
  const lengthHeightCm =
    height === null
      ? null
      : input.position
        ? adjustLengthHeight(height, input.position, ageDays)
        : height;
  const notMeasured: ZScore = { z: null, flagged: null, reason: 'NOT_MEASURED' };
  const haz =
    lengthHeightCm === null ? notMeasured : lengthForAgeZ(sex, ageDays, lengthHeightCm, options);
  const waz =
    weight === null ? notMeasured : weightForAgeZ(sex, ageDays, weight, { ...options, oedema });
  const whz =
    weight === null || lengthHeightCm === null
      ? notMeasured
      : weightForLengthHeightZ(sex, ageDays, weight, lengthHeightCm, { ...options, oedema });
  const oedemaCounts = oedema && ageWithinStandards(ageDays);
  return {
    ageDays,
    lengthHeightCm,
    haz: haz.z,
    waz: waz.z,
    whz: whz.z,
    hazFlagged: haz.flagged,
    wazFlagged: waz.flagged,
    whzFlagged: whz.flagged,
    hazReason: haz.reason,
    wazReason: waz.reason,
    whzReason: whz.reason,
    stunted: below(haz, -2),
    severelyStunted: below(haz, -3),
    wasted: oedemaCounts ? true : below(whz, -2),
    underweight: oedemaCounts ? true : below(waz, -2),
  };
}

/** @private z < cut on the rounded z; null for a missing or flagged z. */
function below(score: ZScore, cut: number): boolean | null {
  if (score.z === null || score.flagged) return null;
  return score.z < cut;
}
