import { type Connection, useConnection } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { type DemoOptions, seedDemoIfEmpty } from './demo/demo.seed.ts';

export interface PrepareReport {
  database: string;
  migrationsApplied: string[];
  seeded: boolean;
}

/**
 * Makes the database ready to serve: applies pending migrations (the indicator catalog comes with
 * them) and, when `seed` is on and the database holds no regions yet, loads the demo data
 * (src/demo). Safe to run on every start.
 */
export async function prepareDatabase(
  conn: Connection,
  options: {
    seed: boolean;
    /** How the demo is drawn (tests keep the synthetic rectangles). */
    demo?: DemoOptions;
    statementTimeoutMs?: number;
    log?: (message: string) => void;
  },
): Promise<PrepareReport> {
  const log = options.log ?? (() => {});
  useConnection(conn);
  log(`database: ${conn.description}`);
  const { applied } = await migrate(conn);
  log(applied.length > 0 ? `migrations applied: ${applied.join(', ')}` : 'migrations: up to date');
  conn.releaseStartupFiles?.();
  const started = Date.now();
  const counts = await seedDemoIfEmpty(options.seed, options.demo);
  const seeded = counts !== null;
  if (counts) {
    log(
      `seeded demo data in ${Date.now() - started} ms: ${counts.regions} regions, ${counts.boundaries} boundaries (${counts.syntheticBoundaries} synthetic), ${counts.values} indicator values (synthetic except the published survey figures)`,
    );
  }
  if (options.statementTimeoutMs) await conn.limitStatementTime(options.statementTimeoutMs);
  return { database: conn.description, migrationsApplied: applied, seeded };
}
