// npm run ingest [-- --seeds DIR --out DIR]: seeds/ -> content/, atomically.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { readOverlay, readSeeds } from '../io/read-seeds.ts';
import { writeContentAtomic } from '../io/write-content.ts';
import { buildContent } from '../pipeline.ts';
import { ingestAll } from './ingest-parallel.ts';
import { runCli } from './run.ts';
import { InputError } from '../errors.ts';

await runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'content' }, quiet: { type: 'boolean', default: false } } }));
  } catch (e) {
    throw new InputError('npm run ingest', (e as Error).message);
  }
  const started = performance.now();
  const overlayFile = join(values.seeds, 'overlay.yaml');
  const overlay = readOverlay(overlayFile);
  // Many articles are extracted on every core (ingest-parallel.ts); a few on this thread.
  const articles = await ingestAll(readSeeds(values.seeds), overlay);
  const { corpus, files } = buildContent(articles, overlay, overlayFile);
  writeContentAtomic(values.out, files);
  if (!values.quiet) {
    const ms = Math.round(performance.now() - started);
    console.log(
      `ingest: ${corpus.sources.length} source(s), ${corpus.actors.length} actors, ${corpus.authorities.length} authorities, ${corpus.events.length} events -> ${values.out}/ (${files.size} files, ${ms} ms)`,
    );
  }
}, 1);
