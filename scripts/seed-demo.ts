import { seedDemo } from '../src/demo/demo.seed.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run seed:demo [-- --synthetic-geometry]

Loads the demo (Kabupaten Bekasi: real names, codes and boundaries; synthetic counts, by-name
records, program and facility data, all marked synthetic) into the configured database, for a
demonstration or an empty database. Idempotent. \`npm run demo:remove\` takes it out again.
--synthetic-geometry draws made-up rectangles instead of the shipped real boundaries.`;

await runCli(async (args) => {
  if (args.includes('--help')) {
    console.error(usage);
    process.exit(0);
  }
  const geometry = args.includes('--synthetic-geometry') ? 'synthetic' : 'real';
  console.log(JSON.stringify(await seedDemo({ geometry }), null, 2));
});
