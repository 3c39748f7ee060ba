import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh database for this run on the server of DATABASE_URL, or null for embedded. */
    testDatabaseUrl: string | null;
  }
}

/**
 * With DATABASE_URL set, creates a fresh database on that server for this run (and drops it
 * afterwards), so a run never touches the database DATABASE_URL names. Without it, the tests use
 * an in-memory embedded database.
 */
export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.log('[test] database: embedded PGlite + PostGIS in memory (DATABASE_URL not set)');
    project.provide('testDatabaseUrl', null);
    return;
  }
  const name = `petagizi_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  console.log(`[test] database: PostgreSQL ${url.host}/${name} (fresh, dropped afterwards)`);
  project.provide('testDatabaseUrl', url.toString());
  return async () => {
    const cleanup = new pg.Client({ connectionString: base });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  };
}
