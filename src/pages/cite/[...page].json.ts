import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/collections';
import { citePaths, pageRef } from '../../lib/cite-files';
import { cslJson } from '../../lib/cite-page';

// The CSL-JSON citation of each page of the site (Zotero, Pandoc): /cite/<page>.json.
export const getStaticPaths = async () => citePaths(await loadCorpus());

export const GET: APIRoute = async ({ props, site }) => {
  const ref = pageRef(await loadCorpus(), props.path as string, site, import.meta.env.BASE_URL)!;
  return new Response(`${JSON.stringify(cslJson(ref), null, 1)}\n`, { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
