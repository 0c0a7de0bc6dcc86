// The search page's own small UI on Pagefind's JS API (lighter than the bundled UI). The index
// loads when the box gets focus, or at once when the URL already carries ?q=.
import { exactFirst, excerptNodes, paragraphHits, type Anchor } from '../lib/search-results';

type Pagefind = {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(q: string, o: object, ms: number): Promise<null | { results: { data(): Promise<Fragment> }[]; totalFilters: Record<string, Record<string, number>>; unfilteredResultCount: number }>;
};
type Fragment = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>; locations: number[]; anchors: Anchor[] };

const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
const chips = document.querySelector<HTMLElement>('#filters')!;
const bundle = form.dataset.pagefindBase!;
let pagefind: Promise<Pagefind> | null = null;
let type: string | null = new URLSearchParams(location.search).get('type');
let seq = 0;
const PLURAL: Record<string, string> = { actor: 'actors', authority: 'authorities', event: 'events', source: 'sources' };
const plural = (t: string) => PLURAL[t] ?? `${t}s`;
let allTypes: Promise<Record<string, Record<string, number>>> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
    // A match on a record's name or alias (meta) ranks its own page above pages that only
    // mention it; page length matters less, so short event pages do not crowd records out.
    // Result URLs carry the base path when the site lives in a sub-folder.
    await pf.options({ baseUrl: form.dataset.siteBase ?? '/', excerptLength: 24, ranking: { metaWeights: { aliases: 12, title: 6 }, pageLength: 0.4 } });
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

function renderChips(counts: Record<string, number>, total: number, q: string) {
  chips.replaceChildren();
  const entries: [string | null, string, number][] = [[null, 'All', total], ...Object.entries(counts).sort().map(([k, n]) => [k, `${plural(k)[0]!.toUpperCase()}${plural(k).slice(1)}`, n] as [string, string, number])];
  for (const [value, label, n] of entries) {
    const b = el('button', { type: 'button', textContent: `${label} (${n})` });
    b.setAttribute('aria-pressed', String(type === value));
    b.addEventListener('click', () => {
      type = value;
      void run(q);
    });
    chips.append(b);
  }
  chips.hidden = total === 0;
}

async function run(q: string) {
  const mine = ++seq;
  keepInUrl(q);
  if (!q.trim()) {
    list.replaceChildren();
    chips.hidden = true;
    status.textContent = '';
    return;
  }
  const pf = await load();
  // Pagefind counts results per type (totalFilters) only when a filter is given: with no type
  // chosen, filter on "any type", which every page has.
  const types = Object.keys((await (allTypes ??= pf.filters()))['type'] ?? {});
  const search = await pf.debouncedSearch(q, { filters: { type: type ? type : { any: types } } }, 60);
  if (search === null || mine !== seq) return;
  const frags = exactFirst(await Promise.all(search.results.slice(0, 12).map((r) => r.data())), q);
  if (mine !== seq) return;
  renderChips(search.totalFilters['type'] ?? {}, search.unfilteredResultCount, q);
  list.replaceChildren(
    ...frags.map((f) => {
      const kind = [f.filters['type']?.[0], f.filters['kind']?.[0]?.toLowerCase()].filter(Boolean).join(', ');
      const subs = paragraphHits(f.locations, f.anchors, 3).map((h) =>
        el('li', {}, el('a', { href: withHighlight(f.url, q, `#${h.id}`) }, ...excerptNodes(f.content, h.locations, 18))),
      );
      return el(
        'li',
        {},
        el('a', { href: withHighlight(f.url, q), className: 'result-title' }, f.meta['title'] ?? f.url),
        el('span', { className: 'meta' }, kind ? ` · ${kind}` : ''),
        el('p', { className: 'excerpt' }, ...excerptNodes(f.content, f.locations, 24)),
        ...(subs.length ? [el('ul', { className: 'sub' }, ...subs)] : []),
      );
    }),
  );
  const n = search.results.length;
  status.textContent = n
    ? `${n} result${n === 1 ? '' : 's'} for “${q}”${type ? ` among ${plural(type)}` : ''}.`
    : `Nothing matches “${q}”${type ? ` among ${plural(type)}` : ''}. Try another spelling, or browse the A–Z index below.`;
}

function links(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a')];
}

input.addEventListener('focus', () => void load(), { once: true });
input.addEventListener('input', () => void run(input.value));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(input.value);
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
  void run(initial);
}
