// npm run --silent extract -- <article.txt> [--published YYYY-MM-DD]: one article -> JSON on stdout.
import { parseArgs } from 'node:util';
import { readArticle, readMeta, readOverlay, sidecarPath } from '../io/read-seeds.ts';
import { InputError } from '../errors.ts';
import { isoDay } from '../../schemas/index.ts';
import { toExtractJson } from '../render/extract-json.ts';
import { ingestArticle } from '../pipeline.ts';
import { clean } from '../stages/clean.ts';
import { runCli } from './run.ts';

await runCli(() => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { published: { type: 'string' } } });
  } catch (e) {
    throw new InputError('extract', `${(e as Error).message}; usage: extract <article.txt> [--published YYYY-MM-DD]`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length) throw new InputError('extract', 'usage: extract <article.txt> [--published YYYY-MM-DD]');
  const { published } = parsed.values;
  if (published !== undefined && !isoDay.safeParse(published).success)
    throw new InputError(file, `--published "${published}" is not a real date written YYYY-MM-DD`);
  const text = readArticle(file);
  const metaFile = sidecarPath(file);
  const meta = metaFile ? readMeta(metaFile) : null;
  const date = published ?? meta?.published;
  if (!date)
    throw new InputError(file, 'has no publication date: pass --published YYYY-MM-DD or put a .meta sidecar beside it');
  const title = meta?.title ?? clean(text).title ?? file;
  const article = ingestArticle(
    file,
    text,
    { outlet: meta?.outlet ?? 'unknown', ...meta, title, published: date },
    readOverlay('seeds/overlay.yaml'),
  );
  process.stdout.write(`${JSON.stringify(toExtractJson(article), null, 2)}\n`);
}, 2);
