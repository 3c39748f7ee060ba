import { type Db, readRows, type Tx } from '../../db/client.ts';
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

/** A region row as a page of regions serves it, with its parent's columns (null without one). */
export interface RegionPageRow {
  kode: string;
  nama: string;
  level: RegionLevel;
  source: string;
  area_km2: number | null;
  geom_source: string | null;
  geom_version: number;
  p_kode: string | null;
  p_nama: string | null;
  p_level: RegionLevel | null;
  p_source: string | null;
  p_area_km2: number | null;
  p_geom_source: string | null;
}

/**
 * Regions in kode order with their parents, in one statement read below Prisma (a hot path): those
 * of `level` inside `parentKode` at any depth (a kode range, which the "C"-collated key serves;
 * null: everywhere), or the one region `kode`; at most `limit` rows.
 */
export async function regionPageRows(
  where: { level: RegionLevel; parentKode: string | null } | { kode: string },
  limit: number,
): Promise<RegionPageRow[]> {
  const select = `SELECT ${regionPageColumns} ${regionPageFrom}`;
  const rows =
    'kode' in where
      ? await readRows(`${select} WHERE r.kode = $1`, [where.kode])
      : where.parentKode === null
        ? await readRows(
            `${select} WHERE r.level = $1::"RegionLevel" ORDER BY r.kode LIMIT $2::int`,
            [where.level, limit],
          )
        : await readRows(
            `${select} WHERE r.level = $1::"RegionLevel"
               AND r.kode >= $2 || '.' AND r.kode < $2 || '/' ORDER BY r.kode LIMIT $3::int`,
            [where.level, where.parentKode, limit],
          );
  return rows.map(regionPageRowOf);
}

/** The 13 columns of a page row (regions `r`, parents `p`), in `regionPageRowOf`'s order. */
export const regionPageColumns = `r.kode, r.nama, r.level::text, r.source, r.area_km2,
  r.geom_source, r.geom_version, p.kode, p.nama, p.level::text, p.source, p.area_km2,
  p.geom_source`;

/** The regions `r` of a page with their parents `p`. */
export const regionPageFrom = `FROM "region" r LEFT JOIN "region" p ON p.kode = r.parent_kode`;

/** A page row from the first 13 columns of `r` (`regionPageColumns`). */
export function regionPageRowOf(r: unknown[]): RegionPageRow {
  return {
    kode: r[0] as string,
    nama: r[1] as string,
    level: r[2] as RegionLevel,
    source: r[3] as string,
    area_km2: r[4] as number | null,
    geom_source: r[5] as string | null,
    geom_version: r[6] as number,
    p_kode: r[7] as string | null,
    p_nama: r[8] as string | null,
    p_level: r[9] as RegionLevel | null,
    p_source: r[10] as string | null,
    p_area_km2: r[11] as number | null,
    p_geom_source: r[12] as string | null,
  };
}
