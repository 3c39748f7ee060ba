import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Connection, connection, openConnection, useConnection } from '../../src/db/client.ts';
import { pendingMigrations } from '../../src/db/migrate.ts';
import { listenFirst, StartError, trackShutdown } from '../../src/ops/lifecycle.ts';
import { createLogger } from '../../src/ops/logger.ts';
import { isDatabaseUnavailable } from '../../src/ops/unavailable.ts';
import { repoPath } from '../../src/paths.ts';
import { startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const quiet = createLogger(
  { level: 'silent', format: 'json' },
  new Writable({ write: (_c, _e, done) => done() }),
);

beforeAll(async () => {
  await testDatabase();
});

describe('start', () => {
  it('refuses a busy port with one line, before the database is opened', async () => {
    const blocker = createHttpServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as AddressInfo).port;
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'petagizi-busy-')), 'pglite');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', repoPath('src', 'server.ts')], {
        cwd: repoPath(),
        env: {
          ...process.env,
          DATABASE_URL: '',
          VITEST: '',
          PORT: String(port),
          HOST: '127.0.0.1',
          PGLITE_DIR: dataDir,
          LOG_FORMAT: 'json',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout?.on('data', (chunk) => {
        out += chunk;
      });
      child.stderr?.on('data', (chunk) => {
        out += chunk;
      });
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0] ?? '{}');
      expect(line.msg).toBe(
        `port ${port} on 127.0.0.1 is already in use (another petagizi?); stop it or set PORT`,
      );
      expect(line.level).toBe(60);
      // The embedded data directory was never created: the database was not opened.
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE while starting, 200 on /livez', async () => {
    const http = await listenFirst(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
    try {
      const starting = await fetch(`${url}/graphql`, { method: 'POST' });
      expect(starting.status).toBe(503);
      expect(starting.headers.get('retry-after')).toBe('2');
      expect(await starting.json()).toMatchObject({
        errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      expect((await fetch(`${url}/livez`)).status).toBe(200);
      http.serve(async (_req, res) => {
        res.end('served');
      });
      expect(await (await fetch(`${url}/graphql`)).text()).toBe('served');
    } finally {
      http.server.close();
    }
  });

  it('names the port taken as a StartError', async () => {
    const first = await listenFirst(0, '127.0.0.1');
    const port = (first.server.address() as AddressInfo).port;
    try {
      await expect(listenFirst(port, '127.0.0.1')).rejects.toThrow(StartError);
    } finally {
      first.server.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes requests in flight, refuses new connections, closes, then exits 0', async () => {
    const events: string[] = [];
    const server = createHttpServer((_req, res) => {
      events.push('started');
      setTimeout(() => {
        res.end('finished');
        events.push('answered');
      }, 400);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    let exitCode: number | undefined;
    const shutdown = trackShutdown(server, {
      timeoutMs: 5000,
      log: quiet,
      async close() {
        events.push('closed');
      },
      exit: (code) => {
        exitCode = code;
        events.push('exit');
      },
    });
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then(async (r) => ({
      status: r.status,
      body: await r.text(),
      connection: r.headers.get('connection'),
    }));
    while (!events.includes('started')) await new Promise((r) => setTimeout(r, 5));
    const stopping = shutdown('SIGTERM');
    // A new connection after the signal is refused.
    await expect(fetch(`http://127.0.0.1:${port}/late`)).rejects.toThrow();
    expect(await inFlight).toEqual({ status: 200, body: 'finished', connection: 'close' });
    await stopping;
    expect(events).toEqual(['started', 'answered', 'closed', 'exit']);
    expect(exitCode).toBe(0);
  });

  it('cuts what is still running after the timeout', async () => {
    const server = createHttpServer(() => {
      // never answers
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    let exited = false;
    const shutdown = trackShutdown(server, {
      timeoutMs: 200,
      log: quiet,
      async close() {},
      exit: () => {
        exited = true;
      },
    });
    const hanging = new Promise<string>((resolve) => {
      request(`http://127.0.0.1:${port}/hang`)
        .on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? 'error'))
        .end();
    });
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await shutdown('SIGTERM');
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(await hanging).toBe('ECONNRESET');
    expect(exited).toBe(true);
  });
});

describe('readiness', () => {
  it('lists migrations on disk that the database has not applied', async () => {
    const conn = connection();
    expect(await pendingMigrations(conn)).toEqual([]);
    const { mkdirSync, writeFileSync, cpSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-migrations-'));
    cpSync(repoPath('prisma', 'migrations'), dir, { recursive: true });
    mkdirSync(path.join(dir, '9999_from_the_future'));
    writeFileSync(path.join(dir, '9999_from_the_future', 'migration.sql'), 'SELECT 1;');
    expect(await pendingMigrations(conn, dir)).toEqual(['9999_from_the_future']);
  });
});

/**
 * A TCP proxy in front of PostgreSQL that can be cut: what a PostgreSQL restart looks like from
 * the API (open connections die, new ones are refused), without restarting the shared server.
 */
async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  let open = true;
  const server = createNetServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const postgres = Boolean(process.env.DATABASE_URL);

describe('database outage', () => {
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  let outageConn: Connection;
  let shared: Connection;
  let http: TestHttp;

  beforeAll(async () => {
    if (!postgres) {
      console.log(
        '[skip] database outage over TCP: needs DATABASE_URL (the embedded database runs in process)',
      );
      return;
    }
    shared = await testDatabase();
    const target = new URL(inject('testDatabaseUrl') ?? '');
    proxy = await cuttableProxy(target);
    const via = new URL(target);
    via.hostname = '127.0.0.1';
    via.port = String(proxy.port);
    outageConn = openConnection({ databaseUrl: via.toString(), pgliteDir: 'memory://' });
    useConnection(outageConn);
    http = await startTestHttp({ rateLimiter: null });
  });

  afterAll(async () => {
    if (!postgres) return;
    await http.close();
    useConnection(shared);
    await outageConn.close().catch(() => {});
    await proxy.close();
  });

  it.skipIf(!postgres)(
    'answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is gone, then recovers',
    async () => {
      const ask = () =>
        fetch(`${http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Uncached: each request reads the database (a region lookup by a fresh kode).
          body: JSON.stringify({
            query: `{ regions(level: KECAMATAN, parentKode: "32.16", first: 3) { nodes { kode } } }`,
          }),
        });
      expect((await ask()).status).toBe(200);
      proxy.cut();
      const down = await ask();
      if (down.status !== 503) throw new Error(await down.text());
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('2');
      const body = (await down.json()) as { errors: { message: string; extensions: object }[] };
      expect(body.errors[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(body)).not.toMatch(/at |stack|ECONN|prisma/i);
      const ready = await fetch(`${http.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { reason: string }).reason).toMatch(/^database unavailable/);
      proxy.restore();
      let recovered = 0;
      for (let i = 0; i < 50 && recovered === 0; i++) {
        if ((await ask()).status === 200) recovered = 1;
        else await new Promise((r) => setTimeout(r, 100));
      }
      expect(recovered).toBe(1);
      expect((await fetch(`${http.url}/readyz`)).status).toBe(200);
    },
  );
});

describe('isDatabaseUnavailable', () => {
  it('tells a refused connection from a SQL error', async () => {
    const refused = openConnection({
      databaseUrl: 'postgresql://postgres@127.0.0.1:1/none',
      pgliteDir: 'memory://',
    });
    const outage = await refused.db.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    await refused.close().catch(() => {});
    expect(isDatabaseUnavailable(outage)).toBe(true);
    const bad = await connection().db.$queryRaw`SELECT * FROM "no_such_table_here"`.catch(
      (e: unknown) => e,
    );
    expect(bad).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(bad)).toBe(false);
  });
});
