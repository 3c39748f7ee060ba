import { db } from '../../../db/client.ts';

export interface TargetKey {
  kode: string;
  indicator: string;
  year: number;
}

export interface TargetRow extends TargetKey {
  value: number | null;
  source: string | null;
  polarity: 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER' | null;
  unit: string | null;
}

/** Stored targets of a batch of keys, with the indicator's polarity (null: unknown indicator). */
export async function targetRows(keys: readonly TargetKey[]): Promise<TargetRow[]> {
  if (keys.length === 0) return [];
  return db.$queryRaw<TargetRow[]>`
    SELECT k.kode, k.indicator, k.year, t.value, t.source, i.polarity::text AS polarity, i.unit
    FROM (SELECT DISTINCT kode, indicator, year
          FROM unnest(${keys.map((k) => k.kode)}::text[], ${keys.map((k) => k.indicator)}::text[],
                      ${keys.map((k) => k.year)}::int[]) AS k(kode, indicator, year)) k
    LEFT JOIN indicator i ON i.code = k.indicator
    LEFT JOIN indicator_target t
      ON t.region_kode = k.kode AND t.indicator_code = k.indicator AND t.year = k.year`;
}
