import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filterTar, keepEntry } from '../../src/db/embeddedPostgis.ts';

/** Names of the regular files and directories of a tar archive. */
function names(tar: Uint8Array): string[] {
  const out: string[] = [];
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const text = (start: number, length: number) =>
      Buffer.from(header.subarray(start, start + length))
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = Number.parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    if (type === '0' || type === '5') out.push(text(0, 100));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

describe('the slim PostGIS bundle of the embedded database', () => {
  const bundle = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite-postgis')),
    'postgis.tar.gz',
  );
  const full = gunzipSync(readFileSync(bundle));

  it('keeps PostGIS, its control file, its install script and PROJ data, and nothing else', () => {
    const kept = names(filterTar(full, keepEntry)).filter((name) => !name.endsWith('/'));
    expect(kept).toContain('lib/postgresql/postgis-3.so');
    expect(kept).toContain('share/postgresql/extension/postgis.control');
    expect(kept).toContain('share/proj/proj.db');
    const scripts = kept.filter((name) => name.endsWith('.sql'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^share\/postgresql\/extension\/postgis--\d[\d.]*\.sql$/);
    expect(kept.filter((name) => /raster|topology|tiger/.test(name))).toEqual([]);
  });

  it('copies the kept entries byte for byte', () => {
    const slim = filterTar(full, (name) => name === 'share/postgresql/extension/postgis.control');
    const control = names(slim).indexOf('share/postgresql/extension/postgis.control');
    expect(control).toBeGreaterThanOrEqual(0);
    const text = slim.toString('utf8');
    expect(text).toContain("module_pathname = '$libdir/postgis-3'");
    // Ends with the two empty blocks of a tar archive.
    expect(slim.subarray(slim.length - 1024).every((b) => b === 0)).toBe(true);
  });
});
