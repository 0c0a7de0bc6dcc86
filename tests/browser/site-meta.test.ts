import { describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, distPages, readPage } from './dist-files.ts';

const pages = distPages().filter((p) => p.path !== '/404.html');
const TYPES: [RegExp, string[]][] = [
  [/^\/actors\/[^/]+\/$/, ['Person', 'Organization', 'GovernmentOrganization', 'Country']],
  [/^\/authorities\/[^/]+\/$/, ['Legislation']],
  [/^\/events\/[^/]+\/$/, ['Event']],
  [/^\/sources\/[^/]+\/$/, ['NewsArticle']],
];

describe('every page describes itself', () => {
  test('canonical URL, Open Graph and Twitter meta on every page', () => {
    const missing: string[] = [];
    for (const { path, file } of pages) {
      const doc = parse(readPage(file));
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (!canonical.endsWith(path)) missing.push(`${path}: canonical ${canonical}`);
      for (const sel of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:url"]', 'meta[name="twitter:card"]', 'meta[name="description"]'])
        if (!doc.querySelector(sel)?.getAttribute('content')) missing.push(`${path}: ${sel}`);
    }
    expect(missing).toEqual([]);
  });

  test('JSON-LD on every page parses, and record pages use the right schema.org type', () => {
    const bad: string[] = [];
    for (const { path, file } of pages) {
      const blocks = parse(readPage(file)).querySelectorAll('script[type="application/ld+json"]');
      if (blocks.length !== 1) {
        bad.push(`${path}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      const data = JSON.parse(blocks[0]!.textContent) as { '@context': string; '@type': string };
      if (data['@context'] !== 'https://schema.org') bad.push(`${path}: context`);
      const expected = TYPES.find(([re]) => re.test(path))?.[1];
      if (expected && !expected.includes(data['@type'])) bad.push(`${path}: ${data['@type']}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('files for machines', () => {
  test('sitemap.xml lists every page, robots.txt points to it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(new Set(locs)).toEqual(new Set(pages.map((p) => p.path)));
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  for (const name of ['actors', 'authorities', 'events', 'sources'])
    test(`/data/${name}.json holds every record with the absolute url of its page`, () => {
      const data = JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { count: number; records: { id: string; url: string }[] };
      const onSite = pages.filter((p) => new RegExp(`^/${name}/[^/]+/$`).test(p.path)).map((p) => p.path);
      expect(data.count).toBe(data.records.length);
      expect(data.records.map((r) => new URL(r.url).pathname).sort()).toEqual(onSite.sort());
      for (const r of data.records) expect(existsSync(join(DIST, new URL(r.url).pathname, 'index.html'))).toBe(true);
    });
});
