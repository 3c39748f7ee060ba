import { importMeasurementsCsv } from '../src/modules/growth/growth.import.ts';
import { runCsvImport } from './cli.ts';

const usage = `usage: npm run import:measurements -- FILE.csv

CSV header: child_id,name,sex,birth_date,desa_kode,measured_on,weight_kg,height_cm,measured,oedema
(optional: posyandu). sex L/P, measured L (lying) / H (standing), oedema y/n.
child_id (NIK) is stored only as an HMAC-SHA256 under CHILD_ID_SECRET. Computes WHO z-scores, then
recomputes STUNTING, SEVERE_STUNTING, WASTING and UNDERWEIGHT per desa for every month in the file
(source e-PPGBM). All or nothing; every bad row is reported with its line number and reason.`;

await runCsvImport(usage, importMeasurementsCsv);
