import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's floors, read from the imports of `src/` (README "Architecture"). Each rule names
 * the files that break it, so a failure says where the wrong arrow is.
 */

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static `import … from`, `export … from`, `import '…'` and dynamic `import('…')` specifiers. */
const specifierPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(specifierPattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** File (relative to the repo, e.g. "src/http/app.ts") → what it imports: repo paths or package names. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(file, 'utf8')).map((specifier) =>
      specifier.startsWith('.') ? relative(root, resolve(dirname(file), specifier)) : specifier,
    );
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** One import circle among repo files, as the path around it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** "from → to" for every import of a file under one of `from` that matches `forbidden`. */
function violations(
  graph: Map<string, string[]>,
  from: string[],
  forbidden: (target: string, file: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    if (!from.some((prefix) => file === prefix || file.startsWith(`${prefix}/`))) continue;
    for (const target of targets) if (forbidden(target, file)) found.push(`${file} → ${target}`);
  }
  return found;
}

const graph = importGraph(sourceFiles(src));
const under = (prefix: string) => (target: string) =>
  target === prefix || target.startsWith(`${prefix}/`);
const isDatabase = (target: string) =>
  target.startsWith('src/db/') ||
  target.startsWith('src/generated/prisma') ||
  /^(@prisma\/|@electric-sql\/|pg$|pg-|postgres$)/.test(target) ||
  target.endsWith('.sql.ts');
const isGraphql = (target: string) =>
  /^(graphql|@pothos\/|@apollo\/)/.test(target) ||
  ['src/builder.ts', 'src/schema.ts', 'src/context.ts'].includes(target);
const isHttp = (target: string) =>
  under('src/http')(target) || /^(node:http|node:https|express|fastify)$/.test(target);

describe('the import graph of src/', () => {
  it('reads the imports it checks (the rules below see real arrows)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/http/app.ts')?.length).toBeGreaterThan(5);
    // A parse that saw no imports would pass every rule below.
    expect(
      importsOf("import { a } from './a.ts';\nexport * from \"../b.ts\";\nawait import('c');"),
    ).toEqual(['./a.ts', '../b.ts', 'c']);
  });

  it('has no import circle', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a circle when there is one (the check can fail)', () => {
    const circle = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(circle)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps region the ground floor: src/modules/region imports no other module', () => {
    expect(
      violations(
        graph,
        ['src/modules/region'],
        (target) => under('src/modules')(target) && !under('src/modules/region')(target),
      ),
    ).toEqual([]);
  });

  it('keeps src/geo and src/stats pure: no database, GraphQL or HTTP', () => {
    expect(
      violations(
        graph,
        ['src/geo', 'src/stats'],
        (target) => isDatabase(target) || isGraphql(target) || isHttp(target),
      ),
    ).toEqual([]);
  });

  it('keeps the lower floors below the modules: context, auth, audit, args, db import no module', () => {
    expect(
      violations(
        graph,
        [
          'src/context.ts',
          'src/auth',
          'src/audit',
          'src/args',
          'src/db',
          'src/errors.ts',
          'src/builder.ts',
        ],
        under('src/modules'),
      ),
    ).toEqual([]);
  });

  it('keeps src/http on module functions: no SQL file, no Prisma client', () => {
    expect(
      violations(
        graph,
        ['src/http'],
        (target) =>
          target.endsWith('.sql.ts') ||
          target === 'src/db/client.ts' ||
          target.startsWith('src/generated/prisma') ||
          target.startsWith('@prisma/'),
      ),
    ).toEqual([]);
  });

  it('keeps modules off one another’s SQL: a *.sql.ts is imported only from its own module', () => {
    expect(
      violations(graph, ['src'], (target, file) => {
        if (!target.endsWith('.sql.ts')) return false;
        // The demo room writes its synthetic rows with the modules' own write statements (the
        // ones their importers use), in one transaction flagged synthetic: a seed, like a
        // migration, sits beside the modules rather than above them.
        if (file.startsWith('src/demo/')) return false;
        const owner = /^src\/modules\/([^/]+)\//.exec(target)?.[1];
        return owner !== undefined && !file.startsWith(`src/modules/${owner}/`);
      }),
    ).toEqual([]);
  });
});
