// Search results and the product views: substance group → brands → packs, with prices, marketing, short doses,
// prescribing units, reimbursement (role and date), alerts, conditions and interchangeable packs.
import {
  h, clear, link, externalLink, badge, marketingTag, date, dateEl, money, today, facts, section, codeText, message,
} from './dom.js';
import { get, searchKinds } from './api.js';
import { checkItems, checkParams } from './check.js';

// ---------------------------------------------------------------- search results (/?q=)

export async function renderResults(out, q, ctx) {
  clear(out, message('info', 'Søker …'));
  const list = h('ul', { class: 'results', 'aria-label': 'Treff' });
  let result;
  try {
    result = await get('search', { q, limit: 20, kinds: searchKinds(q, ['substance-group', 'brand']) });
  } catch (e) {
    if (ctx.alive()) clear(out, message('error', 'Søket feilet: ' + e.message));
    return;
  }
  if (!ctx.alive()) return;
  const heading = h('h2', { tabindex: '-1', id: 'results-h' },
    result.total ? `${result.total} treff for «${q}»` : `Ingen treff for «${q}»`);
  clear(out, heading,
    result.corrected ? message('info', 'Ingen eksakte treff. Viser treff med lignende stavemåte.') : null,
    list);
  const more = h('button', { type: 'button', class: 'secondary' }, 'Vis flere treff');
  let next = result.next;
  const add = (hits) => hits.forEach((hit) => list.append(h('li', { 'data-kind': hit.kind },
    badge(hit.kind), ' ', link(productParams(hit), hit.name),
    hit.atc ? h('span', { class: 'muted' }, ' ' + hit.atc) : null,
    hit.packSize ? h('span', { class: 'muted' }, ' · ' + hit.packSize) : null)));
  add(result.hits);
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await get('search', { q, limit: 20, cursor: next, kinds: searchKinds(q, ['substance-group', 'brand']) });
      add(page.hits);
      next = page.next;
    } catch (e) {
      more.after(message('error', 'Flere treff: ' + e.message));
    }
    more.disabled = false;
    more.hidden = !next;
  });
  more.hidden = !next;
  out.append(more);
  ctx.focus(heading);
}

/** The page address of a search hit. */
export function productParams(hit) {
  switch (hit.kind) {
    case 'substance-group': return { group: hit.id };
    case 'brand': return { brand: hit.id };
    case 'pack': return { pack: hit.itemNumber };
    default: return { q: hit.name };
  }
}

// ---------------------------------------------------------------- product views (/?group= /?brand= /?pack=)

export async function renderProduct(out, params, ctx) {
  clear(out, message('info', 'Henter …'));
  try {
    if (params.has('group')) await renderGroup(out, params.get('group'), params, ctx);
    else if (params.has('brand')) await renderBrand(out, params.get('brand'), ctx);
    else await renderPack(out, params.get('pack'), params, ctx);
  } catch (e) {
    if (ctx.alive()) clear(out, message('error', e.status === 404 ? 'Fant ikke produktet. ' + e.message : 'Feil: ' + e.message));
  }
}

function title(name, kind, ...extra) {
  return h('h2', { class: 'product-title', tabindex: '-1' }, badge(kind), ' ', name, ...extra);
}

function checkButton(item) {
  const items = checkItems().filter((i) => i !== item).concat(item);
  return h('p', { class: 'actions' }, link(checkParams({ items }),
    items.length > 1 ? `Legg til i interaksjonssjekken (${items.length})` : 'Sjekk interaksjoner', { class: 'button secondary' }));
}

