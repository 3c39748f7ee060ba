import { cliActor } from '../src/audit/actor.ts';
import { importRegionsFromIdnArea } from '../src/modules/region/region.import.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run import:regions -- KABUPATEN_KODE...   (e.g. 32.75 for Kota Bekasi)

Loads the names and codes of the given kabupaten/kota, their kecamatan and desa/kelurahan from
idn-area-data (ODbL). Idempotent; boundaries come separately (npm run import:boundaries).`;

await runCli(async (kodes) => {
  if (kodes.length === 0 || kodes.includes('--help')) {
    console.error(usage);
    process.exit(kodes.length === 0 ? 64 : 0);
  }
  console.log(JSON.stringify(await importRegionsFromIdnArea(kodes, cliActor()), null, 2));
});
