// Extraction of many articles on every core: each article is independent until the merge, so
// worker threads take articles one at a time and the results come back in seed order. Output is
// the same as a plain loop (the merge sees the same articles in the same order). Small corpora
// stay on one thread: a worker costs ~1 s to load the pipeline. With an extraction cache, only
// the articles it does not hold are extracted (and the thread count follows their number).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { ingestArticle, type Article } from '../pipeline.ts';
import { InputError } from '../errors.ts';
import type { SeedFile } from '../io/read-seeds.ts';
import type { Overlay } from '../../schemas/index.ts';
import type { ExtractionCache } from '../cache/extraction-cache.ts';

/** Below this many articles one thread is faster; at least this many per extra thread. */
const ARTICLES_PER_THREAD = 40;

type Reply = { i: number; article?: Article; input?: { file: string; message: string }; bug?: string };

export interface Ingested {
  /** Every article, in seed order. */
  articles: Article[];
  /** How many were extracted in this run; the others came from the cache. */
  extracted: number;
  fromCache: number;
}

export interface IngestOptions {
  threads?: number;
  cache?: ExtractionCache | null;
  /** At least this many articles to extract per thread (ARTICLES_PER_THREAD). */
  perThread?: number;
}

export async function ingestAll(
  seeds: SeedFile[],
  overlay: Overlay,
  { threads = availableParallelism(), cache = null, perThread = ARTICLES_PER_THREAD }: IngestOptions = {},
): Promise<Ingested> {
  const out: Article[] = new Array(seeds.length);
  const keys = cache ? seeds.map((s) => cache.key({ file: s.file, text: s.text, meta: s.meta! })) : [];
  const todo: number[] = [];
  for (let i = 0; i < seeds.length; i++) {
    const hit = cache ? cache.get(keys[i]!) : null;
    if (hit) out[i] = hit;
    else todo.push(i);
  }
  const done = (i: number, article: Article) => {
    out[i] = article;
    cache?.put(keys[i]!, article);
  };
  const n = Math.min(threads, Math.floor(todo.length / perThread));
  if (n < 2) for (const i of todo) done(i, ingestArticle(seeds[i]!.file, seeds[i]!.text, seeds[i]!.meta!, overlay));
  else await extractInWorkers(seeds, todo, overlay, n, done);
  return { articles: out, extracted: todo.length, fromCache: seeds.length - todo.length };
}

/** Extracts the articles `todo` (indices into `seeds`, in order) on `n` worker threads. */
async function extractInWorkers(
  seeds: SeedFile[],
  todo: number[],
  overlay: Overlay,
  n: number,
  done: (i: number, a: Article) => void,
): Promise<void> {
  let next = 0;
  // The first failing article in seed order is the one reported, as with one thread: every article
  // before it was handed out earlier and finishes before its worker stops.
  let failed: { i: number; error: Error } | null = null;
  const fail = (i: number, error: Error) => {
    if (!failed || i < failed.i) failed = { i, error };
  };
  const work = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (failed || next >= todo.length) return void w.terminate().then(() => resolve());
        const i = todo[next++]!;
        w.postMessage({ i, seed: seeds[i] });
      };
      w.on('message', (r: Reply) => {
        if (r.input) fail(r.i, new InputError(r.input.file, r.input.message.slice(r.input.file.length + 2)));
        else if (r.bug) fail(r.i, new Error(r.bug));
        else done(r.i, r.article!);
        feed();
      });
      w.on('error', reject);
      w.once('online', feed);
    });
  await Promise.all(
    Array.from({ length: n }, () => work(new Worker(new URL(import.meta.url), { workerData: { overlay } }))),
  );
  if (failed) throw (failed as { error: Error }).error;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { overlay } = workerData as { overlay: Overlay };
  port.on('message', ({ i, seed }: { i: number; seed: SeedFile }) => {
    try {
      port.postMessage({ i, article: ingestArticle(seed.file, seed.text, seed.meta!, overlay) } satisfies Reply);
    } catch (e) {
      if (e instanceof InputError) port.postMessage({ i, input: { file: e.file, message: e.message } } satisfies Reply);
      else port.postMessage({ i, bug: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies Reply);
    }
  });
}
