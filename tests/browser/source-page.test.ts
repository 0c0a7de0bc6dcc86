import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, siteUrl } from './harness.ts';
import { readFileSync, readdirSync } from 'node:fs';

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

describe('accessibility', () => {
  for (const [name, path] of [['home', '/'], ['source', sourcePath], ['search', '/search/']] as const)
    for (const scheme of ['light', 'dark'] as const)
      test(`axe finds no violations on the ${name} page (${scheme})`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(siteUrl(path));
        expect(await axeViolations(page)).toEqual([]);
      });
});
