// The benchmark's markdown: machine, build, page weight, first search, Lighthouse, scale, budgets.
import type { Machine } from './machine.ts';
import type { Built } from './build.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchRun } from './search-latency.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { Growth, ScaleRow } from './scale.ts';
import { mark, type Budget } from './budgets.ts';
import { kb, mb, msec, ratio, sec, table } from './table.ts';

type SearchSummary = { runs: SearchRun[]; median: { latencyMs: number; bytes: number } };

export interface Report {
  machine: Machine;
  seed: Built;
  seedArticles: number;
  pages: PageWeight[];
  heaviest: { type: string; path: string; gzip: number; pages: number }[];
  skipped: string[];
  search: SearchSummary | null;
  /** The same search on Pagefind's default UI over the same index. */
  searchDefault: SearchSummary | null;
  lighthouse: LighthouseRun[] | null;
  lighthouseError: string | null;
  scale: ScaleRow[] | null;
  growth: Growth[] | null;
  budgets: Budget[];
  notes: string[];
}

const rss = (kb_: number | null) => (kb_ === null ? 'n/a' : `${Math.round(kb_ / 1024)} MB`);

export function machineLine(m: Machine): string {
  return (
    `${m.date} · ${m.cpus} CPUs (${m.cpuModel}) · ${m.memoryGb} GB · Node ${m.node} · ${m.chromium} · ` +
    `load ${m.load.toFixed(2)} at start · yardstick (SHA-256 of 64 MB) ${msec(m.calibrationMs)}`
  );
}

export function buildSection(r: Report): string {
  const s = r.seed;
  const rec = s.records;
  return [
    `## Build of the seed (${r.seedArticles} article${r.seedArticles === 1 ? '' : 's'}; ${rec.sources} sources, ${rec.actors} actors, ${rec.authorities} authorities, ${rec.events} events)`,
    '',
    table(
      ['step', 'time', 'share', 'peak RSS'],
      [
        ['ingest', `${sec(s.ingest.ms)} (${sec(s.ingest.ms / r.seedArticles)} per article)`, pct(s.ingest.ms, s.totalMs), rss(s.ingest.peakRssKb)],
        ['astro build', sec(s.astro.ms), pct(s.astro.ms, s.totalMs), rss(s.astro.peakRssKb)],
        ['Pagefind', sec(s.pagefind.ms), pct(s.pagefind.ms, s.totalMs), rss(s.pagefind.peakRssKb)],
        ['**total**', `**${sec(s.totalMs)}**`, '100%', rss(s.peakRssKb)],
      ],
    ),
    '',
    table(['pages (HTML files)', 'dist size', 'Pagefind index'], [[s.pages, mb(s.distBytes), kb(s.indexBytes)]]),
  ].join('\n');
}

const pct = (x: number, total: number) => `${Math.round((100 * x) / total)}%`;

