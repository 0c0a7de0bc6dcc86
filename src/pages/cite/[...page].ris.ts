import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/collections';
import { citePaths, pageRef } from '../../lib/cite-files';
import { ris } from '../../lib/cite-page';

// The RIS citation of each page of the site, for reference managers: /cite/<page>.ris.
export const getStaticPaths = async () => citePaths(await loadCorpus());

export const GET: APIRoute = async ({ props, site }) => {
  const ref = pageRef(await loadCorpus(), props.path as string, site, import.meta.env.BASE_URL)!;
  return new Response(ris(ref), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
};
