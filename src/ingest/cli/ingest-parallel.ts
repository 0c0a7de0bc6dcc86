// Extraction of many articles on every core: each article is independent until the merge, so
// worker threads take articles one at a time and the results come back in seed order. Output is
// the same as a plain loop (the merge sees the same articles in the same order). Small corpora
// stay on one thread: a worker costs ~1 s to load the pipeline.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { ingestArticle, type Article } from '../pipeline.ts';
import { InputError } from '../errors.ts';
import type { SeedFile } from '../io/read-seeds.ts';
import type { Overlay } from '../../schemas/index.ts';

/** Below this many articles one thread is faster; at least this many per extra thread. */
export const ARTICLES_PER_THREAD = 40;

type Reply = { i: number; article?: Article; input?: { file: string; message: string }; bug?: string };

export async function ingestAll(seeds: SeedFile[], overlay: Overlay, threads = availableParallelism()): Promise<Article[]> {
  const n = Math.min(threads, Math.floor(seeds.length / ARTICLES_PER_THREAD));
  if (n < 2) return seeds.map((s) => ingestArticle(s.file, s.text, s.meta!, overlay));
  const out: Article[] = new Array(seeds.length);
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
        if (failed || next >= seeds.length) return void w.terminate().then(() => resolve());
        const i = next++;
        w.postMessage({ i, seed: seeds[i] });
      };
      w.on('message', (r: Reply) => {
        if (r.input) fail(r.i, new InputError(r.input.file, r.input.message.slice(r.input.file.length + 2)));
        else if (r.bug) fail(r.i, new Error(r.bug));
        else out[r.i] = r.article!;
        feed();
      });
      w.on('error', reject);
      w.once('online', feed);
    });
  await Promise.all(Array.from({ length: n }, () => work(new Worker(new URL(import.meta.url), { workerData: { overlay } }))));
  if (failed) throw (failed as { error: Error }).error;
  return out;
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
