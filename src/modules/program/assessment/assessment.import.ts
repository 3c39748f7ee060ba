import { db } from '../../../db/client.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { codedProblem } from '../refusal.ts';
import {
  type ActionReportRow,
  type GradeRow,
  type ItemReferencesRow,
  type ScaleRow,
  type SchemeItemRow,
  setItemReferences,
  upsertActionReports,
  upsertGrades,
  upsertScheme,
} from './assessment.write.sql.ts';

const scalePattern =
  /^\s*[A-Z][A-Z0-9+-]{0,3}\s*=\s*\d+(\.\d+)?\s*(;\s*[A-Z][A-Z0-9+-]{0,3}\s*=\s*\d+(\.\d+)?\s*)*$/;

/**
 * The assessment scheme of a year: `year,item,action,weight,description,scale`, one line per
 * assessment indicator; `scale` gives that year's grades and points ("A=4;B=3;C=2;D=1") and must
 * be the same on every line of the year. Optional: `name` (Bahasa Indonesia), `evidence` (codes
 * of the action's evidence catalog the item requires, "A1.HASIL_ANALISIS | A1.SK_LOKUS") and
 * `criteria` (what each grade means, "A: 100% of lokus … | B: ≥ 75% …"); left empty, what was
 * recorded is kept.
 */
export const schemeSpec: ImportSpec<{
  item: SchemeItemRow;
  scale: ScaleRow[];
  references: ItemReferencesRow;
}> = {
  action: 'IMPORT_ASSESSMENT_SCHEME',
  target: 'assessment_item',
  required: ['year', 'item', 'action', 'weight', 'description', 'scale'],
  optional: ['name', 'evidence', 'criteria'],
  async validate(records) {
    const catalog = new Map(
      (await db.assessmentEvidenceType.findMany()).map((e) => [e.code, e.action]),
    );
    const problems: string[] = [];
    const rows: { item: SchemeItemRow; scale: ScaleRow[]; references: ItemReferencesRow }[] = [];
    const dup = duplicateChecker();
    const scaleOf = new Map<number, { label: string; text: string }>();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const year = f.year('year');
      const code = f.text('item', { max: 20 });
      const action = f.integer('action', { min: 1, max: 8 });
      const weight = f.number('weight', { max: 1000 });
      if (weight === 0) f.fail('weight must be above 0');
      const description = f.text('description', { max: 500 });
      const name = f.text('name', { required: false, max: 500 });
      const evidenceText = f.text('evidence', { required: false, max: 2000 });
      const evidence =
        evidenceText === null
          ? null
          : evidenceText
              .split('|')
              .map((e) => e.trim())
              .filter(Boolean);
      for (const code of evidence ?? []) {
        const of = catalog.get(code);
        if (of === undefined) f.fail(`evidence ${code} is not in the evidence catalog`);
        else if (action !== null && of !== action)
          f.fail(`evidence ${code} belongs to action ${of}, not ${action}`);
      }
      const criteriaText = f.text('criteria', { required: false, max: 5000 });
      const criteria =
        criteriaText === null
          ? null
          : criteriaText
              .split('|')
              .map((c) => c.trim())
              .filter(Boolean)
              .map((c) => {
                const m = /^([A-Z][A-Z0-9+-]{0,3})\s*:\s*(\S.{0,499})$/.exec(c);
                if (!m) f.fail(`criteria "${c.slice(0, 40)}" must look like "A: what an A means"`);
                return { grade: m?.[1] ?? '', criterion: m?.[2]?.trim() ?? '' };
              });
      const scaleText = (f.text('scale') ?? '').replace(/\s+/g, '');
      if (scaleText && !scalePattern.test(scaleText)) f.fail('scale must look like "A=4;B=3;C=2"');
      const earlier = year === null ? undefined : scaleOf.get(year);
      if (earlier && earlier.text !== scaleText)
        f.fail(`scale differs from ${earlier.label} for ${year}`);
      if (year !== null && !earlier && scaleText)
        scaleOf.set(year, { label: record.label, text: scaleText });
      dup(`${year}|${code}`, record.label, f.fail, 'year and item');
      if (!f.ok() || year === null || !code || action === null || weight === null || !description)
        continue;
      const scale = scaleText.split(';').map((pair) => {
        const [grade = '', points = '0'] = pair.split('=');
        return { year, grade, points: Number(points) };
      });
      if (new Set(scale.map((s) => s.grade)).size !== scale.length) {
        f.fail('scale names a grade twice');
        continue;
      }
      const unknown = (criteria ?? []).filter((c) => !scale.some((s) => s.grade === c.grade));
      if (unknown.length > 0) {
        f.fail(`criteria name grades not in the scale: ${unknown.map((c) => c.grade).join(', ')}`);
        continue;
      }
      if (criteria && new Set(criteria.map((c) => c.grade)).size !== criteria.length) {
        f.fail('criteria name a grade twice');
        continue;
      }
      rows.push({
        item: { year, code, action, weight, description, name },
        scale,
        references: { year, code, evidence, criteria },
      });
    }
    return { rows, problems };
  },
  async write(tx, rows) {
    const scale = new Map(rows.flatMap((r) => r.scale).map((s) => [`${s.year}|${s.grade}`, s]));
    const changed = await upsertScheme(
      tx,
      [...scale.values()],
      rows.map((r) => r.item),
    );
    return {
      changed:
        changed +
        (await setItemReferences(
          tx,
          rows.map((r) => r.references),
        )),
    };
  },
};