async function renderGroup(out, id, params, ctx) {
  const g = await get('substance-groups/' + encodeURIComponent(id));
  if (!ctx.alive()) return;
  ctx.title(g.name);
  const heading = title(g.name, 'substance-group');
  const packs = h('div', null, message('info', 'Henter pakninger …'));
  clear(out, h('article', { class: 'product' }, heading,
    facts([
      ['ATC', atc(g.atc)],
      ['Legemiddelform', codeText(g.form)],
      ['Reseptgruppe', codeText(g.prescriptionGroup)],
      ['Virkestoff', substances(g.substances)],
      ['Forskrivningsenheter', g.prescribingUnits.map(codeText).join(', ')],
      ['Reseptgyldighet', validity(g.prescriptionValidity)],
      ['Registrering', registration(g.registration)],
    ]),
    checkButton('substance-group:' + g.id),
    shortDoses(g.shortDoses),
    alerts(g.alerts),
    conditions(g.conditions),
    reimbursement({ substanceGroup: g.id }, params, ctx),
    section('Merkevarer og pakninger', packs)));
  ctx.focus(heading);
  const details = await packDetails(g.packs);
  if (!ctx.alive()) return;
  const groups = g.brands.map((b) => ({ brand: b, packs: details.filter((p) => p.brands.some((x) => x.id === b.id)) }));
  const placed = new Set(groups.flatMap((x) => x.packs));
  const rest = details.filter((p) => !placed.has(p));
  clear(packs, groups.map(({ brand, packs: ps }) => h('div', { class: 'brand-packs' },
    h('h4', null, link({ brand: brand.id }, brand.name)), ps.length ? packTable(ps) : h('p', { class: 'muted' }, 'Ingen pakninger.'))),
  rest.length ? h('div', { class: 'brand-packs' }, h('h4', null, 'Andre pakninger'), packTable(rest)) : null,
  g.brands.length ? null : h('p', { class: 'muted' }, 'Ingen merkevarer.'));
}

async function renderBrand(out, id, ctx) {
  const b = await get('brands/' + encodeURIComponent(id));
  if (!ctx.alive()) return;
  ctx.title(b.name);
  const heading = title(b.name, 'brand');
  const packs = h('div', null, message('info', 'Henter pakninger …'));
  clear(out, h('article', { class: 'product' }, heading,
    facts([
      ['Varenavn', b.tradeName],
      ['Produsent', b.manufacturer],
      ['ATC', atc(b.atc)],
      ['Legemiddelform', b.formLong || codeText(b.form)],
      ['Reseptgruppe', codeText(b.prescriptionGroup)],
      ['Virkestoff', substances(b.substances)],
      ['Virkestoffgruppe', b.substanceGroups.length ? list(b.substanceGroups.map((s) => link({ group: s.id }, s.name))) : ''],
      ['Reseptgyldighet', validity(b.prescriptionValidity)],
      ['Registrering', registration(b.registration)],
    ]),
    checkButton('brand:' + b.id),
    shortDoses(b.shortDoses),
    alerts(b.alerts),
    conditions(b.conditions),
    section('Pakninger', packs),
    h('p', { class: 'muted' }, 'Refusjon vises på virkestoffgruppen og på hver pakning.')));
  ctx.focus(heading);
  const details = await packDetails(b.packs);
  if (ctx.alive()) clear(packs, details.length ? packTable(details) : h('p', { class: 'muted' }, 'Ingen pakninger.'));
}

async function renderPack(out, nr, params, ctx) {
  const p = await get('packs/' + encodeURIComponent(nr));
  if (!ctx.alive()) return;
  ctx.title(p.name + ' (' + p.itemNumber + ')');
  const heading = title(p.name, 'pack', ' ', marketingTag(p.marketing && p.marketing.state));
  const dosing = h('div', null, message('info', 'Henter dosering …'));
  const swaps = h('div', null, message('info', 'Henter byttbare pakninger …'));
  const m = p.marketing || {};
  clear(out, h('article', { class: 'product' }, heading,
    facts([
      ['Varenummer', p.itemNumber],
      ['Utgående varenummer', p.formerItemNumber],
      ['EAN', p.eans.join(', ')],
      ['ATC', atc(p.atc)],
      ['Legemiddelform', codeText(p.form)],
      ['Reseptgruppe', codeText(p.prescriptionGroup)],
      ['Merkevare', p.brands.length ? list(p.brands.map((b) => link({ brand: b.id }, b.name))) : ''],
      ['Innhold', p.contents.map(contentText).join('; ')],
      ['Oppbevaring', codeText(p.storage)],
      ['Markedsført fra', dateEl(m.marketedFrom)],
      ['Avregistrert', dateEl(m.deregistered)],
      ['Midlertidig utgått', dateEl(m.temporarilyWithdrawn)],
      ['Siste salgsdag', dateEl(m.lastSaleDay)],
      ['Registrering', registration(p.registration)],
    ]),
    checkButton('pack:' + p.itemNumber),
    section('Priser', prices(p.prices)),
    section('Dosering og forskrivning', dosing),
    alerts(p.alerts),
    conditions(p.conditions),
    reimbursement({ pack: p.itemNumber }, params, ctx),
    section('Byttbare pakninger', swaps)));
  ctx.focus(heading);
  interchangeable(p, swaps, ctx);
  packDosing(p, dosing, ctx);
}

