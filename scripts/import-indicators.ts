import { importIndicatorCsv } from '../src/modules/indicator/indicator.import.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:indicators -- FILE.csv

CSV header: kode,indicator,period,numerator,denominator,source  (optional: value,ci_low,ci_high,se,method)
Upserts by (kode, indicator, period, source); all or nothing; every bad row is reported with its
line number and reason.`;

// While a server holds the embedded database, the file goes through its ADMIN mutation.
await runCsvImport(
  usage,
  importIndicatorCsv,
  'mutation ImportIndicators($csv: String!) { importIndicatorCsv(csv: $csv) { rows changed } }',
);
