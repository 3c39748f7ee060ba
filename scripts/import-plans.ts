import { importHeader, importProgramCsv } from '../src/modules/program/import.kinds.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:plans -- FILE.csv

CSV header: ${importHeader('PLANS')}  ([…] optional)
One line per activity and ISO week ("2022-W27"); an activity's attributes must agree on all
its lines and its weeks lie in its budget year. Upserts activities and weekly plans.
All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCsvImport(usage, (text, actor) => importProgramCsv('PLANS', text, actor));
