// The demo map: wires the map, filters, timeline, details and report panels to one state,
// mirrored in the URL hash. Exposes window.conflictmap for tests.

import { EVENT_TYPES, countEvents, filterParams, getJson, url } from './api.js';
import { Details } from './details.js';
import {
  CHOROPLETH,
  REGION_LEVEL_FILL,
  TYPE_COLOURS,
  TYPE_LABELS,
  clickableEventLayers,
  eventLayerIds,
  hatchImage,
  style,
  textEvents,
} from './layers.js';
import { ReportForm } from './report.js';
import { fromHash, toHash } from './state.js';
import { el } from './text.js';
import { Timeline } from './timeline.js';

const maplibregl = window.maplibregl;
const $ = (sel) => document.querySelector(sel);
const state = fromHash(window.location.hash);
/** Bumped after a report is stored, so tiles cached by the browser are asked for again. */
let revision = 0;
let writtenHash = '';

const tileUrl = (layer, params) => {
  const p = new URLSearchParams(params || {});
  if (revision) p.set('rev', String(revision));
  const q = p.toString();
  // Written out by hand: URL() would escape the {z}/{x}/{y} placeholders.
  return `${window.location.origin}/tiles/${layer}/{z}/{x}/{y}.mvt${q ? '?' + q : ''}`;
};
const tileUrls = () => {
  const p = filterParams(state, { withText: false });
  return { boundaries: tileUrl('boundaries'), regions: tileUrl('regions', p), events: tileUrl('events', p) };
};

maplibregl.setWorkerUrl(new URL('vendor/maplibre-gl-worker.js', window.location.href).href);
const map = new maplibregl.Map({
  container: 'map',
  style: style(tileUrls()),
  center: [state.view.lon, state.view.lat],
  zoom: state.view.zoom,
  maxZoom: 16,
  attributionControl: { compact: false },
  dragRotate: false,
  pitchWithRotate: false,
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
map.addControl(new maplibregl.ScaleControl(), 'bottom-right');
map.touchZoomRotate.disableRotation();
map.on('error', (e) => console.error(`map: ${e.error ? e.error.message : e.type}`));
map.on('styleimagemissing', (e) => {
  if (e.id === 'hatch') map.addImage('hatch', hatchImage());
});

const details = new Details($('#details'));
const timeline = new Timeline($('#timeline'), (from, to) => {
  state.from = from;
  state.to = to;
  changed({ timeline: false });
});

// --- filters -------------------------------------------------------------------------------

function buildLegendAndTypes() {
  const types = $('#types');
  for (const t of EVENT_TYPES) {
    const box = el('input', { type: 'checkbox', name: 'type', value: t, checked: state.types.has(t), id: `type-${t}` });
    box.addEventListener('change', () => {
      box.checked ? state.types.add(t) : state.types.delete(t);
      changed();
    });
    const swatch = el('span', { className: 'swatch', ariaHidden: 'true' });
    swatch.style.background = TYPE_COLOURS[t];
    types.append(el('div', { className: 'check' }, box, el('label', { htmlFor: box.id }, swatch, ` ${TYPE_LABELS[t]}`)));
  }
  const ramp = $('#choropleth-ramp');
  CHOROPLETH.forEach(([from], i) => {
    const next = CHOROPLETH[i + 1];
    const swatch = el('span', { className: 'swatch', ariaHidden: 'true' });
    swatch.style.background = CHOROPLETH[i][1];
    ramp.append(el('li', {}, swatch, ` ${from.toLocaleString('en')}${next ? '–' + (next[0] - 1).toLocaleString('en') : '+'}`));
  });
}

async function buildCountries() {
  const select = $('#country');
  const { body } = await getJson(url('/stats/regions'));
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = [...new Set(body.regions.map((r) => r.admin1.slice(0, 2)))];
  const label = (c) => {
    try {
      return names.of(c);
    } catch {
      return c;
    }
  };
  codes.sort((a, b) => label(a).localeCompare(label(b)));
  for (const c of codes) select.append(el('option', { value: c, textContent: `${label(c)} (${c})` }));
  select.value = state.country;
  select.addEventListener('change', () => {
    state.country = select.value;
    changed();
  });
}

function wireRegionSearch() {
  const input = $('#region-search');
  const list = $('#region-results');
  const chip = $('#region-chip');
  const showChip = () => {
    chip.hidden = !state.region;
    chip.querySelector('span').textContent = state.region ? `${state.regionName} (${state.region})` : '';
  };
  chip.querySelector('button').addEventListener('click', () => {
    state.region = '';
    state.regionName = '';
    showChip();
    changed();
    input.focus();
  });
  let pending = 0;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    const q = input.value.trim();
    if (q.length < 2) {
      list.replaceChildren();
      return;
    }
    pending = setTimeout(async () => {
      const { body } = await getJson(url('/geocode', { q, kind: 'admin1', limit: '8' }));
      list.replaceChildren(
        ...body.features.map((f) => {
          const p = f.properties;
          const b = el('button', { type: 'button', textContent: `${p.name} (${p.admin1})` });
          b.addEventListener('click', () => {
            state.region = p.admin1;
            state.regionName = p.name;
            input.value = '';
            list.replaceChildren();
            showChip();
            map.easeTo({ center: f.geometry.coordinates, zoom: Math.max(map.getZoom(), 6) });
            changed();
          });
          return el('li', {}, b);
        }),
      );
      if (!body.features.length) list.append(el('li', { textContent: 'No region of that name' }));
    }, 250);
  });
  showChip();
}

