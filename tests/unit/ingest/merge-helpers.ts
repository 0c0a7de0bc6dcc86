import { readSeeds } from '../../../src/ingest/io/read-seeds.ts';
import { ingestArticle, type Article } from '../../../src/ingest/pipeline.ts';
import { mergeArticles } from '../../../src/ingest/stages/merge.ts';
import { overlay as overlaySchema, type Overlay } from '../../../src/schemas/index.ts';

/**
 * The invented articles of tests/fixtures/merge/: three outlets on the same days, naming the same
 * people, bodies and cartel in different forms (full name, "Ms X", a surname, an alias, a
 * possessive, a broken title) and reporting the same strike and designation with different
 * days, places and figures; two people share a surname.
 */
export const FIXTURES = 'tests/fixtures/merge';
export const A = 'example-wire-2025-09-03-red-hand';
export const B = 'example-daily-2025-09-05-mexico-protests';
export const C = 'example-journal-2025-09-08-lawmakers-split';

const none = overlaySchema.parse({});
const articles = new Map<string, Article>();
for (const s of readSeeds(FIXTURES)) {
  const a = ingestArticle(s.file, s.text, s.meta!, none);
  articles.set(a.source.id, a);
}

/** The fixture articles (all, or those named, in that order), merged under an overlay. */
export function merged(overlay: Partial<Overlay> | object = {}, ids: string[] = [A, B, C]) {
  return mergeArticles(ids.map((id) => articles.get(id)!), overlaySchema.parse(overlay));
}

export const article = (id: string) => articles.get(id)!;

/** A short invented article of one paragraph, extracted with no overlay: `<id>.txt`, published that day. */
export const shortArticle = (id: string, published: string, paragraph: string) =>
  ingestArticle(`${id}.txt`, `Headline\n\n${paragraph}`, { id, title: id, outlet: 'Example', published }, none);

/** Short articles merged under no overlay. */
export const mergedShort = (...list: Article[]) => mergeArticles(list, none);
