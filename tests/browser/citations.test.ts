import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, distPages, readPage } from './dist-files.ts';
import { contentSources } from '../unit/hardening/coverage.ts';
import { comparable, parseCitation, renderCsl, type CslItem } from '../unit/lib/citation-parsers.ts';
import { SITE_NAME } from '../../src/lib/site.ts';

// What a reference manager reads from the built site: each page's citation_* and DC.* tags, its
// RIS download and its BibTeX, read by citation-js; its APA and Chicago text against citeproc's
// rendering of its own CSL-JSON. A source page cites its article, never the site as its author.
const SITE = process.env.SITE;
const addressOf = (path: string) => (SITE ? `${SITE}${path}` : path);
const sources = contentSources('content');
const sourceAt = new Map(sources.map((s) => [`/sources/${s.id}/`, s]));

interface Cited {
  path: string;
  doc: HTMLElement;
  meta: Map<string, string[]>;
  forms: Map<string, string>;
  ris: string;
  csl: CslItem & { id: string };
}

const cited: Cited[] = distPages()
  .filter((p) => p.path !== '/404.html')
  .flatMap(({ path, file }) => {
    const doc = parse(readPage(file));
    const section = doc.querySelector('section.cite-page');
    if (!section) return [];
    const meta = new Map<string, string[]>();
    for (const m of doc.querySelectorAll('head meta[name]')) meta.set(m.getAttribute('name')!, [...(meta.get(m.getAttribute('name')!) ?? []), m.getAttribute('content')!]);
    const links = section.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!.replace(/^.*?\/cite\//, '/cite/'));
    const file_ = (ext: string) => join(DIST, links.find((h) => h.endsWith(ext))!);
    return [{
      path, doc, meta,
      forms: new Map(section.querySelectorAll('.cite-forms dt').map((dt) => [dt.text, dt.nextElementSibling!.text])),
      ris: readFileSync(file_('.ris'), 'utf8'),
      csl: (JSON.parse(readFileSync(file_('.json'), 'utf8')) as (CslItem & { id: string })[])[0]!,
    }];
  });
const one = (c: Cited, name: string) => c.meta.get(name)?.[0];
const unescapeTex = (s: string) => s.replace(/\\([#$%&_{}])/g, '$1');
/** A title as every form has it, whatever quotation marks and final mark a style gives it. */
const titleWords = (title: string) => comparable(title).replace(/[.,?!]+$/, '');
/** One page of each type: home, lists, timeline pages, records of each collection, a source. */
const typeOf = (path: string) => path.split('/').filter(Boolean).slice(0, 2).map((p, i) => (i === 1 && !['year', 'month', 'undated'].includes(p) ? 'record' : p)).join('/') || 'home';

describe('citation meta tags', () => {
  test('the built site has cited pages of every type, the source pages among them', () => {
    const types = new Set(cited.map((c) => typeOf(c.path)));
    for (const t of ['home', 'actors', 'actors/record', 'authorities/record', 'events/record', 'events/year', 'sources', 'sources/record', 'updates', 'data']) expect(types).toContain(t);
    expect(cited.filter((c) => sourceAt.has(c.path))).toHaveLength(sources.length);
  });

  test("every page's citation_title and DC.title are the title its Cite this page block cites, once each", () => {
    const bad: string[] = [];
    for (const c of cited) {
      const title = one(c, 'citation_title');
      for (const name of ['citation_title', 'citation_author', 'DC.title', 'DC.creator', 'DC.date', 'DC.publisher', 'DC.identifier'])
        if (c.meta.get(name)?.length !== 1) bad.push(`${c.path}: ${name} x${c.meta.get(name)?.length ?? 0}`);
      if (!title || one(c, 'DC.title') !== title || c.csl.title !== title) bad.push(`${c.path}: titles ${title} / ${one(c, 'DC.title')} / ${c.csl.title}`);
      for (const [name, text] of c.forms) if (!comparable(name === 'BibTeX' ? unescapeTex(text) : text).includes(titleWords(title ?? '\u0000'))) bad.push(`${c.path}: ${name} lacks ${title}`);
      if (!c.forms.get('APA')?.includes(one(c, 'citation_author') ?? '\u0000')) bad.push(`${c.path}: APA lacks the author ${one(c, 'citation_author')}`);
      if (one(c, 'DC.identifier') !== addressOf(c.path) || c.doc.querySelector('section.cite-page code')?.text !== addressOf(c.path)) bad.push(`${c.path}: DC.identifier ${one(c, 'DC.identifier')}`);
      const date = one(c, 'DC.date')!;
      if ((one(c, 'citation_publication_date') ?? one(c, 'citation_date')) !== date.replace(/-/g, '/') || c.doc.querySelector('section.cite-page time')?.getAttribute('datetime') !== date) bad.push(`${c.path}: dates`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  test('a page without a Cite this page block carries no citation tags', () => {
    for (const { path, file } of distPages()) {
      const doc = parse(readPage(file));
      if (!doc.querySelector('section.cite-page')) expect([path, doc.querySelectorAll('meta[name^="citation_"], meta[name^="DC."]').length]).toEqual([path, 0]);
    }
  });
});

describe('a source page cites its article', () => {
  test('its forms, downloads and tags name the agency (else the outlet) as author and the outlet as container, never the site as author', () => {
    for (const [path, s] of sourceAt) {
      const c = cited.find((x) => x.path === path)!;
      const author = s.agency ?? s.outlet;
      for (const [name, text] of c.forms) {
        expect([name, text.includes(author), text.includes(s.outlet), text.includes(SITE_NAME)]).toEqual([name, true, true, true]);
        expect(text.startsWith(SITE_NAME)).toBe(false);
      }
      expect(c.forms.get('APA')!.startsWith(`${author}. (`)).toBe(true);
      expect([one(c, 'citation_author'), one(c, 'DC.creator'), one(c, 'citation_journal_title'), one(c, 'DC.publisher')]).toEqual([author, author, s.outlet, s.outlet]);
      expect(c.csl).toMatchObject({ type: 'article-newspaper', author: [{ literal: author }], 'container-title': s.outlet, archive: SITE_NAME, archive_location: addressOf(path) });
      // The article's own address only when recorded: never this page in its place.
      expect([c.csl.URL, one(c, 'citation_public_url')]).toEqual([s.url, s.url]);
      expect(one(c, 'DC.source')).toBe(s.url ?? `${author}, “${s.title}”, ${s.outlet}, ${c.doc.querySelector('section.cite-page time')!.text}`);
    }
  });
});

describe('read back by citation-js', () => {
  test("every page's RIS download and BibTeX give its author, title, container, year and address", () => {
    const bad: string[] = [];
    for (const c of cited) {
      const s = sourceAt.get(c.path);
      const want = { author: one(c, 'citation_author'), title: one(c, 'citation_title'), year: Number(one(c, 'DC.date')!.slice(0, 4)), URL: s ? s.url : addressOf(c.path) };
      for (const [text, format] of [[c.ris, '@ris/file'], [c.forms.get('BibTeX')!, '@biblatex/text']] as const) {
        const it = parseCitation(text, format)[0]!;
        const author = it.author?.[0]?.literal ?? it.author?.[0]?.family ?? it.reporter;
        const got = { author, title: it.title, year: it.issued?.['date-parts']?.[0]?.[0], URL: it.URL };
        if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${c.path} ${format}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
        if (s && it['container-title'] !== s.outlet) bad.push(`${c.path} ${format}: container ${it['container-title']}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

describe('rendered by citeproc', () => {
  beforeAll(() => void renderCsl(cited[0]!.csl, 'chicago'), 60_000);

  // Compared after comparable(): white space collapsed, curly quotes straight, case ignored
  // (Chicago's style puts a headline in headline case; the page keeps it as published).
  test.each(['APA', 'Chicago'] as const)("every page's %s text is citeproc's rendering of its own CSL-JSON", (style) => {
    const bad: string[] = [];
    for (const c of cited) {
      const shown = c.forms.get(style)!;
      const rendered = renderCsl(c.csl, style === 'APA' ? 'apa' : 'chicago');
      if (comparable(shown) !== comparable(rendered)) bad.push(`${c.path}:\n  page: ${shown}\n  csl:  ${rendered}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
