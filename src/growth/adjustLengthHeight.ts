import type { Position } from './types.ts';

/** First day of age on which the standards expect standing height (24 months). */
export const standingFromDay = 731;

/**
 * Converts a measurement to the kind the standards assume at that age (WHO Child Growth
 * Standards, ch. 7; WHO `anthro` R package, `adjust_lenhei`): recumbent length below 731 days,
 * standing height from 731 days on. A child under 731 days measured standing gets +0.7 cm; a
 * child of 731 days or more measured lying gets −0.7 cm; otherwise the value is unchanged.
 *
 * @param lengthHeightCm measured length or height, cm (> 0)
 * @param position how it was measured
 * @param ageDays age in whole days (≥ 0)
 * @returns length (under 731 days) or height, cm
 * @example
 * adjustLengthHeight(80, 'STANDING', 600); // 80.7
 */
export function adjustLengthHeight(
  lengthHeightCm: number,
  position: Position,
  ageDays: number,
): number {
  if (!(Number.isFinite(lengthHeightCm) && lengthHeightCm > 0)) {
    throw new Error('lengthHeightCm must be a positive number');
  }
  if (position !== 'LYING' && position !== 'STANDING') {
    throw new Error('position must be LYING or STANDING');
  }
  if (!(Number.isInteger(ageDays) && ageDays >= 0)) {
    throw new Error('ageDays must be a whole number ≥ 0');
  }
  if (ageDays < standingFromDay && position === 'STANDING') return lengthHeightCm + 0.7;
  if (ageDays >= standingFromDay && position === 'LYING') return lengthHeightCm - 0.7;
  return lengthHeightCm;
}
