// The interaction check (/?check=ITEM,ITEM&audience=&min=): items as in POST /interactions/check.
import { h, clear, externalLink, message } from './dom.js';
import { get, post, searchKinds } from './api.js';
import { typeahead } from './typeahead.js';

const labels = new Map();
const RELEVANCE = { 1: 'Bør unngås', 2: 'Forholdsregler bør tas', 3: 'Ingen tiltak nødvendig' };
const MIN = ['precautions', 'avoid', 'none'];
const AUDIENCES = ['gp', 'specialist', 'hospital', 'pharmacy', 'vet'];

let current = { items: [], audience: '', min: 'precautions' };
let nav;

/** The items of the check on screen, for "add to check" links elsewhere. */
export function checkItems() {
  return current.items.slice();
}

export function initCheck(navigator) {
  nav = navigator;
  const input = document.getElementById('check-input');
  const list = document.getElementById('check-list');
  const ta = typeahead(input, list, {
    source: (q) => get('search', { q, limit: 10, kinds: searchKinds(q, ['substance-group', 'brand', 'substance', 'atc']) }),
    onPick: (hit) => {
      const item = itemOf(hit);
      labels.set(item, hit.kind === 'atc' ? hit.id + ' ' + hit.name : hit.name + (hit.itemNumber ? ' (' + hit.itemNumber + ')' : ''));
      input.value = '';
      add(item);
    },
  });
  document.getElementById('check-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const item = parseItem(input.value);
    if (!item) {
      if (input.value.trim()) {
        clear(document.getElementById('check-out'), message('warn', 'Velg et forslag fra listen, eller skriv en ATC-kode eller pack:VARENR.'));
      }
      return;
    }
    ta.close();
    input.value = '';
    add(item);
  });
  document.getElementById('check-audience').addEventListener('change', (e) => go({ audience: e.target.value }));
  document.getElementById('check-min').addEventListener('change', (e) => go({ min: e.target.value }));
}

function itemOf(hit) {
  switch (hit.kind) {
    case 'pack': return 'pack:' + hit.itemNumber;
    case 'atc': return 'atc:' + hit.id;
    default: return hit.kind + ':' + hit.id;
  }
}

/** Free text: KIND:VALUE as given, an ATC code, or digits as a varenummer; null otherwise. */
export function parseItem(text) {
  const t = text.trim();
  if (/^(atc|pack|brand|substance-group|substance):\S+$/i.test(t)) return t;
  if (/^[A-Za-z](\d{2}([A-Za-z]{1,2}(\d{2})?)?)?$/.test(t) || /^ZV\d{2}[A-Za-z]{2}\d{2}$/i.test(t)) return 'atc:' + t.toUpperCase();
  if (/^\d{1,10}$/.test(t)) return 'pack:' + t;
  return null;
}

function add(item) {
  if (current.items.includes(item)) return;
  go({ items: current.items.concat(item) });
}

function remove(item) {
  go({ items: current.items.filter((i) => i !== item) });
  document.getElementById('check-input').focus();
}

function go(change) {
  const next = Object.assign({}, current, change);
  nav.push(checkParams(next));
}

export function checkParams(state) {
  return {
    check: state.items.join(','),
    audience: state.audience || null,
    min: state.min && state.min !== 'precautions' ? state.min : null,
  };
}

export async function renderCheck(params, ctx) {
  const items = (params.get('check') || '').split(',').map((s) => s.trim()).filter(Boolean);
  const audience = AUDIENCES.includes(params.get('audience')) ? params.get('audience') : '';
  const min = MIN.includes(params.get('min')) ? params.get('min') : 'precautions';
  current = { items: [...new Set(items)], audience, min };
  document.getElementById('check-audience').value = audience;
  document.getElementById('check-min').value = min;
  ctx.title('Interaksjonssjekk');
  const out = document.getElementById('check-out');
  await renderChips(ctx);
  if (!ctx.alive()) return;
  if (current.items.length < 2) {
    clear(out, message('info', current.items.length
      ? 'Legg til ett legemiddel eller virkestoff til for å sjekke interaksjoner.'
      : 'Legg til minst to legemidler eller virkestoff.'));
    if (!current.items.length) return;
  } else {
    clear(out, message('info', 'Sjekker …'));
  }
  let result;
  try {
    result = await post('interactions/check', { items: current.items, audience: audience || undefined, minRelevance: min });
  } catch (e) {
    if (ctx.alive()) clear(out, message('error', 'Sjekken feilet: ' + e.message));
    return;
  }
  if (!ctx.alive()) return;
  if (current.items.length < 2) {
    out.append(notAssessed(result.notAssessed), unresolved(result.unresolved));
    return;
  }
  const n = result.interactions.length;
  const resolved = current.items.length - result.unresolved.length;
  clear(out,
    h('h2', { class: 'summary' + (n ? '' : ' none-found'), id: 'check-summary' },
      n ? `${n} ${n === 1 ? 'interaksjon' : 'interaksjoner'} funnet`
        : resolved >= 2 ? 'Ingen interaksjoner funnet' : 'Ingen sjekk: for få gjenkjente legemidler'),
    !n && resolved >= 2 ? h('p', { class: 'muted' }, noneText(min)) : null,
    result.interactions.map(card),
    notAssessed(result.notAssessed),
    unresolved(result.unresolved));
}

