import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publicViewer, type Viewer } from '../../src/auth/viewer.ts';
import { config, loadConfig, useConfig } from '../../src/config.ts';
import { suppressionReason } from '../../src/modules/indicator/indicator.disclosure.ts';
import { graphql } from '../gql/index.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
});

const original = config();
afterEach(() => useConfig(original));

const Kecamatan = graphql(`
  query SuppressionKecamatan($kode: ID!, $source: String) {
    region(kode: $kode) {
      indicator(code: "STUNTING", period: "2023", source: $source) {
        numerator denominator value ciLow ciHigh suppressed suppressionReason
      }
      children(first: 10) {
        nodes {
          kode
          indicator(code: "STUNTING", period: "2023", source: $source) {
            numerator denominator value ciLow ciHigh suppressed suppressionReason
          }
        }
      }
    }
  }
`);

const table = async (kode: string, viewer: Viewer, source?: string) => {
  const result = await execute(Kecamatan, { kode, source }, { viewer });
  expect(result.errors).toBeUndefined();
  const region = result.data?.region;
  return {
    total: region?.indicator,
    desa: new Map(region?.children.nodes.map((n) => [n.kode, n.indicator])),
  };
};

describe('small-cell suppression', () => {
  it('hides a count of 3 from the public, with a reason', async () => {
    const { desa } = await table('99.01.01', publicViewer);
    expect(desa.get('99.01.01.2002')).toEqual({
      numerator: null,
      denominator: 40,
      value: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
      suppressionReason: suppressionReason,
    });
  });

  it('defeats the subtraction attack: total minus the visible desa does not give the hidden one', async () => {
    // Kecamatan 99.01.01 = desa 2001 (12/50) + desa 2002 (3/40). With 2001 alone hidden beside
    // 2002, the officer of 2001 (who also sees this public answer) would get 2002 = 15 − 12, so
    // the total is hidden too (src/disclosure/protectTable.ts, rule 4).
    const { total, desa } = await table('99.01.01', publicViewer);
    expect(total).toMatchObject({ numerator: null, denominator: 90, suppressed: true });
    expect(desa.get('99.01.01.2001')).toMatchObject({
      numerator: null,
      value: null,
      suppressed: true,
      // One reason for primary and secondary cells alike: the text tells the attacker nothing.
      suppressionReason: suppressionReason,
    });
    // Whoever knows one of the two desa learns nothing of the other from the kabupaten either.
    const kab = await table('99.01', publicViewer);
    expect(kab.total?.numerator).toBeNull();
  });

  it('shows zeros unless one is needed as a secondary cell', async () => {
    // 0/25 in 99.01.02.1001 is not small; in this two-kecamatan fixture it protects 99.01.01
    // (see above), so the public sees it hidden, and an ANALYST sees the zero. Zeros are never
    // primary: test/disclosure/protectTable.test.ts.
    const { desa } = await table('99.01.02', viewers.analyst);
    expect(desa.get('99.01.02.1001')).toMatchObject({ numerator: 0, denominator: 25, value: 0 });
    const pub = await table('99.01.02', publicViewer);
    expect(pub.desa.get('99.01.02.1001')).toMatchObject({ numerator: null, suppressed: true });
  });

  it('hides a rate over fewer than 20 children, and a total that equals it', async () => {
    // Source fixture-b: only desa 2001 with 5/10.
    const { total, desa } = await table('99.01.01', publicViewer, 'fixture-b');
    expect(desa.get('99.01.01.2001')).toMatchObject({
      numerator: null,
      denominator: 10,
      suppressed: true,
      suppressionReason: suppressionReason,
    });
    expect(total).toMatchObject({ numerator: null, denominator: 10, suppressed: true });
  });

  it('shows everything to an ANALYST and to an OFFICER inside their scope', async () => {
    for (const viewer of [viewers.analyst, viewers.officer('99.01.01')]) {
      const { desa } = await table('99.01.01', viewer);
      expect(desa.get('99.01.01.2002')).toMatchObject({
        numerator: 3,
        denominator: 40,
        suppressed: false,
      });
      expect(desa.get('99.01.01.2001')).toMatchObject({ numerator: 12, suppressed: false });
    }
  });

  it('suppresses for an OFFICER outside their scope', async () => {
    const { desa } = await table('99.01.01', viewers.officer('99.01.02'));
    expect(desa.get('99.01.01.2002')?.suppressed).toBe(true);
  });

  it('follows the configured thresholds', async () => {
    useConfig(loadConfig({ SUPPRESS_MIN_COUNT: '2', SUPPRESS_MIN_DENOMINATOR: '5' }));
    const { desa } = await table('99.01.01', publicViewer);
    expect(desa.get('99.01.01.2002')).toMatchObject({ numerator: 3, suppressed: false });
  });
});
