import { parseArgs } from 'node:util';
import {
  assertLocalUrl,
  desaKodes,
  freePort,
  healthy,
  intArg,
  onCleanup,
  postGraphql,
  runScript,
  signToken,
  sleep,
  startServer,
  waitReady,
} from '../load/server.ts';
import {
  createDatabase,
  defaultAdminUrl,
  deleteSources,
  dropDatabase,
  presentSources,
  restartPostgres,
} from './postgres.ts';

const usage = `Fault test: concurrent writes while PostgreSQL (or the API itself) restarts; no
acknowledged write may be lost, and an outage is a coded, retryable answer, never a bug.

  npm run fault -- [--database-url URL] [--writers 8] [--duration 20] [--fault postgres|api]

  --database-url URL  PostgreSQL to use (local only; else DATABASE_URL; else a fresh database
                      petagizi_fault_<ts> on ${defaultAdminUrl}, dropped at the end)
  --writers N         concurrent writer loops (default 8)
  --duration S        seconds of writing (default 20); the fault happens at 40%
  --fault KIND        postgres (default): restart the newest local cluster "main" with
                      pg_ctlcluster (needs root or postgres); writes refused meanwhile must be
                      HTTP 503 SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR.
                      api: SIGTERM the API server (graceful shutdown) and start a new one on the
                      same port; it must exit 0 and cut no request in flight.

Exits 1 if an acknowledged write is missing, an outage answered INTERNAL_SERVER_ERROR, a request
in flight was cut, or the API takes more than 5 s to recover.`;

const mutation = `mutation Fault($values: [IndicatorValueInput!]!) {
  upsertIndicatorValues(values: $values) { rows changed }
}`;
const cheapRead = '{ region(kode: "32.16") { kode } }';
const recoveryGoalMs = 5_000;
const maxWrites = 500_000;

