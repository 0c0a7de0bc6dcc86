import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readSeeds } from '../../../src/ingest/io/read-seeds.ts';
import { ingestArticle } from '../../../src/ingest/pipeline.ts';
import { overlay } from '../../../src/schemas/index.ts';

const [seed] = readSeeds('seeds');
const article = ingestArticle(seed!.file, seed!.text, seed!.meta!, overlay.parse({}));

test('the seed article has its 45 body paragraphs, each with a unique id', () => {
  expect(article.source.paragraphs).toHaveLength(45);
  expect(new Set(article.source.paragraphs.map((p) => p.id)).size).toBe(45);
});

test('the seed body starts at the dateline and ends with the CIA paragraph', () => {
  expect(article.source.paragraphs[0]!.text).toMatch(/^WASHINGTON — President Donald Trump has secretly signed/);
  expect(article.source.paragraphs.at(-1)!.text).toMatch(/^The CIA has not been authorized/);
});

test('the seed caption is kept as a caption, and no boilerplate reaches the body', () => {
  expect(article.source.caption).toMatch(/^President Donald Trump arrives on Air Force One/);
  const body = article.source.paragraphs.map((p) => p.text).join('\n');
  for (const junk of ['Play Live Radio', 'Cliff Owen/AP', 'FR170079 AP', 'More On This Topic', 'AP Photo', '0:00'])
    expect(body).not.toContain(junk);
});

test("the project keeps the seed byte for byte, as its sidecar's hash records", () => {
  const copy = readFileSync('seeds/000_bc7522480e5342aa.txt');
  expect(createHash('sha256').update(copy).digest('hex')).toBe(seed!.meta!.sha256);
});
