import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { createRateLimiter } from '../../src/http/rateLimit.ts';
import { createLogger, useLogger } from '../../src/ops/logger.ts';
import { signToken, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';
import { parsePrometheus, sampleSum } from './promText.ts';

/** Log lines written while the tests run, parsed. */
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const text of String(chunk).split('\n')) {
      if (text === '') continue;
      raw.push(text);
      lines.push(JSON.parse(text));
    }
    done();
  },
});

let http: TestHttp;
/** Metrics are process-wide and other test files run in this process: compare with a baseline. */
let before: ReturnType<typeof parsePrometheus>['samples'];
let previousLogger: ReturnType<typeof useLogger>;

beforeAll(async () => {
  await testDatabase();
  previousLogger = useLogger(createLogger({ level: 'info', format: 'json' }, sink));
  http = await startTestHttp({
    // A budget of 3 per minute so that this file can reach the limit quickly.
    rateLimiter: createRateLimiter({ perMinute: 3 }),
  });
  before = parsePrometheus(await (await fetch(`${http.url}/metrics`)).text()).samples;
});

/** How much a metric grew since the baseline. */
const grew = (
  samples: ReturnType<typeof parsePrometheus>['samples'],
  name: string,
  labels: Record<string, string> = {},
) => sampleSum(samples, name, labels) - sampleSum(before, name, labels);

afterAll(async () => {
  await http.close();
  useLogger(previousLogger);
});

/** Waits for the log line of the request with this id (written when the response finishes). */
async function lineOf(reqId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const found = lines.find((line) => line.reqId === reqId && line.msg === 'request');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for request ${reqId}`);
}

describe('request log', () => {
  it('writes one JSON line per request with id, route, operation, status, role and cache', async () => {
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bug-report-42' },
      body: JSON.stringify({ query: 'query OpsCatalogProbe { indicators { code } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('bug-report-42');
    const line = await lineOf('bug-report-42');
    expect(line).toMatchObject({
      reqId: 'bug-report-42',
      method: 'POST',
      route: '/graphql',
      status: 200,
      operation: 'OpsCatalogProbe',
      role: 'PUBLIC',
      msg: 'request',
    });
    expect(typeof line.ms).toBe('number');
    expect(['hit', 'miss']).toContain(line.cache);
    expect(lines.filter((l) => l.reqId === 'bug-report-42' && l.msg === 'request')).toHaveLength(1);
  });

  it('makes an id when the client sends none or an unusable one, and returns it', async () => {
    const response = await fetch(`${http.url}/healthz`, {
      headers: { 'x-request-id': 'no spaces or <html> allowed' },
    });
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await lineOf(id)).route).toBe('/healthz');
  });

  it('logs a refused token with its code and the role unknown, never the token', async () => {
    const token = await signToken(
      { role: 'ANALYST' },
      { secret: 'some-other-secret-of-32-bytes!!!!' },
    );
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'bad-token-1',
      },
      body: JSON.stringify({ query: '{ indicators { code } }' }),
    });
    expect(response.status).toBe(401);
    const line = await lineOf('bad-token-1');
    expect(line).toMatchObject({ status: 401, errors: ['UNAUTHENTICATED'] });
    expect(line.role).toBeUndefined();
    expect(raw.join('\n')).not.toContain(token);
    expect(raw.join('\n')).not.toContain(token.split('.')[2]);
  });

  it('logs the viewer role of a valid token and the error codes of a GraphQL answer', async () => {
    const token = await signToken({ role: 'ANALYST' });
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'analyst-bad-kode',
      },
      body: JSON.stringify({ query: 'query Bad { region(kode: "32.16.x") { nama } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await lineOf('analyst-bad-kode')).toMatchObject({
      role: 'ANALYST',
      operation: 'Bad',
      errors: ['BAD_USER_INPUT'],
    });
  });
});

describe('unexpected errors', () => {
  it('logs one line with the stack under the request id; the client sees only the code', async () => {
    await db.$executeRaw`CREATE OR REPLACE FUNCTION test_ops_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.detail::text LIKE '%ops-injected%' THEN RAISE EXCEPTION 'ops injected failure'; END IF; RETURN NEW; END $$`;
    await db.$executeRaw`CREATE TRIGGER test_ops_fail BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_ops_fail()`;
    try {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await signToken({ role: 'ADMIN' }, { subject: 'ops-admin' })}`,
          'x-request-id': 'ops-unexpected-1',
        },
        body: JSON.stringify({
          query:
            'mutation Write($values: [IndicatorValueInput!]!) { upsertIndicatorValues(values: $values) { rows } }',
          variables: {
            values: [
              {
                kode: '32.16.01.2001',
                indicator: 'WASTING',
                period: '2019-07',
                source: 'ops-injected',
                numerator: 2,
                denominator: 30,
              },
            ],
          },
        }),
      });
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(text).not.toContain('ops injected failure');
      await lineOf('ops-unexpected-1');
      const incidents = lines.filter(
        (line) => line.reqId === 'ops-unexpected-1' && line.msg === 'unexpected error',
      );
      expect(incidents).toHaveLength(1);
      const err = incidents[0]?.err as { message: string; stack: string };
      expect(err.message).toContain('ops injected failure');
      expect(err.stack).toMatch(/\n\s+at /);
      expect(await lineOf('ops-unexpected-1')).toMatchObject({
        operation: 'Write',
        role: 'ADMIN',
        errors: ['INTERNAL_SERVER_ERROR'],
      });
    } finally {
      await db.$executeRaw`DROP TRIGGER test_ops_fail ON audit_log`;
      await db.$executeRaw`DROP FUNCTION test_ops_fail()`;
    }
  });
});