/** One single-row upsert; resolves with why it was not acknowledged, or undefined. */
async function write(baseUrl: string, token: string, source: string, kode: string) {
  const denominator = 20 + Math.floor(Math.random() * 200);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const values = [
    {
      kode,
      indicator: 'WASTING',
      period: `2019-${month}`,
      source,
      numerator: Math.floor(Math.random() * (denominator / 4)),
      denominator,
    },
  ];
  try {
    const reply = await postGraphql(baseUrl, token, mutation, { values }, 5_000);
    const first = reply.errors?.[0];
    const code = first ? (first.extensions?.code ?? first.message.slice(0, 80)) : '';
    if (reply.status !== 200) return `HTTP ${reply.status} ${code}`.trim();
    if (first) return `GraphQL ${code}`;
    const rows = (reply.data?.upsertIndicatorValues as { rows?: unknown } | undefined)?.rows;
    return rows === 1 ? undefined : `rows = ${JSON.stringify(rows)}`;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return 'timeout (5 s)';
    const cause = (error as { cause?: { code?: string } }).cause;
    return `network ${cause?.code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      writers: { type: 'string' },
      duration: { type: 'string' },
      fault: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const writers = intArg(values.writers, 'writers', 8, 256);
  const duration = intArg(values.duration, 'duration', 20, 600);
  const kind = values.fault ?? 'postgres';
  if (kind !== 'postgres' && kind !== 'api') {
    throw new Error(`--fault must be postgres or api, got ${JSON.stringify(kind)}`);
  }
  const run = Date.now().toString(36);
  const prefix = `fault-${run}-`;

  let databaseUrl = values['database-url'] || process.env.DATABASE_URL || undefined;
  if (databaseUrl) {
    assertLocalUrl(databaseUrl, 'database URL');
    const url = databaseUrl;
    onCleanup(async () => {
      console.log(`removed ${await deleteSources(url, prefix)} rows of this run`);
    });
  } else {
    const name = `petagizi_fault_${Date.now()}`;
    databaseUrl = await createDatabase(defaultAdminUrl, name);
    onCleanup(async () => {
      await dropDatabase(defaultAdminUrl, name);
      console.log(`dropped database ${name}`);
    });
    console.log(`created database ${name}`);
  }

  const secret = process.env.JWT_SECRET || 'petagizi-fault-secret';
  const port = await freePort();
  const serverEnv = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secret,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    // The writers pick desa of the demo: seeded when the database holds no regions.
    SEED_DEMO: 'true',
  };
  let server = startServer(port, serverEnv);
  console.log(
    `server pid ${server.pid}: ready after ${await waitReady(server.baseUrl, 120_000, server)} ms`,
  );
  const base = server.baseUrl;
  const admin = await signToken(secret, 'ADMIN', 'fault-admin');
  const analyst = await signToken(secret, 'ANALYST', 'fault-analyst');
  const kodes = await desaKodes(base, analyst);

  const acked: string[] = [];
  const failed: string[] = [];
  const reasons = new Map<string, number>();
  const preflight = await write(base, admin, `${prefix}preflight`, kodes[0] ?? '32.16.01.2001');
  if (preflight)
    throw new Error(`upsertIndicatorValues does not work before the fault: ${preflight}`);
  acked.push(`${prefix}preflight`);

  const started = Date.now();
  const deadline = started + duration * 1000;
  let counter = 0;
  let firstFailure: number | undefined;
  let lastFailure: number | undefined;
  const writer = async () => {
    while (Date.now() < deadline && counter < maxWrites) {
      const source = `${prefix}${counter}`;
      counter += 1;
      const kode = kodes[Math.floor(Math.random() * kodes.length)] ?? '32.16.01.2001';
      const reason = await write(base, admin, source, kode);
      if (!reason) {
        acked.push(source);
        continue;
      }
      failed.push(source);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      firstFailure ??= Date.now() - started;
      lastFailure = Date.now() - started;
      await sleep(50);
    }
  };

  let restartMs: number | undefined;
  let recoveryMs: number | undefined;
  let restartError: unknown;
  let apiExit: number | null | 'running' | undefined;
  let oldLog = () => '';
  const restartApi = async () => {
    const before = Date.now();
    const old = server;
    oldLog = () => old.logTail(20);
    await old.stop();
    apiExit = old.exitCode();
    server = startServer(port, serverEnv);
    return Date.now() - before;
  };
  const fault = async () => {
    await sleep(duration * 400);
    const what = kind === 'api' ? 'the API (SIGTERM, then a new process)' : 'PostgreSQL';
    console.log(`t+${((Date.now() - started) / 1000).toFixed(1)} s: restarting ${what}`);
    try {
      restartMs = kind === 'api' ? await restartApi() : await restartPostgres();
    } catch (error) {
      restartError = error;
      return;
    }
    const returned = Date.now();
    for (let attempt = 0; attempt < 300 && Date.now() - returned < 30_000; attempt += 1) {
      const polled = Date.now();
      const read = await postGraphql(base, analyst, cheapRead, {}, 2_000).catch(() => undefined);
      const readOk = read?.status === 200 && !read.errors && read.data?.region !== undefined;
      if (readOk && (await healthy(base, 2_000))) {
        recoveryMs = Date.now() - returned;
        return;
      }
      await sleep(Math.max(0, 100 - (Date.now() - polled)));
    }
  };

  console.log(`${writers} writers for ${duration} s`);
  await Promise.all([fault(), ...Array.from({ length: writers }, writer)]);

  const found = await presentSources(databaseUrl, acked);
  const lost = acked.filter((source) => !found.has(source));
  const landed = await presentSources(databaseUrl, failed);
  const window =
    firstFailure === undefined
      ? 'none'
      : `t+${(firstFailure / 1000).toFixed(1)} s … t+${((lastFailure ?? 0) / 1000).toFixed(1)} s`;
  const lines: [string, string | number][] = [
    ['writes attempted', acked.length + failed.length],
    ['acknowledged', acked.length],
    ['failed', failed.length],
    ['acknowledged found in DB', found.size],
    ['lost acknowledged writes', lost.length],
    ['unacknowledged writes that landed', landed.size],
    ['failure window', window],
    [
      kind === 'api' ? 'API stop (graceful) took' : 'pg_ctlcluster restart took',
      restartMs === undefined ? 'n/a' : `${restartMs} ms`,
    ],
    ...(kind === 'api' ? [['old API process exit code', String(apiExit)] as [string, string]] : []),
    ['recovery after restart', recoveryMs === undefined ? 'not within 30 s' : `${recoveryMs} ms`],
  ];
  for (const [label, value] of lines) console.log(`${label.padEnd(34)} ${value}`);
  for (const [reason, count] of reasons) console.log(`  failure: ${reason} × ${count}`);
  if (lost.length > 0) console.log(`  lost: ${lost.slice(0, 10).join(', ')}`);

  // An outage is an answer with a code: INTERNAL_SERVER_ERROR during one is a bug.
  const internal = [...reasons].filter(([reason]) => reason.includes('INTERNAL_SERVER_ERROR'));
  // With a graceful stop, a write either completed or its connection was refused; a socket
  // reset or a hang-up means a request in flight was cut.
  const cut = [...reasons].filter(
    ([reason]) => kind === 'api' && /network (?!ECONNREFUSED)/.test(reason),
  );
  let status = 0;
  if (internal.length > 0) {
    console.error(
      `FAIL: ${internal.reduce((n, [, c]) => n + c, 0)} writes answered INTERNAL_SERVER_ERROR`,
    );
    status = 1;
  }
  if (cut.length > 0) {
    console.error(`FAIL: ${cut.reduce((n, [, c]) => n + c, 0)} requests in flight were cut`);
    status = 1;
  }
  if (kind === 'api' && apiExit !== 0) {
    console.error(`FAIL: the stopped API exited with ${String(apiExit)}, not 0`);
    status = 1;
  }
  if (restartError) {
    console.error(`FAIL: restart failed: ${String(restartError)}`);
    status = 1;
  }
  if (lost.length > 0) {
    console.error(`FAIL: ${lost.length} acknowledged writes are missing`);
    status = 1;
  }
  // A new API process's start time is its own figure (printed); the goal is PostgreSQL's.
  if (recoveryMs === undefined || (kind === 'postgres' && recoveryMs > recoveryGoalMs)) {
    console.error(`FAIL: recovery took longer than ${recoveryGoalMs} ms`);
    status = 1;
  }
  if (status !== 0) {
    if (kind === 'api') console.log(`stopped server's log tail:\n${oldLog()}`);
    console.log(`server log tail:\n${server.logTail(10)}`);
  } else console.log('OK');
  return status;
}

runScript(main);
