// petagizi's map page: the choropleth from the vector tiles at the finest level that has figures
// (desa, else kecamatan, else the kabupaten itself, and the page says so), kecamatan outlines,
// desa names from zoom 12, a legend, details of a clicked region that follow the indicator and
// period, one language at a time (Bahasa Indonesia by default, English on request) with its
// number format. MapLibre GL JS comes from this server; labels are drawn with the browser's own
// sans-serif font (MapLibre ≥ 5.11 renders text locally when the style names no glyphs URL).

const palette = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const suppressedColour = '#9aa5b1';
const noDataColour = '#eef0f2';
const labelZoom = 12;
const origin = location.origin;
const state = Object.fromEntries(new URLSearchParams(location.search));
state.lang = state.lang === 'en' ? 'en' : 'id';
// For tests and the curious: the map, readiness, the level drawn and the last error.
window.petagizi = { map: null, ready: false, error: null, level: null, notice: null };

const text = {
  id: {
    locale: 'id-ID',
    title: 'petagizi · peta stunting',
    parent: 'Kabupaten/kota',
    indicator: 'Indikator',
    period: 'Periode',
    hint: 'Klik desa untuk melihat angkanya.',
    mapLabel: 'Peta desa',
    legendLabel: 'Legenda',
    switchTo: 'English',
    switchLang: 'en',
    loading: 'Memuat…',
    suppressed: 'disembunyikan (angka kecil)',
    noData: 'tidak ada data',
    kode: 'kode',
    kecamatan: 'kecamatan',
    kabupaten: 'kabupaten/kota',
    area: 'luas',
    children: 'anak',
    of: 'dari',
    source: 'sumber',
    levels: { DESA: 'desa', KECAMATAN: 'kecamatan', KABUPATEN: 'kabupaten/kota' },
    coarser: (name, level) =>
      `${name} hanya tersedia untuk tingkat ${level}, bukan per desa: peta mewarnai tingkat ${level}.`,
    nothing: (name, period) => `Belum ada angka ${name} untuk periode ${period} di wilayah ini.`,
    noBoundaries: (nama) =>
      `Batas wilayah ${nama} belum diimpor, jadi peta tidak dapat digambar. Angka tetap tersedia lewat GraphQL.`,
  },
  en: {
    locale: 'en-GB',
    title: 'petagizi · stunting map',
    parent: 'Regency/city',
    indicator: 'Indicator',
    period: 'Period',
    hint: 'Click a desa for its figures.',
    mapLabel: 'Map of desa',
    legendLabel: 'Legend',
    switchTo: 'Bahasa Indonesia',
    switchLang: 'id',
    loading: 'Loading…',
    suppressed: 'suppressed (small numbers)',
    noData: 'no data',
    kode: 'kode',
    kecamatan: 'kecamatan',
    kabupaten: 'regency/city',
    area: 'area',
    children: 'children',
    of: 'of',
    source: 'source',
    levels: { DESA: 'desa', KECAMATAN: 'kecamatan', KABUPATEN: 'regency/city' },
    coarser: (name, level) =>
      `${name} has figures at ${level} level only, not per desa: the map colours the ${level}.`,
    nothing: (name, period) => `${name} has no figures for ${period} in this area yet.`,
    noBoundaries: (nama) =>
      `No boundaries have been imported for ${nama}, so there is no map to draw. Its figures are still available through GraphQL.`,
  },
};
const t = text[state.lang];

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

const sourceLayer = { DESA: 'desa', KECAMATAN: 'kecamatan', KABUPATEN: 'kabupaten' };

function tileUrl(layer, withIndicator) {
  const search = new URLSearchParams();
  // The kabupaten layer holds the kabupaten itself, which is not inside itself.
  if (state.parentKode && layer !== 'kabupaten') search.set('parentKode', state.parentKode);
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

function option(select, value, label, selected) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  select.append(o);
}

function formatNumber(value, digits = 1) {
  return value === null || value === undefined
    ? '–'
    : value.toLocaleString(t.locale, { maximumFractionDigits: digits });
}

