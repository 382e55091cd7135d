// The search page: the state lives in the URL (/?q=…&rating=Good&year=2019..2024&page=2,
// or /?history=Blackpool), so every view can be bookmarked, shared and reached with Back.
// Data comes from the JSON API; render.js turns it into DOM nodes, never into HTML.
import {el, ratingChart, ratingClass, safeUrl, snippet} from './render.js';

const PAGE_SIZE = 10;
const FACET_VALUES_SHOWN = 8;

// Facets in the order the sidebar shows them, with their labels and the URL parameter that
// filters by them (the facet's own name unless said). A facet the API returns that is not
// listed here is shown after these, under its own name.
const FACETS = [
  {name: 'rating', label: 'Rating'},
  {name: 'year', label: 'Year'},
  {name: 'area', label: 'Service'},
  {name: 'region', label: 'Region'},
  {name: 'inspector', label: 'Chief inspector'},
  {name: 'kind', label: 'Kind of article'},
  {name: 'nation', label: 'Nation'},
];
// URL parameters that are not filters.
const STATE_PARAMS = ['q', 'year', 'sort', 'page', 'history'];

const $ = (id) => document.getElementById(id);
const expandedFacets = new Set();  // facets showing all their values
let renderCount = 0;  // a newer render makes an older one's late answer moot

function facetInfo(name) {
  const known = FACETS.find((f) => f.name === name) || {};
  const words = name.replace(/_/g, ' ');
  return {name, label: known.label || words.charAt(0).toUpperCase() + words.slice(1),
          param: known.param || name};
}

function labelOfParam(param) {
  const known = FACETS.find((f) => (f.param || f.name) === param);
  return facetInfo(known ? known.name : param).label;
}

function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [key, value] of params) {
    if (!STATE_PARAMS.includes(key) && value !== '') (filters[key] ||= []).push(value);
  }
  return {
    q: params.get('q') || '',
    filters,
    year: params.get('year') || '',
    sort: params.get('sort') || 'relevance',
    page: Math.max(1, parseInt(params.get('page'), 10) || 1),
    history: params.get('history'),
  };
}

function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.history) {
    params.set('history', state.history);
  } else {
    if (state.q) params.set('q', state.q);
    for (const [param, values] of Object.entries(state.filters)) {
      for (const value of values) params.append(param, value);
    }
    if (state.year) params.set('year', state.year);
    if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

function navigate(state, {focusResults = false} = {}) {
  history.pushState(null, '', stateUrl(state));
  render(readState(), {focusResults});
}

function withChange(state, change) {
  return {...state, page: 1, ...change};
}

async function getJson(path, params) {
  const response = await fetch(`${path}?${params}`, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = {error: `the server answered ${response.status} without JSON`};
  }
  if (!response.ok) throw new Error(body.error || body.message || `HTTP ${response.status}`);
  return body;
}

// --- the search view -------------------------------------------------------------------

function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [param, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(param, value);
  }
  if (state.year) params.set('year', state.year);
  params.set('sort', state.sort);
  params.set('offset', String((state.page - 1) * PAGE_SIZE));
  params.set('limit', String(PAGE_SIZE));
  params.set('facets', '1');
  params.set('facet_limit', '0');
  return params;
}

function isActive(state, param, value) {
  if (param === 'year') return state.year === String(value);
  return (state.filters[param] || []).some((v) => v.toLowerCase() === String(value).toLowerCase());
}

function toggled(state, param, value) {
  if (param === 'year') return withChange(state, {year: isActive(state, 'year', value) ? '' : String(value)});
  const values = state.filters[param] || [];
  const next = isActive(state, param, value)
    ? values.filter((v) => v.toLowerCase() !== String(value).toLowerCase())
    : [...values, String(value)];
  const filters = {...state.filters, [param]: next};
  if (!next.length) delete filters[param];
  return withChange(state, {filters});
}

function renderFacets(state, facets) {
  const order = [...FACETS.map((f) => f.name),
                 ...Object.keys(facets).filter((n) => !FACETS.some((f) => f.name === n)).sort()];
  const sections = [];
  for (const name of order) {
    const values = facets[name];
    if (!values || !values.length) continue;
    const info = facetInfo(name);
    const expanded = expandedFacets.has(name);
    const shown = expanded ? values : values.slice(0, FACET_VALUES_SHOWN);
    const list = el('ul', {class: 'facet-values'});
    for (const {value, count} of shown) {
      const active = isActive(state, info.param, value);
      const button = el('button', {
        type: 'button',
        class: 'facet-value',
        'aria-pressed': active ? 'true' : 'false',
        'data-facet': name,
        'data-value': String(value),
      }, el('span', {class: 'value'}, String(value)), el('span', {class: 'count'}, String(count)));
      button.addEventListener('click', () => navigate(toggled(state, info.param, value)));
      list.append(el('li', {}, button));
    }
    const section = el('details', {class: 'facet', open: true, 'data-facet': name},
                       el('summary', {}, info.label), list);
    if (values.length > FACET_VALUES_SHOWN) {
      const more = el('button', {type: 'button', class: 'more', 'aria-expanded': expanded ? 'true' : 'false'},
                      expanded ? 'Show fewer' : `Show all ${values.length}`);
      more.addEventListener('click', () => {
        if (expanded) expandedFacets.delete(name); else expandedFacets.add(name);
        renderFacets(state, facets);
      });
      section.append(more);
    }
    sections.push(section);
  }
  $('facets').replaceChildren(...sections);
}

