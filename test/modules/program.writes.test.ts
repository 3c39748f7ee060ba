import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidToken, viewerFromClaims } from '../../src/auth/verifyToken.ts';
import type { Viewer } from '../../src/auth/viewer.ts';
import { config, loadConfig, useConfig } from '../../src/config.ts';
import { db } from '../../src/db/client.ts';
import { dropProgramFixture, loadProgramFixture } from '../fixtures/program/load.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Case management and the safe writes of issue 16.3, on the hand-made province "97"
// (test/fixtures/program): family FX-A of desa 97.01.01.2001 is enrolled (PREGNANT, "Siti
// Fixture") by its first check-in on 2022-12-28 and last checked on 2023-01-03; activity
// FX-PMT-01 of DINKES plans 10 + 10 paket and Rp 2,000,000 in 2022; FX-RMB of BAPPEDA plans 2
// kegiatan and Rp 4,000,000.

type Data = Record<string, unknown>;
const run = (query: string, viewer: Viewer = viewers.admin, variables: Data = {}) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, variables, { viewer });
const officer = viewers.officer('97.01.01');
const dinkes: Viewer = {
  role: 'AGENCY',
  scope: ['97.01'],
  subject: 'dinkes@test',
  agency: 'DINKES',
};
const fxA = () => db.monitoredFamily.findUniqueOrThrow({ where: { id: 'FX-A' } });
const checkin = (fields: string) =>
  `mutation { recordCheckins(checkins: [{ ${fields} }]) { rows changed } }`;
const problems = (result: { errors?: readonly { extensions?: Data }[] }) =>
  result.errors?.[0]?.extensions?.problems;

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
});

afterAll(async () => {
  await dropProgramFixture();
});

describe('check-ins never rewrite a family', () => {
  it('refuses another name or category for an enrolled family and leaves it as it was', async () => {
    const before = await fxA();
    const result = await run(
      checkin(
        'family: "FX-A", kode: "97.01.01.2001", category: STUNTED, name: "Someone Else", date: "2023-01-04", status: WELL',
      ),
    );
    expect(errorCodes(result)).toEqual(['FAMILY_MISMATCH']);
    expect(problems(result)).toEqual([
      'checkins[0]: category "STUNTED" differs from "PREGNANT" enrolled for family FX-A; a check-in never changes a family (use updateMonitoredFamily) [FAMILY_MISMATCH]',
      'checkins[0]: name "Someone Else" differs from "Siti Fixture" enrolled for family FX-A; a check-in never changes a family (use updateMonitoredFamily) [FAMILY_MISMATCH]',
    ]);
    expect(await fxA()).toEqual(before);
    expect(
      await db.monitoringCheckin.count({
        where: { familyId: 'FX-A', checkedOn: new Date('2023-01-04T00:00:00Z') },
      }),
    ).toBe(0);
  });

  it('refuses a check-in before enrolment instead of moving the enrolment', async () => {
    const result = await run(checkin('family: "FX-A", date: "2022-12-01", status: WELL'));
    expect(errorCodes(result)).toEqual(['CHECKIN_BEFORE_ENROLMENT']);
    expect(problems(result)).toEqual([
      'checkins[0]: date 2022-12-01 is before family FX-A was enrolled (2022-12-28) [CHECKIN_BEFORE_ENROLMENT]',
    ]);
    expect((await fxA()).enrolledOn.toISOString().slice(0, 10)).toBe('2022-12-28');
  });

  it('takes a check-in of an enrolled family without repeating who it is', async () => {
    const result = await run(checkin('family: "FX-A", date: "2023-01-04", status: WELL'));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ recordCheckins: { rows: 1, changed: 1 } });
  });

  it('does not enrol an unknown family from a check-in without kode, category and name', async () => {
    const result = await run(checkin('family: "FX-NEW", date: "2023-01-04", status: WELL'));
    expect(errorCodes(result)).toEqual(['FAMILY_NOT_ENROLLED']);
  });
});

