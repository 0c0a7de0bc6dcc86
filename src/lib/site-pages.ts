import type { Corpus } from '../schemas/index.ts';
import { formatDay, SITE_NAME } from './site.ts';
import { recordPath } from './urls.ts';
import { monthLabel, monthPath, monthsOf, timeline, undatedBySource, undatedPath, yearPath } from './timeline.ts';
import { pageLimits, updatePages, updates } from './updates.ts';

/**
 * Every page of the site with its title, as the page shows it: the sitemap lists the paths, and
 * each page's citation downloads (/cite/…) name its title. A browser test checks each title
 * against the page's own <title>.
 */
export function sitePages(corpus: Corpus): { path: string; title: string }[] {
  const t = timeline(corpus.events, corpus.sources);
  const titleOf = new Map(corpus.sources.map((s) => [s.id, s.title]));
  const years = [
    ...t.years.map((y) => ({ path: yearPath(y.year), title: `Timeline: ${y.year}` })),
    ...(t.undated.length ? [{ path: yearPath('undated'), title: 'Undated events' }] : []),
  ];
  const months = t.years.flatMap((y) => monthsOf(y.events).months.map((m) => ({ path: monthPath(m.month), title: `Timeline: ${monthLabel(m.month)}` })));
  const undated = undatedBySource(corpus.events, corpus.sources).map((g) => ({ path: undatedPath(g.source), title: `Undated events: ${titleOf.get(g.source) ?? g.source}` }));
  const fixed = [
    { path: '/', title: SITE_NAME },
    { path: '/events/', title: 'Timeline' },
    ...years,
    ...months,
    ...undated,
    { path: '/actors/', title: 'Actors' },
    { path: '/authorities/', title: 'Legal authorities' },
    { path: '/sources/', title: 'Sources' },
    { path: '/updates/', title: 'Updates' },
    ...updateMonths(corpus),
    { path: '/search/', title: 'Search' },
    { path: '/data/', title: 'Data' },
  ];
  const records = [
    ...corpus.sources.map((r) => ({ path: recordPath('sources', r.id), title: r.title })),
    ...corpus.actors.map((r) => ({ path: recordPath('actors', r.id), title: r.name })),
    ...corpus.authorities.map((r) => ({ path: recordPath('authorities', r.id), title: r.name })),
    ...corpus.events.map((r) => ({ path: recordPath('events', r.id), title: r.headline })),
  ];
  return [...fixed, ...records];
}

/** The month pages of /updates/, when there are too many articles for one page. */
function updateMonths(corpus: Corpus): { path: string; title: string }[] {
  const { split, months } = updatePages(updates(corpus), ...pageLimits(process.env));
  return split ? months.flatMap((m) => [{ path: m.path, title: `Updates: ${monthLabel(m.month)}` }, ...(m.days ?? []).map((d) => ({ path: d.path, title: `Updates: ${formatDay(d.day)}` }))]) : [];
}

const titles = new WeakMap<Corpus, Map<string, string>>();

/** sitePages as a map from path to title, built once per corpus (every page looks itself up). */
export function pageTitles(corpus: Corpus): Map<string, string> {
  let map = titles.get(corpus);
  if (!map) titles.set(corpus, (map = new Map(sitePages(corpus).map((p) => [p.path, p.title]))));
  return map;
}
