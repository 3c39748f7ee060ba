import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { reads } from '../../db/freshness.ts';
import type { Region } from '../../generated/prisma/client.ts';
import { RegionInterface } from '../region/region.type.ts';
import { checkK } from './analytics.args.ts';
import { WeightsKindEnum } from './analytics.enums.ts';
import { analyticsLoaders, type RegionQuery } from './analytics.loaders.ts';
import { loadUniverse } from './analytics.universe.ts';
import { universeWeights, type WeightsKind } from './analytics.weights.ts';

/**
 * The region whose same-level regions make up a region's neighbourhood universe: its kabupaten/
 * kota for desa and kecamatan, its province for a kabupaten, the whole country for a province
 * (null). `spatialAutocorrelation(parentKode: <that kabupaten>)` uses the same graph.
 */
export function neighbourhoodParent(region: Pick<Region, 'kode' | 'level'>): string | null {
  switch (region.level) {
    case 'DESA':
    case 'KECAMATAN':
      return region.kode.slice(0, 5);
    case 'KABUPATEN':
      return region.kode.slice(0, 2);
    default:
      return null;
  }
}

/**
 * Resolves `Region.neighbors`: the region's neighbours of the same level, in kode order, loaded
 * with the relations `query` asks for (batched over every region of the request).
 */
export async function resolveRegionNeighbors(
  query: RegionQuery,
  region: Pick<Region, 'kode' | 'level'>,
  args: { weights?: WeightsKind | null; k?: number | null },
  ctx: Context,
): Promise<Region[]> {
  const weights = args.weights ?? 'QUEEN';
  const universe = await loadUniverse(ctx, region.level, neighbourhoodParent(region));
  const k = checkK(weights, args.k, universe.hasGeometry.filter(Boolean).length);
  const index = universe.kodes.indexOf(region.kode);
  if (index < 0) return [];
  const neighbours = await universeWeights(ctx, universe, weights, k);
  const kodes = (neighbours[index] ?? []).map((j) => universe.kodes[j] as string);
  const rows = await analyticsLoaders(ctx).regions(query).loadMany(kodes);
  return rows.filter((row): row is Region => row !== null && !(row instanceof Error));
}

// Analytics fields on every region, next to the module that computes them.
/**
 * `Region.neighbors(weights: WeightsKind = QUEEN, k: Int): [Region!]!`. Weights are cached per
 * universe (see universeWeights), so listing the neighbours of every desa costs a few
 * statements, not one each.
 */
builder.prismaInterfaceField(RegionInterface, 'neighbors', (t) =>
  t.prismaField({
    type: [RegionInterface],
    // A list of regions: ~6 queen neighbours on average, up to 8 counted; KNN returns k.
    complexity: (args) => ({
      field: 5,
      multiplier: args.weights === 'KNN' ? Math.max(1, Math.min(50, args.k ?? 8)) : 8,
    }),
    extensions: reads('regions'),
    description:
      'Regions of the same level that are spatial neighbours of this one, within its kabupaten/kota (desa, kecamatan) or province (kabupaten), ordered by kode: the graph that spatialAutocorrelation uses. QUEEN/ROOK come from the boundaries with a 1 m tolerance; KNN needs `k`.',
    args: {
      weights: t.arg({ type: WeightsKindEnum, defaultValue: 'QUEEN' }),
      k: t.arg.int({ description: 'Neighbours per region with weights: KNN (1–50).' }),
    },
    resolve: (query, region, args, ctx) => resolveRegionNeighbors(query, region, args, ctx),
  }),
);
