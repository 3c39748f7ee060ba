import { builder } from '../../../builder.ts';
import { ActionStatus } from '../../../generated/prisma/enums.ts';
import { kabupatenArg } from '../args.ts';
import {
  type ConvergenceActionDefinition,
  type EvidenceTypeDefinition,
  loadConvergenceActions,
  loadEvidenceTypes,
} from './assessment.actions.ts';
import {
  type ActionReportShape,
  type ActionSubtotalShape,
  type AssessmentShape,
  type GradeShape,
  loadAssessment,
} from './assessment.load.ts';
import { assessmentYears } from './assessment.sql.ts';

export const ActionStatusEnum = builder.enumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Progress of a convergence action in a year.',
});

export const EvidenceTypeObject = builder
  .objectRef<EvidenceTypeDefinition>('EvidenceType')
  .implement({
    description:
      'A document a convergence action produces, from the catalog shipped with the migrations (after the outputs the national guideline names per action). Tag an evidence reference with its code ("A1.SK_LOKUS: sk-lokus-2023.pdf", or `addActionEvidence(…, requirement: "A1.SK_LOKUS")`) to count it as supplied.',
    fields: (t) => ({
      code: t.exposeID('code', { description: 'A<action>.<NAME>, e.g. "A1.SK_LOKUS".' }),
      action: t.exposeInt('action'),
      name: t.exposeString('name', { description: 'Bahasa Indonesia name.' }),
      nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    }),
  });

export const ConvergenceActionObject = builder
  .objectRef<ConvergenceActionDefinition>('ConvergenceAction')
  .implement({
    description: 'One of the 8 convergence actions (aksi konvergensi) for stunting reduction.',
    fields: (t) => ({
      number: t.exposeInt('number'),
      name: t.exposeString('name', {
        description: 'Official Bahasa Indonesia name, e.g. "Analisis Situasi" (Aksi 1).',
      }),
      nameEn: t.exposeString('nameEn', { description: 'English name.' }),
      output: t.exposeString('output', { description: 'Main output of the action.' }),
      evidence: t.field({
        type: [EvidenceTypeObject],
        description: "The action's catalog of evidence documents.",
        resolve: async (a) => (await loadEvidenceTypes()).filter((e) => e.action === a.number),
      }),
    }),
  });

const ActionReportObject = builder.objectRef<ActionReportShape>('ActionReport').implement({
  description: 'What a kabupaten reported on one convergence action in a year.',
  fields: (t) => ({
    action: t.exposeInt('action', { description: '1–8.' }),
    name: t.exposeString('name', { description: 'Bahasa Indonesia name of the action.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name of the action.' }),
    status: t.expose('status', { type: ActionStatusEnum }),
    evidence: t.exposeStringList('evidence', {
      description:
        'References to the evidence uploaded (documents, decrees, links); one tagged "A1.SK_LOKUS: …" supplies that required document (see `missingEvidence`).',
    }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const GradeCriterionObject = builder
  .objectRef<{ grade: string; criterion: string }>('GradeCriterion')
  .implement({
    description: "What a grade of the year's scale means for one assessment item.",
    fields: (t) => ({ grade: t.exposeString('grade'), criterion: t.exposeString('criterion') }),
  });

export const RequirementSourceEnum = builder.enumType('EvidenceRequirementSource', {
  description: "Where an item's required evidence comes from.",
  values: {
    ITEM: { description: "The year's scheme lists the documents for the item." },
    ACTION_CATALOG: {
      description: "The scheme lists none: every document of the action's catalog.",
    },
  } as const,
});

const AssessmentGradeObject = builder.objectRef<GradeShape>('AssessmentGrade').implement({
  description:
    'One assessment indicator (item) of the year: its weight, grade criteria, required evidence and the grade given.',
  fields: (t) => ({
    item: t.exposeString('item', { description: 'Code of the assessment indicator.' }),
    action: t.exposeInt('action'),
    name: t.exposeString('name', {
      nullable: true,
      description: "Bahasa Indonesia name of the item; null when the year's scheme gives none.",
    }),
    description: t.exposeString('description', {
      description: "The item as the year's scheme describes it (English in the demo).",
    }),
    criteria: t.field({
      type: [GradeCriterionObject],
      description: 'What each grade means for this item, best grade first (empty: none imported).',
      resolve: (g) => g.criteria,
    }),
    requiredEvidence: t.field({
      type: [EvidenceTypeObject],
      description: 'The documents the item requires.',
      resolve: (g) => g.requiredEvidence,
    }),
    requirementSource: t.field({
      type: RequirementSourceEnum,
      resolve: (g) => g.requirementSource,
    }),
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

const ActionSubtotalObject = builder.objectRef<ActionSubtotalShape>('ActionSubtotal').implement({
  description:
    "An action's subtotal from its items of the year: score = Σ weight × points over its graded items; maxScore = Σ weight × the best grade's points; meanPoints = score ÷ Σ weight of the graded items; grade = the best grade of the year's scale whose points do not exceed meanPoints, given only when every item of the action is graded. The subtotals add up to the assessment's score.",
  fields: (t) => ({
    action: t.exposeInt('action'),
    name: t.exposeString('name', { description: 'Bahasa Indonesia name of the action.' }),
    nameEn: t.exposeString('nameEn'),
    items: t.exposeInt('items', { description: "Items of the action in the year's scheme." }),
    gradedItems: t.exposeInt('gradedItems'),
    weight: t.exposeFloat('weight', { description: "Σ weight of the action's items." }),
    score: t.exposeFloat('score'),
    maxScore: t.exposeFloat('maxScore'),
    scorePercent: t.exposeFloat('scorePercent', { nullable: true }),
    meanPoints: t.exposeFloat('meanPoints', {
      nullable: true,
      description: 'Weighted mean points of the graded items; null when none is graded.',
    }),
    grade: t.exposeString('grade', {
      nullable: true,
      description: 'Null unless every item of the action is graded.',
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
      subtotals: t.field({
        type: [ActionSubtotalObject],
        description: "A subtotal per action of the year's scheme, in action order.",
        resolve: (a) => a.subtotals,
      }),
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
          'Rank computed among the kabupaten/kota of the province graded in this database that year (1 = best; ties share): "1 of 1" when only one is loaded. See `ranking` for the rank the province published.',
      }),
      assessedCount: t.exposeInt('assessedCount', {
        description:
          'Kabupaten/kota of the province graded in this database that year: how many `rank` is among.',
      }),
    }),
  });

builder.queryFields((t) => ({
  convergenceActions: t.field({
    type: [ConvergenceActionObject],
    description: 'The 8 convergence actions, with Bahasa Indonesia and English names.',
    resolve: () => loadConvergenceActions(),
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
