// Pharmacy finder (/?pharmacies=TEXT&vet=true&county=LT): GET /pharmacies.
import { h, clear, date, message } from './dom.js';
import { get } from './api.js';

const PAGE = 50;
const ACTIVITY = { AP: 'Apotek', DJUR: 'Dyreapotek', DIAP: 'Nettapotek' };
let nav;
let timer = 0;

export function initPharmacies(navigator) {
  nav = navigator;
  const form = document.getElementById('pharm-form');
  const q = document.getElementById('pharm-q');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    go();
  });
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(go, 250);
  });
  document.getElementById('pharm-vet').addEventListener('change', go);
  document.getElementById('pharm-county').addEventListener('change', go);
}

function go() {
  nav.replace(pharmacyParams(), true);
}

function pharmacyParams() {
  return {
    pharmacies: document.getElementById('pharm-q').value.trim(),
    vet: document.getElementById('pharm-vet').checked ? 'true' : null,
    county: document.getElementById('pharm-county').value || null,
  };
}

export async function renderPharmacies(params, ctx, more) {
  const q = params.get('pharmacies') || '';
  const vet = params.get('vet') === 'true';
  const county = /^\d{2}$/.test(params.get('county') || '') ? params.get('county') : '';
  const input = document.getElementById('pharm-q');
  if (document.activeElement !== input) input.value = q;
  document.getElementById('pharm-vet').checked = vet;
  document.getElementById('pharm-county').value = county;
  ctx.title('Finn apotek');
  const out = document.getElementById('pharm-out');
  const limit = more || PAGE;
  let r;
  try {
    r = await get('pharmacies', { q, vet: vet ? 'true' : null, county, limit });
  } catch (e) {
    if (ctx.alive()) clear(out, message('error', e.status === 503 ? 'Ingen apotekliste er lastet ennå.' : 'Søket feilet: ' + e.message));
    return;
  }
  if (!ctx.alive()) return;
  document.getElementById('pharm-source').textContent =
    'Svensk apotekliste for e-resepter fra veterinær (apotekslista djur), eksportert ' + date(r.exportedAt) + '.';
  const shown = r.pharmacies.length;
  clear(out,
    h('p', { class: 'summary', id: 'pharm-count', 'data-total': r.total },
      r.total === 0 ? 'Ingen apotek funnet.'
        : r.total === shown ? `${r.total} apotek` : `Viser ${shown} av ${r.total} apotek`),
    h('ul', { class: 'pharmacies', 'aria-label': 'Apotek' }, r.pharmacies.map(card)),
    shown < r.total ? h('button', {
      type: 'button', class: 'secondary',
      onclick: () => renderPharmacies(params, ctx, limit + PAGE),
    }, 'Vis flere apotek') : null);
}

function card(p) {
  return h('li', { class: 'pharmacy', 'data-vet': String(p.vetEPrescription) },
    h('h3', null, p.name),
    p.temporarilyClosed ? h('p', { class: 'msg msg-warn' }, 'Midlertidig stengt' + (p.closureReason ? ': ' + p.closureReason : '')) : null,
    h('p', null, [p.visitingAddress, [p.postalCode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
    h('p', null, vetTag(p.vetEPrescription), ' ', ACTIVITY[p.activityType] ? h('span', { class: 'tag' }, ACTIVITY[p.activityType]) : null),
    h('dl', { class: 'facts' },
      p.publicPhone ? [h('dt', null, 'Telefon'), h('dd', null, phone(p.publicPhone))] : null,
      p.prescriptionPhone ? [h('dt', null, 'Reseptur'), h('dd', null, phone(p.prescriptionPhone))] : null,
      h('dt', null, 'Åpent'), h('dd', null, hours(p.openingHours)),
      h('dt', null, 'GLN'), h('dd', null, p.gln)));
}

function vetTag(v) {
  if (v === true) return h('span', { class: 'tag vet-yes' }, 'Tar imot veterinære e-resepter');
  if (v === false) return h('span', { class: 'tag vet-no' }, 'Tar ikke imot veterinære e-resepter');
  return h('span', { class: 'tag' }, 'Veterinære e-resepter: ukjent');
}

function phone(number) {
  return h('a', { href: 'tel:' + number.replace(/[^\d+]/g, '') }, number);
}

function t(hhmm) {
  return hhmm && /^\d{4}$/.test(hhmm) ? hhmm.slice(0, 2) + ':' + hhmm.slice(2) : hhmm;
}

function span(a, b) {
  return a && b ? `${t(a)}–${t(b)}` : null;
}

function hours(o) {
  if (!o) return 'ukjent';
  const weekday = [span(o.weekdayOpens, o.weekdayLunchOrCloses), span(o.weekdayReopens, o.weekdayCloses)].filter(Boolean).join(' og ');
  return h('ul', { class: 'plain hours' },
    h('li', null, 'Hverdager: ' + (weekday || 'varierer, ring apoteket')),
    h('li', null, 'Lørdag: ' + (span(o.saturdayOpens, o.saturdayCloses) || 'stengt')),
    h('li', null, 'Søndag: ' + (span(o.sundayOpens, o.sundayCloses) || 'stengt')));
}
