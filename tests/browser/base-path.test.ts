import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { distPages, readPage } from './dist-files.ts';
import { allFeedLinks, linkChecker, readFeed } from './feed.ts';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { astroBuild } from '../unit/hardening/cli.ts';

// The site hosted in a sub-folder: every link carries the base path and resolves, and search
// results point inside it; with SITE set, the absolute metadata (canonical, og:url, sitemap,
// robots.txt, /data urls) names that origin and the base. One build (about 15 s) shared by the assertions.
const BASE = '/reference/';
const SITE = 'https://example.org';
const tmp = mkdtempSync(join(tmpdir(), 'base-path-'));
const dist = join(tmp, 'dist');
let served: Served;
let browser: Browser;

beforeAll(async () => {
  // Test builds take turns (Astro keeps one content-module list in .astro/).
  const built = await astroBuild('content', dist, { BASE, SITE });
  if (built.status !== 0) throw new Error(`astro build with BASE=${BASE} failed: ${built.stderr}`);
  execFileSync('npx', ['pagefind', '--site', dist, '--output-subdir', 'pagefind'], { stdio: 'ignore' });
  // Serve the parent so that /reference/ maps onto dist/, as a host with a sub-folder would.
  execFileSync('mv', [dist, join(tmp, 'reference')]);
  served = await serveDist(tmp);
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('under a base path, every internal link starts with it and resolves', () => {
  const root = join(tmp, 'reference');
  const broken: string[] = [];
  let count = 0;
  for (const { path, file } of distPages(root)) {
    for (const a of parse(readPage(file)).querySelectorAll('a[href], link[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|data:|#)/.test(href)) continue; // data: is inline content (the icon), not a link
      count++;
      const url = new URL(href, `http://site${BASE}${path.slice(1)}`);
      if (!url.pathname.startsWith(BASE)) {
        broken.push(`${path}: ${href} (outside ${BASE})`);
        continue;
      }
      const target = join(tmp, decodeURIComponent(url.pathname));
      const ok = url.pathname.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target) && statSync(target).isFile();
      if (!ok) broken.push(`${path}: ${href}`);
    }
  }
  expect(count).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('under a base path, search results link inside it', async () => {
  const page = await browser.newPage();
  await page.goto(`${served.url}${BASE}search/?q=Posse`);
  const first = page.locator('#results > li > a.result-title').first();
  await first.waitFor({ timeout: 15_000 });
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}authorities/posse-comitatus-act/`));
  await page.close();
});

test('under a base path, the record index is fetched inside it and the whole list links inside it', async () => {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${served.url}${BASE}search/?q=Trump`);
  await page.locator('#results[data-complete]').waitFor({ timeout: 15_000 });
  expect(fetched).toContain(`${BASE}search/records.json`);
  const hrefs = await page.locator('#results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(1);
  expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
  await page.close();
});

test('with SITE and a base path, canonical, og:url, sitemap.xml, robots.txt and /data urls are absolute under both', () => {
  const root = join(tmp, 'reference');
  const pages = distPages(root).filter((p) => p.path !== '/404.html');
  const wrong: string[] = [];
  for (const { path, file } of pages) {
    const doc = parse(readPage(file));
    const want = `${SITE}${BASE}${path.slice(1)}`;
    if (doc.querySelector('link[rel="canonical"]')?.getAttribute('href') !== want) wrong.push(`${path}: canonical`);
    if (doc.querySelector('meta[property="og:url"]')?.getAttribute('content') !== want) wrong.push(`${path}: og:url`);
  }
  expect(wrong).toEqual([]);
  const locs = [...readFileSync(join(root, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(new Set(locs)).toEqual(new Set(pages.map((p) => `${SITE}${BASE}${p.path.slice(1)}`)));
  expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  const actors = JSON.parse(readFileSync(join(root, 'data', 'actors.json'), 'utf8')) as { records: { url: string }[] };
  for (const r of actors.records) expect(r.url.startsWith(`${SITE}${BASE}actors/`)).toBe(true);
});

test('with SITE and a base path, the Atom feed links absolutely under both, every link resolves, and pages link it inside the base', () => {
  const root = join(tmp, 'reference');
  const feed = readFeed(readFileSync(join(root, 'updates', 'feed.xml'), 'utf8'));
  const hrefs = allFeedLinks(feed);
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((h) => !h.startsWith(`${SITE}${BASE}`))).toEqual([]);
  const check = linkChecker(root, BASE, SITE);
  expect(hrefs.map((h) => [h, check(h, `${BASE}updates/feed.xml`)]).filter(([, why]) => why)).toEqual([]);
  const head = parse(readPage(join(root, 'index.html'))).querySelector('head link[type="application/atom+xml"]');
  expect(head?.getAttribute('href')).toBe(`${BASE}updates/feed.xml`);
});
