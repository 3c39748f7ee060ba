import { db } from '../../../db/client.ts';
import type { ActionStatus } from '../../../generated/prisma/enums.ts';
import { convergenceActions } from './assessment.actions.ts';
import { provinceScores } from './assessment.sql.ts';

export interface ActionReportShape {
  action: number;
  name: string;
  status: ActionStatus;
  evidence: string[];
  note: string | null;
}

export interface GradeShape {
  item: string;
  action: number;
  description: string;
  weight: number;
  grade: string | null;
  points: number | null;
  weightedPoints: number | null;
}

export interface AssessmentShape {
  kabupatenKode: string;
  year: number;
  actions: ActionReportShape[];
  grades: GradeShape[];
  scale: { grade: string; points: number }[];
  score: number;
  maxScore: number;
  scorePercent: number | null;
  rank: number | null;
  assessedCount: number;
}

/**
 * The assessment of one kabupaten in one year: the 8 action reports, the grade of every item of
 * that year's scheme, score = Σ weight × points of the grade, the most a kabupaten could score
 * (Σ weight × best points), and the rank among the kabupaten/kota of the same province graded that
 * year (1 + the number that scored more; ties share a rank). Null when the kabupaten has neither
 * reports nor grades for the year.
 */
export async function loadAssessment(
  kabupatenKode: string,
  year: number,
): Promise<AssessmentShape | null> {
  const province = kabupatenKode.slice(0, 2);
  const [reports, items, scale, scores] = await Promise.all([
    db.actionReport.findMany({ where: { kabupatenKode, year }, orderBy: { action: 'asc' } }),
    db.assessmentItem.findMany({ where: { year }, orderBy: [{ action: 'asc' }, { code: 'asc' }] }),
    db.assessmentGradeScale.findMany({ where: { year }, orderBy: { points: 'desc' } }),
    provinceScores(province, year),
  ]);
  const mine = scores.find((s) => s.kabupaten_kode === kabupatenKode);
  if (reports.length === 0 && !mine) return null;
  const given = new Map(
    (await db.assessmentGrade.findMany({ where: { kabupatenKode, year } })).map((g) => [
      g.itemCode,
      g.grade,
    ]),
  );
  const points = new Map(scale.map((s) => [s.grade, s.points]));
  const best = scale[0]?.points ?? 0;
  const grades = items.map((item) => {
    const grade = given.get(item.code) ?? null;
    const p = grade === null ? null : (points.get(grade) ?? null);
    return {
      item: item.code,
      action: item.action,
      description: item.description,
      weight: item.weight,
      grade,
      points: p,
      weightedPoints: p === null ? null : item.weight * p,
    };
  });
  const score = grades.reduce((sum, g) => sum + (g.weightedPoints ?? 0), 0);
  const maxScore = items.reduce((sum, item) => sum + item.weight * best, 0);
  const names = new Map(convergenceActions.map((a) => [a.number, a.name]));
  return {
    kabupatenKode,
    year,
    actions: reports.map((r) => ({
      action: r.action,
      name: names.get(r.action) ?? `Action ${r.action}`,
      status: r.status,
      evidence: r.evidence,
      note: r.note,
    })),
    grades,
    scale: scale.map((s) => ({ grade: s.grade, points: s.points })),
    score,
    maxScore,
    scorePercent: maxScore > 0 ? (100 * score) / maxScore : null,
    rank: mine ? 1 + scores.filter((s) => s.score > mine.score + 1e-9).length : null,
    assessedCount: scores.length,
  };
}
