import { beforeAll, describe, expect, test } from 'vitest';
import { apa, bibtex, bluebook, chicago, cslJson, mla, ris, type PageRef } from '../../../src/lib/cite-page.ts';
import { comparable, parseCitation, renderCsl, type CslItem } from './citation-parsers.ts';

// The citations are read back by the parsers reference managers use (citation-js for RIS and
// BibTeX) and rendered by a real CSL processor (citeproc-js) to check that the text a page shows
// is what its CSL-JSON says. Names and addresses are invented.
const page: PageRef = { site: 'Example Reference', title: 'Jo Example', url: 'https://example.org/actors/jo-example/', asOf: '2024-09-03', key: 'cfd-actors-jo-example' };
const story: PageRef = {
  site: 'Example Reference', title: 'Harbour board approves new cranes', url: 'https://example.org/sources/radio-cranes/', asOf: '2024-09-03', key: 'cfd-sources-radio-cranes',
  article: { title: 'Harbour board approves new cranes', outlet: 'Example Radio', agency: 'Example Wire', published: '2024-03-05' },
};
const recorded: PageRef = { ...story, article: { ...story.article!, url: 'https://radio.example/cranes' } };
const byOutlet: PageRef = { ...story, article: { title: story.article!.title, outlet: 'Example Radio', published: '2024-03-05' } };

const authorOf = (item: CslItem) => {
  // RIS's NEWS type calls its author the reporter; BibTeX's braced name is one family name.
  const name = item.author?.[0] ?? (typeof item.reporter === 'string' ? { literal: item.reporter } : undefined);
  return name?.literal ?? name?.family;
};
const item = (r: PageRef) => cslJson(r)[0] as CslItem & { id: string };

describe('RIS and BibTeX read back by citation-js', () => {
  test.each([['agency', story, 'Example Wire'], ['outlet only', byOutlet, 'Example Radio']])('a source page (%s) cites the article: author, headline, outlet, year', (_, r, author) => {
    for (const [text, format] of [[ris(r), '@ris/file'], [bibtex(r), '@biblatex/text']] as const) {
      const [it] = parseCitation(text, format);
      expect(authorOf(it!)).toBe(author);
      expect(it!.title).toBe('Harbour board approves new cranes');
      expect(it!['container-title']).toBe('Example Radio');
      expect(it!.issued?.['date-parts']?.[0]?.[0]).toBe(2024);
      expect(it!.URL).toBeUndefined();
    }
    expect(parseCitation(bibtex(r), '@biblatex/text')[0]!.issued).toEqual({ 'date-parts': [[2024, 3, 5]] });
  });

  test("the article's recorded address is its URL; this site is where it was read", () => {
    const [r] = parseCitation(ris(recorded), '@ris/file');
    const [b] = parseCitation(bibtex(recorded), '@biblatex/text');
    expect([r!.URL, b!.URL]).toEqual(['https://radio.example/cranes', 'https://radio.example/cranes']);
    expect(r!.source).toBe('Example Reference');
    expect(r!.note).toBe('Archived in Example Reference at https://example.org/sources/radio-cranes/');
    expect(b!.note).toBe('Archived in Example Reference at https://example.org/sources/radio-cranes/');
  });

  test('any other page cites the page of the site, at its address', () => {
    const [r] = parseCitation(ris(page), '@ris/file');
    expect([authorOf(r!), r!.title, r!.URL]).toEqual(['Example Reference', 'Jo Example', page.url]);
    const [b] = parseCitation(bibtex(page), '@biblatex/text');
    expect([authorOf(b!), b!.title, b!.URL]).toEqual(['Example Reference', 'Jo Example', page.url]);
  });
});

describe('the APA and Chicago forms are what citeproc renders from the CSL-JSON', () => {
  // The first rendering compiles the styles: seconds on a busy two-core machine.
  beforeAll(() => void [renderCsl(item(page), 'apa'), renderCsl(item(page), 'chicago')], 60_000);

  const quoting: PageRef = { ...page, title: 'The board called the cranes “a waste of money.”' };
  const home: PageRef = { ...page, title: 'Example Reference', url: 'https://example.org/' };
  const asking: PageRef = { ...story, article: { ...story.article!, title: 'Who pays for the cranes?' } };
  test.each([['a site page', page], ['a source page', story], ['a source page with the address', recorded], ['a source page without agency', byOutlet], ['a title ending in a quotation', quoting], ['the home page, titled as the site', home], ['a headline asking', asking]])('%s', (_, r) => {
    expect(comparable(apa(r))).toBe(comparable(renderCsl(item(r), 'apa')));
    expect(comparable(chicago(r))).toBe(comparable(renderCsl(item(r), 'chicago')));
  });

  test('the home page, titled as the site, names the site once in every form', () => {
    for (const text of [apa(home), chicago(home), mla(home), bluebook(home), bibtex(home), ris(home)])
      expect(text.split('Example Reference').length - 1, text).toBe(text === bibtex(home) || text === ris(home) ? 2 : 1);
  });

  test('the comparison still tells a different citation apart', () => {
    expect(comparable(apa(page))).not.toBe(comparable(renderCsl(item(story), 'apa')));
    expect(comparable(renderCsl({ ...item(story), author: [{ literal: 'Example Reference' }] }, 'apa'))).not.toBe(comparable(apa(story)));
  });
});
