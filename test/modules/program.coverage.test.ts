import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import { dropProgramFixture, fixtureActor, loadProgramFixture } from '../fixtures/program/load.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Coverage with targets (issue 16.6). The fixture's FX_PMT reach in 2022 (coverage.csv):
//   97.01.01.2001  DINKES 30 of 40                      = 75%
//   97.01.01.2002  DINKES 57 of 60                      = 95%
//   97.01.02.2001  DINKES 50 of 100, DPPKB 10 of 20     = one population: 100, reach 60 = 60%
//   97.01.01.2001  2022-08: DINKES 4 of 40              = 10% (4 is below the public minimum 5)
type Data = Record<string, unknown>;
const run = (query: string, variables: Data = {}, viewer: Viewer = viewers.analyst) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, variables, { viewer });
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | null)?.[key], value);
const publicViewer: Viewer = { role: 'PUBLIC', scope: [], subject: null };

const coverage = `query($kode: ID!, $period: String!) {
  coverage(kode: $kode, intervention: "FX_PMT", period: $period) {
    kode targetPopulation reached coverage targetPercent targetRegionKode targetSource belowTarget
    budgetPlanned budgetSpent suppressed
    byAgency { agencyCode targetPopulation reached budgetPlanned budgetSpent }
  }
}`;

const setTargets = `mutation($targets: [ProgramTargetInput!]!) {
  setProgramTargets(targets: $targets) { rows changed removed }
}`;

const fixtureTargets = [
  { kode: '97.01', program: 'FX_PMT', year: 2022, targetPercent: 80, source: 'fixture plan' },
  {
    kode: '97.01.02',
    program: 'FX_PMT',
    year: 2022,
    targetPercent: 50,
    source: 'fixture kecamatan plan',
  },
];

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
  // A lokus intervention located at one desa: 5 packages, Rp 700,000 in 2022-W36 (Thursday
  // 8 September 2022), nothing realized yet.
  await importProgramCsv(
    'PLANS',
    [
      'kabupaten,agency,activity,year,name,program,kode,unit,week,quantity,budget',
      '97.01,DINKES,FX-LOKUS-01,2022,PMT desa lokus,FX_PMT,97.01.01.2001,paket,2022-W36,5,700000',
    ].join('\n'),
    fixtureActor,
  );
});

afterAll(async () => {
  await dropProgramFixture();
});

