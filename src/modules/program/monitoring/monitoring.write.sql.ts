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

/**
 * Enrols the families not yet known (enrolment on their earliest check-in of the input); an
 * enrolled family is never changed here: a check-in does not rewrite its family.
 */
export function insertNewFamilies(
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
    ON CONFLICT (id) DO NOTHING`;
}

export interface EnrolledFamily {
  id: string;
  kode: string;
  category: FamilyRow['category'];
  name: string;
  enrolledOn: string;
  closedOn: string | null;
  closeReason: string | null;
  closeNote: string | null;
}

/** The enrolled families among `ids`, by id (optionally locked for the rest of a transaction). */
export async function enrolledFamilies(
  client: Db | Tx,
  ids: readonly string[],
  lock = false,
): Promise<Map<string, EnrolledFamily>> {
  const wanted = [...new Set(ids)].filter((id) => id !== '');
  if (wanted.length === 0) return new Map();
  const rows = lock
    ? await client.$queryRaw<EnrolledFamily[]>`
        SELECT id, desa_kode AS kode, category::text AS category, head_name AS name,
               to_char(enrolled_on, 'YYYY-MM-DD') AS "enrolledOn",
               to_char(closed_on, 'YYYY-MM-DD') AS "closedOn",
               close_reason AS "closeReason", close_note AS "closeNote"
        FROM monitored_family WHERE id = ANY(${wanted}::text[]) ORDER BY id FOR UPDATE`
    : await client.$queryRaw<EnrolledFamily[]>`
        SELECT id, desa_kode AS kode, category::text AS category, head_name AS name,
               to_char(enrolled_on, 'YYYY-MM-DD') AS "enrolledOn",
               to_char(closed_on, 'YYYY-MM-DD') AS "closedOn",
               close_reason AS "closeReason", close_note AS "closeNote"
        FROM monitored_family WHERE id = ANY(${wanted}::text[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** An open family with the same natural key (desa, head, category, enrolment day), if any. */
export async function sameEnrolment(
  client: Db | Tx,
  row: Omit<FamilyRow, 'id'>,
): Promise<string | null> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM monitored_family
    WHERE desa_kode = ${row.kode} AND head_name = ${row.name}
      AND category = ${row.category}::"MonitoringCategory" AND enrolled_on = ${row.firstSeen}::date
    ORDER BY id LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** Changes a family's desa, head or category; returns 1 when something changed. */
export function updateFamily(
  client: Db | Tx,
  id: string,
  change: { kode: string; name: string; category: FamilyRow['category'] },
): Promise<number> {
  return client.$executeRaw`
    UPDATE monitored_family
    SET desa_kode = ${change.kode}, head_name = ${change.name},
        category = ${change.category}::"MonitoringCategory", updated_at = now()
    WHERE id = ${id}
      AND (desa_kode, head_name, category::text)
          IS DISTINCT FROM (${change.kode}, ${change.name}, ${change.category}::text)`;
}

/** Closes a family's case on `closedOn` with a reason; returns 1 when something changed. */
export function closeFamily(
  client: Db | Tx,
  id: string,
  close: { closedOn: string; reason: string; note: string | null },
): Promise<number> {
  return client.$executeRaw`
    UPDATE monitored_family
    SET closed_on = ${close.closedOn}::date, close_reason = ${close.reason},
        close_note = ${close.note}, updated_at = now()
    WHERE id = ${id}
      AND (closed_on, close_reason, close_note)
          IS DISTINCT FROM (${close.closedOn}::date, ${close.reason}, ${close.note}::text)`;
}

/** The latest check-in date of a family, or null. */
export async function latestCheckinDate(client: Db | Tx, id: string): Promise<string | null> {
  const rows = await client.$queryRaw<{ last: string | null }[]>`
    SELECT to_char(max(checked_on), 'YYYY-MM-DD') AS last FROM monitoring_checkin
    WHERE family_id = ${id}`;
  return rows[0]?.last ?? null;
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
