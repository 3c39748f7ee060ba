import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { fixture, loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
});

const ValueQuery = graphql(`
  query Value($kode: ID!, $code: String!, $period: String!, $source: String) {
    region(kode: $kode) {
      indicator(code: $code, period: $period, source: $source) {
        code
        period
        numerator
        denominator
        value
        ciLow
        ciHigh
        standardError
        method
        source
        aggregated
        reportingRegions
        expectedRegions
      }
    }
  }
`);

const value = async (kode: string, code = 'STUNTING', source?: string) => {
  const result = await execute(
    ValueQuery,
    { kode, code, period: fixture.period, source },
    { viewer: viewers.analyst },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.region?.indicator;
};

describe('Region.indicator', () => {
  it('returns a desa value with its 95% Wilson interval', async () => {
    // 12/50 = 24%. Wilson: p = 0.24, z = 1.959964, z²/n = 0.076829;
    // centre = (0.24 + 0.038415)/1.076829 = 0.258551, half = 1.820131·√(0.003648 + 0.000384) = 0.115578.
    expect(await value('99.01.01.2001')).toMatchObject({
      numerator: 12,
      denominator: 50,
      value: 24,
      source: 'fixture',
      aggregated: false,
      method: 'count',
    });
    const v = await value('99.01.01.2001');
    expect(v?.ciLow).toBeCloseTo(14.297391, 5);
    expect(v?.ciHigh).toBeCloseTo(37.412684, 5);
  });

  it('sums numerators and denominators up to the kecamatan, never averaging rates', async () => {
    // 99.01.01 = 2001 (12/50) + 2002 (3/40) = 15/90 = 16.667%; the mean of rates would be 15.75%.
    const v = await value('99.01.01');
    expect(v).toMatchObject({
      numerator: 15,
      denominator: 90,
      aggregated: true,
      reportingRegions: 2,
      expectedRegions: 2,
    });
    expect(v?.value).toBeCloseTo(100 / 6, 10);
    expect(v?.ciLow).toBeCloseTo(10.368489, 5);
    expect(v?.ciHigh).toBeCloseTo(25.693886, 5);
  });

  it('reports coverage when some desa have no data, and a zero as a zero', async () => {
    // 99.01.02 = 1001 (0/25) + 2002 (no data): 0/25 with 1 of 2 desa reporting.
    const v = await value('99.01.02');
    expect(v).toMatchObject({
      numerator: 0,
      denominator: 25,
      value: 0,
      reportingRegions: 1,
      expectedRegions: 2,
    });
    expect(v?.ciLow).toBe(0);
    expect(v?.ciHigh).toBeCloseTo(13.319225, 5);
  });

  it('sums all desa up to the kabupaten and the province', async () => {
    // 12 + 3 + 0 = 15 over 50 + 40 + 25 = 115 → 13.0435%; Wilson [8.066385, 20.409754].
    for (const kode of ['99.01', '99']) {
      const v = await value(kode);
      expect(v).toMatchObject({
        numerator: 15,
        denominator: 115,
        reportingRegions: 3,
        expectedRegions: 4,
      });
      expect(v?.value).toBeCloseTo((100 * 15) / 115, 10);
      expect(v?.ciLow).toBeCloseTo(8.066385, 5);
      expect(v?.ciHigh).toBeCloseTo(20.409754, 5);
    }
  });

  it('serves the asked source when one is asked for', async () => {
    expect(await value('99.01.01.2001', 'STUNTING', 'fixture-b')).toMatchObject({
      numerator: 5,
      denominator: 10,
      value: 50,
      source: 'fixture-b',
    });
    expect(await value('99.01.01', 'STUNTING', 'fixture-b')).toMatchObject({
      numerator: 5,
      denominator: 10,
      reportingRegions: 1,
      expectedRegions: 2,
    });
    expect(await value('99.01.01.2001', 'STUNTING', 'no such source')).toBeNull();
  });

  it('returns a survey estimate as stored, with its source and interval', async () => {
    expect(await value('99.01', 'STUNTING_SURVEY')).toEqual({
      code: 'STUNTING_SURVEY',
      period: '2023',
      numerator: null,
      denominator: null,
      value: 18.4,
      ciLow: 15.1,
      ciHigh: 22.2,
      standardError: 1.8,
      method: 'direct',
      source: 'fixture survey',
      aggregated: false,
      reportingRegions: null,
      expectedRegions: null,
    });
    // Survey estimates are never built up from desa rows.
    expect(await value('99', 'STUNTING_SURVEY')).toBeNull();
  });

  it('serves the published SSGI/SKI figures for Kabupaten Bekasi', async () => {
    const survey = async (period: string) =>
      (await execute(ValueQuery, { kode: '32.16', code: 'STUNTING_SURVEY', period })).data?.region
        ?.indicator;
    expect(await survey('2021')).toMatchObject({ value: 21.5, source: 'SSGI 2021 (Kemenkes)' });
    expect(await survey('2022')).toMatchObject({ value: 17.8, source: 'SSGI 2022 (Kemenkes)' });
    expect(await survey('2023')).toMatchObject({ value: 23.2, source: 'SKI 2023 (Kemenkes)' });
    expect(await survey('2024')).toMatchObject({ value: 18.4, source: 'SSGI 2024 (Kemenkes)' });
  });

  it('returns null when there is no value for the period', async () => {
    const result = await execute(ValueQuery, {
      kode: '99.01.02.2002',
      code: 'STUNTING',
      period: '2023',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.region?.indicator).toBeNull();
  });

  it.each(['2023-13', '23', '2023-1', '1800', "2023' OR 1=1"])(
    'rejects the period %j with BAD_USER_INPUT',
    async (period) => {
      const result = await execute(ValueQuery, { kode: '99.01', code: 'STUNTING', period });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain(JSON.stringify(period));
    },
  );

  it('rejects an unknown indicator code with BAD_USER_INPUT', async () => {
    const result = await execute(ValueQuery, { kode: '99.01', code: 'STUNTNG', period: '2023' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('"STUNTNG"');
  });
});

const SeededQuery = graphql(`
  query Seeded {
    kabupaten: region(kode: "32.16") {
      indicator(code: "STUNTING", period: "2021") { numerator denominator value reportingRegions expectedRegions }
      kecamatan: children(first: 50) {
        nodes { indicator(code: "STUNTING", period: "2021") { numerator denominator } }
      }
    }
  }
`);

describe('demo data', () => {
  it('adds up: the kabupaten equals the sum of its kecamatan', async () => {
    const result = await execute(SeededQuery);
    const kabupaten = result.data?.kabupaten;
    const parts = kabupaten?.kecamatan.nodes.map((n) => n.indicator) ?? [];
    const sum = (key: 'numerator' | 'denominator') =>
      parts.reduce((total, part) => total + (part?.[key] ?? 0), 0);
    expect(kabupaten?.indicator?.numerator).toBe(sum('numerator'));
    expect(kabupaten?.indicator?.denominator).toBe(sum('denominator'));
    // Drawn around the 2021 level of 21.5%, with some desa not reporting.
    expect(kabupaten?.indicator?.value).toBeGreaterThan(19.5);
    expect(kabupaten?.indicator?.value).toBeLessThan(23.5);
    expect(kabupaten?.indicator?.expectedRegions).toBe(187);
    expect(kabupaten?.indicator?.reportingRegions).toBeLessThan(187);
  });
});

const CatalogQuery = graphql(`
  query Catalog {
    indicators { code unit polarity kind periods }
  }
`);

describe('Query.indicators', () => {
  it('lists the outcome indicators with unit, polarity and periods', async () => {
    const result = await execute(CatalogQuery);
    const byCode = new Map(result.data?.indicators.map((i) => [i.code, i]));
    for (const code of [
      'STUNTING',
      'SEVERE_STUNTING',
      'WASTING',
      'UNDERWEIGHT',
      'STUNTING_SURVEY',
    ]) {
      expect(byCode.get(code)).toMatchObject({ unit: 'PERCENT', polarity: 'LOWER_IS_BETTER' });
    }
    expect(byCode.get('STUNTING_SURVEY')?.kind).toBe('SURVEY_ESTIMATE');
    expect(byCode.get('STUNTING')?.kind).toBe('ROUTINE_RATE');
    expect(byCode.get('STUNTING')?.periods.slice(0, 3)).toEqual(['2024-08', '2024-02', '2024']);
  });
});
