import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let conn: Connection;

beforeAll(async () => {
  conn = await testDatabase();
});

const folder = (migrations: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
};

describe('migrate', () => {
  it('finds the project migrations already applied, each once', async () => {
    const result = await migrate(conn);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual([
      '0001_enable_postgis',
      '0002_region',
      '0003_indicator',
      '0004_security',
      '0005_program',
      '0006_facility',
      '0007_data_version',
      '0008_cache_versions',
      '0009_reference_data',
      '0010_measurement_zscores',
      '0012_program_cases',
      '0013_program_targets',
      '0014_assessment_references',
      '0015_generalised_geometry',
    ]);
  });

  it('applies new migrations in order and records them', async () => {
    const suffix = Date.now().toString(36);
    const dir = folder({
      [`9001_t_${suffix}`]: `CREATE TABLE "_t_${suffix}" (x int); INSERT INTO "_t_${suffix}" VALUES (1);`,
      [`9002_t_${suffix}`]: `INSERT INTO "_t_${suffix}" VALUES (2);`,
    });
    expect((await migrate(conn, dir)).applied).toEqual([`9001_t_${suffix}`, `9002_t_${suffix}`]);
    expect((await migrate(conn, dir)).applied).toEqual([]);
    const rows = await conn.withSession((session) =>
      session.query<{ x: number }>(`SELECT x FROM "_t_${suffix}" ORDER BY x`),
    );
    expect(rows.map((r) => r.x)).toEqual([1, 2]);
  });

  it('rolls a failing migration back whole and does not record it', async () => {
    const suffix = Date.now().toString(36);
    const dir = folder({
      [`9003_f_${suffix}`]: `CREATE TABLE "_f_${suffix}" (x int); SELECT * FROM no_such_table;`,
    });
    await expect(migrate(conn, dir)).rejects.toThrow(`migration 9003_f_${suffix} failed`);
    const exists = await conn.db.$queryRaw<{ t: string | null }[]>`
      SELECT to_regclass(${`_f_${suffix}`})::text AS t`;
    expect(exists[0]?.t).toBeNull();
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const suffix = Date.now().toString(36);
    const name = `9004_c_${suffix}`;
    const dir = folder({ [name]: 'SELECT 1;' });
    await migrate(conn, dir);
    writeFileSync(path.join(dir, name, 'migration.sql'), 'SELECT 2;');
    await expect(migrate(conn, dir)).rejects.toThrow(
      `migration ${name} changed after it was applied`,
    );
  });
});
