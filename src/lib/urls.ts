export type Collection = 'actors' | 'authorities' | 'events' | 'sources';

/** The site path of a record page, without the base: "/actors/marco-rubio/". */
export function recordPath(collection: Collection, id: string): string {
  return `/${collection}/${id}/`;
}

/** Prefixes a site path with the configured base ("/" or "/sub/"), never doubling slashes. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The address of a site path for metadata and data files: absolute when the site's origin is
 * known (SITE), else site-relative. Never a guessed origin such as localhost.
 */
export function publicUrl(site: URL | undefined, base: string, path: string): string {
  const local = withBase(base, path);
  return site ? new URL(local, site).href : local;
}

/** The site path of the updates page, and of its Atom feed (linked from every page's head). */
export const UPDATES_PATH = '/updates/';
export const FEED_PATH = '/updates/feed.xml';
