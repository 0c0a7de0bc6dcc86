import type { APIRoute } from 'astro';
import { loadCitations, loadCorpus } from '../../lib/collections';
import { dataFile } from '../../lib/data-files';
import { CSV_COLUMNS, toCsv } from '../../lib/data-csv';
import { dataFileNames, type DataFileName } from '../../schemas/index.ts';

// /data/<name>.csv: the same records as the JSON beside it, one row each, for spreadsheets.
export function getStaticPaths() {
  return dataFileNames.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as DataFileName;
  const { records } = dataFile(await loadCorpus(), await loadCitations(), name, site, import.meta.env.BASE_URL);
  return new Response(toCsv(records as object[], CSV_COLUMNS[name]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
