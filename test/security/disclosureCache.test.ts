import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicViewer, type Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { tableProtectionStats } from '../../src/modules/indicator/indicator.disclosure.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { upsertRegions } from '../../src/modules/region/region.sql.ts';
import { graphql } from '../gql/index.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// The disclosure decision of a linked table is shared by the requests of a process (keyed on the
// freshness stamp of what it reads, the viewer's tier and the thresholds). A write must show in
// the next answer, in both directions, and a viewer must never get another tier's decision.
// Values are percentages. Province 95: one kecamatan with desa 2001 and 2002, STUNTING 2023 (source "cache test").

const desa = ['95.01.01.2001', '95.01.01.2002'] as const;

const setCounts = (counts: [number, number][]) =>
  upsertIndicatorValues(
    db,
    counts.map(([numerator, denominator], i) => ({
      kode: desa[i] as string,
      code: 'STUNTING',
      period: '2023',
      source: 'cache test',
      numerator,
      denominator,
      value: null,
      ciLow: null,
      ciHigh: null,
      se: null,
      method: null,
    })),
  );

const Choropleth = graphql(`
  query DisclosureCacheChoropleth {
    choropleth(level: DESA, parentKode: "95.01", indicator: "STUNTING", period: "2023") {
      regions { kode rawValue suppressed }
    }
  }
`);

const read = async (viewer: Viewer) => {
  const result = await execute(Choropleth, {}, { viewer, responseCache: false });
  expect(result.errors).toBeUndefined();
  return result.data?.choropleth.regions.map((r) => [r.kode, r.rawValue, r.suppressed]);
};

beforeAll(async () => {
  await testDatabase();
  const row = (kode: string, level: 'PROVINSI' | 'KABUPATEN' | 'KECAMATAN' | 'DESA') => ({
    kode,
    nama: `Cache ${kode}`,
    level,
    jenis: level === 'DESA' ? ('DESA' as const) : null,
    parentKode: kode.includes('.') ? kode.slice(0, kode.lastIndexOf('.')) : null,
    source: 'disclosure cache test',
  });
  await upsertRegions(db, [
    row('95', 'PROVINSI'),
    row('95.01', 'KABUPATEN'),
    row('95.01.01', 'KECAMATAN'),
    row(desa[0], 'DESA'),
    row(desa[1], 'DESA'),
  ]);
});

afterAll(async () => {
  await db.indicatorValue.deleteMany({ where: { regionKode: { startsWith: '95' } } });
  for (const level of ['DESA', 'KECAMATAN', 'KABUPATEN', 'PROVINSI'] as const) {
    await db.region.deleteMany({ where: { level, kode: { startsWith: '95' } } });
  }
});

describe('shared disclosure decisions', () => {
  it('serves a repeated question from the shared decision and follows every write', async () => {
    // 12 of 50 and 8 of 40: no count of 1–4, every denominator ≥ 20: nothing hidden.
    await setCounts([
      [12, 50],
      [8, 40],
    ]);
    const shown = [
      [desa[0], (100 * 12) / 50, false],
      [desa[1], (100 * 8) / 40, false],
    ];
    expect(await read(publicViewer)).toEqual(shown);
    const before = { ...tableProtectionStats() };
    expect(await read(publicViewer)).toEqual(shown);
    expect(tableProtectionStats().hits).toBeGreaterThan(before.hits);

    // 3 of 40 is a primary cell; the kecamatan total (15 of 90) would give it back from 2001,
    // so 2001 is hidden with it. The previous decision must not be reused.
    await setCounts([
      [12, 50],
      [3, 40],
    ]);
    const hidden = [
      [desa[0], null, true],
      [desa[1], null, true],
    ];
    expect(await read(publicViewer)).toEqual(hidden);
    // An analyst sees every count; the public decision is not its answer (nor the reverse).
    expect(await read(viewers.analyst)).toEqual([
      [desa[0], (100 * 12) / 50, false],
      [desa[1], (100 * 3) / 40, false],
    ]);
    expect(await read(publicViewer)).toEqual(hidden);

    // And back: the hidden decision is not kept once the count is no longer small.
    await setCounts([
      [12, 50],
      [8, 40],
    ]);
    expect(await read(publicViewer)).toEqual(shown);
  });
});
