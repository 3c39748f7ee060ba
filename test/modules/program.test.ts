import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import {
  dropProgramFixture,
  fixtureActor,
  fixtureCsv,
  loadProgramFixture,
} from '../fixtures/program/load.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Operations are plain strings (not `graphql()` documents) so that codegen's test/gql/ does not
// depend on this module being registered in src/schema.ts.
type Data = Record<string, unknown>;
const run = (query: string, variables: Data = {}, viewer: Viewer = viewers.analyst) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, variables, { viewer });
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | null)?.[key], value);

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
  await importProgramCsv('TARGETS', fixtureCsv('targets.csv'), fixtureActor);
});

afterAll(async () => {
  await dropProgramFixture();
});

const coverageQuery = `query($kode: ID!, $period: String!) {
  coverage(kode: $kode, intervention: "FX_PMT", period: $period) {
    targetPopulation reached coverage reportingRegions expectedRegions
    budgetPlanned budgetSpent budgetAbsorption suppressed suppressionReason
    byAgency { agencyCode targetPopulation reached budgetPlanned budgetSpent }
  }
}`;

describe('coverage', () => {
  it('sums reach and target population up to the kecamatan, never averaging rates', async () => {
    // 97.01.01 = 2001 (30/40) + 2002 (57/60) = 87/100 = 87%; the mean of the rates is 85%.
    const result = await run(coverageQuery, { kode: '97.01.01', period: '2022' });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'coverage')).toMatchObject({
      targetPopulation: 100,
      reached: 87,
      coverage: 87,
      reportingRegions: 2,
      expectedRegions: 2,
    });
  });

  it('sums every desa and agency of the kabupaten, with budget planned vs spent', async () => {
    // Reach: 97.01.02.2001 has DINKES 50/100 and DPPKB 10/20 of the same program: one population,
    // the larger (100), reach 50+10 = 60 (≤ 100). Total 40+60+100 = 200 targeted,
    // 30+57+60 = 147 reached = 73.5%. Each agency keeps its own figures (DINKES 200, DPPKB 20).
    // Budget of the FX_PMT activities in 2022 (weeks W34, W35): planned 1M + 1M + 2M = 4M;
    // spent 0.9M + 0.4M + 2M = 3.3M = 82.5%.
    const result = await run(coverageQuery, { kode: '97.01', period: '2022' });
    const c = at(result.data, 'coverage');
    expect(c).toMatchObject({
      targetPopulation: 200,
      reached: 147,
      reportingRegions: 3,
      expectedRegions: 3,
      budgetPlanned: 4_000_000,
      budgetSpent: 3_300_000,
      budgetAbsorption: 82.5,
      byAgency: [
        {
          agencyCode: 'DINKES',
          targetPopulation: 200,
          reached: 137,
          budgetPlanned: 4_000_000,
          budgetSpent: 3_300_000,
        },
        {
          agencyCode: 'DPPKB',
          targetPopulation: 20,
          reached: 10,
          // DPPKB has no FX_PMT activity located anywhere: no budget, not a budget of 0.
          budgetPlanned: null,
          budgetSpent: null,
        },
      ],
    });
    expect(at(c, 'coverage') as number).toBeCloseTo((100 * 147) / 200, 10);
  });

  it('gives a week to the month of its Thursday', async () => {
    // 2022-W34 = Mon 22 – Sun 28 Aug (Thursday 25 Aug); 2022-W35 = Mon 29 Aug – Sun 4 Sep
    // (Thursday 1 Sep): August holds W34 only, September W35 only.
    const august = at(
      (await run(coverageQuery, { kode: '97.01', period: '2022-08' })).data,
      'coverage',
    );
    expect(august).toMatchObject({ budgetPlanned: 1_000_000, budgetSpent: 900_000, reached: 4 });
    const september = at(
      (await run(coverageQuery, { kode: '97.01', period: '2022-09' })).data,
      'coverage',
    );
    expect(september).toMatchObject({
      budgetPlanned: 3_000_000,
      budgetSpent: 2_400_000,
      targetPopulation: null,
      reached: null,
    });
  });

  it('suppresses a small count for the public tier and shows it to an analyst', async () => {
    // 97.01.01.2001 in August 2022: 4 of 40 reached; 4 is below the minimum count of 5.
    const query = `query { region(kode: "97.01.01.2001") { coverage(intervention: "FX_PMT", period: "2022-08") { reached targetPopulation coverage suppressed suppressionReason } } }`;
    const open = await run(query, {}, viewers.analyst);
    expect(at(open.data, 'region', 'coverage')).toMatchObject({
      reached: 4,
      coverage: 10,
      suppressed: false,
    });
    const hidden = await run(query, {}, { role: 'PUBLIC', scope: [], subject: null });
    expect(at(hidden.data, 'region', 'coverage')).toEqual({
      reached: null,
      targetPopulation: 40,
      coverage: null,
      suppressed: true,
      suppressionReason: 'count below 5',
    });
  });

  it('rejects an unknown program and a malformed period with BAD_USER_INPUT', async () => {
    const unknown = await run(
      `{ coverage(kode: "97.01", intervention: "NOPE", period: "2022") { reached } }`,
    );
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    const period = await run(
      `{ coverage(kode: "97.01", intervention: "FX_PMT", period: "2022-13") { reached } }`,
    );
    expect(errorCodes(period)).toEqual(['BAD_USER_INPUT']);
  });

  it('costs the same statements for three desa as for one', async () => {
    const query = (first: number) =>
      `{ regions(level: DESA, parentKode: "97.01", first: ${first}) { nodes { coverage(intervention: "FX_PMT", period: "2022") { reached budgetPlanned } } } }`;
    const small = await recordStatements(() => run(query(1)));
    const large = await recordStatements(() => run(query(3)));
    expect(large.result.errors).toBeUndefined();
    expect(large.statements.length).toBe(small.statements.length);
  });
});

