import { readFile } from 'node:fs/promises';
import { closeConnection, connection } from '../src/db/client.ts';
import { ImportRejected } from '../src/errors.ts';
import { type Actor, cliActor } from '../src/modules/audit/actor.ts';
import { prepareDatabase } from '../src/startup.ts';

/**
 * Runs a command-line task against the configured database (DATABASE_URL or the embedded one),
 * migrated like `npm start` would leave it. A command never seeds the demo (`npm run seed:demo`
 * does, on purpose). Rejected input exits with status 2 and prints every reason; other failures
 * exit with status 1.
 */
export async function runCli(task: (args: string[]) => Promise<void>): Promise<void> {
  const args = process.argv.slice(2);
  try {
    await prepareDatabase(connection(), {
      seed: false,
      log: (message) => console.error(`[petagizi] ${message}`),
    });
    await task(args);
    await closeConnection();
  } catch (error) {
    await closeConnection().catch(() => {});
    if (error instanceof ImportRejected) {
      console.error(`rejected: ${error.message}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/**
 * The whole of a one-file CSV importer: `npm run import:X -- FILE.csv` reads FILE, hands its text
 * to `importText` with the operating-system user as the audited actor, and prints the report.
 * Without a file it prints `usage` (status 64); `--help` prints it with status 0.
 */
export async function runCsvImport(
  usage: string,
  importText: (text: string, actor: Actor) => Promise<object>,
): Promise<void> {
  await runCli(async ([file]) => {
    if (!file || file === '--help') {
      console.error(usage);
      process.exit(file ? 0 : 64);
    }
    const report = await importText(await readFile(file, 'utf8'), cliActor());
    console.log(JSON.stringify({ file, ...report }, null, 2));
  });
}
