import { readFile } from 'node:fs/promises';
import { cliActor } from '../src/modules/audit/actor.ts';
import { importHeader, importProgramCsv } from '../src/modules/program/program.import.kinds.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run import:coverage -- FILE.csv

CSV header: ${importHeader('COVERAGE')}  ([…] optional)
Reach per desa, program, agency and period ("2022" or "2022-08"); upserted by those four.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCli(async ([file]) => {
  if (!file || file === '--help') {
    console.error(usage);
    process.exit(file ? 0 : 64);
  }
  const report = await importProgramCsv('COVERAGE', await readFile(file, 'utf8'), cliActor());
  console.log(JSON.stringify({ file, ...report }, null, 2));
});
