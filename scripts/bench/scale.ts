// The scale benchmark: synthetic corpora of growing size, each built from scratch, and how time,
// memory and output grow per article between sizes.
import { join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { buildCorpus, folderSize, ingestStep, type Built, type IngestStep } from './build.ts';
import { SEED_ARTICLE, synthCorpus, writeCorpus, writeSynthCorpus } from './synth-corpus.ts';
import { heaviestPages } from './page-weight.ts';

export const SIZES = [10, 100, 1000];

export interface ScaleRow {
  articles: number;
  built: Built;
  /** The heaviest page (HTML gzip) of the corpus's site. */
  heaviest: { path: string; gzip: number } | null;
  /** Ingest again with the cache the build filled: nothing changed, then one article added. */
  incremental: Incremental;
}

export interface Incremental {
  /** The extraction cache on disk after the cold ingest of `articles`. */
  cacheBytes: number;
  cacheEntries: number;
  /** The same seeds again. */
  warm: IngestStep;
  /** Article `articles + 1` added. */
  added: IngestStep;
}

/**
 * After a cold build of `work/seeds`: the cache's size, an ingest with nothing changed, then one
 * with the corpus's next article added (article i does not depend on the corpus size).
 */
export async function incremental(work: string, articles: number, cache: string): Promise<Incremental> {
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  const size = folderSize(cache, (n) => n.endsWith('.json'));
  const warm = await ingestStep(seeds, content, cache);
  writeCorpus(seeds, synthCorpus(readFileSync(SEED_ARTICLE, 'utf8'), articles + 1).slice(articles));
  const added = await ingestStep(seeds, content, cache);
  return { cacheBytes: size.bytes, cacheEntries: size.matched, warm, added };
}

export async function scaleRuns(root: string, sizes: number[], log: (s: string) => void, env: Record<string, string> = {}): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const n of sizes) {
    const work = join(root, `scale-${n}`);
    writeSynthCorpus(join(work, 'seeds'), n);
    log(`scale: ${n} articles`);
    const built = await buildCorpus(join(work, 'seeds'), work, env);
    const top = heaviestPages(built.dist)[0];
    log(`scale: ${n} articles built in ${(built.totalMs / 1000).toFixed(1)} s; ingest again, warm, then with one more article`);
    const inc = await incremental(work, n, built.cache);
    rows.push({ articles: n, built, heaviest: top ? { path: top.path, gzip: top.gzip } : null, incremental: inc });
    log(`scale: ${n} articles: warm ingest ${(inc.warm.ms / 1000).toFixed(1)} s (${inc.warm.extracted} extracted), one added ${(inc.added.ms / 1000).toFixed(1)} s (${inc.added.extracted} extracted)`);
    // The sizes are measured; the files are not needed any more (1,000 articles make ~10k pages).
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

export interface Growth {
  from: number;
  to: number;
  /** Cost of one more article between the two sizes, over the same between the previous two. */
  marginal: { ms: number; ingestMs: number; astroMs: number; pagefindMs: number; distBytes: number; indexBytes: number };
  /** (value at `to` / value at `from`) / (to / from): 1 is linear, below is sublinear. */
  perArticle: { ms: number; distBytes: number; indexBytes: number; rss: number | null };
}

/** Growth between consecutive sizes. */
export function growth(rows: ScaleRow[]): Growth[] {
  const out: Growth[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const dn = b.articles - a.articles;
    const k = b.articles / a.articles;
    const per = (x: number, y: number) => y / x / k;
    out.push({
      from: a.articles,
      to: b.articles,
      marginal: {
        ms: (b.built.totalMs - a.built.totalMs) / dn,
        ingestMs: (b.built.ingest.ms - a.built.ingest.ms) / dn,
        astroMs: (b.built.astro.ms - a.built.astro.ms) / dn,
        pagefindMs: (b.built.pagefind.ms - a.built.pagefind.ms) / dn,
        distBytes: (b.built.distBytes - a.built.distBytes) / dn,
        indexBytes: (b.built.indexBytes - a.built.indexBytes) / dn,
      },
      perArticle: {
        ms: per(a.built.totalMs, b.built.totalMs),
        distBytes: per(a.built.distBytes, b.built.distBytes),
        indexBytes: per(a.built.indexBytes, b.built.indexBytes),
        rss: a.built.peakRssKb && b.built.peakRssKb ? per(a.built.peakRssKb, b.built.peakRssKb) : null,
      },
    });
  }
  return out;
}

/**
 * Near linear: one more article costs, at the largest step, at most `tolerance` times what it
 * cost at the step before (fixed start-up costs make small corpora look dear, so the marginal
 * cost is compared, not the average).
 */
export function nearLinear(g: Growth[], tolerance = 1.5): { ok: boolean; worst: number } {
  const ratios: number[] = [];
  for (let i = 1; i < g.length; i++) ratios.push(g[i]!.marginal.ms / g[i - 1]!.marginal.ms);
  const worst = ratios.length ? Math.max(...ratios) : 1;
  return { ok: worst <= tolerance, worst };
}
