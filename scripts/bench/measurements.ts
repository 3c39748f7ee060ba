import { parseArgs } from 'node:util';
import { cliActor } from '../../src/audit/actor.ts';
import { closeConnection, db, openConnection } from '../../src/db/client.ts';
import { whoTables } from '../../src/growth/whoTables.ts';
import { importMeasurementsCsv } from '../../src/modules/growth/growth.import.ts';
import { importRegionsFromIdnArea } from '../../src/modules/region/region.import.ts';
import { mulberry32 } from '../../src/random/mulberry32.ts';
import { prepareDatabase } from '../../src/startup.ts';
import { intArg, onCleanup, runScript } from '../load/server.ts';
import { databaseName, ensureDatabase, withDatabase } from './dataset.ts';

const usage = `Times the e-PPGBM measurement import on PostgreSQL.

  npm run bench:measurements -- [--rows 250000] [--keep]

Creates a fresh database on DATABASE_URL's server, loads Kabupaten Bekasi's 187 desa (32.16, from
idn-area-data), generates a realistic e-PPGBM CSV for a year (2024; children 0–59 months measured
in about five months each, February and August always), then times:
  floor   the same rows written raw into an unindexed table, one unnest statement per 25,000
  import  npm run import:measurements' code path (parse, validate, WHO z-scores, upserts,
          per-desa monthly STUNTING/SEVERE_STUNTING/WASTING/UNDERWEIGHT)
  replay  the same file again (idempotent: nothing changes)
and prints seconds, rows/s and the ratio to the floor. The database is dropped unless --keep.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const rows = intArg(values.rows, 'rows', 250_000, 1_000_000);
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error(`DATABASE_URL is required (PostgreSQL)\n\n${usage}`);
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const url = withDatabase(server, `petagizi_bench_measurements_${stamp}`);
  await ensureDatabase(url);
  if (!values.keep) {
    onCleanup(async () => {
      await closeConnection();
      const pg = await import('pg');
      const admin = new pg.default.Client({ connectionString: withDatabase(url, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
      await admin.end();
    });
  }
  console.log(`database ${databaseName(url)}`);
  await prepareDatabase(openConnection({ databaseUrl: url, pgliteDir: 'memory://' }), {
    seed: false,
  });
  await importRegionsFromIdnArea(['32.16'], cliActor());
  const desa = (
    await db.region.findMany({
      where: { level: 'DESA', kode: { startsWith: '32.16.' } },
      select: { kode: true },
      orderBy: { kode: 'asc' },
    })
  ).map((r) => r.kode);

  let started = performance.now();
  const { csv, children } = generate(desa, rows, 20_240_101);
  const generated = (performance.now() - started) / 1000;
  console.log(
    `generated ${rows} measurements of ${children} children in ${desa.length} desa ` +
      `(${(csv.length / 1e6).toFixed(1)} MB) in ${generated.toFixed(1)} s`,
  );

  started = performance.now();
  await floor(csv);
  const floorSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const report = await importMeasurementsCsv(csv, cliActor());
  const importSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const replay = await importMeasurementsCsv(csv, cliActor());
  const replaySeconds = (performance.now() - started) / 1000;

  const [kab] = await db.$queryRaw<{ n: number; d: number }[]>`
    SELECT sum(numerator)::int AS n, sum(denominator)::int AS d FROM indicator_value
    WHERE source = 'e-PPGBM' AND indicator_code = 'STUNTING' AND period = '2024-08'`;
  const line = (name: string, seconds: number) =>
    console.log(
      `${name.padEnd(7)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(rows / seconds)
        .toString()
        .padStart(8)} rows/s  ${(seconds / floorSeconds).toFixed(2).padStart(6)} × floor`,
    );
  console.log('');
  line('floor', floorSeconds);
  line('import', importSeconds);
  line('replay', replaySeconds);
  console.log('');
  console.log(
    `import: ${report.measurementsChanged} measurements, ${report.children} children, ` +
      `${report.months.length} months, ${report.indicatorValues} indicator values; ` +
      `replay changed ${replay.measurementsChanged} measurements and ` +
      `${replay.indicatorValuesChanged} values`,
  );
  console.log(
    `import phases: check ${report.seconds.check} s, write ${report.seconds.write} s, derive ${report.seconds.derive} s; ` +
      `replay: check ${replay.seconds.check} s, write ${replay.seconds.write} s, derive ${replay.seconds.derive} s`,
  );
  console.log(
    `STUNTING 2024-08, kabupaten 32.16: ${kab?.n}/${kab?.d} = ${(
      (100 * (kab?.n ?? 0)) / (kab?.d ?? 1)
    ).toFixed(1)}%`,
  );
  console.log(
    `goal: 250,000 measurements in under 120 s: ${importSeconds < 120 ? 'met' : 'NOT met'}`,
  );
  return 0;
}

/**
 * @private A year of e-PPGBM rows: children 0–59 months spread over the desa (a heavy-tailed
 * number per desa), each measured in February, August and about three other months, with HAZ
 * around −1 and WAZ around −0.8 (SD 1.1, as in Indonesian surveys), heights and weights from the
 * WHO LMS tables, position by age with 5% recorded the other way, 0.1% oedema, 0.1% typing errors
 * that WHO flags. Deterministic for a seed.
 */
function generate(desa: string[], rows: number, seed: number) {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const weights = desa.map(() => 0.3 + random() ** 3 * 3);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => {
    cumulative[i] = (sum + w) / total;
    return sum + w;
  }, 0);
  const pickDesa = () => {
    const u = random();
    const i = cumulative.findIndex((c) => c >= u);
    return desa[i < 0 ? desa.length - 1 : i] as string;
  };
  const tables = whoTables();
  const lines = [
    'child_id,name,sex,birth_date,desa_kode,measured_on,weight_kg,height_cm,measured,oedema,posyandu',
  ];
  const day = 86_400_000;
  const start2024 = Date.UTC(2024, 0, 1);
  let children = 0;
  while (lines.length - 1 < rows) {
    children += 1;
    const kode = pickDesa();
    const male = random() < 0.51;
    const birth = start2024 - Math.floor(random() * 1700) * day + Math.floor(random() * 180) * day;
    const haz = -1 + 1.1 * normal();
    const waz = -0.8 + 1.1 * normal();
    const nik = `${kode.slice(0, 8).replaceAll('.', '')}${String(children).padStart(10, '0')}`;
    const months = new Set([1, 7]);
    while (months.size < 5) months.add(Math.floor(random() * 12));
    for (const month of [...months].sort((a, b) => a - b)) {
      if (lines.length - 1 >= rows) break;
      const on = Date.UTC(2024, month, 1 + Math.floor(random() * 27));
      const age = Math.round((on - birth) / day);
      if (age < 0 || age > 1826) continue;
      const sex = male ? 'MALE' : 'FEMALE';
      const len = tables.lengthForAge[sex][age];
      const wei = tables.weightForAge[sex][age];
      if (!len || !wei) continue;
      const lying = age < 731 ? random() > 0.05 : random() < 0.05;
      let height = len.m * (1 + len.s * (haz + 0.15 * normal()));
      if (lying && age >= 731) height += 0.7;
      if (!lying && age < 731) height -= 0.7;
      const zw = waz + 0.2 * normal();
      let weight = wei.m * (1 + wei.l * wei.s * zw) ** (1 / wei.l);
      if (random() < 0.001) weight *= 2.5; // a typing error WHO flags
      const date = new Date(on).toISOString().slice(0, 10);
      lines.push(
        [
          nik,
          `Anak ${children}`,
          male ? 'L' : 'P',
          new Date(birth).toISOString().slice(0, 10),
          kode,
          date,
          Math.min(59.9, Math.max(0.5, weight)).toFixed(1),
          Math.min(149.9, Math.max(30.1, height)).toFixed(1),
          lying ? 'L' : 'H',
          random() < 0.001 ? 'y' : 'n',
          `Posyandu ${kode.slice(-2)}-${1 + Math.floor(random() * 8)}`,
        ].join(','),
      );
    }
  }
  return { csv: `${lines.join('\n')}\n`, children };
}

/** @private The floor: the same rows as text, written into an unindexed table as they are. */
async function floor(csv: string): Promise<void> {
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  await db.$executeRaw`CREATE TABLE bench_floor (child_id text, name text, sex text,
    birth_date text, desa_kode text, measured_on text, weight_kg text, height_cm text,
    measured text, oedema text, posyandu text)`;
  for (let start = 0; start < rows.length; start += 25_000) {
    const part = rows.slice(start, start + 25_000);
    const col = (i: number) => part.map((r) => r[i] ?? '');
    await db.$executeRaw`INSERT INTO bench_floor SELECT * FROM unnest(
      ${col(0)}::text[], ${col(1)}::text[], ${col(2)}::text[], ${col(3)}::text[],
      ${col(4)}::text[], ${col(5)}::text[], ${col(6)}::text[], ${col(7)}::text[],
      ${col(8)}::text[], ${col(9)}::text[], ${col(10)}::text[])`;
  }
}

runScript(main);
