import { type Connection, connection } from '../db/client.ts';
import { pendingMigrations } from '../db/migrate.ts';

export interface Readiness {
  ready: boolean;
  /** Why not, in one line an operator can act on. */
  reason?: string;
  database: string;
}

/**
 * Whether this process should take traffic: the database answers within `timeoutMs` and every
 * migration on disk is applied. `/readyz` answers 503 with the reason otherwise (a load balancer
 * then sends requests to another replica, e.g. during a PostgreSQL restart).
 */
export async function readiness(
  conn: Connection = connection(),
  timeoutMs = 2000,
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const pending = await Promise.race([pendingMigrations(conn), timeout]);
    if (pending.length > 0) {
      return {
        ready: false,
        reason: `migrations not applied: ${pending.join(', ')}`,
        database: conn.kind,
      };
    }
    return { ready: true, database: conn.kind };
  } catch (error) {
    const message = (error as Error).message?.split('\n')[0]?.slice(0, 200) ?? 'unknown';
    return { ready: false, reason: `database unavailable: ${message}`, database: conn.kind };
  } finally {
    clearTimeout(timer);
  }
}
