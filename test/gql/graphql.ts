/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** DESA (village code 2xxx: elected head, village fund) or KELURAHAN (1xxx: urban ward). */
export type DesaJenis =
  | 'DESA'
  | 'KELURAHAN';

/** How values of an indicator are obtained. */
export type IndicatorKind =
  | 'ROUTINE_RATE'
  | 'SURVEY_ESTIMATE';

/** Which direction of change is an improvement. */
export type Polarity =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Level in the Kemendagri hierarchy: provinsi › kabupaten/kota › kecamatan › desa/kelurahan. */
export type RegionLevel =
  | 'DESA'
  | 'KABUPATEN'
  | 'KECAMATAN'
  | 'PROVINSI';

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
export const ListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESA"}},{"kind":"Argument","name":{"kind":"Name","value":"parentKode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentKode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"nama"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingQuery, ListingQueryVariables>;
export const SuppressionKecamatanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuppressionKecamatan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kode"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STUNTING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuppressionKecamatanQuery, SuppressionKecamatanQueryVariables>;