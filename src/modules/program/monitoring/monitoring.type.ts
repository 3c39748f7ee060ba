import type { Viewer } from '../../../auth/viewer.ts';
import { builder } from '../../../builder.ts';
import type { Context } from '../../../context.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { CheckinStatus, MonitoringCategory } from '../../../generated/prisma/enums.ts';
import { actorOf } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/audit.sql.ts';
import { programLoaders } from '../loaders.ts';
import { parseDay } from '../week.ts';
import type { MonitoringBucketShape, OverdueShape } from './monitoring.served.ts';

export const TimeBucketEnum = builder.enumType('TimeBucket', {
  description: 'DAY, ISO WEEK (Monday–Sunday, "2022-W52") or calendar MONTH.',
  values: ['DAY', 'WEEK', 'MONTH'] as const,
});

export const MonitoringCategoryEnum = builder.enumType(MonitoringCategory, {
  name: 'MonitoringCategory',
  description: 'Why a family is watched: a pregnant woman, a child under two, a stunted child.',
});

export const CheckinStatusEnum = builder.enumType(CheckinStatus, {
  name: 'CheckinStatus',
  description: 'What a check-in found.',
});

const countNote = 'Null when suppressed for this viewer.';

export const MonitoringBucketObject = builder
  .objectRef<MonitoringBucketShape>('MonitoringBucket')
  .implement({
    description:
      'Daily monitoring of families in a region for one day, ISO week or month (counts only). Small counts are suppressed for the public tier as for indicator values.',
    fields: (t) => ({
      kode: t.exposeID('kode'),
      label: t.exposeString('label', { description: '"2022-08-01", "2022-W31" or "2022-08".' }),
      start: t.exposeString('start', { description: 'First day of the bucket.' }),
      end: t.exposeString('end', { description: 'Last day of the bucket.' }),
      familiesMonitored: t.exposeInt('familiesMonitored', {
        nullable: true,
        description: `Families enrolled and not closed during the bucket (within the range). ${countNote}`,
      }),
      familiesVisited: t.exposeInt('familiesVisited', {
        nullable: true,
        description: `Families with at least one check-in in the bucket. ${countNote}`,
      }),
      checkins: t.exposeInt('checkins', { nullable: true, description: countNote }),
      needingAttention: t.exposeInt('needingAttention', {
        nullable: true,
        description: `Check-ins that found NEEDS_ATTENTION or REFERRED. ${countNote}`,
      }),
      visitRate: t.exposeFloat('visitRate', {
        nullable: true,
        description: 'familiesVisited / familiesMonitored, percent.',
      }),
      suppressed: t.exposeBoolean('suppressed'),
      suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
    }),
  });

export const MonitoringOverdueObject = builder
  .objectRef<OverdueShape>('MonitoringOverdue')
  .implement({
    description:
      'Families not visited in the last `days` days up to `asOf` (no check-in on any of those days, enrolled before they began). Counts only.',
    fields: (t) => ({
      kode: t.exposeID('kode'),
      asOf: t.exposeString('asOf'),
      days: t.exposeInt('days'),
      familiesMonitored: t.exposeInt('familiesMonitored', { nullable: true }),
      notVisited: t.exposeInt('notVisited', { nullable: true }),
      suppressed: t.exposeBoolean('suppressed'),
      suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
    }),
  });

export const MonitoringCheckinObject = builder.prismaObject('MonitoringCheckin', {
  description: 'One check-in of a monitored family.',
  fields: (t) => ({
    date: t.string({ resolve: (c) => c.checkedOn.toISOString().slice(0, 10) }),
    status: t.expose('status', { type: CheckinStatusEnum }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

/**
 * By-name record: personal data of a specific kind (UU 27/2022). Every field runs the scope
 * check, so a family is seen only by an OFFICER whose scope covers its desa, however reached.
 */
export const MonitoredFamilyObject = builder.prismaObject('MonitoredFamily', {
  description:
    'A family watched daily (by name). Visible only to an OFFICER whose scope covers the desa; every read is audited.',
  runScopesOnType: true,
  authScopes: (family) => ({ officerOf: family.desaKode }),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pseudonymous identifier.' }),
    headName: t.exposeString('headName', { description: 'Name of the head of the family.' }),
    category: t.expose('category', { type: MonitoringCategoryEnum }),
    desa: t.relation('desa'),
    enrolledOn: t.string({ resolve: (f) => f.enrolledOn.toISOString().slice(0, 10) }),
    closedOn: t.string({
      nullable: true,
      resolve: (f) => f.closedOn?.toISOString().slice(0, 10) ?? null,
    }),
    lastCheckin: t.string({
      nullable: true,
      description: 'Date of the latest check-in on or before `asOf` (default: any).',
      args: { asOf: t.arg.string() },
      resolve: (f, args, ctx) =>
        programLoaders(ctx).lastCheckin.load({ id: f.id, asOf: args.asOf ?? null }),
    }),
    checkins: t.relation('checkins', {
      description: 'Check-ins from `from` to `to` (dates), newest first; at most 400.',
      args: { from: t.arg.string(), to: t.arg.string() },
      query: (args) => {
        for (const name of ['from', 'to'] as const) {
          const value = args[name];
          if (value != null && parseDay(value) === null) {
            throw badUserInput(name, value, `${name} must be a date "YYYY-MM-DD"`);
          }
        }
        return {
          where: {
            checkedOn: {
              ...(args.from ? { gte: new Date(`${args.from}T00:00:00Z`) } : {}),
              ...(args.to ? { lte: new Date(`${args.to}T00:00:00Z`) } : {}),
            },
          },
          orderBy: { checkedOn: 'desc' as const },
          take: 400,
        };
      },
    }),
  }),
});

/** Only desa inside the viewer's scope; nothing at all for anyone but an OFFICER. */
export function familiesInScope(viewer: Viewer): Prisma.MonitoredFamilyWhereInput {
  if (viewer.role !== 'OFFICER' || viewer.scope.length === 0) return { id: { in: [] } };
  return {
    OR: viewer.scope.flatMap((prefix) => [
      { desaKode: prefix },
      { desaKode: { startsWith: `${prefix}.` } },
    ]),
  };
}

/** Records a read of by-name family records before they leave; a failed audit fails the request. */
export async function auditFamilyRead(
  ctx: Context,
  action: string,
  target: string,
  detail: Prisma.InputJsonValue,
): Promise<void> {
  await recordAudit(db, { ...actorOf(ctx), action, target, detail });
}
