// What each page type costs a first-time visitor in Chromium: bytes transferred (response bodies
// as sent, gzip by scripts/serve.ts; headers excluded) by kind, request count, and the JavaScript
// that runs before any interaction (script files, and inline scripts, which ride in the HTML).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

export interface PageType {
  type: string;
  path: string;
}

export interface PageWeight extends PageType {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  /** Every script the page runs on load: external files (gzip bytes) and inline module code. */
  scripts: { name: string; raw: number; gzip: number }[];
}

/** The page types the bench measures: one page of each, the first record by id. */
export function pageTypes(dist: string): { pages: PageType[]; skipped: string[] } {
  const first = (collection: string) => {
    const dir = join(dist, collection);
    if (!existsSync(dir)) return null;
    const ids = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
      .map((e) => e.name)
      .sort();
    return ids[0] ?? null;
  };
  const pages: PageType[] = [{ type: 'home', path: '/' }];
  const skipped: string[] = [];
  for (const [type, collection] of [
    ['source', 'sources'],
    ['actor', 'actors'],
    ['authority', 'authorities'],
    ['event', 'events'],
  ] as const) {
    const id = first(collection);
    if (id) pages.push({ type, path: `/${collection}/${id}/` });
    else skipped.push(`${type}: no record in ${collection}/ yet`);
  }
  pages.push({ type: 'timeline', path: '/events/' }, { type: 'search', path: '/search/' });
  return { pages, skipped };
}

export type Kind = 'html' | 'css' | 'js' | 'other';
export const kindOf = (req: Request): Kind => {
  const t = req.resourceType();
  return t === 'document' ? 'html' : t === 'stylesheet' ? 'css' : t === 'script' ? 'js' : 'other';
};

/** Records every finished request of a page from now on; `settle()` gives them with sizes. */
export function recordRequests(page: Page) {
  const pending: Promise<{ url: string; kind: Kind; bytes: number; raw: number; status: number }>[] = [];
  const onFinished = (req: Request) =>
    pending.push(
      (async () => {
        const [sizes, res] = await Promise.all([req.sizes(), req.response()]);
        const raw = res ? await res.body().then((b) => b.length, () => -1) : -1;
        return { url: req.url(), kind: kindOf(req), bytes: Math.max(0, sizes.responseBodySize), raw, status: res?.status() ?? 0 };
      })(),
    );
  const onFailed = (req: Request) => pending.push(Promise.resolve({ url: req.url(), kind: kindOf(req), bytes: 0, raw: 0, status: 0 }));
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return {
    async settle() {
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      return Promise.all(pending);
    },
  };
}

export async function measurePage(browser: Browser, origin: string, p: PageType): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const rec = recordRequests(page);
    const res = await page.goto(origin + p.path, { waitUntil: 'networkidle' });
    if (!res || res.status() !== 200) throw new Error(`${p.path} answered ${res?.status()}`);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => ['', 'module', 'text/javascript'].includes((s as HTMLScriptElement).type))
        .map((s) => s.textContent ?? ''),
    );
    const reqs = await rec.settle();
    const sum = (k: Kind) => reqs.filter((r) => r.kind === k).reduce((t, r) => t + r.bytes, 0);
    const scripts = [
      ...reqs.filter((r) => r.kind === 'js').map((r) => ({ name: new URL(r.url).pathname.split('/').pop()!, raw: r.raw, gzip: r.bytes })),
      ...inline.map((code, i) => ({ name: `inline #${i + 1}`, raw: Buffer.byteLength(code), gzip: gzipSync(code).length })),
    ];
    const [html, css, js, other] = [sum('html'), sum('css'), sum('js'), sum('other')];
    return { ...p, html, css, js, other, total: html + css + js + other, requests: reqs.length, scripts };
  } finally {
    await context.close();
  }
}

/** The type of a built page from its path in dist/ ('actors/x/index.html' -> 'actor'). */
export function typeOfPage(rel: string): string {
  const parts = rel.split('/');
  if (rel === 'index.html') return 'home';
  if (parts.length === 2) return parts[0] === 'events' ? 'timeline' : parts[0] === 'search' ? 'search' : `${parts[0]} index`;
  return { sources: 'source', actors: 'actor', authorities: 'authority', events: 'event' }[parts[0]!] ?? parts[0]!;
}

/**
 * Every HTML page of dist/, gzip'd as the server does (level 6): the heaviest of each type, so the
 * page budget covers all pages, not only the first record measured in the browser.
 */
export function heaviestPages(dist: string): { type: string; path: string; gzip: number; pages: number }[] {
  const best = new Map<string, { type: string; path: string; gzip: number; pages: number }>();
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(join(dir, e.name), r);
      } else if (e.name === 'index.html') {
        const type = typeOfPage(r);
        const gzip = gzipSync(readFileSync(join(dir, e.name)), { level: 6 }).length;
        const cur = best.get(type);
        if (!cur || gzip > cur.gzip) best.set(type, { type, path: `/${r.replace(/index\.html$/, '')}`, gzip, pages: (cur?.pages ?? 0) + 1 });
        else cur.pages++;
      }
    }
  };
  walk(dist, '');
  return [...best.values()].sort((a, b) => b.gzip - a.gzip);
}
