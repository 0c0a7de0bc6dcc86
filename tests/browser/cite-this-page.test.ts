import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { axeViolations, siteUrl, usePage } from './harness.ts';
import { DIST, distPages, readPage } from './dist-files.ts';
import { contentSources } from '../unit/hardening/coverage.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { comparable } from '../unit/lib/citation-parsers.ts';

// Every page of the built site offers its citation: five forms to copy, RIS and CSL-JSON to
// download, each naming the site, the page, its stable address and the day it is as of (a source
// page: its article's day, the site as where it was read).
const SITE = process.env.SITE;
const pages = distPages().filter((p) => p.path !== '/404.html');
const asOf = contentSources('content').map((s) => s.published).sort().at(-1)!;
const bare = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/\.+$/, '');
const titleOf = (html: string) => bare(parse(html).querySelector('title')!.text.replace(` · ${SITE_NAME}`, ''));
const addressOf = (path: string) => (SITE ? `${SITE}${path}` : path);
// A source page cites its article, on the article's day; every other page the site, as of the newest source.
const sourceAt = new Map(contentSources('content').map((s) => [`/sources/${s.id}/`, s]));
const dayOf = (path: string) => sourceAt.get(path)?.published ?? asOf;
const ctx = usePage();

describe('cite this page', () => {
  test('every page shows APA, Chicago, MLA, Bluebook and BibTeX naming the site, the page, its address and the as-of day', () => {
    const bad: string[] = [];
    for (const { path, file } of pages) {
      const [y, m, d] = dayOf(path).split('-').map(Number) as [number, number, number];
      const month = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
      const doc = parse(readPage(file));
      const section = doc.querySelector('section.cite-page');
      if (!section) {
        bad.push(`${path}: no citation`);
        continue;
      }
      const forms = new Map(section.querySelectorAll('.cite-forms dt').map((dt) => [dt.text, dt.nextElementSibling!.text]));
      if ([...forms.keys()].join() !== 'APA,Chicago,MLA,Bluebook,BibTeX') bad.push(`${path}: forms ${[...forms.keys()]}`);
      const title = titleOf(readPage(file));
      for (const [name, text] of forms) {
        // BibTeX escapes its special characters ("\$50"); read it unescaped.
        const flat = (name === 'BibTeX' ? text.replace(/\\([#$%&_{}])/g, '$1') : text).replace(/\s+/g, ' ');
        // The title as its words: Chicago and MLA make quotes within it single and set their own final mark.
        if (!comparable(flat).includes(comparable(title).replace(/[.,?!]+$/, ''))) bad.push(`${path}: ${name} lacks ${title}`);
        for (const want of [SITE_NAME, addressOf(path), String(y)]) if (!flat.includes(want)) bad.push(`${path}: ${name} lacks ${want}`);
        if (!flat.includes(String(d))) bad.push(`${path}: ${name} lacks the day`);
      }
      if (!forms.get('APA')?.includes(`(${y}, ${month} ${d})`)) bad.push(`${path}: APA date`);
      if (section.querySelector('time')?.getAttribute('datetime') !== dayOf(path)) bad.push(`${path}: as-of ${section.querySelector('time')?.getAttribute('datetime')}`);
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  test('every page links its RIS and CSL-JSON files, which name the same title, address and as-of day', () => {
    const bad: string[] = [];
    for (const { path, file } of pages) {
      const html = readPage(file);
      const links = parse(html).querySelectorAll('section.cite-page a[download]').map((a) => a.getAttribute('href')!);
      const ris = links.find((h) => h.endsWith('.ris'));
      const csl = links.find((h) => h.endsWith('.json'));
      if (!ris || !csl || !existsSync(join(DIST, ris)) || !existsSync(join(DIST, csl))) {
        bad.push(`${path}: downloads ${links}`);
        continue;
      }
      const title = titleOf(html);
      const r = readFileSync(join(DIST, ris), 'utf8');
      const source = sourceAt.get(path);
      // A source page's files cite the article (a news item in its outlet, at its own address only
      // when recorded), with the site as the database it was read in.
      // The home page is titled as the site: the site is its title, and no container besides.
      const [type, container, url] = source ? ['NEWS', source.outlet, source.url] : ['ELEC', title === SITE_NAME ? undefined : SITE_NAME, addressOf(path)];
      if (!r.startsWith(`TY  - ${type}\r\n`) || !r.includes(`\r\nTI  - ${title}\r\n`) || (url ? !r.includes(`\r\nUR  - ${url}\r\n`) : r.includes('\r\nUR  - ')) || !r.includes(`DA  - ${dayOf(path).replace(/-/g, '/')}/`) || (container ? !r.includes(`T2  - ${container}\r\n`) : r.includes('\r\nT2  - ')))
        bad.push(`${path}: RIS ${r}`);
      if (source && !r.includes(`\r\nDB  - ${SITE_NAME}\r\n`)) bad.push(`${path}: RIS names no archive`);
      const [c] = JSON.parse(readFileSync(join(DIST, csl), 'utf8')) as { title: string; URL?: string; issued: { 'date-parts': number[][] }; 'container-title': string }[];
      if (c!.title !== title || c!.URL !== url || c!.issued['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('-') !== dayOf(path) || c!['container-title'] !== container)
        bad.push(`${path}: CSL ${JSON.stringify(c)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  test('the as-of day is the newest source\'s publication day, not the day of the build', () => {
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const today = new Date().toISOString().slice(0, 10);
    if (asOf !== today) for (const { file } of pages.slice(0, 20)) expect(readPage(file)).not.toContain(`datetime="${today}"`);
  });

  test('a reader opens the forms without script, and a copy button copies a form', async () => {
    const path = pages.find((p) => p.path.startsWith('/actors/') && p.path !== '/actors/')!.path;
    await ctx.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await ctx.page.goto(siteUrl(path));
    await ctx.page.getByText('APA, Chicago, MLA, Bluebook and BibTeX').click();
    const apa = ctx.page.locator('.cite-forms pre').first();
    expect(await apa.isVisible()).toBe(true);
    await ctx.page.getByRole('button', { name: 'Copy APA' }).click();
    expect(await ctx.page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.textContent());
    expect(await axeViolations(ctx.page)).toEqual([]);
  });

  test.skipIf(SITE)('built without SITE, the shown address and forms name the page at the origin it is served from', async () => {
    const path = pages.find((p) => p.path.startsWith('/events/') && p.path.length > 20)!.path;
    await ctx.page.goto(siteUrl(path));
    const origin = new URL(siteUrl('/')).origin;
    expect(await ctx.page.locator('.cite-page code.address').textContent()).toBe(`${origin}${path}`);
    const forms = await ctx.page.locator('.cite-forms pre').allTextContents();
    expect(forms).toHaveLength(5);
    for (const f of forms) expect(f).toContain(`${origin}${path}`);
    expect(forms.join(' ')).not.toMatch(new RegExp(`[\\s({]${path}`));
  });

  test('the RIS download is served as a file a reference manager imports', async () => {
    const res = await fetch(siteUrl('/cite/index.ris'));
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^TY {2}- ELEC\r\n[\s\S]*ER {2}- \r\n$/);
  });
});

describe('page weight', () => {
  test('the HTML (its CSS inlined) of every page is under 30 KB compressed', () => {
    const heavy = pages.map((p) => ({ path: p.path, kb: gzipSync(readFileSync(p.file)).length / 1024 })).filter((p) => p.kb >= 30);
    expect(existsSync(join(DIST, '_astro')) ? parse(readPage(pages[0]!.file)).querySelectorAll('link[rel="stylesheet"]').length : 0).toBe(0);
    expect(heavy).toEqual([]);
  });
});