async function interchangeable(p, out, ctx) {
  try {
    const x = await get('packs/' + encodeURIComponent(p.itemNumber) + '/interchangeable');
    if (!ctx.alive()) return;
    if (!x.group) {
      clear(out, h('p', { class: 'muted' }, 'Pakningen er ikke i noen byttegruppe i dag.'));
      return;
    }
    clear(out,
      h('p', null, `Byttegruppe ${x.group.code}: ${x.group.name}`),
      x.group.substitutionRemark ? message('warn', 'Merknad til byttbarhet: ' + (x.group.substitutionDescription || 'se FEST')) : null,
      h('ul', { class: 'plain', 'aria-label': 'Byttbare pakninger' }, x.packs.map((q) => h('li', null,
        q.itemNumber === p.itemNumber ? h('strong', null, q.itemNumber + ' ' + q.name + ' (denne)')
          : link({ pack: q.itemNumber }, q.itemNumber + ' ' + q.name),
        ' ', marketingTag(q.marketing)))));
  } catch (e) {
    if (ctx.alive()) clear(out, message('error', 'Byttbare pakninger: ' + e.message));
  }
}

/** A pack has no short doses or prescribing units of its own: they come from its brand and substance group. */
async function packDosing(p, out, ctx) {
  if (!p.brands.length) {
    clear(out, h('p', { class: 'muted' }, 'Ingen merkevare.'));
    return;
  }
  try {
    const b = await get('brands/' + encodeURIComponent(p.brands[0].id));
    const g = b.substanceGroups.length ? await get('substance-groups/' + encodeURIComponent(b.substanceGroups[0].id)) : null;
    if (!ctx.alive()) return;
    clear(out,
      facts([
        ['Forskrivningsenheter', g ? g.prescribingUnits.map(codeText).join(', ') : ''],
        ['Virkestoffgruppe', g ? link({ group: g.id }, g.name) : h('span', { class: 'muted' }, 'ingen (forskrives på merkevare)')],
      ]),
      shortDoseList(b.shortDoses.length ? b.shortDoses : g ? g.shortDoses : []));
  } catch (e) {
    if (ctx.alive()) clear(out, message('error', 'Dosering: ' + e.message));
  }
}

async function packDetails(packs) {
  const all = await Promise.allSettled(packs.map((p) => get('packs/' + encodeURIComponent(p.itemNumber))));
  return all.filter((r) => r.status === 'fulfilled').map((r) => r.value);
}

function packTable(packs) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'packs' },
    h('thead', null, h('tr', null, ['Varenr', 'Pakning', 'Status', 'AUP', 'Trinnpris'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, packs.map((p) => h('tr', null,
      h('td', { 'data-label': 'Varenr' }, link({ pack: p.itemNumber }, p.itemNumber)),
      h('td', { 'data-label': 'Pakning' }, p.contents.map(contentText).join('; ') || p.name),
      h('td', { 'data-label': 'Status' }, marketingTag(p.marketing && p.marketing.state)),
      h('td', { 'data-label': 'AUP', class: 'num' }, currentPrice(p.prices, 'aup')),
      h('td', { 'data-label': 'Trinnpris', class: 'num' }, currentPrice(p.prices, 'step-price')))))));
}

