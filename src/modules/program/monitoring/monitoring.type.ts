import { actorOf } from '../../../audit/actor.ts';
import { recordAudit } from '../../../audit/recordAudit.ts';
import type { Viewer } from '../../../auth/viewer.ts';
import { builder } from '../../../builder.ts';
import type { Context } from '../../../context.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { CheckinStatus, MonitoringCategory } from '../../../generated/prisma/enums.ts';
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
      'Daily monitoring of families in a region for one day, ISO week or month (counts only), over the days of the bucket inside the requested range (`countedFrom`–`countedTo`, `partial`). Small counts are suppressed for the public tier as for indicator values; for that tier the range is widened to whole buckets, sums over days (check-ins, family-days) are shown per MONTH only, distinct-family counts per MONTH or WEEK, nothing per DAY (README, privacy: program counts).',
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
      checkins: t.exposeInt('checkins', {
        nullable: true,
        description: `Check-ins in the counted days (at most one per family and day). ${countNote}`,
      }),
      needingAttention: t.exposeInt('needingAttention', {
        nullable: true,
        description: `Check-ins (not families) that found NEEDS_ATTENTION or REFERRED; for families see familiesNeedingAttention. ${countNote}`,
      }),
      familiesNeedingAttention: t.exposeInt('familiesNeedingAttention', {
        nullable: true,
        description: `Distinct families whose latest check-in in the bucket found NEEDS_ATTENTION or REFERRED. ${countNote}`,
      }),
      familiesReferred: t.exposeInt('familiesReferred', {
        nullable: true,
        description: `Distinct families whose latest check-in in the bucket found REFERRED. ${countNote}`,
      }),
      familyDays: t.exposeInt('familyDays', {
        nullable: true,
        description: `Σ over monitored families of their days enrolled and open within the counted days: the check-ins a daily routine would make. ${countNote}`,
      }),
      completeness: t.exposeFloat('completeness', {
        nullable: true,
        description:
          'Daily completeness: checkins / familyDays, percent (September 2022 in Bekasi: 6,040 of 8,300 family-days, 73%).',
      }),
      visitRate: t.exposeFloat('visitRate', {
        nullable: true,
        description:
          'familiesVisited / familiesMonitored, percent: families seen at least once in the bucket (not daily completeness; see completeness).',
      }),
      countedFrom: t.exposeString('countedFrom', {
        description: 'First day counted: the bucket cut to the requested range.',
      }),
      countedTo: t.exposeString('countedTo', { description: 'Last day counted.' }),
      days: t.exposeInt('days', { description: 'Days counted.' }),
      partial: t.exposeBoolean('partial', {
        description:
          'True when the range cuts the bucket (e.g. a week of which only 3 days are asked): compare it with whole buckets with care.',
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
      resolve: async (f, args, ctx) =>
        (await programLoaders(ctx).lastCheckin.load({ id: f.id, asOf: dayOrNull(args.asOf) }))
          ?.last ?? null,
    }),
    latestStatus: t.field({
      type: CheckinStatusEnum,
      nullable: true,
      description:
        'What the latest check-in on or before `asOf` (default: any) found; null without a check-in. The status the task force acts on.',
      args: { asOf: t.arg.string() },
      resolve: async (f, args, ctx) =>
        (await programLoaders(ctx).lastCheckin.load({ id: f.id, asOf: dayOrNull(args.asOf) }))
          ?.status ?? null,
    }),
    closeReason: t.exposeString('closeReason', {
      nullable: true,
      description: 'Why the case was closed (FamilyCloseReason).',
    }),
    closeNote: t.exposeString('closeNote', { nullable: true }),
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

/** @private */
function dayOrNull(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (parseDay(value) === null)
    throw badUserInput('asOf', value, 'asOf must be a date "YYYY-MM-DD"');
  return value;
}

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
