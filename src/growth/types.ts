/** Sex as the WHO tables key it (1 = male, 2 = female in the files). */
export type Sex = 'MALE' | 'FEMALE';

/** How length/height was measured: recumbent (lying) or standing. */
export type Position = 'LYING' | 'STANDING';

/** Box-Cox power (L), median (M) and coefficient of variation (S) of one table row. */
export interface Lms {
  l: number;
  m: number;
  s: number;
}

/**
 * Why a z-score is null:
 * - `AGE_OUT_OF_RANGE`: the age is 60 months (1827 days) or more; the standards end at 1826 days.
 * - `LENGTH_OUT_OF_RANGE`: the (adjusted) length is outside weight-for-length's 45–110 cm, or
 *   the height outside weight-for-height's 65–120 cm.
 * - `OEDEMA`: bilateral pitting oedema; weight-based z-scores are not computed.
 * - `NOT_MEASURED`: the weight or the length/height needed was not given.
 */
export type GrowthNullReason =
  | 'AGE_OUT_OF_RANGE'
  | 'LENGTH_OUT_OF_RANGE'
  | 'OEDEMA'
  | 'NOT_MEASURED';

/** One z-score as WHO software reports it: rounded to 2 decimals, with its plausibility flag. */
export interface ZScore {
  /** z rounded to 2 decimals, or null (see `reason`). */
  z: number | null;
  /** Biologically implausible (outside WHO's limits); null when z is null. */
  flagged: boolean | null;
  /** Why z is null; null when z is given. */
  reason: GrowthNullReason | null;
}

/** The WHO Child Growth Standards' LMS tables this code reads (see data/who/SOURCES.md). */
export interface WhoTables {
  /** Length/height-for-age by sex, indexed by age in days 0–1826. */
  lengthForAge: Record<Sex, Lms[]>;
  /** Weight-for-age by sex, indexed by age in days 0–1826. */
  weightForAge: Record<Sex, Lms[]>;
  /** Weight-for-length by sex, indexed by (length − 45 cm) in tenths of a cm (45.0–110.0). */
  weightForLength: Record<Sex, Lms[]>;
  /** Weight-for-height by sex, indexed by (height − 65 cm) in tenths of a cm (65.0–120.0). */
  weightForHeight: Record<Sex, Lms[]>;
}
