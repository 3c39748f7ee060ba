import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:programs -- FILE.csv

CSV header: ${importHeader('PROGRAMS')}  ([…] optional)
Intervention programs, upserted by code; kind is SPECIFIC or SENSITIVE.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('PROGRAMS', text, actor));
