import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/collections';
import { atomFeed } from '../../lib/atom';
import { pageLimits, updatePages, updates } from '../../lib/updates';
import { SITE_NAME } from '../../lib/site';

// The Atom feed of /updates/: built from the content alone (the build clock plays no part).
export const GET: APIRoute = async ({ site }) => {
  const list = updates(await loadCorpus());
  const { pathOf } = updatePages(list, ...pageLimits(process.env));
  const body = atomFeed(list, {
    entryPath: pathOf,
    site,
    base: import.meta.env.BASE_URL,
    title: `Updates · ${SITE_NAME}`,
    author: SITE_NAME,
    idName: SITE_NAME,
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
