import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { type Config, loadConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { log } from '../ops/logger.ts';
import {
  embeddedPostgis,
  releaseExtensionBundles,
  releaseInstalledFiles,
} from './embeddedPostgis.ts';
import { postgisExtension } from './postgis.ts';
import { logged, withStatementLog } from './statementLog.ts';

/** Which database a connection talks to. */
export type DatabaseKind = 'postgres' | 'embedded';

function extend(client: PrismaClient) {
  return client.$extends(postgisExtension);
}

/** The Prisma client used by every module: base client plus the PostGIS extension. */
export type Db = ReturnType<typeof extend>;

/** A transaction client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface ScriptSession {
  exec(sql: string): Promise<void>;
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Connection {
  kind: DatabaseKind;
  /** Human-readable description for logs, without credentials. */
  description: string;
  db: Db;
  /**
   * Runs `fn` on one dedicated session that accepts scripts of several statements (migrations
   * only, never user input) and parameterised queries.
   */
  withSession<T>(fn: (session: ScriptSession) => Promise<T>): Promise<T>;
  /**
   * One read-only parameterised statement (`$1`, `$2`, … placeholders) below Prisma: rows as
   * arrays of column values, as the driver parses them (text, int4, float8 as JS numbers; int8
   * and numeric as strings). For hot read paths where Prisma's per-row work was most of a
   * request's CPU (issue 15); reported to the statement log like every other statement.
   */
  readRows(sql: string, params: readonly unknown[]): Promise<unknown[][]>;
  /** What the database can do that the other one cannot. */
  capabilities: { mvt: boolean; statementTimeout: boolean };
  /** Connections of the pool by state (PostgreSQL only), for metrics. */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** Bytes of the embedded database's WebAssembly memory (embedded only), for metrics. */
  wasmMemoryBytes?(): number | undefined;
  /**
   * Caps every statement the API sends at `ms` milliseconds (PostgreSQL's statement_timeout), so
   * one heavy request cannot hold the database. Set after migrations, which may run longer.
   */
  limitStatementTime(ms: number): Promise<void>;
  /**
   * Lets go of what only migrating needed (embedded: PostGIS's install script and the bytes of its
   * compiled library, 24 MB); called once the migrations ran. Returns the bytes released.
   */
  releaseStartupFiles?(): number;
  close(): Promise<void>;
}

/** Opens a connection to PostgreSQL when `databaseUrl` is set, else to the embedded database. */
export function openConnection(config: Pick<Config, 'databaseUrl' | 'pgliteDir'>): Connection {
  wasmOnBaseline();
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openEmbedded(config.pgliteDir);
}

/**
 * @private The process's WebAssembly — Prisma's query compiler (both databases) and PGlite (27 MB
 * with PostGIS, embedded) — stays on V8's baseline compiler, Liftoff. By default V8 recompiles the
 * functions it runs hot with its optimising compiler on background threads: for PGlite that cost
 * 2.5 s of CPU and ~70 MB at every start, for the query compiler ~45 MB that glibc kept in those
 * threads' malloc arenas after the compiles (PostgreSQL server under `npm run load`: peak RSS
 * 243 → 197 MB, throughput unchanged), and neither answered faster (scripts/bench/memory.ts).
 * Only WebAssembly is affected; it must be set before either module is compiled.
 */
function wasmOnBaseline(): void {
  v8.setFlagsFromString('--liftoff-only');
}

let current: Connection | undefined;

/** The process-wide connection, opened from the environment on first use. */
export function connection(): Connection {
  current ??= openConnection(loadConfig());
  return current;
}

/** Replaces the process-wide connection (tests and scripts that open their own). */
export function useConnection(next: Connection): void {
  current = next;
}

export async function closeConnection(): Promise<void> {
  const closing = current;
  current = undefined;
  await closing?.close();
}

/**
 * The database client singleton. It is bound on first use, so importing the schema (for codegen
 * or SDL printing) opens no database.
 */
/** `Connection.readRows` on the current connection. */
export function readRows(sql: string, params: readonly unknown[]): Promise<unknown[][]> {
  return connection().readRows(sql, params);
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = connection().db;
    const value = Reflect.get(client, prop, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
  // Pothos's Prisma plugin looks delegates up with `in` (a relation under _entities, issue 12).
  has(_target, prop) {
    return Reflect.has(connection().db, prop);
  },
});

