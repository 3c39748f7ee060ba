import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/client.ts';
import { sha256 } from '../../src/http/persistedQueries.ts';
import { createRateLimiter } from '../../src/http/rateLimit.ts';
import { type GraphQLBody, signToken, startTestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let conn: Connection;

beforeAll(async () => {
  conn = await testDatabase();
});

const json = async (response: Response) => (await response.json()) as GraphQLBody;

describe('query limits', () => {
  it('names the limit a too-deep query breaks', async () => {
    const http = await startTestHttp();
    try {
      const deep = `{ region(kode: "32.16.01.2001") { ${'parent { '.repeat(15)}kode${' }'.repeat(15)} } }`;
      const body = await json(await http.post({ query: deep }));
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        kind: 'depth',
        limit: 12,
      });
      expect(body.errors?.[0]?.message).toMatch(/^query depth \d+ exceeds the limit of 12$/);
    } finally {
      await http.close();
    }
  });

  it('prices connections by page size: a choropleth page passes, nested pages do not', async () => {
    const http = await startTestHttp();
    try {
      const page = await json(
        await http.post({
          query:
            '{ regions(level: DESA, parentKode: "32.16", first: 500) { nodes { kode nama areaKm2 centroid } } }',
        }),
      );
      expect(page.errors).toBeUndefined();
      const nested = await json(
        await http.post({
          query:
            '{ regions(level: KECAMATAN, first: 100) { nodes { children(first: 500) { nodes { kode nama } } } } }',
        }),
      );
      expect(nested.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        kind: 'complexity',
      });
    } finally {
      await http.close();
    }
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client spends its budget, per client', async () => {
    const http = await startTestHttp({ rateLimiter: createRateLimiter({ perMinute: 3 }) });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await http.post({ query: '{ __typename }' })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await http.post({ query: '{ __typename }' });
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await json(limited)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // A signed-in client has a budget of its own.
      const token = await signToken({ role: 'ANALYST' }, { subject: 'other-client' });
      expect((await http.post({ query: '{ __typename }' }, { token })).status).toBe(200);
    } finally {
      await http.close();
    }
  });

  it('shares the budget across processes through Redis', async (context) => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
    });
    try {
      await probe.connect();
      await probe.ping();
    } catch {
      probe.disconnect();
      console.log(`[test] skipping the Redis rate-limit test: no Redis at ${url}`);
      context.skip();
      return;
    }
    probe.disconnect();
    const client = `test-${Date.now()}`;
    const a = createRateLimiter({ perMinute: 2, redisUrl: url });
    const b = createRateLimiter({ perMinute: 2, redisUrl: url });
    try {
      const decisions = [await a.consume(client), await b.consume(client), await a.consume(client)];
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('persisted queries', () => {
  const query = '{ region(kode: "32.16") { nama } }';
  const apq = (hash: string, withQuery: boolean) => ({
    ...(withQuery ? { query } : {}),
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });

  it('registers and runs operations by hash (automatic persisted queries)', async () => {
    const http = await startTestHttp();
    try {
      const miss = await json(await http.post(apq(sha256(query), false)));
      expect(miss.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await json(await http.post(apq(sha256(query), true)))).data).toEqual({
        region: { nama: 'KABUPATEN BEKASI' },
      });
      expect((await json(await http.post(apq(sha256(query), false)))).data).toEqual({
        region: { nama: 'KABUPATEN BEKASI' },
      });
    } finally {
      await http.close();
    }
  });

  it('runs only registered operations in allow-list mode', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-apq-'));
    const file = path.join(dir, 'persisted-documents.json');
    writeFileSync(file, JSON.stringify({ [sha256(query)]: query }));
    const http = await startTestHttp({
      config: (c) => ({
        ...c,
        graphql: { ...c.graphql, persistedQueries: 'allowlist', persistedQueriesFile: file },
      }),
    });
    try {
      expect((await json(await http.post(apq(sha256(query), false)))).data).toEqual({
        region: { nama: 'KABUPATEN BEKASI' },
      });
      expect((await json(await http.post({ query }))).data).toEqual({
        region: { nama: 'KABUPATEN BEKASI' },
      });
      const other = '{ indicators { code } }';
      const refused = await http.post({ query: other });
      expect(refused.status).toBe(403);
      expect((await json(refused)).errors?.[0]?.extensions?.code).toBe(
        'PERSISTED_QUERY_NOT_ALLOWED',
      );
      const unregistered = await json(
        await http.post({ query: other, extensions: apq(sha256(other), true).extensions }),
      );
      expect(unregistered.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    } finally {
      await http.close();
    }
  });

  it('can turn introspection off', async () => {
    const http = await startTestHttp({
      config: (c) => ({ ...c, graphql: { ...c.graphql, introspection: false } }),
    });
    try {
      const body = await json(await http.post({ query: '{ __schema { types { name } } }' }));
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await http.close();
    }
  });
});

describe('statement timeout', () => {
  it('stops a statement that runs longer than the limit', async (context) => {
    if (!conn.capabilities.statementTimeout) {
      console.log(
        '[test] skipping the statement-timeout test: the embedded database cannot interrupt a statement',
      );
      context.skip();
      return;
    }
    await conn.limitStatementTime(200);
    try {
      const started = Date.now();
      await expect(conn.db.$queryRaw`SELECT pg_sleep(3)::text`).rejects.toThrow(
        /statement timeout|canceling statement/i,
      );
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await conn.limitStatementTime(0);
    }
    expect(await conn.db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
