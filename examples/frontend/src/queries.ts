import { graphql } from './gql/index.ts';

// The operations this front-end runs. `npm run codegen` (see ../codegen.ts) types them and
// registers them in gql/persisted-documents.json.

/** Desa of a kabupaten, coloured by an indicator: what a choropleth map needs. */
export const ChoroplethQuery = graphql(`
  query Choropleth($parentKode: ID!, $indicator: String!, $period: String!) {
    choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {
      breaks
      noDataCount
      regions {
        kode
        nama
        value
        classIndex
        suppressed
      }
    }
  }
`);

/** One region's figure with its interval and source: a details panel. */
export const RegionFigureQuery = graphql(`
  query RegionFigure($kode: ID!, $indicator: String!, $period: String!) {
    region(kode: $kode) {
      kode
      nama
      level
      indicator(code: $indicator, period: $period) {
        value
        ciLow
        ciHigh
        suppressed
        source
      }
    }
  }
`);
