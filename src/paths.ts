import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root: the nearest directory above this module that holds package.json. The
 * same whether the server runs from src/ (tsx) or from the bundle in dist/ (`npm run build`), so
 * files shipped beside the code (migrations, the explorer and map pages) are found either way.
 */
export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository, e.g. `repoPath('prisma', 'migrations')`. */
export function repoPath(...parts: string[]): string {
  return path.join(repoRoot, ...parts);
}

/** @private */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${start}`);
    dir = up;
  }
  return dir;
}