function renderChips(state) {
  const chips = [];
  const chip = (label, next) => {
    const button = el('button', {type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}`},
                      label, el('span', {'aria-hidden': 'true', class: 'x'}, '×'));
    button.addEventListener('click', () => navigate(next));
    chips.push(button);
  };
  for (const [param, values] of Object.entries(state.filters)) {
    for (const value of values) chip(`${labelOfParam(param)}: ${value}`, toggled(state, param, value));
  }
  if (state.year) chip(`Years: ${state.year.replace('..', '–')}`, withChange(state, {year: ''}));
  if (chips.length > 1) {
    const clear = el('button', {type: 'button', class: 'chip clear'}, 'Clear all filters');
    clear.addEventListener('click', () => navigate(withChange(state, {filters: {}, year: ''})));
    chips.push(clear);
  }
  $('chips').replaceChildren(...chips);
}

function renderNotes(state, result) {
  const notes = [];
  if (result.corrected && result.suggestion) {
    notes.push(el('p', {}, 'No documents match ', el('q', {}, state.q), '; showing results for ',
                  el('q', {}, result.suggestion), '.'));
  } else if (result.suggestion) {
    notes.push(el('p', {class: 'did-you-mean'}, 'Did you mean ',
                  el('a', {href: stateUrl(withChange(state, {q: result.suggestion})), 'data-nav': true},
                     result.suggestion), '?'));
  }
  if (result.relaxed) notes.push(el('p', {}, 'No document has all the words; showing documents with any of them.'));
  for (const unknown of result.unknown_values || []) {
    const closest = unknown.suggestions.length ? `; closest: ${unknown.suggestions.join(', ')}` : '';
    notes.push(el('p', {}, `No ${unknown.field} “${unknown.value}” in the index${closest}.`));
  }
  $('notes').replaceChildren(...notes);
}

function historyLink(area) {
  return el('a', {href: stateUrl({history: area}), 'data-nav': true, class: 'area',
                  title: `Rating history of ${area}`}, area);
}

function hitTitle(hit, tag) {
  const text = hit.title || hit.id;
  const url = safeUrl(hit.url);
  return el(tag, {class: 'hit-title'}, url ? el('a', {href: url, rel: 'noopener noreferrer'}, text) : text);
}

function renderHit(hit) {
  const meta = el('p', {class: 'meta'});
  if (hit.area) meta.append(historyLink(hit.area));
  if (hit.year !== null) meta.append(el('span', {class: 'year'}, String(hit.year)));
  if (hit.rating) meta.append(el('span', {class: ratingClass(hit.rating)}, hit.rating));
  if (hit.inspector) meta.append(el('span', {class: 'inspector'}, hit.inspector));
  if (hit.kind && hit.kind !== 'inspection') meta.append(el('span', {class: 'kind'}, hit.kind));
  const item = el('li', {class: 'hit', 'data-id': hit.id}, hitTitle(hit, 'h2'), meta);
  if (hit.snippet) item.append(el('p', {class: 'snippet'}, snippet(hit.snippet, hit.highlights)));
  if (Array.isArray(hit.missing) && hit.missing.length) {
    item.append(el('p', {class: 'missing'}, 'Missing: ',
                    ...hit.missing.flatMap((word, k) => [k ? ', ' : '', el('s', {}, String(word))])));
  }
  return item;
}

function renderPager(state, total) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return $('pager').replaceChildren();
  const link = (page, text, label) => el('a', {
    href: stateUrl({...state, page}), 'data-nav': true, 'data-page': page,
    'aria-label': label, 'aria-current': page === state.page ? 'page' : null,
  }, text);
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, '‹ Previous', 'Previous page'));
  const first = Math.max(1, Math.min(state.page - 2, pages - 4));
  for (let page = first; page <= Math.min(pages, first + 4); ++page) {
    items.push(link(page, String(page), `Page ${page}`));
  }
  if (state.page < pages) items.push(link(state.page + 1, 'Next ›', 'Next page'));
  $('pager').replaceChildren(...items);
}

function summaryText(state, result) {
  const quoted = state.q ? ` for “${state.q}”` : '';
  if (result.total === 0) return `No documents match${quoted}`;
  if (!result.hits.length) return `${result.total} matches${quoted}; none on page ${state.page}`;
  const first = result.hits[0].rank;
  const last = result.hits[result.hits.length - 1].rank;
  return `${first}–${last} of ${result.total} ${result.total === 1 ? 'article' : 'articles'}${quoted}`;
}

async function showSearch(state, turn, {focusResults}) {
  $('search-view').hidden = false;
  $('history-view').hidden = true;
  document.title = state.q ? `${state.q} – yjsearch` : 'yjsearch: youth justice inspections';
  $('q').value = state.q;
  $('sort').value = state.sort;
  const [from, to] = state.year.includes('..') ? state.year.split('..') : [state.year, state.year];
  $('year-from').value = from || '';
  $('year-to').value = to || '';
  renderChips(state);
  const result = await getJson('/api/search', searchParams(state));
  if (turn !== renderCount) return;
  $('summary').textContent = summaryText(state, result);
  renderNotes(state, result);
  renderFacets(state, result.facets || {});
  $('hits').replaceChildren(...result.hits.map(renderHit));
  renderPager(state, result.total);
  if (focusResults) $('results').focus();
}

// --- the history view ------------------------------------------------------------------

function changeText(inspection) {
  if (!inspection.change || !inspection.previous_rating) return null;
  return inspection.change === 'same' ? 'same as before'
                                      : `${inspection.change} from ${inspection.previous_rating}`;
}

async function showHistory(state, turn, {focusResults}) {
  $('search-view').hidden = true;
  $('history-view').hidden = false;
  const result = await getJson('/api/history', new URLSearchParams({area: state.history}));
  if (turn !== renderCount) return;
  const area = result.history_area;
  document.title = `${area}: rating history – yjsearch`;
  $('history-title').textContent = `Rating history of ${area}`;
  const n = result.inspections.length;
  $('history-summary').textContent =
    `${n} ${n === 1 ? 'inspection' : 'inspections'} (${result.hits.length} ${result.hits.length === 1 ? 'article' : 'articles'})`;
  const dated = result.inspections.some((inspection) => inspection.year !== null);
  $('chart').replaceChildren(dated ? ratingChart(area, result.inspections)
                                   : el('p', {}, 'No dated inspection to chart.'));
  const byId = new Map(result.hits.map((hit) => [hit.id, hit]));
  $('inspections').replaceChildren(...result.inspections.map((inspection) => {
    const change = changeText(inspection);
    const sources = el('ul', {class: 'sources'}, inspection.sources.map((id) => {
      const hit = byId.get(id);
      return el('li', {}, hitTitle(hit, 'span'), hit.year !== null && hit.year !== inspection.year ? ` (${hit.year})` : '');
    }));
    return el('li', {class: 'inspection'},
              el('h2', {}, inspection.year === null ? 'Date unknown' : String(inspection.year), ' ',
                 inspection.rating ? el('span', {class: ratingClass(inspection.rating)}, inspection.rating)
                                   : el('span', {class: 'badge unrated'}, 'no rating'),
                 change ? el('span', {class: `change ${inspection.change}`}, change) : ''),
              sources);
  }));
  if (focusResults) $('history-title').focus();
}

// --- wiring ----------------------------------------------------------------------------

async function render(state, options = {}) {
  const turn = ++renderCount;
  document.body.dataset.state = 'loading';
  try {
    if (state.history) {
      await showHistory(state, turn, options);
    } else {
      await showSearch(state, turn, options);
    }
  } catch (error) {
    if (turn !== renderCount) return;
    const target = state.history ? $('history-summary') : $('notes');
    target.replaceChildren(el('p', {class: 'error', role: 'alert'}, error.message));
    if (!state.history) {
      $('summary').textContent = '';
      $('hits').replaceChildren();
      $('pager').replaceChildren();
    }
  }
  if (turn === renderCount) document.body.dataset.state = 'ready';
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(withChange(readState(), {q: $('q').value.trim(), history: null}));
});
$('sort').addEventListener('change', () => navigate(withChange(readState(), {sort: $('sort').value})));
$('year-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = $('year-from').value.trim();
  const to = $('year-to').value.trim();
  const year = from && to && from === to ? from : from || to ? `${from}..${to}` : '';
  navigate(withChange(readState(), {year}));
});
// Links inside the page change the state without reloading it.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  render(readState(), {focusResults: link.hasAttribute('data-page') || link.search.includes('history=')});
});
// "/" jumps to the search box, as on many search sites.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.target.closest('input, select, textarea')) return;
  event.preventDefault();
  $('q').focus();
});
window.addEventListener('popstate', () => render(readState()));
render(readState());