/**
 * Reports on the 8 actions: `kabupaten,year,action,status` (+ `evidence`, references separated by
 * " | ", and `note`), upserted by (kabupaten, year, action). Evidence left empty keeps what was
 * recorded (add or remove single references with `addActionEvidence`/`removeActionEvidence`); a
 * year that has not come yet is refused (YEAR_NOT_COME).
 */
export const actionReportSpec: ImportSpec<ActionReportRow> = {
  action: 'IMPORT_ACTION_REPORTS',
  target: 'action_report',
  required: ['kabupaten', 'year', 'action', 'status'],
  optional: ['evidence', 'note'],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kabupaten ?? ''));
    const problems: string[] = [];
    const rows: ActionReportRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kabupatenKode = f.kabupaten('kabupaten', levels);
      const year = f.year('year');
      const action = f.integer('action', { min: 1, max: 8 });
      const status = f.oneOf('status', ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const);
      const evidenceText = f.text('evidence', { required: false, max: 5000 });
      const evidence =
        evidenceText === null
          ? null
          : evidenceText
              .split('|')
              .map((e) => e.trim())
              .filter((e) => e !== '');
      if (evidence?.some((e) => e.length > 500))
        f.fail('each evidence reference must be at most 500 characters');
      if (year !== null && status && year > new Date().getUTCFullYear()) {
        f.fail(
          codedProblem(
            'YEAR_NOT_COME',
            `year ${year} has not come yet; a status (${status}) can only be reported for ${new Date().getUTCFullYear()} or before`,
          ),
        );
      }
      const note = f.text('note', { required: false, max: 2000 });
      dup(`${kabupatenKode}|${year}|${action}`, record.label, f.fail, 'kabupaten, year and action');
      if (f.ok() && kabupatenKode && year !== null && action !== null && status) {
        rows.push({ kabupatenKode, year, action, status, evidence, note });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertActionReports(tx, rows) }),
};

/**
 * Grades given: `kabupaten,year,item,grade`; the item and the grade must belong to that year's
 * scheme (import it first). Upserted by (kabupaten, year, item).
 */
export const gradeSpec: ImportSpec<GradeRow> = {
  action: 'IMPORT_ASSESSMENT_GRADES',
  target: 'assessment_grade',
  required: ['kabupaten', 'year', 'item', 'grade'],
  optional: [],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kabupaten ?? ''));
    const years = [...new Set(records.map((r) => Number(r.values.year)).filter(Number.isInteger))];
    const items = new Set(
      (await db.assessmentItem.findMany({ where: { year: { in: years } } })).map(
        (i) => `${i.year}|${i.code}`,
      ),
    );
    const grades = new Set(
      (await db.assessmentGradeScale.findMany({ where: { year: { in: years } } })).map(
        (g) => `${g.year}|${g.grade}`,
      ),
    );
    const problems: string[] = [];
    const rows: GradeRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kabupatenKode = f.kabupaten('kabupaten', levels);
      const year = f.year('year');
      const item = f.text('item', { max: 20 });
      if (item && year !== null && !items.has(`${year}|${item}`))
        f.fail(`item ${item} is not in the ${year} scheme`);
      const grade = f.text('grade', { max: 4 })?.toUpperCase() ?? null;
      if (grade && year !== null && !grades.has(`${year}|${grade}`))
        f.fail(`grade ${grade} is not in the ${year} scale`);
      dup(`${kabupatenKode}|${year}|${item}`, record.label, f.fail, 'kabupaten, year and item');
      if (f.ok() && kabupatenKode && year !== null && item && grade)
        rows.push({ kabupatenKode, year, item, grade });
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertGrades(tx, rows) }),
};