describe('/metrics', () => {
  it('serves Prometheus text that parses, with requests, errors, refusals, database and process figures', async () => {
    // Reach the rate limit of 3/min from this address (earlier tests used some of it).
    let refused = 0;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ indicators { code } }' }),
      });
      if (response.status === 429) refused++;
    }
    expect(refused).toBeGreaterThan(0);

    const response = await fetch(`${http.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const { samples, types } = parsePrometheus(await response.text());

    expect(types.get('petagizi_http_requests_total')).toBe('counter');
    expect(types.get('petagizi_http_request_duration_seconds')).toBe('histogram');
    expect(
      grew(samples, 'petagizi_http_requests_total', { route: '/graphql', status: '200' }),
    ).toBe(9 - 1 - refused);
    expect(
      grew(samples, 'petagizi_http_requests_total', { route: '/graphql', status: '429' }),
    ).toBe(refused);
    expect(grew(samples, 'petagizi_rate_limit_refusals_total', { route: '/graphql' })).toBe(
      refused,
    );
    expect(grew(samples, 'petagizi_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(grew(samples, 'petagizi_graphql_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBe(
      1,
    );
    expect(grew(samples, 'petagizi_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(grew(samples, 'petagizi_graphql_errors_total', { code: 'RATE_LIMITED' })).toBe(refused);
    expect(
      sampleSum(samples, 'petagizi_http_request_duration_seconds_count', {
        operation: 'OpsCatalogProbe',
      }),
    ).toBe(1);

    // Histogram buckets are cumulative and end at +Inf = count.
    const buckets = samples.filter(
      (s) =>
        s.name === 'petagizi_http_request_duration_seconds_bucket' &&
        s.labels.operation === 'OpsCatalogProbe',
    );
    expect(buckets.at(-1)?.labels.le).toBe('+Inf');
    for (let i = 1; i < buckets.length; i++) {
      expect(buckets[i]?.value).toBeGreaterThanOrEqual(buckets[i - 1]?.value ?? 0);
    }
    expect(buckets.at(-1)?.value).toBe(1);

    expect(sampleSum(samples, 'petagizi_db_statement_duration_seconds_count')).toBeGreaterThan(0);
    expect(sampleSum(samples, 'petagizi_response_cache_lookups_total')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'petagizi_cache_bytes')).toBe(true);
    expect(sampleSum(samples, 'petagizi_process_resident_memory_bytes')).toBeGreaterThan(10e6);
    expect(samples.some((s) => s.name === 'petagizi_event_loop_delay_p99_seconds')).toBe(true);
    expect(samples.some((s) => s.name === 'petagizi_nodejs_eventloop_lag_seconds')).toBe(true);
    if (process.env.DATABASE_URL) {
      // The test server uses the shared test connection; its pool is what the gauge would read
      // once start() registers it, so only the metric's presence is checked here.
      expect(types.get('petagizi_db_pool_connections')).toBe('gauge');
    }
  });

  it('asks for the configured bearer token when one is set', async () => {
    const guarded = await startTestHttp({
      config: (c) => ({ ...c, ops: { ...c.ops, metricsToken: 'scrape-secret' } }),
      rateLimiter: null,
    });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      const ok = await fetch(`${guarded.url}/metrics`, {
        headers: { authorization: 'Bearer scrape-secret' },
      });
      expect(ok.status).toBe(200);
      expect(parsePrometheus(await ok.text()).samples.length).toBeGreaterThan(10);
    } finally {
      await guarded.close();
    }
  });
});

describe('/livez and /readyz', () => {
  it('answers live and ready when the database answers and every migration is applied', async () => {
    const live = await fetch(`${http.url}/livez`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${http.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', ready: true });
  });
});