describe('program targets', () => {
  it('has no target until one is set: targetPercent and belowTarget are null, not a default', async () => {
    const result = await run(coverage, { kode: '97.01.01.2001', period: '2022' });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'coverage')).toMatchObject({
      coverage: 75,
      targetPercent: null,
      targetRegionKode: null,
      belowTarget: null,
    });
  });

  it('refuses a write by anyone but ADMIN', async () => {
    const result = await run(setTargets, { targets: fixtureTargets }, viewers.analyst);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await db.programTarget.count({ where: { regionKode: { startsWith: '97' } } })).toBe(0);
  });

  it('refuses bad rows with BAD_USER_INPUT naming each value, and writes nothing', async () => {
    const result = await run(
      setTargets,
      {
        targets: [
          fixtureTargets[0],
          { kode: '97.09', program: 'FX_PMT', year: 2022, targetPercent: 50, source: 'x' },
          { kode: '97.01', program: 'NOPE', year: 2022, targetPercent: 50, source: 'x' },
          { kode: '97.01', program: 'FX_TPK', year: 1999, targetPercent: 120, source: 'x' },
          { ...fixtureTargets[0], source: 'again' },
        ],
      },
      viewers.admin,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      'targets[1]: kode 97.09 is not a loaded region',
      'targets[2]: program "NOPE" is not a known program (see Query.programs)',
      'targets[3]: year "1999" must be a whole number 2000–2100',
      'targets[3]: target_percent "120" must be a number 0–100',
      'targets[4]: repeats targets[0] (same kode, program and year)',
    ]);
    expect(await db.programTarget.count({ where: { regionKode: { startsWith: '97' } } })).toBe(0);
  });

  it('reports a bad CSV line by its number (the import path of npm run import:program-targets)', async () => {
    await expect(
      importProgramCsv(
        'PROGRAM_TARGETS',
        'kode,program,year,target_percent,source\n97.01,FX_PMT,2022,abc,plan\n',
        fixtureActor,
      ),
    ).rejects.toMatchObject({
      problems: ['line 2: target_percent "abc" must be a number 0–100'],
    });
  });

  it('stores targets idempotently: a replay changes nothing', async () => {
    const first = await run(setTargets, { targets: fixtureTargets }, viewers.admin);
    expect(first.errors).toBeUndefined();
    expect(at(first.data, 'setProgramTargets')).toEqual({ rows: 2, changed: 2, removed: 0 });
    const again = await run(setTargets, { targets: fixtureTargets }, viewers.admin);
    expect(at(again.data, 'setProgramTargets')).toEqual({ rows: 2, changed: 0, removed: 0 });
    const audit = await db.auditLog.findFirst({
      where: { action: 'IMPORT_PROGRAM_TARGETS' },
      orderBy: { id: 'desc' },
    });
    expect(audit?.target).toBe('program_target');
  });

  it("compares coverage with the nearest target at or above the region, for the period's year", async () => {
    const get = async (kode: string, period = '2022') =>
      at((await run(coverage, { kode, period })).data, 'coverage');
    // 75% against the kabupaten's 80%: below.
    expect(await get('97.01.01.2001')).toMatchObject({
      targetPercent: 80,
      targetRegionKode: '97.01',
      targetSource: 'fixture plan',
      belowTarget: true,
    });
    // 95% against 80%: not below.
    expect(await get('97.01.01.2002')).toMatchObject({ targetPercent: 80, belowTarget: false });
    // 60% against its kecamatan's own 50%: not below.
    expect(await get('97.01.02.2001')).toMatchObject({
      targetPercent: 50,
      targetRegionKode: '97.01.02',
      belowTarget: false,
    });
    // The kabupaten: 147 of 200 = 73.5% against 80%.
    expect(await get('97.01')).toMatchObject({ coverage: 73.5, belowTarget: true });
    // A month takes its year's target: 4 of 40 = 10% in August 2022.
    expect(await get('97.01.01.2001', '2022-08')).toMatchObject({
      coverage: 10,
      targetPercent: 80,
      belowTarget: true,
    });
  });

  it('hides belowTarget with the coverage it would reveal', async () => {
    const result = await run(coverage, { kode: '97.01.01.2001', period: '2022-08' }, publicViewer);
    expect(at(result.data, 'coverage')).toMatchObject({
      reached: null,
      coverage: null,
      suppressed: true,
      targetPercent: 80,
      belowTarget: null,
    });
  });
});

describe('target population across agencies', () => {
  it('counts a desa population once when two agencies report the same people', async () => {
    const result = await run(coverage, { kode: '97.01.02.2001', period: '2022' });
    expect(at(result.data, 'coverage')).toMatchObject({
      targetPopulation: 100,
      reached: 60,
      coverage: 60,
      byAgency: [
        { agencyCode: 'DINKES', targetPopulation: 100, reached: 50 },
        { agencyCode: 'DPPKB', targetPopulation: 20, reached: 10 },
      ],
    });
  });

  it('agrees with a separate SQL count in the demo, where DISDIK and DINKES share the girls', async () => {
    // Every demo desa: both agencies report the same TTD_REMAJA population.
    const [check] = await db.$queryRaw<
      { pairs: number; same: number; once: number; twice: number }[]
    >`
      SELECT count(*)::int AS pairs,
             count(*) FILTER (WHERE lo = hi)::int AS same,
             sum(hi)::int AS once, sum(total)::int AS twice
      FROM (SELECT desa_kode, min(target_population) AS lo, max(target_population) AS hi,
                   sum(target_population) AS total
            FROM program_coverage
            WHERE program_code = 'TTD_REMAJA' AND period = '2023' AND desa_kode LIKE '32.16.%'
            GROUP BY desa_kode HAVING count(*) = 2) d`;
    expect(check?.pairs).toBe(187);
    expect(check?.same).toBe(187);
    const result = await run(
      `{ coverage(kode: "32.16", intervention: "TTD_REMAJA", period: "2023") { targetPopulation byAgency { agencyCode targetPopulation } } }`,
    );
    expect(at(result.data, 'coverage', 'targetPopulation')).toBe(check?.once);
    expect(check?.twice).toBe(2 * (check?.once ?? 0));
    // Each agency's own figure is still the whole population it reported.
    expect(at(result.data, 'coverage', 'byAgency')).toEqual([
      { agencyCode: 'DINKES', targetPopulation: check?.once },
      { agencyCode: 'DISDIK', targetPopulation: check?.once },
    ]);
  });
});

