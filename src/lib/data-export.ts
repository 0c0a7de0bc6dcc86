import type { Corpus } from './collections.ts';
import { recordPath, withBase, type Collection } from './urls.ts';
import { monthPath, monthsOf, timeline, undatedBySource, undatedPath, yearPath } from './timeline.ts';

/** The records of one collection for /data/<name>.json, each with its absolute url. */
export function exportCollection(corpus: Corpus, name: Collection, site: URL | undefined, base: string) {
  const abs = (id: string) => new URL(withBase(base, recordPath(name, id)), site ?? 'http://localhost/').href;
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
