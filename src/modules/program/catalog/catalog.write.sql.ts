import type { Db, Tx } from '../../../db/client.ts';

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
