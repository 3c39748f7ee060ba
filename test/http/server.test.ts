import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler, maxBodyBytes } from '../../src/http/app.ts';
import { createServer } from '../../src/server.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: Server;
let base: string;
const apollo = createServer();

beforeAll(async () => {
  await testDatabase();
  await apollo.start();
  http = createHttpServer(createRequestHandler(apollo));
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  http.close();
  await apollo.stop();
});

const post = (body: string, contentType = 'application/json') =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

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