function noneText(min) {
  const level = { avoid: '«Bør unngås»', precautions: '«Bør unngås» eller «Forholdsregler bør tas»', none: 'noen relevansgrad' }[min];
  return `FEST har ingen interaksjon med ${level} mellom de valgte.`;
}

async function renderChips(ctx) {
  const ul = document.getElementById('check-items');
  document.getElementById('check-count').textContent = '(' + current.items.length + ')';
  await Promise.all(current.items.filter((i) => !labels.has(i)).map(async (i) => labels.set(i, await resolveLabel(i))));
  if (!ctx.alive()) return;
  clear(ul, current.items.map((item) => h('li', { class: 'chip', 'data-item': item },
    h('span', null, labels.get(item) || item),
    h('button', { type: 'button', class: 'chip-x', 'aria-label': 'Fjern ' + (labels.get(item) || item), onclick: () => remove(item) }, '×'))));
}

async function resolveLabel(item) {
  const i = item.indexOf(':');
  const kind = item.slice(0, i).toLowerCase();
  const v = encodeURIComponent(item.slice(i + 1));
  try {
    switch (kind) {
      case 'pack': { const p = await get('packs/' + v); return p.name + ' (' + p.itemNumber + ')'; }
      case 'brand': return (await get('brands/' + v)).name;
      case 'substance-group': return (await get('substance-groups/' + v)).name;
      case 'atc': { const a = await get('atc/' + v); return a.code + ' ' + (a.nameNorwegian || ''); }
      default: return item;
    }
  } catch (e) {
    return item;
  }
}

function card(ia) {
  const code = ia.relevance.code;
  const id = 'ia-' + ia.id + '-' + ia.items.join('-');
  return h('article', { class: 'ia rel-' + code, 'data-relevance': code, 'aria-labelledby': id },
    h('header', null,
      h('span', { class: 'rel-badge' }, ia.relevance.text || RELEVANCE[code]),
      h('h3', { id }, ia.groups.map((g) => g.name).join(' + '))),
    h('p', { class: 'ia-items' }, 'Gjelder: ', ia.items.map((i) => labels.get(i) || i).join(' og ')),
    ia.situationCriterion ? h('p', { class: 'situation' }, h('strong', null, 'Situasjonskriterium: '), ia.situationCriterion) : null,
    h('h4', null, 'Klinisk konsekvens'),
    h('p', null, ia.clinicalConsequence || '–'),
    ia.handling.length ? [h('h4', null, 'Håndtering'), h('div', { class: 'handling' }, ia.handling.map((p) => [
      p.heading ? h('h5', null, p.heading) : null, h('p', null, p.text)]))] : null,
    ia.mechanism ? [h('h4', null, 'Mekanisme'), h('p', null, ia.mechanism)] : null,
    h('details', null, h('summary', null, 'Kilder og grupper'),
      ia.sourceBasis ? h('p', null, 'Kildegrunnlag: ' + (ia.sourceBasis.text || ia.sourceBasis.code)) : null,
      ia.references.length ? h('ul', { class: 'plain' }, ia.references.map((r) => h('li', null,
        r.url ? externalLink(r.url, r.source) : r.source))) : null,
      h('ul', { class: 'plain' }, ia.groups.map((g) => h('li', null, g.name + ': ',
        g.substances.map((s) => s.name + (s.atc ? ' (' + s.atc + ')' : '')).join(', ')))),
      h('p', { class: 'muted' }, 'Interaksjons-id: ' + ia.id)));
}

function notAssessed(list) {
  if (!list || !list.length) return null;
  return h('section', { class: 'not-assessed', 'aria-labelledby': 'na-h' },
    h('h2', { id: 'na-h' }, 'Ikke vurdert for interaksjoner'),
    h('p', null, 'Disse er ennå ikke vurdert for interaksjoner. At ingen interaksjon vises for dem, betyr ikke at de ikke har noen.'),
    h('ul', { class: 'plain' }, list.map((n) => h('li', null,
      h('strong', null, labels.get(n.item) || n.item), ` – ${n.name || ''} (${n.atc})`))));
}

function unresolved(list) {
  if (!list || !list.length) return null;
  return h('section', { class: 'unresolved', 'aria-labelledby': 'ur-h' },
    h('h2', { id: 'ur-h' }, 'Ikke sjekket'),
    h('ul', { class: 'plain' }, list.map((u) => h('li', null, h('code', null, u.item), ' – ', u.reason))));
}


