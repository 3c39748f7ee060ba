import { db } from '../../../db/client.ts';

/** Score (Σ weight × points) of every kabupaten/kota of a province graded in `year`. */
export function provinceScores(
  province: string,
  year: number,
): Promise<{ kabupaten_kode: string; score: number }[]> {
  return db.$queryRaw<{ kabupaten_kode: string; score: number }[]>`
    SELECT g.kabupaten_kode, sum(i.weight * s.points)::float8 AS score
    FROM assessment_grade g
    JOIN assessment_item i ON i.year = g.year AND i.code = g.item_code
    JOIN assessment_grade_scale s ON s.year = g.year AND s.grade = g.grade
    WHERE g.year = ${year} AND g.kabupaten_kode LIKE ${`${province}.%`}
    GROUP BY g.kabupaten_kode`;
}

/** Years with reports or grades for a kabupaten, oldest first. */
export async function assessmentYears(kabupatenKode: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT year FROM action_report WHERE kabupaten_kode = ${kabupatenKode}
    UNION
    SELECT year FROM assessment_grade WHERE kabupaten_kode = ${kabupatenKode}
    ORDER BY year`;
  return rows.map((r) => r.year);
}
