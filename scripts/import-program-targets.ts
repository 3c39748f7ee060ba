import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:program-targets -- FILE.csv

CSV header: ${importHeader('PROGRAM_TARGETS')}  ([…] optional)
Coverage targets (percent) per region, program and year; upserted by those three. A target holds
for the regions below that have none of their own.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('PROGRAM_TARGETS', text, actor));
