// npm run review [-- --source <source-id>] [--out <file>] [--content DIR]: the review sheet
// (Markdown) of one source or all, from the built records in content/ (run `npm run ingest`
// first), by default to review/<source-id|all>.md; prints one summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../ingest/errors.ts';
import { runCli } from '../ingest/cli/run.ts';
import { readContent } from './read-content.ts';
import { reviewSheet, summaryLine } from './sheet.ts';

await runCli(() => {
  let values;
  try {
    ({ values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' } } }));
  } catch (e) {
    throw new InputError('npm run review', (e as Error).message);
  }
  const dir = values.content ?? (process.env.CONTENT_DIR || 'content');
  const records = readContent(dir);
  const source = values.source ?? null;
  if (source !== null && !records.sources.some((s) => s.id === source))
    throw new InputError('npm run review', `--source: no source "${source}" in ${dir.replace(/\/+$/u, '')}/ (the sources: ${records.sources.map((s) => s.id).join(', ') || 'none'})`);
  const out = values.out ?? join('review', `${source ?? 'all'}.md`);
  const sheet = reviewSheet(records, source);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, sheet.markdown);
  console.log(summaryLine(sheet, out));
}, 1);
