import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import {
  createIndicatorLoaders,
  type ReadIndicatorValue,
  recordProvinceCandidates,
} from '../../src/modules/indicator/indicator.loaders.ts';
import { provinceValueRows } from '../../src/modules/indicator/indicator.sql.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/**
 * A province's disclosure table reads its candidates in one statement and sums the desa up to
 * every region above them in JS (`recordProvinceCandidates`); the reference is what the
 * candidates loader reads for the same keys, one SQL sum per region (`indicatorCandidates`).
 * Both must give the same candidates, in the same order, to the last bit.
 */

let regions: { kode: string }[];
let codes: string[];

beforeAll(async () => {
  await testDatabase();
  regions = await db.region.findMany({
    where: { OR: [{ kode: '32' }, { kode: { startsWith: '32.' } }] },
    select: { kode: true },
    orderBy: { kode: 'asc' },
  });
  codes = (await db.indicator.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map(
    (i) => i.code,
  );
  // A month of our own (real rows, removed afterwards) with what the demo lacks: several sources
  // per desa, estimates without counts, and values stored above desa, one of a summed source.
  const desa = regions.filter((r) => r.kode.startsWith('32.16.01.')).map((r) => r.kode);
  const rows = desa.flatMap((kode, i) => [
    { kode, code: 'STUNTING', source: 'e-PPGBM', numerator: i + 1, denominator: 40 + i },
    {
      kode,
      code: 'SEVERE_STUNTING',
      source: 'e-PPGBM',
      numerator: (i + 1) >> 1,
      denominator: 40 + i,
    },
    ...(i % 2 === 0 ? [{ kode, code: 'STUNTING', source: 'SSGI', value: 20.5 + i }] : []),
    ...(i % 3 === 0
      ? [{ kode, code: 'STUNTING', source: 'BULAN-TIMBANG', numerator: 2, denominator: 30 }]
      : []),
  ]);
  rows.push(
    { kode: '32.16.01', code: 'STUNTING', source: 'e-PPGBM', numerator: 100, denominator: 900 },
    { kode: '32.16.01', code: 'STUNTING', source: 'SSGI', value: 24.1 },
    { kode: '32.16', code: 'STUNTING', source: 'BPS', value: 21.5 },
  );
  await db.indicatorValue.createMany({
    data: rows.map(({ kode, code, ...rest }) => ({
      regionKode: kode,
      indicatorCode: code,
      period: ownPeriod,
      ...rest,
    })),
  });
});

afterAll(async () => {
  await db.indicatorValue.deleteMany({ where: { period: ownPeriod } });
});

const ownPeriod = '2019-03';

async function bothWays(period: string) {
  const keys = regions.flatMap((r) => codes.map((code) => ({ kode: r.kode, code, period })));
  const reference = createIndicatorLoaders();
  const expected = await reference.candidates.loadMany(keys);
  const bulk = createIndicatorLoaders();
  recordProvinceCandidates(bulk, regions, period, await provinceValueRows('32', codes, period));
  const actual = keys.map((k) => bulk.read.get(k));
  return { keys, expected, actual };
}

describe('a province table read in one statement', () => {
  for (const period of [ownPeriod, '2023', '2022', '2021-08', '1999']) {
    it(`gives every key of province 32 the candidates the loader reads (${period})`, async () => {
      const { keys, expected, actual } = await bothWays(period);
      expect(actual).toHaveLength(keys.length);
      for (let i = 0; i < keys.length; i++) {
        expect(actual[i], `${keys[i]?.kode} ${keys[i]?.code}`).toEqual(expected[i]);
      }
    });
  }

  it('covers sums, several sources and stored values above desa (the case is not trivial)', async () => {
    const { keys, actual } = await bothWays(ownPeriod);
    const lists = actual.filter((v): v is ReadIndicatorValue[] => Array.isArray(v));
    const sums = lists.flat().filter((v) => v.aggregated);
    expect(sums.length).toBeGreaterThanOrEqual(5);
    // the kecamatan's stored e-PPGBM value wins over the sum of that source; other sums stay
    const kecamatan = actual[keys.findIndex((k) => k.kode === '32.16.01' && k.code === 'STUNTING')];
    expect(kecamatan?.find((v) => v.source === 'e-PPGBM')).toMatchObject({
      aggregated: false,
      numerator: 100,
    });
    expect(kecamatan?.some((v) => v.aggregated && v.source === 'BULAN-TIMBANG')).toBe(true);
    expect(lists.some((list) => new Set(list.map((v) => v.source)).size > 1)).toBe(true);
    const storedAbove = keys.filter(
      (k, i) => k.kode.length < 13 && actual[i]?.some((v) => !v.aggregated),
    );
    console.log(
      `[provinceCandidates] ${ownPeriod}: ${keys.length} keys, ${sums.length} sums, ${storedAbove.length} stored above desa`,
    );
    expect(storedAbove.length).toBeGreaterThanOrEqual(2);
    expect(sums.every((v) => Number.isInteger(v.numerator) && (v.reportingRegions ?? 0) > 0)).toBe(
      true,
    );
  });
});
