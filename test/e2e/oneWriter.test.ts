import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  freePort,
  repoRoot,
  type ServerChild,
  startServer,
  waitReady,
} from '../../scripts/load/server.ts';
import { db } from '../../src/db/client.ts';
import { lockFile } from '../../src/db/dataDirLock.ts';
import { signToken, startTestHttp, testSecret } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const databaseUrl = inject('testDatabaseUrl');
const work = mkdtempSync(path.join(tmpdir(), 'petagizi-one-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run <script>`'s file under tsx, as `npm run` would, and collects what it prints. */
function command(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string; ms: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code) => resolve({ code, out, err, ms: Date.now() - started }));
  });
}

const csv = (numerator: number, period = '2024-08') =>
  `kode,indicator,period,numerator,denominator,source\n32.16.01.2001,STUNTING,${period},${numerator},286,e-PPGBM\n`;
const ask = async (baseUrl: string, period = '2024-08') => {
  const query = `{ region(kode: "32.16.01.2001") {
    indicator(code: "STUNTING", period: "${period}") { numerator denominator source } } }`;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signToken({ role: 'ANALYST' })}`,
    },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data?: { region?: { indicator?: unknown } } }).data?.region
    ?.indicator;
};

describe.skipIf(databaseUrl !== null)('one writer for the embedded database', () => {
  const dir = path.join(work, 'pglite');
  const env = {
    PGLITE_DIR: dir,
    JWT_SECRET: testSecret,
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  let server: ServerChild | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('imports through a running server, refuses what it cannot, and the server restarts fine', async () => {
    // No server yet: the command opens the directory itself (and holds it while it runs).
    const regions = await command('scripts/import-regions.ts', ['32.16'], env);
    expect(regions.code, regions.err).toBe(0);
    expect(existsSync(lockFile(dir))).toBe(false);

    const port = await freePort();
    server = startServer(port, env);
    await waitReady(server.baseUrl, 240_000, server);
    const lock = JSON.parse(readFileSync(lockFile(dir), 'utf8'));
    expect(lock).toMatchObject({ pid: server.pid, role: 'server', port });
    expect(await ask(server.baseUrl)).toBeNull();

    // An import while the server runs goes through it; the next request shows the value.
    const file = path.join(work, 'values.csv');
    writeFileSync(file, csv(41));
    const imported = await command('scripts/import-indicators.ts', [file], env);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.err).toContain(`writing through it on port ${port}`);
    expect(JSON.parse(imported.out)).toEqual({ file, rows: 1, changed: 1 });
    expect(await ask(server.baseUrl)).toEqual({
      numerator: 41,
      denominator: 286,
      source: 'e-PPGBM',
    });
    // Rejected input through the server exits as a local rejection does, naming the line.
    writeFileSync(file, csv(400));
    const rejected = await command('scripts/import-indicators.ts', [file], env);
    expect(rejected.code).toBe(2);
    expect(rejected.err).toContain('line 2: numerator 400 is larger than denominator 286');

    // A command with no way through the server refuses at once and never opens the directory.
    const refused = await command('scripts/import-regions.ts', ['32.75'], env);
    expect(refused.code).toBe(75);
    expect(refused.err).toContain(
      `in use by the petagizi server (pid ${server.pid}, port ${port})`,
    );
    expect(refused.err).not.toContain('migrations');

    // Stop, restart on the same directory: it starts, and the value is still there.
    await server.stop();
    expect(existsSync(lockFile(dir))).toBe(false);
    server = startServer(port, env);
    await waitReady(server.baseUrl, 240_000, server);
    expect(await ask(server.baseUrl)).toEqual({
      numerator: 41,
      denominator: 286,
      source: 'e-PPGBM',
    });
    await server.stop();

    // A lock left by a process that is gone (kill -9) is stale and ignored.
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: 2 ** 22 + 17, role: 'server', port: 1, since: '' }),
    );
    const again = await command('scripts/import-regions.ts', ['32.16'], env);
    expect(again.code, again.err).toBe(0);
  }, 900_000);
});

describe.skipIf(databaseUrl === null)('a command against a running server on PostgreSQL', () => {
  it('shows what the command imported on the next request (data versions)', async () => {
    await testDatabase();
    const http = await startTestHttp({ rateLimiter: null });
    try {
      // A period the shared test database holds nothing for, removed again below.
      expect(await ask(http.url, '2019')).toBeNull();
      const file = path.join(work, 'pg-values.csv');
      writeFileSync(file, csv(37, '2019'));
      const imported = await command('scripts/import-indicators.ts', [file], {
        DATABASE_URL: databaseUrl ?? '',
      });
      expect(imported.code, imported.err).toBe(0);
      expect(await ask(http.url, '2019')).toEqual({
        numerator: 37,
        denominator: 286,
        source: 'e-PPGBM',
      });
    } finally {
      await http.close();
      await db.indicatorValue.deleteMany({ where: { period: '2019', source: 'e-PPGBM' } });
    }
  }, 300_000);
});
