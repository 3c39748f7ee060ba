import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Connection, openConnection, useConnection } from '../../src/db/client.ts';
import { filterTar, keepEntry } from '../../src/db/embeddedPostgis.ts';
import { prepareDatabase } from '../../src/startup.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

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

describe('the embedded database after its migrations', () => {
  // PostGIS through its C library (first loaded in a session after the release on a warm start),
  // and through PROJ (ST_Transform, geography).
  const probe = `SELECT ST_AsText(ST_Transform(ST_SetSRID(ST_MakePoint(107.13, -6.2), 4326), 3857)) AS t,
    ST_Distance('SRID=4326;POINT(107 -6)'::geography, 'SRID=4326;POINT(107.1 -6.2)'::geography) AS d,
    ST_AsGeoJSON(ST_Buffer(ST_MakePoint(0, 0), 1, 2)) AS g`;
  const ask = async (conn: Connection) =>
    conn.withSession((session) => session.query<Record<string, unknown>>(probe));

  it('lets go of the install script and the library bytes, and PostGIS answers as before', async () => {
    const shared = await testDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-embedded-release-'));
    try {
      const cold = openConnection({ databaseUrl: undefined, pgliteDir: dir });
      await prepareDatabase(cold, { seed: false });
      const before = await ask(cold);
      await cold.close();

      const warm = openConnection({ databaseUrl: undefined, pgliteDir: dir });
      await prepareDatabase(warm, { seed: false });
      try {
        // Released by prepareDatabase: nothing is left to release.
        expect(warm.releaseStartupFiles?.()).toBe(0);
        const files = await warm.withSession((session) =>
          session.query<{ so: string; scripts: string }>(
            `SELECT (pg_stat_file('$libdir/postgis-3.so'::text, true)).size::text AS so,
               (SELECT count(*)::text FROM pg_ls_dir('/pglite/share/postgresql/extension') f
                 WHERE f LIKE 'postgis--%.sql') AS scripts`.replace(
              '$libdir',
              '/pglite/lib/postgresql',
            ),
          ),
        );
        expect(files).toEqual([{ so: '0', scripts: '0' }]);
        expect(await ask(warm)).toEqual(before);
      } finally {
        await warm.close();
      }
    } finally {
      useConnection(shared);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
