import { assertKode, levelOfKode } from '../../../args/kode.ts';
import { actorOf } from '../../../audit/actor.ts';
import { recordAudit } from '../../../audit/recordAudit.ts';
import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { ProgramImportResult, records } from '../mutations.ts';

const PriorityVillageChangeInput = builder.inputType('PriorityVillageChangeInput', {
  fields: (t) => ({
    kode: t.id({ required: true, description: 'The desa.' }),
    year: t.int({ required: true }),
    basis: t.string({ required: true }),
    rank: t.int(),
    decree: t.string(),
  }),
});

builder.mutationFields((t) => ({
  addPriorityVillage: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description:
      "ADMIN. Adds one desa to a year's lokus list (or updates its basis, rank, decree); the rest of the list is kept. Idempotent, audited.",
    args: { village: t.arg({ type: PriorityVillageChangeInput, required: true }) },
    resolve: (_root, args, ctx) => records(ctx, 'LOKUS_ADD', 'village', [args.village]),
  }),
  removePriorityVillage: t.field({
    type: ProgramImportResult,
    authScopes: { admin: true },
    description:
      "ADMIN. Removes one desa from a year's lokus list; the rest of the list and other years are kept. Removing a desa that is not on the list changes nothing (`removed: 0`). Audited.",
    args: {
      kode: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      reason: t.arg.string({ description: 'Why (kept in the audit log).' }),
    },
    resolve: async (_root, args, ctx) => {
      const kode = String(args.kode);
      assertKode('kode', kode);
      if (levelOfKode(kode) !== 'DESA') {
        throw badUserInput('kode', kode, 'must be the kode of a desa/kelurahan');
      }
      if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100) {
        throw badUserInput('year', args.year, 'year must be 2000–2100');
      }
      return db.$transaction(async (tx) => {
        const removed = await tx.$executeRaw`
          DELETE FROM priority_village WHERE desa_kode = ${kode} AND year = ${args.year}`;
        await recordAudit(tx, {
          ...actorOf(ctx),
          action: 'REMOVE_PRIORITY_VILLAGE',
          target: kode,
          detail: { year: args.year, removed, reason: args.reason ?? null },
        });
        return { rows: 1, changed: 0, removed };
      });
    },
  }),
}));