describe('an OFFICER records check-ins in scope', () => {
  it('records for a family of its desa', async () => {
    const result = await run(
      checkin('family: "FX-A", date: "2023-01-05", status: NEEDS_ATTENTION, note: "cough"'),
      officer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ recordCheckins: { rows: 1, changed: 1 } });
  });

  it('gets the same FAMILY_NOT_FOUND for a family outside its scope and an unknown id', async () => {
    const outside = await run(
      checkin('family: "FX-A", date: "2023-01-06", status: WELL'),
      viewers.officer('97.01.02'),
    );
    const unknown = await run(
      checkin('family: "NO-SUCH-FAMILY", date: "2023-01-06", status: WELL'),
      officer,
    );
    expect(errorCodes(outside)).toEqual(['FAMILY_NOT_FOUND']);
    expect(errorCodes(unknown)).toEqual(['FAMILY_NOT_FOUND']);
    expect(outside.errors?.[0]?.message.replace('FX-A', 'X')).toBe(
      unknown.errors?.[0]?.message.replace('NO-SUCH-FAMILY', 'X'),
    );
  });

  it('is refused for an analyst and the public', async () => {
    const body = checkin('family: "FX-A", date: "2023-01-06", status: WELL');
    expect(errorCodes(await run(body, viewers.analyst))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(body, { role: 'PUBLIC', scope: [], subject: null }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('enrol, update and close a family', () => {
  const enrol = (viewer: Viewer, extra = '') =>
    run(
      `mutation { enrolMonitoredFamily(kode: "97.01.01.2002", headName: "Rina Baru", category: UNDER_TWO, enrolledOn: "2023-01-02"${extra}) { id changed enrolledOn closedOn } }`,
      viewer,
    );
  let enrolled = '';

  it('enrols with a server-made, non-sequential id, and a retry returns the same family', async () => {
    const first = await enrol(officer);
    expect(first.errors).toBeUndefined();
    const made = first.data?.enrolMonitoredFamily as { id: string; changed: boolean };
    expect(made.id).toMatch(/^F-[0-9A-Z]{10}$/);
    expect(made.changed).toBe(true);
    enrolled = made.id;
    const again = await enrol(officer);
    expect(again.data?.enrolMonitoredFamily).toEqual({
      id: enrolled,
      changed: false,
      enrolledOn: '2023-01-02',
      closedOn: null,
    });
    expect(await db.monitoredFamily.count({ where: { headName: 'Rina Baru' } })).toBe(1);
    expect(
      await db.auditLog.count({ where: { action: 'ENROL_MONITORED_FAMILY', target: enrolled } }),
    ).toBe(1);
  });

  it('refuses a desa outside the officer scope, an officer-chosen id and a taken id', async () => {
    const outside = await run(
      'mutation { enrolMonitoredFamily(kode: "97.01.02.2001", headName: "X", category: PREGNANT, enrolledOn: "2023-01-02") { id } }',
      officer,
    );
    expect(errorCodes(outside)).toEqual(['OUT_OF_SCOPE']);
    expect(outside.errors?.[0]?.extensions?.value).toBe('97.01.02.2001');
    expect(errorCodes(await enrol(officer, ', id: "MY-ID"'))).toEqual(['BAD_USER_INPUT']);
    const taken = await enrol(viewers.admin, ', id: "FX-A"');
    expect(errorCodes(taken)).toEqual(['FAMILY_EXISTS']);
    expect(taken.errors?.[0]?.extensions?.value).toBe('FX-A');
  });

  it('updates explicitly with a reason, audited; the same update again changes nothing', async () => {
    const update = () =>
      run(
        `mutation { updateMonitoredFamily(id: "${enrolled}", headName: "Rina Baru Binti A", reason: "spelling from KK") { changed } }`,
        officer,
      );
    expect((await update()).data).toEqual({ updateMonitoredFamily: { changed: true } });
    expect((await update()).data).toEqual({ updateMonitoredFamily: { changed: false } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: 'UPDATE_MONITORED_FAMILY', target: enrolled },
    });
    expect(audit.detail).toMatchObject({ reason: 'spelling from KK', nameChanged: true });
  });

  it('closes with a reason: not before the latest check-in, once, then no check-ins after it', async () => {
    const close = (closedOn: string, reason = 'BORN') =>
      run(
        `mutation { closeMonitoredFamily(id: "FX-A", closedOn: "${closedOn}", reason: ${reason}) { id changed closedOn } }`,
        officer,
      );
    // FX-A was checked on 2023-01-05 above.
    const early = await close('2023-01-04');
    expect(errorCodes(early)).toEqual(['CHECKINS_AFTER_CLOSURE']);
    expect(early.errors?.[0]?.extensions?.value).toBe('2023-01-04');
    expect((await close('2023-01-10')).data).toEqual({
      closeMonitoredFamily: { id: 'FX-A', changed: true, closedOn: '2023-01-10' },
    });
    expect((await close('2023-01-10')).data).toEqual({
      closeMonitoredFamily: { id: 'FX-A', changed: false, closedOn: '2023-01-10' },
    });
    expect(errorCodes(await close('2023-01-11', 'MOVED_AWAY'))).toEqual(['FAMILY_CLOSED']);
    const stored = await fxA();
    expect([stored.closedOn?.toISOString().slice(0, 10), stored.closeReason]).toEqual([
      '2023-01-10',
      'BORN',
    ]);
    const after = await run(checkin('family: "FX-A", date: "2023-01-11", status: WELL'), officer);
    expect(errorCodes(after)).toEqual(['FAMILY_CLOSED']);
    expect(problems(after)).toEqual([
      'checkins[0]: date 2023-01-11 is after family FX-A was closed (2023-01-10, BORN); a closed family takes no check-ins [FAMILY_CLOSED]',
    ]);
    const onTheDay = await run(
      checkin('family: "FX-A", date: "2023-01-10", status: WELL'),
      officer,
    );
    expect(onTheDay.errors).toBeUndefined();
  });
});

describe('realizations: plausible, spent null when not given, an agency writes its own', () => {
  const realize = (fields: string, viewer: Viewer = viewers.admin) =>
    run(
      `mutation { recordRealizations(realizations: [{ kabupatenKode: "97.01", year: 2022, ${fields} }]) { rows changed } }`,
      viewer,
    );
  const week = (code: string, monday: string) =>
    db.$queryRaw<{ realized: number | null; spent: number | null; flag: string | null }[]>`
      SELECT w.realized_quantity AS realized, w.spent_budget::float8 AS spent, w.flag
      FROM activity_week w JOIN activity a ON a.id = w.activity_id
      WHERE a.kabupaten_kode = '97.01' AND a.code = ${code} AND w.week_start = ${monday}::date`;

  it('refuses 500,000 realized against a plan of 20, naming the value', async () => {
    const result = await realize('activity: "FX-PMT-01", week: "2022-W35", quantity: 500000');
    expect(errorCodes(result)).toEqual(['IMPLAUSIBLE_REALIZATION']);
    // Year to date: 10 (W34) + 500,000 (W35 replaced) against a year plan of 20.
    expect(problems(result)).toEqual([
      'realizations[0]: quantity 500000 brings activity FX-PMT-01 to 500010 realized in 2022, more than 2 × its year plan of 20 [IMPLAUSIBLE_REALIZATION]',
    ]);
    expect(await week('FX-PMT-01', '2022-08-29')).toEqual([
      { realized: 5, spent: 400_000, flag: null },
    ]);
  });

  it('refuses Rp 999,999,999,999 spent against Rp 2 M planned', async () => {
    const result = await realize(
      'activity: "FX-PMT-01", week: "2022-W35", quantity: 10, spent: 999999999999',
    );
    expect(errorCodes(result)).toEqual(['IMPLAUSIBLE_REALIZATION']);
    expect(String(problems(result))).toContain('spent 999999999999');
  });

  it('stores an implausible row with its flag when configured to flag', async () => {
    const previous = config();
    useConfig({ ...loadConfig(), program: { plausibilityFactor: 2, plausibility: 'flag' } });
    try {
      const result = await realize('activity: "FX-RMB", week: "2022-W52", quantity: 9');
      expect(result.errors).toBeUndefined();
    } finally {
      useConfig(previous);
    }
    // 1 (W35) + 9 = 10 > 2 × 2.
    expect(await week('FX-RMB', '2022-12-26')).toEqual([
      {
        realized: 9,
        spent: null,
        flag: 'quantity 9 brings activity FX-RMB to 10 realized in 2022, more than 2 × its year plan of 2',
      },
    ]);
  });

  it('keeps spent null when not given, and keeps a recorded spent when left out later', async () => {
    await realize('activity: "FX-RMB", week: "2022-W52", quantity: 1');
    expect(await week('FX-RMB', '2022-12-26')).toEqual([{ realized: 1, spent: null, flag: null }]);
    await realize('activity: "FX-RMB", week: "2022-W52", quantity: 1, spent: 900000');
    await realize('activity: "FX-RMB", week: "2022-W52", quantity: 1, note: "late report"');
    expect(await week('FX-RMB', '2022-12-26')).toEqual([
      { realized: 1, spent: 900_000, flag: null },
    ]);
  });

  it('lets an AGENCY record its own activity and refuses another agency’s', async () => {
    const own = await realize('activity: "FX-PMT-01", week: "2022-W35", quantity: 8', dinkes);
    expect(own.errors).toBeUndefined();
    const other = await realize('activity: "FX-RMB", week: "2022-W52", quantity: 1', dinkes);
    expect(errorCodes(other)).toEqual(['NOT_YOUR_ACTIVITY']);
    expect(other.errors?.[0]?.extensions?.value).toBe('FX-RMB');
    const checkins = await run(checkin('family: "FX-B", date: "2023-01-04", status: WELL'), dinkes);
    expect(errorCodes(checkins)).toEqual(['FORBIDDEN']);
  });
});

describe('action reports and lokus, one item at a time', () => {
  const report = (extra: string) =>
    run(
      `mutation { setActionReports(reports: [{ kabupatenKode: "97.01", year: 2019, action: 1, status: DONE${extra} }]) { rows changed } }`,
    );
  const evidence = async () =>
    (
      await db.actionReport.findUniqueOrThrow({
        where: { kabupatenKode_year_action: { kabupatenKode: '97.01', year: 2019, action: 1 } },
      })
    ).evidence;

  it('keeps the evidence when a report leaves it out', async () => {
    await report(', note: "checked again"');
    expect(await evidence()).toEqual(['analisis-situasi-2019.pdf', 'peta-lokus.png']);
  });

  it('adds and removes single references, idempotently', async () => {
    const write = (what: string, item: string) =>
      run(
        `mutation { ${what}(kabupatenKode: "97.01", year: 2019, action: 1, evidence: "${item}") { evidence changed } }`,
      );
    expect((await write('addActionEvidence', 'sk-lokus-2019.pdf')).data).toEqual({
      addActionEvidence: {
        evidence: ['analisis-situasi-2019.pdf', 'peta-lokus.png', 'sk-lokus-2019.pdf'],
        changed: true,
      },
    });
    expect((await write('addActionEvidence', 'sk-lokus-2019.pdf')).data).toMatchObject({
      addActionEvidence: { changed: false },
    });
    expect((await write('removeActionEvidence', 'peta-lokus.png')).data).toEqual({
      removeActionEvidence: {
        evidence: ['analisis-situasi-2019.pdf', 'sk-lokus-2019.pdf'],
        changed: true,
      },
    });
    const missing = await run(
      'mutation { addActionEvidence(kabupatenKode: "97.01", year: 2020, action: 8, evidence: "x.pdf") { changed } }',
    );
    expect(errorCodes(missing)).toEqual(['ACTION_REPORT_NOT_FOUND']);
  });

  it('refuses a status for a year that has not come', async () => {
    const year = new Date().getUTCFullYear() + 9;
    const result = await run(
      `mutation { setActionReports(reports: [{ kabupatenKode: "97.01", year: ${year}, action: 1, status: DONE }]) { rows } }`,
    );
    expect(errorCodes(result)).toEqual(['YEAR_NOT_COME']);
    expect(String(problems(result))).toContain(`year ${year} has not come yet`);
    expect(await db.actionReport.count({ where: { kabupatenKode: '97.01', year } })).toBe(0);
  });

  it("adds one lokus desa and removes one, keeping the rest of the year's list", async () => {
    const list = async () =>
      (
        await db.priorityVillage.findMany({
          where: { desaKode: { startsWith: '97.' }, year: 2022 },
          orderBy: { desaKode: 'asc' },
        })
      ).map((p) => p.desaKode);
    expect(await list()).toEqual(['97.01.01.2001', '97.01.01.2002']);
    const add = await run(
      'mutation { addPriorityVillage(village: { kode: "97.01.02.2001", year: 2022, basis: "added by decree 3/2022", rank: 3 }) { rows changed removed } }',
    );
    expect(add.data).toEqual({ addPriorityVillage: { rows: 1, changed: 1, removed: 0 } });
    expect(await list()).toEqual(['97.01.01.2001', '97.01.01.2002', '97.01.02.2001']);
    const remove = () =>
      run(
        'mutation { removePriorityVillage(kode: "97.01.01.2002", year: 2022, reason: "moved to 2023 list") { removed } }',
      );
    expect((await remove()).data).toEqual({ removePriorityVillage: { removed: 1 } });
    expect((await remove()).data).toEqual({ removePriorityVillage: { removed: 0 } });
    expect(await list()).toEqual(['97.01.01.2001', '97.01.02.2001']);
  });
});

describe('AGENCY tokens', () => {
  it('carry one agency code and its one kabupaten/kota', () => {
    expect(
      viewerFromClaims({ role: 'AGENCY', scope: ['32.16'], agency: 'DINKES', sub: 'x' }),
    ).toEqual({
      role: 'AGENCY',
      scope: ['32.16'],
      subject: 'x',
      agency: 'DINKES',
    });
    for (const claims of [
      { role: 'AGENCY', scope: ['32.16'] },
      { role: 'AGENCY', scope: ['32.16'], agency: 'dinkes; drop' },
      { role: 'AGENCY', scope: ['32.16', '32.17'], agency: 'DINKES' },
      { role: 'AGENCY', scope: ['32.16.01'], agency: 'DINKES' },
    ]) {
      expect(() => viewerFromClaims(claims)).toThrow(InvalidToken);
    }
  });
});
