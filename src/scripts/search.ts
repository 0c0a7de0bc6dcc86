// The search page: one ranked list. The record index (/search/records.json, a few KB, fetched
// when the box gets focus) answers names, aliases and citations as the reader types; Pagefind's
// full-text results join beneath (loaded once the reader pauses on a name, at once otherwise),
// a record the full text also finds listed once. Without JS the page is a GET form and the A–Z index.
import type { RecordEntry } from '../lib/record-index';
import { closeRecords, matchRecords, type RecordHit } from '../lib/record-match';
import { enquote } from '../lib/quote-marks';
import { exactFirst, excerptAddsToCard, excerptNodes, paragraphHits, preciseLocations, precisionFirst, reachableCounts, type Anchor } from '../lib/search-results';

type Result = { data(): Promise<Fragment> };
type Search = { results: Result[]; totalFilters: Record<string, Record<string, number>>; unfilteredResultCount: number };
type Pagefind = {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o: object): Promise<Search>;
  debouncedSearch(q: string, o: object, ms: number): Promise<null | Search>;
};
type Fragment = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>; locations: number[]; anchors: Anchor[] };

/** Full-text results loaded and shown at a time ("Show more" loads the next ones). */
const PAGE = 12;
/**
 * While the record index answers (a name being typed), the full-text index loads only once the
 * reader has paused this long (the debounce of Pagefind's own UI), or pressed Enter; a query of
 * 3 letters or more that names no record loads it at once.
 */
const PAUSE_MS = 300;

const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
const suggest = document.querySelector<HTMLElement>('#suggest')!;
const chips = document.querySelector<HTMLElement>('#filters')!;
const more = document.querySelector<HTMLButtonElement>('#more')!;
const bundle = form.dataset.pagefindBase!;
const PLURAL: Record<string, string> = { actor: 'actors', authority: 'authorities', event: 'events', source: 'sources' };
const plural = (t: string) => PLURAL[t] ?? `${t}s`;

let pagefind: Promise<Pagefind> | null = null;
let records: Promise<RecordEntry[]> | null = null;
let allTypes: Promise<Record<string, Record<string, number>>> | undefined;
let type: string | null = new URLSearchParams(location.search).get('type');
let seq = 0;
let pause: ReturnType<typeof setTimeout> | undefined;

/** What the list shows for the current query. */
let state: {
  q: string;
  named: RecordHit<RecordEntry>[];
  close: RecordHit<RecordEntry>[];
  full: { search: Search; frags: Fragment[]; alsoFound: Record<string, number> } | null;
} = { q: '', named: [], close: [], full: null };