/** @private */
function openPostgres(url: string): Connection {
  // The pool is ours so that its settings can change; the adapter leaves an external pool open.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const adapter = withStatementLog(
    new PrismaPg(pool, {
      onPoolError: (error) =>
        log().warn({ reason: error.message }, 'idle database connection lost'),
    }),
  );
  const client = extend(new PrismaClient({ adapter }));
  const parsed = new URL(url);
  return {
    kind: 'postgres',
    description: `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    db: client,
    readRows: (sql, params) =>
      logged(sql, params, async () => {
        // Named, so each pooled connection plans a hot statement once, not on every request.
        const result = await pool.query<unknown[]>({
          name: statementName(sql),
          text: sql,
          values: [...params],
          rowMode: 'array',
        });
        return result.rows;
      }),
    capabilities: { mvt: true, statementTimeout: true },
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    async limitStatementTime(ms) {
      // Applies to every connection the pool opens from now on, and to those it already holds.
      pool.options.options = `-c statement_timeout=${Math.trunc(ms)}`;
      const idle = await Promise.all(Array.from({ length: pool.idleCount }, () => pool.connect()));
      await Promise.all(idle.map((c) => c.query(`SET statement_timeout = ${Math.trunc(ms)}`)));
      for (const c of idle) c.release();
    },
    async withSession(fn) {
      const raw = new pg.Client({ connectionString: url });
      await raw.connect();
      try {
        return await fn({
          async exec(sql) {
            await raw.query(sql);
          },
          async query<R>(sql: string, params: unknown[] = []) {
            return (await raw.query(sql, params)).rows as R[];
          },
        });
      } finally {
        await raw.end();
      }
    },
    async close() {
      await client.$disconnect();
      await pool.end();
    },
  };
}

/**
 * Settings of the embedded PostgreSQL. Its shared buffers live in the WebAssembly memory, which
 * grows and never shrinks: initdb's 128 MB (plus the WAL buffers sized from them) made most of
 * that memory. The demo's whole database is about 40 MB on disk and the operating system caches
 * the files below, so 32 MB serve it.
 */
export const embeddedSettings = ['shared_buffers=16MB'];

/** @private */
const statementNames = new Map<string, string>();

/** @private A prepared statement's name: a hash of its text, so one text always has one name. */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `petagizi_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function openEmbedded(dir: string): Connection {
  const inMemory = dir.startsWith('memory://');
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const pglite = new PGlite({
    ...(inMemory ? {} : { dataDir: dir }),
    extensions: { postgis: embeddedPostgis() },
    startParams: [...PGlite.defaultStartParams, ...embeddedSettings.flatMap((s) => ['-c', s])],
  });
  pglite.waitReady.then(
    () => releaseExtensionBundles(pglite),
    () => {},
  );
  const adapter = withStatementLog(new PrismaPGlite(pglite));
  const client = extend(new PrismaClient({ adapter }));
  return {
    kind: 'embedded',
    description: `embedded PGlite + PostGIS ${inMemory ? 'in memory' : `in ${dir}`}`,
    db: client,
    // PGlite's query waits for a transaction in progress (Prisma's go through pglite.transaction).
    readRows: (sql, params) =>
      logged(sql, params, async () => {
        const result = await pglite.query<unknown[]>(sql, [...params], { rowMode: 'array' });
        return result.rows;
      }),
    // The embedded PostGIS build has no protobuf, so ST_AsMVT is unavailable; and PGlite runs
    // statements synchronously in this thread, so statement_timeout is accepted but never fires.
    capabilities: { mvt: false, statementTimeout: false },
    wasmMemoryBytes: () => (pglite.ready ? pglite.Module.HEAP8.byteLength : undefined),
    releaseStartupFiles: () => (pglite.ready ? releaseInstalledFiles(pglite) : 0),
    async limitStatementTime(ms) {
      // Recorded for SHOW, though not enforced here (see capabilities).
      await pglite.exec(`SET statement_timeout = ${Math.trunc(ms)}`);
    },
    async withSession(fn) {
      return fn({
        async exec(sql) {
          await pglite.exec(sql);
        },
        async query<R>(sql: string, params: unknown[] = []) {
          return (await pglite.query<R>(sql, params)).rows;
        },
      });
    },
    async close() {
      await client.$disconnect();
      await pglite.close();
    },
  };
}
