// Bundles GraphiQL into dist/graphiql (part of `npm run build`; the server also builds it on the
// first request when it is missing or stale). Prints each file's bytes: plain, gzip, brotli.
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildGraphiql, graphiqlDir } from '../src/http/graphiql/build.ts';

const manifest = await buildGraphiql();
const size = (file: string) => statSync(path.join(graphiqlDir, file)).size;
for (const file of manifest.files) {
  console.log(
    `${file.padEnd(28)} ${String(size(file)).padStart(9)} B  gzip ${String(size(`${file}.gz`)).padStart(8)}  br ${String(size(`${file}.br`)).padStart(8)}`,
  );
}
console.log(
  `GraphiQL built in ${path.relative(process.cwd(), graphiqlDir)} (${manifest.fingerprint})`,
);
