import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerTier } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { createStampReader, readDataStamp, reads, stampFor } from '../../src/db/freshness.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { indicatorCodesRead, isCacheableOperation } from '../../src/http/responseCache.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { subgraphSchema } from '../../src/schema.ts';
import { fixture, loadFixture } from '../helpers/fixtures.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;
let analyst: string;

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  http = await startTestHttp();
  analyst = await signToken({ role: 'ANALYST' });
});

afterAll(async () => {
  await http.close();
  await setDesaSatu(12, 50);
  await db.indicatorValue.deleteMany({ where: { source: 'cache-test' } });
});

/** Puts STUNTING 2023 of fixture desa 99.01.01.2001 (source "fixture") to n/d. */
const setDesaSatu = (numerator: number, denominator: number) =>
  upsertIndicatorValues(db, [
    {
      kode: '99.01.01.2001',
      code: 'STUNTING',
      period: fixture.period,
      source: fixture.source,
      numerator,
      denominator,
      value: null,
      ciLow: null,
      ciHigh: null,
      se: null,
      method: null,
    },
  ]);

const valueQuery = `query($kode: ID!) {
  region(kode: $kode) {
    kode nama geometry(precision: 6)
    indicator(code: "STUNTING", period: "2023", source: "fixture") { numerator denominator value suppressed }
  }
}`;

const ask = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const response = await http.post({ query, variables }, { token });
  return {
    status: response.status,
    cache: response.headers.get('petagizi-cache'),
    body: (await response.json()) as GraphQLBody,
  };
};

describe('whole-answer cache', () => {
  it('answers a repeated query from memory with one statement (the data stamp)', async () => {
    const first = await ask(valueQuery, { kode: '99.01.01.2002' }, analyst);
    const again = await recordStatements(() => ask(valueQuery, { kode: '99.01.01.2002' }, analyst));
    expect(first.status).toBe(200);
    expect(again.result.cache).toBe('hit');
    expect(again.result.body).toEqual(first.body);
    expect(again.statements.map((s) => s.sql)).toEqual([
      expect.stringContaining('FROM data_version'),
    ]);
    // The fixture's hand-set counts: 3 of 40.
    expect(first.body.data).toMatchObject({
      region: { indicator: { numerator: 3, denominator: 40, value: 7.5 } },
    });
  });

  it('never serves an answer from before a write', async () => {
    await setDesaSatu(12, 50);
    const before = await ask(valueQuery, { kode: '99.01.01.2001' }, analyst);
    await ask(valueQuery, { kode: '99.01.01.2001' }, analyst); // now cached
    await setDesaSatu(20, 50);
    const after = await ask(valueQuery, { kode: '99.01.01.2001' }, analyst);
    expect(before.body.data).toMatchObject({
      region: { indicator: { numerator: 12, denominator: 50, value: 24 } },
    });
    expect(after.cache).toBe('miss');
    expect(after.body.data).toMatchObject({
      region: { indicator: { numerator: 20, denominator: 50, value: 40 } },
    });
  });

  it('stays valid when another indicator changes, and not when its own does', async () => {
    const write = (code: string, numerator: number) =>
      upsertIndicatorValues(db, [
        {
          kode: '99.01.01.2002',
          code,
          period: fixture.period,
          source: 'cache-test',
          numerator,
          denominator: 40,
          value: null,
          ciLow: null,
          ciHigh: null,
          se: null,
          method: null,
        },
      ]);
    await ask(valueQuery, { kode: '99.01.01.2002' }, analyst);
    await write('WASTING', 2);
    const afterOther = await ask(valueQuery, { kode: '99.01.01.2002' }, analyst);
    expect(afterOther.cache).toBe('hit');
    await write('STUNTING', 9);
    const afterOwn = await ask(valueQuery, { kode: '99.01.01.2002' }, analyst);
    expect(afterOwn.cache).toBe('miss');
    // The query names source "fixture": still 3 of 40, now computed afresh.
    expect(afterOwn.body.data).toMatchObject({
      region: { indicator: { numerator: 3, denominator: 40 } },
    });
  });

  it('keeps the public tier apart from analysts (suppression differs)', async () => {
    // 99.01.01.2002 has 3 of 40: a count under 5, hidden from PUBLIC.
    const full = await ask(valueQuery, { kode: '99.01.01.2002' }, analyst);
    const shown = await ask(valueQuery, { kode: '99.01.01.2002' });
    const shownAgain = await ask(valueQuery, { kode: '99.01.01.2002' });
    expect(full.body.data).toMatchObject({
      region: { indicator: { numerator: 3, suppressed: false } },
    });
    expect(shown.body.data).toMatchObject({
      region: { indicator: { numerator: null, value: null, suppressed: true } },
    });
    expect(shownAgain.cache).toBe('hit');
    expect(shownAgain.body).toEqual(shown.body);
  });

  it('sees a TRUNCATE as a write (inside a transaction that is rolled back)', async () => {
    const before = await readDataStamp();
    let inside = before;
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`TRUNCATE indicator_value`;
        const rows = await tx.$queryRaw<{ stamp: string }[]>`
          SELECT COALESCE(sum(version), 0)::text AS stamp FROM data_version`;
        inside = rows[0]?.stamp ?? before;
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(BigInt(inside)).toBe(BigInt(before) + 1n);
    expect(await readDataStamp()).toBe(before);
    expect(await db.indicatorValue.count()).toBeGreaterThan(0);
  });

  it('does not keep answers with errors', async () => {
    const query = `query($kode: ID!) { region(kode: $kode) { indicator(code: "NOPE", period: "2023") { value } } }`;
    const first = await ask(query, { kode: '99.01.01.2001' }, analyst);
    const second = await ask(query, { kode: '99.01.01.2001' }, analyst);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.cache).toBeNull();
    expect(second.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs by-name reads every time, so each one is audited', async () => {
    const officer = await signToken(
      { role: 'OFFICER', scope: ['32.16.01'] },
      { subject: 'cache-audit@test' },
    );
    const query = `query($id: ID!) { childRecord(id: $id) { id name } }`;
    for (let i = 0; i < 3; i += 1) {
      const reply = await ask(query, { id: 'C-3216012001-001' }, officer);
      expect(reply.cache).toBeNull();
      expect(reply.body.data).toMatchObject({ childRecord: { id: 'C-3216012001-001' } });
    }
    expect(await db.auditLog.count({ where: { actor: 'cache-audit@test' } })).toBe(3);
  });
});

