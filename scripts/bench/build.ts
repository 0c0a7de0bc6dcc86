// Builds a corpus the way `npm run build` does (ingest, astro build, Pagefind), but from any seeds
// folder into any work folder, so the benchmark never touches content/ or dist/. Each step runs
// under /usr/bin/time -v when present, for its peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME_BIN = '/usr/bin/time';
export const hasTime = () => existsSync(TIME_BIN);

export interface Step {
  ms: number;
  /** Peak RSS of the largest process of the step, in KB; null without /usr/bin/time. */
  peakRssKb: number | null;
}

/** An ingest, with how many articles it extracted and how many its cache gave. */
export interface IngestStep extends Step {
  extracted: number;
  fromCache: number;
}

export interface Built {
  seeds: string;
  content: string;
  dist: string;
  /** The extraction cache the ingest filled (empty before it: the ingest is cold). */
  cache: string;
  ingest: IngestStep;
  astro: Step;
  pagefind: Step;
  totalMs: number;
  /** Largest peak RSS over the three steps, in KB. */
  peakRssKb: number | null;
  pages: number;
  distBytes: number;
  indexBytes: number;
  records: { sources: number; actors: number; authorities: number; events: number };
}

/** Runs a command, output captured; rejects with its last lines when it fails. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<Step & { output: string }> {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [bin, argv] = hasTime() ? [TIME_BIN, ['-v', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out = (out + d).slice(-20_000)));
    child.stderr.on('data', (d) => (out = (out + d).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let peakRssKb: number | null = null;
      if (existsSync(rssFile)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(rssFile, 'utf8'));
        peakRssKb = m ? Number(m[1]) : null;
        rmSync(rssFile, { force: true });
      }
      if (code === 0) resolve({ ms, peakRssKb, output: out });
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.split('\n').slice(-25).join('\n')}`));
    });
  });
}

/** Total size in bytes of the files under a folder, and how many of them match `count`. */
export function folderSize(dir: string, count: (name: string) => boolean = () => false): { bytes: number; matched: number } {
  let bytes = 0;
  let matched = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        if (count(e.name)) matched++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, matched };
}

/** "E extracted, C from cache" of the ingest's summary line. */
export function cacheCounts(output: string): { extracted: number; fromCache: number } {
  const m = /; (\d+) extracted, (\d+) from cache; /.exec(output);
  if (!m) throw new Error(`the ingest printed no cache counts:\n${output.slice(-2000)}`);
  return { extracted: Number(m[1]), fromCache: Number(m[2]) };
}

/** seeds/ -> content/ with the extraction cache in `cache` (never the repository's own). */
export async function ingestStep(seeds: string, content: string, cache: string): Promise<IngestStep> {
  const { output, ...step } = await run(process.execPath, ['src/ingest/cli/ingest.ts', '--seeds', seeds, '--out', content, '--cache', cache]);
  return { ...step, ...cacheCounts(output) };
}

const countMdx = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).length : 0);

/**
 * seeds/ -> work/content -> work/dist (with work/dist/pagefind). Astro's cache goes to
 * work/astro-cache and the extraction cache to work/extraction-cache, both emptied first, so
 * every build starts cold, as on a fresh checkout.
 */
export async function buildCorpus(seeds: string, work: string, env: Record<string, string> = {}): Promise<Built> {
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cache = join(work, 'astro-cache');
  const extractionCache = join(work, 'extraction-cache');
  for (const d of [content, dist, cache, extractionCache]) rmSync(d, { recursive: true, force: true });
  const node = process.execPath;
  const ingest = await ingestStep(seeds, content, extractionCache);
  const astro = await run(node, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--config', 'scripts/bench/astro.bench.mjs'], {
    ...env,
    CONTENT_DIR: content,
    DIST_DIR: dist,
    ASTRO_CACHE_DIR: cache,
  });
  const pagefind = await run(node, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', dist, '--output-subdir', 'pagefind', '--silent']);
  const all: Step[] = [ingest, astro, pagefind];
  const rss = all.map((s) => s.peakRssKb).filter((x): x is number => x !== null);
  const site = folderSize(dist, (n) => n.endsWith('.html'));
  return {
    seeds,
    content,
    dist,
    cache: extractionCache,
    ingest,
    astro: { ms: astro.ms, peakRssKb: astro.peakRssKb },
    pagefind: { ms: pagefind.ms, peakRssKb: pagefind.peakRssKb },
    totalMs: all.reduce((t, s) => t + s.ms, 0),
    peakRssKb: rss.length ? Math.max(...rss) : null,
    pages: site.matched,
    distBytes: site.bytes,
    indexBytes: folderSize(join(dist, 'pagefind')).bytes,
    records: {
      sources: countMdx(join(content, 'sources')),
      actors: countMdx(join(content, 'actors')),
      authorities: countMdx(join(content, 'authorities')),
      events: countMdx(join(content, 'events')),
    },
  };
}
