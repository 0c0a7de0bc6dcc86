import { chromium } from 'playwright-core';
import { serveDist } from './serve.ts';
// Screenshots of pages at phone and desktop widths, light and dark, to look at before calling a
// page done: node scripts/screenshots.ts [dist] [/,/actors/x/] [out-folder] [full] (full: the whole page, not the first screen)
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../tests/browser/chromium-args.ts';
const dist = process.argv[2] ?? 'dist';
const pages = (process.argv[3] ?? '/').split(',');
const out = process.argv[4] ?? 'screenshots';
const fullPage = process.argv[5] === 'full';
mkdirSync(out, { recursive: true });
const s = await serveDist(dist);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) for (const width of [390, 1280]) {
  const ctx = await b.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  for (const path of pages) {
    await p.goto(s.url + path);
    // A search is shot with its results, the full text joined.
    if (path.includes('q=')) await p.locator('#results[data-complete]').waitFor({ timeout: 15_000 }).catch(() => {});
    const name = path.replace(/[^a-z0-9]+/gi, '_') || 'home';
    await p.screenshot({ path: `${out}/${name}_${width}_${scheme}.png`, fullPage });
  }
  await ctx.close();
}
await b.close(); await s.close();
