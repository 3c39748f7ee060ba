import { randomBytes } from 'node:crypto';
import { assertKode, levelOfKode } from '../../../args/kode.ts';
import { actorOf } from '../../../audit/actor.ts';
import { recordAudit } from '../../../audit/recordAudit.ts';
import { mayReadIndividuals } from '../../../auth/viewer.ts';
import { builder } from '../../../builder.ts';
import type { Context } from '../../../context.ts';
import { db, type Tx } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { refused } from '../refusal.ts';
import { parseDay } from '../week.ts';
import { familyPattern } from './monitoring.import.ts';
import { MonitoringCategoryEnum } from './monitoring.type.ts';
import {
  closeFamily,
  type EnrolledFamily,
  enrolledFamilies,
  type FamilyRow,
  latestCheckinDate,
  sameEnrolment,
  updateFamily,
} from './monitoring.write.sql.ts';

export const familyCloseReasons = [
  'BORN',
  'RECOVERED',
  'AGED_OUT',
  'MOVED_AWAY',
  'DIED',
  'DUPLICATE',
  'OTHER',
] as const;

const FamilyCloseReasonEnum = builder.enumType('FamilyCloseReason', {
  description:
    'Why a family leaves daily monitoring: BORN (the pregnancy ended in a birth; the child may be enrolled as UNDER_TWO), RECOVERED (no longer stunted), AGED_OUT (the child turned two), MOVED_AWAY, DIED, DUPLICATE (enrolled twice), OTHER (say why in `note`).',
  values: familyCloseReasons,
});

interface FamilyWriteShape {
  id: string;
  changed: boolean;
  enrolledOn: string;
  closedOn: string | null;
}

const FamilyWriteResult = builder.objectRef<FamilyWriteShape>('FamilyWriteResult').implement({
  description:
    "What a case-management write did (no names: read the family through `monitoredFamily` with an OFFICER's scope).",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The family (pseudonymous identifier).' }),
    changed: t.exposeBoolean('changed', {
      description: 'False when the same write was already done (a retry changes nothing).',
    }),
    enrolledOn: t.exposeString('enrolledOn'),
    closedOn: t.exposeString('closedOn', { nullable: true }),
  }),
});

const caseDescription = (what: string) =>
  `OFFICER in scope of the family's desa, or ADMIN. ${what} In one transaction, audited; a retry of the same write changes nothing (\`changed: false\`). Refusals carry their own code and name the value.`;

