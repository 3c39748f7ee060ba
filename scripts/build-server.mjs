// Bundles the server into dist/ (esbuild: one ES module per entry, dependencies stay in
// node_modules), the first half of `npm run build`, and what `npm start` (scripts/start.mjs) runs.
// Plain JavaScript so that it runs without tsx.
//
//   node scripts/build-server.mjs            # build
//   node scripts/build-server.mjs --if-stale # build only when src/ changed since the last build
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverBundle = path.join(root, 'dist', 'server.mjs');
const fingerprintFile = path.join(root, 'dist', 'server.fingerprint');

const options = {
  entryPoints: ['src/server.ts', 'src/workers/statsWorker.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  outbase: 'src',
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
};

/**
 * What the bundle is made of: every file under src/ (the generated Prisma client included), this
 * script and package.json, by content. Reading them takes ~30 ms.
 */
export function sourceFingerprint() {
  const hash = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  walk(path.join(root, 'src'));
  files.push(path.join(root, 'package.json'), fileURLToPath(import.meta.url));
  for (const file of files.sort()) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ holds a bundle of the current sources. */
export function bundleIsCurrent(fingerprint = sourceFingerprint()) {
  return (
    existsSync(serverBundle) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8').trim() === fingerprint
  );
}

/**
 * Builds the bundle. Each output is written beside its place and renamed into it, so a server
 * starting meanwhile (or a second build) never reads half a file; the fingerprint comes last.
 */
export async function buildServerBundle() {
  const fingerprint = sourceFingerprint();
  const { build } = await import('esbuild');
  const result = await build({ ...options, absWorkingDir: root, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
  const partial = `${fingerprintFile}.${process.pid}.partial`;
  writeFileSync(partial, `${fingerprint}\n`);
  renameSync(partial, fingerprintFile);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && bundleIsCurrent()) process.exit(0);
  await buildServerBundle();
}
