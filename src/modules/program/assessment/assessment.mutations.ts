import { actorOf } from '../../../audit/actor.ts';
import { recordAudit } from '../../../audit/recordAudit.ts';
import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { kabupatenArg } from '../args.ts';
import { refused } from '../refusal.ts';
import { evidenceTagOf } from './assessment.actions.ts';
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
  requirement: t.arg.string({
    description:
      'Code of the required document it supplies (e.g. "A1.SK_LOKUS"): the reference is stored as "A1.SK_LOKUS: <evidence>". The code must be in the catalog for that action (UNKNOWN_EVIDENCE_TYPE, EVIDENCE_TYPE_NOT_OF_ACTION).',
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
  args: {
    kabupatenKode: string | number;
    year: number;
    action: number;
    evidence: string;
    requirement?: string | null;
  },
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
  const given = args.evidence.trim();
  if (given === '' || given.length > 500 || given.includes('\n')) {
    throw badUserInput('evidence', args.evidence, 'evidence must be one line of 1–500 characters');
  }
  const requirement = args.requirement?.trim() || null;
  const evidence = requirement ? `${requirement}: ${given}` : given;
  if (evidence.length > 500) {
    throw badUserInput(
      'evidence',
      args.evidence,
      'evidence with its tag must be at most 500 characters',
    );
  }
  const tag = evidenceTagOf(evidence);
  // A removal takes any reference recorded; only what is added must name a known document.
  if (what === 'ADD' && (requirement !== null || tag !== null)) {
    const code = requirement ?? tag;
    const argument = requirement !== null ? 'requirement' : 'evidence';
    const value = requirement ?? args.evidence;
    const type =
      code && tag === code ? await db.assessmentEvidenceType.findUnique({ where: { code } }) : null;
    if (!type) {
      throw refused(
        'UNKNOWN_EVIDENCE_TYPE',
        argument,
        value,
        `${code} is not a document of the evidence catalog (codes like "A1.SK_LOKUS": see convergenceActions { evidence { code } })`,
      );
    }
    if (type.action !== args.action) {
      throw refused(
        'EVIDENCE_TYPE_NOT_OF_ACTION',
        argument,
        value,
        `${code} is evidence of action ${type.action}, not of action ${args.action}`,
      );
    }
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
