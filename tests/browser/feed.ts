import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';

/** An Atom feed read as data: its links and its entries, each with the links inside its HTML content. */
export interface ReadFeed {
  id: string;
  updated: string;
  links: { rel: string; href: string; type?: string }[];
  entries: { id: string; title: string; updated: string; published: string; links: { rel: string; href: string }[]; content: string; contentLinks: string[] }[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
type Link = { '@rel': string; '@href': string; '@type'?: string };
type Raw = { feed: { id: string; updated: string; link: Link[]; entry?: { id: string; title: string; updated: string; published: string; link: Link[]; content: { '#text': string } }[] } };
const links = (ls: Link[]) => ls.map((l) => ({ rel: l['@rel'], href: l['@href'], ...(l['@type'] ? { type: l['@type'] } : {}) }));

export function readFeed(xml: string): ReadFeed {
  const { feed } = parser.parse(xml) as Raw;
  return {
    id: feed.id,
    updated: feed.updated,
    links: links(feed.link),
    entries: (feed.entry ?? []).map((e) => ({
      id: e.id,
      title: String(e.title),
      updated: e.updated,
      published: e.published,
      links: links(e.link),
      content: e.content['#text'],
      contentLinks: parseHtml(e.content['#text']).querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    })),
  };
}

/** Every link of a feed: its own, its entries', and those inside its entries' content. */
export const allFeedLinks = (f: ReadFeed) => [...f.links.map((l) => l.href), ...f.entries.flatMap((e) => [...e.links.map((l) => l.href), ...e.contentLinks])];

/**
 * A checker of links into a built site: `check(href, from)` says why a link does not resolve (no
 * such file, no such #id there, not on the site), or null when it does. `base` is the path the
 * site is served under, `origin` the origin absolute links name (SITE).
 */
export function linkChecker(dist: string, base = '/', origin: string | null = null): (href: string, from: string) => string | null {
  const ids = new Map<string, Set<string> | undefined>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(parseHtml(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((e) => e.id)));
    return ids.get(file)!;
  };
  return (href, from) => {
    const url = new URL(href, `http://site${from}`);
    if (url.origin !== 'http://site' && url.origin !== origin) return 'not on the site';
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return `outside ${base}`;
    const local = join(dist, path.slice(base.length - 1));
    const file = path.endsWith('/') ? join(local, 'index.html') : local;
    if (!existsSync(file) || !statSync(file).isFile()) return 'no such file';
    const hash = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
    if (hash && file.endsWith('.html') && !idsOf(file).has(hash)) return `no #${hash} there`;
    return null;
  };
}
