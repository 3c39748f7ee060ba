import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { dropProgramFixture, loadProgramFixture } from '../fixtures/program/load.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Monitoring counts that mean what they say (issue 16.1), on the fixture's kecamatan 97.01.01:
// A (enrolled 28 Dec, PREGNANT) checked 28 W, 30 NA, 2 W, 3 W; B (29 Dec) 29 W, 4 Jan REFERRED
// and, added here, 5 Jan REFERRED; C (28 Dec) 28 W; D (2 Jan) 2 W; E (26 Dec) 26 W. None closed.

type Data = Record<string, unknown>;
const run = (query: string, viewer: Viewer = viewers.analyst) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, {}, { viewer });
const fields =
  'label start end countedFrom countedTo days partial familiesMonitored familiesVisited checkins needingAttention familiesNeedingAttention familiesReferred familyDays completeness';

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
  const result = await run(
    'mutation { recordCheckins(checkins: [{ family: "FX-B", date: "2023-01-05", status: REFERRED }]) { rows } }',
    viewers.admin,
  );
  expect(result.errors).toBeUndefined();
});

afterAll(async () => {
  await dropProgramFixture();
});

describe('monitoring counts families, days and part periods', () => {
  it('counts distinct families by their latest status and daily completeness, part weeks flagged', async () => {
    const result = await run(
      `{ monitoring(kode: "97.01.01", from: "2022-12-28", to: "2023-01-05", bucket: WEEK) { ${fields} } }`,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as Data).monitoring).toEqual([
      {
        label: '2022-W52',
        start: '2022-12-26',
        end: '2023-01-01',
        countedFrom: '2022-12-28',
        countedTo: '2023-01-01',
        days: 5,
        partial: true,
        familiesMonitored: 4,
        familiesVisited: 3,
        checkins: 4,
        needingAttention: 1,
        // A's latest in the week (30 Dec) needs attention; B and C were well.
        familiesNeedingAttention: 1,
        familiesReferred: 0,
        // A 28–1 (5), B 29–1 (4), C 28–1 (5), E 28–1 (5) = 19 family-days.
        familyDays: 19,
        completeness: (100 * 4) / 19,
      },
      {
        label: '2023-W01',
        start: '2023-01-02',
        end: '2023-01-08',
        countedFrom: '2023-01-02',
        countedTo: '2023-01-05',
        days: 4,
        partial: true,
        familiesMonitored: 5,
        familiesVisited: 3,
        checkins: 5,
        // Two REFERRED check-ins (B on 4 and 5 Jan) are one family.
        needingAttention: 2,
        familiesNeedingAttention: 1,
        familiesReferred: 1,
        // Five families × 2–5 Jan = 20.
        familyDays: 20,
        completeness: 25,
      },
    ]);
  });

  it('marks a whole month as not partial', async () => {
    const result = await run(
      `{ monitoring(kode: "97.01.01", from: "2022-12-01", to: "2022-12-31", bucket: MONTH) { ${fields} } }`,
    );
    expect((result.data as Data).monitoring).toEqual([
      {
        label: '2022-12',
        start: '2022-12-01',
        end: '2022-12-31',
        countedFrom: '2022-12-01',
        countedTo: '2022-12-31',
        days: 31,
        partial: false,
        familiesMonitored: 4,
        familiesVisited: 4,
        checkins: 5,
        needingAttention: 1,
        familiesNeedingAttention: 1,
        familiesReferred: 0,
        // A 28–31 (4), B 29–31 (3), C 28–31 (4), E 26–31 (6).
        familyDays: 17,
        completeness: (100 * 5) / 17,
      },
    ]);
  });

  it('words suppression for families', async () => {
    const result = await run(
      '{ monitoring(kode: "97.01.01.2001", from: "2022-12-01", to: "2022-12-31", bucket: MONTH) { suppressed suppressionReason } }',
      { role: 'PUBLIC', scope: [], subject: null },
    );
    expect((result.data as Data).monitoring).toEqual([
      { suppressed: true, suppressionReason: 'fewer than 5 families' },
    ]);
  });
});

describe('who needs attention now', () => {
  const officer = viewers.officer('97.01.01');

  it('gives each family its latest status as of a day', async () => {
    const result = await run(
      '{ monitoredFamily(id: "FX-A") { latestStatus(asOf: "2022-12-31") lastCheckin(asOf: "2022-12-31") now: latestStatus } }',
      officer,
    );
    expect((result.data as Data).monitoredFamily).toEqual({
      latestStatus: 'NEEDS_ATTENTION',
      lastCheckin: '2022-12-30',
      now: 'WELL',
    });
  });

  it('lists the families whose latest check-in needs attention', async () => {
    const list = async (asOf: string) => {
      const result = await run(
        `{ region(kode: "97.01.01") { monitoredFamilies(latestStatus: [NEEDS_ATTENTION, REFERRED], asOf: "${asOf}") { edges { node { id latestStatus(asOf: "${asOf}") } } } } }`,
        officer,
      );
      expect(result.errors).toBeUndefined();
      return (
        result.data as { region: { monitoredFamilies: { edges: { node: Data }[] } } }
      ).region.monitoredFamilies.edges.map((e) => e.node);
    };
    expect(await list('2022-12-31')).toEqual([{ id: 'FX-A', latestStatus: 'NEEDS_ATTENTION' }]);
    expect(await list('2023-01-05')).toEqual([{ id: 'FX-B', latestStatus: 'REFERRED' }]);
    expect(
      await db.auditLog.count({
        where: { action: 'READ_MONITORED_FAMILY_LIST', target: '97.01.01' },
      }),
    ).toBeGreaterThanOrEqual(2);
  });
});
