import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { ImportRejected } from '../../src/errors.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import {
  dropProgramFixture,
  fixtureActor,
  fixtureCsv,
  loadProgramFixture,
} from '../fixtures/program/load.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

type Data = Record<string, unknown>;
const run = (query: string, variables: Data = {}) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, variables, { viewer: viewers.admin });

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
});

afterAll(async () => {
  await dropProgramFixture();
});

const rejection = async (promise: Promise<unknown>): Promise<string[]> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRejected);
  return (error as ImportRejected).problems;
};
const targetsUnder97 = () =>
  db.indicatorTarget.findMany({
    where: { regionKode: { startsWith: '97' } },
    orderBy: [{ regionKode: 'asc' }, { year: 'asc' }],
    select: { regionKode: true, indicatorCode: true, year: true, value: true, source: true },
  });

describe('importProgramCsv TARGETS', () => {
  it('reports every bad row with its line number and writes nothing', async () => {
    await db.indicatorTarget.deleteMany({ where: { regionKode: { startsWith: '97' } } });
    const audits = await db.auditLog.count({ where: { actor: fixtureActor.actor } });
    const problems = await rejection(
      importProgramCsv('TARGETS', fixtureCsv('targets-bad.csv'), fixtureActor),
    );
    expect(problems).toEqual([
      'line 3: kode 97.01.99 is not a loaded region',
      'line 4: indicator "NO_SUCH" is not in the catalog',
      'line 5: year "20x2" must be a whole number 1900–2100',
      'line 6: value "140" must be a number 0–100',
      'line 7: repeats line 2 (same kode, indicator and year)',
    ]);
    expect(await targetsUnder97()).toEqual([]);
    expect(await db.auditLog.count({ where: { actor: fixtureActor.actor } })).toBe(audits);
  });

  it('imports good rows once, audited; a replay changes nothing', async () => {
    const first = await importProgramCsv('TARGETS', fixtureCsv('targets.csv'), fixtureActor);
    expect(first).toEqual({ rows: 3, changed: 3, removed: 0 });
    const state = await targetsUnder97();
    expect(state).toHaveLength(3);
    const again = await importProgramCsv('TARGETS', fixtureCsv('targets.csv'), fixtureActor);
    expect(again).toEqual({ rows: 3, changed: 0, removed: 0 });
    expect(await targetsUnder97()).toEqual(state);
    const entry = await db.auditLog.findFirst({
      where: { actor: fixtureActor.actor, action: 'IMPORT_TARGETS' },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ role: 'ADMIN', target: 'indicator_target' });
    expect(entry?.detail).toMatchObject({ rows: 3, changed: 0 });
  });

  it('rejects a wrong header with the columns it expects', async () => {
    const problems = await rejection(
      importProgramCsv(
        'TARGETS',
        'kode,indicator,year,value\n97.01,STUNTING,2022,1\n',
        fixtureActor,
      ),
    );
    expect(problems).toEqual([
      'missing column "source"',
      'expected kode,indicator,year,value,source',
    ]);
  });
});

