import { db } from '../../../db/client.ts';
import type { ActionStatus } from '../../../generated/prisma/enums.ts';
import {
  type ConvergenceActionDefinition,
  type EvidenceTypeDefinition,
  loadConvergenceActions,
  loadEvidenceTypes,
} from './assessment.actions.ts';
import { provinceScores } from './assessment.sql.ts';

export interface ActionReportShape {
  action: number;
  name: string;
  nameEn: string;
  status: ActionStatus;
  evidence: string[];
  note: string | null;
}

export interface GradeShape {
  item: string;
  action: number;
  name: string | null;
  description: string;
  weight: number;
  grade: string | null;
  points: number | null;
  weightedPoints: number | null;
  criteria: { grade: string; criterion: string }[];
  requiredEvidence: EvidenceTypeDefinition[];
  requirementSource: 'ITEM' | 'ACTION_CATALOG';
}

export interface ActionSubtotalShape {
  action: number;
  name: string;
  nameEn: string;
  items: number;
  gradedItems: number;
  weight: number;
  score: number;
  maxScore: number;
  scorePercent: number | null;
  meanPoints: number | null;
  grade: string | null;
}

export interface AssessmentShape {
  kabupatenKode: string;
  year: number;
  actions: ActionReportShape[];
  grades: GradeShape[];
  subtotals: ActionSubtotalShape[];
  scale: { grade: string; points: number }[];
  score: number;
  maxScore: number;
  scorePercent: number | null;
  rank: number | null;
  assessedCount: number;
  provinceScores: { kabupaten_kode: string; score: number }[];
}

export interface SchemeItemShape {
  code: string;
  action: number;
  name: string | null;
  description: string;
  weight: number;
  criteria: { grade: string; criterion: string }[];
  requiredEvidence: EvidenceTypeDefinition[];
  requirementSource: 'ITEM' | 'ACTION_CATALOG';
}

/**
 * A year's assessment scheme with its references: items (in action and code order) with their
 * Bahasa Indonesia name, grade criteria and required evidence (the documents the scheme lists
 * for the item, or else every document of its action's catalog), the grade scale (best first)
 * and the 8 actions.
 */
export async function loadScheme(year: number): Promise<{
  items: SchemeItemShape[];
  scale: { grade: string; points: number }[];
  actions: ConvergenceActionDefinition[];
  catalog: EvidenceTypeDefinition[];
}> {
  const [items, scale, criteria, listed, actions, catalog] = await Promise.all([
    db.assessmentItem.findMany({ where: { year }, orderBy: [{ action: 'asc' }, { code: 'asc' }] }),
    db.assessmentGradeScale.findMany({ where: { year }, orderBy: { points: 'desc' } }),
    db.assessmentGradeCriterion.findMany({ where: { year } }),
    db.assessmentItemEvidence.findMany({ where: { year } }),
    loadConvergenceActions(),
    loadEvidenceTypes(),
  ]);
  const rankOfGrade = new Map(scale.map((s, i) => [s.grade, i]));
  const typeOf = new Map(catalog.map((e, i) => [e.code, { e, i }]));
  return {
    items: items.map((item) => {
      const own = listed
        .filter((l) => l.itemCode === item.code)
        .map((l) => typeOf.get(l.evidenceCode))
        .filter((t) => t !== undefined)
        .sort((a, b) => a.i - b.i)
        .map((t) => t.e);
      return {
        code: item.code,
        action: item.action,
        name: item.name,
        description: item.description,
        weight: item.weight,
        criteria: criteria
          .filter((c) => c.itemCode === item.code)
          .sort((a, b) => (rankOfGrade.get(a.grade) ?? 0) - (rankOfGrade.get(b.grade) ?? 0))
          .map((c) => ({ grade: c.grade, criterion: c.criterion })),
        requiredEvidence: own.length > 0 ? own : catalog.filter((e) => e.action === item.action),
        requirementSource: own.length > 0 ? 'ITEM' : 'ACTION_CATALOG',
      };
    }),
    scale: scale.map((s) => ({ grade: s.grade, points: s.points })),
    actions,
    catalog,
  };
}

