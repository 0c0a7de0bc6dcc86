// The budgets of DESIGN.md and issue 7, checked against what the bench measured.
import type { Built } from './build.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { ScaleRow, Growth } from './scale.ts';
import { nearLinear } from './scale.ts';
import { kb, msec, sec } from './table.ts';

export const LIMITS = {
  pageBytes: 30 * 1024,
  enhanceJsBytes: 3 * 1024,
  // Issue 13: a first search of a record's name answers from the record index alone.
  searchBytes: 25 * 1024,
  searchMs: 50,
  seedBuildMs: 20_000,
  thousandBuildMs: 5 * 60_000,
};

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  /** null: not measured in this run. */
  pass: boolean | null;
  why?: string | undefined;
}

export interface Measured {
  seed: Built;
  pages: PageWeight[];
  heaviest: { type: string; path: string; gzip: number; pages: number }[];
  search: { bytes: number; latencyMs: number } | null;
  lighthouse: LighthouseRun[] | null;
  lighthouseError: string | null;
  scale: ScaleRow[] | null;
  growth: Growth[] | null;
}

export function checkBudgets(m: Measured): Budget[] {
  const out: Budget[] = [];

  const heavy = m.pages.filter((p) => p.total > LIMITS.pageBytes);
  const heaviest = [...m.pages].sort((a, b) => b.total - a.total)[0];
  out.push({
    name: 'Page weight: first page of each type, all bytes transferred on load (browser)',
    limit: `<= ${kb(LIMITS.pageBytes)}`,
    measured: heaviest ? `max ${kb(heaviest.total)} (${heaviest.type})` : 'no page',
    pass: m.pages.length ? heavy.length === 0 : null,
    why: heavy.map((p) => `${p.type} ${p.path}: ${kb(p.total)} (HTML ${kb(p.html)}, CSS ${kb(p.css)}, JS ${kb(p.js)}, other ${kb(p.other)})`).join('; ') || undefined,
  });
  const over = m.heaviest.filter((h) => h.gzip > LIMITS.pageBytes);
  out.push({
    name: 'Page weight: every page of the site, HTML (with its inline CSS and JS) gzip',
    limit: `<= ${kb(LIMITS.pageBytes)}`,
    measured: m.heaviest[0] ? `max ${kb(m.heaviest[0].gzip)} (${m.heaviest[0].path})` : 'no page',
    pass: m.heaviest.length ? over.length === 0 : null,
    why: over.map((h) => `${h.path} ${kb(h.gzip)}`).join('; ') || undefined,
  });

  // Before any interaction: content pages run only the inline enhancement; search adds its script.
  const jsIssues: string[] = [];
  let enhanceMax = 0;
  for (const p of m.pages) {
    const inline = p.scripts.filter((s) => s.name.startsWith('inline'));
    const files = p.scripts.filter((s) => !s.name.startsWith('inline'));
    const inlineRaw = inline.reduce((t, s) => t + s.raw, 0);
    enhanceMax = Math.max(enhanceMax, inlineRaw);
    if (inlineRaw > LIMITS.enhanceJsBytes) jsIssues.push(`${p.type}: inline script ${kb(inlineRaw)} > ${kb(LIMITS.enhanceJsBytes)}`);
    const unexpected = p.type === 'search' ? files.filter((f) => !/^search\./.test(f.name)) : files;
    for (const f of unexpected) jsIssues.push(`${p.type}: loads ${f.name} (${kb(f.gzip)} gzip) before interaction`);
  }
  const searchJs = m.pages.find((p) => p.type === 'search')?.scripts.filter((s) => !s.name.startsWith('inline')) ?? [];
  out.push({
    name: 'JS before interaction: only the copy-link enhancement (+ the search script on /search/)',
    limit: `enhancement <= ${kb(LIMITS.enhanceJsBytes)} (minified)`,
    measured: `enhancement ${kb(enhanceMax)}; search page ${searchJs.map((s) => `${kb(s.raw)} (${kb(s.gzip)} gzip)`).join(', ') || 'no file'}`,
    pass: m.pages.length ? jsIssues.length === 0 : null,
    why: jsIssues.join('; ') || undefined,
  });

  if (m.lighthouse) {
    const short = m.lighthouse.filter((r) => Object.values(r.scores).some((s) => s !== 100));
    out.push({
      name: 'Lighthouse 100 in all four categories, every page type, mobile and desktop',
      limit: '100 × 4',
      measured: `${m.lighthouse.length - short.length}/${m.lighthouse.length} runs at 100 × 4`,
      pass: short.length === 0,
      why:
        short
          .map((r) => `${r.type} ${r.formFactor}: ${Object.entries(r.scores).filter(([, s]) => s !== 100).map(([c, s]) => `${c} ${s}`).join(', ')} [${r.failing.join('; ')}]`)
          .join(' · ') || undefined,
    });
    const shifted = m.lighthouse.filter((r) => (r.cls ?? 0) !== 0);
    out.push({
      name: 'CLS 0 on every page type',
      limit: '0',
      measured: `max ${Math.max(...m.lighthouse.map((r) => r.cls ?? 0)).toFixed(3)}`,
      pass: shifted.length === 0,
      why: shifted.map((r) => `${r.type} ${r.formFactor}: ${r.cls}`).join('; ') || undefined,
    });
  } else
    out.push({ name: 'Lighthouse 100 × 4 and CLS 0', limit: '100 × 4, CLS 0', measured: 'not run', pass: null, why: m.lighthouseError ?? undefined });

  out.push({
    name: 'First search of a name: bytes fetched between load and first result (median)',
    limit: `<= ${kb(LIMITS.searchBytes)}`,
    measured: m.search ? kb(m.search.bytes) : 'not run',
    pass: m.search ? m.search.bytes <= LIMITS.searchBytes : null,
  });
  out.push({
    name: 'First search: last key -> first result (median)',
    limit: `<= ${msec(LIMITS.searchMs)}`,
    measured: m.search ? msec(m.search.latencyMs) : 'not run',
    pass: m.search ? m.search.latencyMs <= LIMITS.searchMs : null,
  });
  out.push({
    name: 'Build of the seed (ingest + astro build + Pagefind, cold cache)',
    limit: `<= ${sec(LIMITS.seedBuildMs)}`,
    measured: sec(m.seed.totalMs),
    pass: m.seed.totalMs <= LIMITS.seedBuildMs,
  });
  const thousand = m.scale?.find((r) => r.articles === 1000);
  out.push({
    name: 'Build of 1,000 synthetic articles',
    limit: `<= ${sec(LIMITS.thousandBuildMs)}`,
    measured: thousand ? sec(thousand.built.totalMs) : 'not run (npm run bench -- --scale)',
    pass: thousand ? thousand.built.totalMs <= LIMITS.thousandBuildMs : null,
  });
  out.push({
    name: 'Adding one article to 1,000: only that article is extracted (extraction cache)',
    limit: '1 extracted',
    measured: thousand ? `${thousand.incremental.added.extracted} extracted, ${thousand.incremental.added.fromCache} from cache, ${sec(thousand.incremental.added.ms)}` : 'not run (npm run bench -- --scale)',
    pass: thousand ? thousand.incremental.added.extracted === 1 && thousand.incremental.warm.extracted === 0 : null,
  });
  if (m.growth && m.growth.length > 1) {
    const lin = nearLinear(m.growth);
    out.push({
      name: 'Build time grows near linearly (marginal cost per article, last step / step before)',
      limit: '<= ×1.50',
      measured: `×${lin.worst.toFixed(2)}`,
      pass: lin.ok,
    });
  }
  return out;
}

export const mark = (b: Budget) => (b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL');
