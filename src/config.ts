import path from 'node:path';

/** Settings read once from the environment; every other module takes them from here. */
export interface Config {
  /** PostgreSQL + PostGIS connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Data directory of the embedded database, or "memory://" for a throw-away one. */
  pgliteDir: string;
  port: number;
  /** Seed the demo data on first start when the database holds no regions. */
  seedOnStart: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR || path.resolve('.data/pglite'),
    port,
    seedOnStart: env.SEED_ON_START !== 'false',
  };
}
