// The map style: our own boundaries as the only basemap, the regions choropleth, region-level
// events as hatched regions, and events (clusters, then points coloured by type).

import { EVENT_TYPES } from './api.js';

export const ATTRIBUTION = 'Natural Earth; GeoNames (CC BY 4.0)';

/** Okabe-Ito colours: told apart with every common form of colour blindness. */
export const TYPE_COLOURS = {
  battles: '#D55E00',
  explosions_remote_violence: '#0072B2',
  violence_against_civilians: '#CC79A7',
  protests: '#009E73',
  riots: '#E69F00',
  strategic_developments: '#56B4E9',
};

export const TYPE_LABELS = {
  battles: 'Battles',
  explosions_remote_violence: 'Explosions / remote violence',
  violence_against_civilians: 'Violence against civilians',
  protests: 'Protests',
  riots: 'Riots',
  strategic_developments: 'Strategic developments',
};

/** Choropleth classes (events per region under the filters), light to dark, single hue. */
export const CHOROPLETH = [
  [1, '#efedf5'],
  [10, '#dadaeb'],
  [50, '#bcbddc'],
  [200, '#9e9ac8'],
  [1000, '#807dba'],
];
// No land polygons: the page is land-coloured and coasts are the country outlines. Regions
// without events are not filled, which spares the browser most of the polygon work.
const LAND = '#fbfaf7';

/** Layer ids of event points and clusters, per events source. */
export const EVENT_SOURCES = {
  tiles: { points: 'event-points', clusters: 'event-clusters' },
  text: { points: 'text-event-points', clusters: 'text-event-clusters' },
};
export const REGION_LEVEL_FILL = 'region-level-hatch';

const typeColour = [
  'match',
  ['get', 'type'],
  ...EVENT_TYPES.flatMap((t) => [t, TYPE_COLOURS[t]]),
  '#555555',
];
const isCluster = ['==', ['get', 'cluster'], true];
const atLocality = ['==', ['get', 'geoPrecision'], 1];

/** The style, with tile URL templates for the three layers. */
export function style(tiles) {
  const source = (url, maxzoom) => ({
    type: 'vector',
    tiles: [url],
    minzoom: 0,
    maxzoom,
    attribution: ATTRIBUTION,
  });
  return {
    version: 8,
    sources: {
      boundaries: source(tiles.boundaries, 12),
      regions: source(tiles.regions, 12),
      events: source(tiles.events, 16),
    },
    layers: [
      { id: 'land', type: 'background', paint: { 'background-color': LAND } },
      {
        id: 'regions-fill',
        type: 'fill',
        source: 'regions',
        'source-layer': 'regions',
        filter: ['>', ['coalesce', ['get', 'eventCount'], 0], 0],
        paint: {
          'fill-color': ['step', ['get', 'eventCount'], LAND, ...CHOROPLETH.flat()],
        },
      },
      {
        id: REGION_LEVEL_FILL,
        type: 'fill',
        source: 'regions',
        'source-layer': 'regions',
        filter: ['in', ['get', 'code'], ['literal', []]],
        // Fainter when zoomed in, where the region fills the screen behind exact events.
        paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 6, 1, 9, 0.35] },
      },
      {
        id: 'region-level-outline',
        type: 'line',
        source: 'regions',
        'source-layer': 'regions',
        filter: ['in', ['get', 'code'], ['literal', []]],
        paint: { 'line-color': '#3b2f63', 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      {
        id: 'admin1-lines',
        type: 'line',
        source: 'boundaries',
        'source-layer': 'boundaries',
        minzoom: 3,
        filter: ['==', ['get', 'kind'], 'admin1'],
        paint: { 'line-color': '#a9a39a', 'line-width': 0.6 },
      },
      {
        id: 'country-lines',
        type: 'line',
        source: 'boundaries',
        'source-layer': 'boundaries',
        filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'line-color': '#5f5a52', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 8, 1.6] },
      },
      ...eventLayers('events', 'events', EVENT_SOURCES.tiles, ['get', 'count']),
    ],
  };
}

/**
 * The source and layers for events found by text (tiles cannot search text), added when first
 * needed: GeoJSON from the items endpoint at `data`, clustered in the browser.
 */
export function textEvents(data) {
  return {
    source: { type: 'geojson', data, cluster: true, clusterMaxZoom: 7, clusterRadius: 40 },
    layers: eventLayers('text-events', undefined, EVENT_SOURCES.text, ['get', 'point_count']),
  };
}

function eventLayers(source, sourceLayer, ids, count, visibility = 'visible') {
  const on = (layer) => ({
    ...layer,
    source,
    ...(sourceLayer ? { 'source-layer': sourceLayer } : {}),
    layout: { visibility },
  });
  return [
    on({
      id: ids.clusters,
      type: 'circle',
      filter: isCluster,
      paint: {
        'circle-color': '#3d3d3d',
        'circle-opacity': 0.55,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', count], 1, 4, 10, 14, 60, 34],
      },
    }),
    // Near a locality (precision 2): a ring, as wide as the doubt.
    on({
      id: `${ids.points}-near`,
      type: 'circle',
      filter: ['all', ['!', isCluster], ['==', ['get', 'geoPrecision'], 2]],
      paint: {
        'circle-color': typeColour,
        'circle-opacity': 0.18,
        'circle-stroke-color': typeColour,
        'circle-stroke-width': 2,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 7, 12, 16],
      },
    }),
    // The named locality (precision 1): a solid dot. Region-level events get no dot at all.
    on({
      id: ids.points,
      type: 'circle',
      filter: ['all', ['!', isCluster], atLocality],
      paint: {
        'circle-color': typeColour,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3.5, 12, 6],
      },
    }),
  ];
}

/** Layers a click may hit, per events source, nearest first. */
export function clickableEventLayers(mode) {
  const ids = EVENT_SOURCES[mode];
  return [ids.points, `${ids.points}-near`, ids.clusters];
}

/** Every layer of an events source (to show or hide the source). */
export function eventLayerIds(mode) {
  const ids = EVENT_SOURCES[mode];
  return [ids.clusters, `${ids.points}-near`, ids.points];
}

/** An 8x8 diagonal hatching as RGBA pixels, for `map.addImage('hatch', …)`. */
export function hatchImage() {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0;
      const i = (y * size + x) * 4;
      data.set(on ? [40, 30, 80, 230] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}
