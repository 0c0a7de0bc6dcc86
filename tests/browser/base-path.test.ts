import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { distPages, readPage } from './dist-files.ts';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { astroBuild } from '../unit/hardening/cli.ts';

// The site hosted in a sub-folder: every link carries the base path and resolves, and search
// results point inside it. One build (about 15 s) shared by the assertions.
const BASE = '/reference/';
const tmp = mkdtempSync(join(tmpdir(), 'base-path-'));
const dist = join(tmp, 'dist');
let served: Served;
let browser: Browser;

beforeAll(async () => {
  // Test builds take turns (Astro keeps one content-module list in .astro/).
  const built = await astroBuild('content', dist, { BASE });
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
      if (/^(https?:|mailto:|#)/.test(href)) continue;
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