builder.mutationFields((t) => ({
  enrolMonitoredFamily: t.field({
    type: FamilyWriteResult,
    authScopes: { admin: true, officer: true },
    description: caseDescription(
      'Enrols a family in daily monitoring. The id is assigned by the server (ADMIN may give one, e.g. from e-PPGBM); sending the same desa, head, category and enrolment day again returns the same family.',
    ),
    args: {
      kode: t.arg.id({ required: true, description: 'Desa of the family.' }),
      headName: t.arg.string({ required: true, description: 'Head of the family.' }),
      category: t.arg({ type: MonitoringCategoryEnum, required: true }),
      enrolledOn: t.arg.string({ required: true, description: '"YYYY-MM-DD"' }),
      id: t.arg.id({ description: 'ADMIN only: the id to use (3–40 of A-Z, a-z, 0-9, -).' }),
    },
    resolve: async (_root, args, ctx) => {
      const kode = desaArg(ctx, String(args.kode));
      const name = nameArg(args.headName);
      const enrolledOn = dayArg('enrolledOn', args.enrolledOn);
      const wanted = args.id == null ? null : String(args.id);
      if (wanted !== null) {
        if (ctx.viewer.role !== 'ADMIN') {
          throw badUserInput('id', wanted, 'the id is assigned by the server; leave it out');
        }
        if (!familyPattern.test(wanted)) {
          throw badUserInput('id', wanted, 'id must be 3–40 of A-Z, a-z, 0-9, -');
        }
      }
      const row = { kode, name, category: args.category, firstSeen: enrolledOn };
      return db.$transaction(async (tx) => {
        const existing = wanted
          ? (await enrolledFamilies(tx, [wanted], true)).get(wanted)
          : await enrolledById(tx, await sameEnrolment(tx, row));
        if (existing) {
          const same =
            existing.kode === kode &&
            existing.name === name &&
            existing.category === args.category &&
            existing.enrolledOn === enrolledOn;
          if (!same) {
            throw refused('FAMILY_EXISTS', 'id', wanted, 'a different family has this id');
          }
          return shape(existing, false);
        }
        const id = wanted ?? newFamilyId();
        await tx.$executeRaw`
          INSERT INTO monitored_family (id, desa_kode, head_name, category, enrolled_on, source)
          VALUES (${id}, ${kode}, ${name}, ${args.category}::"MonitoringCategory",
                  ${enrolledOn}::date, ${'enrolled by mutation'})`;
        await recordAudit(tx, {
          ...actorOf(ctx),
          action: 'ENROL_MONITORED_FAMILY',
          target: id,
          detail: { kode, category: args.category, enrolledOn },
        });
        return { id, changed: true, enrolledOn, closedOn: null };
      });
    },
  }),

  updateMonitoredFamily: t.field({
    type: FamilyWriteResult,
    authScopes: { admin: true, officer: true },
    description: caseDescription(
      'Changes a family explicitly (desa, head, category) with a reason; past check-ins stay, and the old and new values are audited. An OFFICER needs both the old and the new desa in scope.',
    ),
    args: {
      id: t.arg.id({ required: true }),
      kode: t.arg.id({ description: 'New desa.' }),
      headName: t.arg.string(),
      category: t.arg({ type: MonitoringCategoryEnum }),
      reason: t.arg.string({ required: true, description: 'Why (kept in the audit log).' }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = reasonArg(args.reason);
      const kode = args.kode == null ? null : desaArg(ctx, String(args.kode));
      const name = args.headName == null ? null : nameArg(args.headName);
      return db.$transaction(async (tx) => {
        const family = await familyInScope(ctx, tx, String(args.id));
        const change = {
          kode: kode ?? family.kode,
          name: name ?? family.name,
          category: (args.category ?? family.category) as FamilyRow['category'],
        };
        const changed = await updateFamily(tx, family.id, change);
        if (changed > 0) {
          await recordAudit(tx, {
            ...actorOf(ctx),
            action: 'UPDATE_MONITORED_FAMILY',
            target: family.id,
            detail: {
              reason,
              before: { kode: family.kode, category: family.category },
              after: { kode: change.kode, category: change.category },
              nameChanged: change.name !== family.name,
            },
          });
        }
        return shape(family, changed > 0);
      });
    },
  }),

  closeMonitoredFamily: t.field({
    type: FamilyWriteResult,
    authScopes: { admin: true, officer: true },
    description: caseDescription(
      "Closes a family's case on `closedOn` with a reason. Refused before its enrolment or its latest check-in (CHECKINS_AFTER_CLOSURE), in the future, or when it is already closed otherwise (FAMILY_CLOSED). Check-ins after `closedOn` are refused from then on.",
    ),
    args: {
      id: t.arg.id({ required: true }),
      closedOn: t.arg.string({ required: true, description: '"YYYY-MM-DD"' }),
      reason: t.arg({ type: FamilyCloseReasonEnum, required: true }),
      note: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const closedOn = dayArg('closedOn', args.closedOn);
      const note = args.note == null ? null : reasonArg(args.note, 'note');
      if (args.reason === 'OTHER' && note === null) {
        throw badUserInput('note', args.note, 'say why in note when the reason is OTHER');
      }
      return db.$transaction(async (tx) => {
        const family = await familyInScope(ctx, tx, String(args.id));
        if (family.closedOn !== null) {
          if (
            family.closedOn === closedOn &&
            family.closeReason === args.reason &&
            family.closeNote === note
          ) {
            return shape(family, false);
          }
          throw refused(
            'FAMILY_CLOSED',
            'closedOn',
            closedOn,
            `family ${family.id} is already closed (${family.closedOn}, ${family.closeReason})`,
          );
        }
        if (closedOn < family.enrolledOn) {
          throw refused(
            'CLOSED_BEFORE_ENROLMENT',
            'closedOn',
            closedOn,
            `family ${family.id} was enrolled on ${family.enrolledOn}`,
          );
        }
        const last = await latestCheckinDate(tx, family.id);
        if (last !== null && last > closedOn) {
          throw refused(
            'CHECKINS_AFTER_CLOSURE',
            'closedOn',
            closedOn,
            `family ${family.id} has a check-in on ${last}, after the closing date`,
          );
        }
        await closeFamily(tx, family.id, { closedOn, reason: args.reason, note });
        await recordAudit(tx, {
          ...actorOf(ctx),
          action: 'CLOSE_MONITORED_FAMILY',
          target: family.id,
          detail: { closedOn, reason: args.reason, note },
        });
        return { ...shape(family, true), closedOn };
      });
    },
  }),
}));

/**
 * Refuses check-in rows of families an OFFICER may not write: unknown ids and families outside
 * the scope get the same FAMILY_NOT_FOUND, so the answer tells nothing about other desa.
 * Officers record check-ins of enrolled families only (enrolment is `enrolMonitoredFamily`).
 */
export async function assertCheckinsInScope(
  ctx: Context,
  rows: readonly { family: string }[],
): Promise<void> {
  if (ctx.viewer.role !== 'OFFICER') return;
  const families = await enrolledFamilies(
    db,
    rows.map((r) => String(r.family)),
  );
  rows.forEach((row, i) => {
    const family = families.get(String(row.family));
    if (!family || !mayReadIndividuals(ctx.viewer, family.kode)) {
      throw refused(
        'FAMILY_NOT_FOUND',
        `checkins[${i}].family`,
        row.family,
        'no monitored family with this id in your scope',
      );
    }
  });
}

/** @private A family the viewer may change, locked; FAMILY_NOT_FOUND otherwise. */
async function familyInScope(ctx: Context, tx: Tx, id: string): Promise<EnrolledFamily> {
  const family = (await enrolledFamilies(tx, [id], true)).get(id);
  if (!family || (ctx.viewer.role !== 'ADMIN' && !mayReadIndividuals(ctx.viewer, family.kode))) {
    throw refused('FAMILY_NOT_FOUND', 'id', id, 'no monitored family with this id in your scope');
  }
  return family;
}

/** @private */
async function enrolledById(tx: Tx, id: string | null): Promise<EnrolledFamily | undefined> {
  return id === null ? undefined : (await enrolledFamilies(tx, [id], true)).get(id);
}

/** @private A desa kode the viewer may write in. */
function desaArg(ctx: Context, kode: string): string {
  assertKode('kode', kode);
  if (levelOfKode(kode) !== 'DESA') {
    throw badUserInput('kode', kode, 'must be the kode of a desa/kelurahan');
  }
  if (ctx.viewer.role !== 'ADMIN' && !mayReadIndividuals(ctx.viewer, kode)) {
    throw refused('OUT_OF_SCOPE', 'kode', kode, 'this desa lies outside your scope');
  }
  return kode;
}

/** @private */
function dayArg(argument: string, value: string): string {
  if (parseDay(value) === null) {
    throw badUserInput(argument, value, `${argument} must be a date "YYYY-MM-DD"`);
  }
  if (value > new Date().toISOString().slice(0, 10)) {
    throw badUserInput(argument, value, `${argument} must not be in the future`);
  }
  return value;
}

/** @private */
function nameArg(value: string): string {
  const name = value.trim();
  if (name === '' || name.length > 200) {
    throw badUserInput('headName', value, 'headName must be 1–200 characters');
  }
  return name;
}

/** @private */
function reasonArg(value: string, argument = 'reason'): string {
  const text = value.trim();
  if (text === '' || text.length > 500) {
    throw badUserInput(argument, value, `${argument} must be 1–500 characters`);
  }
  return text;
}

/** @private */
function shape(family: EnrolledFamily, changed: boolean): FamilyWriteShape {
  return { id: family.id, changed, enrolledOn: family.enrolledOn, closedOn: family.closedOn };
}

/** @private A pseudonymous, non-sequential family id, e.g. "F-7K2M9QX4TD". */
function newFamilyId(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return `F-${[...randomBytes(10)].map((b) => alphabet[b % 32]).join('')}`;
}