export function pageSection(r: Report): string {
  return [
    '## Page weight (Chromium, cold cache, gzip; response bodies as transferred)',
    '',
    table(
      ['page type', 'path', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests', 'JS run on load (raw / gzip)'],
      r.pages.map((p) => [
        p.type,
        `\`${p.path}\``,
        kb(p.html),
        kb(p.css),
        kb(p.js),
        kb(p.other),
        `**${kb(p.total)}**`,
        p.requests,
        p.scripts.map((s) => `${s.name.startsWith('inline') ? 'inline' : 'file'} ${kb(s.raw)} / ${kb(s.gzip)}`).join(' + ') || 'none',
      ]),
    ),
    ...(r.skipped.length ? ['', `Skipped: ${r.skipped.join('; ')}.`] : []),
    '',
    'Heaviest page of each type over the whole site (HTML with its inline CSS and JS, gzip level 6 as served):',
    '',
    table(['page type', 'pages', 'heaviest', 'gzip'], r.heaviest.map((h) => [h.type, h.pages, `\`${h.path}\``, kb(h.gzip)])),
  ].join('\n');
}

export function searchSection(r: Report): string {
  if (!r.search) return '## First search\n\nNot run.';
  const rows = [r.search, r.searchDefault].filter((x): x is SearchSummary => !!x);
  const first = r.search.runs[0]!;
  const parts = (b: SearchRun['bytes']) =>
    [['record index', b.records], ['Pagefind JS', b.js], ['wasm', b.wasm], ['index/meta/filter chunks', b.index], ['result fragments', b.fragments], ['other', b.other]]
      .filter(([, n]) => (n as number) > 0)
      .map(([k, n]) => `${k} ${kb(n as number)}`)
      .join(', ') || 'nothing';
  const full = r.search.runs.map((x) => x.fullTextMs).filter((x): x is number => x !== null);
  return [
    `## First search (type "${first.query}" in a fresh browser context, ${r.search.runs.length} runs per page, alternating; median)`,
    '',
    'Bytes: every request the page or its workers started between the page\'s load and the first result for the whole query. Time: from the last key\'s `input` event to that result in the DOM.',
    '',
    table(
      ['page', 'last key -> first result', 'bytes before first result', 'requests', 'runs (ms)', 'runs (KB)'],
      rows.map((s) => [s.runs[0]!.ui, `**${msec(s.median.latencyMs)}**`, `**${kb(s.median.bytes)}**`, s.runs[0]!.requests, s.runs.map((x) => Math.round(x.latencyMs)).join(', '), s.runs.map((x) => (x.bytes.total / 1024).toFixed(1)).join(', ')]),
    ),
    '',
    ...rows.map((s) => `- ${s.runs[0]!.ui}, first run, by kind: ${parts(s.runs[0]!.bytes)}.`),
    ...(full.length ? [`- This site: the full-text results joined the record answer ${full.map((x) => Math.round(x)).join(', ')} ms after the last key (while the record index answers, Pagefind loads once the reader pauses).`] : []),
  ].join('\n');
}

export function lighthouseSection(r: Report): string {
  if (!r.lighthouse) return `## Lighthouse\n\nNot run: ${r.lighthouseError ?? 'skipped'}.`;
  const rows = r.lighthouse.map((x) => [
    x.type,
    x.formFactor,
    x.scores.performance ?? '–',
    x.scores.accessibility ?? '–',
    x.scores['best-practices'] ?? '–',
    x.scores.seo ?? '–',
    x.lcpMs === null ? '–' : msec(x.lcpMs),
    x.tbtMs === null ? '–' : msec(x.tbtMs),
    x.cls === null ? '–' : x.cls.toFixed(3),
  ]);
  const lost = r.lighthouse.filter((x) => x.failing.length).map((x) => `- ${x.type} (${x.formFactor}): ${x.failing.join('; ')}`);
  return [
    '## Lighthouse (Debian Chromium via chrome-launcher; mobile = default simulated throttling, desktop = desktop config)',
    '',
    table(['page type', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], rows),
    ...(lost.length ? ['', 'Audits below 1 (weighted):', '', ...lost] : []),
  ].join('\n');
}

export function scaleSection(r: Report): string {
  if (!r.scale) return '';
  const rows = r.scale.map(({ articles, built: b, heaviest }) => [
    articles,
    `${b.records.actors} / ${b.records.authorities} / ${b.records.events}`,
    sec(b.ingest.ms),
    sec(b.astro.ms),
    sec(b.pagefind.ms),
    `**${sec(b.totalMs)}**`,
    msec(b.totalMs / articles),
    rss(b.peakRssKb),
    b.pages,
    mb(b.distBytes),
    mb(b.indexBytes),
    heaviest ? `${kb(heaviest.gzip)} \`${heaviest.path}\`` : '–',
  ]);
  const g = (r.growth ?? []).map((x) => [
    `${x.from} -> ${x.to}`,
    `${msec(x.marginal.ms)} (ingest ${msec(x.marginal.ingestMs)}, astro ${msec(x.marginal.astroMs)}, Pagefind ${msec(x.marginal.pagefindMs)})`,
    kb(x.marginal.distBytes),
    kb(x.marginal.indexBytes),
    ratio(x.perArticle.ms),
    x.perArticle.rss === null ? 'n/a' : ratio(x.perArticle.rss),
    ratio(x.perArticle.distBytes),
    ratio(x.perArticle.indexBytes),
  ]);
  return [
    '## Scale (synthetic corpora: seed paragraphs recombined, varied names and dates, fixed PRNG seed)',
    '',
    table(['articles', 'actors / authorities / events', 'ingest', 'astro build', 'Pagefind', 'total', 'per article', 'peak RSS', 'pages', 'dist', 'index', 'heaviest page (gzip)'], rows),
    '',
    'Growth between sizes. Marginal: the cost of one more article between the two sizes. Per-article ratio: ' +
      '(value per article at the larger size) / (value per article at the smaller); ×1.00 is linear, below is sublinear (fixed costs shared).',
    '',
    table(['sizes', 'marginal time per article', 'marginal dist', 'marginal index', 'time per article', 'peak RSS per article', 'dist per article', 'index per article'], g),
    '',
    incrementalSection(r.scale),
  ].join('\n');
}

const counted = (x: { extracted: number; fromCache: number }) => `${x.extracted} extracted, ${x.fromCache} from cache`;

/** Ingest again over each corpus with the extraction cache its build filled. */
export function incrementalSection(scale: ScaleRow[]): string {
  return [
    '### Adding an article (extraction cache)',
    '',
    'After each cold build above (its ingest filled an empty extraction cache), ingest again with nothing changed, ' +
      'then with the next synthetic article added. Only the extraction is cached: the merge and the MDX are made again over every article each time.',
    '',
    table(
      ['articles', 'cold ingest', 'warm ingest, nothing changed', 'one article added', 'cache on disk'],
      scale.map(({ articles, built, incremental: i }) => [
        articles,
        `${sec(built.ingest.ms)} (${counted(built.ingest)})`,
        `**${sec(i.warm.ms)}** (${counted(i.warm)})`,
        `**${sec(i.added.ms)}** (${articles + 1} articles: ${counted(i.added)})`,
        `${mb(i.cacheBytes)} (${i.cacheEntries} entries, ${kb(i.cacheBytes / Math.max(1, i.cacheEntries))} each)`,
      ]),
    ),
  ].join('\n');
}

export function budgetSection(r: Report): string {
  return [
    '## Budgets',
    '',
    table(
      ['budget', 'limit', 'measured', 'result'],
      r.budgets.map((b) => [b.name, b.limit, b.measured, `**${mark(b)}**`]),
    ),
    ...r.budgets.filter((b) => b.why && b.pass !== true).map((b) => `\n- ${mark(b)} ${b.name}: ${b.why}`),
  ].join('\n');
}

export function fullReport(r: Report): string {
  return [
    buildSection(r),
    pageSection(r),
    searchSection(r),
    lighthouseSection(r),
    scaleSection(r),
    budgetSection(r),
    r.notes.length ? `## Notes\n\n${r.notes.map((n) => `- ${n}`).join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
