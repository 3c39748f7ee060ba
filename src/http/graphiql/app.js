// petagizi's GraphiQL: bundled by src/http/graphiql/build.ts with esbuild into dist/graphiql and
// served from this server (scripts, styles, fonts and Monaco's workers): no CDN, works offline.

import { ToolbarButton, useGraphiQL } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { tableCsv } from './csv.ts';

// Monaco's workers from this origin (dist/graphiql/*.worker.js), as classic scripts.
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const file = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`/graphiql/${file}.worker.js`);
  },
};

// The README's example operations, one tab each (the first opens by default).
const examples = [
  {
    name: 'Choropleth: desa of a kabupaten',
    query: `query Choropleth($parentKode: ID!, $indicator: String!, $period: String!) {
  choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {
    breaks
    classes { index lower upper upperInclusive count }
    noDataCount
    regions { kode nama value classIndex suppressed }
  }
}`,
    variables: { parentKode: '32.16', indicator: 'STUNTING', period: '2023' },
  },
  {
    name: 'Choropleth list: regions with geometry',
    query: `query ChoroplethList($parentKode: ID!, $period: String!) {
  regions(level: DESA, parentKode: $parentKode, first: 500) {
    totalCount
    nodes {
      kode
      nama
      geometry(simplifyMeters: 50, precision: 5)
      indicator(code: "STUNTING", period: $period) {
        value ciLow ciHigh numerator denominator suppressed source
      }
    }
  }
}`,
    variables: { parentKode: '32.16', period: '2023' },
  },
  {
    name: 'areaStats: a drawn polygon',
    query: `query AreaStats($geometry: GeoJSON!, $period: String!) {
  areaStats(geometry: $geometry, indicator: "STUNTING", period: $period) {
    areaKm2 coveredAreaKm2 dataShare
    value ciLow ciHigh numerator denominator
    regions { kode share overlapKm2 value }
  }
}`,
    variables: {
      period: '2023',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [107.05, -6.3],
            [107.15, -6.3],
            [107.15, -6.2],
            [107.05, -6.2],
            [107.05, -6.3],
          ],
        ],
      },
    },
  },
  {
    name: 'trend: a series over the years',
    query: `query Trend($kode: ID!) {
  trend(kode: $kode, indicator: "STUNTING") {
    kode absoluteChange relativeChange annualRateOfReduction
    points { period value ciLow ciHigh source }
  }
}`,
    variables: { kode: '32.16' },
  },
  {
    name: 'regionAt: which desa is this point in?',
    query: `query RegionAt($longitude: Float!, $latitude: Float!) {
  regionAt(longitude: $longitude, latitude: $latitude) {
    kode nama
    parent { nama indicator(code: "STUNTING", period: "2024") { value reportingRegions expectedRegions } }
  }
}`,
    variables: { longitude: 107.13, latitude: -6.2 },
  },
];

const tokenHint = `{
  // A bearer token from your identity provider (or \`npm run token -- ANALYST\` locally):
  // "Authorization": "Bearer eyJ…"
}`;

/** The toolbar button: the first list in the answer as a CSV download. */
function CsvButton() {
  const responseEditor = useGraphiQL((state) => state.responseEditor);
  const [note, setNote] = useState('');
  const download = () => {
    let data;
    try {
      data = JSON.parse(responseEditor?.getValue() || '{}').data;
    } catch {
      data = undefined;
    }
    const csv = tableCsv(data);
    if (csv === null) {
      setNote('run an operation whose answer has a list first');
      return;
    }
    setNote('');
    const blob = new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'petagizi.csv';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return h(
    ToolbarButton,
    {
      onClick: download,
      label: note || 'Download the first list in the answer as CSV',
      className: 'petagizi-csv',
    },
    h('span', { 'aria-hidden': true, style: { fontSize: '11px', fontWeight: 700 } }, 'CSV'),
  );
}

function App() {
  const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });
  // GraphiQL 5 opens the first default tab with `initialVariables`, not the tab's own: give it
  // the first example's on a first visit (later visits restore the stored tabs).
  const firstVisit = localStorage.getItem('graphiql:tabs') === null;
  return h(
    GraphiQL,
    {
      fetcher,
      defaultTabs: examples.map((e) => ({
        query: `# ${e.name}\n${e.query}`,
        variables: JSON.stringify(e.variables, null, 2),
      })),
      initialVariables: firstVisit ? JSON.stringify(examples[0].variables, null, 2) : undefined,
      defaultHeaders: tokenHint,
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false,
    },
    h(GraphiQL.Logo, null, h('a', { href: '/map', className: 'petagizi-logo' }, 'petagizi')),
    h(GraphiQL.Toolbar, null, ({ prettify, copy, merge }) =>
      h('div', { style: { display: 'contents' } }, prettify, merge, copy, h(CsvButton)),
    ),
  );
}

createRoot(document.getElementById('graphiql')).render(h(App));
