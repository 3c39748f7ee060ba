import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { repoPath } from '../../paths.ts';

/** Where the GraphiQL bundle is written and served from (git-ignored). */
export const graphiqlDir = repoPath('dist', 'graphiql');
const sourceDir = repoPath('src', 'http', 'graphiql');
const require = createRequire(import.meta.url);

/** What a build wrote: its input fingerprint and its files (served as is, plus .br and .gz). */
export interface GraphiqlManifest {
  fingerprint: string;
  files: string[];
}

/**
 * The inputs of the bundle: our sources and the versions of what they bundle. A build whose
 * manifest carries another fingerprint is stale (a source or a package changed).
 */
export function graphiqlFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(sourceDir).sort()) {
    hash.update(file).update(readFileSync(path.join(sourceDir, file)));
  }
  for (const pkg of ['graphiql', '@graphiql/react', 'monaco-editor', 'monaco-graphql', 'react']) {
    hash.update(`${pkg}@${packageVersion(pkg)}`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** @private The installed version of a package (node_modules is flat for these). */
function packageVersion(name: string): string {
  const file = repoPath('node_modules', ...name.split('/'), 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The manifest of the build in `dir`, or null when there is none. */
export function readGraphiqlManifest(dir = graphiqlDir): GraphiqlManifest | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as GraphiqlManifest;
  } catch {
    return null;
  }
}

/**
 * Bundles GraphiQL (React 19, Monaco and its editor, JSON and GraphQL workers, styles and the
 * codicon font) with esbuild into `dir`, then writes each file's brotli (quality 11) and gzip
 * (level 9) twins so the server never compresses them per request. `npm run build` runs it; in
 * development the server runs it on the first request when the build is missing or stale.
 */
export async function buildGraphiql(dir = graphiqlDir): Promise<GraphiqlManifest> {
  const esbuild = await import('esbuild');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    // GraphiQL names its icons after their components.
    keepNames: true,
    legalComments: 'linked' as const,
    logLevel: 'error' as const,
    target: ['chrome110', 'firefox115', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl' } as const,
  };
  await esbuild.build({
    ...common,
    entryPoints: { app: path.join(sourceDir, 'app.js') },
    format: 'esm',
    outdir: dir,
    assetNames: '[name]-[hash]',
  });
  await esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': require.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': require.resolve('monaco-graphql/esm/graphql.worker.js'),
    },
    format: 'iife',
    outdir: dir,
  });
  writeFileSync(path.join(dir, 'index.html'), readFileSync(path.join(sourceDir, 'index.html')));
  const files = readdirSync(dir).sort();
  for (const file of files) {
    const body = readFileSync(path.join(dir, file));
    writeFileSync(path.join(dir, `${file}.gz`), gzipSync(body, { level: 9 }));
    writeFileSync(
      path.join(dir, `${file}.br`),
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      }),
    );
  }
  const manifest = { fingerprint: graphiqlFingerprint(), files };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
