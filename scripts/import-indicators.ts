import { readFile } from 'node:fs/promises';
import { cliActor } from '../src/modules/audit/actor.ts';
import { importIndicatorCsv } from '../src/modules/indicator/indicator.import.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run import:indicators -- FILE.csv

CSV header: kode,indicator,period,numerator,denominator,source  (optional: value,ci_low,ci_high,se,method)
Upserts by (kode, indicator, period, source); all or nothing; every bad row is reported with its
line number and reason.`;

await runCli(async ([file]) => {
  if (!file || file === '--help') {
    console.error(usage);
    process.exit(file ? 0 : 64);
  }
  const report = await importIndicatorCsv(await readFile(file, 'utf8'), cliActor());
  console.log(JSON.stringify({ file, ...report }, null, 2));
});
