// The editors' overlay is written against the seed, but it must hold when other articles join it:
// an entry that names something only the seed alone gives (an alias the merge leaves out, an id
// another article's record takes) would stop the build the day a second article is added.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readArticle, readMeta, readOverlay, readSeeds } from '../../../src/ingest/io/read-seeds.ts';
import { buildContent, ingestArticle } from '../../../src/ingest/pipeline.ts';

const DIR = 'tests/fixtures/generality';

test('the seed overlay applies cleanly to the seed merged with the invented articles', () => {
  const overlay = readOverlay('seeds/overlay.yaml');
  const seed = readSeeds('seeds').map((s) => ingestArticle(s.file, s.text, s.meta!, overlay));
  const invented = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ingestArticle(f, readArticle(join(DIR, f)), readMeta(join(DIR, f.replace(/\.txt$/u, '.meta'))), overlay));
  expect(invented.length).toBeGreaterThan(5);
  const { corpus } = buildContent([...seed, ...invented], overlay, 'seeds/overlay.yaml');
  expect(corpus.sources).toHaveLength(seed.length + invented.length);
});
