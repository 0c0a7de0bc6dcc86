// The first search, as a first-time visitor makes it, on two pages of the same build served the
// same way: the site's /search/ and a page with Pagefind's default UI on the same index. Focus
// the box, type the query at a typist's pace, and wait for the first result of the whole query
// (results of a prefix shown earlier do not count).
//
// - latency: from the `input` event of the last key to the moment a result exists in the DOM
//   with the query complete, measured in the page;
// - bytes: the bodies (as transferred, gzip) of every request the page or its workers started
//   after the page's load event and before that first result.
import type { Browser, Request } from 'playwright-core';

export interface SearchUi {
  /** Shown in the report. */
  label: string;
  path: string;
  input: string;
  /** True in the page once the first result for `q` is shown. */
  ready: (q: string) => boolean;
  /** Present once every kind of result has joined (this site: the full text after the records). */
  complete?: string;
}

export const SITE_UI: SearchUi = {
  label: 'this site (/search/)',
  path: '/search/',
  input: '#q',
  ready: (q) => !!document.querySelector('#results li a') && !!document.querySelector('#status')?.textContent?.includes(`“${q}”`),
  complete: '#results[data-complete]',
};

/** The page scripts/bench.ts writes into the built site for the comparison. */
export const DEFAULT_UI_PATH = '/bench-pagefind-ui/';
export const DEFAULT_UI: SearchUi = {
  label: 'Pagefind default UI',
  path: DEFAULT_UI_PATH,
  input: '.pagefind-ui__search-input',
  ready: (q) => !!document.querySelector('.pagefind-ui__result-link') && !!document.querySelector('.pagefind-ui__message')?.textContent?.includes(q),
};

/** The default UI page: Pagefind's own bundle, its defaults, nothing else. */
export function defaultUiPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script></body></html>`;
}

export interface SearchRun {
  ui: string;
  query: string;
  /** ms from the last keystroke's input event to the first result in the DOM. */
  latencyMs: number;
  /** ms from the last keystroke to the full-text results joining (this site only; null elsewhere). */
  fullTextMs: number | null;
  /** Bytes transferred before the first result, by file kind. */
  bytes: { records: number; js: number; wasm: number; index: number; fragments: number; other: number; total: number };
  requests: number;
}

export const KEY_DELAY_MS = 80;
export const QUERY = 'Hegseth';

const kindOf = (path: string): keyof Omit<SearchRun['bytes'], 'total'> =>
  path.endsWith('records.json') ? 'records' : path.endsWith('.js') ? 'js' : path.endsWith('.pagefind') || path.includes('wasm') ? 'wasm' : path.endsWith('.pf_fragment') ? 'fragments' : /\.pf_(index|meta|filter)$/.test(path) ? 'index' : 'other';

export async function firstSearch(browser: Browser, origin: string, ui: SearchUi, query = QUERY): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Context-level: Pagefind fetches its wasm and index from a worker.
    const started: Request[] = [];
    context.on('request', (r) => started.push(r));
    await page.goto(origin + ui.path, { waitUntil: 'networkidle' });
    const loaded = started.length;
    await page.evaluate(
      ([q, ready, complete]) => {
        const w = window as unknown as { __bench: { lastInput: number; first: number; full: number } };
        w.__bench = { lastInput: 0, first: 0, full: 0 };
        const isReady = new Function('q', `return (${ready})(q)`) as (q: string) => boolean;
        // Capture phase on document: runs before the page's own input handler.
        document.addEventListener('input', () => (w.__bench.lastInput = performance.now()), true);
        new MutationObserver(() => {
          const now = performance.now();
          if (!w.__bench.first && isReady(q)) w.__bench.first = now;
          if (complete && !w.__bench.full && w.__bench.first && document.querySelector(complete)) w.__bench.full = now;
        }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      },
      [query, ui.ready.toString(), ui.complete ?? ''] as const,
    );
    await page.click(ui.input);
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => (window as unknown as { __bench: { first: number } }).__bench.first > 0, null, { timeout: 30_000 });
    if (ui.complete) await page.waitForFunction(() => (window as unknown as { __bench: { full: number } }).__bench.full > 0, null, { timeout: 30_000 });
    const t = await page.evaluate(() => ({ ...(window as unknown as { __bench: { lastInput: number; first: number; full: number } }).__bench, origin: performance.timeOrigin }));
    const firstAt = t.origin + t.first;
    const before = started.slice(loaded).filter((r) => r.timing().startTime > 0 && r.timing().startTime <= firstAt);
    const bytes = { records: 0, js: 0, wasm: 0, index: 0, fragments: 0, other: 0, total: 0 };
    for (const r of before) {
      const size = await r.sizes().then((s) => Math.max(0, s.responseBodySize), () => 0);
      if (process.env.BENCH_DEBUG) console.error(`  ${ui.label}: ${new URL(r.url()).pathname} ${size} B at +${Math.round(r.timing().startTime - t.origin - t.lastInput)} ms from last key`);
      bytes[kindOf(new URL(r.url()).pathname)] += size;
      bytes.total += size;
    }
    return { ui: ui.label, query, latencyMs: t.first - t.lastInput, fullTextMs: t.full ? t.full - t.lastInput : null, bytes, requests: before.length };
  } finally {
    await context.close();
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