function loadRecords(): Promise<RecordEntry[]> {
  records ??= fetch(form.dataset.records!)
    .then((r) => (r.ok ? (r.json() as Promise<RecordEntry[]>) : []))
    .catch(() => []);
  return records;
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
    // A match on a record's name or alias (meta) ranks its own page above pages that only
    // mention it; page length matters less, so short event pages do not crowd records out.
    // Result URLs carry the base path when the site lives in a sub-folder.
    await pf.options({ baseUrl: form.dataset.siteBase ?? '/', excerptLength: 24, ranking: { metaWeights: { aliases: 12, variants: 8, title: 6 }, pageLength: 0.4 } });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

function keepInUrl(q: string) {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (type) url.searchParams.set('type', type);
  else url.searchParams.delete('type');
  history.replaceState(null, '', url);
}

function withHighlight(url: string, q: string, hash = '') {
  const u = new URL(url, location.href);
  u.searchParams.set('hl', q);
  return u.pathname + u.search + hash;
}

async function run(q: string, now = false) {
  const mine = ++seq;
  clearTimeout(pause);
  if (!q.trim()) {
    keepInUrl(q);
    state = { q: '', named: [], close: [], full: null };
    render();
    return;
  }
  const index = await loadRecords();
  if (mine !== seq) return;
  const named = matchRecords(index, q);
  state = { q, named, close: named.length ? [] : closeRecords(index, q), full: null };
  render();
  if (pagefind || now || (!named.length && q.trim().length >= 3)) void fullText(mine);
  else pause = setTimeout(() => void fullText(mine), PAUSE_MS);
}

async function fullText(mine: number) {
  const pf = await loadPagefind();
  // Pagefind counts results per type (totalFilters) only when a filter is given: with no type
  // chosen, filter on "any type", which every page has.
  const types = Object.keys((await (allTypes ??= pf.filters()))['type'] ?? {});
  if (mine !== seq) return;
  const search = await pf.debouncedSearch(state.q, { filters: { type: type ? type : { any: types } } }, 60);
  if (search === null || mine !== seq) return;
  // The address keeps the query once the reader pauses, not at every key: each replaceState is
  // a navigation in the browser's eyes, with its own work (Chromium fetched the icon again).
  keepInUrl(state.q);
  const [frags, alsoFound] = await Promise.all([nextBatch(search, 0), alsoFoundByType(pf, [...state.named, ...state.close])]);
  if (mine !== seq) return;
  state.full = { search, frags, alsoFound };
  render();
}

/**
 * How many of the records answered, per type, the full text finds too: the same query filtered
 * on the records' own pages (each record page carries a "record" filter).
 */
async function alsoFoundByType(pf: Pagefind, hits: RecordHit<RecordEntry>[]): Promise<Record<string, number>> {
  const byType = new Map<string, string[]>();
  for (const h of hits) byType.set(h.entry.type, [...(byType.get(h.entry.type) ?? []), h.entry.key]);
  const out: Record<string, number> = {};
  for (const [t, keys] of byType) out[t] = (await pf.search(state.q, { filters: { record: { any: keys } } })).results.length;
  return out;
}

/** The next PAGE full-text results, those with a word of the query first. */
async function nextBatch(search: Search, from: number): Promise<Fragment[]> {
  const frags = await Promise.all(search.results.slice(from, from + PAGE).map((r) => r.data()));
  return exactFirst(precisionFirst(frags, state.q), state.q);
}

const ofType = (h: RecordHit<RecordEntry>) => !type || h.entry.type === type;

function render() {
  const { q, full } = state;
  list.toggleAttribute('data-complete', !!full);
  if (!q.trim()) {
    list.replaceChildren();
    chips.hidden = true;
    more.hidden = true;
    status.textContent = '';
    suggest.replaceChildren();
    return;
  }
  const loadedFrags = full?.frags ?? [];
  // When nothing the full text found really has the query's words (Pagefind's stems and
  // prefixes can match "possibility" for "posse", or anything for "Noriaga"), close spellings of
  // a record's name answer instead.
  const weak = !loadedFrags.some((f) => preciseLocations(f.content, f.locations, q).length);
  const close = weak ? state.close : [];
  const texts = close.length ? [] : loadedFrags;
  const pf = full && !close.length ? full.search : null;
  const byUrl = new Map(texts.map((f) => [f.url, f]));
  const shownRecords = [...state.named, ...close];
  const named = shownRecords.filter(ofType);
  const recordUrls = new Set(named.map((h) => h.entry.url));
  // The full text joining re-renders the list: the link the reader had reached keeps the focus.
  const focused = list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
  list.replaceChildren(...named.map((h) => recordItem(h, byUrl.get(h.entry.url))), ...texts.filter((f) => !recordUrls.has(f.url)).map(textItem));
  if (focused) [...list.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.getAttribute('href') === focused)?.focus();
  // Chips count what the list can reach: Pagefind's counts, and the records it does not find.
  const reach = reachableCounts(pf ? { counts: pf.totalFilters['type'] ?? {}, total: pf.unfilteredResultCount } : null, shownRecords.map((h) => h.entry), pf ? full!.alsoFound : {});
  renderChips(reach.counts, reach.total);
  const n = type ? (reach.counts[type] ?? 0) : reach.total;
  more.hidden = !pf || texts.length >= pf.results.length;
  if (!more.hidden) more.textContent = `Show more results (${Math.max(0, n - list.children.length)} more)`;
  const among = type ? ` among ${plural(type)}` : '';
  const shown = list.children.length;
  renderSuggestion(state.close);
  const onlyClose = shown > 0 && !state.named.length && named.length === shown;
  const closeNote = `${shown} close spelling${shown === 1 ? '' : 's'}`;
  if (!full) status.textContent = shown ? `${onlyClose ? closeNote : `${shown} record${shown === 1 ? '' : 's'}`} for ${enquote(q)}${among}; searching the full text…` : `Searching the full text for ${enquote(q)}${among}…`;
  else if (shown && !onlyClose) status.textContent = `${n} result${n === 1 ? '' : 's'} for ${enquote(q)}${among}.`;
  else status.textContent = `Nothing matches ${enquote(q)}${among}${onlyClose ? `; ${closeNote} below` : ''}. Try another spelling, or browse the A–Z index below.`;
}

function renderSuggestion(close: RecordHit<RecordEntry>[]) {
  if (!close.length) return suggest.replaceChildren();
  const links = close.map((h) => el('a', { href: `?q=${encodeURIComponent(h.matched)}` }, h.matched));
  suggest.replaceChildren('Did you mean ', ...links.flatMap((a, i) => (i ? [i === links.length - 1 ? ' or ' : ', ', a] : [a])), '?');
}

function renderChips(counts: Record<string, number>, total: number) {
  const entries: [string | null, string, number][] = [[null, 'All', total], ...Object.entries(counts).sort().map(([k, n]) => [k, `${plural(k)[0]!.toUpperCase()}${plural(k).slice(1)}`, n] as [string, string, number])];
  chips.replaceChildren(
    // A type with nothing to show gets no chip, unless it is the one chosen.
    ...entries.filter(([value, , n]) => n > 0 || value === null || value === type).map(([value, label, n]) => {
      const b = el('button', { type: 'button', textContent: `${label} (${n})` });
      b.setAttribute('aria-pressed', String(type === value));
      b.addEventListener('click', () => {
        type = value;
        keepInUrl(state.q);
        void run(state.q, true);
      });
      return b;
    }),
  );
  chips.hidden = total === 0;
}

function kindOf(t?: string, k?: string) {
  return [t, k?.toLowerCase()].filter(Boolean).join(', ');
}

/** A record of the instant answer; its full-text excerpt once Pagefind has found it too. */
function recordItem(h: RecordHit<RecordEntry>, frag: Fragment | undefined): HTMLLIElement {
  const e = h.entry;
  const why =
    h.how === 'close'
      ? `Close spelling of ${enquote(state.q)}.`
      : h.matched !== e.name
        ? `${e.citation === h.matched ? 'Citation' : e.madeUnder === h.matched ? 'Made under' : 'Also called'} ${h.matched}.`
        : '';
  return el(
    'li',
    { className: 'record' },
    el('a', { href: withHighlight(e.url, state.q), className: 'result-title' }, e.name),
    el('span', { className: 'meta' }, ` · ${kindOf(e.type, e.kind)}`),
    ...(why ? [el('p', { className: 'meta why' }, why)] : []),
    ...(frag ? body(frag, `${e.name} ${kindOf(e.type, e.kind)} ${why}`) : []),
  );
}

function textItem(f: Fragment): HTMLLIElement {
  const kind = kindOf(f.filters['type']?.[0], f.filters['kind']?.[0]);
  return el('li', {}, el('a', { href: withHighlight(f.url, state.q), className: 'result-title' }, f.meta['title'] ?? f.url), el('span', { className: 'meta' }, kind ? ` · ${kind}` : ''), ...body(f, `${f.meta['title'] ?? ''} ${kind}`));
}

/** The excerpt (unless it only repeats the card: `card` is its title and kind) and the paragraphs hit, highlighting only the query's own words. */
function body(f: Fragment, card: string): HTMLElement[] {
  const locations = preciseLocations(f.content, f.locations, state.q);
  const subs = paragraphHits(locations, f.anchors, 3).map((h) => el('li', {}, el('a', { href: withHighlight(f.url, state.q, `#${h.id}`) }, ...excerptNodes(f.content, h.locations, 18))));
  const excerpt = excerptAddsToCard(f.content, locations, 24, card) ? [el('p', { className: 'excerpt' }, ...excerptNodes(f.content, locations, 24))] : [];
  return [...excerpt, ...(subs.length ? [el('ul', { className: 'sub' }, ...subs)] : [])];
}

more.addEventListener('click', async () => {
  const full = state.full;
  if (!full) return;
  const mine = seq;
  const before = list.querySelectorAll('a.result-title').length;
  const next = await nextBatch(full.search, full.frags.length);
  if (mine !== seq) return;
  full.frags.push(...next);
  render();
  // Keyboard and screen reader users land on the first new result.
  list.querySelectorAll<HTMLAnchorElement>('a.result-title')[before]?.focus();
});

function links(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a')];
}

input.addEventListener('focus', () => void loadRecords(), { once: true });
input.addEventListener('input', () => void run(input.value));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(input.value, true);
});
// Arrows move from the box through the result links; Enter follows the focused link natively.
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const all = links();
  if (!all.length) return;
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else all[Math.min(next, all.length - 1)]!.focus();
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (initial) {
  input.value = initial;
  void run(initial, true);
}
