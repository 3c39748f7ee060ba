import { connection, type DatabaseKind } from './client.ts';

/** Which database this process runs on: part of every representation whose bytes differ by it. */
export function databaseKind(): DatabaseKind {
  return connection().kind;
}

/** Whether the database answers a trivial statement (for /healthz), and which one it is. */
export async function databaseHealth(): Promise<{ ok: boolean; kind: DatabaseKind }> {
  const conn = connection();
  try {
    await conn.db.$queryRaw`SELECT 1`;
    return { ok: true, kind: conn.kind };
  } catch {
    return { ok: false, kind: conn.kind };
  }
}
