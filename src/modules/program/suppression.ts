import { parentOfKode } from '../../args/kode.ts';
import { seesUnsuppressed } from '../../auth/viewer.ts';
import { config } from '../../config.ts';
import type { Context } from '../../context.ts';
import { type CellSuppression, type CountCell, suppressCells } from '../../stats/suppressCells.ts';
import { regionLoaders } from '../region/region.loaders.ts';

const shown: CellSuppression = { numerator: false, denominator: false, reason: null };

/**
 * Small-cell suppression of a region's count cells as this viewer may see them, by the rule of
 * indicator values (src/stats/suppressCells.ts): ANALYST, ADMIN and an OFFICER in scope see
 * everything; anyone else gets primary and complementary suppression among the region's siblings
 * (the desa of its kecamatan, the kecamatan of its kabupaten). `cellsOf` returns, for a list of
 * kodes, one series of cells per kode (all series of the same length: one cell per bucket);
 * the answer is one decision per cell of the region's own series.
 */
export async function suppressionFor(
  ctx: Context,
  kode: string,
  length: number,
  cellsOf: (kodes: string[]) => Promise<CountCell[][]>,
): Promise<CellSuppression[]> {
  if (seesUnsuppressed(ctx.viewer, kode)) return Array.from({ length }, () => shown);
  const parent = parentOfKode(kode);
  let siblings = parent === null ? [kode] : await regionLoaders(ctx).childKodes.load(parent);
  if (!siblings.includes(kode)) siblings = [kode];
  const series = await cellsOf(siblings);
  const own = siblings.indexOf(kode);
  return Array.from({ length }, (_, i) => {
    const cells = series.map((s) => s[i] ?? { numerator: null, denominator: null });
    return suppressCells(cells, config().suppression)[own] ?? shown;
  });
}

/**
 * Suppression of the parts of a published total (e.g. the agencies of one coverage figure): when
 * the total itself is hidden every part is; otherwise the parts are one group with primary and
 * complementary suppression, so that "total minus the visible parts" never isolates one small cell.
 */
export function suppressParts(
  ctx: Context,
  kode: string,
  total: CellSuppression,
  parts: readonly CountCell[],
): CellSuppression[] {
  if (seesUnsuppressed(ctx.viewer, kode)) return parts.map(() => shown);
  if (total.numerator) {
    return parts.map(() => ({ ...total, reason: total.reason ?? 'part of a hidden total' }));
  }
  return suppressCells(parts, config().suppression);
}
