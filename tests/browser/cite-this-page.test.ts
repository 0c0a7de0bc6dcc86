import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { axeViolations, siteUrl, usePage } from './harness.ts';
import { DIST, distPages, readPage } from './dist-files.ts';
import { contentSources } from '../unit/hardening/coverage.ts';
import { SITE_NAME } from '../../src/lib/site.ts';

// Every page of the built site offers its citation: five forms to copy, RIS and CSL-JSON to
// download, each naming the site, the page, its stable address and the day it is as of.
const SITE = process.env.SITE;
const pages = distPages().filter((p) => p.path !== '/404.html');
const asOf = contentSources('content').map((s) => s.published).sort().at(-1)!;
const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
const bare = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/\.+$/, '');
const sameMarks = (t: string) => t.replace(/[“”‘’"']/gu, '"');
const titleOf = (html: string) => bare(parse(html).querySelector('title')!.text.replace(` · ${SITE_NAME}`, ''));
const addressOf = (path: string) => (SITE ? `${SITE}${path}` : path);
const ctx = usePage();

describe('cite this page', () => {
  test('every page shows APA, Chicago, MLA, Bluebook and BibTeX naming the site, the page, its address and the as-of day', () => {
    const bad: string[] = [];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
    for (const { path, file } of pages) {
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
        // A title in quotation marks shows a quotation of its own in single marks: compare marks as one.
        for (const want of [title, SITE_NAME, addressOf(path), String(y)]) if (!sameMarks(flat).includes(sameMarks(want))) bad.push(`${path}: ${name} lacks ${want}`);
        if (!flat.includes(String(d))) bad.push(`${path}: ${name} lacks the day`);
      }
      if (!forms.get('APA')?.includes(`(${y}, ${month} ${d})`)) bad.push(`${path}: APA date`);
      if (section.querySelector('time')?.getAttribute('datetime') !== asOf) bad.push(`${path}: as-of ${section.querySelector('time')?.getAttribute('datetime')}`);
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
      if (!r.startsWith('TY  - ELEC\r\n') || !r.includes(`\r\nTI  - ${title}\r\n`) || !r.includes(`\r\nUR  - ${addressOf(path)}\r\n`) || !r.includes(`DA  - ${asOf.replace(/-/g, '/')}/`) || !r.includes(`T2  - ${SITE_NAME}`))
        bad.push(`${path}: RIS ${r}`);
      const [c] = JSON.parse(readFileSync(join(DIST, csl), 'utf8')) as { title: string; URL: string; issued: { 'date-parts': number[][] }; 'container-title': string }[];
      if (c!.title !== title || c!.URL !== addressOf(path) || c!.issued['date-parts'][0]!.join('-') !== `${y}-${m}-${d}` || c!['container-title'] !== SITE_NAME)
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
