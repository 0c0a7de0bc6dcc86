import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/collections';
import { recordIndex } from '../../lib/record-index';

// The search page's instant answer: every named record, a few KB gzip, fetched when the box gets
// focus. Compact JSON: it is read by the search script, not by people (/data/ is for them).
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(recordIndex(await loadCorpus(), import.meta.env.BASE_URL)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
