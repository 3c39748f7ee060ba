import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoPath } from '../paths.ts';
import type { Connection } from './client.ts';

const defaultDir = repoPath('prisma', 'migrations');

// Any constant works; it only has to be the same for every petagizi process.
const migrationLockKey = 7_340_112;

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/**
 * Applies `prisma/migrations/NNNN_name/migration.sql` in name order, each once and each in its
 * own transaction, recording it in `_petagizi_migrations`. Concurrent starts against one
 * PostgreSQL server are serialised by an advisory lock. A migration whose file changed after it
 * was applied is an error: migrations are append-only.
 */
export async function migrate(conn: Connection, dir = defaultDir): Promise<MigrationResult> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && /^\d{4}_[a-z0-9_]+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const files = await Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );

  return conn.withSession(async (session) => {
    if (conn.kind === 'postgres') {
      await session.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    }
    try {
      await session.exec(`CREATE TABLE IF NOT EXISTS "_petagizi_migrations" (
        "name" TEXT PRIMARY KEY,
        "checksum" TEXT NOT NULL,
        "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const done = new Map(
        (
          await session.query<{ name: string; checksum: string }>(
            'SELECT "name", "checksum" FROM "_petagizi_migrations"',
          )
        ).map((row) => [row.name, row.checksum]),
      );
      const result: MigrationResult = { applied: [], skipped: [] };
      for (const file of files) {
        const recorded = done.get(file.name);
        if (recorded !== undefined) {
          if (recorded !== file.checksum) {
            throw new Error(`migration ${file.name} changed after it was applied; add a new one`);
          }
          result.skipped.push(file.name);
          continue;
        }
        await session.exec('BEGIN');
        try {
          await session.exec(file.sql);
          await session.query(
            'INSERT INTO "_petagizi_migrations" ("name", "checksum") VALUES ($1, $2)',
            [file.name, file.checksum],
          );
          await session.exec('COMMIT');
        } catch (error) {
          await session.exec('ROLLBACK');
          throw new Error(`migration ${file.name} failed: ${(error as Error).message}`);
        }
        result.applied.push(file.name);
      }
      return result;
    } finally {
      if (conn.kind === 'postgres') {
        await session.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
      }
    }
  });
}

/**
 * Migrations on disk that the database has not recorded (readiness: a process whose schema is
 * behind its code must not take traffic). Read through the API's client, so it also fails when the
 * database cannot be reached.
 */
export async function pendingMigrations(conn: Connection, dir = defaultDir): Promise<string[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && /^\d{4}_[a-z0-9_]+$/.test(entry.name))
    .map((entry) => entry.name);
  const table = await conn.db.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('"_petagizi_migrations"') IS NOT NULL AS present`;
  if (!table[0]?.present) return names.sort();
  const applied = await conn.db.$queryRaw<{ name: string }[]>`
    SELECT "name" FROM "_petagizi_migrations"`;
  const done = new Set(applied.map((row) => row.name));
  return names.filter((name) => !done.has(name)).sort();
}