function wireText() {
  const input = $('#q');
  input.value = state.q;
  $('#q-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.q = input.value.trim();
    changed();
  });
  input.addEventListener('search', () => {
    state.q = input.value.trim();
    changed();
  });
  const interval = $('#interval');
  interval.value = state.interval;
  interval.addEventListener('change', () => {
    state.interval = interval.value;
    changed();
  });
}

// --- applying the filters ------------------------------------------------------------------

let refreshTimer = 0;
/** Changes not yet applied, and applications not yet finished. */
let busy = 0;
/** Something in `state` changed: the layers, count, links and hash follow (debounced). */
function changed({ timeline: withTimeline = true } = {}) {
  if (!refreshTimer) busy++;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    refreshTimer = 0;
    apply({ withTimeline })
      .catch((e) => ($('#count-error').textContent = `Could not update: ${e.message}`))
      .finally(() => busy--);
  }, 120);
}

let applied = 0;
async function apply({ withTimeline = true } = {}) {
  const run = ++applied;
  busy++;
  try {
    await applyNow(run, withTimeline);
  } finally {
    busy--;
  }
}

async function applyNow(run, withTimeline) {
  const urls = tileUrls();
  for (const layer of ['regions', 'events']) {
    const source = map.getSource(layer);
    if (source.tiles[0] !== urls[layer]) source.setTiles([urls[layer]]);
  }
  // Tiles cannot search text: with `q`, events come from the items endpoint instead.
  const textMode = !!state.q;
  if (textMode) {
    const p = filterParams(state);
    p.set('limit', '10000');
    const data = url('/collections/events/items', p);
    if (map.getSource('text-events')) {
      map.getSource('text-events').setData(data);
    } else {
      const { source, layers } = textEvents(data);
      map.addSource('text-events', source);
      layers.forEach((l) => map.addLayer(l));
      pointerOver(clickableEventLayers('text'));
    }
  }
  for (const id of eventLayerIds('tiles')) map.setLayoutProperty(id, 'visibility', textMode ? 'none' : 'visible');
  if (map.getSource('text-events')) {
    for (const id of eventLayerIds('text')) map.setLayoutProperty(id, 'visibility', textMode ? 'visible' : 'none');
  }
  updateLinks();
  writeHash();
  const jobs = [updateCount(run), updateRegionLevel(run)];
  if (withTimeline) jobs.push(timeline.refresh(state));
  await Promise.all(jobs);
}

async function updateCount(run) {
  const out = $('#count');
  try {
    const n = await countEvents(state);
    if (run !== applied) return;
    out.textContent = n.toLocaleString('en');
    out.dataset.count = String(n);
    $('#count-error').textContent = '';
  } catch (e) {
    $('#count-error').textContent = e.message;
  }
}

/** Hatches the regions that hold region-level events under the filters. */
async function updateRegionLevel(run) {
  const p = filterParams(state);
  p.set('geoPrecision', '3');
  const { body } = await getJson(url('/stats/regions', p));
  if (run !== applied) return;
  const codes = body.regions.filter((r) => r.eventCount > 0).map((r) => r.admin1);
  const filter = ['in', ['get', 'code'], ['literal', codes]];
  map.setFilter(REGION_LEVEL_FILL, filter);
  map.setFilter('region-level-outline', filter);
}

