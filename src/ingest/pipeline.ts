/**
 * The ingest pipeline, in order. Each stage is a pure function in its own file; reading and
 * writing files happens only at the two ends (io/).
 *
 *   seeds/*.txt + *.meta
 *     1. clean        strip page furniture, keep the caption apart      stages/clean.ts
 *     2. paragraphs   split the body, give each a stable id             stages/paragraphs.ts
 *     3-7. records    ordered in stages/records.ts:
 *       3. sentences            exact offsets (compromise)                stages/sentences.ts
 *       4. candidates           people, bodies/groups/states, authorities, dates
 *                               stages/candidates-{people,organizations,authorities,dates}.ts
 *       5. refine               overlaps, non-actors, surnames, aliases, coreference, roles
 *                               stages/refine-{actors,coreference,authorities,roles}.ts
 *          statements           quotations and their speakers             stages/statements.ts
 *       6. events               acts, dates resolved, actors, authorities stages/events.ts
 *       7. records              validated by the schemas, overlay editorial stages/build-records.ts
 *     8. merge        one reference from several articles               stages/merge.ts
 *        corrections  the editors' fixes from the overlay, by record id   stages/corrections.ts
 *     9. content      MDX files with typed frontmatter                  render/content.ts
 */
import { InputError } from './errors.ts';
import { clean } from './stages/clean.ts';
import { splitParagraphs, toParagraphs } from './stages/paragraphs.ts';
import { extractRecords, type ArticleRecords } from './stages/records.ts';
import { mergeArticles, type Corpus } from './stages/merge.ts';
import { renderContent } from './render/content.ts';
import { toSlug } from '../lib/slug.ts';
import type { Overlay, Source, SourceMeta } from '../schemas/index.ts';

export interface Article extends ArticleRecords {
  source: Source;
}

/** A source id from its metadata when none is given: outlet, day and the title's first words. */
function defaultSourceId(meta: Pick<SourceMeta, 'outlet' | 'published' | 'title'>): string {
  const words = toSlug(meta.title).split('-').slice(0, 5).join('-');
  return [toSlug(meta.outlet), meta.published, words].filter(Boolean).join('-');
}

/** One article's text and metadata -> its source record and extracted records. */
export function ingestArticle(file: string, text: string, meta: SourceMeta, overlay: Overlay): Article {
  const cleaned = clean(text, meta.title);
  const paragraphs = toParagraphs(splitParagraphs(cleaned.lines));
  if (paragraphs.length === 0) throw new InputError(file, 'has no paragraphs of text after cleaning');
  const source: Source = {
    id: meta.id ?? defaultSourceId(meta),
    title: meta.title,
    outlet: meta.outlet,
    ...(meta.agency ? { agency: meta.agency } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.agency ? { agency: meta.agency } : {}),
    published: meta.published,
    ...(cleaned.caption ? { caption: cleaned.caption } : {}),
    file,
    paragraphs,
  };
  const records = extractRecords({ sourceId: source.id, published: meta.published, paragraphs, overlay, outlet: meta.outlet });
  return { source, ...records };
}

/** Several articles -> the merged corpus -> every file of content/, by relative path. */
export function buildContent(articles: Article[], overlay: Overlay, overlayFile?: string): { corpus: Corpus; files: Map<string, string> } {
  const corpus = mergeArticles(articles, overlay, overlayFile);
  return { corpus, files: renderContent(corpus) };
}
