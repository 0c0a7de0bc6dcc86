// npm run bench [-- --scale] [-- --strict] [-- --runs N] [-- --no-lighthouse] [-- --no-write] [-- --keep]
//
// Builds the seed corpus from scratch into a temporary folder (content/ and dist/ are not
// touched), serves it gzip'd, measures page weight and the first search in Chromium, runs
// Lighthouse, optionally builds synthetic corpora of 10, 100 and 1,000 articles, checks the
// budgets, prints one markdown report and writes it to docs/performance.md. Exits non-zero on a
// failed budget only with --strict.
import { parseArgs } from 'node:util';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.ts';
import { CHROMIUM_ARGS } from '../tests/browser/chromium-args.ts';
import { machine } from './bench/machine.ts';
import { buildCorpus, hasTime } from './bench/build.ts';
import { heaviestPages, measurePage, pageTypes, type PageWeight } from './bench/page-weight.ts';
import { DEFAULT_UI, DEFAULT_UI_PATH, defaultUiPage, firstSearch, median, KEY_DELAY_MS, QUERY, SITE_UI, type SearchRun } from './bench/search-latency.ts';
import { CHROMIUM, lighthouseAll, type LighthouseRun } from './bench/lighthouse.ts';
import { growth, scaleRuns, SIZES, type Growth, type ScaleRow } from './bench/scale.ts';
import { checkBudgets, mark } from './bench/budgets.ts';
import { fullReport, machineLine, type Report } from './bench/report.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    sizes: { type: 'string', default: SIZES.join(',') },
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const log = (s: string) => console.error(`bench: ${s}`);
const notes: string[] = [];

// 1. The machine, and a yardstick timed now: the machine is shared, so read times against it.
const m = machine();
log(machineLine(m));
if (!hasTime()) notes.push('Peak RSS not measured: /usr/bin/time is missing (`apt-get install -y time`).');

// 2. Build the seed as `npm run build` does, cold, into a temporary folder, for the port it will be
//    served on (canonical URLs and /data/*.json carry the origin).
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const seedArticles = readdirSync('seeds').filter((n) => n.endsWith('.txt')).length;
log(`building the seed (${seedArticles} article(s)) in ${work}`);
const seed = await buildCorpus('seeds', join(work, 'seed'), { SITE: origin });
log(`built in ${(seed.totalMs / 1000).toFixed(1)} s: ${seed.pages} pages`);

// 3. Page weight and the first search, in Chromium against the gzip server. The page with
//    Pagefind's default UI, for comparison, is written before serving (sirv lists files once).
const heaviest = heaviestPages(seed.dist);
mkdirSync(join(seed.dist, DEFAULT_UI_PATH), { recursive: true });
writeFileSync(join(seed.dist, DEFAULT_UI_PATH, 'index.html'), defaultUiPage());
const served = await serveDist(seed.dist, port);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const { pages: types, skipped } = pageTypes(seed.dist);
const pages: PageWeight[] = [];
for (const t of types) pages.push(await measurePage(browser, origin, t));
log('page weight measured');
// The first search on the site's page and, for comparison, on Pagefind's default UI over the same
// index, served the same way, alternating runs so both see the same machine load.
const runs: SearchRun[] = [];
const defaultRuns: SearchRun[] = [];
for (let i = 0; i < Math.max(1, Number(opt.runs)); i++) {
  runs.push(await firstSearch(browser, origin, SITE_UI));
  defaultRuns.push(await firstSearch(browser, origin, DEFAULT_UI));
}
const summary = (rs: SearchRun[]) => ({ runs: rs, median: { latencyMs: median(rs.map((r) => r.latencyMs)), bytes: median(rs.map((r) => r.bytes.total)) } });
const search = summary(runs);
const searchDefault = summary(defaultRuns);
log(`first search: ${Math.round(search.median.latencyMs)} ms, ${(search.median.bytes / 1024).toFixed(1)} KB (median of ${runs.length}); Pagefind default UI ${Math.round(searchDefault.median.latencyMs)} ms, ${(searchDefault.median.bytes / 1024).toFixed(1)} KB`);
await browser.close();
notes.push(`First search: "${QUERY}" typed ${KEY_DELAY_MS} ms apart after a click in the box, on both pages.`);

// 4. Lighthouse, mobile and desktop, for every page type.
let lighthouse: LighthouseRun[] | null = null;
let lighthouseError: string | null = null;
if (opt['no-lighthouse']) lighthouseError = 'skipped with --no-lighthouse';
else {
  try {
    lighthouse = await lighthouseAll(origin, types, log);
  } catch (e) {
    lighthouseError = `Lighthouse could not run: ${(e as Error).message.split('\n')[0]}`;
    log(lighthouseError);
    notes.push(lighthouseError);
  }
}
await served.close();

// 5. Scale: synthetic corpora, built one after the other.
let scale: ScaleRow[] | null = null;
let grow: Growth[] | null = null;
if (opt.scale) {
  scale = await scaleRuns(work, opt.sizes.split(',').map(Number), log);
  grow = growth(scale);
}

// 6. Budgets and the report.
const budgets = checkBudgets({ seed, pages, heaviest, search: search.median, lighthouse, lighthouseError, scale, growth: grow });
const report: Report = { machine: m, seed, seedArticles, pages, heaviest, skipped, search, searchDefault, lighthouse, lighthouseError, scale, growth: grow, budgets, notes };
let body = fullReport(report);
const doc = 'docs/performance.md';
if (!scale && existsSync(doc)) {
  // Keep the last scale figures (they take minutes to make), marked with their own date.
  const previous = /<!-- scale -->[\s\S]*?<!-- \/scale -->/.exec(readFileSync(doc, 'utf8'))?.[0];
  if (previous) body = body.replace('## Budgets', `${previous}\n\n## Budgets`);
} else if (scale) body = body.replace(/## Scale[\s\S]*?(?=\n## Budgets)/, (s) => `<!-- scale -->\n${s.trimEnd()}\n\n_Scale figures of ${m.date}._\n<!-- /scale -->\n`);
// Findings written by hand (causes, fixes, open issues) are kept from one run to the next.
const findings = existsSync(doc) ? /<!-- findings -->[\s\S]*?<!-- \/findings -->/.exec(readFileSync(doc, 'utf8'))?.[0] : undefined;
const markdown = `# Performance\n\nMade by \`npm run bench\` (scale figures: \`npm run bench -- --scale\`). Latest run: ${machineLine(m)}.\n\n${body}\n${findings ? `\n${findings}\n` : ''}`;
console.log(markdown);
if (!opt['no-write']) {
  mkdirSync('docs', { recursive: true });
  writeFileSync(doc, markdown);
  log(`wrote ${doc}`);
}
if (!opt.keep) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);

const failed = budgets.filter((b) => b.pass === false);
log(`budgets: ${budgets.map((b) => `${mark(b)} ${b.name}`).join(' | ')}`);
if (opt.strict && failed.length) process.exit(1);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const p = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(p));
    });
  });
}
