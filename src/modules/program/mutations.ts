import { actorOf } from '../../audit/actor.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ImportRejected } from '../../errors.ts';
import { assertRealizationsOfAgency } from './activity/activity.mutations.ts';
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
import { assertCheckinsInScope } from './monitoring/monitoring.mutations.ts';
import { CheckinStatusEnum, MonitoringCategoryEnum } from './monitoring/monitoring.type.ts';
import { rejectedBatch } from './refusal.ts';

const ProgramImportKindEnum = builder.enumType('ProgramImportKind', {
  description: 'Which program data a CSV holds; each kind has its own header (see the mutation).',
  values: programImportKinds,
});

export const ProgramImportResult = builder
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
    kode: t.id({
      description:
        'Desa of the family: needed to enrol a new family (ADMIN); for an enrolled one optional and, when given, must match.',
    }),
    category: t.field({ type: MonitoringCategoryEnum, description: 'As `kode`.' }),
    name: t.string({ description: 'Head of the family; as `kode`.' }),
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
  `ADMIN (unless said otherwise). ${what} In one transaction, all or nothing; every bad row is reported (BAD_USER_INPUT with \`problems\`); replaying the same input changes nothing; audited.`;

/** @private Runs an import and turns rejected input into BAD_USER_INPUT. */
async function run(write: () => Promise<ProgramImportReport>): Promise<ProgramImportReport> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ImportRejected) throw rejectedBatch(error);
    throw error;
  }
}

/** Structured rows (camelCase fields renamed to CSV columns) through the CSV rules. */
export function records(
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
    authScopes: { admin: true, agency: true },
    description: writeDescription(
      'Records weekly realizations of planned activities; also an AGENCY, for its own activities (NOT_YOUR_ACTIVITY otherwise). `spent` left out stays unreported (null), or keeps what was recorded. An activity whose year to date would exceed PROGRAM_PLAUSIBILITY_FACTOR × its year plan, in quantity or rupiah, is refused (IMPLAUSIBLE_REALIZATION, naming the value) or, with PROGRAM_PLAUSIBILITY=flag, stored with `ActivityWeek.flag`.',
    ),
    args: { realizations: t.arg({ type: [RealizationInput], required: true }) },
    resolve: async (_root, args, ctx) => {
      await assertRealizationsOfAgency(ctx, args.realizations);
      return records(ctx, 'REALIZATIONS', 'realizations', args.realizations, {
        kabupatenKode: 'kabupaten',
      });
    },
  }),
  recordCheckins: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true, officer: true },
    description: writeDescription(
      'Records daily check-ins of monitored families; also an OFFICER, for enrolled families in scope (FAMILY_NOT_FOUND otherwise). A check-in never changes its family (FAMILY_MISMATCH), is refused before enrolment (CHECKIN_BEFORE_ENROLMENT) and after closure (FAMILY_CLOSED); an unknown family is enrolled only by ADMIN, from kode, category and name (FAMILY_NOT_ENROLLED).',
    ),
    args: { checkins: t.arg({ type: [CheckinInput], required: true }) },
    resolve: async (_root, args, ctx) => {
      await assertCheckinsInScope(ctx, args.checkins);
      return records(ctx, 'CHECKINS', 'checkins', args.checkins);
    },
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
