// petagizi's minimal offline GraphQL explorer: no build step, no network beyond this server.

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

const $ = (id) => document.getElementById(id);
const endpoint = location.pathname;
let lastResult = null;

function typeName(type) {
  if (type.kind === 'NON_NULL') return `${typeName(type.ofType)}!`;
  if (type.kind === 'LIST') return `[${typeName(type.ofType)}]`;
  return type.name;
}

async function post(query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const token = $('token').value.trim();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

async function run() {
  let variables = {};
  try {
    variables = JSON.parse($('variables').value || '{}');
  } catch (error) {
    $('result').textContent = `Variables are not valid JSON: ${error.message}`;
    return;
  }
  $('status').textContent = 'running…';
  const started = performance.now();
  try {
    const { status, body } = await post($('query').value, variables);
    lastResult = body;
    $('result').textContent = JSON.stringify(body, null, 2);
    $('status').textContent = `HTTP ${status} · ${Math.round(performance.now() - started)} ms`;
  } catch (error) {
    $('status').textContent = 'failed';
    $('result').textContent = String(error);
  }
}

function load(example) {
  $('query').value = example.query;
  $('variables').value = JSON.stringify(example.variables, null, 2);
}

// The first array of objects in the answer, flattened (a.b.c columns), as RFC 4180 CSV.
function firstTable(value) {
  if (Array.isArray(value) && value.some((v) => v && typeof v === 'object')) return value;
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) {
      const found = firstTable(child);
      if (found) return found;
    }
  }
  return null;
}

function flatten(row, prefix, out) {
  for (const [key, value] of Object.entries(row ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, name, out);
    else out[name] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return out;
}

function csvField(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function downloadCsv() {
  const table = firstTable(lastResult?.data);
  if (!table) {
    $('status').textContent = 'no list in the last answer';
    return;
  }
  const rows = table.map((row) => flatten(row, '', {}));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  const blob = new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'petagizi.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}

async function loadFields() {
  const introspection = `{ __schema { queryType { fields {
    name description
    args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
    type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
  } } } }`;
  const list = $('fields');
  try {
    const { body } = await post(introspection, {});
    const fields = body.data.__schema.queryType.fields.filter((f) => !f.name.startsWith('_'));
    list.textContent = '';
    for (const field of fields) {
      const item = document.createElement('li');
      const args = field.args.map((a) => `${a.name}: ${typeName(a.type)}`).join(', ');
      const code = document.createElement('code');
      code.textContent = `${field.name}${args ? `(${args})` : ''}: ${typeName(field.type)}`;
      const note = document.createElement('small');
      note.textContent = field.description ?? '';
      item.append(code, note);
      item.title = 'Click to start an operation with this field';
      item.addEventListener('click', () => {
        const required = field.args.filter((a) => a.type.kind === 'NON_NULL');
        const vars = required.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
        const pass = required.map((a) => `${a.name}: $${a.name}`).join(', ');
        $('query').value =
          `query${vars ? `(${vars})` : ''} {\n  ${field.name}${pass ? `(${pass})` : ''} {\n    __typename\n  }\n}`;
        $('variables').value = JSON.stringify(
          Object.fromEntries(required.map((a) => [a.name, null])),
          null,
          2,
        );
      });
      list.append(item);
    }
  } catch (error) {
    list.textContent = `schema not available: ${error}`;
  }
}

function init() {
  const select = $('examples');
  examples.forEach((example, i) => {
    const option = document.createElement('option');
    option.value = String(i);
    option.textContent = example.name;
    select.append(option);
  });
  select.addEventListener('change', () => {
    const example = examples[Number(select.value)];
    if (example) load(example);
  });
  $('token').value = sessionStorage.getItem('petagizi.token') ?? '';
  $('token').addEventListener('change', () =>
    sessionStorage.setItem('petagizi.token', $('token').value.trim()),
  );
  $('run').addEventListener('click', run);
  $('csv').addEventListener('click', downloadCsv);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  const params = new URLSearchParams(location.search);
  if (params.get('query')) {
    $('query').value = params.get('query');
    $('variables').value = params.get('variables') ?? '{}';
  } else {
    load(examples[0]);
  }
  loadFields();
}

init();