function currentPrice(prices, kind) {
  const price = prices.find((x) => x.kind === kind && x.status === 'current');
  return price ? money(price.amount, price.currency) : '–';
}

function prices(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'Ingen priser.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'prices' },
    h('thead', null, h('tr', null, ['Pristype', 'Beløp', 'Gyldig fra', 'Gyldig til', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, list.map((x) => h('tr', null,
      h('td', { 'data-label': 'Pristype' }, codeText(x.type)),
      h('td', { 'data-label': 'Beløp', class: 'num' }, money(x.amount, x.currency)),
      h('td', { 'data-label': 'Gyldig fra' }, dateEl(x.validFrom)),
      h('td', { 'data-label': 'Gyldig til' }, dateEl(x.validTo) || '–'),
      h('td', { 'data-label': 'Status' }, x.status === 'next' ? h('span', { class: 'tag' }, 'Neste') : 'Gjeldende'))))));
}

function contentText(c) {
  const parts = [];
  if (c.multiple && c.count) parts.push(c.multiple + ' × ' + c.count);
  else if (c.packSize) parts.push(c.packSize + (c.unit ? ' ' + (c.unit.code || c.unit.text) : ''));
  if (c.packType) parts.push(codeText(c.packType).toLowerCase());
  if (c.ddd && c.ddd.value) parts.push('DDD ' + String(c.ddd.value).replace('.', ',') + ' ' + (c.ddd.unit || ''));
  return parts.join(', ');
}

function atc(a) {
  if (!a) return '';
  return a.text ? `${a.code} ${a.text}` : a.code;
}

function substances(list) {
  return (list || []).map((s) => s.name + (s.strength ? ' ' + s.strength : '')).join(', ');
}

function list(items) {
  return h('ul', { class: 'plain' }, items.map((i) => h('li', null, i)));
}

function validity(list) {
  const text = (d) => {
    const m = /^P(\d+)([DWMY])$/.exec(d || '');
    if (!m) return d;
    const n = Number(m[1]);
    const unit = { D: ['dag', 'dager'], W: ['uke', 'uker'], M: ['måned', 'måneder'], Y: ['år', 'år'] }[m[2]];
    return n + ' ' + unit[n === 1 ? 0 : 1];
  };
  return (list || []).map((v) => text(v.duration) + (v.sex ? ` (${codeText(v.sex)})` : '')).join(', ');
}

function registration(r) {
  if (!r) return '';
  const bits = [];
  if (r.productType) bits.push(codeText(r.productType));
  if (r.unregistered) bits.push('uregistrert');
  return bits.join(', ');
}

function shortDoses(list) {
  return list && list.length ? section('Kortdoser', shortDoseList(list)) : null;
}

function shortDoseList(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'Ingen kortdoser.');
  return h('ul', { class: 'plain', 'aria-label': 'Kortdoser' }, list.map((d) => h('li', null, d.text)));
}

// ---------------------------------------------------------------- alerts and conditions

const AUDIENCE = { gp: 'Allmennlege', specialist: 'Spesialist', hospital: 'Sykehus', pharmacy: 'Apotek', vet: 'Veterinær' };

function alerts(list) {
  if (!list || !list.length) return null;
  return section('Varsler fra DMP', h('ul', { class: 'alerts' }, list.map((a) => h('li', { class: 'alert t-' + a.type.code },
    h('p', { class: 'alert-meta' }, h('span', { class: 'tag' }, codeText(a.type)), ' fra ', dateEl(a.fromDate)),
    h('h4', null, a.headline),
    h('p', null, a.text),
    a.link ? h('p', null, externalLink(a.link.url, a.link.description)) : null,
    a.audience && a.audience.length
      ? h('p', { class: 'muted' }, 'Gjelder: ' + a.audience.map((x) => AUDIENCE[x.name] || x.text).join(', ')) : null))));
}

function conditions(list) {
  if (!list || !list.length) return null;
  return section('Vilkår', conditionList(list));
}

function conditionList(list) {
  return h('ul', { class: 'plain conditions' }, list.map((c) => h('li', null,
    h('strong', null, 'Vilkår ' + (c.number || '') + (c.group ? ' (' + codeText(c.group) + ')' : '') + ': '), c.text)));
}

