import { badUserInput } from '../errors.ts';
import type { DesaJenis, RegionLevel } from '../generated/prisma/enums.ts';

const kodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Whether `kode` has the shape of a Kemendagri code ("32", "32.16", "32.16.01", "32.16.01.2001"). */
export function isKode(kode: string): boolean {
  return kodePattern.test(kode);
}

/** Throws BAD_USER_INPUT unless `kode` has the shape of a Kemendagri code. */
export function assertKode(argument: string, kode: string): void {
  if (!isKode(kode)) {
    throw badUserInput(
      argument,
      kode,
      'kode must be a Kemendagri code such as "32", "32.16", "32.16.01" or "32.16.01.2001"',
    );
  }
}

/** The level a well-formed kode denotes, from its shape. */
export function levelOfKode(kode: string): RegionLevel {
  switch (kode.length) {
    case 2:
      return 'PROVINSI';
    case 5:
      return 'KABUPATEN';
    case 8:
      return 'KECAMATAN';
    default:
      return 'DESA';
  }
}

/** The kode one level up, or null for a province. */
export function parentOfKode(kode: string): string | null {
  const cut = kode.lastIndexOf('.');
  return cut < 0 ? null : kode.slice(0, cut);
}

/** Desa or kelurahan from the first digit of the village number (1 = kelurahan). */
export function jenisOfKode(kode: string): DesaJenis | null {
  if (kode.length !== 13) return null;
  return kode[9] === '1' ? 'KELURAHAN' : 'DESA';
}
