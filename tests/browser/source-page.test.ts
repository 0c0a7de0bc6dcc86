import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, siteUrl } from './harness.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { contentSources } from '../unit/hardening/coverage.ts';
import { distPages, readPage } from './dist-files.ts';

let browser: Browser;
let page: Page;
const sourceId = readdirSync('content/sources')[0]!.replace(/\.mdx$/, '');
const sourcePath = `/sources/${sourceId}/`;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe('the source page', () => {
  test('every paragraph of the article is on the page, each in its own element with its id', async () => {
    const mdx = readFileSync(`content/sources/${sourceId}.mdx`, 'utf8');
    const ids = [...mdx.matchAll(/^ {2}- id: (p-[a-z0-9-]+)$/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThanOrEqual(45);
    await page.goto(siteUrl(sourcePath));
    const onPage = await page.$$eval('.para[id]', (els) => els.map((e) => e.id));
    expect(onPage).toEqual(ids);
  });

  test('each paragraph has a visible link to itself', async () => {
    await page.goto(siteUrl(sourcePath));
    const bad = await page.$$eval('.para[id]', (els) =>
      els.filter((e) => {
        const a = e.querySelector('a.self-link');
        return !a || a.getAttribute('href') !== `#${e.id}` || (a as HTMLElement).offsetWidth === 0;
      }).length,
    );
    expect(bad).toBe(0);
  });

  test("opening a paragraph's link targets and highlights that paragraph", async () => {
    await page.goto(siteUrl(sourcePath));
    const id = await page.$$eval('.para[id]', (els) => els[10]!.id);
    await page.goto(siteUrl(`${sourcePath}#${id}`));
    const targeted = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(targeted).toBe(id);
    const bg = await page.$eval(`#${id}`, (e) => getComputedStyle(e).backgroundColor);
    const other = await page.$$eval('.para[id]', (els) => getComputedStyle(els[0]!).backgroundColor);
    expect(bg).not.toBe(other);
  });

  test('the caption is shown as a caption, not as a paragraph of the story', async () => {
    await page.goto(siteUrl(sourcePath));
    expect(await page.locator('figcaption').count()).toBe(1);
    const inBody = await page.$$eval('.para', (els) => els.some((e) => e.textContent?.includes('AP Photo')));
    expect(inBody).toBe(false);
  });

  test('title, outlet and date are shown', async () => {
    await page.goto(siteUrl(sourcePath));
    await expect(page.locator('h1').textContent()).resolves.toContain('President Trump directs military');
    await expect(page.locator('time').first().getAttribute('datetime')).resolves.toBe('2025-08-08');
  });
});

describe('paragraph numbers and credits', () => {
  const sources = contentSources('content');
  const number = new Map<string, number>(sources.flatMap((src) => src.paragraphs.map((p, i) => [`/sources/${src.id}/#${p.id}`, i + 1] as const)));

  test('the source page numbers its paragraphs ¶ 1 … ¶ N, each number part of its link\'s accessible name', async () => {
    const src = sources.find((x) => x.id === sourceId)!;
    await page.goto(siteUrl(sourcePath));
    for (const [i, p] of src.paragraphs.entries()) {
      const link = page.getByRole('link', { name: `¶ ${i + 1} (link to this paragraph)`, exact: true });
      expect(await link.getAttribute('href')).toBe(`#${p.id}`);
      expect(await link.isVisible()).toBe(true);
    }
  });

  test('every ¶ number in a citation is the number its paragraph shows on the source page', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const p of distPages()) {
      for (const a of parseHtml(readPage(p.file)).querySelectorAll('a.cite')) {
        const n = /¶ (\d+)$/.exec(a.textContent)?.[1];
        if (!n) continue;
        checked++;
        const href = a.getAttribute('href')!;
        if (number.get(href) !== Number(n)) wrong.push(`${p.path}: ${href} cited as ¶ ${n}, shown as ¶ ${number.get(href)}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  test('the source page credits the agency its sidecar names and gives the original article', async () => {
    const src = sources.find((x) => x.id === sourceId)!;
    const meta = parseYaml(readFileSync(src.file.replace(/\.txt$/, '.meta'), 'utf8')) as { agency?: string; url?: string };
    await page.goto(siteUrl(sourcePath));
    const text = await page.locator('main').innerText();
    if (meta.agency) expect(text).toContain(`Story by ${meta.agency}, carried by ${src.outlet}`);
    const original = page.locator('.original');
    expect(await original.innerText()).toContain(`“${src.title}”, ${src.outlet}`);
    if (meta.url) expect(await original.locator('a').getAttribute('href')).toBe(meta.url);
    else expect(await original.innerText()).toContain('address was not recorded');
  });

  test("every quotation's citation names the original article (credit, title, outlet, day) and its paragraph number", () => {
    const byPath = new Map(sources.map((x) => [`/sources/${x.id}/`, x]));
    const credit = new Map(sources.map((x) => [x.id, (parseYaml(readFileSync(x.file.replace(/\.txt$/, '.meta'), 'utf8')) as { agency?: string }).agency]));
    const bad: string[] = [];
    let quotes = 0;
    for (const p of distPages().filter((x) => /^\/(actors|authorities|events)\/[^/]+\/$|^\/$/.test(x.path)))
      for (const q of parseHtml(readPage(p.file)).querySelectorAll('blockquote.quote')) {
        quotes++;
        const footer = q.querySelector('footer')!.textContent;
        const href = q.querySelector('a.cite')!.getAttribute('href')!;
        const src = byPath.get(href.split('#')[0]!)!;
        const want = [credit.get(src.id), `“${src.title}”`, src.outlet, `¶ ${number.get(href)}`].filter(Boolean) as string[];
        for (const w of want) if (!footer.includes(w)) bad.push(`${p.path}: ${footer} lacks ${w}`);
        if (src.url && !q.querySelector(`footer a[href="${src.url}"]`)) bad.push(`${p.path}: no link to the original`);
      }
    expect(quotes).toBeGreaterThan(20);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('accessibility', () => {
  for (const [name, path] of [['home', '/'], ['source', sourcePath], ['search', '/search/']] as const)
    for (const scheme of ['light', 'dark'] as const)
      test(`axe finds no violations on the ${name} page (${scheme})`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(siteUrl(path));
        expect(await axeViolations(page)).toEqual([]);
      });
});
