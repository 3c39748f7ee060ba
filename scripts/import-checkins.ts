import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:checkins -- FILE.csv

CSV header: ${importHeader('CHECKINS')}  ([…] optional)
Daily check-ins of monitored families (by name: handle the file as personal data).
A new family is enrolled on its earliest check-in; upserted by (family, date).
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('CHECKINS', text, actor));
