/**
 * Calendar arithmetic for program tracking, on days counted from 1970-01-01 (UTC), so that no
 * time zone or daylight-saving rule can move a date. ISO 8601 weeks run Monday–Sunday; week 1
 * of a year is the week holding its first Thursday, so 2023-01-01 (a Sunday) lies in 2022-W52.
 */

const dayMs = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const weekPattern = /^(\d{4})-W(\d{2})$/;

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH';

export interface IsoWeek {
  /** "2022-W52" */
  label: string;
  year: number;
  week: number;
  /** Monday, "YYYY-MM-DD". */
  start: string;
  /** Sunday, "YYYY-MM-DD". */
  end: string;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" calendar date; null when it is not a real date. */
export function parseDay(text: string): number | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / dayMs;
}

/** "YYYY-MM-DD" of a day number. */
export function formatDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Monday of ISO week 1 of `year`: the week that holds 4 January. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / dayMs;
  return jan4 - (isoWeekday(jan4) - 1);
}

/** 53 when 1 January is a Thursday, or a Wednesday in a leap year; else 52. */
export function isoWeeksInYear(year: number): number {
  return (firstMonday(year + 1) - firstMonday(year)) / 7;
}

/** The ISO week a day falls in. */
export function isoWeekOfDay(day: number): IsoWeek {
  const thursday = day - isoWeekday(day) + 4;
  const year = new Date(thursday * dayMs).getUTCFullYear();
  const week = 1 + Math.floor((thursday - 3 - firstMonday(year)) / 7);
  return weekOf(year, week);
}

/** Parses "2022-W27"; null unless the week exists in that year (W53 only in long years). */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = weekPattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1900 || year > 2100 || week < 1 || week > isoWeeksInYear(year)) return null;
  return weekOf(year, week);
}

/** Every ISO week from `from` to `to` inclusive (both "YYYY-Www"), in order. */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = parseDay(to.start) as number;
  for (let day = parseDay(from.start) as number; day <= last; day += 7) {
    weeks.push(isoWeekOfDay(day));
  }
  return weeks;
}

/** First day of the bucket holding `day`: the day itself, its ISO Monday, or the 1st of its month. */
export function bucketStart(day: number, bucket: TimeBucket): number {
  if (bucket === 'DAY') return day;
  if (bucket === 'WEEK') return day - isoWeekday(day) + 1;
  const date = new Date(day * dayMs);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / dayMs;
}

/** Last day of the bucket that starts on `start`. */
export function bucketEnd(start: number, bucket: TimeBucket): number {
  if (bucket === 'DAY') return start;
  if (bucket === 'WEEK') return start + 6;
  const date = new Date(start * dayMs);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / dayMs - 1;
}

/** "2022-08-01" (DAY), "2022-W31" (WEEK) or "2022-08" (MONTH) for the bucket starting on `start`. */
export function bucketLabel(start: number, bucket: TimeBucket): string {
  if (bucket === 'WEEK') return isoWeekOfDay(start).label;
  return formatDay(start).slice(0, bucket === 'DAY' ? 10 : 7);
}

/** @private */
function weekOf(year: number, week: number): IsoWeek {
  const start = firstMonday(year) + (week - 1) * 7;
  return {
    label: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    start: formatDay(start),
    end: formatDay(start + 6),
  };
}
