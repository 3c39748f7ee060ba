import { assertKode } from '../../../args/kode.ts';
import { seesUnsuppressed } from '../../../auth/viewer.ts';
import type { Context } from '../../../context.ts';
import { badUserInput } from '../../../errors.ts';
import { programLoaders } from '../loaders.ts';
import { suppressionFor } from '../suppression.ts';
import {
  bucketEnd,
  bucketLabel,
  bucketStart,
  formatDay,
  isoWeekday,
  parseDay,
  type TimeBucket,
} from '../week.ts';
import type { MonitoringQuery } from './monitoring.sql.ts';

/** Most days one monitoring query may cover per bucket kind (keeps answers bounded). */
export const maxMonitoringBuckets = 400;

export interface MonitoringBucketShape {
  kode: string;
  label: string;
  start: string;
  end: string;
  familiesMonitored: number | null;
  familiesVisited: number | null;
  checkins: number | null;
  needingAttention: number | null;
  familiesNeedingAttention: number | null;
  familiesReferred: number | null;
  familyDays: number | null;
  completeness: number | null;
  visitRate: number | null;
  countedFrom: string;
  countedTo: string;
  days: number;
  partial: boolean;
  suppressed: boolean;
  suppressionReason: string | null;
}

/**
 * Disclosure over time. A viewer who gets suppressed counts may combine answers over different
 * ranges, so what protects a small cell must be the range itself: for this tier (PUBLIC, an
 * OFFICER outside its scope, an AGENCY) every count is over one whole calendar bucket of a fixed
 * partition, never over a range of the viewer's choosing — the request is widened to whole
 * buckets, so [d, end] and [d+1, end] give the same answer. Sums over days (check-ins,
 * family-days) are published over calendar MONTHs only: were they shown per ISO week too, a month
 * minus its whole weeks would give the days of the partial weeks at its ends. Per ISO WEEK this
 * tier sees the distinct-family counts only (not sums of smaller cells), and per DAY nothing (a
 * day's families visited are its check-ins).
 */
export function timeRule(bucket: TimeBucket): {
  additive: boolean;
  distinct: boolean;
  reason: string | null;
} {
  if (bucket === 'MONTH') return { additive: true, distinct: true, reason: null };
  if (bucket === 'WEEK') {
    return {
      additive: false,
      distinct: true,
      reason: 'check-in sums are published per month only (disclosure over time)',
    };
  }
  return {
    additive: false,
    distinct: false,
    reason: 'daily counts are published to ANALYST, ADMIN and officers in scope only',
  };
}

/** Suppression reasons of indicator cells, worded for counts of families. */
export function familyReason(reason: string | null): string | null {
  return reason?.replace(/ measured$/, ' families').replace(/^count below/, 'fewer than') ?? null;
}

export interface OverdueShape {
  kode: string;
  asOf: string;
  days: number;
  familiesMonitored: number | null;
  notVisited: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
}

/** Checks a monitoring range and returns it normalised; throws BAD_USER_INPUT. */
export function monitoringQuery(args: {
  from: string;
  to: string;
  bucket: TimeBucket;
  category?: string | null;
}): MonitoringQuery {
  const from = parseDay(args.from);
  const to = parseDay(args.to);
  if (from === null) throw badUserInput('from', args.from, 'from must be a date "YYYY-MM-DD"');
  if (to === null) throw badUserInput('to', args.to, 'to must be a date "YYYY-MM-DD"');
  if (to < from) throw badUserInput('to', args.to, 'to must not be before from');
  let count = 0;
  for (let day = bucketStart(from, args.bucket); day <= to; day = bucketEnd(day, args.bucket) + 1) {
    count += 1;
  }
  if (count > maxMonitoringBuckets) {
    throw badUserInput('to', args.to, `at most ${maxMonitoringBuckets} buckets (got ${count})`);
  }
  return { from: args.from, to: args.to, bucket: args.bucket, category: args.category ?? null };
}

/**
 * Check-in counts of monitored families per bucket for a region, as this viewer may see them:
 * small counts are suppressed among the region's siblings, bucket by bucket (families visited
 * over families monitored, like a numerator over a denominator), and for the suppressed tier the
 * range is widened to whole buckets with the time rule of `timeRule`.
 */
