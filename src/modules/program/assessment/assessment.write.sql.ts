import type { Db, Tx } from '../../../db/client.ts';

export interface SchemeItemRow {
  year: number;
  code: string;
  action: number;
  weight: number;
  description: string;
  /** Bahasa Indonesia name; null keeps the one recorded. */
  name?: string | null;
}

export interface ItemReferencesRow {
  year: number;
  code: string;
  /** Codes of the evidence catalog the item requires; null keeps what is recorded. */
  evidence: string[] | null;
  /** Grade → criterion; null keeps what is recorded. */
  criteria: { grade: string; criterion: string }[] | null;
}

export interface ScaleRow {
  year: number;
  grade: string;
  points: number;
}

export interface ActionReportRow {
  kabupatenKode: string;
  year: number;
  action: number;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  /** null: keep the evidence recorded (none for a new report). */
  evidence: string[] | null;
  note: string | null;
}

export interface GradeRow {
  kabupatenKode: string;
  year: number;
  item: string;
  grade: string;
}

export async function upsertScheme(
  client: Db | Tx,
  scale: readonly ScaleRow[],
  items: readonly SchemeItemRow[],
): Promise<number> {
  const grades = await client.$executeRaw`
    INSERT INTO assessment_grade_scale (year, grade, points)
    SELECT * FROM unnest(${scale.map((s) => s.year)}::int[], ${scale.map((s) => s.grade)}::text[],
                         ${scale.map((s) => s.points)}::float8[])
    ON CONFLICT (year, grade) DO UPDATE SET points = EXCLUDED.points
      WHERE assessment_grade_scale.points IS DISTINCT FROM EXCLUDED.points`;
  const written = await client.$executeRaw`
    INSERT INTO assessment_item (year, code, action, weight, description, name)
    SELECT * FROM unnest(${items.map((i) => i.year)}::int[], ${items.map((i) => i.code)}::text[],
                         ${items.map((i) => i.action)}::smallint[], ${items.map((i) => i.weight)}::float8[],
                         ${items.map((i) => i.description)}::text[], ${items.map((i) => i.name ?? null)}::text[])
    ON CONFLICT (year, code) DO UPDATE
      SET action = EXCLUDED.action, weight = EXCLUDED.weight, description = EXCLUDED.description,
          name = COALESCE(EXCLUDED.name, assessment_item.name)
      WHERE (assessment_item.action, assessment_item.weight, assessment_item.description,
             assessment_item.name)
            IS DISTINCT FROM (EXCLUDED.action, EXCLUDED.weight, EXCLUDED.description,
                              COALESCE(EXCLUDED.name, assessment_item.name))`;
  return grades + written;
}

/**
 * Sets the required evidence and the grade criteria of scheme items (the items must exist). A
 * row's list replaces what the item had; a null list keeps it. Returns the rows changed.
 */
export async function setItemReferences(
  client: Db | Tx,
  rows: readonly ItemReferencesRow[],
): Promise<number> {
  let changed = 0;
  for (const r of rows) {
    if (r.evidence !== null) {
      changed += await client.$executeRaw`
        DELETE FROM assessment_item_evidence
        WHERE year = ${r.year} AND item_code = ${r.code}
          AND NOT (evidence_code = ANY(${r.evidence}::text[]))`;
      changed += await client.$executeRaw`
        INSERT INTO assessment_item_evidence (year, item_code, evidence_code)
        SELECT ${r.year}, ${r.code}, e FROM unnest(${r.evidence}::text[]) AS e
        ON CONFLICT DO NOTHING`;
    }
    if (r.criteria !== null) {
      changed += await client.$executeRaw`
        DELETE FROM assessment_grade_criterion
        WHERE year = ${r.year} AND item_code = ${r.code}
          AND NOT (grade = ANY(${r.criteria.map((c) => c.grade)}::text[]))`;
      changed += await client.$executeRaw`
        INSERT INTO assessment_grade_criterion (year, item_code, grade, criterion)
        SELECT ${r.year}, ${r.code}, g, c
        FROM unnest(${r.criteria.map((c) => c.grade)}::text[],
                    ${r.criteria.map((c) => c.criterion)}::text[]) AS u(g, c)
        ON CONFLICT (year, item_code, grade) DO UPDATE SET criterion = EXCLUDED.criterion
          WHERE assessment_grade_criterion.criterion IS DISTINCT FROM EXCLUDED.criterion`;
    }
  }
  return changed;
}

