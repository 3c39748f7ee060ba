import type { Db, Tx } from '../../../db/client.ts';

export interface ProgramTargetWriteRow {
  kode: string;
  program: string;
  year: number;
  targetPercent: number;
  source: string;
}

/** Upserts program targets by (program, year, region); returns the rows inserted or changed. */
export function upsertProgramTargets(
  client: Db | Tx,
  rows: readonly ProgramTargetWriteRow[],
): Promise<number> {
  return client.$executeRaw`
    INSERT INTO program_target (region_kode, program_code, year, target_percent, source)
    SELECT u.kode, u.program, u.year, u.target, u.source
    FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.program)}::text[],
                ${rows.map((r) => r.year)}::int[], ${rows.map((r) => r.targetPercent)}::float8[],
                ${rows.map((r) => r.source)}::text[])
         AS u(kode, program, year, target, source)
    ON CONFLICT (program_code, year, region_kode) DO UPDATE
      SET target_percent = EXCLUDED.target_percent, source = EXCLUDED.source, updated_at = now()
      WHERE (program_target.target_percent, program_target.source)
            IS DISTINCT FROM (EXCLUDED.target_percent, EXCLUDED.source)`;
}
