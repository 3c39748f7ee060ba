import { readFile } from 'node:fs/promises';
import { cliActor } from '../src/modules/audit/actor.ts';
import { importHeader, importProgramCsv } from '../src/modules/program/program.import.kinds.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run import:lokus -- FILE.csv

CSV header: ${importHeader('LOKUS')}  ([…] optional)
Each (kabupaten, year) in the file is replaced by the file's list of desa (a decree names
the whole list); other years are kept, so the history stays.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCli(async ([file]) => {
  if (!file || file === '--help') {
    console.error(usage);
    process.exit(file ? 0 : 64);
  }
  const report = await importProgramCsv('LOKUS', await readFile(file, 'utf8'), cliActor());
  console.log(JSON.stringify({ file, ...report }, null, 2));
});
