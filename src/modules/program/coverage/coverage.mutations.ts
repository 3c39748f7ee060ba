import { builder } from '../../../builder.ts';
import { ProgramImportResult, records } from '../mutations.ts';

const ProgramTargetInput = builder.inputType('ProgramTargetInput', {
  fields: (t) => ({
    kode: t.id({
      required: true,
      description: 'The region (usually the kabupaten); holds for the regions below it.',
    }),
    program: t.string({ required: true, description: 'Program code (Query.programs).' }),
    year: t.int({ required: true }),
    targetPercent: t.float({ required: true, description: 'Coverage to reach, 0–100.' }),
    source: t.string({ required: true, description: 'Where the target is set (decree, plan).' }),
  }),
});

builder.mutationFields((t) => ({
  setProgramTargets: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description:
      'ADMIN. Stores program coverage targets by (kode, program, year) — what `Coverage.targetPercent` and `belowTarget` compare with; a target holds for the regions below `kode` that have none of their own. The same rules as `importProgramCsv(kind: PROGRAM_TARGETS)`: in one transaction, all or nothing; every bad row is reported (BAD_USER_INPUT with `problems` naming the row and value: unknown program or region, target outside 0–100, year outside 2000–2100, a repeated key); replaying the same input changes nothing; audited.',
    args: { targets: t.arg({ type: [ProgramTargetInput], required: true }) },
    resolve: (_root, args, ctx) =>
      records(ctx, 'PROGRAM_TARGETS', 'targets', args.targets, {
        targetPercent: 'target_percent',
      }),
  }),
}));
