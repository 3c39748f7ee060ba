import { badUserInput } from '../errors.ts';

const periodPattern = /^(\d{4})(-(0[1-9]|1[0-2]))?$/;

/** Whether `period` is a year ("2022") or a month ("2022-08") between 1900 and 2100. */
export function isPeriod(period: string): boolean {
  const match = periodPattern.exec(period);
  const year = match ? Number(match[1]) : Number.NaN;
  return year >= 1900 && year <= 2100;
}

/** Throws BAD_USER_INPUT unless `period` is a year ("2022") or a month ("2022-08"). */
export function assertPeriod(argument: string, period: string): void {
  if (!isPeriod(period)) {
    throw badUserInput(
      argument,
      period,
      'period must be a year "YYYY" or a month "YYYY-MM" between 1900 and 2100',
    );
  }
}
