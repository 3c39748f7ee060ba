import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { csvField, indicatorCsvColumns } from '../../src/http/export.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { parseCsv } from '../helpers/parseCsv.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;
const awkwardSource = 'Puskesmas "Satu", Agustus\n2019';

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  http = await startTestHttp();
  // A source text that needs every kind of quoting, in a period no other test reads.
  await upsertIndicatorValues(db, [
    {
      kode: '99.01.01.2001',
      code: 'STUNTING',
      period: '2019',
      source: awkwardSource,
      numerator: 9,
      denominator: 40,
      value: null,
      ciLow: null,
      ciHigh: null,
      se: null,
      method: null,
    },
  ]);
});

afterAll(async () => {
  await db.indicatorValue.deleteMany({ where: { period: '2019', source: awkwardSource } });
  await http.close();
});

const csvUrl = (search: string) => `${http.url}/export/indicators.csv?${search}`;

describe('GET /export/indicators.csv', () => {
  it('downloads an indicator table as RFC 4180 CSV in UTF-8 with a byte-order mark', async () => {
    const response = await fetch(
      csvUrl('level=desa&parentKode=32.16&indicator=STUNTING&periods=2022,2023'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="STUNTING_32.16_desa_2022-2023.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...indicatorCsvColumns]);
    expect(rows).toHaveLength(187 * 2);
    expect(rows[0]?.slice(0, 6)).toEqual([
      '32.16.01.1007',
      expect.any(String),
      'DESA',
      '32.16.01',
      'STUNTING',
      '2022',
    ]);
    expect(rows.map((r) => r[5])).toEqual(rows.map((_, i) => (i % 2 === 0 ? '2022' : '2023')));
  });

  it('suppresses small cells for the public and shows them to an analyst, like GraphQL', async () => {
    const search = 'level=desa&parentKode=99.01.01&indicator=STUNTING&periods=2023&source=fixture';
    const column = (name: (typeof indicatorCsvColumns)[number]) =>
      indicatorCsvColumns.indexOf(name);
    const anonymous = parseCsv((await (await fetch(csvUrl(search))).text()).slice(1));
    const token = await signToken({ role: 'ANALYST' });
    const analyst = parseCsv(
      (
        await (
          await fetch(csvUrl(search), { headers: { authorization: `Bearer ${token}` } })
        ).text()
      ).slice(1),
    );
    const row = (rows: string[][], kode: string) => rows.find((r) => r[0] === kode) ?? [];
    expect(row(anonymous, '99.01.01.2002')[column('suppressed')]).toBe('true');
    expect(row(anonymous, '99.01.01.2002')[column('numerator')]).toBe('');
    expect(row(anonymous, '99.01.01.2002')[column('value')]).toBe('');
    expect(row(analyst, '99.01.01.2002')[column('suppressed')]).toBe('false');
    expect(row(analyst, '99.01.01.2002')[column('numerator')]).toBe('3');
    expect(row(analyst, '99.01.01.2002')[column('value')]).toBe('7.5');
  });

  it('quotes fields holding commas, quotes and line breaks', async () => {
    const token = await signToken({ role: 'ANALYST' });
    const response = await fetch(
      csvUrl('level=desa&parentKode=99.01.01&indicator=STUNTING&periods=2019'),
      { headers: { authorization: `Bearer ${token}` } },
    );
    const text = (await response.text()).slice(1);
    expect(text).toContain('"Puskesmas ""Satu"", Agustus\n2019"');
    const rows = parseCsv(text);
    expect(rows.find((r) => r[0] === '99.01.01.2001')?.[6]).toBe(awkwardSource);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('answers a bad token with 401, like GraphQL', async () => {
    const response = await fetch(
      csvUrl('level=desa&parentKode=32.16&indicator=STUNTING&periods=2023'),
      {
        headers: { authorization: 'Bearer not-a-token' },
      },
    );
    expect(response.status).toBe(401);
  });

  it.each([
    ['a missing level', 'parentKode=32.16&indicator=STUNTING&periods=2023'],
    ['an unknown indicator', 'level=desa&parentKode=32.16&indicator=NOPE&periods=2023'],
    ['a malformed period', 'level=desa&parentKode=32.16&indicator=STUNTING&periods=2023,23'],
    ['no periods', 'level=desa&parentKode=32.16&indicator=STUNTING'],
    [
      'a parentKode below the level',
      'level=kecamatan&parentKode=32.16.01&indicator=STUNTING&periods=2023',
    ],
  ])('answers %s with 400 BAD_USER_INPUT', async (_what, search) => {
    const response = await fetch(csvUrl(search));
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
