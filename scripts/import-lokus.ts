import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:lokus -- FILE.csv

CSV header: ${importHeader('LOKUS')}  ([…] optional)
Each (kabupaten, year) in the file is replaced by the file's list of desa (a decree names
the whole list); other years are kept, so the history stays.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('LOKUS', text, actor));
