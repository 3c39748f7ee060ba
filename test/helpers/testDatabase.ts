import { inject } from 'vitest';
import { type Connection, openConnection } from '../../src/db/client.ts';
import { prepareDatabase } from '../../src/startup.ts';

let ready: Promise<Connection> | undefined;

/**
 * The database shared by every test file of the run: migrated and seeded with the demo data once.
 * Embedded (in memory) unless the run was started with DATABASE_URL. The demo is drawn on its
 * synthetic rectangles (not the real Bekasi `npm start` shows): many tests' expected answers are
 * computed on that exact tiling.
 */
export function testDatabase(): Promise<Connection> {
  ready ??= (async () => {
    const url = inject('testDatabaseUrl');
    const conn = openConnection({ databaseUrl: url ?? undefined, pgliteDir: 'memory://' });
    await prepareDatabase(conn, { seed: true, demo: { geometry: 'synthetic' } });
    return conn;
  })();
  return ready;
}
