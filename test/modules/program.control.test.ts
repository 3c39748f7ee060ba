import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import { dropProgramFixture, fixtureActor, loadProgramFixture } from '../fixtures/program/load.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Weekly control with what remains, region links and filters (issue 16.2). The fixture's plans
// and realizations (test/fixtures/program) plus one over-delivered activity added here:
//
//   activity   agency   region          unit       year plan  realized to W35  budget     spent to W35
//   FX-PMT-01  DINKES   97.01.01        paket      10+10=20   10+5 = 15        2,000,000  1,300,000
//   FX-PMT-02  DINKES   97.01.02        paket      20         20               2,000,000  2,000,000
//   FX-OVER    DINKES   97.01.01.2001   paket      4          6 (2 over)         400,000    500,000
//   FX-TPK-01  DPPKB    97.01           kunjungan  8          2                  500,000    100,000
//   FX-RMB     BAPPEDA  97.01           kegiatan   1+1=2      1 (W52 unreported) 4,000,000 3,000,000
//
// Week 2022-W35 achievement: BAPPEDA 1/1 = 100 %, DINKES (1 + 0.5 + 1)/3 = 83.3 %, DPPKB 25 %.

type Data = Record<string, unknown>;
const run = (query: string) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, {}, { viewer: viewers.analyst });

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
  await importProgramCsv(
    'PLANS',
    'kabupaten,agency,activity,year,name,program,kode,unit,week,quantity,budget\n' +
      '97.01,DINKES,FX-OVER,2022,PMT desa satu,FX_PMT,97.01.01.2001,paket,2022-W35,4,400000\n',
    fixtureActor,
  );
  await importProgramCsv(
    'REALIZATIONS',
    'kabupaten,activity,year,week,quantity,spent,note\n97.01,FX-OVER,2022,2022-W35,6,500000,\n',
    fixtureActor,
  );
});

afterAll(async () => {
  await dropProgramFixture();
});

const remainingFields = `code regionKode region { kode level } status yearPlanned plannedToDate
  realizedToDate unreportedWeeksToDate remainingQuantity overDelivered yearBudget spentToDate
  remainingBudget overspent`;

