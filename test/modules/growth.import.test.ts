import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/audit/actor.ts';
import { config } from '../../src/config.ts';
import { db } from '../../src/db/client.ts';
import { ImportRejected } from '../../src/errors.ts';
import { resolveChildIdSecret } from '../../src/modules/growth/growth.childId.ts';
import { importMeasurementsCsv } from '../../src/modules/growth/growth.import.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const csv = (name: string) => readFileSync(`test/fixtures/growth/${name}`, 'utf8');

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
});

// The run shares one database: leave no measurement, child or value behind for later files.
afterAll(async () => {
  await db.$executeRaw`DELETE FROM indicator_value
    WHERE source IN ('e-PPGBM', 'puskesmas report') AND region_kode LIKE '99.%'`;
  await db.$executeRaw`DELETE FROM measurement
    WHERE source = 'e-PPGBM' AND desa_kode LIKE '99.%'`;
  await db.$executeRaw`DELETE FROM child WHERE source = 'e-PPGBM' AND desa_kode LIKE '99.%'`;
});

const ImportMeasurements = graphql(`
  mutation ImportMeasurements($csv: String!) {
    importMeasurementsCsv(csv: $csv) {
      rows
      children
      measurementsChanged
      months
      indicatorValues
      indicatorValuesChanged
    }
  }
`);

const Derived = graphql(`
  query DerivedIndicator($kode: ID!, $code: String!, $period: String!) {
    region(kode: $kode) {
      indicator(code: $code, period: $period, source: "e-PPGBM") {
        numerator
        denominator
        source
        aggregated
        reportingRegions
      }
    }
  }
`);

const Records = graphql(`
  query GrowthRecords($kode: ID!) {
    region(kode: $kode) {
      childRecords(first: 20) {
        nodes {
          id
          sex
          measurements {
            measuredOn
            ageDays
            measured
            oedema
            haz
            waz
            whz
            hazFlagged
            wazFlagged
            whzFlagged
          }
        }
      }
    }
  }
`);

const derived = async (kode: string, code: string, period: string) => {
  const result = await execute(Derived, { kode, code, period }, { viewer: viewers.analyst });
  expect(result.errors).toBeUndefined();
  const v = result.data?.region?.indicator;
  return v ? [v.numerator, v.denominator] : null;
};

/** Hash of a NIK under the key the import uses. */
const idOf = (nik: string) =>
  createHmac('sha256', resolveChildIdSecret(config())).update(nik).digest('hex').slice(0, 32);

