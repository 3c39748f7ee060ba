import type { Context } from '../../../context.ts';
import { badUserInput } from '../../../errors.ts';
import { assertKode } from '../../region/region.kode.ts';
import { programLoaders } from '../loaders.ts';
import { suppressionFor } from '../suppression.ts';
import {
  bucketEnd,
  bucketLabel,
  bucketStart,
  formatDay,
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
  visitRate: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
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
 * small counts are suppressed for the public tier among the region's siblings, bucket by bucket
 * (families visited over families monitored, like a numerator over a denominator).
 */
export async function servedMonitoring(
  ctx: Context,
  kode: string,
  q: MonitoringQuery,
): Promise<MonitoringBucketShape[]> {
  assertKode('kode', kode);
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
    const monitored = decision.denominator ? null : row.monitored;
    const visited = decision.numerator ? null : row.visited;
    return {
      kode,
      label: bucketLabel(start, q.bucket),
      start: formatDay(start),
      end: formatDay(bucketEnd(start, q.bucket)),
      familiesMonitored: monitored,
      familiesVisited: visited,
      checkins: decision.numerator ? null : row.checkins,
      needingAttention: decision.numerator ? null : row.attention,
      visitRate: visited !== null && monitored ? (100 * visited) / monitored : null,
      suppressed: decision.numerator || decision.denominator,
      suppressionReason: decision.reason,
    };
  });
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
  const q = { asOf: args.asOf, days: args.days, category: args.category ?? null };
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
    asOf: args.asOf,
    days: args.days,
    familiesMonitored: decision.denominator ? null : (row?.monitored ?? 0),
    notVisited: decision.numerator ? null : (row?.overdue ?? 0),
    suppressed: decision.numerator || decision.denominator,
    suppressionReason: decision.reason,
  };
}
