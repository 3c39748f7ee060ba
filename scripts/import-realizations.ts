import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:realizations -- FILE.csv

CSV header: ${importHeader('REALIZATIONS')}  ([…] optional)
Weekly realizations (quantity, rupiah spent) of activities imported with import:plans.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('REALIZATIONS', text, actor));
