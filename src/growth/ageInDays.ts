const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Age in completed days between a birth date and a measurement date, as the WHO standards use it
 * (WHO Child Growth Standards, Methods and development, 2006, ch. 7: age in days = date of
 * measurement − date of birth). Calendar dates, no time of day, so no time-zone effect.
 *
 * @param birthDate date of birth, `YYYY-MM-DD`
 * @param measuredOn date of measurement, `YYYY-MM-DD`, not before the birth date
 * @returns whole days, 0 on the day of birth
 * @example
 * ageInDays('2024-01-01', '2024-02-14'); // 44
 */
export function ageInDays(birthDate: string, measuredOn: string): number {
  const born = toUtcDay(birthDate, 'birthDate');
  const measured = toUtcDay(measuredOn, 'measuredOn');
  if (measured < born) throw new Error('measuredOn is before birthDate');
  return measured - born;
}

/** @private Days since 1970-01-01 of a real calendar date; throws on 2024-02-30 and the like. */
function toUtcDay(text: string, name: string): number {
  const match = datePattern.exec(text);
  if (!match) throw new Error(`${name} must be a date YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || year < 1900) {
    throw new Error(`${name} ${text} is not a calendar date`);
  }
  return ms / 86_400_000;
}
