import { actorOf } from '../../audit/actor.ts';
import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { ImportRejected, rejectedInput } from '../../errors.ts';
import {
  type IndicatorImportReport,
  importIndicatorCsv,
  importIndicatorValues,
  maxRowsPerImport,
} from './indicator.import.ts';
import { setSourcePriority } from './indicator.priority.ts';
import { IndicatorObject } from './indicator.type.ts';

const ImportResult = builder.objectRef<IndicatorImportReport>('IndicatorImportResult').implement({
  description: 'What an indicator import wrote.',
  fields: (t) => ({
    rows: t.exposeInt('rows', { description: 'Rows accepted.' }),
    changed: t.exposeInt('changed', {
      description: 'Rows inserted or changed; 0 when the same input is sent again.',
    }),
  }),
});

const IndicatorValueInput = builder.inputType('IndicatorValueInput', {
  description: 'One value to store, keyed by (kode, indicator, period, source).',
  fields: (t) => ({
    kode: t.id({ required: true }),
    indicator: t.string({ required: true }),
    period: t.string({ required: true, description: '"2022" or "2022-08".' }),
    source: t.string({ required: true }),
    numerator: t.int(),
    denominator: t.int(),
    value: t.float({ description: 'Survey estimates: the published value (percent).' }),
    ciLow: t.float(),
    ciHigh: t.float(),
    standardError: t.float(),
    method: t.string(),
  }),
});

builder.mutationFields((t) => ({
  upsertIndicatorValues: t.field({
    type: ImportResult,
    authScopes: { admin: true },
    description: `ADMIN. Stores indicator values (at most ${maxRowsPerImport}) in one transaction, all or nothing; every bad value is reported. Replaying the same values changes nothing.`,
    args: { values: t.arg({ type: [IndicatorValueInput], required: true }) },
    complexity: (args) => ({
      field: Math.max(1, Math.ceil(args.values.length / 10)),
      multiplier: 1,
    }),
    resolve: async (_root, args, ctx) => {
      try {
        return await importIndicatorValues(
          args.values.map((v, i) => ({
            label: `values[${i}]`,
            kode: String(v.kode),
            indicator: v.indicator,
            period: v.period,
            source: v.source,
            numerator: v.numerator ?? null,
            denominator: v.denominator ?? null,
            value: v.value ?? null,
            ciLow: v.ciLow ?? null,
            ciHigh: v.ciHigh ?? null,
            se: v.standardError ?? null,
            method: v.method ?? null,
          })),
          actorOf(ctx),
        );
      } catch (error) {
        if (error instanceof ImportRejected) throw rejectedInput(error);
        throw error;
      }
    },
  }),
  importIndicatorCsv: t.field({
    type: ImportResult,
    authScopes: { admin: true },
    description:
      'ADMIN. The CSV import of `npm run import:indicators`: header kode,indicator,period,numerator,denominator,source (optional value,ci_low,ci_high,se,method). All or nothing; every bad line is reported.',
    args: { csv: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      try {
        return await importIndicatorCsv(args.csv, actorOf(ctx));
      } catch (error) {
        if (error instanceof ImportRejected) throw rejectedInput(error);
        throw error;
      }
    },
  }),
  setIndicatorSourcePriority: t.prismaField({
    type: IndicatorObject,
    authScopes: { admin: true },
    description:
      'ADMIN. Sets which sources win for an indicator when a region has values from several: real before synthetic, then these sources in order (a source matches an entry equal to it or starting with it and a non-alphanumeric character), then the rest by name. The same rule at every level, so a roll-up reports the source of the desa it sums. Audited.',
    args: {
      code: t.arg.string({ required: true }),
      sources: t.arg.stringList({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setSourcePriority(args.code, args.sources, actorOf(ctx));
      return db.indicator.findUniqueOrThrow({ ...query, where: { code: args.code } });
    },
  }),
}));
