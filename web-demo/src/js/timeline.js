// The timeline: bars of events per day or week for the filters (without the time range), a
// range of two handles (native range inputs, so keys work: arrows, Page Up/Down, Home/End) that
// sets `from`/`to`, and a play button that slides the range through time.

import { filterParams, getJson, url } from './api.js';

const DAY = 86400000;
const PLAY_STEP_MS = 900;
const PLAY_WINDOW_BUCKETS = { week: 6, day: 14 };

const toDay = (s) => Date.parse(s + 'T00:00:00Z');
const fmt = (t) => new Date(t).toISOString().slice(0, 10);

/** The start (Monday for weeks) of the bucket holding day `t`. */
function bucketStart(t, interval) {
  if (interval === 'day') return t;
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
  return t - weekday * DAY;
}

export class Timeline {
  /**
   * @param root the element holding the timeline's markup (see index.html)
   * @param onRange called with (from, to) — dates or nulls for open ends — when the range moves
   */
  constructor(root, onRange) {
    this.root = root;
    this.onRange = onRange;
    this.bars = root.querySelector('.bars');
    this.lo = root.querySelector('#range-from');
    this.hi = root.querySelector('#range-to');
    this.label = root.querySelector('.range-label');
    this.play = root.querySelector('#play');
    this.buckets = [];
    this.timer = null;
    this.lo.addEventListener('input', () => this.moved(this.lo));
    this.hi.addEventListener('input', () => this.moved(this.hi));
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
  }

  /** Sets the whole time span the timeline covers (first and last event day). */
  setDomain(first, last) {
    this.first = toDay(first);
    this.last = toDay(last);
  }

  /** Rebuilds buckets and bars for `state` (its filters, less the time range), keeping the range. */
  async refresh(state) {
    const interval = state.interval;
    const p = filterParams(state, { withTime: false });
    p.set('interval', interval);
    const { body } = await getJson(url('/stats/timeseries', p));
    const counts = new Map(body.buckets.map((b) => [b.start, b.count]));
    const step = interval === 'day' ? DAY : 7 * DAY;
    this.interval = interval;
    this.buckets = [];
    for (let t = bucketStart(this.first, interval); t <= this.last; t += step) {
      this.buckets.push({ start: t, end: t + step - DAY, count: counts.get(fmt(t)) || 0 });
    }
    const max = Math.max(1, ...this.buckets.map((b) => b.count));
    const n = this.buckets.length;
    this.bars.replaceChildren(
      ...this.buckets.map((b) => {
        const bar = document.createElement('div');
        bar.className = 'bar';
        bar.style.height = `${(100 * b.count) / max}%`;
        bar.title = `${fmt(b.start)}: ${b.count.toLocaleString('en')} events`;
        return bar;
      }),
    );
    for (const input of [this.lo, this.hi]) {
      input.max = String(n - 1);
    }
    this.show(state.from, state.to);
  }

  /** Puts the handles at `from`/`to` (nulls: the ends) without calling back. */
  show(from, to) {
    const n = this.buckets.length;
    const index = (day, fallback) => {
      if (!day) return fallback;
      const t = toDay(day);
      const i = this.buckets.findIndex((b) => b.end >= t);
      return i < 0 ? n - 1 : i;
    };
    this.lo.value = String(index(from, 0));
    this.hi.value = String(index(to, n - 1));
    this.paint();
  }

  moved(input) {
    let lo = Number(this.lo.value);
    let hi = Number(this.hi.value);
    if (lo > hi) {
      // Handles may not cross: the one being moved pushes the other.
      if (input === this.lo) hi = lo;
      else lo = hi;
      this.lo.value = String(lo);
      this.hi.value = String(hi);
    }
    this.paint();
    this.onRange(...this.range());
  }

  /** The range as dates, nulls for ends at the timeline's edges. */
  range() {
    const n = this.buckets.length;
    const lo = Number(this.lo.value);
    const hi = Number(this.hi.value);
    const from = lo === 0 ? null : fmt(this.buckets[lo].start);
    const to = hi === n - 1 ? null : fmt(this.buckets[hi].end);
    return [from, to];
  }

  paint() {
    const lo = Number(this.lo.value);
    const hi = Number(this.hi.value);
    [...this.bars.children].forEach((bar, i) => bar.classList.toggle('in', i >= lo && i <= hi));
    const b = this.buckets;
    if (!b.length) return;
    const text = `${fmt(b[lo].start)} – ${fmt(Math.min(b[hi].end, this.last))}`;
    this.label.textContent = text;
    this.lo.setAttribute('aria-valuetext', `from ${fmt(b[lo].start)}`);
    this.hi.setAttribute('aria-valuetext', `to ${fmt(b[hi].end)}`);
  }

  start() {
    const n = this.buckets.length;
    let lo = Number(this.lo.value);
    let hi = Number(this.hi.value);
    if (hi - lo >= n - 1 || hi >= n - 1) {
      // The whole span or already at the end: start over with a short window.
      lo = 0;
      hi = Math.min(n - 1, PLAY_WINDOW_BUCKETS[this.interval] - 1);
    }
    this.lo.value = String(lo);
    this.hi.value = String(hi);
    this.moved(this.hi);
    this.play.setAttribute('aria-pressed', 'true');
    this.play.textContent = 'Pause';
    this.timer = setInterval(() => {
      const l = Number(this.lo.value);
      const h = Number(this.hi.value);
      if (h >= this.buckets.length - 1) {
        this.stop();
        return;
      }
      this.lo.value = String(l + 1);
      this.hi.value = String(h + 1);
      this.moved(this.hi);
    }, PLAY_STEP_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    this.play.setAttribute('aria-pressed', 'false');
    this.play.textContent = 'Play';
  }
}
