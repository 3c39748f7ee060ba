import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../src/csv.ts';
import { db } from '../../src/db/client.ts';
import { coverageCsvColumns } from '../../src/http/export.coverage.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import { dropProgramFixture, fixtureActor, loadProgramFixture } from '../fixtures/program/load.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { parseCsv } from '../helpers/parseCsv.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;
// A target source that needs quoting and formula escaping in a spreadsheet.
const awkwardSource = '=HYPERLINK("x"), rencana "kecamatan"';

beforeAll(async () => {
  await testDatabase();
  await loadProgramFixture();
  await importProgramCsv(
    'PROGRAM_TARGETS',
    [
      'kode,program,year,target_percent,source',
      '97.01,FX_PMT,2022,80,fixture plan',
      `97.01.02,FX_PMT,2022,50,"${awkwardSource.replace(/"/g, '""')}"`,
    ].join('\n'),
    fixtureActor,
  );
  http = await startTestHttp();
});

afterAll(async () => {
  await http.close();
  await dropProgramFixture();
});

const csvUrl = (search: string) => `${http.url}/export/coverage.csv?${search}`;
const column = (name: (typeof coverageCsvColumns)[number]) => coverageCsvColumns.indexOf(name);

const download = async (search: string, role?: string) => {
  const headers: Record<string, string> = {};
  if (role) headers.authorization = `Bearer ${await signToken({ role })}`;
  const response = await fetch(csvUrl(search), { headers });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
};
const rowsOf = (bytes: Uint8Array) =>
  parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
const row = (rows: string[][], kode: string, period = '2022') =>
  rows.find((r) => r[0] === kode && r[column('period')] === period) ?? [];

describe('GET /export/coverage.csv', () => {
  it('downloads coverage with targets as RFC 4180 CSV in UTF-8 with a byte-order mark', async () => {
    const { response, bytes } = await download(
      'level=desa&parentKode=97.01&program=FX_PMT&periods=2022,2022-08',
      'ANALYST',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="coverage_FX_PMT_97.01_desa_2022-2022-08.csv"',
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...coverageCsvColumns]);
    // 3 desa × 2 periods, kode then period order.
    expect(rows.map((r) => `${r[0]} ${r[column('period')]}`)).toEqual([
      '97.01.01.2001 2022',
      '97.01.01.2001 2022-08',
      '97.01.01.2002 2022',
      '97.01.01.2002 2022-08',
      '97.01.02.2001 2022',
      '97.01.02.2001 2022-08',
    ]);
    // Hand-computed from the fixture (see test/modules/program.coverage.test.ts).
    const pick = (r: string[]) =>
      [
        'target_population',
        'reached',
        'coverage',
        'target_percent',
        'below_target',
        'budget_planned',
        'agencies',
        'suppressed',
      ].map((c) => r[column(c as (typeof coverageCsvColumns)[number])]);
    expect(pick(row(rows, '97.01.01.2001'))).toEqual([
      '40',
      '30',
      '75',
      '80',
      'true',
      '',
      'DINKES',
      'false',
    ]);
    expect(pick(row(rows, '97.01.01.2002'))).toEqual([
      '60',
      '57',
      '95',
      '80',
      'false',
      '',
      'DINKES',
      'false',
    ]);
    expect(pick(row(rows, '97.01.02.2001'))).toEqual([
      '100',
      '60',
      '60',
      '50',
      'false',
      '',
      'DINKES DPPKB',
      'false',
    ]);
    // No data for 97.01.01.2002 in August: every figure empty.
    expect(
      row(rows, '97.01.01.2002', '2022-08')
        .slice(6)
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('escapes and quotes text a spreadsheet would misread', async () => {
    const { bytes } = await download('level=desa&parentKode=97.01.02&program=FX_PMT&periods=2022');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""x""), rencana ""kecamatan"""`);
    expect(row(rowsOf(bytes), '97.01.02.2001')[column('target_source')]).toBe(`'${awkwardSource}`);
    expect(csvDocument(['a', 'b'], [[-3.5, '-3.5']])).toBe("\uFEFFa,b\r\n-3.5,'-3.5\r\n");
  });

  it('suppresses small cells for the public and shows them to an analyst, like GraphQL', async () => {
    const search = 'level=desa&parentKode=97.01&program=FX_PMT&periods=2022-08';
    const anonymous = rowsOf((await download(search)).bytes);
    const analyst = rowsOf((await download(search, 'ANALYST')).bytes);
    const hidden = row(anonymous, '97.01.01.2001', '2022-08');
    expect(hidden[column('suppressed')]).toBe('true');
    expect(hidden[column('suppression_reason')]).toBe('count below 5');
    expect(hidden[column('reached')]).toBe('');
    expect(hidden[column('coverage')]).toBe('');
    expect(hidden[column('below_target')]).toBe('');
    expect(hidden[column('target_population')]).toBe('40');
    const open = row(analyst, '97.01.01.2001', '2022-08');
    expect(open[column('suppressed')]).toBe('false');
    expect(open[column('reached')]).toBe('4');
    expect(open[column('coverage')]).toBe('10');
    expect(open[column('below_target')]).toBe('true');
  });

  it('sums the demo kecamatan as GraphQL does', async () => {
    const { bytes } = await download(
      'level=kecamatan&parentKode=32.16&program=PMT_BUMIL_KEK&periods=2023',
      'ANALYST',
    );
    const rows = rowsOf(bytes).slice(1);
    expect(rows).toHaveLength(23);
    // Budget of the 2023 lokus interventions per kecamatan, by a separate SQL path.
    const budgets = await db.$queryRaw<{ kode: string; planned: number }[]>`
      SELECT left(a.region_kode, 8) AS kode, sum(w.planned_budget)::float8 AS planned
      FROM activity a JOIN activity_week w ON w.activity_id = a.id
      WHERE a.program_code = 'PMT_BUMIL_KEK' AND a.year = 2023 AND a.region_kode LIKE '32.16.%'
      GROUP BY 1`;
    for (const r of rows) {
      const expected = budgets.find((b) => b.kode === r[0])?.planned;
      expect(r[column('budget_planned')], r[0]).toBe(
        expected === undefined ? '' : String(expected),
      );
    }
    expect(budgets.length).toBeGreaterThan(0);
  });

  it('answers a bad token with 401', async () => {
    const response = await fetch(
      csvUrl('level=desa&parentKode=97.01&program=FX_PMT&periods=2022'),
      {
        headers: { authorization: 'Bearer not-a-token' },
      },
    );
    expect(response.status).toBe(401);
  });

  it.each([
    ['a missing level', 'parentKode=97.01&program=FX_PMT&periods=2022'],
    ['a missing program', 'level=desa&parentKode=97.01&periods=2022'],
    ['an unknown program', 'level=desa&parentKode=97.01&program=NOPE&periods=2022'],
    ['a malformed period', 'level=desa&parentKode=97.01&program=FX_PMT&periods=2022,22'],
    [
      'a parentKode below the level',
      'level=kecamatan&parentKode=97.01.01&program=FX_PMT&periods=2022',
    ],
  ])('answers %s with 400 BAD_USER_INPUT', async (_what, search) => {
    const response = await fetch(csvUrl(search));
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
