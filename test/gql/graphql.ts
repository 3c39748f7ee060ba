/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the desa under a drawn area are weighted in its rate. */
export type AreaWeighting =
  /** By overlap area: value = Σ overlap km² × desa rate / Σ overlap km² (the mean rate over the drawn ground). */
  | 'AREA'
  /** By children: each desa weighs by its denominator density × overlap area (= share × denominator), so value = apportioned numerator / apportioned denominator. */
  | 'POPULATION';

/** How choropleth class breaks are chosen. Class i is [b_i, b_{i+1}): closed below, open above; the last class [b_{k-1}, b_k] is closed at both ends, so the maximum belongs to it. */
export type ClassificationMethod =
  /** Equal widths from the minimum to the maximum. */
  | 'EQUAL_INTERVAL'
  /** Natural breaks by optimal 1-D k-means (Ckmeans.1d.dp); edges are cluster minima and the maximum. */
  | 'JENKS'
  /** Round numbers covering the range (R `pretty`); the number of classes is only close to `classes`. */
  | 'PRETTY'
  /** Equal counts: R `quantile(type = 7)` at i/k. Tied data can repeat an edge, leaving an empty class. */
  | 'QUANTILE'
  /** One sample standard deviation wide, the middle class centred on the mean; `classes` is ignored. */
  | 'STANDARD_DEVIATION';

/** DESA (village code 2xxx: elected head, village fund) or KELURAHAN (1xxx: urban ward). */
export type DesaJenis =
  | 'DESA'
  | 'KELURAHAN';

/** PUSKESMAS (primary-care unit with a work area) or POSYANDU (community post). */
export type FacilityKind =
  | 'POSYANDU'
  | 'PUSKESMAS';

/** Why a z-score is null. */
export type GrowthNullReason =
  /** Age 60 months (1827 days) or more: the WHO standards end at 1826 days. */
  | 'AGE_OUT_OF_RANGE'
  /** Length outside weight-for-length 45–110 cm (under 731 days) or height outside weight-for-height 65–120 cm (after the ±0.7 cm adjustment). */
  | 'LENGTH_OUT_OF_RANGE'
  /** The weight or length/height this z-score needs was not given. */
  | 'NOT_MEASURED'
  /** Bilateral pitting oedema: weight-based z-scores are not computed (WHO). */
  | 'OEDEMA';

/** How values of an indicator are obtained. */
export type IndicatorKind =
  | 'ROUTINE_RATE'
  | 'SURVEY_ESTIMATE';

/** How length/height was measured. */
export type MeasurementPosition =
  /** Recumbent length (e-PPGBM "L"); expected below 24 months. */
  | 'LYING'
  /** Standing height (e-PPGBM "H"); expected from 24 months. */
  | 'STANDING';

/** Which direction of change is an improvement. */
export type Polarity =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** LISA cluster type: the region value (above or below the mean) then its spatial lag (above or below the mean lag), spdep "mean" scheme; ties count as low. */
export type Quadrant =
  /** High value among high neighbours (hot spot). */
  | 'HH'
  /** High value among low neighbours (outlier). */
  | 'HL'
  /** Low value among high neighbours (outlier). */
  | 'LH'
  /** Low value among low neighbours (cold spot). */
  | 'LL';

/** Level in the Kemendagri hierarchy: provinsi › kabupaten/kota › kecamatan › desa/kelurahan. */
export type RegionLevel =
  | 'DESA'
  | 'KABUPATEN'
  | 'KECAMATAN'
  | 'PROVINSI';

/** Sex of a child as the WHO Child Growth Standards tabulate it. */
export type Sex =
  /** Perempuan (P). */
  | 'FEMALE'
  /** Laki-laki (L). */
  | 'MALE';

/** Rate smoothing for small areas with small counts; needs numerator and denominator counts. */
export type Smoothing =
  /** Global empirical Bayes (Marshall 1991; R spdep `EBest`): each rate shrinks toward the overall rate, the more the smaller its denominator. A negative method-of-moments prior variance is set to 0, which shrinks every rate fully to the overall rate (as spdep does). */
  | 'EMPIRICAL_BAYES'
  /** The rates as served. */
  | 'NONE'
  /** Spatial (local) empirical Bayes (Marshall 1991; R spdep `EBlocal`): each rate shrinks toward the rate of its neighbourhood (itself and its neighbours). Negative local prior variances are set to 0. */
  | 'SPATIAL_EMPIRICAL_BAYES';

