import { assertKode, levelOfKode } from '../../args/kode.ts';
import { badUserInput } from '../../errors.ts';
import { type IsoWeek, parseIsoWeek } from './week.ts';

// Argument checks shared by the program rooms; each throws BAD_USER_INPUT naming the value.

/** Checks a region kode argument and returns it as a string. */
export function kodeArg(value: string | number, argument = 'kode'): string {
  const kode = String(value);
  assertKode(argument, kode);
  return kode;
}

/** Checks a kabupaten/kota kode argument; throws BAD_USER_INPUT. */
export function kabupatenArg(value: string | number, argument = 'kabupatenKode'): string {
  const kode = String(value);
  assertKode(argument, kode);
  if (levelOfKode(kode) !== 'KABUPATEN') {
    throw badUserInput(argument, kode, 'must be the kode of a kabupaten/kota, e.g. "32.16"');
  }
  return kode;
}

/** Checks an ISO week argument ("2022-W27"); throws BAD_USER_INPUT. */
export function isoWeekArg(argument: string, value: string): IsoWeek {
  const week = parseIsoWeek(value);
  if (!week) {
    throw badUserInput(
      argument,
      value,
      'week must be an ISO week "YYYY-Www" that exists in that year',
    );
  }
  return week;
}
