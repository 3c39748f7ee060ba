import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { type ActivityWeekRow, activityWeekRows } from './activity/activity.sql.ts';
import {
  type PerformanceRow,
  type ProgressRow,
  performanceRows,
  progressRows,
  type WeekActivityRow,
  weekActivityRows,
} from './agency/agency.sql.ts';
import { type CoverageKey, type CoverageRow, coverageRows } from './coverage/coverage.sql.ts';
import { lokusYears } from './lokus/lokus.sql.ts';
import {
  type LastCheckin,
  lastCheckins,
  type MonitoringQuery,
  type MonitoringRow,
  monitoringRows,
  type OverdueQuery,
  type OverdueRow,
  overdueRows,
} from './monitoring/monitoring.sql.ts';
import { type TargetKey, type TargetRow, targetRows } from './target/target.sql.ts';

export interface ProgramLoaders {
  coverage: DataLoader<CoverageKey, CoverageRow[], string>;
  targets: DataLoader<TargetKey, TargetRow | null, string>;
  lokusYears: DataLoader<string, number[]>;
  /** All agencies of a kabupaten for one ISO week (Monday). */
  performance: DataLoader<{ kabupatenKode: string; weekStart: string }, PerformanceRow[], string>;
  progress: DataLoader<
    { kabupatenKode: string; year: number; asOf: string | null },
    ProgressRow[],
    string
  >;
  activityWeeks: DataLoader<string, ActivityWeekRow[]>;
  /** The planned activity-weeks of a kabupaten in one ISO week (Monday). */
  weekActivities: DataLoader<
    { kabupatenKode: string; weekStart: string },
    WeekActivityRow[],
    string
  >;
  monitoring: DataLoader<{ kode: string } & MonitoringQuery, MonitoringRow[], string>;
  overdue: DataLoader<{ kode: string } & OverdueQuery, OverdueRow | null, string>;
  lastCheckin: DataLoader<{ id: string; asOf: string | null }, LastCheckin | null, string>;
}

/**
 * The program module's loaders, one set per request (keyed on the request's context like Pothos's
 * own caches). Each sends one statement per batch — or one per distinct parameter group in a batch
 * (e.g. per kabupaten, or per monitoring range), which follows the query, not the rows.
 */
export const programLoaders = createContextCache(
  (_ctx: Context): ProgramLoaders => ({
    coverage: new DataLoader(
      async (keys) => {
        const rows = await coverageRows(keys);
        return keys.map((key) => rows.filter((r) => coverageKey(r) === coverageKey(key)));
      },
      { cacheKeyFn: coverageKey },
    ),
    targets: new DataLoader(
      async (keys) => {
        const rows = await targetRows(keys);
        const byKey = new Map(rows.map((r) => [targetKey(r), r]));
        return keys.map((key) => byKey.get(targetKey(key)) ?? null);
      },
      { cacheKeyFn: targetKey },
    ),
    lokusYears: new DataLoader(async (desa) => {
      const byKode = new Map((await lokusYears(desa)).map((r) => [r.kode, r.years]));
      return desa.map((kode) => byKode.get(kode) ?? []);
    }),
    performance: new DataLoader((keys) => byKabupatenWeeks(keys, performanceRows), {
      cacheKeyFn: (k) => `${k.kabupatenKode}|${k.weekStart}`,
    }),
    progress: new DataLoader(
      (keys) => Promise.all(keys.map((k) => progressRows(k.kabupatenKode, k.year, k.asOf))),
      { cacheKeyFn: (k) => `${k.kabupatenKode}|${k.year}|${k.asOf}` },
    ),
    weekActivities: new DataLoader((keys) => byKabupatenWeeks(keys, weekActivityRows), {
      cacheKeyFn: (k) => `${k.kabupatenKode}|${k.weekStart}`,
    }),
    activityWeeks: new DataLoader(async (ids) => {
      const rows = await activityWeekRows(ids);
      return ids.map((id) => rows.filter((r) => r.activity_id === id));
    }),
    monitoring: new DataLoader(
      (keys) =>
        grouped(keys, monitoringGroup, async (group) => {
          const first = group[0] as (typeof group)[number];
          const rows = await monitoringRows(
            group.map((k) => k.kode),
            first,
          );
          return group.map((k) => rows.filter((r) => r.kode === k.kode));
        }),
      { cacheKeyFn: (k) => `${k.kode}|${monitoringGroup(k)}` },
    ),
    overdue: new DataLoader(
      (keys) =>
        grouped(keys, overdueGroup, async (group) => {
          const first = group[0] as (typeof group)[number];
          const rows = await overdueRows(
            group.map((k) => k.kode),
            first,
          );
          return group.map((k) => rows.find((r) => r.kode === k.kode) ?? null);
        }),
      { cacheKeyFn: (k) => `${k.kode}|${overdueGroup(k)}` },
    ),
    lastCheckin: new DataLoader(
      (keys) =>
        grouped(
          keys,
          (k) => String(k.asOf),
          async (group) => {
            const rows = await lastCheckins(
              group.map((k) => k.id),
              group[0]?.asOf ?? null,
            );
            const byId = new Map(rows.map((r) => [r.id, r]));
            return group.map((k) => byId.get(k.id) ?? null);
          },
        ),
      { cacheKeyFn: (k) => `${k.id}|${k.asOf}` },
    ),
  }),
);

/**
 * @private Rows of many (kabupaten, week) keys: one statement per kabupaten for all its weeks,
 * handed back per key.
 */
function byKabupatenWeeks<R extends { week_start: string }>(
  keys: readonly { kabupatenKode: string; weekStart: string }[],
  rowsOf: (kabupatenKode: string, weekStarts: readonly string[]) => Promise<R[]>,
): Promise<R[][]> {
  return grouped(
    keys,
    (k) => k.kabupatenKode,
    async (group) => {
      const first = group[0] as (typeof group)[number];
      const rows = await rowsOf(
        first.kabupatenKode,
        group.map((k) => k.weekStart),
      );
      return group.map((k) => rows.filter((r) => r.week_start === k.weekStart));
    },
  );
}

/**
 * @private Splits a batch by parameter group, runs one statement per group and puts the answers
 * back in key order.
 */
async function grouped<K, V>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  load: (group: K[]) => Promise<V[]>,
): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const name = groupOf(key);
    groups.set(name, [...(groups.get(name) ?? []), i]);
  });
  const out: V[] = new Array(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const values = await load(indexes.map((i) => keys[i] as K));
      indexes.forEach((keyIndex, j) => {
        out[keyIndex] = values[j] as V;
      });
    }),
  );
  return out;
}

/** @private */
function coverageKey(k: CoverageKey): string {
  return `${k.kode}|${k.program}|${k.period}`;
}

/** @private */
function targetKey(k: TargetKey): string {
  return `${k.kode}|${k.indicator}|${k.year}`;
}

/** @private */
function monitoringGroup(q: MonitoringQuery): string {
  return `${q.from}|${q.to}|${q.bucket}|${q.category}`;
}

/** @private */
function overdueGroup(q: OverdueQuery): string {
  return `${q.asOf}|${q.days}|${q.category}`;
}