export async function servedMonitoring(
  ctx: Context,
  kode: string,
  asked: MonitoringQuery,
): Promise<MonitoringBucketShape[]> {
  assertKode('kode', kode);
  const open = seesUnsuppressed(ctx.viewer, kode);
  const q = open ? asked : wholeBuckets(asked);
  const rule = open ? { additive: true, distinct: true, reason: null } : timeRule(q.bucket);
  const loaders = programLoaders(ctx);
  const rows = await loaders.monitoring.load({ kode, ...q });
  const hide = await suppressionFor(ctx, kode, rows.length, async (kodes) =>
    (await loaders.monitoring.loadMany(kodes.map((k) => ({ kode: k, ...q })))).map((series) =>
      Array.isArray(series)
        ? series.map((r) => ({ numerator: r.visited, denominator: r.monitored }))
        : [],
    ),
  );
  return rows.map((row, i) => {
    const decision = hide[i] ?? { numerator: false, denominator: false, reason: null };
    const start = parseDay(row.start) as number;
    const distinct = rule.distinct;
    const additive = rule.additive;
    const monitored = decision.denominator || !distinct ? null : row.monitored;
    const visited = decision.numerator || !distinct ? null : row.visited;
    const shownNumerator = !decision.numerator;
    const checkins = shownNumerator && additive ? row.checkins : null;
    const familyDays = !decision.denominator && additive ? row.family_days : null;
    const lo = parseDay(row.lo) as number;
    const hi = parseDay(row.hi) as number;
    const end = bucketEnd(start, q.bucket);
    const hiddenByTime = !distinct || !additive;
    return {
      kode,
      label: bucketLabel(start, q.bucket),
      start: formatDay(start),
      end: formatDay(end),
      familiesMonitored: monitored,
      familiesVisited: visited,
      checkins,
      needingAttention: shownNumerator && additive ? row.attention : null,
      familiesNeedingAttention: shownNumerator && distinct ? row.families_attention : null,
      familiesReferred: shownNumerator && distinct ? row.families_referred : null,
      familyDays,
      completeness: checkins !== null && familyDays ? (100 * checkins) / familyDays : null,
      visitRate: visited !== null && monitored ? (100 * visited) / monitored : null,
      countedFrom: formatDay(lo),
      countedTo: formatDay(hi),
      days: hi - lo + 1,
      partial: lo > start || hi < end,
      suppressed: decision.numerator || decision.denominator || hiddenByTime,
      suppressionReason: familyReason(decision.reason) ?? (hiddenByTime ? rule.reason : null),
    };
  });
}

/** @private The range widened to whole buckets: from the first day of `from`'s to the last of `to`'s. */
function wholeBuckets(q: MonitoringQuery): MonitoringQuery {
  const from = bucketStart(parseDay(q.from) as number, q.bucket);
  const to = bucketEnd(bucketStart(parseDay(q.to) as number, q.bucket), q.bucket);
  return { ...q, from: formatDay(from), to: formatDay(to) };
}

/** Families not visited in `days` days up to `asOf`, as this viewer may see the counts. */
export async function servedOverdue(
  ctx: Context,
  kode: string,
  args: { asOf: string; days: number; category?: string | null },
): Promise<OverdueShape> {
  assertKode('kode', kode);
  if (parseDay(args.asOf) === null) {
    throw badUserInput('asOf', args.asOf, 'asOf must be a date "YYYY-MM-DD"');
  }
  if (!Number.isInteger(args.days) || args.days < 1 || args.days > 366) {
    throw badUserInput('days', args.days, 'days must be 1–366');
  }
  // The time rule for the suppressed tier: windows of whole ISO weeks ending on a Sunday, so
  // that two windows a day apart cannot be told apart (see timeRule).
  const open = seesUnsuppressed(ctx.viewer, kode);
  const asOfDay = parseDay(args.asOf) as number;
  const sunday = isoWeekday(asOfDay) === 7 ? asOfDay : asOfDay - isoWeekday(asOfDay);
  const q = open
    ? { asOf: args.asOf, days: args.days, category: args.category ?? null }
    : {
        asOf: formatDay(sunday),
        days: Math.min(364, 7 * Math.ceil(args.days / 7)),
        category: args.category ?? null,
      };
  const loaders = programLoaders(ctx);
  const row = await loaders.overdue.load({ kode, ...q });
  const [decision = { numerator: false, denominator: false, reason: null }] = await suppressionFor(
    ctx,
    kode,
    1,
    async (kodes) =>
      (await loaders.overdue.loadMany(kodes.map((k) => ({ kode: k, ...q })))).map((r) => [
        r && !(r instanceof Error)
          ? { numerator: r.overdue, denominator: r.monitored }
          : { numerator: null, denominator: null },
      ]),
  );
  return {
    kode,
    asOf: q.asOf,
    days: q.days,
    familiesMonitored: decision.denominator ? null : (row?.monitored ?? 0),
    notVisited: decision.numerator ? null : (row?.overdue ?? 0),
    suppressed: decision.numerator || decision.denominator,
    suppressionReason: familyReason(decision.reason),
  };
}
