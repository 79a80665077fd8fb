// The side panel: one event with its evidence sentence (the place highlighted), or the
// region-level events of a region.

import { filterParams, getJson, url } from './api.js';
import { TYPE_COLOURS, TYPE_LABELS } from './layers.js';
import { PRECISION, el, marked, words } from './text.js';

export class Details {
  constructor(panel) {
    this.panel = panel;
    this.body = panel.querySelector('.panel-body');
    this.title = panel.querySelector('h2');
    panel.querySelector('.close').addEventListener('click', () => this.close());
  }

  open(title) {
    this.title.textContent = title;
    this.body.replaceChildren(el('p', { textContent: 'Loading…' }));
    this.panel.hidden = false;
  }

  close() {
    this.panel.hidden = true;
  }

  fail(error) {
    this.body.replaceChildren(el('p', { className: 'error', textContent: error.message }));
  }

  /** Shows event `id`: its fields, then its sentence with the place marked, then its links. */
  async showEvent(id) {
    this.open('Event');
    try {
      const { body: f } = await getJson(url(`/collections/events/items/${id}`));
      const p = f.properties;
      const report = p.reportId != null ? (await getJson(url(`/reports/${p.reportId}`))).body : null;
      this.title.textContent = TYPE_LABELS[p.type] || words(p.type);
      const swatch = el('span', { className: 'swatch', ariaHidden: 'true' });
      swatch.style.background = TYPE_COLOURS[p.type] || '#555';
      const dl = el('dl');
      const row = (k, ...v) => dl.append(el('dt', { textContent: k }), el('dd', {}, ...v));
      row('Date', `${p.date}`, p.datePrecision && p.datePrecision !== 'day' ? ` (within that ${p.datePrecision})` : ' (day)');
      row('Type', swatch, ` ${TYPE_LABELS[p.type] || words(p.type)}`, p.subType ? ` — ${words(p.subType)}` : '');
      row('Place', [p.place, p.admin1 || p.country].filter(Boolean).join(', '), p.kind ? ` (${p.kind})` : '');
      row('Precision', PRECISION[p.geoPrecision] || String(p.geoPrecision));
      row('Actors', p.actors ? String(p.actors) : 'not named');
      const quote = el('blockquote', { className: 'evidence' });
      quote.append(marked(p.evidence || '', placeSpans(p, report)));
      const links = el('p', { className: 'links' });
      if (report) {
        links.append(el('a', { href: url(`/reports/${report.id}`), textContent: 'Stored report', target: '_blank', rel: 'noopener' }));
        if (/^https?:\/\//.test(report.url || '')) {
          links.append(' · ', el('a', { href: report.url, textContent: 'Source', target: '_blank', rel: 'noopener noreferrer' }));
        } else if (report.url) {
          links.append(` · source: ${report.url}`);
        }
      }
      this.body.replaceChildren(dl, el('h3', { textContent: 'Evidence' }), quote, links);
      this.title.focus();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Lists the region-level events of region `code` under `state`'s filters. */
  showRegion(code, name, state, onPick) {
    const p = filterParams(state);
    p.set('region', code);
    p.set('geoPrecision', '3');
    return this.showList(`${name}: region-level events`, p, onPick, (n) =>
      `${n} events are located only to this region as a whole (hatched): the reports name no place inside it.`,
    );
  }

  /** Lists the events in `bbox` (west, south, east, north) under `state`'s filters. */
  showInView(bbox, state, onPick) {
    const p = filterParams(state);
    p.set('bbox', bbox.map((v) => v.toFixed(5)).join(','));
    return this.showList('Events in view', p, onPick, (n) => `${n} events in view; the first 50 by date:`);
  }

  async showList(title, params, onPick, intro) {
    this.open(title);
    try {
      const p = new URLSearchParams(params);
      p.set('limit', '50');
      const { body } = await getJson(url('/collections/events/items', p));
      const list = el('ul', { className: 'event-list' });
      for (const f of body.features) {
        const q = f.properties;
        const label = `${q.date} · ${TYPE_LABELS[q.type] || words(q.type)} · ${q.place || ''}`;
        const b = el('button', { type: 'button', textContent: label });
        b.addEventListener('click', () => onPick(f.id));
        list.append(el('li', {}, b));
      }
      this.body.replaceChildren(el('p', { textContent: intro(body.numberMatched.toLocaleString('en')) }), list);
      this.title.focus();
    } catch (e) {
      this.fail(e);
    }
  }
}

/**
 * Spans to mark in an event's evidence sentence: the report's mentions that fall inside it
 * (offsets moved from the report text to the sentence and checked against it), the event's own
 * place as `place`, others as `other`; failing that, the place name found in the sentence.
 */
export function placeSpans(p, report) {
  const sentence = p.evidence || '';
  const base = p.evidenceStart || 0;
  const spans = [];
  for (const m of (report && report.mentions) || []) {
    const start = m.start - base;
    const end = m.end - base;
    if (start < 0 || end > sentence.length || sentence.slice(start, end) !== m.surface) continue;
    const samePlace =
      m.name === p.place ||
      (p.kind === 'admin1' && m.kind === 'admin1' && m.admin1 === p.admin1) ||
      (p.kind === 'country' && m.kind === 'country' && m.country === p.country);
    const isPlace = m.role === 'event' && samePlace;
    spans.push({ start, end, cls: isPlace ? 'place' : 'other', title: `${m.name} (${m.role})` });
  }
  if (!spans.some((s) => s.cls === 'place') && p.place) {
    const i = sentence.toLowerCase().indexOf(p.place.toLowerCase());
    if (i >= 0 && !spans.some((s) => s.start < i + p.place.length && s.end > i)) {
      spans.push({ start: i, end: i + p.place.length, cls: 'place', title: p.place });
    }
  }
  return spans;
}
