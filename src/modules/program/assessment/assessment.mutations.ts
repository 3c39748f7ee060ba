import { actorOf } from '../../../audit/actor.ts';
import { recordAudit } from '../../../audit/recordAudit.ts';
import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { kabupatenArg } from '../args.ts';
import { refused } from '../refusal.ts';
import { addEvidence, removeEvidence } from './assessment.write.sql.ts';

const EvidenceWriteResult = builder
  .objectRef<{ evidence: string[]; changed: boolean }>('EvidenceWriteResult')
  .implement({
    description: "An action report's evidence after the write.",
    fields: (t) => ({
      evidence: t.exposeStringList('evidence'),
      changed: t.exposeBoolean('changed', {
        description: 'False when the reference was already there (add) or already gone (remove).',
      }),
    }),
  });

const evidenceArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  kabupatenKode: t.arg.id({ required: true }),
  year: t.arg.int({ required: true }),
  action: t.arg.int({ required: true, description: '1–8.' }),
  evidence: t.arg.string({
    required: true,
    description: 'One reference (document, decree, link).',
  }),
});

builder.mutationFields((t) => ({
  addActionEvidence: t.field({
    type: EvidenceWriteResult,
    authScopes: { admin: true },
    description:
      "ADMIN. Adds one evidence reference to an action's report of a year (the report must exist: ACTION_REPORT_NOT_FOUND); the others are kept. Idempotent, audited.",
    args: evidenceArgs(t),
    resolve: (_root, args, ctx) => writeEvidence(ctx, args, 'ADD'),
  }),
  removeActionEvidence: t.field({
    type: EvidenceWriteResult,
    authScopes: { admin: true },
    description:
      "ADMIN. Removes one evidence reference from an action's report of a year; the others are kept. Idempotent, audited.",
    args: evidenceArgs(t),
    resolve: (_root, args, ctx) => writeEvidence(ctx, args, 'REMOVE'),
  }),
}));

/** @private */
async function writeEvidence(
  ctx: Parameters<typeof actorOf>[0],
  args: { kabupatenKode: string | number; year: number; action: number; evidence: string },
  what: 'ADD' | 'REMOVE',
) {
  const key = {
    kabupatenKode: kabupatenArg(args.kabupatenKode),
    year: args.year,
    action: args.action,
  };
  if (!Number.isInteger(args.action) || args.action < 1 || args.action > 8) {
    throw badUserInput('action', args.action, 'action must be 1–8');
  }
  const evidence = args.evidence.trim();
  if (evidence === '' || evidence.length > 500 || evidence.includes('\n')) {
    throw badUserInput('evidence', args.evidence, 'evidence must be one line of 1–500 characters');
  }
  return db.$transaction(async (tx) => {
    const report = await tx.actionReport.findUnique({
      where: { kabupatenKode_year_action: key },
    });
    if (!report) {
      throw refused(
        'ACTION_REPORT_NOT_FOUND',
        'action',
        args.action,
        `no report on action ${key.action} of ${key.kabupatenKode} for ${key.year}; set its status first (setActionReports)`,
      );
    }
    const changed =
      what === 'ADD'
        ? await addEvidence(tx, key, evidence)
        : await removeEvidence(tx, key, evidence);
    if (changed > 0) {
      await recordAudit(tx, {
        ...actorOf(ctx),
        action: `${what}_ACTION_EVIDENCE`,
        target: `${key.kabupatenKode}/${key.year}/${key.action}`,
        detail: { evidence },
      });
    }
    const after = await tx.actionReport.findUniqueOrThrow({
      where: { kabupatenKode_year_action: key },
    });
    return { evidence: after.evidence, changed: changed > 0 };
  });
}
