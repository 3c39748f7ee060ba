import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Extension, PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';

/**
 * PostGIS for the embedded database, without what petagizi never loads, and with a fast symbol
 * lookup.
 *
 * **The bundle.** PGlite unpacks an extension's whole bundle into its in-memory file system on
 * every start and compiles every `.so` in it. pglite-postgis ships 91 MB unpacked: PostGIS itself
 * (17 MB of WebAssembly), raster and topology (31 MB more, never loaded here: no migration creates
 * them), the tiger geocoder, the upgrade scripts from every release since 2.0 and the contrib
 * scripts. Each start held about 350 MB more memory for them (the tarball, its unpacked copy, the
 * files and two compiled modules) and spent seconds compiling. The slim bundle keeps
 * `postgis-3.so`, the extension's control file and install script (what `CREATE EXTENSION postgis`
 * reads) and PROJ's data (`ST_Transform` for tiles). It is made once from the installed package's
 * tarball (about a second) and kept beside it in `node_modules/.cache/petagizi/` (or the temporary
 * directory when that is read-only), named by the tarball's size and time so an upgrade of the
 * package makes a new one. Should that fail, the full bundle is used.
 *
 * **Symbol lookup.** PostgreSQL finds each C function of an extension with `dlsym`, twice when
 * `CREATE EXTENSION` defines it (the function and its info record) and once per session when it
 * is first called. Emscripten's `dlsym` lists every export of the library (`Object.keys`, 23,265
 * names for postgis-3.so, ~8 ms) to find one symbol's position: 1,600 lookups made `CREATE
 * EXTENSION postgis` spend 9–13 s of a cold start there. While PGlite's `dlsym` runs, the list of a
 * library's exports is kept after it is first made (a library's exports never change once it is
 * loaded), so the lookup returns the same symbol and position as before, in microseconds.
 */
export function embeddedPostgis(): Extension {
  return {
    name: 'postgis',
    async setup(pg, emscriptenOpts) {
      const full = await postgis.setup(pg, emscriptenOpts);
      const slim = full.bundlePath ? slimBundle(full.bundlePath) : null;
      return {
        ...full,
        ...(slim ? { bundlePath: slim } : {}),
        emscriptenOpts: withFastDlsym(full.emscriptenOpts ?? emscriptenOpts),
      };
    },
  };
}

type Instantiate = (imports: { env?: Record<string, unknown> }, done: unknown) => unknown;

/**
 * @private Emscripten options whose `instantiateWasm` hands PGlite's module a `dlsym` that lists
 * a library's exports once (see above). Anything unexpected leaves the options as they were.
 */
function withFastDlsym<T extends { instantiateWasm?: Instantiate }>(options: T): T {
  const instantiate = options?.instantiateWasm;
  if (typeof instantiate !== 'function') return options;
  return {
    ...options,
    instantiateWasm(imports, done) {
      const env = imports.env;
      const dlsym = env?._dlsym_js;
      if (env && typeof dlsym === 'function') {
        const lookup = (...args: unknown[]) => {
          const keys = Object.keys;
          Object.keys = exportNames;
          try {
            return dlsym(...args);
          } finally {
            Object.keys = keys;
          }
        };
        // Emscripten reads a JavaScript import's signature from `sig`.
        env._dlsym_js = Object.assign(lookup, { sig: (dlsym as { sig?: string }).sig });
      }
      return instantiate.call(options, imports, done);
    },
  };
}

const listed = new WeakMap<object, string[]>();
const objectKeys = Object.keys;

/** @private `Object.keys` of a loaded library's exports, made once per library. */
function exportNames(target: object): string[] {
  let names = listed.get(target);
  if (!names) {
    names = objectKeys(target);
    listed.set(target, names);
  }
  return names;
}

/**
 * Lets go of the extension bundles once PGlite has unpacked them. PGlite keeps each bundle it
 * loaded (the unpacked tarball, 36 MB for the slim PostGIS) on its Emscripten module for the life
 * of the process, though it reads them only while starting; the files stay in its file system.
 */
export function releaseExtensionBundles(pglite: PGlite): void {
  const module = pglite.Module as { pg_extensions?: Record<string, unknown> };
  if (module.pg_extensions) module.pg_extensions = {};
}

/** The file-system calls of PGlite's Emscripten module used below. */
interface EmscriptenFs {
  readdir(path: string): string[];
  stat(path: string): { size: number };
  truncate(path: string, length: number): void;
  unlink(path: string): void;
}

/**
 * Lets go of the extension files that the database no longer reads once it is migrated, and
 * returns their bytes. PGlite's in-memory file system keeps a copy of each:
 *
 * - the compiled libraries' bytes (`postgis-3.so`, 17 MB): PGlite compiles every `.so` of a bundle
 *   while starting and its `dlopen` takes the compiled module from there (Emscripten's
 *   `preloadedWasm`), never the file again. PostgreSQL still checks that the file exists before
 *   loading a library, so it stays, empty.
 * - the install scripts (`postgis--3.6.2.sql`, 7.5 MB): read by `CREATE EXTENSION`, which only the
 *   migrations run. Removed, so that a later `CREATE EXTENSION` would fail loudly rather than
 *   install nothing.
 */