describe('isCacheableOperation', () => {
  const cacheable = (source: string) => isCacheableOperation(subgraphSchema, parse(source));

  it('takes queries that read only regions, values and the catalog', () => {
    expect(cacheable('{ region(kode: "32.16") { kode nama parent { kode } } }')).toBe(true);
    expect(
      cacheable(`{ regions(level: DESA, parentKode: "32.16", first: 5) {
        totalCount nodes { __typename kode geometry ... on Desa { jenis } }
        pageInfo { hasNextPage } } }`),
    ).toBe(true);
    expect(
      cacheable(`{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING",
        period: "2023") { breaks featureCollection regions { kode value } } }`),
    ).toBe(true);
    expect(cacheable('{ indicators { code name periods } }')).toBe(true);
  });

  it('refuses mutations, introspection and anything beyond those tables', () => {
    expect(cacheable('mutation { upsertIndicatorValues(values: []) { rows } }')).toBe(false);
    expect(cacheable('{ __schema { types { name } } }')).toBe(false);
    expect(cacheable('{ childRecord(id: "x") { id } }')).toBe(false);
    expect(cacheable('{ region(kode: "32.16") { facilities(kind: POSYANDU) { kode } } }')).toBe(
      false,
    );
    expect(
      cacheable(
        '{ region(kode: "32.16.01.2001") { ... on Desa { priority(year: 2022) { year } } } }',
      ),
    ).toBe(false);
    expect(cacheable('{ programs { code } }')).toBe(false);
  });
});

