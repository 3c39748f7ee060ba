import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cliActor } from '../src/audit/actor.ts';
import { importBoundaries } from '../src/modules/region/region.import.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run import:boundaries -- FILE.geojson [--source "credit line"] [--strict]

Loads region boundaries from an RFC 7946 FeatureCollection whose features carry the Kemendagri
code in properties.kode (or as the feature id). All or nothing; invalid geometry is repaired with
ST_MakeValid and reported; codes that are not loaded regions are reported and skipped (--strict
rejects the file instead).`;

await runCli(async (args) => {
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--source');
  if (!file || args.includes('--help')) {
    console.error(usage);
    process.exit(file ? 0 : 64);
  }
  const sourceIndex = args.indexOf('--source');
  const source = sourceIndex >= 0 ? (args[sourceIndex + 1] ?? '') : `file ${path.basename(file)}`;
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const report = await importBoundaries(
    input,
    { source, strict: args.includes('--strict') },
    cliActor(),
  );
  console.log(JSON.stringify({ file, source, ...report }, null, 2));
});