describe('agencyPerformance', () => {
  const query = `query($week: String!) {
    agencyPerformance(kabupatenKode: "97.01", week: $week) {
      agency { code } week weekStart weekEnd plannedActivities metActivities achievement
      cumulativeAchievement plannedBudget spentBudget rank
    }
  }`;

  it('scores each agency on its plan for the ISO week and ranks them', async () => {
    // 2022-W35: DINKES FX-PMT-01 5/10 (0.5) and FX-PMT-02 20/20 (1) → 75%, one met; year to date
    // FX-PMT-01 15/20 = 0.75 and FX-PMT-02 1 → 87.5%. DPPKB 2/8 = 25%. BAPPEDA 1/1 = 100%.
    const result = await run(query, { week: '2022-W35' });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'agencyPerformance')).toEqual([
      {
        agency: { code: 'BAPPEDA' },
        week: '2022-W35',
        weekStart: '2022-08-29',
        weekEnd: '2022-09-04',
        plannedActivities: 1,
        metActivities: 1,
        achievement: 100,
        cumulativeAchievement: 100,
        plannedBudget: 3_000_000,
        spentBudget: 3_000_000,
        rank: 1,
      },
      expect.objectContaining({
        agency: { code: 'DINKES' },
        plannedActivities: 2,
        metActivities: 1,
        achievement: 75,
        cumulativeAchievement: 87.5,
        plannedBudget: 3_000_000,
        spentBudget: 2_400_000,
        rank: 2,
      }),
      expect.objectContaining({ agency: { code: 'DPPKB' }, achievement: 25, rank: 3 }),
    ]);
  });

  it('leaves agencies with nothing planned unranked and follows the trend over weeks', async () => {
    const trend = await run(
      `{ agencies(kabupatenKode: "97.01") { code performance(fromWeek: "2022-W34", toWeek: "2022-W35") { week achievement cumulativeAchievement rank } } }`,
    );
    expect(at(trend.data, 'agencies')).toEqual([
      {
        code: 'BAPPEDA',
        performance: [
          { week: '2022-W34', achievement: null, cumulativeAchievement: null, rank: null },
          { week: '2022-W35', achievement: 100, cumulativeAchievement: 100, rank: 1 },
        ],
      },
      {
        code: 'DINKES',
        performance: [
          { week: '2022-W34', achievement: 100, cumulativeAchievement: 100, rank: 1 },
          { week: '2022-W35', achievement: 75, cumulativeAchievement: 87.5, rank: 2 },
        ],
      },
      {
        code: 'DPPKB',
        performance: [
          { week: '2022-W34', achievement: null, cumulativeAchievement: null, rank: null },
          { week: '2022-W35', achievement: 25, cumulativeAchievement: 25, rank: 3 },
        ],
      },
    ]);
  });

  it('rejects a week that does not exist', async () => {
    // 2022 has 52 ISO weeks (1 January 2022 was a Saturday).
    expect(errorCodes(await run(query, { week: '2022-W53' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(query, { week: '2022-27' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('planned activities', () => {
  it('lists what is still open before year end, per agency, with the share done', async () => {
    const result = await run(`{
      open: plannedActivities(kabupatenKode: "97.01", year: 2022, status: OPEN, first: 10) {
        totalCount nodes { code agency { code } plannedQuantity realizedQuantity share done firstWeek lastWeek }
      }
      done: plannedActivities(kabupatenKode: "97.01", year: 2022, status: DONE) { totalCount nodes { code } }
      agencies(kabupatenKode: "97.01") { code progress(year: 2022) { activities done open behind shareDone } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'open')).toEqual({
      totalCount: 3,
      nodes: [
        {
          code: 'FX-RMB',
          agency: { code: 'BAPPEDA' },
          plannedQuantity: 2,
          realizedQuantity: 1,
          share: 50,
          done: false,
          firstWeek: '2022-W35',
          lastWeek: '2022-W52',
        },
        {
          code: 'FX-PMT-01',
          agency: { code: 'DINKES' },
          plannedQuantity: 20,
          realizedQuantity: 15,
          share: 75,
          done: false,
          firstWeek: '2022-W34',
          lastWeek: '2022-W35',
        },
        {
          code: 'FX-TPK-01',
          agency: { code: 'DPPKB' },
          plannedQuantity: 8,
          realizedQuantity: 2,
          share: 25,
          done: false,
          firstWeek: '2022-W35',
          lastWeek: '2022-W35',
        },
      ],
    });
    expect(at(result.data, 'done')).toEqual({ totalCount: 1, nodes: [{ code: 'FX-PMT-02' }] });
    expect(at(result.data, 'agencies')).toEqual([
      { code: 'BAPPEDA', progress: { activities: 1, done: 0, open: 1, behind: 1, shareDone: 0 } },
      { code: 'DINKES', progress: { activities: 2, done: 1, open: 1, behind: 1, shareDone: 50 } },
      { code: 'DPPKB', progress: { activities: 1, done: 0, open: 1, behind: 1, shareDone: 0 } },
    ]);
  });

  it('pages with a cursor and counts all matches', async () => {
    const first = await run(
      `{ plannedActivities(kabupatenKode: "97.01", year: 2022, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }`,
    );
    const page = at(first.data, 'plannedActivities');
    expect(at(page, 'totalCount')).toBe(4);
    expect(at(page, 'pageInfo', 'hasNextPage')).toBe(true);
    const next = await run(
      `query($after: String) { plannedActivities(kabupatenKode: "97.01", year: 2022, first: 2, after: $after) { totalCount nodes { code } } }`,
      { after: at(page, 'pageInfo', 'endCursor') },
    );
    expect(at(next.data, 'plannedActivities')).toEqual({
      totalCount: 4,
      nodes: [{ code: 'FX-PMT-02' }, { code: 'FX-TPK-01' }],
    });
  });
});

describe('priority villages', () => {
  it("keeps every year's list: 2 lokus in 2022, 3 cumulative in 2023", async () => {
    const result = await run(`{
      y2022: priorityVillages(kabupatenKode: "97.01", year: 2022) { desa { kode } rank }
      y2023: priorityVillages(kabupatenKode: "97.01", year: 2023) { desa { kode } basis rank sinceYear isNew allYears }
    }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'y2022')).toEqual([
      { desa: { kode: '97.01.01.2001' }, rank: 1 },
      { desa: { kode: '97.01.01.2002' }, rank: 2 },
    ]);
    expect(at(result.data, 'y2023')).toEqual([
      {
        desa: { kode: '97.01.01.2001' },
        basis: 'continued from 2022',
        rank: 1,
        sinceYear: 2022,
        isNew: false,
        allYears: [2022, 2023],
      },
      {
        desa: { kode: '97.01.01.2002' },
        basis: 'continued from 2022',
        rank: 2,
        sinceYear: 2022,
        isNew: false,
        allYears: [2022, 2023],
      },
      {
        desa: { kode: '97.01.02.2001' },
        basis: 'stunting 28% in 2022 (fixture)',
        rank: 3,
        sinceYear: 2023,
        isNew: true,
        allYears: [2023],
      },
    ]);
    const kecamatan = await run(
      `{ region(kode: "97.01.02") { priorityVillages(year: 2023) { desa { kode } } } }`,
    );
    expect(at(kecamatan.data, 'region', 'priorityVillages')).toEqual([
      { desa: { kode: '97.01.02.2001' } },
    ]);
  });
});

describe('Desa.priority', () => {
  it('answers whether a desa was a lokus in a year, and its history', async () => {
    const result = await run(`{ region(kode: "97.01.02.2001") { ... on Desa {
      priority(year: 2023) { rank isNew sinceYear } before: priority(year: 2022) { rank }
      priorityHistory { year basis }
    } } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'region')).toEqual({
      priority: { rank: 3, isNew: true, sinceYear: 2023 },
      before: null,
      priorityHistory: [{ year: 2023, basis: 'stunting 28% in 2022 (fixture)' }],
    });
  });
});

describe('monitoring', () => {
  const query = `query($kode: ID!, $from: String!, $to: String!, $bucket: TimeBucket!) {
    monitoring(kode: $kode, from: $from, to: $to, bucket: $bucket) {
      label start end familiesMonitored familiesVisited checkins needingAttention
    }
  }`;

  it('buckets by ISO week across the year boundary (2022-W52, 2023-W01)', async () => {
    // Range 28 Dec – 4 Jan. W52 (26 Dec – 1 Jan): A, B, C, E enrolled (D joins 2 Jan); visited
    // A (28, 30 Dec), B (29), C (28) — E's only visit (26 Dec) is before the range; 4 check-ins,
    // 1 NEEDS_ATTENTION. W01 (2 – 8 Jan): all 5; visited A (2, 3), B (4), D (2); 1 REFERRED.
    const result = await run(query, {
      kode: '97.01.01',
      from: '2022-12-28',
      to: '2023-01-04',
      bucket: 'WEEK',
    });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'monitoring')).toEqual([
      {
        label: '2022-W52',
        start: '2022-12-26',
        end: '2023-01-01',
        familiesMonitored: 4,
        familiesVisited: 3,
        checkins: 4,
        needingAttention: 1,
      },
      {
        label: '2023-W01',
        start: '2023-01-02',
        end: '2023-01-08',
        familiesMonitored: 5,
        familiesVisited: 3,
        checkins: 4,
        needingAttention: 1,
      },
    ]);
  });

  it('buckets by day and by month', async () => {
    const days = await run(query, {
      kode: '97.01.01',
      from: '2022-12-28',
      to: '2022-12-30',
      bucket: 'DAY',
    });
    expect(at(days.data, 'monitoring')).toEqual([
      {
        label: '2022-12-28',
        start: '2022-12-28',
        end: '2022-12-28',
        familiesMonitored: 3,
        familiesVisited: 2,
        checkins: 2,
        needingAttention: 0,
      },
      {
        label: '2022-12-29',
        start: '2022-12-29',
        end: '2022-12-29',
        familiesMonitored: 4,
        familiesVisited: 1,
        checkins: 1,
        needingAttention: 0,
      },
      {
        label: '2022-12-30',
        start: '2022-12-30',
        end: '2022-12-30',
        familiesMonitored: 4,
        familiesVisited: 1,
        checkins: 1,
        needingAttention: 1,
      },
    ]);
    const months = await run(query, {
      kode: '97.01.01',
      from: '2022-12-01',
      to: '2023-01-31',
      bucket: 'MONTH',
    });
    expect(at(months.data, 'monitoring')).toEqual([
      {
        label: '2022-12',
        start: '2022-12-01',
        end: '2022-12-31',
        familiesMonitored: 4,
        familiesVisited: 4,
        checkins: 5,
        needingAttention: 1,
      },
      {
        label: '2023-01',
        start: '2023-01-01',
        end: '2023-01-31',
        familiesMonitored: 5,
        familiesVisited: 3,
        checkins: 4,
        needingAttention: 1,
      },
    ]);
  });

  it('counts families not visited in N days', async () => {
    // 3 days up to 4 Jan = 2, 3, 4 Jan: C and E were not visited; D enrolled on 2 Jan, too late.
    const result = await run(
      `{ monitoringOverdue(kode: "97.01.01", days: 3, asOf: "2023-01-04") { familiesMonitored notVisited suppressed } }`,
    );
    expect(at(result.data, 'monitoringOverdue')).toEqual({
      familiesMonitored: 5,
      notVisited: 2,
      suppressed: false,
    });
  });

  it('suppresses small counts for the public tier', async () => {
    const variables = {
      kode: '97.01.01.2001',
      from: '2022-12-28',
      to: '2022-12-28',
      bucket: 'DAY',
    };
    const open = await run(query, variables, viewers.analyst);
    expect(at(open.data, 'monitoring', 0, 'familiesMonitored')).toBe(1);
    const hidden = await run(query, variables, { role: 'PUBLIC', scope: [], subject: null });
    expect(at(hidden.data, 'monitoring', 0)).toMatchObject({
      familiesMonitored: null,
      familiesVisited: null,
      checkins: null,
    });
  });

  it('rejects a reversed or too long range', async () => {
    const reversed = await run(query, {
      kode: '97.01',
      from: '2023-01-04',
      to: '2022-12-28',
      bucket: 'DAY',
    });
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
    const long = await run(query, {
      kode: '97.01',
      from: '2020-01-01',
      to: '2022-12-31',
      bucket: 'DAY',
    });
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('convergenceAssessment', () => {
  const query = `query($kode: ID!, $year: Int!) {
    convergenceAssessment(kabupatenKode: $kode, year: $year) {
      score maxScore scorePercent rank assessedCount
      grades { item weight grade points weightedPoints }
      actions { action status evidence note }
    }
  }`;

  it("scores Σ weight × grade points with the year's scale and ranks within the province", async () => {
    // 2019 scale A=3 B=2 C=1; weights 30, 30, 20, 20. 97.01: A B B C = 90+60+40+20 = 210 of
    // 300 (70%); 97.02: A A C C = 220; 97.03: B B B B = 200 → ranks 97.02, 97.01, 97.03.
    const result = await run(query, { kode: '97.01', year: 2019 });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'convergenceAssessment')).toMatchObject({
      score: 210,
      maxScore: 300,
      scorePercent: 70,
      rank: 2,
      assessedCount: 3,
      grades: [
        { item: '1.1', weight: 30, grade: 'A', points: 3, weightedPoints: 90 },
        { item: '2.1', weight: 30, grade: 'B', points: 2, weightedPoints: 60 },
        { item: '3.1', weight: 20, grade: 'B', points: 2, weightedPoints: 40 },
        { item: '4.1', weight: 20, grade: 'C', points: 1, weightedPoints: 20 },
      ],
      actions: [
        {
          action: 1,
          status: 'DONE',
          evidence: ['analisis-situasi-2019.pdf', 'peta-lokus.png'],
          note: null,
        },
        expect.objectContaining({ action: 2 }),
        expect.objectContaining({ action: 3 }),
        { action: 4, status: 'IN_PROGRESS', evidence: [], note: 'Perbup drafted' },
      ],
    });
    expect(
      at((await run(query, { kode: '97.02', year: 2019 })).data, 'convergenceAssessment', 'rank'),
    ).toBe(1);
    expect(
      at((await run(query, { kode: '97.03', year: 2019 })).data, 'convergenceAssessment', 'rank'),
    ).toBe(3);
  });

  it('compares years with different scales, ties sharing a rank', async () => {
    // 2020 scale A=5 … E=1; weights 50, 25, 25. 97.01: B A C = 200+125+75 = 400 of 500 (80%);
    // 97.03: A C C = 250+75+75 = 400: a tie, both first.
    const result = await run(
      `{ convergenceAssessments(kabupatenKode: "97.01") { year score scorePercent rank assessedCount } }`,
    );
    expect(at(result.data, 'convergenceAssessments')).toEqual([
      { year: 2019, score: 210, scorePercent: 70, rank: 2, assessedCount: 3 },
      { year: 2020, score: 400, scorePercent: 80, rank: 1, assessedCount: 2 },
    ]);
    const none = await run(query, { kode: '97.02', year: 2020 });
    expect(at(none.data, 'convergenceAssessment')).toBeNull();
  });
});

describe('target', () => {
  const query = `query($kode: ID!, $year: Int!, $indicator: String!) {
    target(kode: $kode, indicator: $indicator, year: $year) {
      targetValue source actualValue actualYear actualSource gap met onTrack
      requiredAnnualReduction currentAnnualReduction projectedYear
    }
  }`;

  beforeAll(async () => {
    // The regency's goals (the demo seed stores the same): 2022 = 21.5 − 4 = 17.5%, 2024 = 14%.
    const result = await run(
      `mutation { upsertTargets(targets: [
        { kode: "32.16", indicator: "STUNTING_SURVEY", year: 2022, value: 17.5, source: "test" },
        { kode: "32.16", indicator: "STUNTING_SURVEY", year: 2024, value: 14, source: "test" }
      ]) { rows } }`,
      {},
      viewers.admin,
    );
    expect(result.errors).toBeUndefined();
  });

  it('measures 2022 against SSGI: 21.5 → 17.8 is an AARR of 17.209%, target 17.5 missed by 0.3', async () => {
    // AARR = 1 − 17.8/21.5 = 3.7/21.5 = 17.2093%. At that rate 17.8 reaches 17.5 after
    // ln(17.5/17.8)/ln(17.8/21.5) = 0.09 years → 2023. The target year has its actual: no
    // required rate, and the target is missed (not on track).
    const result = await run(query, { kode: '32.16', indicator: 'STUNTING_SURVEY', year: 2022 });
    expect(result.errors).toBeUndefined();
    const t = at(result.data, 'target');
    expect(t).toMatchObject({
      targetValue: 17.5,
      actualValue: 17.8,
      actualYear: 2022,
      actualSource: 'SSGI 2022 (Kemenkes)',
      met: false,
      onTrack: false,
      requiredAnnualReduction: null,
      projectedYear: 2023,
    });
    expect(at(t, 'gap') as number).toBeCloseTo(0.3, 10);
    expect(at(t, 'currentAnnualReduction') as number).toBeCloseTo(17.209302, 5);
  });

  it('measures 2024 from the first to the latest survey and projects the year 14% is reached', async () => {
    // 21.5 (2021) → 18.4 (2024): AARR = 1 − (18.4/21.5)^(1/3) = 5.0577%; 18.4 → 14 takes
    // ln(14/18.4)/ln(1 − 0.050577) = 5.27 years → 2030.
    const result = await run(
      `{ region(kode: "32.16") { target(indicator: "STUNTING_SURVEY", year: 2024) { actualValue actualYear gap met onTrack currentAnnualReduction projectedYear } } }`,
    );
    const t = at(result.data, 'region', 'target');
    expect(t).toMatchObject({
      actualValue: 18.4,
      actualYear: 2024,
      met: false,
      onTrack: false,
      projectedYear: 2030,
    });
    expect(at(t, 'gap') as number).toBeCloseTo(4.4, 10);
    expect(at(t, 'currentAnnualReduction') as number).toBeCloseTo(5.057691, 5);
  });

  it('has no progress without actuals, null without a target, and rejects unknown indicators', async () => {
    const none = await run(query, { kode: '97.01', indicator: 'STUNTING', year: 2022 });
    expect(at(none.data, 'target')).toMatchObject({
      targetValue: 17.5,
      actualValue: null,
      gap: null,
      met: null,
      projectedYear: null,
    });
    const missing = await run(query, { kode: '97.01', indicator: 'STUNTING', year: 2030 });
    expect(at(missing.data, 'target')).toBeNull();
    const unknown = await run(query, { kode: '97.01', indicator: 'NOPE', year: 2022 });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
  });
});
