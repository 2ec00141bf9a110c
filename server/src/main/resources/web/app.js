// The page's router: the address is the state. /?q= search, /?group= /?brand= /?pack= product, /?check= interaction
// check, /?pharmacies= pharmacy finder (docs/api.md "Web page"). Each render reads location.search only.
import { h, clear, url, date, message } from './js/dom.js';
import { get, onHentetDato } from './js/api.js';
import { typeahead } from './js/typeahead.js';
import { renderResults, renderProduct, productParams } from './js/product.js';
import { initCheck, renderCheck, checkItems, checkParams } from './js/check.js';
import { initPharmacies, renderPharmacies } from './js/pharmacy.js';

const VIEWS = { search: 'v-search', check: 'v-check', pharmacies: 'v-pharmacies' };
let token = 0;

const nav = {
  /** A new view: a history entry, focus moves to its heading. */
  push(params) {
    history.pushState(null, '', url(params));
    render(true);
  },
  /** The same view with other parameters (filters, typing). */
  replace(params, rerender) {
    history.replaceState(null, '', url(params));
    if (rerender) render(false);
  },
};

function viewOf(params) {
  if (params.has('check')) return 'check';
  if (params.has('pharmacies')) return 'pharmacies';
  return 'search';
}

async function render(userAction) {
  const mine = ++token;
  const params = new URLSearchParams(location.search);
  const view = viewOf(params);
  for (const [name, id] of Object.entries(VIEWS)) document.getElementById(id).hidden = name !== view;
  document.querySelectorAll('[data-view]').forEach((a) => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const ctx = {
    alive: () => mine === token,
    focus: (el) => { if (userAction && mine === token) el.focus(); },
    title: (t) => { document.title = t + ' – FEST-oppslag'; },
    /** Changes parameters of the address without a new history entry or a new render. */
    replace: (change) => {
      if (mine !== token) return;
      const now = Object.fromEntries(new URLSearchParams(location.search));
      history.replaceState(null, '', url(Object.assign(now, change)));
    },
  };
  document.title = 'FEST-oppslag';
  if (view === 'check') {
    ctx.focus(document.getElementById('check-input'));
    await renderCheck(params, ctx);
  } else if (view === 'pharmacies') {
    ctx.focus(document.getElementById('pharm-h'));
    await renderPharmacies(params, ctx);
  } else {
    renderSearch(params, ctx);
  }
  if (mine === token) {
    document.querySelector('[data-view=check]').setAttribute('href', url(checkParams({ items: checkItems() })));
  }
}

// ---------------------------------------------------------------- search view

let searchBox;

function initSearch() {
  const input = document.getElementById('search-input');
  searchBox = typeahead(input, document.getElementById('search-list'), {
    source: (q) => get('search', { q, limit: 10, kinds: /^\s*\d{3,}\s*$/.test(q) ? 'substance-group,brand,pack' : null }),
    onPick: (hit) => {
      input.value = hit.name;
      nav.push(productParams(hit));
    },
  });
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    searchBox.close();
    if (q) nav.push({ q });
  });
}

function renderSearch(params, ctx) {
  const out = document.getElementById('search-out');
  const input = document.getElementById('search-input');
  searchBox.close();
  if ((params.get('q') || '').trim()) {
    input.value = params.get('q');
    ctx.title('Søk: ' + params.get('q'));
    renderResults(out, params.get('q'), ctx);
  } else if (params.has('group') || params.has('brand') || params.has('pack')) {
    renderProduct(out, params, ctx);
  } else {
    clear(out, h('div', { class: 'intro' },
      h('p', null, 'Søk på virkestoff (for eksempel simvastatin), preparatnavn eller varenummer. ',
        'Virkestoffgrupper vises først, deretter merkevarer.'),
      h('p', null, 'Under ', h('a', { href: url({ check: '' }) }, 'Interaksjoner'),
        ' kan du sjekke flere legemidler mot hverandre, og under ', h('a', { href: url({ pharmacies: '' }) }, 'Apotek'),
        ' finner du apotek som tar imot veterinære e-resepter.')));
  }
}

// ---------------------------------------------------------------- data date and links

function showHentetDato(value) {
  for (const id of ['hentet', 'hentet-foot']) {
    const el = document.getElementById(id);
    if (el.dataset.value === value) continue;
    el.dataset.value = value;
    clear(el, h('time', { datetime: value, title: 'HentetDato ' + value }, date(value)));
  }
}

async function loadStatus() {
  try {
    const s = await get('status');
    if (s.dataset) showHentetDato(s.dataset.hentetDato);
    else clear(document.getElementById('hentet'), 'ingen data er lastet ennå');
  } catch (e) {
    clear(document.getElementById('dataline'), message('error', 'Serveren svarer ikke: ' + e.message));
  }
}

/** Plain left clicks on links to this page are handled here, without reloading. */
function interceptLinks() {
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target) return;
    const target = new URL(a.href, location.href);
    if (target.origin !== location.origin || target.pathname !== '/') return;
    e.preventDefault();
    history.pushState(null, '', target.pathname + target.search);
    render(true);
  });
  window.addEventListener('popstate', () => render(false));
}

onHentetDato(showHentetDato);
initSearch();
initCheck(nav);
initPharmacies(nav);
interceptLinks();
loadStatus();
render(false);
