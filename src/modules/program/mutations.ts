import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ImportRejected, rejectedInput } from '../../errors.ts';
import { actorOf } from '../audit/actor.ts';
import { ActionStatusEnum } from './assessment/assessment.type.ts';
import { recordsFromInput } from './import.fields.ts';
import {
  importHeader,
  importProgramCsv,
  importProgramRecords,
  type ProgramImportKind,
  programImportKinds,
} from './import.kinds.ts';
import type { ProgramImportReport } from './import.ts';
import { CheckinStatusEnum, MonitoringCategoryEnum } from './monitoring/monitoring.type.ts';

const ProgramImportKindEnum = builder.enumType('ProgramImportKind', {
  description: 'Which program data a CSV holds; each kind has its own header (see the mutation).',
  values: programImportKinds,
});

const ProgramImportResult = builder
  .objectRef<ProgramImportReport>('ProgramImportResult')
  .implement({
    description: 'What a program import wrote.',
    fields: (t) => ({
      rows: t.exposeInt('rows', { description: 'Rows accepted.' }),
      changed: t.exposeInt('changed', {
        description: 'Rows inserted or changed; 0 when the same input is sent again.',
      }),
      removed: t.exposeInt('removed', {
        description: 'Rows removed because the input replaces a whole list (lokus of a year).',
      }),
    }),
  });

const TargetInput = builder.inputType('TargetInput', {
  fields: (t) => ({
    kode: t.id({ required: true }),
    indicator: t.string({ required: true }),
    year: t.int({ required: true }),
    value: t.float({ required: true }),
    source: t.string({ required: true }),
  }),
});

const PriorityVillageInput = builder.inputType('PriorityVillageInput', {
  fields: (t) => ({
    kode: t.id({ required: true }),
    year: t.int({ required: true }),
    basis: t.string({ required: true }),
    rank: t.int(),
    decree: t.string(),
  }),
});

const RealizationInput = builder.inputType('RealizationInput', {
  fields: (t) => ({
    kabupatenKode: t.id({ required: true }),
    activity: t.string({ required: true, description: 'Activity code.' }),
    year: t.int({ required: true }),
    week: t.string({ required: true, description: 'ISO week "2022-W27".' }),
    quantity: t.int({ required: true }),
    spent: t.float({ description: 'Rupiah.' }),
    note: t.string(),
  }),
});

const CheckinInput = builder.inputType('CheckinInput', {
  fields: (t) => ({
    family: t.id({ required: true }),
    kode: t.id({ required: true, description: 'Desa of the family.' }),
    category: t.field({ type: MonitoringCategoryEnum, required: true }),
    name: t.string({ required: true, description: 'Head of the family.' }),
    date: t.string({ required: true, description: '"YYYY-MM-DD"' }),
    status: t.field({ type: CheckinStatusEnum, required: true }),
    note: t.string(),
  }),
});

const ActionReportInput = builder.inputType('ActionReportInput', {
  fields: (t) => ({
    kabupatenKode: t.id({ required: true }),
    year: t.int({ required: true }),
    action: t.int({ required: true }),
    status: t.field({ type: ActionStatusEnum, required: true }),
    evidence: t.stringList(),
    note: t.string(),
  }),
});

const writeDescription = (what: string) =>
  `ADMIN. ${what} In one transaction, all or nothing; every bad row is reported (BAD_USER_INPUT with \`problems\`); replaying the same input changes nothing; audited.`;

/** @private Runs an import and turns rejected input into BAD_USER_INPUT. */
async function run(write: () => Promise<ProgramImportReport>): Promise<ProgramImportReport> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ImportRejected) throw rejectedInput(error);
    throw error;
  }
}

/** @private Structured rows (camelCase fields renamed to CSV columns) through the CSV rules. */
function records(
  ctx: Context,
  kind: ProgramImportKind,
  argument: string,
  items: readonly object[],
  rename: Record<string, string> = {},
) {
  const rows = items.map((item) =>
    Object.fromEntries(Object.entries(item).map(([k, v]) => [rename[k] ?? k, v])),
  );
  return run(() => importProgramRecords(kind, recordsFromInput(argument, rows), actorOf(ctx)));
}

builder.mutationFields((t) => ({
  importProgramCsv: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description: writeDescription(
      `Imports program data from CSV; the header depends on \`kind\`: ${programImportKinds
        .map((kind) => `${kind}: ${importHeader(kind)}`)
        .join('; ')}.`,
    ),
    args: {
      kind: t.arg({ type: ProgramImportKindEnum, required: true }),
      csv: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => run(() => importProgramCsv(args.kind, args.csv, actorOf(ctx))),
  }),
  upsertTargets: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description: writeDescription('Stores targets by (kode, indicator, year).'),
    args: { targets: t.arg({ type: [TargetInput], required: true }) },
    resolve: (_root, args, ctx) => records(ctx, 'TARGETS', 'targets', args.targets),
  }),
  setPriorityVillages: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description: writeDescription(
      'Sets the lokus lists: each (kabupaten, year) given is replaced by the desa given; other years are kept.',
    ),
    args: { villages: t.arg({ type: [PriorityVillageInput], required: true }) },
    resolve: (_root, args, ctx) => records(ctx, 'LOKUS', 'villages', args.villages),
  }),
  recordRealizations: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description: writeDescription('Records weekly realizations of planned activities.'),
    args: { realizations: t.arg({ type: [RealizationInput], required: true }) },
    resolve: (_root, args, ctx) =>
      records(ctx, 'REALIZATIONS', 'realizations', args.realizations, {
        kabupatenKode: 'kabupaten',
      }),
  }),
  recordCheckins: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description: writeDescription('Records daily check-ins of monitored families.'),
    args: { checkins: t.arg({ type: [CheckinInput], required: true }) },
    resolve: (_root, args, ctx) => records(ctx, 'CHECKINS', 'checkins', args.checkins),
  }),
  setActionReports: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description: writeDescription('Sets the status and evidence of convergence actions.'),
    args: { reports: t.arg({ type: [ActionReportInput], required: true }) },
    resolve: (_root, args, ctx) =>
      records(ctx, 'ACTION_REPORTS', 'reports', args.reports, { kabupatenKode: 'kabupaten' }),
  }),
}));
