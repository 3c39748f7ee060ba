import { parseArgs } from 'node:util';
import { runScript } from '../load/server.ts';
import { databaseName, ensureDatabase, loadScale, parseScale, withDatabase } from './dataset.ts';

const usage = `Loads a benchmark dataset into PostgreSQL + PostGIS.

  npm run bench:data -- --scale bekasi|jabar|national [--database-url URL]

  --scale          bekasi: the app's demo seed (187 desa); national: every region of idn-area-data
                   (38 / 514 / 7,277 / 83,763) with synthetic nested polygons and counts;
                   jabar: the national generator for Jawa Barat's 27 kabupaten/kota only
  --database-url   the database to load (created if missing, must hold no regions); default: a
                   fresh database petagizi_bench_<scale>_<time> on DATABASE_URL's server`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const scale = parseScale(values.scale, 'bekasi');
  let url = values['database-url'];
  if (!url) {
    const server = process.env.DATABASE_URL;
    if (!server) throw new Error(`DATABASE_URL or --database-url is required\n\n${usage}`);
    const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
    url = withDatabase(server, `petagizi_bench_${scale}_${stamp}`);
  }
  const created = await ensureDatabase(url);
  console.log(
    `database ${databaseName(url)} (${created ? 'created' : 'existing'}), scale ${scale}`,
  );
  const report = await loadScale(url, scale);
  console.log(`loaded ${scale} in ${report.seconds.toFixed(1)} s`);
  for (const [name, count] of Object.entries(report.counts)) console.log(`  ${name}: ${count}`);
  return 0;
}

runScript(main);
