import type { Db, Tx } from '../../../db/client.ts';

export interface TargetWriteRow {
  kode: string;
  indicator: string;
  year: number;
  value: number;
  source: string;
}

export function upsertTargets(client: Db | Tx, rows: readonly TargetWriteRow[]): Promise<number> {
  return client.$executeRaw`
    INSERT INTO indicator_target (region_kode, indicator_code, year, value, source)
    SELECT * FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.indicator)}::text[],
                         ${rows.map((r) => r.year)}::int[], ${rows.map((r) => r.value)}::float8[],
                         ${rows.map((r) => r.source)}::text[])
    ON CONFLICT (region_kode, indicator_code, year) DO UPDATE
      SET value = EXCLUDED.value, source = EXCLUDED.source, updated_at = now()
      WHERE (indicator_target.value, indicator_target.source)
            IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.source)`;
}
