import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';

import { CHROMIUM_ARGS } from './chromium-args.ts';
export { CHROMIUM_ARGS };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The base URL of the built site, served by the global setup. */
export const siteUrl = (path = '/') => `${inject('siteUrl')}${path}`;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe (WCAG 2 A/AA + best practices) on the page and returns its violations. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * One Chromium and one page for a test file, opened before its tests and closed after:
 * `const ctx = usePage();` then `ctx.page`, `ctx.browser` inside the tests.
 */
export function usePage(): { browser: Browser; page: Page } {
  const ctx = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    ctx.browser = await launch();
    ctx.page = await ctx.browser.newPage();
  });
  afterAll(() => ctx.browser?.close());
  return ctx;
}
