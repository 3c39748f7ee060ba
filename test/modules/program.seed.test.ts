import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { seedProgram } from '../../src/demo/demo.program.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

type Data = Record<string, unknown>;
const run = (query: string, viewer: Viewer = viewers.analyst) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, {}, { viewer });

let report: Awaited<ReturnType<typeof seedProgram>>;

/** Row counts of the program tables: a second seed must leave them, and their contents, as is. */
const snapshot = async () => {
  const [checkins] = await db.$queryRaw<{ n: number; digest: string }[]>`
    SELECT count(*)::int AS n,
           md5(string_agg(family_id || checked_on || status, ',' ORDER BY family_id, checked_on)) AS digest
    FROM monitoring_checkin`;
  return {
    checkins,
    agencies: await db.agency.count(),
    weeks: await db.activityWeek.count(),
    coverage: await db.programCoverage.count(),
    lokus: await db.priorityVillage.count(),
    grades: await db.assessmentGrade.count(),
  };
};

beforeAll(async () => {
  await testDatabase();
  report = await db.$transaction((tx) => seedProgram(tx), { timeout: 300_000, maxWait: 60_000 });
}, 600_000);

describe('seedProgram', () => {
  it('seeds 12 agencies, 6 programs, 53 lokus in 2022 and 75 cumulative in 2023', async () => {
    expect(report).toMatchObject({ agencies: 12, programs: 6, lokus: { 2022: 53, 2023: 75 } });
    const result = await run(`{
      agencies(kabupatenKode: "32.16") { code name }
      programs { code }
      y2022: priorityVillages(kabupatenKode: "32.16", year: 2022) { desa { kode } isNew }
      y2023: priorityVillages(kabupatenKode: "32.16", year: 2023) { desa { kode } isNew sinceYear }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      agencies: { code: string; name: string }[];
      programs: { code: string }[];
      y2022: { desa: { kode: string } }[];
      y2023: { desa: { kode: string }; isNew: boolean; sinceYear: number }[];
    };
    expect(data.agencies).toHaveLength(12);
    expect(data.agencies).toContainEqual({ code: 'DINKES', name: 'Dinas Kesehatan' });
    expect(data.programs.map((p) => p.code)).toContain('TTD_BUMIL');
    expect(data.y2022).toHaveLength(53);
    expect(data.y2023).toHaveLength(75);
    expect(data.y2023.filter((v) => v.isNew)).toHaveLength(22);
    expect(data.y2023.filter((v) => v.sinceYear === 2022)).toHaveLength(53);
    const first = new Set(data.y2022.map((v) => v.desa.kode));
    expect(data.y2023.filter((v) => first.has(v.desa.kode))).toHaveLength(53);
  });

  it('stores the regency targets: 2022 = 21.5 − 4 = 17.5%, 2024 = 14%, 0% in the lokus desa', async () => {
    const result = await run(`{
      a: target(kode: "32.16", indicator: "STUNTING_SURVEY", year: 2022) { targetValue actualValue }
      b: target(kode: "32.16", indicator: "STUNTING_SURVEY", year: 2024) { targetValue }
    }`);
    expect(result.data).toEqual({
      a: { targetValue: 17.5, actualValue: 17.8 },
      b: { targetValue: 14 },
    });
    const lokus = await db.priorityVillage.findMany({
      where: { year: 2022 },
      select: { desaKode: true },
    });
    const zeros = await db.indicatorTarget.count({
      where: {
        year: 2022,
        value: 0,
        indicatorCode: 'STUNTING',
        regionKode: { in: lokus.map((l) => l.desaKode) },
      },
    });
    expect(zeros).toBe(53);
  });

  it('gives every agency a week of plans and the families months of check-ins', async () => {
    const result = await run(`{
      agencyPerformance(kabupatenKode: "32.16", week: "2022-W27") { agency { code } plannedActivities achievement }
      monitoring(kode: "32.16", from: "2022-07-01", to: "2022-09-30", bucket: MONTH) { label familiesMonitored familiesVisited }
      convergenceAssessments(kabupatenKode: "32.16") { year rank scorePercent }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      agencyPerformance: { plannedActivities: number }[];
      monitoring: { label: string; familiesMonitored: number; familiesVisited: number }[];
      convergenceAssessments: { year: number; rank: number }[];
    };
    expect(data.agencyPerformance).toHaveLength(12);
    expect(data.agencyPerformance.some((p) => p.plannedActivities > 0)).toBe(true);
    expect(data.monitoring.map((m) => m.label)).toEqual(['2022-07', '2022-08', '2022-09']);
    for (const m of data.monitoring) {
      expect(m.familiesVisited).toBeGreaterThan(0);
      expect(m.familiesVisited).toBeLessThanOrEqual(m.familiesMonitored);
    }
    expect(data.convergenceAssessments.map((a) => [a.year, a.rank])).toEqual([
      [2021, 1],
      [2022, 1],
      [2023, 1],
    ]);
  });

  it('is deterministic and idempotent: a second run changes nothing', async () => {
    const before = await snapshot();
    await db.$transaction((tx) => seedProgram(tx), { timeout: 300_000, maxWait: 60_000 });
    expect(await snapshot()).toEqual(before);
  });

  it('costs the same statements for coverage of all 187 desa as for 5', async () => {
    const query = (first: number) =>
      `{ regions(level: DESA, parentKode: "32.16", first: ${first}) { nodes { coverage(intervention: "VITAMIN_A", period: "2022") { reached coverage budgetPlanned } } } }`;
    const small = await recordStatements(() =>
      run(query(5), { role: 'PUBLIC', scope: [], subject: null }),
    );
    const large = await recordStatements(() =>
      run(query(187), { role: 'PUBLIC', scope: [], subject: null }),
    );
    expect(large.result.errors).toBeUndefined();
    // Public suppression also reads the sibling desa: with 5 desa of one kecamatan that is one
    // more batch for the siblings not on the page; with all 187 every sibling is already loaded.
    expect(large.statements.length).toBeLessThanOrEqual(small.statements.length);
    expect(small.statements.length).toBeLessThanOrEqual(4);
  });
});
