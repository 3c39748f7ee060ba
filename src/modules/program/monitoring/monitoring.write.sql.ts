import type { Db, Tx } from '../../../db/client.ts';

export interface FamilyRow {
  id: string;
  kode: string;
  category: 'PREGNANT' | 'UNDER_TWO' | 'STUNTED';
  name: string;
  /** Earliest check-in of the input. */
  firstSeen: string;
}

export interface CheckinRow {
  family: string;
  date: string;
  status: 'WELL' | 'NEEDS_ATTENTION' | 'REFERRED';
  note: string | null;
}

/** Inserts or updates monitored families; enrolment moves back to an earlier check-in only. */
export function upsertFamilies(
  client: Db | Tx,
  rows: readonly FamilyRow[],
  source: string,
): Promise<number> {
  return client.$executeRaw`
    INSERT INTO monitored_family (id, desa_kode, head_name, category, enrolled_on, source)
    SELECT u.id, u.kode, u.name, u.category::"MonitoringCategory", u.first_seen, ${source}
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.kode)}::text[],
                ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.category)}::text[],
                ${rows.map((r) => r.firstSeen)}::date[]) AS u(id, kode, name, category, first_seen)
    ON CONFLICT (id) DO UPDATE
      SET desa_kode = EXCLUDED.desa_kode, head_name = EXCLUDED.head_name,
          category = EXCLUDED.category,
          enrolled_on = LEAST(monitored_family.enrolled_on, EXCLUDED.enrolled_on)
      WHERE (monitored_family.desa_kode, monitored_family.head_name, monitored_family.category)
            IS DISTINCT FROM (EXCLUDED.desa_kode, EXCLUDED.head_name, EXCLUDED.category)
         OR EXCLUDED.enrolled_on < monitored_family.enrolled_on`;
}

export function upsertCheckins(client: Db | Tx, rows: readonly CheckinRow[]): Promise<number> {
  return client.$executeRaw`
    INSERT INTO monitoring_checkin (family_id, checked_on, status, note)
    SELECT u.family, u.day, u.status::"CheckinStatus", u.note
    FROM unnest(${rows.map((r) => r.family)}::text[], ${rows.map((r) => r.date)}::date[],
                ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.note)}::text[])
         AS u(family, day, status, note)
    ON CONFLICT (family_id, checked_on) DO UPDATE
      SET status = EXCLUDED.status, note = EXCLUDED.note
      WHERE (monitoring_checkin.status, monitoring_checkin.note)
            IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.note)`;
}
