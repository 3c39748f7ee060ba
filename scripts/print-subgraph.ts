import { readFileSync, writeFileSync } from 'node:fs';
import { printSubgraph } from '../src/modules/federation/federation.schema.ts';
import { subgraphSchema } from '../src/schema.ts';

const usage = `usage: npm run print:subgraph [-- --check]

Writes the Federation v2 subgraph SDL (printSubgraphSchema: the API schema with its @link and
@key directives) to schema/subgraph.graphql, what a router or \`rover subgraph publish\` reads.
--check writes nothing and exits 1 when the file differs from the code.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
const file = new URL('../schema/subgraph.graphql', import.meta.url);
const sdl = printSubgraph(subgraphSchema);
if (args.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // a missing file differs
  }
  if (committed !== sdl) {
    console.error('schema/subgraph.graphql differs from the code: run `npm run print:subgraph`');
    process.exit(1);
  }
  console.log('schema/subgraph.graphql is up to date');
} else {
  writeFileSync(file, sdl);
  console.log(`wrote schema/subgraph.graphql (${sdl.length} characters)`);
}
