import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, siteUrl } from './harness.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

test('/search/?q=Posse Comitatus opens with results, and a result reaches the paragraph', async () => {
  await page.goto(siteUrl('/search/?q=Posse%20Comitatus'));
  const sub = page.locator('#results a[href*="#p-"]').first();
  await sub.waitFor({ timeout: 15_000 });
  await expect(page.locator('#q').inputValue()).resolves.toBe('Posse Comitatus');
  await sub.click();
  await page.waitForURL(/#p-/);
  const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
  expect(target).toContain('Posse Comitatus Act');
});

test('typing in the box shows results without a page reload and keeps the query in the URL', async () => {
  await page.goto(siteUrl('/search/'));
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.locator('#q').fill('fentanyl');
  await page.locator('#results li').first().waitFor({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(new URL(page.url()).searchParams.get('q')).toBe('fentanyl');
  await expect(page.locator('#status').textContent()).resolves.toMatch(/result/);
});

test('the header search box is a plain GET form to /search/ that works without JS', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto(siteUrl('/'));
  await p.locator('#site-search').fill('Maduro');
  await p.locator('#site-search').press('Enter');
  await p.waitForURL(/\/search\/\?q=Maduro/);
  expect(await p.locator('#a-z').count()).toBe(1);
  await ctx.close();
});
