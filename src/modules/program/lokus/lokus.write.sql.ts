import type { Db, Tx } from '../../../db/client.ts';

export interface LokusRow {
  kode: string;
  year: number;
  basis: string;
  rank: number | null;
  decree: string | null;
}

/**
 * Makes each (kabupaten, year) of the input hold exactly the input's desa: upserts them and
 * deletes that year's other lokus of the same kabupaten. Other years are untouched (history).
 */
export async function replaceLokus(
  client: Db | Tx,
  rows: readonly LokusRow[],
): Promise<{ changed: number; removed: number }> {
  const removed = await client.$executeRaw`
    DELETE FROM priority_village p
    USING (SELECT DISTINCT left(kode, 5) AS kabupaten, year
           FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.year)}::int[])
                AS u(kode, year)) s
    WHERE p.year = s.year AND p.desa_kode >= s.kabupaten || '.' AND p.desa_kode < s.kabupaten || '/'
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.year)}::int[])
                      AS v(kode, year)
        WHERE v.kode = p.desa_kode AND v.year = p.year)`;
  const changed = await upsertLokus(client, rows);
  return { changed, removed };
}

/** Upserts lokus rows by (desa, year); the rest of each list is kept. */
export function upsertLokus(client: Db | Tx, rows: readonly LokusRow[]): Promise<number> {
  return client.$executeRaw`
    INSERT INTO priority_village (desa_kode, year, basis, rank, decree)
    SELECT * FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.year)}::int[],
                         ${rows.map((r) => r.basis)}::text[], ${rows.map((r) => r.rank)}::int[],
                         ${rows.map((r) => r.decree)}::text[])
    ON CONFLICT (desa_kode, year) DO UPDATE
      SET basis = EXCLUDED.basis, rank = EXCLUDED.rank, decree = EXCLUDED.decree
      WHERE (priority_village.basis, priority_village.rank, priority_village.decree)
            IS DISTINCT FROM (EXCLUDED.basis, EXCLUDED.rank, EXCLUDED.decree)`;
}
