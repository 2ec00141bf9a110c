// An ARIA 1.2 combobox with a list box: typing asks source(q) for hits, arrows move, Enter picks, Esc closes.
import { h, clear, badge } from './dom.js';

const DELAY_MS = 120;

/**
 * input: <input role=combobox>; list: its <ul role=listbox>.
 * source(q) → Promise<{hits, corrected}>; onPick(hit) when an option is chosen.
 */
export function typeahead(input, list, { source, onPick }) {
  const status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  list.after(status);
  let hits = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  function open(yes) {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  }

  function setActive(i) {
    active = i;
    const options = list.querySelectorAll('[role=option]');
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    if (i >= 0 && options[i]) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(result) {
    hits = result.hits || [];
    clear(list);
    hits.forEach((hit, i) => {
      list.append(h('li', {
        id: list.id + '-' + i, role: 'option', 'aria-selected': 'false', 'data-kind': hit.kind, class: 'option',
        onmousedown: (e) => e.preventDefault(),
        onclick: () => pick(i),
      }, badge(hit.kind), ' ', h('span', { class: 'opt-name' }, hit.name), optionExtra(hit)));
    });
    if (result.corrected && hits.length) {
      list.append(h('li', { role: 'presentation', class: 'opt-note' }, 'Ingen eksakte treff – viser lignende stavemåte'));
    }
    status.textContent = hits.length ? hits.length + ' forslag' : 'Ingen forslag';
    open(hits.length > 0);
  }

  function pick(i) {
    const hit = hits[i];
    open(false);
    if (hit) onPick(hit);
  }

  async function lookup() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      hits = [];
      open(false);
      return;
    }
    try {
      const result = await source(q);
      if (mine === seq && document.activeElement === input) show(result);
    } catch (e) {
      if (mine === seq) {
        status.textContent = 'Søket feilet: ' + e.message;
        open(false);
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookup, DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const expanded = !list.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!expanded && hits.length) open(true);
      setActive(hits.length ? (active + 1) % hits.length : -1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded && hits.length) open(true);
      setActive(hits.length ? (active <= 0 ? hits.length - 1 : active - 1) : -1);
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        open(false);
      }
    }
  });
  input.addEventListener('blur', () => open(false));

  return {
    close() {
      seq++;
      clearTimeout(timer);
      open(false);
    },
  };
}

function optionExtra(hit) {
  const bits = [];
  if (hit.itemNumber) bits.push('varenr ' + hit.itemNumber);
  if (hit.packSize) bits.push(hit.packSize);
  if (hit.atc && hit.kind !== 'atc') bits.push(hit.atc);
  return bits.length ? h('span', { class: 'opt-extra' }, ' ' + bits.join(' · ')) : null;
}
