import { actorOf } from '../../audit/actor.ts';
import { builder } from '../../builder.ts';
import { ImportRejected, rejectedInput } from '../../errors.ts';
import { importMeasurementsCsv, type MeasurementImportReport } from './growth.import.ts';

const MeasurementImportResult = builder
  .objectRef<MeasurementImportReport>('MeasurementImportResult')
  .implement({
    description: 'What an e-PPGBM measurement import wrote.',
    fields: (t) => ({
      rows: t.exposeInt('rows', { description: 'Measurements read.' }),
      children: t.exposeInt('children', { description: 'Distinct children in the file.' }),
      measurementsChanged: t.exposeInt('measurementsChanged', {
        description: 'Measurements inserted or changed; 0 when the same file is sent again.',
      }),
      months: t.exposeStringList('months', {
        description: 'Months (YYYY-MM) whose e-PPGBM indicator values were recomputed.',
      }),
      indicatorValues: t.exposeInt('indicatorValues', {
        description: 'e-PPGBM values those months now hold (desa × indicator × month).',
      }),
      indicatorValuesChanged: t.exposeInt('indicatorValuesChanged', {
        description: 'Indicator values inserted, changed or removed.',
      }),
    }),
  });

builder.mutationField('importMeasurementsCsv', (t) =>
  t.field({
    type: MeasurementImportResult,
    authScopes: { admin: true },
    description:
      'ADMIN. The import of `npm run import:measurements`: e-PPGBM by-name measurements, header child_id,name,sex,birth_date,desa_kode,measured_on,weight_kg,height_cm,measured,oedema (optional posyandu). NIKs are stored only as keyed hashes; each measurement gets its WHO z-scores; STUNTING, SEVERE_STUNTING, WASTING and UNDERWEIGHT of every month in the file are recomputed per desa (source e-PPGBM). All or nothing; every bad line is reported; a replay changes nothing.',
    args: { csv: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      try {
        return await importMeasurementsCsv(args.csv, actorOf(ctx));
      } catch (error) {
        if (error instanceof ImportRejected) throw rejectedInput(error);
        throw error;
      }
    },
  }),
);
