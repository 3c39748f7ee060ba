import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicViewer, type Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { suppressionReason } from '../../src/modules/indicator/indicator.disclosure.ts';
import { upsertIndicatorValues } from '../../src/modules/indicator/indicator.sql.ts';
import { execute, viewers } from '../helpers/execute.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { testDatabase } from '../helpers/testDatabase.ts';
import { exactlyRecovered, hiddenRanges, type Published, type SeenCell } from './attacker.ts';

/**
 * The attacks of issue 12 against what the API serves, on the demo kabupaten (32.16, every level
 * from desa to provinsi, the four linked routine indicators) and on the fixture province 99. The
 * attacker (./attacker.ts) knows what any client knows: parent = Σ children at every level, the
 * shared denominator, SEVERE_STUNTING ≤ STUNTING ≤ children measured, counts ≥ 0.
 *
 * (d) Over time: indicator values are never summed over periods (a year is its own measurement,
 * not the sum of its months: a child measured twice counts once), so no equation links periods;
 * ranges over time for monitoring and coverage are the program module's part.
 */

const codes = ['STUNTING', 'SEVERE_STUNTING', 'WASTING', 'UNDERWEIGHT'] as const;
const fields = 'numerator denominator suppressed suppressionReason';
const byCode = codes.map((c) => `${c}: indicator(code: "${c}", period: $period) { ${fields} }`);

interface Served {
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
}
type Node = { kode: string } & Record<(typeof codes)[number], Served | null>;
type Levels = Record<'prov' | 'kab' | 'kec' | 'desa', { nodes: Node[] }> & {
  root: Node | null;
};

const Table = parse(`
  query DisclosureTable($root: ID!, $parent: ID!, $period: String!) {
    root: region(kode: $root) { kode ${byCode.join(' ')} }
    prov: regions(level: PROVINSI, first: 10, parentKode: $root) { nodes { kode ${byCode.join(' ')} } }
    kab: regions(level: KABUPATEN, parentKode: $root, first: 50) { nodes { kode ${byCode.join(' ')} } }
    kec: regions(level: KECAMATAN, parentKode: $parent, first: 100) { nodes { kode ${byCode.join(' ')} } }
    desa: regions(level: DESA, parentKode: $parent, first: 500) { nodes { kode ${byCode.join(' ')} } }
  }
`) as unknown as TypedDocumentNode<Levels, { root: string; parent: string; period: string }>;

const parentOf = (kode: string) =>
  kode.includes('.') ? kode.slice(0, kode.lastIndexOf('.')) : null;

/** The linked table (province `root`, kabupaten `kab`) as `viewer` receives it. */
async function seen(viewer: Viewer, root: string, kab: string, period: string) {
  const result = await execute(Table, { root, parent: kab, period }, { viewer });
  expect(result.errors).toBeUndefined();
  const data = result.data as Levels;
  const nodes = [
    ...(data.root ? [data.root] : []),
    ...data.kab.nodes.filter((n) => n.kode === kab),
    ...data.kec.nodes,
    ...data.desa.nodes,
  ];
  const cells: SeenCell[] = [];
  const reasons = new Set<string | null>();
  for (const node of nodes) {
    for (const code of codes) {
      const v = node[code];
      if (!v || (v.numerator === null && v.denominator === null && !v.suppressed)) continue;
      if (v.suppressed) reasons.add(v.suppressionReason);
      cells.push({
        kode: node.kode,
        code,
        numerator: v.numerator,
        denominator: v.denominator,
        numeratorHidden: v.suppressed && v.numerator === null,
        denominatorHidden: v.suppressed && v.denominator === null,
      });
    }
  }
  const published: Published = {
    regions: nodes.map((n) => ({ kode: n.kode, parent: parentOf(n.kode) })),
    cells,
    subsets: [['SEVERE_STUNTING', 'STUNTING']],
    sharedDenominator: true,
  };
  return { published, reasons };
}

/** What a viewer holding two views knows: a cell is visible if either view shows it. */
function union(a: Published, b: Published): Published {
  const other = new Map(b.cells.map((c) => [`${c.kode}|${c.code}`, c]));
  return {
    ...a,
    cells: a.cells.map((c) => {
      const o = other.get(`${c.kode}|${c.code}`);
      if (!o) return c;
      return {
        ...c,
        numerator: c.numerator ?? o.numerator,
        denominator: c.denominator ?? o.denominator,
        numeratorHidden: c.numeratorHidden && o.numeratorHidden,
        denominatorHidden: c.denominatorHidden && o.denominatorHidden,
      };
    }),
  };
}

