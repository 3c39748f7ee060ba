import { readFile } from 'node:fs/promises';
import { SignJWT } from 'jose';
import { type Actor, cliActor } from '../src/audit/actor.ts';
import { resolveJwtSecret } from '../src/auth/verifyToken.ts';
import { loadConfig } from '../src/config.ts';
import { closeConnection, connection } from '../src/db/client.ts';
import { DataDirBusy, dataDirHolder, lockDataDir } from '../src/db/dataDirLock.ts';
import { ImportRejected } from '../src/errors.ts';
import { prepareDatabase } from '../src/startup.ts';

/** A running petagizi server that holds the embedded database, and a token to write through it. */
export interface ServerTarget {
  url: string;
  token: string;
}

/**
 * Runs a command-line task against the configured database (DATABASE_URL or the embedded one),
 * migrated like `npm start` would leave it. A command never seeds the demo (`npm run seed:demo`
 * does, on purpose). Rejected input exits with status 2 and prints every reason; other failures
 * exit with status 1.
 *
 * The embedded database has one writer (src/db/dataDirLock.ts). While a server holds it, a task
 * that can write through the server (`viaServer`: the server's ADMIN mutation, with a short token
 * signed by the development secret) does so, and the server shows the result on the next
 * request; any other task refuses at once (status 75) and says what to do. A command holds the
 * directory while it runs, so a server does not start under it.
 */
export async function runCli(
  task: (args: string[]) => Promise<void>,
  options: { viaServer?: (args: string[], server: ServerTarget) => Promise<void> } = {},
): Promise<void> {
  const args = process.argv.slice(2);
  let lock: { release(): void } | null = null;
  try {
    const config = loadConfig();
    if (!config.databaseUrl && !config.pgliteDir.startsWith('memory://')) {
      const holder = dataDirHolder(config.pgliteDir);
      if (holder?.role === 'server' && holder.port !== null && options.viaServer) {
        const secret = resolveJwtSecret(config.auth, config.production);
        if (!secret) throw new DataDirBusy(config.pgliteDir, holder);
        console.error(
          `[petagizi] the server (pid ${holder.pid}) holds ${config.pgliteDir}: writing through it on port ${holder.port}`,
        );
        await options.viaServer(args, {
          url: `http://127.0.0.1:${holder.port}/graphql`,
          token: await adminToken(secret, config.auth),
        });
        return;
      }
      lock = lockDataDir(config.pgliteDir, 'cli');
    }
    await prepareDatabase(connection(), {
      seed: false,
      log: (message) => console.error(`[petagizi] ${message}`),
    });
    await task(args);
    await closeConnection();
    lock?.release();
  } catch (error) {
    await closeConnection().catch(() => {});
    lock?.release();
    if (error instanceof ImportRejected) {
      console.error(`rejected: ${error.message}`);
      process.exit(2);
    }
    if (error instanceof DataDirBusy) {
      console.error(`refused: ${error.message}`);
      process.exit(75);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/**
 * The whole of a one-file CSV importer: `npm run import:X -- FILE.csv` reads FILE, hands its text
 * to `importText` with the operating-system user as the audited actor, and prints the report.
 * Without a file it prints `usage` (status 64); `--help` prints it with status 0. With
 * `mutation` (a GraphQL ADMIN mutation taking `$csv: String!`), a server that holds the embedded
 * database gets the file instead, through that mutation.
 */
export async function runCsvImport(
  usage: string,
  importText: (text: string, actor: Actor) => Promise<object>,
  mutation?: string,
): Promise<void> {
  const fileOf = (args: string[]) => {
    const [file] = args;
    if (!file || file === '--help') {
      console.error(usage);
      process.exit(file ? 0 : 64);
    }
    return file;
  };
  await runCli(
    async (args) => {
      const file = fileOf(args);
      const report = await importText(await readFile(file, 'utf8'), cliActor());
      console.log(JSON.stringify({ file, ...report }, null, 2));
    },
    {
      viaServer: mutation
        ? async (args, server) => {
            const file = fileOf(args);
            const report = await postMutation(server, mutation, {
              csv: await readFile(file, 'utf8'),
            });
            console.log(JSON.stringify({ file, ...report }, null, 2));
          }
        : undefined,
    },
  );
}

/**
 * Sends one mutation to the server and returns its single result field; rejected input becomes
 * ImportRejected with the server's problems, so the command exits as if it had run locally.
 */
export async function postMutation(
  server: ServerTarget,
  query: string,
  variables: Record<string, unknown>,
): Promise<object> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, object> | null;
    errors?: { message: string; extensions?: { code?: string; problems?: string[] } }[];
  };
  const error = body.errors?.[0];
  if (error) {
    if (error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.problems) {
      throw new ImportRejected('the server rejected the file', error.extensions.problems);
    }
    throw new Error(
      `the server answered ${error.extensions?.code ?? response.status}: ${error.message}`,
    );
  }
  return Object.values(body.data ?? {})[0] ?? {};
}

/** @private A five-minute ADMIN token for this command, as `npm run token` would sign it. */
async function adminToken(
  secret: string,
  auth: { issuer: string | undefined; audience: string | undefined },
): Promise<string> {
  const jwt = new SignJWT({ role: 'ADMIN' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(cliActor().actor)
    .setIssuedAt()
    .setExpirationTime('5m');
  if (auth.issuer) jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