// The fixture (test/fixtures/growth/measurements.csv) and its z-scores, each worked from the WHO
// LMS rows (data/who): z = (x/M − 1)/S for length; weight-based with restricted tails; 2 decimals.
//  line child                 age   measured        HAZ    WAZ    WHZ
//   2   …0001 boy  2001 Feb   44 d  50.0 L  4.0 kg  −3.29  −1.70   2.00   (M 56.4833 S 0.03492)
//   3   …0002 boy  2001 Feb 3 88 d  55.0 L  4.6 kg  −3.01  −2.59   0.14   (earlier: not counted)
//   4   …0002 boy  2001 Feb15 100 d 60.35 L 5.0 kg  −0.89  −2.30  −2.45
//   5   …0003 girl 2001 Feb  730 d  85.0 H→85.7     −0.22  −0.34  −0.40
//   6   …0004 boy  2001 Feb   44 d  44.637 L        −6.01F −1.70   —  (44.637 < 45 cm)
//   7   …0005 girl 2001 Feb  400 d  74.0 L oedema   −0.53   —      —  (oedema: wasted, underweight)
//   8   …0006 girl 2002 Feb  731 d  85.0 H          −0.23  −0.35  −0.40
//   9   …0007 boy  2002 Feb 1827 d  (60 months: no z-score)
//  10   …0008 boy  2002 Feb  731 d  88.0 L→87.3      0.06  −0.11  −0.24
//  11   …0009 girl 2002 Feb  100 d  55.0 L 4.5 kg   −2.59  −2.31  −0.12   (M 60.4958 S 0.03509)
//  12   …0001 boy  2001 Mar   67 d  52.0 L 4.5 kg   −3.52  −1.96   1.98   (M 59.0766 S 0.03402)
//  13   …0006 girl 2002 Mar  754 d  85.5 H 11.2 kg  −0.27  −0.31  −0.32   (M 86.3927 S 0.03781)
describe('importMeasurementsCsv', () => {
  it('refuses anyone but ADMIN', async () => {
    const result = await execute(
      ImportMeasurements,
      { csv: csv('measurements.csv') },
      { viewer: viewers.analyst },
    );
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('stores measurements with their WHO z-scores and flags, children under a keyed hash', async () => {
    const result = await execute(
      ImportMeasurements,
      { csv: csv('measurements.csv') },
      { viewer: viewers.admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importMeasurementsCsv).toEqual({
      rows: 12,
      children: 9,
      measurementsChanged: 12,
      months: ['2025-02', '2025-03'],
      // 2025-02: 2 desa × 4 indicators; 2025-03: 2 desa × 4
      indicatorValues: 16,
      indicatorValuesChanged: 16,
    });
    const rows = await db.$queryRaw<
      {
        id: string;
        on: string;
        age_days: number;
        haz: number | null;
        waz: number | null;
        whz: number | null;
        haz_flagged: boolean | null;
        oedema: boolean;
        measured: string;
        desa_kode: string;
        posyandu: string | null;
      }[]
    >`SELECT child_id AS id, to_char(measured_on, 'YYYY-MM-DD') AS on, age_days, haz, waz, whz,
             haz_flagged, oedema, measured, desa_kode, posyandu
      FROM measurement WHERE source = 'e-PPGBM' AND desa_kode LIKE '99.01.01.%'
      ORDER BY measured_on, child_id`;
    const byChild = (nik: string, on: string) =>
      rows.find((r) => r.id === idOf(nik) && r.on === on);
    expect(byChild('3216010101250001', '2025-02-15')).toMatchObject({
      age_days: 44,
      haz: -3.29,
      waz: -1.7,
      whz: 2,
      haz_flagged: false,
      posyandu: 'Melati 1',
    });
    expect(byChild('3216010711240002', '2025-02-15')).toMatchObject({
      age_days: 100,
      haz: -0.89,
      waz: -2.3,
      whz: -2.45,
    });
    expect(byChild('3216011602230003', '2025-02-15')).toMatchObject({
      age_days: 730,
      haz: -0.22,
      waz: -0.34,
      whz: -0.4,
    });
    expect(byChild('3216010201250004', '2025-02-15')).toMatchObject({
      haz: -6.01,
      haz_flagged: true,
      whz: null,
    });
    expect(byChild('3216011201240005', '2025-02-15')).toMatchObject({
      haz: -0.53,
      waz: null,
      whz: null,
      oedema: true,
    });
    expect(byChild('3216011502200007', '2025-02-15')).toMatchObject({
      age_days: 1827,
      haz: null,
      waz: null,
      whz: null,
    });
    expect(byChild('3216011502230008', '2025-02-15')).toMatchObject({
      haz: 0.06,
      waz: -0.11,
      whz: -0.24,
      measured: 'L',
    });
    expect(byChild('3216010711240009', '2025-02-15')).toMatchObject({
      haz: -2.59,
      waz: -2.31,
      whz: -0.12,
    });
    expect(byChild('3216010101250001', '2025-03-10')).toMatchObject({
      age_days: 67,
      haz: -3.52,
      waz: -1.96,
      whz: 1.98,
    });
    expect(byChild('3216011502230006', '2025-03-10')).toMatchObject({
      haz: -0.27,
      waz: -0.31,
      whz: -0.32,
    });
    // The NIK is nowhere: ids are 128-bit keyed hashes, not the NIK nor its plain SHA-256.
    const children = await db.child.findMany({ where: { source: 'e-PPGBM' } });
    expect(children).toHaveLength(9);
    for (const child of children) expect(child.id).toMatch(/^[0-9a-f]{32}$/);
    const text = JSON.stringify(await db.$queryRaw`SELECT * FROM child`);
    expect(text).not.toContain('3216010101250001');
    const audit = await db.auditLog.findFirst({
      where: { action: 'IMPORT_MEASUREMENTS_CSV' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ actor: 'admin@test', role: 'ADMIN', target: 'measurement' });
    expect(JSON.stringify(audit?.detail)).not.toContain('3216010101250001');
  });

  it('shows the stored z-scores and flags to an OFFICER in scope only', async () => {
    const result = await execute(
      Records,
      { kode: '99.01.01.2001' },
      { viewer: viewers.officer('99.01.01') },
    );
    expect(result.errors).toBeUndefined();
    const child = result.data?.region?.childRecords.nodes.find(
      (c) => c.id === idOf('3216010201250004'),
    );
    expect(child?.measurements).toEqual([
      {
        measuredOn: '2025-02-15',
        ageDays: 44,
        measured: 'L',
        oedema: false,
        haz: -6.01,
        waz: -1.7,
        whz: null,
        hazFlagged: true,
        wazFlagged: false,
        whzFlagged: null,
      },
    ]);
    const outside = await execute(
      Records,
      { kode: '99.01.01.2001' },
      { viewer: viewers.officer('99.01.02') },
    );
    expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
  });

  it('derives STUNTING, SEVERE_STUNTING, WASTING and UNDERWEIGHT per desa and month', async () => {
    // 2025-02, desa 2001: HAZ valid for …0001 (−3.29), …0002 (latest: −0.89), …0003, …0005;
    // …0004 flagged. WHZ valid for …0001 (2.00), …0002 (−2.45), …0003, oedema …0005; …0004 has
    // none. WAZ valid for all five, …0002 (−2.30) and oedema …0005 below −2.
    expect(await derived('99.01.01.2001', 'STUNTING', '2025-02')).toEqual([1, 4]);
    expect(await derived('99.01.01.2001', 'SEVERE_STUNTING', '2025-02')).toEqual([1, 4]);
    expect(await derived('99.01.01.2001', 'WASTING', '2025-02')).toEqual([2, 4]);
    expect(await derived('99.01.01.2001', 'UNDERWEIGHT', '2025-02')).toEqual([2, 5]);
    // desa 2002: …0006, …0008, …0009 (HAZ −2.59, WAZ −2.31); …0007 is 60 months old.
    expect(await derived('99.01.01.2002', 'STUNTING', '2025-02')).toEqual([1, 3]);
    expect(await derived('99.01.01.2002', 'SEVERE_STUNTING', '2025-02')).toEqual([0, 3]);
    expect(await derived('99.01.01.2002', 'WASTING', '2025-02')).toEqual([0, 3]);
    expect(await derived('99.01.01.2002', 'UNDERWEIGHT', '2025-02')).toEqual([1, 3]);
    // 2025-03: …0001 in 2001 (HAZ −3.52), …0006 in 2002 (−0.27)
    expect(await derived('99.01.01.2001', 'STUNTING', '2025-03')).toEqual([1, 1]);
    expect(await derived('99.01.01.2002', 'STUNTING', '2025-03')).toEqual([0, 1]);
  });

  it('shows the value through region.indicator, rolled up to the kecamatan', async () => {
    const result = await execute(
      Derived,
      { kode: '99.01.01', code: 'STUNTING', period: '2025-02' },
      { viewer: viewers.analyst },
    );
    expect(result.data?.region?.indicator).toEqual({
      numerator: 2,
      denominator: 7,
      source: 'e-PPGBM',
      aggregated: true,
      reportingRegions: 2,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const versions = () => db.$queryRaw`SELECT scope, version FROM data_version ORDER BY scope`;
    const before = await versions();
    const report = await importMeasurementsCsv(csv('measurements.csv'), cliActor());
    expect(report).toMatchObject({ rows: 12, measurementsChanged: 0, indicatorValuesChanged: 0 });
    expect(await versions()).toEqual(before);
    expect(await db.child.count({ where: { source: 'e-PPGBM' } })).toBe(9);
  });

  it('re-imports one month: replaces what it derived for that month, nothing else', async () => {
    // Another source's value for the same desa and month stays as it is.
    await upsertIndicatorValues(db, [
      {
        kode: '99.01.01.2002',
        code: 'STUNTING',
        period: '2025-03',
        source: 'puskesmas report',
        numerator: 3,
        denominator: 9,
        value: null,
        ciLow: null,
        ciHigh: null,
        se: null,
        method: null,
      },
    ]);
    const february = await db.indicatorValue.findMany({
      where: { source: 'e-PPGBM', period: '2025-02' },
      orderBy: { id: 'asc' },
    });
    // …0006 in March re-measured at 78.0 cm standing: (78/86.3927 − 1)/0.03781 = −2.5693 → −2.57
    const report = await importMeasurementsCsv(csv('march-correction.csv'), cliActor());
    expect(report).toMatchObject({
      rows: 1,
      measurementsChanged: 1,
      months: ['2025-03'],
      indicatorValues: 8,
      // Only desa 2002's March STUNTING changes (0/1 → 1/1): −2.57 is not below −3, and the
      // weight-based z-scores stay above −2 (WHZ 1.42), so the other seven values stay as they are.
      indicatorValuesChanged: 1,
    });
    expect(await derived('99.01.01.2002', 'STUNTING', '2025-03')).toEqual([1, 1]);
    expect(await derived('99.01.01.2002', 'SEVERE_STUNTING', '2025-03')).toEqual([0, 1]);
    expect(await derived('99.01.01.2001', 'STUNTING', '2025-03')).toEqual([1, 1]);
    expect(
      await db.indicatorValue.findMany({
        where: { source: 'e-PPGBM', period: '2025-02' },
        orderBy: { id: 'asc' },
      }),
    ).toEqual(february);
    const other = await db.indicatorValue.findFirst({
      where: { regionKode: '99.01.01.2002', period: '2025-03', source: 'puskesmas report' },
    });
    expect([other?.numerator, other?.denominator]).toEqual([3, 9]);
  });

  it('rejects a file with bad rows whole, naming every line and value', async () => {
    const before = await db.measurement.count();
    const result = await execute(
      ImportMeasurements,
      { csv: csv('bad-rows.csv') },
      { viewer: viewers.admin },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      'line 2: sex "X" must be L or P',
      'line 3: birth_date "2025-02-30" is not a date YYYY-MM-DD',
      'line 4: desa_kode 99.01.01.2999 is not a loaded desa',
      'line 5: weight_kg "0" must be a number of kg above 0 and below 60',
      'line 6: measured "S" must be L (lying) or H (standing)',
      'line 7: oedema "maybe" must be y or n',
      'line 8: measured_on 2025-02-15 is before birth_date 2025-03-02',
      'line 10: repeats line 9 (same child_id and measured_on 2025-02-15)',
      'line 11: sex P differs from line 9 (L) for the same child_id',
      'line 12: child_id is empty',
      "line 13: birth_date 2025-01-03 differs from the stored child's (2025-01-02)",
    ]);
    expect(JSON.stringify(result.errors)).not.toContain('3216010101250001');
    expect(await db.measurement.count()).toBe(before);
  });

  it('rejects a wrong header and an empty file', async () => {
    await expect(importMeasurementsCsv('child_id,name,sex\n1,A,L\n', cliActor())).rejects.toThrow(
      ImportRejected,
    );
    await expect(
      importMeasurementsCsv(csv('measurements.csv').split('\n')[0] as string, cliActor()),
    ).rejects.toThrow('nothing to import');
  });
});
