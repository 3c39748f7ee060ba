import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:agencies -- FILE.csv

CSV header: ${importHeader('AGENCIES')}  ([…] optional)
Agencies (OPD) of a kabupaten/kota, upserted by (kabupaten, code).
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('AGENCIES', text, actor));
