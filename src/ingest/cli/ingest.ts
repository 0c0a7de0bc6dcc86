// npm run ingest [-- --seeds DIR --out DIR --cache DIR --no-cache --no-prune --quiet]:
// seeds/ -> content/, atomically. Each article's extraction is cached (cache/extraction-cache.ts),
// by default in .cache/extraction/ (or INGEST_CACHE_DIR): only new or changed articles are
// extracted again; the merge always runs over every article.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { readOverlay, readSeeds } from '../io/read-seeds.ts';
import { writeContentAtomic } from '../io/write-content.ts';
import { buildContent } from '../pipeline.ts';
import { DEFAULT_CACHE_DIR, ExtractionCache } from '../cache/extraction-cache.ts';
import { ingestAll } from './ingest-parallel.ts';
import { runCli } from './run.ts';
import { InputError } from '../errors.ts';

await runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'content' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'no-prune': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    throw new InputError('npm run ingest', (e as Error).message);
  }
  if (values.cache !== undefined && values['no-cache'])
    throw new InputError('npm run ingest', 'give --cache DIR or --no-cache, not both');
  const started = performance.now();
  const overlayFile = join(values.seeds, 'overlay.yaml');
  const overlay = readOverlay(overlayFile);
  const cacheDir = values.cache ?? (process.env.INGEST_CACHE_DIR || DEFAULT_CACHE_DIR);
  const cache = values['no-cache'] ? null : new ExtractionCache(cacheDir, overlay);
  // Many articles are extracted on every core (ingest-parallel.ts); a few on this thread.
  const { articles, extracted, fromCache } = await ingestAll(readSeeds(values.seeds), overlay, { cache });
  const { corpus, files } = buildContent(articles, overlay, overlayFile);
  writeContentAtomic(values.out, files);
  if (cache && !values['no-prune']) cache.prune();
  if (cache?.writeError)
    process.stderr.write(
      `warning: the extraction cache in ${cacheDir} could not be written (${cache.writeError}); ` +
        'the next run extracts again\n',
    );
  if (!values.quiet) {
    const ms = Math.round(performance.now() - started);
    const cached = cache ? `${fromCache} from cache` : 'cache off';
    const { actors, authorities, events } = corpus;
    const counts = `${actors.length} actors, ${authorities.length} authorities, ${events.length} events`;
    const run = `${files.size} files; ${extracted} extracted, ${cached}; ${ms} ms`;
    console.log(`ingest: ${corpus.sources.length} source(s), ${counts} -> ${values.out}/ (${run})`);
  }
}, 1);
