import { createConnection, createServer, type Socket } from 'node:net';

/**
 * Counts the SQL statements a server sends to PostgreSQL, by standing between them on loopback
 * and reading the frontend side of the wire protocol: each simple Query ('Q') and each extended
 * protocol Execute ('E') is one statement (BEGIN and COMMIT included). The backend side is passed
 * through untouched.
 *
 * Why not pg_stat_statements: it needs shared_preload_libraries and a restart of the PostgreSQL
 * server, which is shared with other work on this machine; pg_stat_database's transaction
 * counters miss statements inside transactions. A proxy counts every target the same way (the
 * app through Prisma's pg adapter, the floor and PostGraphile through pg) without touching the
 * server or the app. It adds a hop, so the bench counts in a separate pass and measures latency
 * with the targets connected directly.
 */
export interface StatementCounter {
  /** postgresql:// URL of the proxy (the target's database, user and options kept). */
  url: string;
  statements(): number;
  close(): Promise<void>;
}

const sslRequest = 80_877_103;
const gssRequest = 80_877_104;

export function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  const host = target.hostname || '127.0.0.1';
  const port = Number(target.port || 5432);
  let count = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host, port });
    sockets.add(client);
    sockets.add(upstream);
    const parser = frontendParser(() => {
      count += 1;
    });
    client.on('data', (chunk: Buffer) => {
      parser(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const listening = typeof address === 'object' && address ? address.port : 0;
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(listening);
      resolve({
        url: url.toString(),
        statements: () => count,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * @private A push parser of frontend messages: untyped startup packets (an SSL or GSS request
 * may precede the startup message), then typed messages (type byte, int32 length).
 */
function frontendParser(onStatement: () => void): (chunk: Buffer) => void {
  let buffer: Buffer = Buffer.alloc(0);
  let startup = true;
  return (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      if (startup) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        if (code !== sslRequest && code !== gssRequest) startup = false;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      const type = String.fromCharCode(buffer[0] ?? 0);
      if (type === 'Q' || type === 'E') onStatement();
      buffer = buffer.subarray(1 + length);
    }
  };
}