function notify(message) {
  window.petagizi.notice = message;
  $('message').textContent = message ?? '';
  $('message').hidden = !message;
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t.title;
  for (const element of document.querySelectorAll('[data-t]')) {
    element.textContent = t[element.dataset.t];
  }
  $('map').setAttribute('aria-label', t.mapLabel);
  $('legend').setAttribute('aria-label', t.legendLabel);
  $('language').textContent = t.switchTo;
  $('language').lang = t.switchLang;
}

let indicators = [];
const indicatorName = () => indicators.find((i) => i.code === state.indicator)?.name ?? '';

/**
 * The finest level below the kabupaten with any figure (or suppressed cell) of the indicator and
 * period, with its choropleth; KABUPATEN with the kabupaten's own value when neither has one.
 */
async function chooseLevel() {
  const data = await graphql(
    `query Levels($parentKode: ID!, $indicator: String!, $period: String!) {
      desa: choropleth(level: DESA, parentKode: $parentKode, indicator: $indicator, period: $period) {
        classes { index lower upper upperInclusive count } noDataCount regions { suppressed }
      }
      kecamatan: choropleth(level: KECAMATAN, parentKode: $parentKode, indicator: $indicator, period: $period) {
        classes { index lower upper upperInclusive count } noDataCount regions { suppressed }
      }
      region(kode: $parentKode) {
        nama
        indicator(code: $indicator, period: $period) { value ciLow ciHigh suppressed source }
      }
    }`,
    { parentKode: state.parentKode, indicator: state.indicator, period: state.period },
  );
  const hasFigures = (c) => c.regions.length > 0 && c.noDataCount < c.regions.length;
  if (hasFigures(data.desa)) return { level: 'DESA', choropleth: data.desa, region: data.region };
  if (hasFigures(data.kecamatan)) {
    return { level: 'KECAMATAN', choropleth: data.kecamatan, region: data.region };
  }
  return { level: 'KABUPATEN', choropleth: null, region: data.region };
}

function renderLegend(chosen) {
  const legend = $('legend');
  legend.textContent = '';
  const title = document.createElement('h2');
  title.textContent = `${indicatorName()} ${state.period} (%)`;
  legend.append(title);
  const entry = (colour, label) => {
    const row = document.createElement('div');
    const swatch = document.createElement('i');
    swatch.style.background = colour;
    row.append(swatch, document.createTextNode(label));
    legend.append(row);
  };
  const unit = t.levels[chosen.level];
  if (chosen.choropleth) {
    const c = chosen.choropleth;
    const suppressed = c.regions.filter((r) => r.suppressed).length;
    for (const k of c.classes) {
      const upper = k.upperInclusive ? formatNumber(k.upper) : `< ${formatNumber(k.upper)}`;
      entry(
        palette[k.index] ?? noDataColour,
        `${formatNumber(k.lower)} – ${upper} · ${k.count} ${unit}`,
      );
    }
    entry(suppressedColour, `${t.suppressed} · ${suppressed}`);
    entry(noDataColour, `${t.noData} · ${c.noDataCount - suppressed}`);
    return;
  }
  const v = chosen.region?.indicator;
  if (v?.suppressed) entry(suppressedColour, `${chosen.region.nama}: ${t.suppressed}`);
  else if (v && v.value !== null) {
    entry(palette[2], `${chosen.region.nama}: ${formatNumber(v.value)} %`);
  } else entry(noDataColour, `${chosen.region?.nama ?? ''}: ${t.noData}`);
}

let selectedKode = null;

