import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:targets -- FILE.csv

CSV header: ${importHeader('TARGETS')}  ([…] optional)
Upserts targets by (kode, indicator, year); a percent target lies in 0–100.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('TARGETS', text, actor));