export function releaseInstalledFiles(pglite: PGlite): number {
  const fs = (pglite.Module as { FS?: EmscriptenFs }).FS;
  if (!fs) return 0;
  const released: { path: string; remove: boolean }[] = [];
  const lib = '/pglite/lib/postgresql';
  for (const name of list(fs, lib)) {
    if (name.startsWith('postgis')) released.push({ path: `${lib}/${name}`, remove: false });
  }
  const extension = '/pglite/share/postgresql/extension';
  for (const name of list(fs, extension)) {
    if (/^postgis--.*\.sql$/.test(name))
      released.push({ path: `${extension}/${name}`, remove: true });
  }
  let bytes = 0;
  for (const { path: file, remove } of released) {
    bytes += fs.stat(file).size;
    if (remove) fs.unlink(file);
    else fs.truncate(file, 0);
  }
  return bytes;
}

/** @private A directory's entries, or none when it is missing. */
function list(fs: EmscriptenFs, dir: string): string[] {
  try {
    return fs.readdir(dir);
  } catch {
    return [];
  }
}

/** Entries of the pglite-postgis tarball that the embedded database needs. */
export function keepEntry(name: string): boolean {
  return (
    name === 'lib/postgresql/postgis-3.so' ||
    name === 'share/postgresql/extension/postgis.control' ||
    // The install script of the shipped version (`postgis--3.6.2.sql`), not the upgrade paths.
    /^share\/postgresql\/extension\/postgis--\d[\w.]*\.sql$/.test(name) ||
    name.startsWith('share/proj/')
  );
}

let made: URL | null | undefined;

/** @private The slim tarball's URL, made when missing (once per process); null when it cannot be. */
function slimBundle(fullUrl: URL): URL | null {
  made ??= makeSlimBundle(fullUrl);
  return made;
}

/** @private */
function makeSlimBundle(fullUrl: URL): URL | null {
  try {
    if (fullUrl.protocol !== 'file:') return null;
    const full = fileURLToPath(fullUrl);
    const { size, mtimeMs } = statSync(full);
    const name = `postgis-slim-${size}-${Math.trunc(mtimeMs)}.tar.gz`;
    for (const dir of cacheDirs()) {
      const file = path.join(dir, name);
      if (existsSync(file)) return pathToFileURL(file);
    }
    const tarball = gzipSync(filterTar(gunzipSync(readFileSync(full)), keepEntry), { level: 1 });
    for (const dir of cacheDirs()) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, name);
        // Written aside and renamed: concurrent starts (test workers) never read half a file.
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, tarball);
        renameSync(partial, file);
        return pathToFileURL(file);
      } catch {
        // read-only: try the next place
      }
    }
    return null;
  } catch {
    return null;
  }
}

/** @private Where the slim bundle may be kept, best first. */
function cacheDirs(): string[] {
  const dirs: string[] = [];
  try {
    // node_modules/@electric-sql/pglite-postgis/dist/index.js → node_modules/.cache/petagizi
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite-postgis');
    const nodeModules = entry.slice(0, entry.lastIndexOf(`${path.sep}node_modules${path.sep}`));
    dirs.push(path.join(nodeModules, 'node_modules', '.cache', 'petagizi'));
  } catch {
    // not resolvable as a file: only the temporary directory
  }
  dirs.push(path.join(tmpdir(), 'petagizi-cache'));
  return dirs;
}

/**
 * A tar archive with only the entries `keep` accepts (ustar and pax headers; a pax or GNU long
 * name header stays with the entry it describes), ended by the two empty blocks.
 */
export function filterTar(tar: Uint8Array, keep: (name: string) => boolean): Buffer {
  const out: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  let longName: string | undefined;
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12) || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const blocks = 512 + Math.ceil(size / 512) * 512;
    const entry = tar.subarray(offset, offset + blocks);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += blocks;
    if (type === 'x' || type === 'L') {
      // Extended header for the next entry: its path, if it names one.
      pending.push(entry);
      const text = Buffer.from(data).toString('utf8');
      longName =
        type === 'L'
          ? text.replace(/\0.*$/s, '')
          : (/\d+ path=([^\n]*)\n/.exec(text)?.[1] ?? longName);
      continue;
    }
    if (type === 'g') continue;
    const prefix = field(header, 345, 155);
    const name =
      longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const clean = name.replace(/^\.\//, '');
    // Directories stay (PGlite makes them); of the rest only regular files that `keep` names.
    if (type === '5' || ((type === '0' || type === '\0') && keep(clean))) {
      out.push(...pending, entry);
    }
    pending = [];
    longName = undefined;
  }
  out.push(new Uint8Array(1024));
  return Buffer.concat(out);
}

/** @private A NUL-terminated text field of a tar header. */
function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end))
    .toString('utf8')
    .trim();
}
