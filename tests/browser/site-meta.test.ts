import { describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, distFiles, distPages, readPage } from './dist-files.ts';

const pages = distPages().filter((p) => p.path !== '/404.html');
const TYPES: [RegExp, string[]][] = [
  [/^\/actors\/[^/]+\/$/, ['Person', 'Organization', 'GovernmentOrganization', 'Country']],
  // a criminal charge is no legislation: a plain CreativeWork
  [/^\/authorities\/[^/]+\/$/, ['Legislation', 'CreativeWork']],
  [/^\/events\/[^/]+\/$/, ['Event']],
  [/^\/sources\/[^/]+\/$/, ['NewsArticle']],
];

// dist/ as `npm test` builds it: without SITE, unless SITE is set for the run.
const SITE = process.env.SITE;

describe('every page describes itself', () => {
  test('Open Graph, Twitter and description meta on every page; canonical and og:url only with SITE', () => {
    const missing: string[] = [];
    for (const { path, file } of pages) {
      const doc = parse(readPage(file));
      for (const sel of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[name="twitter:card"]', 'meta[name="description"]'])
        if (!doc.querySelector(sel)?.getAttribute('content')) missing.push(`${path}: ${sel}`);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (SITE) {
        if (!canonical?.startsWith(SITE) || !canonical.endsWith(path)) missing.push(`${path}: canonical ${canonical}`);
        if (ogUrl !== canonical) missing.push(`${path}: og:url ${ogUrl}`);
      } else if (canonical !== undefined || ogUrl !== undefined) missing.push(`${path}: canonical or og:url without SITE`);
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
      // Ids and urls: absolute from SITE, else site-relative (never a guessed origin).
      for (const [, u] of JSON.stringify(data).matchAll(/"@id":"([^"]+)"/g)) if (!u!.startsWith(SITE ?? '/')) bad.push(`${path}: @id ${u}`);
      const own = (data as { url?: string }).url;
      if (data['@type'] !== 'NewsArticle' && !own?.startsWith(SITE ?? '/')) bad.push(`${path}: url ${own}`);
      const expected = TYPES.find(([re]) => re.test(path))?.[1];
      if (expected && !expected.includes(data['@type'])) bad.push(`${path}: ${data['@type']}`);
    }
    expect(bad).toEqual([]);
  });

  test("the data page claims no licence in its JSON-LD: the sources' texts are their publishers'", () => {
    const ld = parse(readPage(join(DIST, 'data', 'index.html'))).querySelector('script[type="application/ld+json"]')!.textContent;
    expect(ld).toContain('"Dataset"');
    expect(ld).not.toContain('license');
  });

  test('no event in JSON-LD is marked EventScheduled (the reported events are past)', () => {
    const scheduled = pages.filter((p) => /EventScheduled/.test(readPage(p.file))).map((p) => p.path);
    expect(pages.some((p) => /"@type":"Event"/.test(readPage(p.file)))).toBe(true);
    expect(scheduled).toEqual([]);
  });

  test("an actor page's description names only what the page has (no quotations for one that says nothing)", () => {
    const actors = JSON.parse(readFileSync(join(DIST, 'data', 'actors.json'), 'utf8')).records as { id: string; statements: unknown[] }[];
    expect(actors.some((a) => a.statements.length === 0) && actors.some((a) => a.statements.length > 0)).toBe(true);
    for (const a of actors) {
      const d = parse(readPage(join(DIST, 'actors', a.id, 'index.html'))).querySelector('meta[name="description"]')!.getAttribute('content')!;
      expect(/\bquotations?\b/.test(d), a.id).toBe(a.statements.length > 0);
    }
  });

  test("an authority page's description says when its year is the editors'", () => {
    const authorities = JSON.parse(readFileSync(join(DIST, 'data', 'authorities.json'), 'utf8')).records as { id: string; year: number | null; yearByEditors?: true }[];
    expect(authorities.some((a) => a.yearByEditors)).toBe(true);
    for (const a of authorities.filter((x) => x.year)) {
      const d = parse(readPage(join(DIST, 'authorities', a.id, 'index.html'))).querySelector('meta[name="description"]')!.getAttribute('content')!;
      expect(d.includes(`(${a.year}${a.yearByEditors ? ', year set by the editors' : ''})`), a.id).toBe(true);
    }
  });

  test("an event page's description says when its date is the editors'", () => {
    const events = JSON.parse(readFileSync(join(DIST, 'data', 'events.json'), 'utf8')).records as { id: string; date: { editorial?: string } | null }[];
    const byEditors = events.filter((e) => e.date?.editorial);
    expect(byEditors.length).toBeGreaterThan(0);
    for (const e of events) {
      const d = parse(readPage(join(DIST, 'events', e.id, 'index.html'))).querySelector('meta[name="description"]')!.getAttribute('content')!;
      expect(d.includes('(date set by the editors)'), e.id).toBe(!!e.date?.editorial);
    }
  });
});

describe('files for machines', () => {
  test.skipIf(!SITE)('sitemap.xml lists every page, robots.txt points to it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(new Set(locs)).toEqual(new Set(pages.map((p) => p.path)));
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  test.skipIf(SITE)('without SITE, no sitemap.xml and no Sitemap line in robots.txt (a sitemap needs absolute URLs)', () => {
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/sitemap/i);
    expect(pages.filter((p) => readPage(p.file).includes('rel="sitemap"')).map((p) => p.path)).toEqual([]);
  });

  test.skipIf(SITE)('without SITE, no file of dist/ names localhost', () => {
    const named = distFiles().filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
    expect(named).toEqual([]);
  });

  for (const name of ['actors', 'authorities', 'events', 'sources'])
    test(`/data/${name}.json holds every record with the url of its page (absolute only with SITE)`, () => {
      const data = JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { count: number; records: { id: string; url: string }[] };
      const onSite = pages.filter((p) => new RegExp(`^/${name}/[^/]+/$`).test(p.path)).map((p) => p.path);
      expect(data.count).toBe(data.records.length);
      for (const r of data.records) expect(SITE ? r.url.startsWith(SITE) : r.url.startsWith('/')).toBe(true);
      const paths = data.records.map((r) => new URL(r.url, 'http://site').pathname);
      expect(paths.sort()).toEqual(onSite.sort());
      for (const p of paths) expect(existsSync(join(DIST, p, 'index.html'))).toBe(true);
    });
});