/** Spatial neighbours, computed from the loaded boundaries; row-standardised (spdep style "W") in statistics. */
export type WeightsKind =
  /** The k regions with the nearest area centroids by geodesic distance on the WGS 84 ellipsoid (not symmetric); `k` is required. */
  | 'KNN'
  /** Regions whose boundaries come within 1 m of each other anywhere: shared edges, shared corners, digitising slivers and overlaps. */
  | 'QUEEN'
  /** Regions sharing a stretch of boundary (more than 2.5 m of it within 1 m of the other); corner contacts do not count, edges shared in part across T-junctions do. */
  | 'ROOK';

export type GeneralisedChoroplethQueryVariables = Exact<{
  simplifyMeters: number;
}>;


export type GeneralisedChoroplethQuery = { choropleth: { featureCollection: unknown } };

export type GeneralisedRegionQueryVariables = Exact<{
  kode: string | number;
  simplifyMeters: number;
}>;


export type GeneralisedRegionQuery = { region:
    | { geometry: unknown }
    | { geometry: unknown }
    | { geometry: unknown }
    | { geometry: unknown }
   | null };

export type AnalyticsChoroplethQueryVariables = Exact<{
  parentKode: string | number;
  method?: ClassificationMethod | null | undefined;
  classes?: number | null | undefined;
  smoothing?: Smoothing | null | undefined;
  period: string;
}>;


export type AnalyticsChoroplethQuery = { choropleth: { breaks: Array<number>, noDataCount: number, classes: Array<{ index: number, lower: number, upper: number, upperInclusive: boolean, count: number }>, regions: Array<{ kode: string, nama: string, value: number | null, rawValue: number | null, classIndex: number | null, suppressed: boolean }> } };

export type AnalyticsChoroplethFeaturesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsChoroplethFeaturesQuery = { choropleth: { featureCollection: unknown } };

export type AnalyticsAreaStatsQueryVariables = Exact<{
  geometry: unknown;
  weighting?: AreaWeighting | null | undefined;
  indicator: string;
}>;


export type AnalyticsAreaStatsQuery = { areaStats: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, areaKm2: number, coveredAreaKm2: number, dataShare: number, regions: Array<{ kode: string, share: number, overlapKm2: number, numerator: number | null, denominator: number | null, value: number | null }> } };

export type AnalyticsAutocorrelationQueryVariables = Exact<{
  parentKode: string | number;
  period: string;
  weights?: WeightsKind | null | undefined;
  k?: number | null | undefined;
  permutations?: number | null | undefined;
  seed?: number | null | undefined;
  smoothing?: Smoothing | null | undefined;
}>;


export type AnalyticsAutocorrelationQuery = { spatialAutocorrelation: { islands: Array<string>, permutations: number, seed: number, moran: { i: number, expected: number, variance: number, z: number, p: number, pTwoSided: number, n: number }, regions: Array<{ kode: string, value: number | null, rawValue: number | null, neighbors: Array<string>, localI: number | null, expected: number | null, variance: number | null, z: number | null, p: number | null, pseudoP: number | null, pseudoPFolded: number | null, quadrant: Quadrant | null, significant: boolean | null, significantFdr: boolean | null, giStarZ: number | null, excludedReason: string | null }> } };

