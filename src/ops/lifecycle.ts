import { once } from 'node:events';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { Server as NetServer } from 'node:net';
import type { Logger } from 'pino';
import { retryAfterSeconds } from './unavailable.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** A start-up failure an operator can act on from its one-line message (no stack). */
export class StartError extends Error {}

/**
 * Binds the port before anything else, so a busy port is a one-line `StartError` before the
 * database is opened. Until `serve` is called every request is answered 503 (Retry-After), except
 * `/livez`, which says the process is alive.
 */
export async function listenFirst(
  port: number,
  host: string,
): Promise<{ server: Server; serve(handler: Handler): void }> {
  let handler: Handler = starting;
  const server = createHttpServer((req, res) => {
    void handler(req, res);
  });
  server.listen(port, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartError(
        `port ${port} on ${host} is already in use (another petagizi?); stop it or set PORT`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') {
      throw new StartError(`cannot listen on ${host}:${port} (${code}); check HOST and PORT`);
    }
    throw error;
  }
  return {
    server,
    serve(next) {
      handler = next;
    },
  };
}

/** @private */
async function starting(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const live = path === '/livez';
  res.writeHead(live ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    ...(live ? {} : { 'retry-after': String(retryAfterSeconds) }),
  });
  res.end(
    JSON.stringify(
      live
        ? { status: 'ok' }
        : {
            status: 'starting',
            errors: [
              {
                message: 'petagizi is starting; retry shortly',
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              },
            ],
          },
    ),
  );
}

export type Shutdown = (signal: string) => Promise<void>;

/** How long no request must arrive before idle keep-alive sockets are closed on shutdown. */
const quietMs = 250;

/**
 * Counts requests in flight and returns the shutdown routine: stop accepting connections, let
 * the requests in flight finish (keep-alive connections are told `Connection: close`), cut what is
 * left after `timeoutMs`, run `close` (Apollo, rate limiter, database) and exit 0.
 */
export function trackShutdown(
  server: Server,
  options: {
    timeoutMs: number;
    log: Logger;
    close(): Promise<void>;
    exit?: (code: number) => void;
  },
): Shutdown {
  let inFlight = 0;
  let stopping = false;
  let lastRequest = 0;
  const open = new Set<ServerResponse>();
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    lastRequest = Date.now();
    open.add(res);
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight--;
      open.delete(res);
    });
  });
  return async (signal) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    options.log.info({ signal, inFlight }, 'shutting down: finishing requests in flight');
    // Stop accepting connections. http.Server#close would also close idle keep-alive sockets at
    // once (Node ≥ 19), resetting a request a client is sending on one at that instant.
    NetServer.prototype.close.call(server);
    // Keep-alive clients of the requests in flight learn not to send another on this socket.
    for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
    // Requests that still arrive on open keep-alive sockets are served (with Connection: close)
    // rather than reset: idle sockets are closed only once nothing has arrived for a moment.
    const deadline = started + options.timeoutMs;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastRequest < quietMs)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cut = inFlight;
    server.closeIdleConnections();
    server.closeAllConnections();
    try {
      await options.close();
    } catch (error) {
      options.log.error({ err: error }, 'error while closing');
    }
    options.log.info({ ms: Date.now() - started, cut }, 'stopped');
    (options.exit ?? process.exit)(0);
  };
}
