// petagizi's map page: desa choropleth from the vector tiles, kecamatan outlines, a legend, a
// period selector, and desa details through GraphQL. MapLibre GL JS comes from this server.

const palette = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const suppressedColour = '#9aa5b1';
const noDataColour = '#eef0f2';
const origin = location.origin;
const state = Object.fromEntries(new URLSearchParams(location.search));
// For tests and the curious: the map, readiness, and the last error.
window.petagizi = { map: null, ready: false, error: null };

const $ = (id) => document.getElementById(id);

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

function tileUrl(layer, withIndicator) {
  const search = new URLSearchParams();
  if (state.parentKode) search.set('parentKode', state.parentKode);
  if (withIndicator) {
    search.set('indicator', state.indicator);
    search.set('period', state.period);
  }
  return `${origin}/tiles/${layer}/{z}/{x}/{y}.mvt?${search}`;
}

function fillColour() {
  const classes = palette.flatMap((colour, i) => [i, colour]);
  return [
    'case',
    ['==', ['get', 'suppressed'], true],
    suppressedColour,
    ['has', 'class'],
    ['match', ['get', 'class'], ...classes, noDataColour],
    noDataColour,
  ];
}

function option(select, value, text, selected) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  select.append(o);
}

function formatNumber(value, digits = 1) {
  return value === null || value === undefined
    ? '–'
    : value.toLocaleString('id-ID', { maximumFractionDigits: digits });
}

async function updateLegend() {
  const legend = $('legend');
  const data = await graphql(
    `query Legend($parentKode: ID!, $indicator: String!, $period: String!) {
      choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {
        classes { index lower upper upperInclusive count }
        noDataCount
        regions { suppressed }
      }
    }`,
    { parentKode: state.parentKode, indicator: state.indicator, period: state.period },
  );
  const c = data.choropleth;
  const suppressed = c.regions.filter((r) => r.suppressed).length;
  legend.textContent = '';
  const title = document.createElement('h2');
  title.textContent = `${state.indicator} ${state.period} (%)`;
  legend.append(title);
  const entry = (colour, text) => {
    const row = document.createElement('div');
    const swatch = document.createElement('i');
    swatch.style.background = colour;
    row.append(swatch, document.createTextNode(text));
    legend.append(row);
  };
  for (const k of c.classes) {
    const upper = k.upperInclusive ? formatNumber(k.upper) : `< ${formatNumber(k.upper)}`;
    entry(
      palette[k.index] ?? noDataColour,
      `${formatNumber(k.lower)} – ${upper} · ${k.count} desa`,
    );
  }
  entry(suppressedColour, `suppressed (small numbers) · ${suppressed}`);
  entry(noDataColour, `no data · ${c.noDataCount - suppressed}`);
}

async function showDetails(kode) {
  const panel = $('details');
  panel.dataset.kode = '';
  panel.textContent = 'Loading…';
  const data = await graphql(
    `query DesaDetails($kode: ID!, $indicator: String!, $period: String!) {
      region(kode: $kode) {
        kode nama
        parent { nama }
        areaKm2
        indicator(code: $indicator, period: $period) {
          value ciLow ciHigh numerator denominator suppressed suppressionReason source
        }
      }
    }`,
    { kode, indicator: state.indicator, period: state.period },
  );
  const r = data.region;
  panel.textContent = '';
  const title = document.createElement('h2');
  title.className = 'name';
  title.textContent = r.nama;
  const list = document.createElement('dl');
  const row = (term, text, className) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = text;
    if (className) dd.className = className;
    list.append(dt, dd);
  };
  row('kode', r.kode);
  row('kecamatan', r.parent?.nama ?? '–');
  row('area', `${formatNumber(r.areaKm2, 2)} km²`);
  const v = r.indicator;
  let value = 'no data';
  if (v?.suppressed) value = `suppressed (${v.suppressionReason ?? 'small numbers'})`;
  else if (v && v.value !== null) {
    value = `${formatNumber(v.value)} % [${formatNumber(v.ciLow)}–${formatNumber(v.ciHigh)}]`;
  }
  row(`${state.indicator} ${state.period}`, value, 'value');
  if (v && !v.suppressed && v.denominator !== null) {
    row('children', `${v.numerator} of ${v.denominator}`);
  }
  if (v?.source) row('source', v.source);
  panel.append(title, list);
  panel.dataset.kode = r.kode;
}

