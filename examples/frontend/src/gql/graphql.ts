/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Level in the Kemendagri hierarchy: provinsi › kabupaten/kota › kecamatan › desa/kelurahan. */
export type RegionLevel =
  | 'DESA'
  | 'KABUPATEN'
  | 'KECAMATAN'
  | 'PROVINSI';

export type ChoroplethQueryVariables = Exact<{
  parentKode: string | number;
  indicator: string;
  period: string;
}>;


export type ChoroplethQuery = { choropleth: { breaks: Array<number>, noDataCount: number, regions: Array<{ kode: string, nama: string, value: number | null, classIndex: number | null, suppressed: boolean }> } };

export type RegionFigureQueryVariables = Exact<{
  kode: string | number;
  indicator: string;
  period: string;
}>;


export type RegionFigureQuery = { region:
    | { kode: string, nama: string, level: RegionLevel, indicator: { value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, source: string } | null }
    | { kode: string, nama: string, level: RegionLevel, indicator: { value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, source: string } | null }
    | { kode: string, nama: string, level: RegionLevel, indicator: { value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, source: string } | null }
    | { kode: string, nama: string, level: RegionLevel, indicator: { value: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, source: string } | null }
   | null };


export const ChoroplethDocument = {"__meta__":{"hash":"aa7a45f7a943377cd7c152a01c9315eb0d66e44398a0407f1c93229ddd969a5c"}} as unknown as DocumentNode<ChoroplethQuery, ChoroplethQueryVariables>;
export const RegionFigureDocument = {"__meta__":{"hash":"5e3a5a7419c5a480af58be3f18746b0ee0bea1a9d9c9bfd7509f0a4f95914fd7"}} as unknown as DocumentNode<RegionFigureQuery, RegionFigureQueryVariables>;