import type { Corpus } from './collections.ts';
import { publicUrl, recordPath, withBase, type Collection } from './urls.ts';
import { monthPath, monthsOf, timeline, undatedBySource, undatedPath, yearPath } from './timeline.ts';

/** The records of one collection for /data/<name>.json, each with its url (absolute when SITE is set). */
export function exportCollection(corpus: Corpus, name: Collection, site: URL | undefined, base: string) {
  const abs = (id: string) => publicUrl(site, base, recordPath(name, id));
  const records = corpus[name] as { id: string }[];
  return { collection: name, count: records.length, records: records.map((r) => ({ ...r, url: abs(r.id) })) };
}

/** Every page of the site, for sitemap.xml. */
export function sitePaths(corpus: Corpus): string[] {
  const t = timeline(corpus.events);
  const years = [...t.years.map((y) => y.year), ...(t.undated.length ? ['undated'] : [])].map(yearPath);
  const months = t.years.flatMap((y) => monthsOf(y.events).months.map((m) => monthPath(m.month)));
  const undated = undatedBySource(corpus.events).map((g) => undatedPath(g.source));
  const fixed = ['/', '/events/', ...years, ...months, ...undated, '/actors/', '/authorities/', '/sources/', '/search/'];
  const records = (['sources', 'actors', 'authorities', 'events'] as const).flatMap((c) =>
    (corpus[c] as { id: string }[]).map((r) => recordPath(c, r.id)),
  );
  return [...fixed, ...records];
}

/** robots.txt: everything allowed; the sitemap line only when the origin is known (it must be absolute). */
export function robotsTxt(site: URL | undefined, base: string): string {
  return `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(withBase(base, '/sitemap.xml'), site).href}\n` : ''}`;
}