describe('agencyPerformance: what remains', () => {
  it('gives each activity its remaining quantity and budget at the week end, never negative', async () => {
    const result = await run(`{ agencyPerformance(kabupatenKode: "97.01", week: "2022-W35") {
      agency { code } rank remainingBudget overspent
      remaining { unit activities yearPlanned realizedToDate remainingQuantity overDelivered }
      activities { ${remainingFields} } } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as Data).agencyPerformance).toEqual([
      {
        agency: { code: 'BAPPEDA' },
        rank: 1,
        remainingBudget: 1_000_000,
        overspent: 0,
        remaining: [
          {
            unit: 'kegiatan',
            activities: 1,
            yearPlanned: 2,
            realizedToDate: 1,
            remainingQuantity: 1,
            overDelivered: 0,
          },
        ],
        activities: [
          {
            code: 'FX-RMB',
            regionKode: '97.01',
            region: { kode: '97.01', level: 'KABUPATEN' },
            status: 'MET',
            yearPlanned: 2,
            plannedToDate: 1,
            realizedToDate: 1,
            unreportedWeeksToDate: 0,
            remainingQuantity: 1,
            overDelivered: 0,
            yearBudget: 4_000_000,
            spentToDate: 3_000_000,
            remainingBudget: 1_000_000,
            overspent: 0,
          },
        ],
      },
      {
        agency: { code: 'DINKES' },
        rank: 2,
        // 700,000 (FX-PMT-01) + 0 + 0: FX-OVER's 100,000 over budget does not cancel it.
        remainingBudget: 700_000,
        overspent: 100_000,
        // 44 planned, 41 realized, but 5 remain (FX-PMT-01) and 2 were delivered beyond plan.
        remaining: [
          {
            unit: 'paket',
            activities: 3,
            yearPlanned: 44,
            realizedToDate: 41,
            remainingQuantity: 5,
            overDelivered: 2,
          },
        ],
        activities: [
          {
            code: 'FX-OVER',
            regionKode: '97.01.01.2001',
            region: { kode: '97.01.01.2001', level: 'DESA' },
            status: 'MET',
            yearPlanned: 4,
            plannedToDate: 4,
            realizedToDate: 6,
            unreportedWeeksToDate: 0,
            remainingQuantity: 0,
            overDelivered: 2,
            yearBudget: 400_000,
            spentToDate: 500_000,
            remainingBudget: 0,
            overspent: 100_000,
          },
          {
            code: 'FX-PMT-01',
            regionKode: '97.01.01',
            region: { kode: '97.01.01', level: 'KECAMATAN' },
            status: 'BEHIND',
            yearPlanned: 20,
            plannedToDate: 20,
            realizedToDate: 15,
            unreportedWeeksToDate: 0,
            remainingQuantity: 5,
            overDelivered: 0,
            yearBudget: 2_000_000,
            spentToDate: 1_300_000,
            remainingBudget: 700_000,
            overspent: 0,
          },
          {
            code: 'FX-PMT-02',
            regionKode: '97.01.02',
            region: { kode: '97.01.02', level: 'KECAMATAN' },
            status: 'MET',
            yearPlanned: 20,
            plannedToDate: 20,
            realizedToDate: 20,
            unreportedWeeksToDate: 0,
            remainingQuantity: 0,
            overDelivered: 0,
            yearBudget: 2_000_000,
            spentToDate: 2_000_000,
            remainingBudget: 0,
            overspent: 0,
          },
        ],
      },
      {
        agency: { code: 'DPPKB' },
        rank: 3,
        remainingBudget: 400_000,
        overspent: 0,
        remaining: [
          {
            unit: 'kunjungan',
            activities: 1,
            yearPlanned: 8,
            realizedToDate: 2,
            remainingQuantity: 6,
            overDelivered: 0,
          },
        ],
        activities: [
          {
            code: 'FX-TPK-01',
            regionKode: '97.01',
            region: { kode: '97.01', level: 'KABUPATEN' },
            status: 'BEHIND',
            yearPlanned: 8,
            plannedToDate: 8,
            realizedToDate: 2,
            unreportedWeeksToDate: 0,
            remainingQuantity: 6,
            overDelivered: 0,
            yearBudget: 500_000,
            spentToDate: 100_000,
            remainingBudget: 400_000,
            overspent: 0,
          },
        ],
      },
    ]);
  });

  it('counts an unreported week as nothing realized and says so', async () => {
    const result = await run(`{ agencyPerformance(kabupatenKode: "97.01", week: "2022-W52") {
      agency { code } activities { code status realized plannedToDate realizedToDate
        unreportedWeeksToDate remainingQuantity remainingBudget } } }`);
    expect(result.errors).toBeUndefined();
    const bappeda = ((result.data as Data).agencyPerformance as Data[]).find(
      (p) => (p.agency as Data).code === 'BAPPEDA',
    );
    expect(bappeda?.activities).toEqual([
      {
        code: 'FX-RMB',
        status: 'UNREPORTED',
        realized: null,
        plannedToDate: 2,
        realizedToDate: 1,
        unreportedWeeksToDate: 1,
        remainingQuantity: 1,
        remainingBudget: 1_000_000,
      },
    ]);
  });

  it('gives planned activities and agency progress what remains too', async () => {
    const result = await run(`{
      plannedActivities(kabupatenKode: "97.01", year: 2022, agencyCode: "DINKES", asOfWeek: "2022-W34") {
        nodes { code region { kode } remainingQuantity overDelivered remainingBudget overspent } }
      agencies(kabupatenKode: "97.01") { code progress(year: 2022) { plannedBudget spentBudget remainingBudget } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as Data;
    // As of W34 only FX-PMT-01's first week counts: 10 of 20 realized, 900,000 of 2,000,000 spent.
    expect((data.plannedActivities as Data).nodes).toEqual([
      {
        code: 'FX-OVER',
        region: { kode: '97.01.01.2001' },
        remainingQuantity: 4,
        overDelivered: 0,
        remainingBudget: 400_000,
        overspent: 0,
      },
      {
        code: 'FX-PMT-01',
        region: { kode: '97.01.01' },
        remainingQuantity: 10,
        overDelivered: 0,
        remainingBudget: 1_100_000,
        overspent: 0,
      },
      {
        code: 'FX-PMT-02',
        region: { kode: '97.01.02' },
        remainingQuantity: 20,
        overDelivered: 0,
        remainingBudget: 2_000_000,
        overspent: 0,
      },
    ]);
    // The whole year: DINKES 4,400,000 planned, 3,800,000 spent, but 700,000 remain (FX-OVER's
    // 100,000 overspending is not netted against FX-PMT-01).
    expect(data.agencies).toEqual([
      {
        code: 'BAPPEDA',
        progress: { plannedBudget: 4_000_000, spentBudget: 3_000_000, remainingBudget: 1_000_000 },
      },
      {
        code: 'DINKES',
        progress: { plannedBudget: 4_400_000, spentBudget: 3_800_000, remainingBudget: 700_000 },
      },
      {
        code: 'DPPKB',
        progress: { plannedBudget: 500_000, spentBudget: 100_000, remainingBudget: 400_000 },
      },
    ]);
  });
});

describe('agencyPerformance: filters', () => {
  const pick = async (args: string) => {
    const result = await run(`{ agencyPerformance(kabupatenKode: "97.01", week: "2022-W35"${args}) {
      agency { code } rank remainingBudget activities { code } } }`);
    expect(result.errors).toBeUndefined();
    return ((result.data as Data).agencyPerformance as Data[]).map((p) => ({
      agency: (p.agency as Data).code,
      rank: p.rank,
      remainingBudget: p.remainingBudget,
      activities: (p.activities as Data[]).map((a) => a.code),
    }));
  };

  it('keeps only activities behind plan with status BEHIND, and the agencies that have one', async () => {
    expect(await pick(', status: BEHIND')).toEqual([
      { agency: 'DINKES', rank: 2, remainingBudget: 700_000, activities: ['FX-PMT-01'] },
      { agency: 'DPPKB', rank: 3, remainingBudget: 400_000, activities: ['FX-TPK-01'] },
    ]);
    expect(await pick(', agencyCode: "DINKES", status: BEHIND')).toEqual([
      { agency: 'DINKES', rank: 2, remainingBudget: 700_000, activities: ['FX-PMT-01'] },
    ]);
  });

  it('keeps activities located in a region or below it, by kode prefix', async () => {
    // 97.01.01: the kecamatan's own FX-PMT-01 and FX-OVER in its desa 2001; not the
    // kabupaten-wide FX-TPK-01 and FX-RMB, not FX-PMT-02 in 97.01.02.
    expect(await pick(', regionKode: "97.01.01"')).toEqual([
      { agency: 'DINKES', rank: 2, remainingBudget: 700_000, activities: ['FX-OVER', 'FX-PMT-01'] },
    ]);
    expect(await pick(', regionKode: "97.01.01.2001"')).toEqual([
      { agency: 'DINKES', rank: 2, remainingBudget: 0, activities: ['FX-OVER'] },
    ]);
    const all = await pick(', regionKode: "97.01"');
    expect(all.flatMap((p) => p.activities).sort()).toEqual([
      'FX-OVER',
      'FX-PMT-01',
      'FX-PMT-02',
      'FX-RMB',
      'FX-TPK-01',
    ]);
  });

  it('keeps activities of a program', async () => {
    expect(await pick(', programCode: "FX_TPK"')).toEqual([
      { agency: 'DPPKB', rank: 3, remainingBudget: 400_000, activities: ['FX-TPK-01'] },
    ]);
  });

  it('refuses each wrong filter value with BAD_USER_INPUT naming it', async () => {
    const cases: [string, string, unknown][] = [
      ['agencyCode: "NOPE"', 'agencyCode', 'NOPE'],
      ['programCode: "NOPE"', 'programCode', 'NOPE'],
      ['regionKode: "97.02"', 'regionKode', '97.02'],
      ['regionKode: "97.01.09"', 'regionKode', '97.01.09'],
      ['regionKode: "97.01.1"', 'regionKode', '97.01.1'],
    ];
    for (const [args, argument, value] of cases) {
      const result = await run(
        `{ agencyPerformance(kabupatenKode: "97.01", week: "2022-W35", ${args}) { rank } }`,
      );
      expect(errorCodes(result), args).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions, args).toMatchObject({ argument, value });
      expect(result.errors?.[0]?.message, args).toContain(String(value));
      expect(result.data, args).toBeNull();
    }
    // DINKES is an agency of 97.01, not of 97.02.
    const other = await run(
      `{ agencyPerformance(kabupatenKode: "97.02", week: "2022-W35", agencyCode: "DINKES") { rank } }`,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'agencyCode',
      value: 'DINKES',
    });
  });
});

describe('agencyPerformance on the demo (32.16, 2022-W38)', () => {
  const week = '2022-09-19';

  it('agrees with a separate SQL path on what is behind and what remains', async () => {
    const result =
      await run(`{ agencyPerformance(kabupatenKode: "32.16", week: "2022-W38", status: BEHIND) {
      agency { code } activities { code planned realized shortfall remainingQuantity remainingBudget } } }`);
    expect(result.errors).toBeUndefined();
    const answer = ((result.data as Data).agencyPerformance as Data[]).flatMap((p) =>
      (p.activities as Data[]).map((a) => ({ agency: (p.agency as Data).code, ...a })),
    );
    const expected = await db.$queryRaw<Data[]>`
      SELECT a.agency_code AS agency, a.code, w.planned_quantity AS planned,
             w.realized_quantity AS realized, w.planned_quantity - w.realized_quantity AS shortfall,
             GREATEST(0, (SELECT sum(planned_quantity) FROM activity_week x WHERE x.activity_id = a.id)
               - (SELECT COALESCE(sum(realized_quantity), 0) FROM activity_week x
                  WHERE x.activity_id = a.id AND x.week_start <= ${week}::date))::int
               AS "remainingQuantity",
             GREATEST(0, (SELECT sum(planned_budget) FROM activity_week x WHERE x.activity_id = a.id)
               - (SELECT COALESCE(sum(spent_budget), 0) FROM activity_week x
                  WHERE x.activity_id = a.id AND x.week_start <= ${week}::date))::float8
               AS "remainingBudget"
      FROM activity a JOIN activity_week w ON w.activity_id = a.id AND w.week_start = ${week}::date
      WHERE a.kabupaten_kode = '32.16' AND w.realized_quantity < w.planned_quantity
      ORDER BY a.code`;
    expect(expected.length).toBeGreaterThan(0);
    const byCode = (x: Data, y: Data) => String(x.code).localeCompare(String(y.code));
    expect([...answer].sort(byCode)).toEqual(expected);
  });

  it('loads the regions of all activities in one statement, whatever their number', async () => {
    // DPPKB plans one TPK activity per kecamatan; all agencies together many more.
    const query = (
      args: string,
    ) => `{ agencyPerformance(kabupatenKode: "32.16", week: "2022-W38"${args}) {
      agency { code } activities { code region { kode nama } } remainingBudget } }`;
    const one = await recordStatements(() => run(query(', agencyCode: "DPPKB"')));
    const all = await recordStatements(() => run(query('')));
    expect(all.result.errors).toBeUndefined();
    const regionsOf = (data: unknown) =>
      new Set(
        ((data as Data).agencyPerformance as Data[]).flatMap((p) =>
          (p.activities as Data[]).map((a) => (a.region as Data).kode),
        ),
      );
    // The whole kabupaten's activities sit in many regions (its kecamatan and itself)...
    expect(regionsOf(all.result.data).size).toBeGreaterThan(10);
    expect(regionsOf(all.result.data).size).toBeGreaterThan(regionsOf(one.result.data).size);
    // ...yet the query costs what the one-agency query costs, with one region statement.
    const regionStatements = (s: { sql: string }[]) =>
      s.filter((x) => /FROM "?(public"?\.)?"?region"?\s/i.test(x.sql)).length;
    expect(regionStatements(all.statements)).toBe(1);
    expect(all.statements.length).toBe(one.statements.length);
  });
});
