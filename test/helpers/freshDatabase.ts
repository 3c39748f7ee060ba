import pg from 'pg';
import { inject } from 'vitest';
import { type Connection, openConnection, useConnection } from '../../src/db/client.ts';
import { prepareDatabase } from '../../src/startup.ts';
import { testDatabase } from './testDatabase.ts';

/**
 * Opens a database of its own for a test file, migrated but not seeded, and makes it the
 * process-wide one until `close()` puts the run's shared database back (see withFreshDatabase).
 */
export async function openFreshDatabase(): Promise<{ conn: Connection; close(): Promise<void> }> {
  let close: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    close = resolve;
  });
  let opened: (conn: Connection) => void = () => {};
  const ready = new Promise<Connection>((resolve) => {
    opened = resolve;
  });
  const done = withFreshDatabase(async (conn) => {
    opened(conn);
    await closed;
  });
  const conn = await Promise.race([ready, done.then(() => Promise.reject(new Error('closed')))]);
  return {
    conn,
    async close() {
      close();
      await done;
    },
  };
}

/**
 * Runs `task` against a database of its own, migrated but not seeded, as a new deployment has
 * it (an in-memory embedded one, or a fresh database on the PostgreSQL server of the run), then
 * puts the run's shared database back and drops the fresh one. Read answers with the response
 * cache off: data versions of the two databases can coincide.
 */
export async function withFreshDatabase<T>(task: (conn: Connection) => Promise<T>): Promise<T> {
  const shared = await testDatabase();
  const base = inject('testDatabaseUrl');
  let url: URL | undefined;
  if (base) {
    url = new URL(base);
    url.pathname = `/${url.pathname.slice(1)}_fresh_${Date.now().toString(36)}`;
    await admin(base, (client) => client.query(`CREATE DATABASE "${url?.pathname.slice(1)}"`));
  }
  const fresh = openConnection({ databaseUrl: url?.toString(), pgliteDir: 'memory://' });
  try {
    await prepareDatabase(fresh, { seed: false });
    return await task(fresh);
  } finally {
    useConnection(shared);
    await fresh.close();
    if (base && url) {
      const name = url.pathname.slice(1);
      await admin(base, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  }
}

/** @private */
async function admin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
