import type { APIRoute } from 'astro';
import { loadCorpus } from '../lib/collections';
import { sitePaths } from '../lib/data-export';
import { withBase } from '../lib/urls';

// sitemap.xml needs absolute URLs, so it is written only when SITE gives the origin: a route
// with one path when the site is known and none otherwise.
export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const urls = sitePaths(await loadCorpus()).map((p) => new URL(withBase(import.meta.env.BASE_URL, p), site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
