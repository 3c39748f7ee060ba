import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:coverage -- FILE.csv

CSV header: ${importHeader('COVERAGE')}  ([…] optional)
Reach per desa, program, agency and period ("2022" or "2022-08"); upserted by those four.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('COVERAGE', text, actor));
