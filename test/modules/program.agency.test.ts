import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropProgramFixture, loadProgramFixture } from '../fixtures/program/load.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Weekly control by activity (issue 16.2) on the fixture's plans and realizations: in 2022-W35
// DINKES realized 5 of 10 paket (FX-PMT-01) and 20 of 20 (FX-PMT-02), DPPKB 2 of 8 kunjungan,
// BAPPEDA 1 of 1; in 2022-W52 BAPPEDA planned 1 kegiatan (FX-RMB) and nobody reported it.

type Data = Record<string, unknown>;
const run = (query: string) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, {}, { viewer: viewers.analyst });

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
});

afterAll(async () => {
  await dropProgramFixture();
});

describe('agencyPerformance as weekly control', () => {
  it('lists agencies in rank order with the activities behind plan and their shortfall', async () => {
    const result = await run(`{ agencyPerformance(kabupatenKode: "97.01", week: "2022-W35") {
      agency { code } rank reportedActivities unreportedActivities
      activities(status: BEHIND) { code unit planned realized shortfall }
    } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as Data).agencyPerformance).toEqual([
      {
        agency: { code: 'BAPPEDA' },
        rank: 1,
        reportedActivities: 1,
        unreportedActivities: 0,
        activities: [],
      },
      {
        agency: { code: 'DINKES' },
        rank: 2,
        reportedActivities: 2,
        unreportedActivities: 0,
        activities: [{ code: 'FX-PMT-01', unit: 'paket', planned: 10, realized: 5, shortfall: 5 }],
      },
      {
        agency: { code: 'DPPKB' },
        rank: 3,
        reportedActivities: 1,
        unreportedActivities: 0,
        activities: [
          { code: 'FX-TPK-01', unit: 'kunjungan', planned: 8, realized: 2, shortfall: 6 },
        ],
      },
    ]);
  });

  it('tells an unreported week from a reported zero, and filters by agency', async () => {
    const result =
      await run(`{ agencyPerformance(kabupatenKode: "97.01", week: "2022-W52", agencyCode: "BAPPEDA") {
      agency { code } achievement reportedActivities unreportedActivities
      activities { code planned realized reported shortfall }
    } }`);
    expect((result.data as Data).agencyPerformance).toEqual([
      {
        agency: { code: 'BAPPEDA' },
        achievement: 0,
        reportedActivities: 0,
        unreportedActivities: 1,
        activities: [
          { code: 'FX-RMB', planned: 1, realized: null, reported: false, shortfall: null },
        ],
      },
    ]);
  });
});
