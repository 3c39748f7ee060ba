/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AnalyticsChoropleth(\n    $parentKode: ID!\n    $method: ClassificationMethod\n    $classes: Int\n    $smoothing: Smoothing\n    $period: String!\n  ) {\n    choropleth(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      method: $method\n      classes: $classes\n      smoothing: $smoothing\n    ) {\n      breaks\n      noDataCount\n      classes { index lower upper upperInclusive count }\n      regions { kode nama value rawValue classIndex suppressed }\n    }\n  }\n": typeof types.AnalyticsChoroplethDocument,
    "\n        query AnalyticsChoroplethFeatures {\n          choropleth(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", classes: 2) {\n            featureCollection(precision: 3)\n          }\n        }\n      ": typeof types.AnalyticsChoroplethFeaturesDocument,
    "\n  query AnalyticsAreaStats($geometry: GeoJSON!, $weighting: AreaWeighting, $indicator: String!) {\n    areaStats(geometry: $geometry, indicator: $indicator, period: \"2023\", weighting: $weighting) {\n      numerator\n      denominator\n      value\n      ciLow\n      ciHigh\n      areaKm2\n      coveredAreaKm2\n      dataShare\n      regions { kode share overlapKm2 numerator denominator value }\n    }\n  }\n": typeof types.AnalyticsAreaStatsDocument,
    "\n  query AnalyticsAutocorrelation(\n    $parentKode: ID!\n    $period: String!\n    $weights: WeightsKind\n    $k: Int\n    $permutations: Int\n    $seed: Int\n    $smoothing: Smoothing\n  ) {\n    spatialAutocorrelation(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      weights: $weights\n      k: $k\n      permutations: $permutations\n      seed: $seed\n      smoothing: $smoothing\n    ) {\n      moran { i expected variance z p pTwoSided n }\n      islands\n      permutations\n      seed\n      regions {\n        kode value rawValue neighbors localI expected variance z p pseudoP pseudoPFolded\n        quadrant significant giStarZ excludedReason\n      }\n    }\n  }\n": typeof types.AnalyticsAutocorrelationDocument,
    "\n  query AnalyticsBekasiValues {\n    regions(level: DESA, parentKode: \"32.16\", first: 500) {\n      nodes {\n        kode\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n": typeof types.AnalyticsBekasiValuesDocument,
    "\n  query AnalyticsNeighbors($parentKode: ID!, $weights: WeightsKind, $k: Int) {\n    regions(level: DESA, parentKode: $parentKode, first: 200) {\n      nodes { kode neighbors(weights: $weights, k: $k) { kode level parent { kode } } }\n    }\n  }\n": typeof types.AnalyticsNeighborsDocument,
    "\n    query AnalyticsDistance($meters: Float!, $k: Int) {\n      regionsWithin(longitude: 100.05, latitude: 0.05, meters: $meters, level: DESA) {\n        kode\n        distanceMeters\n        region { kode nama parent { kode } }\n      }\n      nearestRegions(longitude: 100.05, latitude: 0.05, k: $k, level: DESA) { kode distanceMeters }\n    }\n  ": typeof types.AnalyticsDistanceDocument,
    "\n        query AnalyticsOutliers {\n          outliers(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", method: Z, threshold: 1) {\n            kode value score flagged\n          }\n        }\n      ": typeof types.AnalyticsOutliersDocument,
    "\n        query AnalyticsTrend {\n          trend(kode: \"32.16\", indicator: \"STUNTING\") {\n            points { period value }\n            absoluteChange relativeChange annualRateOfReduction\n          }\n        }\n      ": typeof types.AnalyticsTrendDocument,
    "\n  query DemoValue($kode: ID!, $code: String!, $period: String!) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period) {\n        source\n        numerator\n        denominator\n        synthetic\n        aggregated\n        reportingRegions\n      }\n    }\n  }\n": typeof types.DemoValueDocument,
    "\n        mutation SetPriority($code: String!, $sources: [String!]!) {\n          setIndicatorSourcePriority(code: $code, sources: $sources) {\n            code\n            sourcePriority\n          }\n        }\n      ": typeof types.SetPriorityDocument,
    "\n  query FacilitiesWithin(\n    $longitude: Float!\n    $latitude: Float!\n    $meters: Float!\n    $kind: FacilityKind\n    $limit: Int\n  ) {\n    facilitiesWithin(\n      longitude: $longitude\n      latitude: $latitude\n      meters: $meters\n      kind: $kind\n      limit: $limit\n    ) {\n      distanceMeters\n      facility { id }\n    }\n  }\n": typeof types.FacilitiesWithinDocument,
    "\n  query NearestFacilities($longitude: Float!, $latitude: Float!, $k: Int, $kind: FacilityKind) {\n    nearestFacilities(longitude: $longitude, latitude: $latitude, k: $k, kind: $kind) {\n      distanceMeters\n      facility { id }\n    }\n  }\n": typeof types.NearestFacilitiesDocument,
    "\n  query FacilityFields {\n    facilitiesWithin(longitude: 100.06, latitude: 0, meters: 0) {\n      facility {\n        id\n        kind\n        name\n        registryCode\n        active\n        rw\n        location\n        desa { __typename kode }\n        puskesmas { id kind registryCode }\n      }\n    }\n  }\n": typeof types.FacilityFieldsDocument,
    "\n  query RegionFacilities($kode: ID!, $kind: FacilityKind) {\n    region(kode: $kode) {\n      kode\n      facilities(kind: $kind) { id }\n    }\n  }\n": typeof types.RegionFacilitiesDocument,
    "\n    query ListingFacilities($first: Int!) {\n      regions(level: DESA, parentKode: \"32.16\", first: $first) {\n        nodes { kode facilities { id kind location puskesmas { id } } }\n      }\n    }\n  ": typeof types.ListingFacilitiesDocument,
    "\n  query Shape($kode: ID!) {\n    region(kode: $kode) {\n      bbox\n      centroid\n      geometry(precision: 9)\n    }\n  }\n": typeof types.ShapeDocument,
    "\n      query RealRegionAt($longitude: Float!, $latitude: Float!) {\n        regionAt(longitude: $longitude, latitude: $latitude) { kode nama }\n      }\n    ": typeof types.RealRegionAtDocument,
    "\n  query CsvValue($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) { numerator denominator value ciLow ciHigh source }\n    }\n  }\n": typeof types.CsvValueDocument,
    "\n  query Value($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) {\n        code\n        period\n        numerator\n        denominator\n        value\n        ciLow\n        ciHigh\n        standardError\n        method\n        source\n        aggregated\n        reportingRegions\n        expectedRegions\n      }\n    }\n  }\n": typeof types.ValueDocument,
    "\n  query Seeded {\n    kabupaten: region(kode: \"32.16\") {\n      indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator value reportingRegions expectedRegions }\n      kecamatan: children(first: 50) {\n        nodes { indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator } }\n      }\n    }\n  }\n": typeof types.SeededDocument,
    "\n  query Catalog {\n    indicators { code unit polarity kind periods }\n  }\n": typeof types.CatalogDocument,
    "\n  query Region($kode: ID!) {\n    region(kode: $kode) {\n      __typename\n      kode\n      nama\n      level\n      parent { __typename kode }\n      ... on Desa { jenis }\n      ... on Kabupaten { isKota }\n    }\n  }\n": typeof types.RegionDocument,
    "\n  query Regions($level: RegionLevel!, $parentKode: ID, $first: Int, $after: String) {\n    regions(level: $level, parentKode: $parentKode, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { kode }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Children($kode: ID!) {\n    region(kode: $kode) {\n      children(first: 3) { totalCount nodes { __typename kode } }\n    }\n  }\n": typeof types.ChildrenDocument,
    "\n  query Geometry($kode: ID!, $simplify: Float, $precision: Int) {\n    region(kode: $kode) {\n      areaKm2\n      bbox\n      centroid\n      geometry(simplifyMeters: $simplify, precision: $precision)\n      geometrySource\n    }\n  }\n": typeof types.GeometryDocument,
    "\n  query RegionAt($longitude: Float!, $latitude: Float!, $level: RegionLevel) {\n    regionAt(longitude: $longitude, latitude: $latitude, level: $level) { kode }\n  }\n": typeof types.RegionAtDocument,
    "\n  query Listing($parentKode: ID!, $first: Int!) {\n    regions(level: DESA, parentKode: $parentKode, first: $first) {\n      nodes {\n        kode\n        nama\n        parent { kode nama }\n        areaKm2\n        centroid\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n": typeof types.ListingDocument,
    "\n  query SuppressionKecamatan($kode: ID!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n        numerator denominator value ciLow ciHigh suppressed suppressionReason\n      }\n      children(first: 10) {\n        nodes {\n          kode\n          indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n            numerator denominator value ciLow ciHigh suppressed suppressionReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.SuppressionKecamatanDocument,
};
const documents: Documents = {
    "\n  query AnalyticsChoropleth(\n    $parentKode: ID!\n    $method: ClassificationMethod\n    $classes: Int\n    $smoothing: Smoothing\n    $period: String!\n  ) {\n    choropleth(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      method: $method\n      classes: $classes\n      smoothing: $smoothing\n    ) {\n      breaks\n      noDataCount\n      classes { index lower upper upperInclusive count }\n      regions { kode nama value rawValue classIndex suppressed }\n    }\n  }\n": types.AnalyticsChoroplethDocument,
    "\n        query AnalyticsChoroplethFeatures {\n          choropleth(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", classes: 2) {\n            featureCollection(precision: 3)\n          }\n        }\n      ": types.AnalyticsChoroplethFeaturesDocument,
    "\n  query AnalyticsAreaStats($geometry: GeoJSON!, $weighting: AreaWeighting, $indicator: String!) {\n    areaStats(geometry: $geometry, indicator: $indicator, period: \"2023\", weighting: $weighting) {\n      numerator\n      denominator\n      value\n      ciLow\n      ciHigh\n      areaKm2\n      coveredAreaKm2\n      dataShare\n      regions { kode share overlapKm2 numerator denominator value }\n    }\n  }\n": types.AnalyticsAreaStatsDocument,
    "\n  query AnalyticsAutocorrelation(\n    $parentKode: ID!\n    $period: String!\n    $weights: WeightsKind\n    $k: Int\n    $permutations: Int\n    $seed: Int\n    $smoothing: Smoothing\n  ) {\n    spatialAutocorrelation(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      weights: $weights\n      k: $k\n      permutations: $permutations\n      seed: $seed\n      smoothing: $smoothing\n    ) {\n      moran { i expected variance z p pTwoSided n }\n      islands\n      permutations\n      seed\n      regions {\n        kode value rawValue neighbors localI expected variance z p pseudoP pseudoPFolded\n        quadrant significant giStarZ excludedReason\n      }\n    }\n  }\n": types.AnalyticsAutocorrelationDocument,
    "\n  query AnalyticsBekasiValues {\n    regions(level: DESA, parentKode: \"32.16\", first: 500) {\n      nodes {\n        kode\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n": types.AnalyticsBekasiValuesDocument,
    "\n  query AnalyticsNeighbors($parentKode: ID!, $weights: WeightsKind, $k: Int) {\n    regions(level: DESA, parentKode: $parentKode, first: 200) {\n      nodes { kode neighbors(weights: $weights, k: $k) { kode level parent { kode } } }\n    }\n  }\n": types.AnalyticsNeighborsDocument,
    "\n    query AnalyticsDistance($meters: Float!, $k: Int) {\n      regionsWithin(longitude: 100.05, latitude: 0.05, meters: $meters, level: DESA) {\n        kode\n        distanceMeters\n        region { kode nama parent { kode } }\n      }\n      nearestRegions(longitude: 100.05, latitude: 0.05, k: $k, level: DESA) { kode distanceMeters }\n    }\n  ": types.AnalyticsDistanceDocument,
    "\n        query AnalyticsOutliers {\n          outliers(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", method: Z, threshold: 1) {\n            kode value score flagged\n          }\n        }\n      ": types.AnalyticsOutliersDocument,
    "\n        query AnalyticsTrend {\n          trend(kode: \"32.16\", indicator: \"STUNTING\") {\n            points { period value }\n            absoluteChange relativeChange annualRateOfReduction\n          }\n        }\n      ": types.AnalyticsTrendDocument,
    "\n  query DemoValue($kode: ID!, $code: String!, $period: String!) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period) {\n        source\n        numerator\n        denominator\n        synthetic\n        aggregated\n        reportingRegions\n      }\n    }\n  }\n": types.DemoValueDocument,
    "\n        mutation SetPriority($code: String!, $sources: [String!]!) {\n          setIndicatorSourcePriority(code: $code, sources: $sources) {\n            code\n            sourcePriority\n          }\n        }\n      ": types.SetPriorityDocument,
    "\n  query FacilitiesWithin(\n    $longitude: Float!\n    $latitude: Float!\n    $meters: Float!\n    $kind: FacilityKind\n    $limit: Int\n  ) {\n    facilitiesWithin(\n      longitude: $longitude\n      latitude: $latitude\n      meters: $meters\n      kind: $kind\n      limit: $limit\n    ) {\n      distanceMeters\n      facility { id }\n    }\n  }\n": types.FacilitiesWithinDocument,
    "\n  query NearestFacilities($longitude: Float!, $latitude: Float!, $k: Int, $kind: FacilityKind) {\n    nearestFacilities(longitude: $longitude, latitude: $latitude, k: $k, kind: $kind) {\n      distanceMeters\n      facility { id }\n    }\n  }\n": types.NearestFacilitiesDocument,
    "\n  query FacilityFields {\n    facilitiesWithin(longitude: 100.06, latitude: 0, meters: 0) {\n      facility {\n        id\n        kind\n        name\n        registryCode\n        active\n        rw\n        location\n        desa { __typename kode }\n        puskesmas { id kind registryCode }\n      }\n    }\n  }\n": types.FacilityFieldsDocument,
    "\n  query RegionFacilities($kode: ID!, $kind: FacilityKind) {\n    region(kode: $kode) {\n      kode\n      facilities(kind: $kind) { id }\n    }\n  }\n": types.RegionFacilitiesDocument,
    "\n    query ListingFacilities($first: Int!) {\n      regions(level: DESA, parentKode: \"32.16\", first: $first) {\n        nodes { kode facilities { id kind location puskesmas { id } } }\n      }\n    }\n  ": types.ListingFacilitiesDocument,
    "\n  query Shape($kode: ID!) {\n    region(kode: $kode) {\n      bbox\n      centroid\n      geometry(precision: 9)\n    }\n  }\n": types.ShapeDocument,
    "\n      query RealRegionAt($longitude: Float!, $latitude: Float!) {\n        regionAt(longitude: $longitude, latitude: $latitude) { kode nama }\n      }\n    ": types.RealRegionAtDocument,
    "\n  query CsvValue($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) { numerator denominator value ciLow ciHigh source }\n    }\n  }\n": types.CsvValueDocument,
    "\n  query Value($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) {\n        code\n        period\n        numerator\n        denominator\n        value\n        ciLow\n        ciHigh\n        standardError\n        method\n        source\n        aggregated\n        reportingRegions\n        expectedRegions\n      }\n    }\n  }\n": types.ValueDocument,
    "\n  query Seeded {\n    kabupaten: region(kode: \"32.16\") {\n      indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator value reportingRegions expectedRegions }\n      kecamatan: children(first: 50) {\n        nodes { indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator } }\n      }\n    }\n  }\n": types.SeededDocument,
    "\n  query Catalog {\n    indicators { code unit polarity kind periods }\n  }\n": types.CatalogDocument,
    "\n  query Region($kode: ID!) {\n    region(kode: $kode) {\n      __typename\n      kode\n      nama\n      level\n      parent { __typename kode }\n      ... on Desa { jenis }\n      ... on Kabupaten { isKota }\n    }\n  }\n": types.RegionDocument,
    "\n  query Regions($level: RegionLevel!, $parentKode: ID, $first: Int, $after: String) {\n    regions(level: $level, parentKode: $parentKode, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { kode }\n    }\n  }\n": types.RegionsDocument,
    "\n  query Children($kode: ID!) {\n    region(kode: $kode) {\n      children(first: 3) { totalCount nodes { __typename kode } }\n    }\n  }\n": types.ChildrenDocument,
    "\n  query Geometry($kode: ID!, $simplify: Float, $precision: Int) {\n    region(kode: $kode) {\n      areaKm2\n      bbox\n      centroid\n      geometry(simplifyMeters: $simplify, precision: $precision)\n      geometrySource\n    }\n  }\n": types.GeometryDocument,
    "\n  query RegionAt($longitude: Float!, $latitude: Float!, $level: RegionLevel) {\n    regionAt(longitude: $longitude, latitude: $latitude, level: $level) { kode }\n  }\n": types.RegionAtDocument,
    "\n  query Listing($parentKode: ID!, $first: Int!) {\n    regions(level: DESA, parentKode: $parentKode, first: $first) {\n      nodes {\n        kode\n        nama\n        parent { kode nama }\n        areaKm2\n        centroid\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n": types.ListingDocument,
    "\n  query SuppressionKecamatan($kode: ID!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n        numerator denominator value ciLow ciHigh suppressed suppressionReason\n      }\n      children(first: 10) {\n        nodes {\n          kode\n          indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n            numerator denominator value ciLow ciHigh suppressed suppressionReason\n          }\n        }\n      }\n    }\n  }\n": types.SuppressionKecamatanDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsChoropleth(\n    $parentKode: ID!\n    $method: ClassificationMethod\n    $classes: Int\n    $smoothing: Smoothing\n    $period: String!\n  ) {\n    choropleth(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      method: $method\n      classes: $classes\n      smoothing: $smoothing\n    ) {\n      breaks\n      noDataCount\n      classes { index lower upper upperInclusive count }\n      regions { kode nama value rawValue classIndex suppressed }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsChoropleth(\n    $parentKode: ID!\n    $method: ClassificationMethod\n    $classes: Int\n    $smoothing: Smoothing\n    $period: String!\n  ) {\n    choropleth(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      method: $method\n      classes: $classes\n      smoothing: $smoothing\n    ) {\n      breaks\n      noDataCount\n      classes { index lower upper upperInclusive count }\n      regions { kode nama value rawValue classIndex suppressed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnalyticsChoroplethFeatures {\n          choropleth(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", classes: 2) {\n            featureCollection(precision: 3)\n          }\n        }\n      "): (typeof documents)["\n        query AnalyticsChoroplethFeatures {\n          choropleth(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", classes: 2) {\n            featureCollection(precision: 3)\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsAreaStats($geometry: GeoJSON!, $weighting: AreaWeighting, $indicator: String!) {\n    areaStats(geometry: $geometry, indicator: $indicator, period: \"2023\", weighting: $weighting) {\n      numerator\n      denominator\n      value\n      ciLow\n      ciHigh\n      areaKm2\n      coveredAreaKm2\n      dataShare\n      regions { kode share overlapKm2 numerator denominator value }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsAreaStats($geometry: GeoJSON!, $weighting: AreaWeighting, $indicator: String!) {\n    areaStats(geometry: $geometry, indicator: $indicator, period: \"2023\", weighting: $weighting) {\n      numerator\n      denominator\n      value\n      ciLow\n      ciHigh\n      areaKm2\n      coveredAreaKm2\n      dataShare\n      regions { kode share overlapKm2 numerator denominator value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsAutocorrelation(\n    $parentKode: ID!\n    $period: String!\n    $weights: WeightsKind\n    $k: Int\n    $permutations: Int\n    $seed: Int\n    $smoothing: Smoothing\n  ) {\n    spatialAutocorrelation(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      weights: $weights\n      k: $k\n      permutations: $permutations\n      seed: $seed\n      smoothing: $smoothing\n    ) {\n      moran { i expected variance z p pTwoSided n }\n      islands\n      permutations\n      seed\n      regions {\n        kode value rawValue neighbors localI expected variance z p pseudoP pseudoPFolded\n        quadrant significant giStarZ excludedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsAutocorrelation(\n    $parentKode: ID!\n    $period: String!\n    $weights: WeightsKind\n    $k: Int\n    $permutations: Int\n    $seed: Int\n    $smoothing: Smoothing\n  ) {\n    spatialAutocorrelation(\n      level: DESA\n      parentKode: $parentKode\n      indicator: \"STUNTING\"\n      period: $period\n      weights: $weights\n      k: $k\n      permutations: $permutations\n      seed: $seed\n      smoothing: $smoothing\n    ) {\n      moran { i expected variance z p pTwoSided n }\n      islands\n      permutations\n      seed\n      regions {\n        kode value rawValue neighbors localI expected variance z p pseudoP pseudoPFolded\n        quadrant significant giStarZ excludedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsBekasiValues {\n    regions(level: DESA, parentKode: \"32.16\", first: 500) {\n      nodes {\n        kode\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsBekasiValues {\n    regions(level: DESA, parentKode: \"32.16\", first: 500) {\n      nodes {\n        kode\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsNeighbors($parentKode: ID!, $weights: WeightsKind, $k: Int) {\n    regions(level: DESA, parentKode: $parentKode, first: 200) {\n      nodes { kode neighbors(weights: $weights, k: $k) { kode level parent { kode } } }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsNeighbors($parentKode: ID!, $weights: WeightsKind, $k: Int) {\n    regions(level: DESA, parentKode: $parentKode, first: 200) {\n      nodes { kode neighbors(weights: $weights, k: $k) { kode level parent { kode } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AnalyticsDistance($meters: Float!, $k: Int) {\n      regionsWithin(longitude: 100.05, latitude: 0.05, meters: $meters, level: DESA) {\n        kode\n        distanceMeters\n        region { kode nama parent { kode } }\n      }\n      nearestRegions(longitude: 100.05, latitude: 0.05, k: $k, level: DESA) { kode distanceMeters }\n    }\n  "): (typeof documents)["\n    query AnalyticsDistance($meters: Float!, $k: Int) {\n      regionsWithin(longitude: 100.05, latitude: 0.05, meters: $meters, level: DESA) {\n        kode\n        distanceMeters\n        region { kode nama parent { kode } }\n      }\n      nearestRegions(longitude: 100.05, latitude: 0.05, k: $k, level: DESA) { kode distanceMeters }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnalyticsOutliers {\n          outliers(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", method: Z, threshold: 1) {\n            kode value score flagged\n          }\n        }\n      "): (typeof documents)["\n        query AnalyticsOutliers {\n          outliers(level: DESA, parentKode: \"99.01\", indicator: \"STUNTING\", period: \"2023\", method: Z, threshold: 1) {\n            kode value score flagged\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnalyticsTrend {\n          trend(kode: \"32.16\", indicator: \"STUNTING\") {\n            points { period value }\n            absoluteChange relativeChange annualRateOfReduction\n          }\n        }\n      "): (typeof documents)["\n        query AnalyticsTrend {\n          trend(kode: \"32.16\", indicator: \"STUNTING\") {\n            points { period value }\n            absoluteChange relativeChange annualRateOfReduction\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoValue($kode: ID!, $code: String!, $period: String!) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period) {\n        source\n        numerator\n        denominator\n        synthetic\n        aggregated\n        reportingRegions\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoValue($kode: ID!, $code: String!, $period: String!) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period) {\n        source\n        numerator\n        denominator\n        synthetic\n        aggregated\n        reportingRegions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetPriority($code: String!, $sources: [String!]!) {\n          setIndicatorSourcePriority(code: $code, sources: $sources) {\n            code\n            sourcePriority\n          }\n        }\n      "): (typeof documents)["\n        mutation SetPriority($code: String!, $sources: [String!]!) {\n          setIndicatorSourcePriority(code: $code, sources: $sources) {\n            code\n            sourcePriority\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitiesWithin(\n    $longitude: Float!\n    $latitude: Float!\n    $meters: Float!\n    $kind: FacilityKind\n    $limit: Int\n  ) {\n    facilitiesWithin(\n      longitude: $longitude\n      latitude: $latitude\n      meters: $meters\n      kind: $kind\n      limit: $limit\n    ) {\n      distanceMeters\n      facility { id }\n    }\n  }\n"): (typeof documents)["\n  query FacilitiesWithin(\n    $longitude: Float!\n    $latitude: Float!\n    $meters: Float!\n    $kind: FacilityKind\n    $limit: Int\n  ) {\n    facilitiesWithin(\n      longitude: $longitude\n      latitude: $latitude\n      meters: $meters\n      kind: $kind\n      limit: $limit\n    ) {\n      distanceMeters\n      facility { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearestFacilities($longitude: Float!, $latitude: Float!, $k: Int, $kind: FacilityKind) {\n    nearestFacilities(longitude: $longitude, latitude: $latitude, k: $k, kind: $kind) {\n      distanceMeters\n      facility { id }\n    }\n  }\n"): (typeof documents)["\n  query NearestFacilities($longitude: Float!, $latitude: Float!, $k: Int, $kind: FacilityKind) {\n    nearestFacilities(longitude: $longitude, latitude: $latitude, k: $k, kind: $kind) {\n      distanceMeters\n      facility { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityFields {\n    facilitiesWithin(longitude: 100.06, latitude: 0, meters: 0) {\n      facility {\n        id\n        kind\n        name\n        registryCode\n        active\n        rw\n        location\n        desa { __typename kode }\n        puskesmas { id kind registryCode }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityFields {\n    facilitiesWithin(longitude: 100.06, latitude: 0, meters: 0) {\n      facility {\n        id\n        kind\n        name\n        registryCode\n        active\n        rw\n        location\n        desa { __typename kode }\n        puskesmas { id kind registryCode }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionFacilities($kode: ID!, $kind: FacilityKind) {\n    region(kode: $kode) {\n      kode\n      facilities(kind: $kind) { id }\n    }\n  }\n"): (typeof documents)["\n  query RegionFacilities($kode: ID!, $kind: FacilityKind) {\n    region(kode: $kode) {\n      kode\n      facilities(kind: $kind) { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ListingFacilities($first: Int!) {\n      regions(level: DESA, parentKode: \"32.16\", first: $first) {\n        nodes { kode facilities { id kind location puskesmas { id } } }\n      }\n    }\n  "): (typeof documents)["\n    query ListingFacilities($first: Int!) {\n      regions(level: DESA, parentKode: \"32.16\", first: $first) {\n        nodes { kode facilities { id kind location puskesmas { id } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shape($kode: ID!) {\n    region(kode: $kode) {\n      bbox\n      centroid\n      geometry(precision: 9)\n    }\n  }\n"): (typeof documents)["\n  query Shape($kode: ID!) {\n    region(kode: $kode) {\n      bbox\n      centroid\n      geometry(precision: 9)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RealRegionAt($longitude: Float!, $latitude: Float!) {\n        regionAt(longitude: $longitude, latitude: $latitude) { kode nama }\n      }\n    "): (typeof documents)["\n      query RealRegionAt($longitude: Float!, $latitude: Float!) {\n        regionAt(longitude: $longitude, latitude: $latitude) { kode nama }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CsvValue($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) { numerator denominator value ciLow ciHigh source }\n    }\n  }\n"): (typeof documents)["\n  query CsvValue($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) { numerator denominator value ciLow ciHigh source }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Value($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) {\n        code\n        period\n        numerator\n        denominator\n        value\n        ciLow\n        ciHigh\n        standardError\n        method\n        source\n        aggregated\n        reportingRegions\n        expectedRegions\n      }\n    }\n  }\n"): (typeof documents)["\n  query Value($kode: ID!, $code: String!, $period: String!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: $code, period: $period, source: $source) {\n        code\n        period\n        numerator\n        denominator\n        value\n        ciLow\n        ciHigh\n        standardError\n        method\n        source\n        aggregated\n        reportingRegions\n        expectedRegions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Seeded {\n    kabupaten: region(kode: \"32.16\") {\n      indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator value reportingRegions expectedRegions }\n      kecamatan: children(first: 50) {\n        nodes { indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Seeded {\n    kabupaten: region(kode: \"32.16\") {\n      indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator value reportingRegions expectedRegions }\n      kecamatan: children(first: 50) {\n        nodes { indicator(code: \"STUNTING\", period: \"2021\") { numerator denominator } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    indicators { code unit polarity kind periods }\n  }\n"): (typeof documents)["\n  query Catalog {\n    indicators { code unit polarity kind periods }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($kode: ID!) {\n    region(kode: $kode) {\n      __typename\n      kode\n      nama\n      level\n      parent { __typename kode }\n      ... on Desa { jenis }\n      ... on Kabupaten { isKota }\n    }\n  }\n"): (typeof documents)["\n  query Region($kode: ID!) {\n    region(kode: $kode) {\n      __typename\n      kode\n      nama\n      level\n      parent { __typename kode }\n      ... on Desa { jenis }\n      ... on Kabupaten { isKota }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($level: RegionLevel!, $parentKode: ID, $first: Int, $after: String) {\n    regions(level: $level, parentKode: $parentKode, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { kode }\n    }\n  }\n"): (typeof documents)["\n  query Regions($level: RegionLevel!, $parentKode: ID, $first: Int, $after: String) {\n    regions(level: $level, parentKode: $parentKode, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { kode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Children($kode: ID!) {\n    region(kode: $kode) {\n      children(first: 3) { totalCount nodes { __typename kode } }\n    }\n  }\n"): (typeof documents)["\n  query Children($kode: ID!) {\n    region(kode: $kode) {\n      children(first: 3) { totalCount nodes { __typename kode } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Geometry($kode: ID!, $simplify: Float, $precision: Int) {\n    region(kode: $kode) {\n      areaKm2\n      bbox\n      centroid\n      geometry(simplifyMeters: $simplify, precision: $precision)\n      geometrySource\n    }\n  }\n"): (typeof documents)["\n  query Geometry($kode: ID!, $simplify: Float, $precision: Int) {\n    region(kode: $kode) {\n      areaKm2\n      bbox\n      centroid\n      geometry(simplifyMeters: $simplify, precision: $precision)\n      geometrySource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionAt($longitude: Float!, $latitude: Float!, $level: RegionLevel) {\n    regionAt(longitude: $longitude, latitude: $latitude, level: $level) { kode }\n  }\n"): (typeof documents)["\n  query RegionAt($longitude: Float!, $latitude: Float!, $level: RegionLevel) {\n    regionAt(longitude: $longitude, latitude: $latitude, level: $level) { kode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($parentKode: ID!, $first: Int!) {\n    regions(level: DESA, parentKode: $parentKode, first: $first) {\n      nodes {\n        kode\n        nama\n        parent { kode nama }\n        areaKm2\n        centroid\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Listing($parentKode: ID!, $first: Int!) {\n    regions(level: DESA, parentKode: $parentKode, first: $first) {\n      nodes {\n        kode\n        nama\n        parent { kode nama }\n        areaKm2\n        centroid\n        indicator(code: \"STUNTING\", period: \"2023\") { value numerator denominator }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuppressionKecamatan($kode: ID!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n        numerator denominator value ciLow ciHigh suppressed suppressionReason\n      }\n      children(first: 10) {\n        nodes {\n          kode\n          indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n            numerator denominator value ciLow ciHigh suppressed suppressionReason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuppressionKecamatan($kode: ID!, $source: String) {\n    region(kode: $kode) {\n      indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n        numerator denominator value ciLow ciHigh suppressed suppressionReason\n      }\n      children(first: 10) {\n        nodes {\n          kode\n          indicator(code: \"STUNTING\", period: \"2023\", source: $source) {\n            numerator denominator value ciLow ciHigh suppressed suppressionReason\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;