import { db } from '../../../db/client.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import type { TimeBucket } from '../week.ts';

export interface MonitoringQuery {
  from: string;
  to: string;
  bucket: TimeBucket;
  category: string | null;
}

export interface MonitoringRow {
  kode: string;
  start: string;
  monitored: number;
  visited: number;
  checkins: number;
  /** Check-ins that found NEEDS_ATTENTION or REFERRED. */
  attention: number;
  /** Families whose latest check-in in the bucket found NEEDS_ATTENTION or REFERRED. */
  families_attention: number;
  /** Families whose latest check-in in the bucket found REFERRED. */
  families_referred: number;
  /** Σ over monitored families of their days enrolled and open within the counted days. */
  family_days: number;
  /** First and last day counted: the bucket cut to the range. */
  lo: string;
  hi: string;
}

const unit = { DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;

/**
 * Check-in counts per bucket (day, ISO week or month) for a batch of region kodes, in one
 * statement: check-ins, families visited, families by the status of their latest check-in in the
 * bucket, and family-days (the days each family was enrolled and open, the denominator of daily
 * completeness). A family counts as monitored in a bucket when it was enrolled on or before the
 * bucket's last day (within the range) and not closed before its first day; visited when it has
 * at least one check-in in the bucket. Buckets are cut to the range [from, to].
 */
export async function monitoringRows(
  kodes: readonly string[],
  q: MonitoringQuery,
): Promise<MonitoringRow[]> {
  if (kodes.length === 0) return [];
  const step = `1 ${unit[q.bucket]}`;
  return db.$queryRaw<MonitoringRow[]>`
    WITH k AS (SELECT DISTINCT unnest(${[...kodes]}::text[]) AS kode),
    b AS (
      SELECT g::date AS start,
             GREATEST(g::date, ${q.from}::date) AS lo,
             LEAST((g + ${step}::interval - interval '1 day')::date, ${q.to}::date) AS hi
      FROM generate_series(date_trunc(${unit[q.bucket]}, ${q.from}::date::timestamp),
                           ${q.to}::date::timestamp, ${step}::interval) AS g
    ),
    f AS (
      SELECT k.kode, f.id, f.enrolled_on, f.closed_on
      FROM k
      JOIN monitored_family f
        ON (f.desa_kode = k.kode OR (f.desa_kode >= k.kode || '.' AND f.desa_kode < k.kode || '/'))
      WHERE f.enrolled_on <= ${q.to}::date
        AND (f.closed_on IS NULL OR f.closed_on >= ${q.from}::date)
        AND (${q.category}::text IS NULL OR f.category::text = ${q.category}::text)
    ),
    m AS (
      SELECT k.kode, b.start, b.lo, b.hi, count(f.id)::int AS monitored,
             COALESCE(sum(LEAST(b.hi, COALESCE(f.closed_on, b.hi))
                          - GREATEST(b.lo, f.enrolled_on) + 1), 0)::int AS family_days
      FROM k CROSS JOIN b
      LEFT JOIN f ON f.kode = k.kode AND f.enrolled_on <= b.hi
                 AND (f.closed_on IS NULL OR f.closed_on >= b.lo)
      GROUP BY 1, 2, 3, 4
    ),
    per_family AS (
      SELECT f.kode, date_trunc(${unit[q.bucket]}, c.checked_on::timestamp)::date AS start,
             c.family_id, count(*)::int AS checkins,
             count(*) FILTER (WHERE c.status <> 'WELL')::int AS attention,
             (array_agg(c.status::text ORDER BY c.checked_on DESC))[1] AS latest
      FROM f
      JOIN monitoring_checkin c
        ON c.family_id = f.id AND c.checked_on BETWEEN ${q.from}::date AND ${q.to}::date
      GROUP BY 1, 2, 3
    ),
    c AS (
      SELECT kode, start, count(*)::int AS visited, sum(checkins)::int AS checkins,
             sum(attention)::int AS attention,
             count(*) FILTER (WHERE latest <> 'WELL')::int AS families_attention,
             count(*) FILTER (WHERE latest = 'REFERRED')::int AS families_referred
      FROM per_family GROUP BY 1, 2
    )
    SELECT m.kode, to_char(m.start, 'YYYY-MM-DD') AS start, to_char(m.lo, 'YYYY-MM-DD') AS lo,
           to_char(m.hi, 'YYYY-MM-DD') AS hi, m.monitored, m.family_days,
           COALESCE(c.visited, 0) AS visited, COALESCE(c.checkins, 0) AS checkins,
           COALESCE(c.attention, 0) AS attention,
           COALESCE(c.families_attention, 0) AS families_attention,
           COALESCE(c.families_referred, 0) AS families_referred
    FROM m LEFT JOIN c ON c.kode = m.kode AND c.start = m.start
    ORDER BY m.kode, m.start`;
}

export interface OverdueQuery {
  asOf: string;
  days: number;
  category: string | null;
}

export interface OverdueRow {
  kode: string;
  monitored: number;
  overdue: number;
}

/**
 * Families active on `asOf` (enrolled, not closed) and of them those overdue: no check-in on any
 * of the `days` days ending on `asOf`, though enrolled before that window began. One statement.
 */
export async function overdueRows(
  kodes: readonly string[],
  q: OverdueQuery,
): Promise<OverdueRow[]> {
  if (kodes.length === 0) return [];
  return db.$queryRaw<OverdueRow[]>`
    WITH k AS (SELECT DISTINCT unnest(${[...kodes]}::text[]) AS kode)
    SELECT k.kode, count(f.id)::int AS monitored,
           count(f.id) FILTER (
             WHERE f.enrolled_on <= ${q.asOf}::date - ${q.days}::int
               AND NOT EXISTS (
                 SELECT 1 FROM monitoring_checkin c
                 WHERE c.family_id = f.id
                   AND c.checked_on > ${q.asOf}::date - ${q.days}::int
                   AND c.checked_on <= ${q.asOf}::date))::int AS overdue
    FROM k
    LEFT JOIN monitored_family f
      ON (f.desa_kode = k.kode OR (f.desa_kode >= k.kode || '.' AND f.desa_kode < k.kode || '/'))
     AND f.enrolled_on <= ${q.asOf}::date
     AND (f.closed_on IS NULL OR f.closed_on >= ${q.asOf}::date)
     AND (${q.category}::text IS NULL OR f.category::text = ${q.category}::text)
    GROUP BY k.kode`;
}

/** Ids of the overdue families under one kode (same rule as overdueRows). */
export async function overdueFamilyIds(kode: string, q: OverdueQuery): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT f.id FROM monitored_family f
    WHERE (f.desa_kode = ${kode} OR (f.desa_kode >= ${kode} || '.' AND f.desa_kode < ${kode} || '/'))
      AND f.enrolled_on <= ${q.asOf}::date - ${q.days}::int
      AND (f.closed_on IS NULL OR f.closed_on >= ${q.asOf}::date)
      AND (${q.category}::text IS NULL OR f.category::text = ${q.category}::text)
      AND NOT EXISTS (
        SELECT 1 FROM monitoring_checkin c
        WHERE c.family_id = f.id
          AND c.checked_on > ${q.asOf}::date - ${q.days}::int AND c.checked_on <= ${q.asOf}::date)`;
  return rows.map((r) => r.id);
}

export interface LastCheckin {
  id: string;
  last: string | null;
  status: 'WELL' | 'NEEDS_ATTENTION' | 'REFERRED' | null;
}

/** Latest check-in on or before `asOf` of each family: its date and what it found. */
export async function lastCheckins(
  ids: readonly string[],
  asOf: string | null,
): Promise<LastCheckin[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<LastCheckin[]>`
    SELECT c.family_id AS id, to_char(max(c.checked_on), 'YYYY-MM-DD') AS last,
           (array_agg(c.status::text ORDER BY c.checked_on DESC))[1] AS status
    FROM monitoring_checkin c
    WHERE c.family_id = ANY(${[...ids]}::text[])
      AND (${asOf}::date IS NULL OR c.checked_on <= ${asOf}::date)
    GROUP BY c.family_id`;
}

/**
 * Ids of the families under a kode whose latest check-in on or before `asOf` found one of
 * `statuses` (families without a check-in have no status and are never listed).
 */
export async function familyIdsByLatestStatus(
  kode: string,
  asOf: string,
  statuses: readonly string[],
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM (
      SELECT f.id, (array_agg(c.status::text ORDER BY c.checked_on DESC))[1] AS status
      FROM monitored_family f
      JOIN monitoring_checkin c ON c.family_id = f.id AND c.checked_on <= ${asOf}::date
      WHERE (f.desa_kode = ${kode} OR (f.desa_kode >= ${kode} || '.' AND f.desa_kode < ${kode} || '/'))
      GROUP BY f.id
    ) l
    WHERE l.status = ANY(${[...statuses]}::text[])`;
  return rows.map((r) => r.id);
}

/** Where-clause of families under a kode, for Prisma reads. */
export function familiesUnder(kode: string): Prisma.MonitoredFamilyWhereInput {
  return { OR: [{ desaKode: kode }, { desaKode: { startsWith: `${kode}.` } }] };
}
