import type { Corpus } from './collections.ts';
import { publicUrl, recordPath, withBase, type Collection } from './urls.ts';
import { sitePages } from './site-pages.ts';

/** The records of one collection for /data/<name>.json, each with its url (absolute when SITE is set). */
export function exportCollection(corpus: Corpus, name: Collection, site: URL | undefined, base: string) {
  const abs = (id: string) => publicUrl(site, base, recordPath(name, id));
  const records = corpus[name] as { id: string }[];
  return { collection: name, count: records.length, records: records.map((r) => ({ ...r, url: abs(r.id) })) };
}

/** Every page of the site, for sitemap.xml. */
export function sitePaths(corpus: Corpus): string[] {
  return sitePages(corpus).map((p) => p.path);
}

/** robots.txt: everything allowed; the sitemap line only when the origin is known (it must be absolute). */
export function robotsTxt(site: URL | undefined, base: string): string {
  return `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(withBase(base, '/sitemap.xml'), site).href}\n` : ''}`;
}
