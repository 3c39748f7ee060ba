/**
 * The cost of disclosure control on the loaded data: for every period of the routine indicators
 * of a kabupaten (default the demo's 32.16), how many count cells (numerators and denominators of
 * the linked table, every level from desa to provinsi) each tier gets hidden, primary vs
 * secondary, against the old rule (per sibling group, public only) measured in the same run.
 *
 *   npx tsx scripts/disclosure-cost.ts [KABUPATEN_KODE]
 */
import type { Viewer } from '../src/auth/viewer.ts';
import { config } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { db } from '../src/db/client.ts';
import { tableProtection } from '../src/modules/indicator/indicator.disclosure.ts';
import { indicatorLoaders } from '../src/modules/indicator/indicator.loaders.ts';
import { suppressCells } from '../src/stats/suppressCells.ts';
import { runCli } from './cli.ts';

await runCli(async (args) => {
  const kab = args[0] ?? '32.16';
  const root = kab.split('.')[0] as string;
  const periods = (
    await db.indicatorValue.findMany({
      where: { indicatorCode: 'STUNTING', regionKode: { startsWith: `${kab}.` } },
      distinct: ['period'],
      select: { period: true },
      orderBy: { period: 'asc' },
    })
  ).map((r) => r.period);
  const kecamatan = (
    await db.region.findFirst({ where: { parentKode: kab }, orderBy: { kode: 'asc' } })
  )?.kode;
  const desa = kecamatan
    ? (await db.region.findFirst({ where: { parentKode: kecamatan }, orderBy: { kode: 'asc' } }))
        ?.kode
    : undefined;
  const tiers: [string, Viewer][] = [
    ['PUBLIC', { role: 'PUBLIC', scope: [], subject: null }],
    [`OFFICER ${desa}`, { role: 'OFFICER', scope: [desa ?? kab], subject: 'cost' }],
    [`OFFICER ${kecamatan}`, { role: 'OFFICER', scope: [kecamatan ?? kab], subject: 'cost' }],
  ];
  const inKab = (key: string) => key === root || key.startsWith(kab) || key === kab;
  console.log(`disclosure cost in ${kab} (cells: numerators + denominators, every level)`);
  console.log('period    tier                    cells  primary  secondary  hidden%  old rule');
  const totals = new Map<string, { cells: number; primary: number; secondary: number }>();
  for (const period of periods) {
    let old = 0;
    for (const [tier, viewer] of tiers) {
      const ctx = createContext({ viewer });
      const tables = await tableProtection(ctx, kab, 'STUNTING', period);
      let cells = 0;
      let primary = 0;
      let secondary = 0;
      for (const protection of tables.values()) {
        for (const key of protection.hidden) {
          if (!inKab(key.split('|')[0] as string)) continue;
          if (protection.primary.has(key)) primary++;
          else secondary++;
        }
      }
      const kodes = await db.region.findMany({
        where: { OR: [{ kode: kab }, { kode: { startsWith: `${kab}.` } }] },
        select: { kode: true, parentKode: true },
      });
      const all = await indicatorLoaders(ctx).candidates.loadMany(
        kodes.flatMap((r) =>
          ['STUNTING', 'SEVERE_STUNTING', 'WASTING', 'UNDERWEIGHT'].map((code) => ({
            kode: r.kode,
            code,
            period,
          })),
        ),
      );
      for (const list of all) {
        if (!Array.isArray(list)) continue;
        for (const v of list)
          cells += (v.numerator !== null ? 1 : 0) + (v.denominator !== null ? 1 : 0);
      }
      if (tier === 'PUBLIC') old = oldRule(kodes, all, period);
      const sum = totals.get(tier) ?? { cells: 0, primary: 0, secondary: 0 };
      totals.set(tier, {
        cells: sum.cells + cells,
        primary: sum.primary + primary,
        secondary: sum.secondary + secondary,
      });
      console.log(
        `${period.padEnd(9)} ${tier.padEnd(22)} ${String(cells).padStart(6)} ${String(primary).padStart(8)} ${String(secondary).padStart(10)} ${((100 * (primary + secondary)) / Math.max(1, cells)).toFixed(1).padStart(7)}%  ${tier === 'PUBLIC' ? String(old).padStart(8) : ''}`,
      );
    }
  }
  for (const [tier, t] of totals) {
    console.log(
      `all       ${tier.padEnd(22)} ${String(t.cells).padStart(6)} ${String(t.primary).padStart(8)} ${String(t.secondary).padStart(10)} ${((100 * (t.primary + t.secondary)) / Math.max(1, t.cells)).toFixed(1).padStart(7)}%`,
    );
  }
  console.log(`thresholds: ${JSON.stringify(config().suppression)}`);
});

/** Hidden cells under the old rule: primary + one complement per sibling group, public only. */
function oldRule(
  kodes: { kode: string; parentKode: string | null }[],
  all: unknown[],
  period: string,
): number {
  const codes = ['STUNTING', 'SEVERE_STUNTING', 'WASTING', 'UNDERWEIGHT'];
  const value = new Map<string, { numerator: number | null; denominator: number | null }>();
  kodes.forEach((r, i) => {
    codes.forEach((code, j) => {
      const list = all[i * codes.length + j];
      const v = Array.isArray(list) ? list[0] : undefined;
      if (v) value.set(`${r.kode}|${code}`, v);
    });
  });
  let hidden = 0;
  const parents = new Set(kodes.map((r) => r.parentKode));
  for (const parent of parents) {
    const kids = kodes.filter((r) => r.parentKode === parent).map((r) => r.kode);
    for (const code of codes) {
      const cells = kids.map(
        (k) => value.get(`${k}|${code}`) ?? { numerator: null, denominator: null },
      );
      for (const d of suppressCells(cells, config().suppression)) {
        hidden += (d.numerator ? 1 : 0) + (d.denominator ? 1 : 0);
      }
    }
  }
  void period;
  return hidden;
}
