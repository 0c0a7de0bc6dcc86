import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/collections';
import { exportCollection } from '../../lib/data-export';
import type { Collection } from '../../lib/urls';

export function getStaticPaths() {
  return (['actors', 'authorities', 'events', 'sources'] as const).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const data = exportCollection(await loadCorpus(), params.name as Collection, site, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