/**
 * Upserts action reports by (kabupaten, year, action). A report with `evidence` null keeps the
 * evidence recorded (none for a new report): leaving evidence out never wipes it.
 */
export async function upsertActionReports(
  client: Db | Tx,
  rows: readonly ActionReportRow[],
): Promise<number> {
  const withEvidence = rows.filter((r) => r.evidence !== null);
  const without = rows.filter((r) => r.evidence === null);
  let changed = 0;
  if (withEvidence.length > 0) {
    // Evidence lists travel joined by a newline (a character no reference contains) and are
    // split back in SQL: unnest cannot take an array of arrays of different lengths.
    changed += await client.$executeRaw`
      INSERT INTO action_report (kabupaten_kode, year, action, status, evidence, note)
      SELECT u.kabupaten_kode, u.year, u.action, u.status::"ActionStatus",
             CASE WHEN u.evidence = '' THEN '{}'::text[] ELSE string_to_array(u.evidence, E'\n') END,
             u.note
      FROM unnest(${withEvidence.map((r) => r.kabupatenKode)}::text[],
                  ${withEvidence.map((r) => r.year)}::int[],
                  ${withEvidence.map((r) => r.action)}::smallint[],
                  ${withEvidence.map((r) => r.status)}::text[],
                  ${withEvidence.map((r) => (r.evidence ?? []).join('\n'))}::text[],
                  ${withEvidence.map((r) => r.note)}::text[])
           AS u(kabupaten_kode, year, action, status, evidence, note)
      ON CONFLICT (kabupaten_kode, year, action) DO UPDATE
        SET status = EXCLUDED.status, evidence = EXCLUDED.evidence, note = EXCLUDED.note
        WHERE (action_report.status, action_report.evidence, action_report.note)
              IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.evidence, EXCLUDED.note)`;
  }
  if (without.length > 0) {
    changed += await client.$executeRaw`
      INSERT INTO action_report (kabupaten_kode, year, action, status, evidence, note)
      SELECT u.kabupaten_kode, u.year, u.action, u.status::"ActionStatus", '{}'::text[], u.note
      FROM unnest(${without.map((r) => r.kabupatenKode)}::text[], ${without.map((r) => r.year)}::int[],
                  ${without.map((r) => r.action)}::smallint[], ${without.map((r) => r.status)}::text[],
                  ${without.map((r) => r.note)}::text[])
           AS u(kabupaten_kode, year, action, status, note)
      ON CONFLICT (kabupaten_kode, year, action) DO UPDATE
        SET status = EXCLUDED.status, note = EXCLUDED.note
        WHERE (action_report.status, action_report.note)
              IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.note)`;
  }
  return changed;
}

/** Adds one evidence reference to an action's report (kept in order; none added twice). */
export function addEvidence(
  client: Db | Tx,
  key: { kabupatenKode: string; year: number; action: number },
  evidence: string,
): Promise<number> {
  return client.$executeRaw`
    UPDATE action_report SET evidence = array_append(evidence, ${evidence}::text)
    WHERE kabupaten_kode = ${key.kabupatenKode} AND year = ${key.year} AND action = ${key.action}
      AND NOT (${evidence}::text = ANY(evidence))`;
}

/** Removes one evidence reference from an action's report. */
export function removeEvidence(
  client: Db | Tx,
  key: { kabupatenKode: string; year: number; action: number },
  evidence: string,
): Promise<number> {
  return client.$executeRaw`
    UPDATE action_report SET evidence = array_remove(evidence, ${evidence}::text)
    WHERE kabupaten_kode = ${key.kabupatenKode} AND year = ${key.year} AND action = ${key.action}
      AND ${evidence}::text = ANY(evidence)`;
}

export function upsertGrades(client: Db | Tx, rows: readonly GradeRow[]): Promise<number> {
  return client.$executeRaw`
    INSERT INTO assessment_grade (kabupaten_kode, year, item_code, grade)
    SELECT * FROM unnest(${rows.map((r) => r.kabupatenKode)}::text[], ${rows.map((r) => r.year)}::int[],
                         ${rows.map((r) => r.item)}::text[], ${rows.map((r) => r.grade)}::text[])
    ON CONFLICT (kabupaten_kode, year, item_code) DO UPDATE SET grade = EXCLUDED.grade
      WHERE assessment_grade.grade IS DISTINCT FROM EXCLUDED.grade`;
}