// ---------------------------------------------------------------- reimbursement with role and date

const CODE_SYSTEMS = { 7170: 'ICPC-2', 7110: 'ICD-10', 7434: 'ICPC-2 (refusjon)', 7435: 'ICD-10 (refusjon)' };

function reimbursement(product, params, ctx) {
  const role = params.get('role') === 'dispenser' ? 'dispenser' : 'prescriber';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') || '') ? params.get('date') : today();
  const out = h('div', { 'aria-live': 'polite' });
  const radio = (value, text) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'reimb-role', value, checked: value === role, onchange: update }), ' ', text);
  const dateInput = h('input', { type: 'date', id: 'reimb-date', value: day, required: true, onchange: update });
  const form = h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() },
    h('fieldset', null, h('legend', null, 'Vis for'), radio('prescriber', 'Forskriver'), radio('dispenser', 'Utleverer (apotek)')),
    h('div', null, h('label', { for: 'reimb-date' }, 'Dato'), dateInput));

  async function update() {
    const chosen = form.querySelector('input[name=reimb-role]:checked').value;
    const when = dateInput.value || today();
    ctx.replace({ role: chosen === 'prescriber' ? null : chosen, date: when === today() ? null : when });
    clear(out, message('info', 'Henter refusjon …'));
    try {
      const r = await get('reimbursement', Object.assign({ role: chosen, date: when }, product));
      if (ctx.alive()) clear(out, reimbursementEntries(r));
    } catch (e) {
      if (ctx.alive()) clear(out, message('error', 'Refusjon: ' + e.message));
    }
  }
  update();
  return section('Refusjon', form, out);
}

function reimbursementEntries(r) {
  const who = r.role === 'dispenser' ? 'utleverer' : 'forskriver';
  if (!r.entries.length) return h('p', { class: 'muted' }, `Ingen refusjon for ${who} ${date(r.date)}.`);
  return h('div', { class: 'reimb-list', 'data-role': r.role }, r.entries.map((e) => h('article', { class: 'reimb' },
    h('h4', null, `${codeText(e.legalBasis)} – gruppe ${e.groupNumber}` + (e.groupName && e.groupName !== e.groupNumber ? ` (${e.groupName})` : '')),
    e.eligibleUse ? h('p', null, e.eligibleUse) : null,
    facts([
      ['Krever refusjonskode', e.requiresCode ? 'Ja' : 'Nei'],
      ['Krever vedtak', e.requiresDecision ? 'Ja' : ''],
      ['Gyldig fra', e.link ? dateEl(e.link.validFrom) : ''],
      ['Forskrives til', e.link ? dateEl(e.link.prescribeUntil) : ''],
      ['Utleveres til', e.link ? dateEl(e.link.dispenseUntil) : ''],
    ]),
    e.codes.length ? codeTable(e.codes, r.role) : null,
    e.conditions.length ? conditionList(e.conditions) : null)));
}

function codeTable(codes, role) {
  const cols = ['Kode', 'Kodeverk'].concat(role === 'prescriber' ? ['Tekst'] : [], ['Gyldig fra', 'Forskrives til', 'Utleveres til']);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'codes' },
    h('caption', { class: 'visually-hidden' }, 'Refusjonskoder'),
    h('thead', null, h('tr', null, cols.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, codes.map((c) => h('tr', null,
      h('td', { 'data-label': 'Kode' }, h('strong', null, c.code)),
      h('td', { 'data-label': 'Kodeverk' }, CODE_SYSTEMS[c.codeSystem.split('.').pop()] || c.codeSystem),
      role === 'prescriber' ? h('td', { 'data-label': 'Tekst' }, c.text || '') : null,
      h('td', { 'data-label': 'Gyldig fra' }, dateEl(c.validFrom)),
      h('td', { 'data-label': 'Forskrives til' }, dateEl(c.prescribeUntil) || '–'),
      h('td', { 'data-label': 'Utleveres til' }, dateEl(c.dispenseUntil) || '–'))))));
}