export type AnalyticsBekasiValuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsBekasiValuesQuery = { regions: { nodes: Array<
      | { kode: string, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
      | { kode: string, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
      | { kode: string, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
      | { kode: string, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
    > } };

export type AnalyticsNeighborsQueryVariables = Exact<{
  parentKode: string | number;
  weights?: WeightsKind | null | undefined;
  k?: number | null | undefined;
}>;


export type AnalyticsNeighborsQuery = { regions: { nodes: Array<
      | { kode: string, neighbors: Array<
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
        > }
      | { kode: string, neighbors: Array<
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
        > }
      | { kode: string, neighbors: Array<
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
        > }
      | { kode: string, neighbors: Array<
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
          | { kode: string, level: RegionLevel, parent:
              | { kode: string }
              | { kode: string }
              | { kode: string }
              | { kode: string }
             | null }
        > }
    > } };

export type AnalyticsDistanceQueryVariables = Exact<{
  meters: number;
  k?: number | null | undefined;
}>;


export type AnalyticsDistanceQuery = { regionsWithin: Array<{ kode: string, distanceMeters: number, region:
      | { kode: string, nama: string, parent:
          | { kode: string }
          | { kode: string }
          | { kode: string }
          | { kode: string }
         | null }
      | { kode: string, nama: string, parent:
          | { kode: string }
          | { kode: string }
          | { kode: string }
          | { kode: string }
         | null }
      | { kode: string, nama: string, parent:
          | { kode: string }
          | { kode: string }
          | { kode: string }
          | { kode: string }
         | null }
      | { kode: string, nama: string, parent:
          | { kode: string }
          | { kode: string }
          | { kode: string }
          | { kode: string }
         | null }
     }>, nearestRegions: Array<{ kode: string, distanceMeters: number }> };

export type AnalyticsOutliersQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsOutliersQuery = { outliers: Array<{ kode: string, value: number | null, score: number | null, flagged: boolean }> };

export type AnalyticsTrendQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsTrendQuery = { trend: { absoluteChange: number | null, relativeChange: number | null, annualRateOfReduction: number | null, points: Array<{ period: string, value: number | null }> } };

export type DemoValueQueryVariables = Exact<{
  kode: string | number;
  code: string;
  period: string;
}>;


export type DemoValueQuery = { region:
    | { indicator: { source: string, numerator: number | null, denominator: number | null, synthetic: boolean, aggregated: boolean, reportingRegions: number | null } | null }
    | { indicator: { source: string, numerator: number | null, denominator: number | null, synthetic: boolean, aggregated: boolean, reportingRegions: number | null } | null }
    | { indicator: { source: string, numerator: number | null, denominator: number | null, synthetic: boolean, aggregated: boolean, reportingRegions: number | null } | null }
    | { indicator: { source: string, numerator: number | null, denominator: number | null, synthetic: boolean, aggregated: boolean, reportingRegions: number | null } | null }
   | null };

export type SetPriorityMutationVariables = Exact<{
  code: string;
  sources: Array<string> | string;
}>;


export type SetPriorityMutation = { setIndicatorSourcePriority: { code: string, sourcePriority: Array<string> } };

export type FacilitiesWithinQueryVariables = Exact<{
  longitude: number;
  latitude: number;
  meters: number;
  kind?: FacilityKind | null | undefined;
  limit?: number | null | undefined;
}>;


export type FacilitiesWithinQuery = { facilitiesWithin: Array<{ distanceMeters: number, facility: { id: string } }> };

export type NearestFacilitiesQueryVariables = Exact<{
  longitude: number;
  latitude: number;
  k?: number | null | undefined;
  kind?: FacilityKind | null | undefined;
}>;


export type NearestFacilitiesQuery = { nearestFacilities: Array<{ distanceMeters: number, facility: { id: string } }> };

export type FacilityFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityFieldsQuery = { facilitiesWithin: Array<{ facility: { id: string, kind: FacilityKind, name: string, registryCode: string | null, active: boolean, rw: string | null, location: unknown, desa:
        | { __typename: 'Desa', kode: string }
        | { __typename: 'Kabupaten', kode: string }
        | { __typename: 'Kecamatan', kode: string }
        | { __typename: 'Provinsi', kode: string }
      , puskesmas: { id: string, kind: FacilityKind, registryCode: string | null } | null } }> };

export type RegionFacilitiesQueryVariables = Exact<{
  kode: string | number;
  kind?: FacilityKind | null | undefined;
}>;


export type RegionFacilitiesQuery = { region:
    | { kode: string, facilities: Array<{ id: string }> }
    | { kode: string, facilities: Array<{ id: string }> }
    | { kode: string, facilities: Array<{ id: string }> }
    | { kode: string, facilities: Array<{ id: string }> }
   | null };

export type ListingFacilitiesQueryVariables = Exact<{
  first: number;
}>;


export type ListingFacilitiesQuery = { regions: { nodes: Array<
      | { kode: string, facilities: Array<{ id: string, kind: FacilityKind, location: unknown, puskesmas: { id: string } | null }> }
      | { kode: string, facilities: Array<{ id: string, kind: FacilityKind, location: unknown, puskesmas: { id: string } | null }> }
      | { kode: string, facilities: Array<{ id: string, kind: FacilityKind, location: unknown, puskesmas: { id: string } | null }> }
      | { kode: string, facilities: Array<{ id: string, kind: FacilityKind, location: unknown, puskesmas: { id: string } | null }> }
    > } };

export type ShapeQueryVariables = Exact<{
  kode: string | number;
}>;


export type ShapeQuery = { region:
    | { bbox: Array<number> | null, centroid: unknown, geometry: unknown }
    | { bbox: Array<number> | null, centroid: unknown, geometry: unknown }
    | { bbox: Array<number> | null, centroid: unknown, geometry: unknown }
    | { bbox: Array<number> | null, centroid: unknown, geometry: unknown }
   | null };

export type ImportMeasurementsMutationVariables = Exact<{
  csv: string;
}>;


export type ImportMeasurementsMutation = { importMeasurementsCsv: { rows: number, children: number, measurementsChanged: number, months: Array<string>, indicatorValues: number, indicatorValuesChanged: number } };

export type DerivedIndicatorQueryVariables = Exact<{
  kode: string | number;
  code: string;
  period: string;
}>;


export type DerivedIndicatorQuery = { region:
    | { indicator: { numerator: number | null, denominator: number | null, source: string, aggregated: boolean, reportingRegions: number | null } | null }
    | { indicator: { numerator: number | null, denominator: number | null, source: string, aggregated: boolean, reportingRegions: number | null } | null }
    | { indicator: { numerator: number | null, denominator: number | null, source: string, aggregated: boolean, reportingRegions: number | null } | null }
    | { indicator: { numerator: number | null, denominator: number | null, source: string, aggregated: boolean, reportingRegions: number | null } | null }
   | null };

export type GrowthRecordsQueryVariables = Exact<{
  kode: string | number;
}>;


export type GrowthRecordsQuery = { region:
    | { childRecords: { nodes: Array<{ id: string, sex: string, measurements: Array<{ measuredOn: string, ageDays: number | null, measured: string | null, oedema: boolean, haz: number | null, waz: number | null, whz: number | null, hazFlagged: boolean | null, wazFlagged: boolean | null, whzFlagged: boolean | null }> }> } }
    | { childRecords: { nodes: Array<{ id: string, sex: string, measurements: Array<{ measuredOn: string, ageDays: number | null, measured: string | null, oedema: boolean, haz: number | null, waz: number | null, whz: number | null, hazFlagged: boolean | null, wazFlagged: boolean | null, whzFlagged: boolean | null }> }> } }
    | { childRecords: { nodes: Array<{ id: string, sex: string, measurements: Array<{ measuredOn: string, ageDays: number | null, measured: string | null, oedema: boolean, haz: number | null, waz: number | null, whz: number | null, hazFlagged: boolean | null, wazFlagged: boolean | null, whzFlagged: boolean | null }> }> } }
    | { childRecords: { nodes: Array<{ id: string, sex: string, measurements: Array<{ measuredOn: string, ageDays: number | null, measured: string | null, oedema: boolean, haz: number | null, waz: number | null, whz: number | null, hazFlagged: boolean | null, wazFlagged: boolean | null, whzFlagged: boolean | null }> }> } }
   | null };

export type AssessQueryVariables = Exact<{
  sex: Sex;
  ageDays?: number | null | undefined;
  birthDate?: unknown;
  measuredOn?: unknown;
  weightKg?: number | null | undefined;
  heightCm?: number | null | undefined;
  measured?: MeasurementPosition | null | undefined;
  oedema?: boolean | null | undefined;
}>;


export type AssessQuery = { growthAssessment: { ageDays: number, lengthHeightCm: number | null, haz: number | null, waz: number | null, whz: number | null, hazFlagged: boolean | null, wazFlagged: boolean | null, whzFlagged: boolean | null, hazReason: GrowthNullReason | null, wazReason: GrowthNullReason | null, whzReason: GrowthNullReason | null, stunted: boolean | null, severelyStunted: boolean | null, wasted: boolean | null, underweight: boolean | null } };

export type RealRegionAtQueryVariables = Exact<{
  longitude: number;
  latitude: number;
}>;


export type RealRegionAtQuery = { regionAt:
    | { kode: string, nama: string }
    | { kode: string, nama: string }
    | { kode: string, nama: string }
    | { kode: string, nama: string }
   | null };

export type CsvValueQueryVariables = Exact<{
  kode: string | number;
  code: string;
  period: string;
  source?: string | null | undefined;
}>;


export type CsvValueQuery = { region:
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, source: string } | null }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, source: string } | null }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, source: string } | null }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, source: string } | null }
   | null };

