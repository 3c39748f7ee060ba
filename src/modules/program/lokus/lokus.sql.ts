import { db } from '../../../db/client.ts';

/** The years each desa was a priority village, oldest first. */
export async function lokusYears(
  desa: readonly string[],
): Promise<{ kode: string; years: number[] }[]> {
  if (desa.length === 0) return [];
  return db.$queryRaw<{ kode: string; years: number[] }[]>`
    SELECT p.desa_kode AS kode, array_agg(p.year ORDER BY p.year) AS years
    FROM priority_village p
    WHERE p.desa_kode = ANY(${[...desa]}::text[])
    GROUP BY p.desa_kode`;
}