/** Hidden cells of `view`, their true values (from the ANALYST's view) and attacks' results. */
async function attack(view: Published, truth: Published) {
  const value = new Map<string, number | null>();
  for (const c of truth.cells) {
    value.set(`${c.kode}|${c.code}|N`, c.numerator);
    value.set(`${c.kode}|${c.code}|D`, c.denominator);
  }
  const exact = exactlyRecovered(view);
  const ranges = await hiddenRanges(view);
  const narrow: string[] = [];
  for (const [key, { lo, hi }] of ranges) {
    const v = value.get(key) as number;
    // The LP's range holds the truth (the attacker's equations are right)...
    expect(v).toBeGreaterThanOrEqual(lo - 1e-6);
    expect(v).toBeLessThanOrEqual(hi + 1e-6);
    // ...and is at least minCount (5) wide: nobody can state a hidden cell within ±2.
    if (hi - lo < 5) narrow.push(`${key} ${v} in [${lo}, ${hi}]`);
  }
  return { exact, narrow, hidden: ranges.size };
}

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  // Period "2019" in the fixture province: kecamatan 99.01.01 = 2/30 + 1/30 (3/60, itself small);
  // kecamatan 99.01.02 = 40/100 + 30/90. Hidden per sibling group only, the kabupaten total minus
  // the rebuilt 99.01.02 gave 99.01.01 and then its desa (attack c).
  const row = (kode: string, numerator: number, denominator: number) => ({
    kode,
    code: 'STUNTING',
    period: '2019',
    source: 'fixture',
    numerator,
    denominator,
    value: null,
    ciLow: null,
    ciHigh: null,
    se: null,
    method: null,
  });
  await upsertIndicatorValues(db, [
    row('99.01.01.2001', 2, 30),
    row('99.01.01.2002', 1, 30),
    row('99.01.02.1001', 40, 100),
    row('99.01.02.2002', 30, 90),
  ]);
});

afterAll(async () => {
  await db.indicatorValue.deleteMany({
    where: { period: '2019', regionKode: { startsWith: '99.' } },
  });
});

describe('disclosure attacks (issue 12) recover nothing', () => {
  it('(b) PUBLIC: one reason for every hidden cell; totals + SEVERE ≤ STUNTING pin nothing', async () => {
    const truth = (await seen(viewers.analyst, '32', '32.16', '2023')).published;
    const { published, reasons } = await seen(publicViewer, '32', '32.16', '2023');
    expect([...reasons]).toEqual([suppressionReason]);
    const { exact, narrow, hidden } = await attack(published, truth);
    expect(hidden).toBeGreaterThan(20);
    expect(exact).toEqual(new Map());
    expect(narrow).toEqual([]);
  });

  it('(a) OFFICER of one desa: kecamatan total − visible desa yields nothing, with or without the public view', async () => {
    const truth = (await seen(viewers.analyst, '32', '32.16', '2023')).published;
    const pub = (await seen(publicViewer, '32', '32.16', '2023')).published;
    // A desa hidden from the public in a kecamatan that hides others: under the old rule
    // ("suppress for the public, then reveal the officer's scope") its officer got the others.
    const hiddenDesa = (kec: string) =>
      new Set(
        pub.cells
          .filter((c) => c.numeratorHidden && c.kode.startsWith(`${kec}.`) && c.code === 'STUNTING')
          .map((c) => c.kode),
      );
    const pair = [...new Set(pub.cells.map((c) => parentOf(c.kode)))]
      .filter((kec): kec is string => kec?.length === 8)
      .map((kec) => [...hiddenDesa(kec)])
      .find((desa) => desa.length >= 2);
    const officer = viewers.officer((pair as string[])[0] as string);
    const view = (await seen(officer, '32', '32.16', '2023')).published;
    const { exact, narrow } = await attack(view, truth);
    expect(exact).toEqual(new Map());
    expect(narrow).toEqual([]);
    const both = await attack(union(view, pub), truth);
    expect(both.exact).toEqual(new Map());
    expect(both.narrow).toEqual([]);
  });

  it('(c) across levels: a hidden kecamatan is neither rebuilt from its desa nor from the kabupaten', async () => {
    const truth = (await seen(viewers.analyst, '99', '99.01', '2019')).published;
    const { published } = await seen(publicViewer, '99', '99.01', '2019');
    const hidden = (kode: string) =>
      published.cells.find((c) => c.kode === kode && c.code === 'STUNTING')?.numeratorHidden;
    expect(hidden('99.01.01')).toBe(true);
    // 99.01.02's desa cannot both be shown, or they would rebuild it.
    expect(hidden('99.01.02.1001') || hidden('99.01.02.2002')).toBe(true);
    const { exact, narrow } = await attack(published, truth);
    expect(exact).toEqual(new Map());
    expect(narrow).toEqual([]);
  });

  it('(a+c) every officer scope in 32.16.01, alone and with the public view, over every level', async () => {
    const truth = (await seen(viewers.analyst, '32', '32.16', '2024')).published;
    const pub = (await seen(publicViewer, '32', '32.16', '2024')).published;
    const desa = truth.cells
      .filter((c) => c.kode.startsWith('32.16.01.') && c.code === 'STUNTING')
      .map((c) => c.kode);
    expect(desa.length).toBeGreaterThan(3);
    for (const scope of desa.slice(0, 4)) {
      const view = (await seen(viewers.officer(scope), '32', '32.16', '2024')).published;
      const both = await attack(union(view, pub), truth);
      expect(both.exact).toEqual(new Map());
      expect(both.narrow).toEqual([]);
    }
  });
});
