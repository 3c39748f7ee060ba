import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyPerformanceCsvColumns } from '../../src/http/export.agencyPerformance.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import { dropProgramFixture, fixtureActor, loadProgramFixture } from '../fixtures/program/load.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { signToken, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { parseCsv } from '../helpers/parseCsv.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// /export/agency-performance.csv on the program fixture (test/fixtures/program): in 2022-W34
// only DINKES planned (FX-PMT-01, 10 of 10 paket); in 2022-W35 BAPPEDA met FX-RMB (1/1), DINKES
// realized 5 of 10 (FX-PMT-01) and 20 of 20 (FX-PMT-02), DPPKB 2 of 8 kunjungan (FX-TPK-01). Added
// here: FX-CSV, an activity whose name needs quoting and formula escaping, planned in 2022-W36.

let http: TestHttp;
const awkwardName = '=SUM(1,2) "PMT", desa';

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
  await importProgramCsv(
    'PLANS',
    'kabupaten,agency,activity,year,name,program,kode,unit,week,quantity,budget\n' +
      '97.01,DINKES,FX-CSV,2022,"=SUM(1,2) ""PMT"", desa",FX_PMT,97.01.01.2002,paket,2022-W36,3,300000\n',
    fixtureActor,
  );
  http = await startTestHttp();
});

afterAll(async () => {
  await http.close();
  await dropProgramFixture();
});

const csvUrl = (search: string) => `${http.url}/export/agency-performance.csv?${search}`;
const col = (name: (typeof agencyPerformanceCsvColumns)[number]) =>
  agencyPerformanceCsvColumns.indexOf(name);

