import { builder } from '../../../builder.ts';
import { ActionStatus } from '../../../generated/prisma/enums.ts';
import { kabupatenArg } from '../args.ts';
import { type ConvergenceActionDefinition, convergenceActions } from './assessment.actions.ts';
import {
  type ActionReportShape,
  type AssessmentShape,
  type GradeShape,
  loadAssessment,
} from './assessment.load.ts';
import { assessmentYears } from './assessment.sql.ts';

export const ActionStatusEnum = builder.enumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Progress of a convergence action in a year.',
});

export const ConvergenceActionObject = builder
  .objectRef<ConvergenceActionDefinition>('ConvergenceAction')
  .implement({
    description: 'One of the 8 convergence actions (aksi konvergensi) for stunting reduction.',
    fields: (t) => ({
      number: t.exposeInt('number'),
      name: t.exposeString('name'),
      output: t.exposeString('output', { description: 'Main output of the action.' }),
    }),
  });

const ActionReportObject = builder.objectRef<ActionReportShape>('ActionReport').implement({
  description: 'What a kabupaten reported on one convergence action in a year.',
  fields: (t) => ({
    action: t.exposeInt('action', { description: '1–8.' }),
    name: t.exposeString('name'),
    status: t.expose('status', { type: ActionStatusEnum }),
    evidence: t.exposeStringList('evidence', {
      description: 'References to the evidence uploaded (documents, decrees, links).',
    }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const AssessmentGradeObject = builder.objectRef<GradeShape>('AssessmentGrade').implement({
  description: 'One assessment indicator of the year: its weight and the grade given.',
  fields: (t) => ({
    item: t.exposeString('item', { description: 'Code of the assessment indicator.' }),
    action: t.exposeInt('action'),
    description: t.exposeString('description'),
    weight: t.exposeFloat('weight'),
    grade: t.exposeString('grade', { nullable: true, description: 'Null when not graded.' }),
    points: t.exposeFloat('points', {
      nullable: true,
      description: 'Points of the grade that year.',
    }),
    weightedPoints: t.exposeFloat('weightedPoints', {
      nullable: true,
      description: 'weight × points.',
    }),
  }),
});

const GradePointsObject = builder
  .objectRef<{ grade: string; points: number }>('GradePoints')
  .implement({
    description: "A grade of a year's scale and the points it gives.",
    fields: (t) => ({ grade: t.exposeString('grade'), points: t.exposeFloat('points') }),
  });

export const ConvergenceAssessmentObject = builder
  .objectRef<AssessmentShape>('ConvergenceAssessment')
  .implement({
    description:
      'The annual assessment of the 8 convergence actions for one kabupaten/kota: action reports, grades per assessment indicator, score = Σ weight × points (scale and weights of that year), and the rank in the province.',
    fields: (t) => ({
      kabupatenKode: t.exposeID('kabupatenKode'),
      year: t.exposeInt('year'),
      actions: t.field({ type: [ActionReportObject], resolve: (a) => a.actions }),
      grades: t.field({ type: [AssessmentGradeObject], resolve: (a) => a.grades }),
      scale: t.field({ type: [GradePointsObject], resolve: (a) => a.scale }),
      score: t.exposeFloat('score'),
      maxScore: t.exposeFloat('maxScore', { description: "Σ weight × the best grade's points." }),
      scorePercent: t.exposeFloat('scorePercent', {
        nullable: true,
        description: 'score / maxScore, percent: comparable across years with different scales.',
      }),
      rank: t.exposeInt('rank', {
        nullable: true,
        description:
          'Rank among the kabupaten/kota of the province graded that year (1 = best; ties share).',
      }),
      assessedCount: t.exposeInt('assessedCount', {
        description: 'Kabupaten/kota of the province graded that year.',
      }),
    }),
  });

builder.queryFields((t) => ({
  convergenceActions: t.field({
    type: [ConvergenceActionObject],
    description: 'The 8 convergence actions.',
    resolve: () => [...convergenceActions],
  }),
  convergenceAssessment: t.field({
    type: ConvergenceAssessmentObject,
    nullable: true,
    description: 'The assessment of a kabupaten/kota in a year; null when there is none.',
    args: { kabupatenKode: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: (_root, args) => loadAssessment(kabupatenArg(args.kabupatenKode), args.year),
  }),
  convergenceAssessments: t.field({
    type: [ConvergenceAssessmentObject],
    description: 'Every assessed year of a kabupaten/kota, oldest first, to compare years.',
    args: { kabupatenKode: t.arg.id({ required: true }) },
    resolve: async (_root, args) => {
      const kode = kabupatenArg(args.kabupatenKode);
      const years = await assessmentYears(kode);
      const all = await Promise.all(years.map((year) => loadAssessment(kode, year)));
      return all.filter((a): a is AssessmentShape => a !== null);
    },
  }),
}));
