// Text with marked spans, built as DOM nodes (never as HTML strings).

/**
 * A fragment of `text` with each span {start, end, cls, title} wrapped in <mark>; spans that
 * overlap an earlier one or fall outside the text are dropped.
 */
export function marked(text, spans) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    frag.append(text.slice(at, s.start));
    const m = document.createElement('mark');
    m.className = s.cls;
    if (s.title) m.title = s.title;
    m.textContent = text.slice(s.start, s.end);
    frag.append(m);
    at = s.end;
  }
  frag.append(text.slice(at));
  return frag;
}

/** An element `tag` with `props` (className, textContent, href…) and children. */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

/** Labels for ACLED's geoPrecision codes. */
export const PRECISION = {
  1: '1 — the named locality',
  2: '2 — near a locality, or part of a region',
  3: '3 — somewhere in the region (not an exact place)',
};

/** Turns `snake_case` into words. */
export const words = (s) => (s || '').replaceAll('_', ' ');
