/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, out of
 * connections) rather than a bug: such a request is answered 503 SERVICE_UNAVAILABLE with
 * Retry-After, and counted apart from internal errors. It walks the `cause` chain, since
 * Prisma's driver adapters wrap the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      errno?: unknown;
      message?: unknown;
      cause?: unknown;
      originalCode?: unknown;
      kind?: unknown;
    };
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === 'string' && unavailableCodes.has(code)) return true;
    }
    if (typeof e.kind === 'string' && unavailableKinds.has(e.kind)) return true;
    if (typeof e.message === 'string' && unavailableMessage.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/** Seconds a client should wait before retrying a request refused during an outage. */
export const retryAfterSeconds = 2;

const unavailableCodes = new Set([
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  // PostgreSQL SQLSTATE: connection exceptions, shutdown, too many connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // Prisma: cannot reach the server, server closed the connection, pool timeout
  'P1001',
  'P1002',
  'P1017',
  'P2024',
]);

const unavailableKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

const unavailableMessage =
  /Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery)|connect ECONNREFUSED|Can't reach database server|Server has closed the connection|Client has encountered a connection error|timeout exceeded when trying to connect/i;