async function showDetails(kode) {
  const panel = $('details');
  panel.dataset.kode = '';
  panel.textContent = t.loading;
  const asked = `${state.indicator}|${state.period}|${kode}`;
  const data = await graphql(
    `query RegionDetails($kode: ID!, $indicator: String!, $period: String!) {
      region(kode: $kode) {
        kode nama level
        parent { nama level }
        areaKm2
        indicator(code: $indicator, period: $period) {
          value ciLow ciHigh numerator denominator suppressed suppressionReason source
        }
      }
    }`,
    { kode, indicator: state.indicator, period: state.period },
  );
  // A newer click or selection has replaced this one while it loaded.
  if (asked !== `${state.indicator}|${state.period}|${selectedKode}`) return;
  const r = data.region;
  panel.textContent = '';
  const title = document.createElement('h2');
  title.className = 'name';
  title.textContent = r.nama;
  const list = document.createElement('dl');
  const row = (term, value, className) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (className) dd.className = className;
    list.append(dt, dd);
  };
  row(t.kode, r.kode);
  if (r.parent) row(r.parent.level === 'KECAMATAN' ? t.kecamatan : t.kabupaten, r.parent.nama);
  row(t.area, `${formatNumber(r.areaKm2, 2)} km²`);
  const v = r.indicator;
  let value = t.noData;
  if (v?.suppressed) value = `${t.suppressed} (${v.suppressionReason ?? ''})`.replace(' ()', '');
  else if (v && v.value !== null) {
    value =
      v.ciLow === null
        ? `${formatNumber(v.value)} %`
        : `${formatNumber(v.value)} % [${formatNumber(v.ciLow)}–${formatNumber(v.ciHigh)}]`;
  }
  row(`${indicatorName()} ${state.period}`, value, 'value');
  if (v && !v.suppressed && v.denominator !== null) {
    row(t.children, `${v.numerator} ${t.of} ${v.denominator}`);
  }
  if (v?.source) row(t.source, v.source);
  panel.append(title, list);
  panel.dataset.kode = r.kode;
  panel.dataset.indicator = state.indicator;
  panel.dataset.period = state.period;
}

function select(map, layerId, feature) {
  if (selectedKode !== null) {
    for (const source of ['desa', 'kecamatan']) {
      map.removeFeatureState({ source, sourceLayer: source });
    }
  }
  selectedKode = feature.properties.kode;
  if (layerId !== 'kabupaten-fill') {
    const source = layerId.split('-')[0];
    map.setFeatureState({ source, sourceLayer: source, id: feature.id }, { selected: true });
  }
  showDetails(selectedKode).catch(fail);
}

/** Draws the indicator at the level that has it, and says why when that is not desa. */
async function drawIndicator(map) {
  const chosen = await chooseLevel();
  window.petagizi.level = chosen.level;
  for (const [level, layer] of Object.entries(sourceLayer)) {
    const withIndicator = layer !== 'kabupaten' && (level === chosen.level || layer === 'desa');
    map.getSource(layer).setTiles([tileUrl(layer, withIndicator)]);
    map.setLayoutProperty(
      `${layer}-fill`,
      'visibility',
      level === chosen.level ? 'visible' : 'none',
    );
  }
  if (chosen.level === 'KABUPATEN') {
    const v = chosen.region?.indicator;
    const colour = v?.suppressed
      ? suppressedColour
      : v && v.value !== null
        ? palette[2]
        : noDataColour;
    map.setPaintProperty('kabupaten-fill', 'fill-color', colour);
  }
  const levelName = t.levels[chosen.level];
  const nothing =
    chosen.level === 'KABUPATEN' &&
    !chosen.region?.indicator?.suppressed &&
    (chosen.region?.indicator?.value ?? null) === null;
  if (nothing) notify(t.nothing(indicatorName(), state.period));
  else if (chosen.level !== 'DESA') notify(t.coarser(indicatorName(), levelName));
  else notify(null);
  renderLegend(chosen);
  history.replaceState(null, '', `?${new URLSearchParams(state)}`);
  if (selectedKode !== null) await showDetails(selectedKode);
}

