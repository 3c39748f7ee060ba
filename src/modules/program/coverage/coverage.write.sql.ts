import type { Db, Tx } from '../../../db/client.ts';

export interface CoverageWriteRow {
  kode: string;
  program: string;
  agency: string;
  period: string;
  targetPopulation: number;
  reached: number;
  source: string;
}

export function upsertCoverage(
  client: Db | Tx,
  rows: readonly CoverageWriteRow[],
): Promise<number> {
  return client.$executeRaw`
    INSERT INTO program_coverage (desa_kode, program_code, kabupaten_kode, agency_code, period,
                                  target_population, reached, source)
    SELECT u.kode, u.program, left(u.kode, 5), u.agency, u.period, u.tp, u.reached, u.source
    FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.program)}::text[],
                ${rows.map((r) => r.agency)}::text[], ${rows.map((r) => r.period)}::text[],
                ${rows.map((r) => r.targetPopulation)}::int[], ${rows.map((r) => r.reached)}::int[],
                ${rows.map((r) => r.source)}::text[])
         AS u(kode, program, agency, period, tp, reached, source)
    ON CONFLICT (program_code, period, desa_kode, kabupaten_kode, agency_code) DO UPDATE
      SET target_population = EXCLUDED.target_population, reached = EXCLUDED.reached,
          source = EXCLUDED.source, updated_at = now()
      WHERE (program_coverage.target_population, program_coverage.reached, program_coverage.source)
            IS DISTINCT FROM (EXCLUDED.target_population, EXCLUDED.reached, EXCLUDED.source)`;
}
