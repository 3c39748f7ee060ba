// `npm start`: the server from its bundle (dist/server.mjs), rebuilt first when src/ changed since
// it was built (or on a fresh clone, where there is none: esbuild, about a second). The same code
// as `tsx src/server.ts`, but tsx held every transpiled module and its source map in memory
// (~100 MB) and spent seconds of each start loading the tree through its loader.
import { pathToFileURL } from 'node:url';
import { buildServerBundle, bundleIsCurrent, serverBundle } from './build-server.mjs';

if (!bundleIsCurrent()) await buildServerBundle();
// Stack traces name the TypeScript sources, as under tsx.
process.setSourceMapsEnabled(true);
const server = await import(pathToFileURL(serverBundle).href);
server.main();