async function start() {
  applyLanguage();
  $('language').addEventListener('click', () => {
    state.lang = t.switchLang;
    location.search = `?${new URLSearchParams(state)}`;
  });
  const data = await graphql(`{
    indicators { code name unit periods }
    regions(level: KABUPATEN, first: 100) { nodes { kode nama } }
  }`);
  const kabupaten = data.regions.nodes;
  state.parentKode ??= kabupaten[0]?.kode;
  for (const k of kabupaten) {
    option($('parent'), k.kode, `${k.nama} (${k.kode})`, k.kode === state.parentKode);
  }
  indicators = data.indicators;
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
  $('parent').addEventListener('change', () => {
    state.parentKode = $('parent').value;
    location.search = `?${new URLSearchParams(state)}`;
  });

  const tileJson = await (
    await fetch(`/tiles/desa.json?parentKode=${encodeURIComponent(state.parentKode)}`)
  ).json();
  // TileJSON gives the whole world as bounds when the kabupaten has no boundaries.
  const [west, south, east, north] = tileJson.bounds;
  if (west <= -180 && east >= 180 && south <= -85 && north >= 85) {
    const nama = kabupaten.find((k) => k.kode === state.parentKode)?.nama ?? state.parentKode;
    notify(t.noBoundaries(nama));
    $('legend').hidden = true;
    $('details').hidden = true;
    window.petagizi.level = null;
    window.petagizi.ready = true;
    return;
  }

  const vector = (layer) => ({
    type: 'vector',
    tiles: [tileUrl(layer, layer === 'desa')],
    minzoom: 0,
    maxzoom: 16,
    attribution: 'petagizi',
  });
  const fill = (layer) => ({
    id: `${layer}-fill`,
    type: 'fill',
    source: layer,
    'source-layer': layer,
    layout: { visibility: layer === 'desa' ? 'visible' : 'none' },
    paint: { 'fill-color': fillColour(), 'fill-opacity': 0.9 },
  });
  const map = new maplibregl.Map({
    container: 'map',
    bounds: tileJson.bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: { compact: true },
    style: {
      version: 8,
      sources: {
        desa: vector('desa'),
        kecamatan: vector('kecamatan'),
        kabupaten: vector('kabupaten'),
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#dde3ea' } },
        {
          ...fill('kabupaten'),
          filter: ['==', ['get', 'kode'], state.parentKode],
          // Coloured from the kabupaten's own figure (drawIndicator), not from tile classes.
          paint: { 'fill-color': noDataColour, 'fill-opacity': 0.9 },
        },
        fill('kecamatan'),
        fill('desa'),
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
        ...['desa', 'kecamatan'].map((layer) => ({
          id: `${layer}-selected`,
          type: 'line',
          source: layer,
          'source-layer': layer,
          paint: {
            'line-color': '#0b69a3',
            'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
          },
        })),
        {
          id: 'desa-label',
          type: 'symbol',
          source: 'desa',
          'source-layer': 'desa',
          minzoom: labelZoom,
          layout: {
            'text-field': ['get', 'nama'],
            'text-font': ['sans-serif'],
            'text-size': 12,
            'text-max-width': 8,
            'text-padding': 4,
          },
          paint: {
            'text-color': '#1f2933',
            'text-halo-color': 'rgba(255, 255, 255, 0.9)',
            'text-halo-width': 1.5,
          },
        },
      ],
    },
  });
  window.petagizi.map = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  for (const layerId of ['desa-fill', 'kecamatan-fill', 'kabupaten-fill']) {
    map.on('click', layerId, (event) => {
      const feature = event.features?.[0];
      if (feature) select(map, layerId, feature);
    });
    map.on('mouseenter', layerId, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layerId, () => {
      map.getCanvas().style.cursor = '';
    });
  }
  map.on('error', (event) => fail(event.error ?? event));
  await new Promise((resolve) => map.once('load', resolve));
  await drawIndicator(map);
  map.once('idle', () => {
    window.petagizi.ready = true;
  });

  $('period').addEventListener('change', () => {
    state.period = $('period').value;
    drawIndicator(map).catch(fail);
  });
  $('indicator').addEventListener('change', () => {
    state.indicator = $('indicator').value;
    fillPeriods();
    drawIndicator(map).catch(fail);
  });
}

function fail(error) {
  window.petagizi.error = String(error?.message ?? error);
  notify(window.petagizi.error);
}

start().catch(fail);
