import type { APIRoute } from 'astro';
import { loadCitations, loadCorpus } from '../../lib/collections';
import { dataFile } from '../../lib/data-files';
import { dataFileNames, type DataFileName } from '../../schemas/index.ts';

export function getStaticPaths() {
  return dataFileNames.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const data = dataFile(await loadCorpus(), await loadCitations(), params.name as DataFileName, site, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
