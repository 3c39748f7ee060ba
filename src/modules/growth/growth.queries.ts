import { builder } from '../../builder.ts';
import { badUserInput } from '../../errors.ts';
import { ageInDays } from '../../growth/ageInDays.ts';
import { assessGrowth } from '../../growth/assessGrowth.ts';
import { GrowthAssessmentObject, MeasurementPositionEnum, SexEnum } from './growth.type.ts';

/** Largest accepted measurements: beyond them the input is a typing error, not a child. */
const maxWeightKg = 100;
const maxHeightCm = 200;
const maxAgeDays = 36_500;

builder.queryField('growthAssessment', (t) =>
  t.field({
    type: GrowthAssessmentObject,
    description:
      'Public calculator of the WHO Child Growth Standards (2006): HAZ, WAZ and WHZ of one measurement, exactly as WHO Anthro computes them (age in days, ±0.7 cm for position at 731 days, restricted tails for weight-based z, interpolation by tenth of a cm, rounding to 2 decimals, implausibility flags, oedema), with the classification. Give either `ageDays` or both `birthDate` and `measuredOn`, and a weight and/or a length/height. Nothing is stored.',
    args: {
      sex: t.arg({ type: SexEnum, required: true }),
      ageDays: t.arg.int({ description: 'Age in days; or give birthDate and measuredOn.' }),
      birthDate: t.arg({ type: 'Date' }),
      measuredOn: t.arg({ type: 'Date' }),
      weightKg: t.arg.float({ description: `Weight, kg (0–${maxWeightKg}).` }),
      heightCm: t.arg.float({
        description: `Length or height as measured, cm (0–${maxHeightCm}).`,
      }),
      measured: t.arg({
        type: MeasurementPositionEnum,
        description:
          'How heightCm was measured. Without it the value is taken as right for the age (no adjustment), as WHO Anthro does.',
      }),
      oedema: t.arg.boolean({
        defaultValue: false,
        description: 'Bilateral pitting oedema.',
      }),
    },
    resolve: (_root, args) => {
      const ageDays = resolveAge(args);
      const { weightKg, heightCm } = args;
      if (weightKg == null && heightCm == null) {
        throw badUserInput('weightKg', null, 'give weightKg, heightCm or both');
      }
      if (weightKg != null && !(weightKg > 0 && weightKg <= maxWeightKg)) {
        throw badUserInput(
          'weightKg',
          weightKg,
          `weightKg must be above 0 and at most ${maxWeightKg}`,
        );
      }
      if (heightCm != null && !(heightCm > 0 && heightCm <= maxHeightCm)) {
        throw badUserInput(
          'heightCm',
          heightCm,
          `heightCm must be above 0 and at most ${maxHeightCm}`,
        );
      }
      return assessGrowth({
        sex: args.sex,
        ageDays,
        weightKg,
        heightCm,
        position: args.measured,
        oedema: args.oedema,
      });
    },
  }),
);

/** @private Age in days from `ageDays`, or from the two dates; exactly one of the two ways. */
function resolveAge(args: {
  ageDays?: number | null;
  birthDate?: string | null;
  measuredOn?: string | null;
}): number {
  const { ageDays, birthDate, measuredOn } = args;
  const dates = birthDate != null || measuredOn != null;
  if (ageDays != null && dates) {
    throw badUserInput(
      'ageDays',
      ageDays,
      'give either ageDays or birthDate and measuredOn, not both',
    );
  }
  if (ageDays != null) {
    if (ageDays < 0 || ageDays > maxAgeDays) {
      throw badUserInput('ageDays', ageDays, `ageDays must be between 0 and ${maxAgeDays}`);
    }
    return ageDays;
  }
  if (birthDate == null || measuredOn == null) {
    const missing = birthDate == null ? 'birthDate' : 'measuredOn';
    throw badUserInput(
      missing,
      null,
      `give ageDays, or both birthDate and measuredOn (${missing} is missing)`,
    );
  }
  if (measuredOn < birthDate) {
    throw badUserInput('measuredOn', measuredOn, `measuredOn is before birthDate ${birthDate}`);
  }
  const days = ageInDays(birthDate, measuredOn);
  if (days > maxAgeDays) {
    throw badUserInput('birthDate', birthDate, `age must be at most ${maxAgeDays} days`);
  }
  return days;
}