function updateLinks() {
  const p = filterParams(state);
  for (const [id, ext] of [['#dl-csv', 'csv'], ['#dl-geojson', 'geojson'], ['#dl-gpkg', 'gpkg']]) {
    $(id).href = url(`/exports/events.${ext}`, p);
  }
}

function writeHash() {
  const c = map.getCenter();
  state.view = { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  writtenHash = toHash(state);
  if (window.location.hash !== writtenHash) history.replaceState(null, '', writtenHash);
}

window.addEventListener('hashchange', () => {
  if (window.location.hash === writtenHash) return;
  // Someone edited or pasted a permalink: start over from it.
  window.location.reload();
});

// --- clicks --------------------------------------------------------------------------------

/** A pointer cursor over the features of layers `ids`. */
function pointerOver(ids) {
  for (const id of ids) {
    map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
  }
}

function wireClicks() {
  pointerOver([...clickableEventLayers('tiles'), REGION_LEVEL_FILL]);
  map.on('click', (e) => {
    const mode = state.q ? 'text' : 'tiles';
    const [hit] = map.queryRenderedFeatures(e.point, { layers: clickableEventLayers(mode) });
    if (hit) {
      const p = hit.properties;
      if (p.cluster) {
        map.easeTo({ center: hit.geometry.coordinates, zoom: Math.min(map.getZoom() + 2, 16) });
        return;
      }
      details.showEvent(hit.id ?? p.id);
      return;
    }
    const [region] = map.queryRenderedFeatures(e.point, { layers: [REGION_LEVEL_FILL] });
    if (region) {
      details.showRegion(region.properties.code, region.properties.name, state, (id) => details.showEvent(id));
    }
  });
  // The keyboard's way to the events drawn on the canvas.
  $('#in-view').addEventListener('click', () => {
    const b = map.getBounds();
    const lon = (v) => Math.min(180, Math.max(-180, v));
    const lat = (v) => Math.min(90, Math.max(-90, v));
    const bbox = [lon(b.getWest()), lat(b.getSouth()), lon(b.getEast()), lat(b.getNorth())];
    details.showInView(bbox, state, (id) => details.showEvent(id));
  });
}

// --- adding a report -----------------------------------------------------------------------

function wireReport() {
  const panel = $('#report-panel');
  const toggle = $('#report-toggle');
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) panel.querySelector('textarea').focus();
  });
  panel.querySelector('.close').addEventListener('click', () => {
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  new ReportForm(
    $('#report-form'),
    $('#report-result'),
    async () => {
      revision = Date.now();
      await loadDomain();
      await apply();
    },
    (e) => {
      if (e.place) map.easeTo({ center: [e.place.lon, e.place.lat], zoom: Math.max(map.getZoom(), 8) });
      details.showEvent(e.id);
    },
  );
}

// Escape closes the panel that holds the focus (or the last one opened).
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  const panel = document.activeElement && document.activeElement.closest('.panel:not([hidden])');
  const open = panel || [...document.querySelectorAll('.panel:not([hidden])')].pop();
  if (open) open.querySelector('.close').click();
});

// --- start ---------------------------------------------------------------------------------

async function loadDomain() {
  const { body } = await getJson(url('/stats/timeseries', { interval: 'day' }));
  const b = body.buckets;
  const today = new Date().toISOString().slice(0, 10);
  timeline.setDomain(b.length ? b[0].start : today, b.length ? b[b.length - 1].start : today);
}

/** Resolves once every change is applied and the map has drawn it (for tests and scripts). */
async function settled() {
  const pause = () => new Promise((r) => setTimeout(r, 50));
  while (busy > 0 || !window.conflictmap.ready) await pause();
  await pause(); // let a new tile URL start its requests
  if (!map.loaded() || !map.areTilesLoaded() || map.isMoving()) {
    await new Promise((r) => map.once('idle', r));
  }
}

window.conflictmap = { map, state, firstIdleMs: null, ready: false, settled };
map.once('idle', () => {
  // Milliseconds from navigation start to the first fully rendered map.
  window.conflictmap.firstIdleMs = performance.now();
});
map.on('moveend', writeHash);

buildLegendAndTypes();
wireRegionSearch();
wireText();
wireReport();
map.on('load', async () => {
  wireClicks();
  try {
    await Promise.all([loadDomain(), buildCountries()]);
    await apply();
  } finally {
    window.conflictmap.ready = true;
  }
});
