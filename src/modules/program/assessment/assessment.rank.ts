import { getRegencies } from 'idn-area-data';
import { db } from '../../../db/client.ts';

export interface PublishedRankShape {
  rank: number;
  outOf: number;
  source: string;
  note: string | null;
  recordedAt: Date;
}

export interface RankingShape {
  kabupatenKode: string;
  year: number;
  computedRank: number | null;
  computedAmong: number;
  kabupatenKotaInProvince: number;
  published: PublishedRankShape | null;
}

let regencyCounts: Promise<Map<string, number>> | undefined;

/**
 * How many kabupaten/kota a province has: the larger of the count in the region table and the
 * count in idn-area-data (Kemendagri codes; Jawa Barat 27). The region table alone says 1 when
 * only Bekasi is loaded, which is not how many the province ranks.
 */
export async function kabupatenKotaInProvince(province: string): Promise<number> {
  regencyCounts ??= getRegencies().then((rows) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.province_code, (counts.get(r.province_code) ?? 0) + 1);
    return counts;
  });
  const [known, loaded] = await Promise.all([
    regencyCounts,
    db.region.count({ where: { level: 'KABUPATEN', kode: { startsWith: `${province}.` } } }),
  ]);
  return Math.max(known.get(province) ?? 0, loaded);
}

/** The rank the province published for a kabupaten/kota in a year, or null. */
export async function loadPublishedRank(
  kabupatenKode: string,
  year: number,
): Promise<PublishedRankShape | null> {
  const row = await db.assessmentPublishedRank.findUnique({
    where: { kabupatenKode_year: { kabupatenKode, year } },
  });
  return row
    ? {
        rank: row.rank,
        outOf: row.outOf,
        source: row.source,
        note: row.note,
        recordedAt: row.recordedAt,
      }
    : null;
}

/**
 * Computed and published rank side by side. The computed rank is 1 + the number of kabupaten/kota
 * of the province graded in this database that year with a higher score (ties share), among
 * `computedAmong` of them; null when the kabupaten has no grades that year.
 */
export async function loadRanking(
  kabupatenKode: string,
  year: number,
  scores: readonly { kabupaten_kode: string; score: number }[],
): Promise<RankingShape> {
  const province = kabupatenKode.slice(0, 2);
  const mine = scores.find((s) => s.kabupaten_kode === kabupatenKode);
  const [inProvince, published] = await Promise.all([
    kabupatenKotaInProvince(province),
    loadPublishedRank(kabupatenKode, year),
  ]);
  return {
    kabupatenKode,
    year,
    computedRank: mine ? 1 + scores.filter((s) => s.score > mine.score + 1e-9).length : null,
    computedAmong: scores.length,
    kabupatenKotaInProvince: inProvince,
    published,
  };
}
