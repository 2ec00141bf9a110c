// Calls to /api/v1. Errors arrive as problem+json and become ApiError with the server's detail text.

const BASE = '/api/v1/';
const listeners = [];

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

/** Called with the FEST-Hentet-Dato header of every answer, so the page shows the data it was given. */
export function onHentetDato(fn) {
  listeners.push(fn);
}

async function send(path, init) {
  let res;
  try {
    res = await fetch(BASE + path, Object.assign({ headers: { Accept: 'application/json' } }, init));
  } catch (e) {
    throw new ApiError(0, { detail: 'Fikk ikke kontakt med serveren.' });
  }
  const hentet = res.headers.get('FEST-Hentet-Dato');
  if (hentet) listeners.forEach((fn) => fn(hentet));
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

/** GET path?params; empty parameters are left out. */
export function get(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const qs = q.toString();
  return send(path + (qs ? '?' + qs : ''));
}

export function post(path, body) {
  return send(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Typeahead kinds: packs only for digits (varenummer), the rest always. */
export function searchKinds(q, base) {
  return /^\s*\d{3,}\s*$/.test(q) ? base.concat('pack').join(',') : base.join(',');
}
