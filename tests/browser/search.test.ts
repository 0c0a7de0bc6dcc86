import { expect, test } from 'vitest';
import { siteUrl , usePage } from './harness.ts';

const ctx = usePage();

test('/search/?q=Posse Comitatus opens with results, and a result reaches the paragraph', async () => {
  await ctx.page.goto(siteUrl('/search/?q=Posse%20Comitatus'));
  const sub = ctx.page.locator('#results a[href*="#p-"]').first();
  await sub.waitFor({ timeout: 15_000 });
  await expect(ctx.page.locator('#q').inputValue()).resolves.toBe('Posse Comitatus');
  await sub.click();
  await ctx.page.waitForURL(/#p-/);
  const target = await ctx.page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
  expect(target).toContain('Posse Comitatus Act');
});

test('typing in the box shows results without a page reload and keeps the query in the URL', async () => {
  await ctx.page.goto(siteUrl('/search/'));
  await ctx.page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await ctx.page.locator('#q').fill('fentanyl');
  await ctx.page.locator('#results li').first().waitFor({ timeout: 15_000 });
  expect(await ctx.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(new URL(ctx.page.url()).searchParams.get('q')).toBe('fentanyl');
  await expect(ctx.page.locator('#status').textContent()).resolves.toMatch(/result/);
});

test('the header search box is a plain GET form to /search/ that works without JS', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(siteUrl('/'));
  await p.locator('#site-search').fill('Maduro');
  await p.locator('#site-search').press('Enter');
  await p.waitForURL(/\/search\/\?q=Maduro/);
  expect(await p.locator('#a-z').count()).toBe(1);
  await context.close();
});