const download = async (search: string, init?: RequestInit) => {
  const response = await fetch(csvUrl(search), init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { response, bytes, text, rows: parseCsv(text.slice(1)) };
};

describe('GET /export/agency-performance.csv', () => {
  it('downloads one line per activity-week behind plan, with what remains, for anyone', async () => {
    const { response, bytes, text, rows } = await download(
      'kabupatenKode=97.01&week=2022-W35&status=BEHIND',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="agency-performance_97.01_2022-W35.csv"',
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = rows;
    expect(header).toEqual([...agencyPerformanceCsvColumns]);
    // FX-PMT-01 at the end of W35: 15 of 20 paket, Rp 1,300,000 of 2,000,000.
    // FX-TPK-01: 2 of 8 kunjungan, Rp 100,000 of 500,000. DINKES ranks 2 (75 %), DPPKB 3 (25 %).
    expect(lines).toEqual([
      [
        '2022-W35',
        '2022-08-29',
        'DINKES',
        'Dinas Kesehatan',
        '2',
        '75',
        'FX-PMT-01',
        'PMT kecamatan satu',
        'FX_PMT',
        '97.01.01',
        'Program fixture 97.01.01',
        'paket',
        'BEHIND',
        '10',
        '5',
        '5',
        '1000000',
        '400000',
        '20',
        '20',
        '15',
        '0',
        '5',
        '0',
        '2000000',
        '1300000',
        '700000',
        '0',
      ],
      [
        '2022-W35',
        '2022-08-29',
        'DPPKB',
        'Dinas Pengendalian Penduduk dan Keluarga Berencana',
        '3',
        '25',
        'FX-TPK-01',
        'Kunjungan TPK',
        'FX_TPK',
        '97.01',
        'Program fixture 97.01',
        'kunjungan',
        'BEHIND',
        '8',
        '2',
        '6',
        '500000',
        '100000',
        '8',
        '8',
        '2',
        '0',
        '6',
        '0',
        '500000',
        '100000',
        '400000',
        '0',
      ],
    ]);
  });

  it('covers a range of weeks in week, rank and code order; unreported weeks stay empty', async () => {
    const token = await signToken({ role: 'ANALYST' });
    const { rows } = await download('kabupatenKode=97.01&fromWeek=2022-W34&toWeek=2022-W36', {
      headers: { authorization: `Bearer ${token}` },
    });
    const lines = rows.slice(1);
    expect(
      lines.map((r) => [r[col('week')], r[col('agency_code')], r[col('activity_code')]]),
    ).toEqual([
      ['2022-W34', 'DINKES', 'FX-PMT-01'],
      ['2022-W35', 'BAPPEDA', 'FX-RMB'],
      ['2022-W35', 'DINKES', 'FX-PMT-01'],
      ['2022-W35', 'DINKES', 'FX-PMT-02'],
      ['2022-W35', 'DPPKB', 'FX-TPK-01'],
      ['2022-W36', 'DINKES', 'FX-CSV'],
    ]);
    const csvLine = lines[5] ?? [];
    // Nobody reported FX-CSV: realized, shortfall and spent are empty, not 0.
    expect(csvLine[col('status')]).toBe('UNREPORTED');
    expect(csvLine[col('realized')]).toBe('');
    expect(csvLine[col('shortfall')]).toBe('');
    expect(csvLine[col('spent_budget')]).toBe('');
    expect(csvLine[col('unreported_weeks_to_date')]).toBe('1');
    expect(csvLine[col('remaining_quantity')]).toBe('3');
    expect(csvLine[col('remaining_budget')]).toBe('300000');
    // Quoted (comma, quotes) and kept from being read as a formula.
    expect(csvLine[col('activity_name')]).toBe(`'${awkwardName}`);
  });

  it('filters like the GraphQL query, by agency, program and region', async () => {
    const codes = async (search: string) =>
      (await download(`kabupatenKode=97.01&week=2022-W35&${search}`)).rows
        .slice(1)
        .map((r) => r[col('activity_code')]);
    expect(await codes('agencyCode=DINKES')).toEqual(['FX-PMT-01', 'FX-PMT-02']);
    expect(await codes('programCode=FX_TPK')).toEqual(['FX-TPK-01']);
    expect(await codes('regionKode=97.01.02')).toEqual(['FX-PMT-02']);
    expect(await codes('status=behind&regionKode=97.01')).toEqual(['FX-PMT-01', 'FX-TPK-01']);
  });

  it('holds the same lines as Query.agencyPerformance on the demo', async () => {
    const { rows } = await download('kabupatenKode=32.16&week=2022-W38&status=BEHIND');
    const result = await execute(
      parse(`{ agencyPerformance(kabupatenKode: "32.16", week: "2022-W38", status: BEHIND) {
        agency { code } activities { code remainingQuantity remainingBudget } } }`) as TypedDocumentNode<
        Record<string, unknown>,
        Record<string, unknown>
      >,
      {},
      { viewer: viewers.analyst },
    );
    const expected = (
      result.data?.agencyPerformance as
        | {
            agency: { code: string };
            activities: { code: string; remainingQuantity: number; remainingBudget: number }[];
          }[]
        | undefined
    )?.flatMap((p) =>
      p.activities.map((a) => [
        p.agency.code,
        a.code,
        String(a.remainingQuantity),
        String(a.remainingBudget),
      ]),
    );
    expect(expected?.length).toBeGreaterThan(0);
    expect(
      rows
        .slice(1)
        .map((r) => [
          r[col('agency_code')],
          r[col('activity_code')],
          r[col('remaining_quantity')],
          r[col('remaining_budget')],
        ]),
    ).toEqual(expected);
  });

  it('refuses wrong parameters with 400 BAD_USER_INPUT naming the value', async () => {
    const cases: [string, string][] = [
      ['week=2022-W35', 'kabupatenKode'],
      ['kabupatenKode=97.01', 'fromWeek'],
      ['kabupatenKode=97.01.01&week=2022-W35', '97.01.01'],
      ['kabupatenKode=97.01&week=2022-W60', '2022-W60'],
      ['kabupatenKode=97.01&week=2022-W35&agencyCode=NOPE', 'NOPE'],
      ['kabupatenKode=97.01&week=2022-W35&programCode=NOPE', 'NOPE'],
      ['kabupatenKode=97.01&week=2022-W35&regionKode=97.02', '97.02'],
      ['kabupatenKode=97.01&week=2022-W35&status=LATE', 'LATE'],
      ['kabupatenKode=97.01&fromWeek=2021-W01&toWeek=2023-W10', '2023-W10'],
      ['kabupatenKode=97.01&fromWeek=2022-W36&toWeek=2022-W35', '2022-W35'],
    ];
    for (const [search, value] of cases) {
      const response = await fetch(csvUrl(search));
      expect(response.status, search).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]?.extensions.code, search).toBe('BAD_USER_INPUT');
      expect(body.errors[0]?.message, search).toContain(value);
    }
  });

  it('answers a bad token with 401 and a write method with 405', async () => {
    const bad = await fetch(csvUrl('kabupatenKode=97.01&week=2022-W35'), {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(bad.status).toBe(401);
    const post = await fetch(csvUrl('kabupatenKode=97.01&week=2022-W35'), { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
