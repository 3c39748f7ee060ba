import { builder } from '../../builder.ts';
import type { GrowthAssessment } from '../../growth/assessGrowth.ts';

export const SexEnum = builder.enumType('Sex', {
  description: 'Sex of a child as the WHO Child Growth Standards tabulate it.',
  values: { MALE: { description: 'Laki-laki (L).' }, FEMALE: { description: 'Perempuan (P).' } },
});

export const MeasurementPositionEnum = builder.enumType('MeasurementPosition', {
  description: 'How length/height was measured.',
  values: {
    LYING: { description: 'Recumbent length (e-PPGBM "L"); expected below 24 months.' },
    STANDING: { description: 'Standing height (e-PPGBM "H"); expected from 24 months.' },
  },
});

export const GrowthNullReasonEnum = builder.enumType('GrowthNullReason', {
  description: 'Why a z-score is null.',
  values: {
    AGE_OUT_OF_RANGE: {
      description: 'Age 60 months (1827 days) or more: the WHO standards end at 1826 days.',
    },
    LENGTH_OUT_OF_RANGE: {
      description:
        'Length outside weight-for-length 45–110 cm (under 731 days) or height outside weight-for-height 65–120 cm (after the ±0.7 cm adjustment).',
    },
    OEDEMA: {
      description: 'Bilateral pitting oedema: weight-based z-scores are not computed (WHO).',
    },
    NOT_MEASURED: { description: 'The weight or length/height this z-score needs was not given.' },
  },
});

export const GrowthAssessmentObject = builder
  .objectRef<GrowthAssessment>('GrowthAssessment')
  .implement({
    description:
      'WHO Child Growth Standards (2006) z-scores of one measurement, computed as WHO Anthro does: rounded to 2 decimals, flagged when biologically implausible, classified on the rounded value; a flagged z-score is never classified.',
    fields: (t) => ({
      ageDays: t.exposeInt('ageDays', { description: 'Age in days the z-scores are read at.' }),
      lengthHeightCm: t.exposeFloat('lengthHeightCm', {
        nullable: true,
        description:
          'Length (under 731 days) or height used: the measurement with the WHO ±0.7 cm position adjustment (standing under 731 days +0.7, lying from 731 days −0.7).',
      }),
      haz: t.exposeFloat('haz', { nullable: true, description: 'Length/height-for-age z.' }),
      waz: t.exposeFloat('waz', {
        nullable: true,
        description: 'Weight-for-age z (restricted tails beyond ±3).',
      }),
      whz: t.exposeFloat('whz', {
        nullable: true,
        description:
          'Weight-for-length (under 731 days) or weight-for-height z (restricted tails).',
      }),
      hazFlagged: t.exposeBoolean('hazFlagged', {
        nullable: true,
        description: 'HAZ < −6 or > 6: implausible, to be checked, never classified.',
      }),
      wazFlagged: t.exposeBoolean('wazFlagged', {
        nullable: true,
        description: 'WAZ < −6 or > 5: implausible, to be checked, never classified.',
      }),
      whzFlagged: t.exposeBoolean('whzFlagged', {
        nullable: true,
        description: 'WHZ < −5 or > 5: implausible, to be checked, never classified.',
      }),
      hazReason: t.field({
        type: GrowthNullReasonEnum,
        nullable: true,
        description: 'Why haz is null.',
        resolve: (a) => a.hazReason,
      }),
      wazReason: t.field({
        type: GrowthNullReasonEnum,
        nullable: true,
        description: 'Why waz is null.',
        resolve: (a) => a.wazReason,
      }),
      whzReason: t.field({
        type: GrowthNullReasonEnum,
        nullable: true,
        description: 'Why whz is null.',
        resolve: (a) => a.whzReason,
      }),
      stunted: t.exposeBoolean('stunted', {
        nullable: true,
        description: 'HAZ < −2 (Permenkes 2/2020: pendek); null when HAZ is null or flagged.',
      }),
      severelyStunted: t.exposeBoolean('severelyStunted', {
        nullable: true,
        description: 'HAZ < −3 (sangat pendek); null when HAZ is null or flagged.',
      }),
      wasted: t.exposeBoolean('wasted', {
        nullable: true,
        description:
          'WHZ < −2 (gizi kurang/buruk), or oedema (WHO Anthro counts oedema as below −3 SD); null when WHZ is null or flagged and there is no oedema.',
      }),
      underweight: t.exposeBoolean('underweight', {
        nullable: true,
        description:
          'WAZ < −2 (berat badan kurang), or oedema (as WHO Anthro); null when WAZ is null or flagged and there is no oedema.',
      }),
    }),
  });