describe('activities located at a desa (lokus interventions)', () => {
  it('gives a desa the budget and agency of the activities located at it, and null elsewhere', async () => {
    const get = async (kode: string) =>
      at((await run(coverage, { kode, period: '2022' })).data, 'coverage');
    expect(await get('97.01.01.2001')).toMatchObject({
      budgetPlanned: 700_000,
      budgetSpent: 0,
      byAgency: [{ agencyCode: 'DINKES', budgetPlanned: 700_000, budgetSpent: 0 }],
    });
    // Nothing located at 97.01.01.2002: no budget (null), not a budget of 0.
    expect(await get('97.01.01.2002')).toMatchObject({ budgetPlanned: null, budgetSpent: null });
    // Kecamatan 97.01.01: FX-PMT-01 (1M + 1M planned, 0.9M + 0.4M spent) + the desa's 0.7M.
    expect(await get('97.01.01')).toMatchObject({
      budgetPlanned: 2_700_000,
      budgetSpent: 1_300_000,
    });
    // Kabupaten: 4M of the fixture + 0.7M.
    expect(await get('97.01')).toMatchObject({ budgetPlanned: 4_700_000 });
  });

  it('shows the demo lokus interventions of 2023 in the lokus desa only', async () => {
    const rows = await db.$queryRaw<{ kode: string; lokus: boolean; planned: number | null }[]>`
      SELECT r.kode, EXISTS (SELECT 1 FROM priority_village p
                             WHERE p.desa_kode = r.kode AND p.year = 2023) AS lokus,
             (SELECT sum(w.planned_budget)::float8 FROM activity a
                JOIN activity_week w ON w.activity_id = a.id
              WHERE a.region_kode = r.kode AND a.program_code = 'PMT_BUMIL_KEK'
                AND extract(isoyear FROM w.week_start) = 2023) AS planned
      FROM region r WHERE r.level = 'DESA' AND r.kode LIKE '32.16.%' ORDER BY r.kode`;
    expect(rows.filter((r) => r.lokus)).toHaveLength(75);
    const result = await run(
      `{ regions(level: DESA, parentKode: "32.16", first: 200) { nodes { kode coverage(intervention: "PMT_BUMIL_KEK", period: "2023") { budgetPlanned byAgency { agencyCode budgetPlanned } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = at(result.data, 'regions', 'nodes') as {
      kode: string;
      coverage: { budgetPlanned: number | null; byAgency: { agencyCode: string }[] };
    }[];
    expect(nodes).toHaveLength(187);
    for (const node of nodes) {
      const row = rows.find((r) => r.kode === node.kode);
      // 4 weeks × Rp 1.5 M in each lokus desa; null in the others.
      expect(node.coverage.budgetPlanned, node.kode).toBe(row?.lokus ? 6_000_000 : null);
      expect(node.coverage.budgetPlanned, node.kode).toBe(row?.planned ?? null);
    }
  });
});

describe('lowestCoverage', () => {
  const lowest = `query($period: String!, $limit: Int, $below: Boolean) {
    lowestCoverage(kode: "97.01", intervention: "FX_PMT", period: $period, limit: $limit, belowTargetOnly: $below) {
      rankedRegions hiddenRegions regionsWithoutData belowTargetRegions
      items { kode region { nama } coverage targetPercent belowTarget }
    }
  }`;

  it('lists the desa lowest coverage first, with a limit', async () => {
    const result = await run(lowest, { period: '2022', limit: 2 });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'lowestCoverage')).toEqual({
      rankedRegions: 3,
      hiddenRegions: 0,
      regionsWithoutData: 0,
      belowTargetRegions: 1,
      items: [
        {
          kode: '97.01.02.2001',
          region: { nama: 'Program fixture 97.01.02.2001' },
          coverage: 60,
          targetPercent: 50,
          belowTarget: false,
        },
        {
          kode: '97.01.01.2001',
          region: { nama: 'Program fixture 97.01.01.2001' },
          coverage: 75,
          targetPercent: 80,
          belowTarget: true,
        },
      ],
    });
  });

  it('agrees with the order a separate SQL query gives', async () => {
    const expected = await db.$queryRaw<{ kode: string }[]>`
      SELECT desa_kode AS kode
      FROM (SELECT desa_kode, max(target_population) AS tp, sum(reached) AS reached
            FROM program_coverage WHERE program_code = 'FX_PMT' AND period = '2022'
            GROUP BY desa_kode) d
      ORDER BY least(reached, tp)::float8 / tp, desa_kode`;
    const result = await run(lowest, { period: '2022', limit: 10 });
    const items = at(result.data, 'lowestCoverage', 'items') as { kode: string }[];
    expect(items.map((i) => i.kode)).toEqual(expected.map((e) => e.kode));
  });

  it('answers "which desa are below target" with belowTargetOnly', async () => {
    const result = await run(lowest, { period: '2022', below: true });
    const items = at(result.data, 'lowestCoverage', 'items') as { kode: string }[];
    expect(items.map((i) => i.kode)).toEqual(['97.01.01.2001']);
  });

  it('leaves a suppressed desa out of the public ranking and counts it as hidden', async () => {
    const open = await run(lowest, { period: '2022-08' });
    expect(at(open.data, 'lowestCoverage')).toMatchObject({
      rankedRegions: 1,
      hiddenRegions: 0,
      regionsWithoutData: 2,
      items: [{ kode: '97.01.01.2001', coverage: 10 }],
    });
    const hidden = await run(lowest, { period: '2022-08' }, publicViewer);
    expect(at(hidden.data, 'lowestCoverage')).toEqual({
      rankedRegions: 0,
      hiddenRegions: 1,
      regionsWithoutData: 2,
      belowTargetRegions: null,
      items: [],
    });
  });

  it('ranks the demo desa below the TTD_REMAJA target of 58% in 2023, as SQL counts them', async () => {
    const [count] = await db.$queryRaw<{ below: number }[]>`
      SELECT count(*)::int AS below
      FROM (SELECT desa_kode, max(target_population) AS tp, sum(reached) AS reached
            FROM program_coverage
            WHERE program_code = 'TTD_REMAJA' AND period = '2023' AND desa_kode LIKE '32.16.%'
            GROUP BY desa_kode) d
      WHERE tp > 0 AND 100.0 * least(reached, tp) / tp < 58`;
    const result = await run(
      `{ lowestCoverage(kode: "32.16", intervention: "TTD_REMAJA", period: "2023", limit: 500, belowTargetOnly: true) { rankedRegions belowTargetRegions items { coverage targetPercent belowTarget } } }`,
    );
    expect(result.errors).toBeUndefined();
    const ranking = at(result.data, 'lowestCoverage') as {
      rankedRegions: number;
      belowTargetRegions: number;
      items: { coverage: number; targetPercent: number; belowTarget: boolean }[];
    };
    expect(ranking.rankedRegions).toBe(187);
    expect(ranking.belowTargetRegions).toBe(count?.below);
    expect(ranking.items).toHaveLength(count?.below ?? -1);
    for (const [i, item] of ranking.items.entries()) {
      expect(item).toMatchObject({ targetPercent: 58, belowTarget: true });
      expect(item.coverage).toBeLessThan(58);
      if (i > 0) expect(item.coverage).toBeGreaterThanOrEqual(ranking.items[i - 1]?.coverage ?? 0);
    }
  });

  it('costs the same statements for the 187 demo desa as for the 3 fixture desa', async () => {
    const small = await recordStatements(() => run(lowest, { period: '2022' }, publicViewer));
    const large = await recordStatements(() =>
      run(
        `{ lowestCoverage(kode: "32.16", intervention: "VITAMIN_A", period: "2022") { items { kode coverage } } }`,
        {},
        publicViewer,
      ),
    );
    expect(large.result.errors).toBeUndefined();
    expect(large.statements.length).toBeLessThanOrEqual(small.statements.length + 1);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });

  it.each([
    [
      'an unknown program',
      '{ lowestCoverage(kode: "97.01", intervention: "NOPE", period: "2022") { rankedRegions } }',
    ],
    [
      'a desa as the area',
      '{ lowestCoverage(kode: "97.01.01.2001", intervention: "FX_PMT", period: "2022") { rankedRegions } }',
    ],
    [
      'a limit of 0',
      '{ lowestCoverage(kode: "97.01", intervention: "FX_PMT", period: "2022", limit: 0) { rankedRegions } }',
    ],
    [
      'a malformed period',
      '{ lowestCoverage(kode: "97.01", intervention: "FX_PMT", period: "2022-13") { rankedRegions } }',
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_what, query) => {
    expect(errorCodes(await run(query))).toEqual(['BAD_USER_INPUT']);
  });

  it('names the argument it refuses', async () => {
    const result = await run(
      '{ lowestCoverage(kode: "97.01.01.2001", intervention: "FX_PMT", period: "2022") { rankedRegions } }',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'kode',
      value: '97.01.01.2001',
    });
  });
});