export type ValueQueryVariables = Exact<{
  kode: string | number;
  code: string;
  period: string;
  source?: string | null | undefined;
}>;


export type ValueQuery = { region:
    | { indicator: { code: string, period: string, numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, standardError: number | null, method: string | null, source: string, aggregated: boolean, reportingRegions: number | null, expectedRegions: number | null } | null }
    | { indicator: { code: string, period: string, numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, standardError: number | null, method: string | null, source: string, aggregated: boolean, reportingRegions: number | null, expectedRegions: number | null } | null }
    | { indicator: { code: string, period: string, numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, standardError: number | null, method: string | null, source: string, aggregated: boolean, reportingRegions: number | null, expectedRegions: number | null } | null }
    | { indicator: { code: string, period: string, numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, standardError: number | null, method: string | null, source: string, aggregated: boolean, reportingRegions: number | null, expectedRegions: number | null } | null }
   | null };

export type SeededQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededQuery = { kabupaten:
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, reportingRegions: number | null, expectedRegions: number | null } | null, kecamatan: { nodes: Array<
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
        > } }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, reportingRegions: number | null, expectedRegions: number | null } | null, kecamatan: { nodes: Array<
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
        > } }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, reportingRegions: number | null, expectedRegions: number | null } | null, kecamatan: { nodes: Array<
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
        > } }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, reportingRegions: number | null, expectedRegions: number | null } | null, kecamatan: { nodes: Array<
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
          | { indicator: { numerator: number | null, denominator: number | null } | null }
        > } }
   | null };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { indicators: Array<{ code: string, unit: string, polarity: Polarity, kind: IndicatorKind, periods: Array<string> }> };

