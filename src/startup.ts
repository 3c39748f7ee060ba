import { hasRegions, seedDemo } from './demo/demo.seed.ts';
import { type Connection, useConnection } from './db/client.ts';
import { migrate } from './db/migrate.ts';

export interface PrepareReport {
  database: string;
  migrationsApplied: string[];
  seeded: boolean;
}

/**
 * Makes the database ready to serve: applies pending migrations and, when `seed` is on and the
 * database holds no regions yet, loads the demo data. Safe to run on every start.
 */
export async function prepareDatabase(
  conn: Connection,
  options: { seed: boolean; statementTimeoutMs?: number; log?: (message: string) => void },
): Promise<PrepareReport> {
  const log = options.log ?? (() => {});
  useConnection(conn);
  log(`database: ${conn.description}`);
  const { applied } = await migrate(conn);
  log(applied.length > 0 ? `migrations applied: ${applied.join(', ')}` : 'migrations: up to date');
  let seeded = false;
  if (options.seed && !(await hasRegions())) {
    const started = Date.now();
    const counts = await seedDemo();
    seeded = true;
    log(
      `seeded demo data in ${Date.now() - started} ms: ${counts.regions} regions, ${counts.boundaries} synthetic boundaries, ${counts.values} indicator values`,
    );
  }
  if (options.statementTimeoutMs) await conn.limitStatementTime(options.statementTimeoutMs);
  return { database: conn.description, migrationsApplied: applied, seeded };
}
