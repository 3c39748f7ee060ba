import { readFile } from 'node:fs/promises';
import { cliActor } from '../src/modules/audit/actor.ts';
import { importHeader, importProgramCsv } from '../src/modules/program/program.import.kinds.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run import:plans -- FILE.csv

CSV header: ${importHeader('PLANS')}  ([…] optional)
One line per activity and ISO week ("2022-W27"); an activity's attributes must agree on all
its lines and its weeks lie in its budget year. Upserts activities and weekly plans.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCli(async ([file]) => {
  if (!file || file === '--help') {
    console.error(usage);
    process.exit(file ? 0 : 64);
  }
  const report = await importProgramCsv('PLANS', await readFile(file, 'utf8'), cliActor());
  console.log(JSON.stringify({ file, ...report }, null, 2));
});
