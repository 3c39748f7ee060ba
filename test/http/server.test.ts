import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/http/app.ts';
import { startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;
let base: string;

beforeAll(async () => {
  await testDatabase();
  http = await startTestHttp();
  base = http.url;
});

afterAll(async () => {
  await http.close();
});

const post = (body: string, contentType = 'application/json') =>
  http.post(body, { contentType, raw: true });

describe('HTTP', () => {
  it('answers the health check with the database in use', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'embedded',
    });
  });

  it('serves GraphQL over POST with a context per request', async () => {
    const response = await post(JSON.stringify({ query: '{ region(kode: "32.16") { nama } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { region: { nama: 'KABUPATEN BEKASI' } } });
  });

  it('answers invalid JSON with 400 and a code, then the next request normally', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const good = await post(JSON.stringify({ query: '{ indicators { code } }' }));
    expect(good.status).toBe(200);
  });

  it('refuses bodies over the size cap with 413', async () => {
    const response = await post(
      JSON.stringify({ query: `{ __typename } #${'x'.repeat(maxBodyBytes)}` }),
    );
    expect(response.status).toBe(413);
  });

  it('returns BAD_USER_INPUT errors without a stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ region(kode: "32-16") { nama } }' }));
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.extensions.stacktrace).toBeUndefined();
    expect(body.errors[0]?.message).toContain('"32-16"');
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
