import type { Corpus } from './collections.ts';
import { asOfDay, citeKey, citeStem, type PageRef } from './cite-page.ts';
import { SITE_NAME } from './site.ts';
import { pageTitles } from './site-pages.ts';
import { publicUrl } from './urls.ts';

/** The reference of one page of the site (path without the base), or null for a page not listed. */
export function pageRef(corpus: Corpus, path: string, site: URL | undefined, base: string, title?: string): PageRef | null {
  const asOf = asOfDay(corpus.sources);
  const listed = pageTitles(corpus).get(path);
  if (!asOf || !(title ?? listed)) return null;
  return { site: SITE_NAME, title: (title ?? listed)!, url: publicUrl(site, base, path), asOf, key: citeKey(path) };
}

/** The pages that get citation downloads, as static paths of the /cite/ routes. */
export function citePaths(corpus: Corpus) {
  return [...pageTitles(corpus).keys()].map((path) => ({ params: { page: citeStem(path) }, props: { path } }));
}