export type RegionQueryVariables = Exact<{
  kode: string | number;
}>;


export type RegionQuery = { region:
    | { __typename: 'Desa', jenis: DesaJenis, kode: string, nama: string, level: RegionLevel, parent:
        | { __typename: 'Desa', kode: string }
        | { __typename: 'Kabupaten', kode: string }
        | { __typename: 'Kecamatan', kode: string }
        | { __typename: 'Provinsi', kode: string }
       | null }
    | { __typename: 'Kabupaten', isKota: boolean, kode: string, nama: string, level: RegionLevel, parent:
        | { __typename: 'Desa', kode: string }
        | { __typename: 'Kabupaten', kode: string }
        | { __typename: 'Kecamatan', kode: string }
        | { __typename: 'Provinsi', kode: string }
       | null }
    | { __typename: 'Kecamatan', kode: string, nama: string, level: RegionLevel, parent:
        | { __typename: 'Desa', kode: string }
        | { __typename: 'Kabupaten', kode: string }
        | { __typename: 'Kecamatan', kode: string }
        | { __typename: 'Provinsi', kode: string }
       | null }
    | { __typename: 'Provinsi', kode: string, nama: string, level: RegionLevel, parent:
        | { __typename: 'Desa', kode: string }
        | { __typename: 'Kabupaten', kode: string }
        | { __typename: 'Kecamatan', kode: string }
        | { __typename: 'Provinsi', kode: string }
       | null }
   | null };

export type RegionsQueryVariables = Exact<{
  level: RegionLevel;
  parentKode?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegionsQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { kode: string }
      | { kode: string }
      | { kode: string }
      | { kode: string }
    > } };

export type ChildrenQueryVariables = Exact<{
  kode: string | number;
}>;


