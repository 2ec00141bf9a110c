// DOM helpers and Norwegian labels. Text from the API is always set as text, never parsed as HTML.

/** h('p', {class: 'x'}, 'text', child, [children]) — null/false children and attributes are skipped. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An internal link: the app intercepts clicks on these (see app.js). */
export function link(params, text, attrs) {
  return h('a', Object.assign({ href: url(params) }, attrs), text);
}

/** "/?check=pack:1,pack:2": like URLSearchParams, but leaves ':' and ',' readable. */
export function url(params) {
  const parts = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) continue;
    parts.push(k + '=' + encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2C/gi, ','));
  }
  return '/' + (parts.length ? '?' + parts.join('&') : '');
}

/** A link to a page outside this server: only http(s), opened in a new tab without referrer. */
export function externalLink(href, text) {
  if (!/^https?:\/\//i.test(href || '')) return h('span', null, text || href || '');
  return h('a', { href, rel: 'noopener noreferrer external', target: '_blank' }, text || href,
    h('span', { class: 'visually-hidden' }, ' (åpnes i ny fane)'));
}

export const KIND = {
  'substance-group': 'Virkestoff',
  brand: 'Merkevare',
  pack: 'Pakning',
  'unit-dose': 'Dose',
  substance: 'Substans',
  supply: 'Handelsvare',
  atc: 'ATC',
};

export function badge(kind) {
  return h('span', { class: 'badge k-' + kind, 'data-kind': kind }, KIND[kind] || kind);
}

export const MARKETING = {
  marketed: 'Markedsført',
  'not-yet-marketed': 'Ikke markedsført ennå',
  deregistered: 'Avregistrert',
  'temporarily-withdrawn': 'Midlertidig utgått',
  'no-longer-sold': 'Ikke lenger i salg',
};

export function marketingTag(state) {
  if (!state) return null;
  return h('span', { class: 'tag m-' + state }, MARKETING[state] || state);
}

/** "2026-11-01" → "01.11.2026"; anything else unchanged. */
export function date(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return `${m[3]}.${m[2]}.${m[1]}` + (m[4] ? ` kl. ${m[4]}:${m[5]}` : '');
}

export function dateEl(iso) {
  return iso ? h('time', { datetime: iso }, date(iso)) : null;
}

const NOK = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '';
  return NOK.format(amount) + (currency && currency !== 'NOK' ? ' ' + currency : ' kr');
}

/** Today in the browser's time zone as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A <dl> of label/value pairs; pairs with an empty value are left out. */
export function facts(pairs) {
  const dl = h('dl', { class: 'facts' });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    dl.append(h('dt', null, label), h('dd', null, value));
  }
  return dl;
}

export function section(title, ...children) {
  return h('section', { class: 'block' }, h('h3', null, title), ...children);
}

export function codeText(c) {
  return c ? c.text || c.code : '';
}

export function message(kind, text) {
  return h('p', { class: 'msg msg-' + kind, role: kind === 'error' ? 'alert' : null }, text);
}