/**
 * The subtotal of one action from its items: score = Σ weight × points over its graded items,
 * maxScore = Σ weight × the best grade's points over all its items, meanPoints = score ÷ Σ weight
 * of the graded items, and grade = the best grade of the year's scale whose points do not exceed
 * meanPoints, given only when every item of the action is graded.
 */
export function actionSubtotal(
  action: ConvergenceActionDefinition,
  grades: readonly Pick<GradeShape, 'action' | 'weight' | 'points'>[],
  scale: readonly { grade: string; points: number }[],
): ActionSubtotalShape {
  const mine = grades.filter((g) => g.action === action.number);
  const graded = mine.filter((g) => g.points !== null);
  const best = Math.max(0, ...scale.map((s) => s.points));
  const score = graded.reduce((sum, g) => sum + g.weight * (g.points ?? 0), 0);
  const gradedWeight = graded.reduce((sum, g) => sum + g.weight, 0);
  const maxScore = mine.reduce((sum, g) => sum + g.weight * best, 0);
  const meanPoints = gradedWeight > 0 ? score / gradedWeight : null;
  const complete = mine.length > 0 && graded.length === mine.length;
  const grade =
    complete && meanPoints !== null
      ? ([...scale]
          .filter((s) => s.points <= meanPoints + 1e-9)
          .sort((a, b) => b.points - a.points)[0]?.grade ?? null)
      : null;
  return {
    action: action.number,
    name: action.name,
    nameEn: action.nameEn,
    items: mine.length,
    gradedItems: graded.length,
    weight: mine.reduce((sum, g) => sum + g.weight, 0),
    score,
    maxScore,
    scorePercent: maxScore > 0 ? (100 * score) / maxScore : null,
    meanPoints,
    grade,
  };
}

/**
 * The assessment of one kabupaten in one year: the 8 action reports, the grade of every item of
 * that year's scheme, a subtotal per action, score = Σ weight × points of the grade, the most a
 * kabupaten could score (Σ weight × best points), and the rank among the kabupaten/kota of the
 * same province graded that year (1 + the number that scored more; ties share a rank). Null when
 * the kabupaten has neither reports nor grades for the year.
 */
export async function loadAssessment(
  kabupatenKode: string,
  year: number,
): Promise<AssessmentShape | null> {
  const province = kabupatenKode.slice(0, 2);
  const [reports, scheme, scores] = await Promise.all([
    db.actionReport.findMany({ where: { kabupatenKode, year }, orderBy: { action: 'asc' } }),
    loadScheme(year),
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
  const { items, scale, actions } = scheme;
  const points = new Map(scale.map((s) => [s.grade, s.points]));
  const best = scale[0]?.points ?? 0;
  const grades: GradeShape[] = items.map((item) => {
    const grade = given.get(item.code) ?? null;
    const p = grade === null ? null : (points.get(grade) ?? null);
    return {
      item: item.code,
      action: item.action,
      name: item.name,
      description: item.description,
      weight: item.weight,
      grade,
      points: p,
      weightedPoints: p === null ? null : item.weight * p,
      criteria: item.criteria,
      requiredEvidence: item.requiredEvidence,
      requirementSource: item.requirementSource,
    };
  });
  const score = grades.reduce((sum, g) => sum + (g.weightedPoints ?? 0), 0);
  const maxScore = items.reduce((sum, item) => sum + item.weight * best, 0);
  const byNumber = new Map(actions.map((a) => [a.number, a]));
  return {
    kabupatenKode,
    year,
    actions: reports.map((r) => ({
      action: r.action,
      name: byNumber.get(r.action)?.name ?? `Aksi ${r.action}`,
      nameEn: byNumber.get(r.action)?.nameEn ?? `Action ${r.action}`,
      status: r.status,
      evidence: r.evidence,
      note: r.note,
    })),
    grades,
    subtotals: actions
      .filter((a) => items.some((i) => i.action === a.number))
      .map((a) => actionSubtotal(a, grades, scale)),
    scale,
    score,
    maxScore,
    scorePercent: maxScore > 0 ? (100 * score) / maxScore : null,
    rank: mine ? 1 + scores.filter((s) => s.score > mine.score + 1e-9).length : null,
    assessedCount: scores.length,
    provinceScores: scores,
  };
}
