import type { Db, Tx } from '../../db/client.ts';
import type { DesaJenis, RegionLevel } from '../../generated/prisma/enums.ts';

export interface RegionRow {
  kode: string;
  nama: string;
  level: RegionLevel;
  jenis: DesaJenis | null;
  parentKode: string | null;
  source: string;
}

/**
 * Inserts regions or updates their names, in one statement. Parents may come in the same call:
 * foreign keys are checked at the end of the statement. Geometry is left untouched.
 */
export async function upsertRegions(client: Db | Tx, rows: readonly RegionRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return client.$executeRaw`
    INSERT INTO region (kode, nama, level, jenis, parent_kode, source)
    SELECT u.kode, u.nama, u.level::"RegionLevel", u.jenis::"DesaJenis", u.parent_kode, u.source
    FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.nama)}::text[],
                ${rows.map((r) => r.level)}::text[], ${rows.map((r) => r.jenis)}::text[],
                ${rows.map((r) => r.parentKode)}::text[], ${rows.map((r) => r.source)}::text[])
         AS u(kode, nama, level, jenis, parent_kode, source)
    ORDER BY length(u.kode), u.kode
    ON CONFLICT (kode) DO UPDATE
      SET nama = EXCLUDED.nama, jenis = EXCLUDED.jenis, parent_kode = EXCLUDED.parent_kode,
          source = EXCLUDED.source, updated_at = now()
      WHERE (region.nama, region.jenis, region.parent_kode, region.source)
            IS DISTINCT FROM (EXCLUDED.nama, EXCLUDED.jenis, EXCLUDED.parent_kode, EXCLUDED.source)`;
}

/** Which of `kodes` exist, with their level. */
export async function existingRegions(
  client: Db | Tx,
  kodes: readonly string[],
): Promise<{ kode: string; level: RegionLevel }[]> {
  return client.region.findMany({
    where: { kode: { in: [...kodes] } },
    select: { kode: true, level: true },
  });
}
