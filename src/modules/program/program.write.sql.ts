import type { Db, Tx } from '../../db/client.ts';

export interface AgencyRow {
  kabupatenKode: string;
  code: string;
  name: string;
  shortName: string;
}

/** Inserts agencies or updates their names; returns rows inserted or changed. */
export function upsertAgencies(client: Db | Tx, rows: readonly AgencyRow[]): Promise<number> {
  return client.$executeRaw`
    INSERT INTO agency (kabupaten_kode, code, name, short_name)
    SELECT * FROM unnest(${rows.map((r) => r.kabupatenKode)}::text[], ${rows.map((r) => r.code)}::text[],
                         ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.shortName)}::text[])
    ON CONFLICT (kabupaten_kode, code) DO UPDATE
      SET name = EXCLUDED.name, short_name = EXCLUDED.short_name
      WHERE (agency.name, agency.short_name) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name)`;
}

export interface ProgramRow {
  code: string;
  name: string;
  kind: 'SPECIFIC' | 'SENSITIVE';
  targetGroup: string;
  indicatorRef: string | null;
  leadAgency: string | null;
}

export function upsertPrograms(client: Db | Tx, rows: readonly ProgramRow[]): Promise<number> {
  return client.$executeRaw`
    INSERT INTO program (code, name, kind, target_group, indicator_ref, lead_agency)
    SELECT u.code, u.name, u.kind::"ProgramKind", u.target_group, u.indicator_ref, u.lead_agency
    FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.name)}::text[],
                ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.targetGroup)}::text[],
                ${rows.map((r) => r.indicatorRef)}::text[], ${rows.map((r) => r.leadAgency)}::text[])
         AS u(code, name, kind, target_group, indicator_ref, lead_agency)
    ON CONFLICT (code) DO UPDATE
      SET name = EXCLUDED.name, kind = EXCLUDED.kind, target_group = EXCLUDED.target_group,
          indicator_ref = EXCLUDED.indicator_ref, lead_agency = EXCLUDED.lead_agency
      WHERE (program.name, program.kind, program.target_group, program.indicator_ref,
             program.lead_agency)
            IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.target_group,
                              EXCLUDED.indicator_ref, EXCLUDED.lead_agency)`;
}

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
  const changed = await client.$executeRaw`
    INSERT INTO priority_village (desa_kode, year, basis, rank, decree)
    SELECT * FROM unnest(${rows.map((r) => r.kode)}::text[], ${rows.map((r) => r.year)}::int[],
                         ${rows.map((r) => r.basis)}::text[], ${rows.map((r) => r.rank)}::int[],
                         ${rows.map((r) => r.decree)}::text[])
    ON CONFLICT (desa_kode, year) DO UPDATE
      SET basis = EXCLUDED.basis, rank = EXCLUDED.rank, decree = EXCLUDED.decree
      WHERE (priority_village.basis, priority_village.rank, priority_village.decree)
            IS DISTINCT FROM (EXCLUDED.basis, EXCLUDED.rank, EXCLUDED.decree)`;
  return { changed, removed };
}

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
