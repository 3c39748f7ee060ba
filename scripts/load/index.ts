import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { autocannon, type CannonContext, type CannonResult } from './autocannon.ts';
import { emptyStats, type KindStats, printTable } from './report.ts';
import {
  assertLocalUrl,
  desaKodes,
  freePort,
  intArg,
  onCleanup,
  postGraphql,
  procStatusKb,
  runScript,
  type ServerChild,
  signToken,
  startServer,
  waitReady,
} from './server.ts';
import { type Kind, kinds, type Workload, workload } from './workload.ts';

const usage = `Load test of POST /graphql with a realistic read mix (autocannon).

  npm run load -- [--url URL] [--connections 50] [--duration 60] [--database-url URL]

  --url URL           test a running server (127.0.0.1/localhost only; JWT_SECRET must match);
                      without it a child server is started (RATE_LIMIT_PER_MINUTE=0, free port,
                      embedded database in a temp dir unless --database-url or DATABASE_URL)
  --connections N     concurrent connections (default 50)
  --duration S        seconds of load (default 60)
  --database-url URL  PostgreSQL for the child server (local only)

Mix: 20% choropleth list, 50% point lookup, 30% region detail, ANALYST bearer token.
Exits 1 on any network error, timeout, non-2xx or GraphQL error.`;

const defaultSecret = 'petagizi-load-secret';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const connections = intArg(values.connections, 'connections', 50, 1000);
  const duration = intArg(values.duration, 'duration', 60, 3600);
  const secret = process.env.JWT_SECRET || defaultSecret;

  let baseUrl: string;
  let server: ServerChild | undefined;
  if (values.url) {
    const url = assertLocalUrl(values.url, '--url');
    baseUrl = url.origin;
  } else {
    const databaseUrl = values['database-url'] || process.env.DATABASE_URL || undefined;
    if (databaseUrl) assertLocalUrl(databaseUrl, 'database URL');
    let pgliteDir: string | undefined;
    if (!databaseUrl) {
      const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-load-'));
      pgliteDir = dir;
      onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
    }
    const port = await freePort();
    server = startServer(
      port,
      {
        DATABASE_URL: databaseUrl,
        PGLITE_DIR: pgliteDir,
        JWT_SECRET: secret,
        RATE_LIMIT_PER_MINUTE: '0',
        // The workload asks for the demo's regions: seeded when the database holds none (a real
        // database with regions is left as it is).
        SEED_DEMO: 'true',
        // As `npm start` runs it (the bundle in dist/, rebuilt when src/ changed).
      },
      'start',
    );
    console.log(
      `server pid ${server.pid} on port ${port}, ${databaseUrl ? 'PostgreSQL' : 'embedded'}`,
    );
    const readyMs = await waitReady(server.baseUrl, 120_000, server);
    console.log(`ready after ${readyMs} ms`);
    baseUrl = server.baseUrl;
  }

  const token = await signToken(secret, 'ANALYST');
  const load: Workload = workload(await desaKodes(baseUrl, token));
  for (const kind of kinds) {
    for (let i = 0; i < 3; i += 1) {
      const { query, variables } = load.next(kind);
      const reply = await postGraphql(baseUrl, token, query, variables, 30_000);
      const problem = reply.status === 200 ? load.check(kind, reply) : `HTTP ${reply.status}`;
      if (problem) throw new Error(`warm-up ${kind} failed: ${problem} ${JSON.stringify(reply)}`);
    }
  }

  const stats = new Map<Kind, KindStats>(kinds.map((kind) => [kind, emptyStats()]));
  const rssBefore = server ? procStatusKb(server.pid, 'VmRSS') : undefined;
  let rssPeak = rssBefore ?? 0;
  const sampler = setInterval(() => {
    if (server) rssPeak = Math.max(rssPeak, procStatusKb(server.pid, 'VmRSS') ?? 0);
  }, 250);
  onCleanup(async () => clearInterval(sampler));

  console.log(`load: ${connections} connections for ${duration} s against ${baseUrl}/graphql`);
  const started = performance.now();
  const result = await new Promise<CannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration,
        timeout: 10,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            setupRequest: (request, context: CannonContext) => {
              const kind = load.pick();
              context.kind = kind;
              context.t0 = performance.now();
              return { ...request, body: JSON.stringify(load.next(kind)) };
            },
            onResponse: (status, body, context: CannonContext) => {
              const kind = context.kind as Kind;
              const entry = stats.get(kind);
              if (!entry) return;
              entry.latencies.push(performance.now() - (context.t0 as number));
              let problem: string | undefined;
              if (status < 200 || status > 299) {
                entry.non2xx += 1;
                problem = `HTTP ${status}`;
              } else {
                try {
                  problem = load.check(kind, JSON.parse(body));
                } catch {
                  problem = 'body is not JSON';
                }
                if (problem) entry.gqlErrors += 1;
              }
              if (problem && entry.samples.length < 3) {
                entry.samples.push(`${problem}: ${body.slice(0, 300)}`);
              }
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    const guard = setTimeout(() => instance.stop(), (duration + 30) * 1000);
    onCleanup(async () => {
      clearTimeout(guard);
      instance.stop();
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const total = printTable(stats, elapsed);
  console.log(
    `autocannon: ${result.requests.total} responses, ${result.requests.average} req/s avg, ` +
      `errors ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}, ` +
      `resets ${result.resets}`,
  );
  if (server) {
    const mb = (kb: number | undefined) =>
      kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`;
    console.log(
      `server RSS: ${mb(rssBefore)} before load, peak ${mb(rssPeak || undefined)} during load ` +
        `(sampled every 250 ms), VmHWM since start ${mb(procStatusKb(server.pid, 'VmHWM'))}`,
    );
  }
  const failures = result.errors + result.non2xx + total.non2xx + total.gqlErrors;
  if (total.latencies.length === 0) {
    console.error('FAIL: no responses');
    return 1;
  }
  if (failures > 0) {
    console.error(`FAIL: ${failures} failed responses or errors`);
    return 1;
  }
  console.log('OK');
  return 0;
}

runScript(main);
