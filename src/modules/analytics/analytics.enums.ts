import { builder } from '../../builder.ts';

export const SmoothingEnum = builder.enumType('Smoothing', {
  description:
    'Rate smoothing for small areas with small counts; needs numerator and denominator counts.',
  values: {
    NONE: { description: 'The rates as served.' },
    EMPIRICAL_BAYES: {
      description:
        'Global empirical Bayes (Marshall 1991; R spdep `EBest`): each rate shrinks toward the overall rate, the more the smaller its denominator. A negative method-of-moments prior variance is set to 0, which shrinks every rate fully to the overall rate (as spdep does).',
    },
    SPATIAL_EMPIRICAL_BAYES: {
      description:
        'Spatial (local) empirical Bayes (Marshall 1991; R spdep `EBlocal`): each rate shrinks toward the rate of its neighbourhood (itself and its neighbours). Negative local prior variances are set to 0.',
    },
  } as const,
});

export const ClassificationMethodEnum = builder.enumType('ClassificationMethod', {
  description:
    'How choropleth class breaks are chosen. Class i is [b_i, b_{i+1}): closed below, open above; the last class [b_{k-1}, b_k] is closed at both ends, so the maximum belongs to it.',
  values: {
    QUANTILE: {
      description:
        'Equal counts: R `quantile(type = 7)` at i/k. Tied data can repeat an edge, leaving an empty class.',
    },
    EQUAL_INTERVAL: { description: 'Equal widths from the minimum to the maximum.' },
    JENKS: {
      description:
        'Natural breaks by optimal 1-D k-means (Ckmeans.1d.dp); edges are cluster minima and the maximum.',
    },
    STANDARD_DEVIATION: {
      description:
        'One sample standard deviation wide, the middle class centred on the mean; `classes` is ignored.',
    },
    PRETTY: {
      description:
        'Round numbers covering the range (R `pretty`); the number of classes is only close to `classes`.',
    },
  } as const,
});

export const AreaWeightingEnum = builder.enumType('AreaWeighting', {
  description: 'How the desa under a drawn area are weighted in its rate.',
  values: {
    AREA: {
      description:
        'By overlap area: value = Σ overlap km² × desa rate / Σ overlap km² (the mean rate over the drawn ground).',
    },
    POPULATION: {
      description:
        'By children: each desa weighs by its denominator density × overlap area (= share × denominator), so value = apportioned numerator / apportioned denominator.',
    },
  } as const,
});

export const WeightsKindEnum = builder.enumType('WeightsKind', {
  description:
    'Spatial neighbours, computed from the loaded boundaries; row-standardised (spdep style "W") in statistics.',
  values: {
    QUEEN: {
      description:
        'Regions whose boundaries come within 1 m of each other anywhere: shared edges, shared corners, digitising slivers and overlaps.',
    },
    ROOK: {
      description:
        'Regions sharing a stretch of boundary (more than 2.5 m of it within 1 m of the other); corner contacts do not count, edges shared in part across T-junctions do.',
    },
    KNN: {
      description:
        'The k regions with the nearest area centroids by geodesic distance on the WGS 84 ellipsoid (not symmetric); `k` is required.',
    },
  } as const,
});

export const QuadrantEnum = builder.enumType('Quadrant', {
  description:
    'LISA cluster type: the region value (above or below the mean) then its spatial lag (above or below the mean lag), spdep "mean" scheme; ties count as low.',
  values: {
    HH: { description: 'High value among high neighbours (hot spot).' },
    LL: { description: 'Low value among low neighbours (cold spot).' },
    HL: { description: 'High value among low neighbours (outlier).' },
    LH: { description: 'Low value among high neighbours (outlier).' },
  } as const,
});

export const OutlierMethodEnum = builder.enumType('OutlierMethod', {
  description: 'How outliers are scored.',
  values: {
    Z: { description: 'z = (x − mean)/sd (sample sd); default threshold 3.' },
    MODIFIED_Z: {
      description:
        'Iglewicz–Hoaglin M = 0.6745 (x − median)/MAD; default threshold 3.5. Undefined (no flags) when more than half the values are equal.',
    },
  } as const,
});