describe('importProgramCsv PLANS and REALIZATIONS', () => {
  it('checks weeks, agencies and that an activity agrees with itself', async () => {
    const csv = [
      'kabupaten,agency,activity,year,name,program,kode,unit,week,quantity,budget',
      '97.01,DINKES,X-1,2022,Kunjungan,,97.01.01,kali,2022-W10,1,100',
      '97.01,DINKES,X-1,2022,Kunjungan rumah,,97.01.01,kali,2022-W11,1,100',
      '97.01,DINKES,X-2,2022,Lain,,97.01.01,kali,2022-W53,1,100',
      '97.01,DINKES,X-3,2022,Lain,,97.01.01,kali,2023-W01,1,100',
      '97.01,DISHUB,X-4,2022,Lain,NOPE,98.01,kali,2022-W02,-1,100',
      '97.01.01,DINKES,X-5,2022,Lain,,97.01.01,kali,2022-W03,1,100',
    ].join('\n');
    const problems = await rejection(importProgramCsv('PLANS', csv, fixtureActor));
    expect(problems).toEqual([
      'line 3: name differ from line 2 for activity X-1',
      'line 4: week "2022-W53" must be an ISO week YYYY-Www',
      'line 5: week 2023-W01 is not in budget year 2022',
      'line 6: agency DISHUB is not an agency of 97.01',
      'line 6: program NOPE is not a known program',
      'line 6: kode 98.01 is not a loaded region',
      'line 6: kode 98.01 lies outside kabupaten 97.01',
      'line 6: quantity "-1" must be a whole number 0–1000000000',
      'line 7: kabupaten 97.01.01 is not a loaded kabupaten/kota',
      'line 7: agency DINKES is not an agency of 97.01.01',
    ]);
    expect(await db.activity.count({ where: { code: { startsWith: 'X-' } } })).toBe(0);
  });

  it('refuses a realization of an activity that was never planned', async () => {
    const csv = 'kabupaten,activity,year,week,quantity\n97.01,NOT-PLANNED,2022,2022-W10,3\n';
    expect(await rejection(importProgramCsv('REALIZATIONS', csv, fixtureActor))).toEqual([
      'line 2: activity NOT-PLANNED of 97.01 2022 is not planned',
    ]);
  });

  it('changes nothing when every fixture file is imported again', async () => {
    for (const [kind, file] of [
      ['PLANS', 'plans.csv'],
      ['REALIZATIONS', 'realizations.csv'],
      ['COVERAGE', 'coverage.csv'],
      ['CHECKINS', 'checkins.csv'],
      ['LOKUS', 'lokus.csv'],
      ['ASSESSMENT_SCHEME', 'scheme.csv'],
      ['ASSESSMENT_GRADES', 'grades.csv'],
      ['ACTION_REPORTS', 'actions.csv'],
    ] as const) {
      expect(await importProgramCsv(kind, fixtureCsv(file), fixtureActor), kind).toMatchObject({
        changed: 0,
        removed: 0,
      });
    }
  });
});

describe('program mutations', () => {
  it('answer bad input with BAD_USER_INPUT listing every problem by argument index', async () => {
    const result = await run(`mutation { upsertTargets(targets: [
      { kode: "97.01", indicator: "STUNTING", year: 2022, value: 17.5, source: "ok" },
      { kode: "97.01", indicator: "STUNTING", year: 2023, value: -1, source: "" }
    ]) { rows changed } }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      'targets[1]: value "-1" must be a number 0–100',
      'targets[1]: source is required',
    ]);
  });

  it("replace one year's lokus list and keep the other years", async () => {
    const set = (villages: string) =>
      run(`mutation { setPriorityVillages(villages: [${villages}]) { rows changed removed } }`);
    const shrink = await set(`
      { kode: "97.01.01.2001", year: 2023, basis: "continued from 2022", rank: 1, decree: "SK 2/2023" },
      { kode: "97.01.01.2002", year: 2023, basis: "continued from 2022", rank: 2, decree: "SK 2/2023" }`);
    expect(shrink.data).toEqual({ setPriorityVillages: { rows: 2, changed: 0, removed: 1 } });
    expect(
      await db.priorityVillage.count({ where: { desaKode: { startsWith: '97.' }, year: 2022 } }),
    ).toBe(2);
    expect(
      await db.priorityVillage.count({ where: { desaKode: { startsWith: '97.' }, year: 2023 } }),
    ).toBe(2);
    await importProgramCsv('LOKUS', fixtureCsv('lokus.csv'), fixtureActor);
  });

  it('record check-ins and realizations through the same rules', async () => {
    const result = await run(`mutation {
      recordCheckins(checkins: [{ family: "FX-A", kode: "97.01.01.2001", category: PREGNANT, name: "Siti Fixture", date: "2023-01-05", status: WELL }]) { rows changed }
      recordRealizations(realizations: [{ kabupatenKode: "97.01", activity: "FX-RMB", year: 2022, week: "2022-W52", quantity: 1, spent: 1000000 }]) { rows changed }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      recordCheckins: { rows: 1, changed: 1 },
      recordRealizations: { rows: 1, changed: 1 },
    });
  });
});
