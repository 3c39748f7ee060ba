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
    "\n  query Choropleth($parentKode: ID!, $indicator: String!, $period: String!) {\n    choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {\n      breaks\n      noDataCount\n      regions {\n        kode\n        nama\n        value\n        classIndex\n        suppressed\n      }\n    }\n  }\n": typeof types.ChoroplethDocument,
    "\n  query RegionFigure($kode: ID!, $indicator: String!, $period: String!) {\n    region(kode: $kode) {\n      kode\n      nama\n      level\n      indicator(code: $indicator, period: $period) {\n        value\n        ciLow\n        ciHigh\n        suppressed\n        source\n      }\n    }\n  }\n": typeof types.RegionFigureDocument,
};
const documents: Documents = {
    "\n  query Choropleth($parentKode: ID!, $indicator: String!, $period: String!) {\n    choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {\n      breaks\n      noDataCount\n      regions {\n        kode\n        nama\n        value\n        classIndex\n        suppressed\n      }\n    }\n  }\n": types.ChoroplethDocument,
    "\n  query RegionFigure($kode: ID!, $indicator: String!, $period: String!) {\n    region(kode: $kode) {\n      kode\n      nama\n      level\n      indicator(code: $indicator, period: $period) {\n        value\n        ciLow\n        ciHigh\n        suppressed\n        source\n      }\n    }\n  }\n": types.RegionFigureDocument,
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
export function graphql(source: "\n  query Choropleth($parentKode: ID!, $indicator: String!, $period: String!) {\n    choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {\n      breaks\n      noDataCount\n      regions {\n        kode\n        nama\n        value\n        classIndex\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query Choropleth($parentKode: ID!, $indicator: String!, $period: String!) {\n    choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {\n      breaks\n      noDataCount\n      regions {\n        kode\n        nama\n        value\n        classIndex\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionFigure($kode: ID!, $indicator: String!, $period: String!) {\n    region(kode: $kode) {\n      kode\n      nama\n      level\n      indicator(code: $indicator, period: $period) {\n        value\n        ciLow\n        ciHigh\n        suppressed\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionFigure($kode: ID!, $indicator: String!, $period: String!) {\n    region(kode: $kode) {\n      kode\n      nama\n      level\n      indicator(code: $indicator, period: $period) {\n        value\n        ciLow\n        ciHigh\n        suppressed\n        source\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;