function setDataTiles(map) {
  map.getSource('desa').setTiles([tileUrl('desa', true)]);
  history.replaceState(null, '', `?${new URLSearchParams(state)}`);
}

async function start() {
  const data = await graphql(`{
    indicators { code name unit periods }
    regions(level: KABUPATEN, first: 100) { nodes { kode nama } }
  }`);
  const kabupaten = data.regions.nodes;
  state.parentKode ??= kabupaten[0]?.kode;
  for (const k of kabupaten)
    option($('parent'), k.kode, `${k.nama} (${k.kode})`, k.kode === state.parentKode);
  const indicators = data.indicators;
  state.indicator ??= indicators.find((i) => i.code === 'STUNTING')
    ? 'STUNTING'
    : indicators[0]?.code;
  for (const i of indicators) option($('indicator'), i.code, i.name, i.code === state.indicator);
  const fillPeriods = () => {
    const periods = indicators.find((i) => i.code === state.indicator)?.periods ?? [];
    if (!periods.includes(state.period))
      state.period = periods.find((p) => p.length === 4) ?? periods[0];
    $('period').textContent = '';
    for (const p of periods) option($('period'), p, p, p === state.period);
  };
  fillPeriods();

  const tileJson = await (
    await fetch(`/tiles/desa.json?parentKode=${encodeURIComponent(state.parentKode)}`)
  ).json();
  const map = new maplibregl.Map({
    container: 'map',
    bounds: tileJson.bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: { compact: true },
    style: {
      version: 8,
      sources: {
        desa: {
          type: 'vector',
          tiles: [tileUrl('desa', true)],
          minzoom: 0,
          maxzoom: 16,
          attribution: 'petagizi',
        },
        kecamatan: {
          type: 'vector',
          tiles: [tileUrl('kecamatan', false)],
          minzoom: 0,
          maxzoom: 16,
        },
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#dde3ea' } },
        {
          id: 'desa-fill',
          type: 'fill',
          source: 'desa',
          'source-layer': 'desa',
          paint: { 'fill-color': fillColour(), 'fill-opacity': 0.9 },
        },
        {
          id: 'desa-line',
          type: 'line',
          source: 'desa',
          'source-layer': 'desa',
          paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
        },
        {
          id: 'kecamatan-line',
          type: 'line',
          source: 'kecamatan',
          'source-layer': 'kecamatan',
          paint: { 'line-color': '#243b53', 'line-width': 1.8 },
        },
        {
          id: 'desa-selected',
          type: 'line',
          source: 'desa',
          'source-layer': 'desa',
          paint: {
            'line-color': '#0b69a3',
            'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
          },
        },
      ],
    },
  });
  window.petagizi.map = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  let selected = null;
  map.on('click', 'desa-fill', (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    if (selected !== null)
      map.setFeatureState(
        { source: 'desa', sourceLayer: 'desa', id: selected },
        { selected: false },
      );
    selected = feature.id;
    map.setFeatureState({ source: 'desa', sourceLayer: 'desa', id: selected }, { selected: true });
    showDetails(feature.properties.kode).catch(fail);
  });
  map.on('mouseenter', 'desa-fill', () => {
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', 'desa-fill', () => {
    map.getCanvas().style.cursor = '';
  });
  map.on('error', (event) => fail(event.error ?? event));
  map.once('idle', () => {
    window.petagizi.ready = true;
  });

  $('period').addEventListener('change', () => {
    state.period = $('period').value;
    setDataTiles(map);
    updateLegend().catch(fail);
  });
  $('indicator').addEventListener('change', () => {
    state.indicator = $('indicator').value;
    fillPeriods();
    setDataTiles(map);
    updateLegend().catch(fail);
  });
  $('parent').addEventListener('change', () => {
    state.parentKode = $('parent').value;
    history.replaceState(null, '', `?${new URLSearchParams(state)}`);
    location.reload();
  });
  await updateLegend();
}

function fail(error) {
  window.petagizi.error = String(error?.message ?? error);
  $('message').textContent = window.petagizi.error;
}

start().catch(fail);
