import { chromium } from 'playwright-core';
import { serveDist } from './serve.ts';
import { CHROMIUM_ARGS } from '../tests/browser/chromium-args.ts';
// How many pages Pagefind's full text gives for each word, and which: to check that furniture
// (citations, navigation, provenance lines) is not indexed.
// node scripts/search-count.ts [dist] [word,word]
const dist = process.argv[2] ?? 'dist';
const words = (process.argv[3] ?? 'Trump,directs').split(',');
const s = await serveDist(dist);
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const p = await b.newPage();
await p.goto(`${s.url}/search/`);
for (const word of words) {
  const urls = await p.evaluate(async ({ base, word }) => {
    const pf = await import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`);
    const r = await pf.search(word);
    const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string }> }) => x.data()));
    return data.map((d: { url: string }) => d.url);
  }, { base: s.url, word });
  console.log(`${word}: ${urls.length} pages`);
  for (const u of urls.sort()) console.log(`  ${u}`);
}
await b.close(); await s.close();