export type ChildrenQuery = { region:
    | { children: { totalCount: number, nodes: Array<
          | { __typename: 'Desa', kode: string }
          | { __typename: 'Kabupaten', kode: string }
          | { __typename: 'Kecamatan', kode: string }
          | { __typename: 'Provinsi', kode: string }
        > } }
    | { children: { totalCount: number, nodes: Array<
          | { __typename: 'Desa', kode: string }
          | { __typename: 'Kabupaten', kode: string }
          | { __typename: 'Kecamatan', kode: string }
          | { __typename: 'Provinsi', kode: string }
        > } }
    | { children: { totalCount: number, nodes: Array<
          | { __typename: 'Desa', kode: string }
          | { __typename: 'Kabupaten', kode: string }
          | { __typename: 'Kecamatan', kode: string }
          | { __typename: 'Provinsi', kode: string }
        > } }
    | { children: { totalCount: number, nodes: Array<
          | { __typename: 'Desa', kode: string }
          | { __typename: 'Kabupaten', kode: string }
          | { __typename: 'Kecamatan', kode: string }
          | { __typename: 'Provinsi', kode: string }
        > } }
   | null };

export type GeometryQueryVariables = Exact<{
  kode: string | number;
  simplify?: number | null | undefined;
  precision?: number | null | undefined;
}>;


export type GeometryQuery = { region:
    | { areaKm2: number | null, bbox: Array<number> | null, centroid: unknown, geometry: unknown, geometrySource: string | null }
    | { areaKm2: number | null, bbox: Array<number> | null, centroid: unknown, geometry: unknown, geometrySource: string | null }
    | { areaKm2: number | null, bbox: Array<number> | null, centroid: unknown, geometry: unknown, geometrySource: string | null }
    | { areaKm2: number | null, bbox: Array<number> | null, centroid: unknown, geometry: unknown, geometrySource: string | null }
   | null };

export type RegionAtQueryVariables = Exact<{
  longitude: number;
  latitude: number;
  level?: RegionLevel | null | undefined;
}>;


export type RegionAtQuery = { regionAt:
    | { kode: string }
    | { kode: string }
    | { kode: string }
    | { kode: string }
   | null };

export type RegionAtWithParentQueryVariables = Exact<{
  longitude: number;
  latitude: number;
}>;


export type RegionAtWithParentQuery = { regionAt:
    | { kode: string, parent:
        | { nama: string }
        | { nama: string }
        | { nama: string }
        | { nama: string }
       | null }
    | { kode: string, parent:
        | { nama: string }
        | { nama: string }
        | { nama: string }
        | { nama: string }
       | null }
    | { kode: string, parent:
        | { nama: string }
        | { nama: string }
        | { nama: string }
        | { nama: string }
       | null }
    | { kode: string, parent:
        | { nama: string }
        | { nama: string }
        | { nama: string }
        | { nama: string }
       | null }
   | null };

export type ListingQueryVariables = Exact<{
  parentKode: string | number;
  first: number;
}>;


export type ListingQuery = { regions: { nodes: Array<
      | { kode: string, nama: string, areaKm2: number | null, centroid: unknown, parent:
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
         | null, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
      | { kode: string, nama: string, areaKm2: number | null, centroid: unknown, parent:
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
         | null, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
      | { kode: string, nama: string, areaKm2: number | null, centroid: unknown, parent:
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
         | null, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
      | { kode: string, nama: string, areaKm2: number | null, centroid: unknown, parent:
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
          | { kode: string, nama: string }
         | null, indicator: { value: number | null, numerator: number | null, denominator: number | null } | null }
    > } };

export type DisclosureCacheChoroplethQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosureCacheChoroplethQuery = { choropleth: { regions: Array<{ kode: string, rawValue: number | null, suppressed: boolean }> } };

export type SuppressionKecamatanQueryVariables = Exact<{
  kode: string | number;
  source?: string | null | undefined;
}>;


export type SuppressionKecamatanQuery = { region:
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null, children: { nodes: Array<
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
        > } }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null, children: { nodes: Array<
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
        > } }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null, children: { nodes: Array<
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
        > } }
    | { indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null, children: { nodes: Array<
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
          | { kode: string, indicator: { numerator: number | null, denominator: number | null, value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, suppressionReason: string | null } | null }
        > } }
   | null };


