import { viewerTier } from '../../auth/viewer.ts';
import { config } from '../../config.ts';
import type { Context } from '../../context.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { LruCache } from '../../lru.ts';
import { computeChoropleth } from '../analytics/analytics.choropleth.ts';

/** What a feature says about an indicator, as its viewer may see it. */
export interface FeatureValue {
  /** Percent for rates, rounded to 2 decimals; null when missing or suppressed. */
  value: number | null;
  suppressed: boolean;
  /** 0-based class of the quantile breaks; null without a value. */
  class: number | null;
}

/** Classes of the choropleth behind tiles and feature collections: 5 quantile classes. */
export const featureClassing = { method: 'QUANTILE', classes: 5 } as const;

/**
 * The universe a region is classed in: `parentKode` when given, else the region's kabupaten
 * (its province for the kabupaten layer), the same choropleth `Query.choropleth` answers.
 */
export function classParent(level: RegionLevel, kode: string, parentKode: string | null): string {
  if (parentKode !== null) return parentKode;
  return level === 'KABUPATEN' || level === 'PROVINSI' ? kode.slice(0, 2) : kode.slice(0, 5);
}

const cache = new LruCache<Map<string, FeatureValue>>(256);

/**
 * Value, suppression and class of each kode (regions of `level`), computed with the analytics
 * choropleth (served values with the viewer's small-cell suppression, quantile breaks over the
 * universe) once per universe and data version, and kept in process memory under that version.
 */
export async function featureValues(
  ctx: Context,
  args: {
    level: RegionLevel;
    parentKode: string | null;
    kodes: readonly string[];
    indicator: string;
    period: string;
    /** The data version the answer is cached under (see dataVersion). */
    version: string;
  },
): Promise<Map<string, FeatureValue>> {
  const groups = new Set(args.kodes.map((kode) => classParent(args.level, kode, args.parentKode)));
  // The thresholds are part of the key: a configuration change must not meet old answers.
  const tier = `${viewerTier(ctx.viewer)}|${JSON.stringify(config().suppression)}`;
  const maps = await Promise.all(
    [...groups].map(async (group) => {
      const key = [args.version, tier, args.level, group, args.indicator, args.period].join('|');
      const cached = cache.get(key);
      if (cached) return cached;
      const choropleth = await computeChoropleth(ctx, {
        level: args.level,
        parentKode: group,
        indicator: args.indicator,
        period: args.period,
        method: featureClassing.method,
        classes: featureClassing.classes,
        smoothing: 'NONE',
        weights: 'QUEEN',
      });
      const map = new Map<string, FeatureValue>(
        choropleth.regions.map((region) => [
          region.kode,
          {
            value: region.value === null ? null : Math.round(region.value * 100) / 100,
            suppressed: region.suppressed,
            class: region.classIndex,
          },
        ]),
      );
      cache.set(key, map);
      return map;
    }),
  );
  const result = new Map<string, FeatureValue>();
  for (const kode of args.kodes) {
    const found = maps.map((map) => map.get(kode)).find((value) => value !== undefined);
    result.set(kode, found ?? { value: null, suppressed: false, class: null });
  }
  return result;
}
