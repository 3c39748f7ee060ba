/** Days in a month as WHO software counts them (365.25 / 12). */
export const daysPerMonth = 30.4375;

/**
 * Whether the WHO Child Growth Standards give a z-score at this age: from birth to under 60
 * months, i.e. 0–1826 days (WHO `anthro` R package computes z-scores only for
 * age in days / 30.4375 < 60; its tables end at day 1826).
 *
 * @param ageDays age in whole days
 * @returns true for 0 ≤ ageDays ≤ 1826
 * @example
 * ageWithinStandards(1826); // true
 * ageWithinStandards(1827); // false (60.02 months)
 */
export function ageWithinStandards(ageDays: number): boolean {
  if (!Number.isInteger(ageDays)) throw new Error('ageDays must be a whole number');
  return ageDays >= 0 && ageDays / daysPerMonth < 60;
}
