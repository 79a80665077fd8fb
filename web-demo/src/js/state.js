// The page's state (view and filters) and its permalink in the URL hash:
// #map=zoom/lat/lon&from=YYYY-MM-DD&to=YYYY-MM-DD&type=a,b&country=UA&region=UA-14&q=words

import { EVENT_TYPES } from './api.js';

export const DEFAULT_VIEW = { zoom: 4.6, lat: 48.6, lon: 34.0 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A fresh state: the default view, every type, no other filter. */
export function initialState() {
  return {
    view: { ...DEFAULT_VIEW },
    from: null,
    to: null,
    types: new Set(EVENT_TYPES),
    country: '',
    region: '',
    regionName: '',
    q: '',
    interval: 'week',
  };
}

/** Reads a hash such as `#map=5/48.5/35&type=battles` into a state; unknown or bad parts are ignored. */
export function fromHash(hash) {
  const s = initialState();
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = (p.get('map') || '').split('/').map(Number);
  if (view.length === 3 && view.every(Number.isFinite)) {
    const [zoom, lat, lon] = view;
    if (zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) {
      s.view = { zoom, lat, lon };
    }
  }
  if (DATE.test(p.get('from') || '')) s.from = p.get('from');
  if (DATE.test(p.get('to') || '')) s.to = p.get('to');
  if (p.has('type')) {
    s.types = new Set(p.get('type').split(',').filter((t) => EVENT_TYPES.includes(t)));
  }
  if (/^[A-Z]{2}$/.test(p.get('country') || '')) s.country = p.get('country');
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(p.get('region') || '')) {
    s.region = p.get('region');
    s.regionName = p.get('regionName') || s.region;
  }
  s.q = (p.get('q') || '').slice(0, 500);
  if (p.get('interval') === 'day') s.interval = 'day';
  return s;
}

/** The hash for `state`: only what differs from the defaults besides the view. */
export function toHash(state) {
  const p = new URLSearchParams();
  const v = state.view;
  p.set('map', `${v.zoom.toFixed(2)}/${v.lat.toFixed(4)}/${v.lon.toFixed(4)}`);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.types.size < EVENT_TYPES.length) p.set('type', [...state.types].join(','));
  if (state.country) p.set('country', state.country);
  if (state.region) {
    p.set('region', state.region);
    p.set('regionName', state.regionName);
  }
  if (state.q) p.set('q', state.q);
  if (state.interval !== 'week') p.set('interval', state.interval);
  // Keep '/' and ',' readable in the address bar.
  return '#' + p.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
}