export const GeneralisedChoroplethDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GeneralisedChoropleth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMeters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choropleth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"StringValue","value":"32.16","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMeters"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"5"}}]}]}}]}}]} as unknown as DocumentNode<GeneralisedChoroplethQuery, GeneralisedChoroplethQueryVariables>;
export const GeneralisedRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GeneralisedRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMeters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMeters"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"9"}}]}]}}]}}]} as unknown as DocumentNode<GeneralisedRegionQuery, GeneralisedRegionQueryVariables>;
export const AnalyticsChoroplethDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsChoropleth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smoothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Smoothing"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choropleth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"classes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classes"}}},{"kind":"Argument","name":{"kind":"Name","value":"smoothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smoothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breaks"}},{"kind":"Field","name":{"kind":"Name","value":"noDataCount"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"upperInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"classIndex"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsChoroplethQuery, AnalyticsChoroplethQueryVariables>;
export const AnalyticsChoroplethFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsChoroplethFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choropleth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"StringValue","value":"99.01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"classes"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"3"}}]}]}}]}}]} as unknown as DocumentNode<AnalyticsChoroplethFeaturesQuery, AnalyticsChoroplethFeaturesQueryVariables>;
export const AnalyticsAreaStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsAreaStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"geometry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoJSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weighting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaWeighting"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"geometry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"geometry"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"weighting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weighting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"coveredAreaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"dataShare"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"overlapKm2"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsAreaStatsQuery, AnalyticsAreaStatsQueryVariables>;
export const AnalyticsAutocorrelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsAutocorrelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WeightsKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smoothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Smoothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spatialAutocorrelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"permutations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}},{"kind":"Argument","name":{"kind":"Name","value":"smoothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smoothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moran"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"pTwoSided"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"islands"}},{"kind":"Field","name":{"kind":"Name","value":"permutations"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"}},{"kind":"Field","name":{"kind":"Name","value":"localI"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"pseudoP"}},{"kind":"Field","name":{"kind":"Name","value":"pseudoPFolded"}},{"kind":"Field","name":{"kind":"Name","value":"quadrant"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"significantFdr"}},{"kind":"Field","name":{"kind":"Name","value":"giStarZ"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsAutocorrelationQuery, AnalyticsAutocorrelationQueryVariables>;
export const AnalyticsBekasiValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsBekasiValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"StringValue","value":"32.16","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsBekasiValuesQuery, AnalyticsBekasiValuesQueryVariables>;
export const AnalyticsNeighborsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsNeighbors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WeightsKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsNeighborsQuery, AnalyticsNeighborsQueryVariables>;
export const AnalyticsDistanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDistance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionsWithin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"FloatValue","value":"100.05"}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"FloatValue","value":"0.05"}},{"kind":"Argument","name":{"kind":"Name","value":"meters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meters"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearestRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"FloatValue","value":"100.05"}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"FloatValue","value":"0.05"}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}}]}}]}}]} as unknown as DocumentNode<AnalyticsDistanceQuery, AnalyticsDistanceQueryVariables>;
export const AnalyticsOutliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsOutliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"StringValue","value":"99.01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"Z"}},{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}}]}}]} as unknown as DocumentNode<AnalyticsOutliersQuery, AnalyticsOutliersQueryVariables>;
export const AnalyticsTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"StringValue","value":"32.16","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absoluteChange"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"annualRateOfReduction"}}]}}]}}]} as unknown as DocumentNode<AnalyticsTrendQuery, AnalyticsTrendQueryVariables>;
export const DemoValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"aggregated"}},{"kind":"Field","name":{"kind":"Name","value":"reportingRegions"}}]}}]}}]}}]} as unknown as DocumentNode<DemoValueQuery, DemoValueQueryVariables>;
export const SetPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorSourcePriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriority"}}]}}]}}]} as unknown as DocumentNode<SetPriorityMutation, SetPriorityMutationVariables>;
export const FacilitiesWithinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesWithin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitiesWithin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"meters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meters"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesWithinQuery, FacilitiesWithinQueryVariables>;
export const NearestFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearestFacilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NearestFacilitiesQuery, NearestFacilitiesQueryVariables>;
export const FacilityFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitiesWithin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"FloatValue","value":"100.06"}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"meters"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rw"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"desa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"puskesmas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registryCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilityFieldsQuery, FacilityFieldsQueryVariables>;
export const RegionFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegionFacilitiesQuery, RegionFacilitiesQueryVariables>;
export const ListingFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"StringValue","value":"32.16","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"puskesmas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingFacilitiesQuery, ListingFacilitiesQueryVariables>;
export const ShapeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shape"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bbox"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"9"}}]}]}}]}}]} as unknown as DocumentNode<ShapeQuery, ShapeQueryVariables>;
export const ImportMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMeasurementsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"measurementsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValuesChanged"}}]}}]}}]} as unknown as DocumentNode<ImportMeasurementsMutation, ImportMeasurementsMutationVariables>;
export const DerivedIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DerivedIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"StringValue","value":"e-PPGBM","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"aggregated"}},{"kind":"Field","name":{"kind":"Name","value":"reportingRegions"}}]}}]}}]}}]} as unknown as DocumentNode<DerivedIndicatorQuery, DerivedIndicatorQueryVariables>;
export const GrowthRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrowthRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"oedema"}},{"kind":"Field","name":{"kind":"Name","value":"haz"}},{"kind":"Field","name":{"kind":"Name","value":"waz"}},{"kind":"Field","name":{"kind":"Name","value":"whz"}},{"kind":"Field","name":{"kind":"Name","value":"hazFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"wazFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"whzFlagged"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrowthRecordsQuery, GrowthRecordsQueryVariables>;
export const AssessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sex"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Sex"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ageDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measuredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weightKg"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heightCm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measured"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementPosition"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oedema"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growthAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sex"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sex"}}},{"kind":"Argument","name":{"kind":"Name","value":"ageDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ageDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"birthDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"measuredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measuredOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"weightKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weightKg"}}},{"kind":"Argument","name":{"kind":"Name","value":"heightCm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heightCm"}}},{"kind":"Argument","name":{"kind":"Name","value":"measured"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measured"}}},{"kind":"Argument","name":{"kind":"Name","value":"oedema"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oedema"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"lengthHeightCm"}},{"kind":"Field","name":{"kind":"Name","value":"haz"}},{"kind":"Field","name":{"kind":"Name","value":"waz"}},{"kind":"Field","name":{"kind":"Name","value":"whz"}},{"kind":"Field","name":{"kind":"Name","value":"hazFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"wazFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"whzFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"hazReason"}},{"kind":"Field","name":{"kind":"Name","value":"wazReason"}},{"kind":"Field","name":{"kind":"Name","value":"whzReason"}},{"kind":"Field","name":{"kind":"Name","value":"stunted"}},{"kind":"Field","name":{"kind":"Name","value":"severelyStunted"}},{"kind":"Field","name":{"kind":"Name","value":"wasted"}},{"kind":"Field","name":{"kind":"Name","value":"underweight"}}]}}]}}]} as unknown as DocumentNode<AssessQuery, AssessQueryVariables>;
export const RealRegionAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealRegionAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}}]}}]}}]} as unknown as DocumentNode<RealRegionAtQuery, RealRegionAtQueryVariables>;
export const CsvValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsvValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<CsvValueQuery, CsvValueQueryVariables>;
export const ValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Value"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"aggregated"}},{"kind":"Field","name":{"kind":"Name","value":"reportingRegions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRegions"}}]}}]}}]}}]} as unknown as DocumentNode<ValueQuery, ValueQueryVariables>;
export const SeededDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Seeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"kabupaten"},"name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"StringValue","value":"32.16","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2021","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportingRegions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRegions"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kecamatan"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2021","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeededQuery, SeededQueryVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}}]}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const RegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Region"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Desa"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jenis"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kabupaten"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isKota"}}]}}]}}]}}]} as unknown as DocumentNode<RegionQuery, RegionQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const ChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Children"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenQuery, ChildrenQueryVariables>;
export const GeometryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Geometry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplify"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplify"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]},{"kind":"Field","name":{"kind":"Name","value":"geometrySource"}}]}}]}}]} as unknown as DocumentNode<GeometryQuery, GeometryQueryVariables>;
export const RegionAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}}]}}]}}]} as unknown as DocumentNode<RegionAtQuery, RegionAtQueryVariables>;
export const RegionAtWithParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAtWithParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nama"}}]}}]}}]}}]} as unknown as DocumentNode<RegionAtWithParentQuery, RegionAtWithParentQueryVariables>;
export const ListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingQuery, ListingQueryVariables>;
export const DisclosureCacheChoroplethDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureCacheChoropleth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choropleth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"StringValue","value":"95.01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureCacheChoroplethQuery, DisclosureCacheChoroplethQueryVariables>;
export const SuppressionKecamatanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuppressionKecamatan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuppressionKecamatanQuery, SuppressionKecamatanQueryVariables>;