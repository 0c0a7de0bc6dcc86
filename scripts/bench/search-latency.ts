// The first search on /search/, as a first-time visitor makes it: focus the box (which starts
// loading Pagefind), type the query at a typist's pace, and wait for the first result. Measured in
// the page: from the `input` event of the last key to the moment `#results li` exists with the
// status naming the whole query (results of a prefix shown earlier do not count). Bytes: every
// response after the page loaded (Pagefind's JS, its wasm, index chunks, result fragments).
import type { Browser } from 'playwright-core';
import { recordRequests } from './page-weight.ts';

export interface SearchRun {
  /** ms from the last keystroke's input event to the first result in the DOM. */
  latencyMs: number;
  /** Bytes transferred for the query (gzip where served gzip), by file kind. */
  bytes: { js: number; wasm: number; index: number; fragments: number; other: number; total: number };
  requests: number;
  results: number;
}

export const KEY_DELAY_MS = 80;

export async function firstSearch(browser: Browser, origin: string, query = 'Posse'): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.evaluate((q) => {
      const w = window as unknown as { __bench: { lastInput: number; first: number } };
      w.__bench = { lastInput: 0, first: 0 };
      // Capture phase on document: runs before the page's own input handler.
      document.addEventListener('input', () => (w.__bench.lastInput = performance.now()), true);
      const list = document.querySelector('#results')!;
      const status = document.querySelector('#status')!;
      new MutationObserver(() => {
        if (!w.__bench.first && list.querySelector('li') && status.textContent?.includes(`“${q}”`)) w.__bench.first = performance.now();
      }).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
    }, query);
    const rec = recordRequests(page);
    await page.click('#q');
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => (window as unknown as { __bench: { first: number } }).__bench.first > 0, null, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const t = await page.evaluate(() => (window as unknown as { __bench: { lastInput: number; first: number } }).__bench);
    const results = await page.locator('#results > li').count();
    const reqs = await rec.settle();
    const bytes = { js: 0, wasm: 0, index: 0, fragments: 0, other: 0, total: 0 };
    for (const r of reqs) {
      const path = new URL(r.url).pathname;
      const k = path.endsWith('.js') ? 'js' : path.endsWith('.pagefind') || path.includes('wasm') ? 'wasm' : path.endsWith('.pf_fragment') ? 'fragments' : /\.pf_(index|meta|filter)$/.test(path) ? 'index' : 'other';
      bytes[k] += r.bytes;
      bytes.total += r.bytes;
    }
    return { latencyMs: t.first - t.lastInput, bytes, requests: reqs.length, results };
  } finally {
    await context.close();
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
