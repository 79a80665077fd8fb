// "Add a report": posts pasted text to POST /reports, then shows the text with its mentions
// marked (event sites and context places apart) and the events it yielded.

import { getJson, url } from './api.js';
import { TYPE_LABELS } from './layers.js';
import { PRECISION, el, marked, words } from './text.js';

export class ReportForm {
  /**
   * @param form the <form> (fields text, published, url, title, token)
   * @param result where the outcome goes
   * @param onStored called with the response body after a report was stored (201) or found (200)
   * @param onPick called with an event id to show it
   */
  constructor(form, result, onStored, onPick) {
    this.form = form;
    this.result = result;
    this.onStored = onStored;
    this.onPick = onPick;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
  }

  async submit() {
    const f = this.form.elements;
    const body = { text: f.text.value };
    for (const k of ['published', 'url', 'title']) {
      if (f[k].value.trim()) body[k] = f[k].value.trim();
    }
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (f.token.value.trim()) headers.Authorization = `Bearer ${f.token.value.trim()}`;
    const button = this.form.querySelector('button[type=submit]');
    button.disabled = true;
    this.result.replaceChildren(el('p', { textContent: 'Reading the report…' }));
    try {
      const { status, body: r } = await getJson(url('/reports'), { method: 'POST', headers, body: JSON.stringify(body) });
      this.show(status, r, body.text);
      await this.onStored(r);
    } catch (e) {
      const hint = e.status === 401 ? ' Writes need the token the server was started with.' : '';
      this.result.replaceChildren(el('p', { className: 'error', role: 'alert', textContent: `Not stored: ${e.message}.${hint}` }));
    } finally {
      button.disabled = false;
    }
  }

  show(status, r, sentText) {
    const text = r.text || sentText;
    const mentions = r.mentions || [];
    const spans = mentions.map((m) => ({
      start: m.start,
      end: m.end,
      cls: m.role === 'event' ? 'site' : 'context',
      title: `${m.name}${m.admin1 ? ', ' + m.admin1 : m.country ? ', ' + m.country : ''} — ${m.role === 'event' ? 'event site' : 'context'}`,
    }));
    const said = status === 201 ? 'Stored' : 'Already stored (nothing new)';
    const summary = el('p', {
      className: 'status',
      role: 'status',
      textContent: `${said}: report ${r.id}, ${mentions.length} places mentioned, ${(r.events || []).length} events.`,
    });
    const quote = el('blockquote', { className: 'report-text' });
    quote.append(marked(text, spans));
    const list = el('ul', { className: 'event-list' });
    for (const e of r.events || []) {
      const label = `${e.date} · ${TYPE_LABELS[e.type] || words(e.type)} · ${e.place ? e.place.name : '?'} · precision ${PRECISION[e.geoPrecision] || e.geoPrecision}`;
      const b = el('button', { type: 'button', textContent: label });
      b.dataset.eventId = e.id;
      b.addEventListener('click', () => this.onPick(e));
      list.append(el('li', {}, b));
    }
    this.result.replaceChildren(summary, quote, list);
  }
}