describe('indicatorCodesRead and stampFor', () => {
  const codes = (source: string, variables?: Record<string, unknown>) =>
    indicatorCodesRead(subgraphSchema, parse(source), variables);

  it('finds the indicators an operation reads values of, from literals and variables', () => {
    expect(codes('{ region(kode: "32.16") { kode nama geometry } }')).toEqual(new Set());
    expect(
      codes(
        `query($i: String!) { choropleth(level: DESA, parentKode: "32.16", indicator: $i,
          period: "2023") { breaks } region(kode: "32.16") {
          indicator(code: "WASTING", period: "2023") { value } } }`,
        { i: 'STUNTING' },
      ),
    ).toEqual(new Set(['STUNTING', 'WASTING']));
    expect(codes('{ indicators { code periods } }')).toBe('all');
    expect(codes('query($c: String!) { indicator(code: $c) { name } }', {})).toBe('all');
  });

  it('sums regions, catalog and truncations always, values only of those indicators', () => {
    const versions = new Map<string, bigint>([
      ['region:DESA', 5n],
      ['indicator', 1n],
      ['truncate:region', 2n],
      ['value:STUNTING:2023', 3n],
      ['value:STUNTING:2023-08', 4n],
      ['value:WASTING:2023', 7n],
    ]);
    expect(stampFor(versions, new Set(['STUNTING']))).toBe('15');
    expect(stampFor(versions, new Set())).toBe('8');
    expect(stampFor(versions, 'all')).toBe('22');
  });
});

describe('viewerTier', () => {
  it('separates public, full and each officer scope', () => {
    expect(viewerTier({ role: 'PUBLIC', scope: [], subject: null })).toBe('public');
    expect(viewerTier({ role: 'ANALYST', scope: [], subject: 'a' })).toBe('full');
    expect(viewerTier({ role: 'ADMIN', scope: [], subject: 'b' })).toBe('full');
    expect(viewerTier({ role: 'OFFICER', scope: ['32.16.02', '32.16.01'], subject: 'c' })).toBe(
      'officer:32.16.01,32.16.02',
    );
  });
});

describe('createStampReader', () => {
  /** A fake stamp source: each read is numbered when it starts and settles when told. */
  const fakeSource = () => {
    const reads: { started: number; resolve: (stamp: string) => void }[] = [];
    let started = 0;
    const read = () =>
      new Promise<string>((resolve) => {
        started += 1;
        reads.push({ started, resolve });
      });
    return { reads, read };
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('costs one read per request when requests come one at a time', async () => {
    const source = fakeSource();
    const stamp = createStampReader(source.read);
    for (let i = 1; i <= 3; i += 1) {
      const pending = stamp();
      source.reads[i - 1]?.resolve(String(i));
      expect(await pending).toBe(String(i));
    }
    expect(source.reads).toHaveLength(3);
  });

  it('never answers with a read that began before the request arrived', async () => {
    const source = fakeSource();
    const stamp = createStampReader(source.read);
    const a = stamp(); // starts read 1
    const b = stamp(); // read 1 is in flight: b must wait for read 2
    const c = stamp(); // shares read 2 with b
    expect(source.reads).toHaveLength(1);
    source.reads[0]?.resolve('before-write');
    expect(await a).toBe('before-write');
    await tick();
    expect(source.reads).toHaveLength(2);
    source.reads[1]?.resolve('after-write');
    expect(await b).toBe('after-write');
    expect(await c).toBe('after-write');
    // Under load: 3 requests, 2 statements.
    expect(source.reads).toHaveLength(2);
  });

  it('passes a failed read to every request that shares it, then reads again', async () => {
    let calls = 0;
    const stamp = createStampReader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return '7';
    });
    await expect(stamp()).rejects.toThrow('connection lost');
    await expect(stamp()).resolves.toBe('7');
  });
});

describe('cacheability from the schema', () => {
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      declared: { type: GraphQLInt, extensions: reads('regions') },
      undeclared: { type: GraphQLInt },
      values: {
        type: GraphQLInt,
        args: { code: { type: GraphQLString } },
        extensions: reads('regions', { values: 'code' }),
      },
    },
  });
  const tiny = new GraphQLSchema({ query });

  it('caches an operation only when every field declares what it reads', () => {
    expect(isCacheableOperation(tiny, parse('{ declared }'))).toBe(true);
    expect(isCacheableOperation(tiny, parse('{ declared undeclared }'))).toBe(false);
    expect(isCacheableOperation(tiny, parse('{ declared __schema { description } }'))).toBe(false);
  });

  it('reads the indicator codes from the declared argument', () => {
    expect(indicatorCodesRead(tiny, parse('{ values(code: "WASTING") }'), {})).toEqual(
      new Set(['WASTING']),
    );
    expect(
      indicatorCodesRead(tiny, parse('query($c: String) { values(code: $c) }'), { c: 'X' }),
    ).toEqual(new Set(['X']));
    expect(indicatorCodesRead(tiny, parse('{ values }'), {})).toBe('all');
  });
});
