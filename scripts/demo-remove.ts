import { cliActor } from '../src/audit/actor.ts';
import { removeDemo } from '../src/demo/demo.remove.ts';
import { runCli } from './cli.ts';

const usage = `usage: npm run demo:remove

Deletes every synthetic row (the demo's counts, by-name records, program and facility data) and
clears synthetic boundaries, in one audited transaction. Real data stays.`;

await runCli(async (args) => {
  if (args.includes('--help')) {
    console.error(usage);
    process.exit(0);
  }
  console.log(JSON.stringify({ removed: await removeDemo(cliActor()) }, null, 2));
});
