import type { Corpus } from '../schemas/index.ts';
import { asOfDay, citeKey, citeStem, type ArticleRef, type PageRef } from './cite-page.ts';
import { SITE_NAME } from './site.ts';
import { pageTitles } from './site-pages.ts';
import { publicUrl, recordPath } from './urls.ts';
import type { Source } from '../schemas/index.ts';

const bySourcePath = new WeakMap<Corpus, Map<string, Source>>();

/** The article a source page reproduces, by the page's path (none for any other page). */
function articleAt(corpus: Corpus, path: string): ArticleRef | undefined {
  let map = bySourcePath.get(corpus);
  if (!map) bySourcePath.set(corpus, (map = new Map(corpus.sources.map((s) => [recordPath('sources', s.id), s]))));
  const s = map.get(path);
  if (!s) return undefined;
  return { title: s.title, outlet: s.outlet, published: s.published, ...(s.agency ? { agency: s.agency } : {}), ...(s.url ? { url: s.url } : {}) };
}

/**
 * The reference of one page of the site (path without the base), or null for a page not listed.
 * A source page's reference carries its article: its citation cites the article, read here.
 */
export function pageRef(corpus: Corpus, path: string, site: URL | undefined, base: string, title?: string): PageRef | null {
  const asOf = asOfDay(corpus.sources);
  const listed = pageTitles(corpus).get(path);
  if (!asOf || !(title ?? listed)) return null;
  const article = articleAt(corpus, path);
  return { site: SITE_NAME, title: (title ?? listed)!, url: publicUrl(site, base, path), asOf, key: citeKey(path), ...(article ? { article } : {}) };
}

/** The pages that get citation downloads, as static paths of the /cite/ routes. */
export function citePaths(corpus: Corpus) {
  return [...pageTitles(corpus).keys()].map((path) => ({ params: { page: citeStem(path) }, props: { path } }));
}
