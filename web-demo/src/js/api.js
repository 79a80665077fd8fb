// Talks to the conflictmap API on this page's own origin: builds filter query strings and
// fetches JSON, turning problem+json answers into errors with their detail.

/** The event types the service knows (ACLED's), in legend order. */
export const EVENT_TYPES = [
  'battles',
  'explosions_remote_violence',
  'violence_against_civilians',
  'protests',
  'riots',
  'strategic_developments',
];

/**
 * Query parameters for the filters in `state`; `withText` false leaves out `q` (tiles refuse it),
 * `withTime` false leaves out `datetime` (the timeline's own bars).
 */
export function filterParams(state, { withText = true, withTime = true } = {}) {
  const p = new URLSearchParams();
  if (withTime && (state.from || state.to)) {
    p.set('datetime', `${state.from || '..'}/${state.to || '..'}`);
  }
  if (state.types.size < EVENT_TYPES.length) {
    // No type ticked matches nothing: 'none' is a well-formed type no event has.
    p.set('type', state.types.size ? [...state.types].join(',') : 'none');
  }
  if (state.country) p.set('country', state.country);
  if (state.region) p.set('region', state.region);
  if (withText && state.q) p.set('q', state.q);
  return p;
}

/** `path` with `params` appended (a URLSearchParams or a plain object), absolute on this origin. */
export function url(path, params) {
  const u = new URL(path, window.location.origin);
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params || {});
  for (const [k, v] of p) u.searchParams.append(k, v);
  return u.href;
}

/** An error carrying the HTTP status and the problem's detail. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** Fetches JSON; a non-2xx answer rejects with an ApiError (its problem detail as message). */
export async function getJson(href, options = {}) {
  const response = await fetch(href, { headers: { Accept: 'application/json' }, ...options });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = (body && (body.detail || body.title)) || `HTTP ${response.status}`;
    throw new ApiError(response.status, detail);
  }
  return { status: response.status, body };
}

/** How many events match `state` (numberMatched of a one-item page). */
export async function countEvents(state) {
  const p = filterParams(state);
  p.set('limit', '1');
  const { body } = await getJson(url('/collections/events/items', p));
  return body.numberMatched;
}
