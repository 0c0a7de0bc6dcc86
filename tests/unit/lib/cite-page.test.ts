import { describe, expect, test } from 'vitest';
import { apa, asOfDay, bibtex, bluebook, chicago, citationForms, citationMeta, citeFiles, citeKey, cslJson, mla, ris, type PageRef } from '../../../src/lib/cite-page.ts';

const ref: PageRef = { site: 'Example Reference', title: 'A made-up event, with 50% & $5.', url: 'https://example.org/events/x/', asOf: '2024-09-03', key: 'cfd-events-x' };

describe('citing a page', () => {
  test('the as-of day is the newest publication day among the sources', () => {
    expect(asOfDay([{ published: '2024-01-02' }, { published: '2025-08-08' }, { published: '2025-03-01' }])).toBe('2025-08-08');
    expect(asOfDay([])).toBeUndefined();
  });

  test('each style names the page, the site, the as-of day in its own form and the address', () => {
    expect(apa(ref)).toBe('A made-up event, with 50% & $5. (2024, September 3). Example Reference. https://example.org/events/x/');
    expect(chicago(ref)).toBe('Example Reference. “A made-up event, with 50% & $5,” September 3, 2024. https://example.org/events/x/.');
    expect(mla(ref)).toBe('“A made-up event, with 50% & $5.” Example Reference, 3 Sept. 2024, https://example.org/events/x/.');
    expect(bluebook(ref)).toBe('A made-up event, with 50% & $5, Example Reference (Sept. 3, 2024), https://example.org/events/x/.');
  });

  test('BibTeX escapes its special characters so a title cannot break the entry', () => {
    const b = bibtex(ref);
    expect(b).toContain('title = {A made-up event, with 50\\% \\& \\$5}');
    expect(b).toContain('month = sep');
    expect(b.startsWith('@misc{cfd-events-x,')).toBe(true);
  });

  test('RIS is one tag a line with CRLF endings; CSL-JSON is a list of one webpage', () => {
    const lines = ris({ ...ref, title: 'Two\nlines' }).split('\r\n');
    expect(lines).toContain('TI  - Two lines');
    expect(lines).toContain('DA  - 2024/09/03/');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(cslJson(ref)).toEqual([expect.objectContaining({ type: 'webpage', URL: ref.url, issued: { 'date-parts': [[2024, 9, 3]] } })]);
  });

  test('download files and keys follow the page path', () => {
    expect(citeFiles('/')).toEqual({ ris: '/cite/index.ris', csl: '/cite/index.json' });
    expect(citeFiles('/events/year/2025/')).toEqual({ ris: '/cite/events/year/2025.ris', csl: '/cite/events/year/2025.json' });
    expect(citeKey('/events/year/2025/')).toBe('cfd-events-year-2025');
  });
});

// A source page's reference: the article it reproduces, an agency's story carried by an outlet.
const story: PageRef = {
  site: 'Example Reference', title: 'Harbour board approves new cranes', url: 'https://example.org/sources/radio-cranes/', asOf: '2024-09-03', key: 'cfd-sources-radio-cranes',
  article: { title: 'Harbour board approves new cranes', outlet: 'Example Radio', agency: 'Example Wire', published: '2024-03-05' },
};
const withAddress: PageRef = { ...story, article: { ...story.article!, url: 'https://radio.example/cranes' } };

describe('citing a source page cites the article', () => {
  test('each style names the agency as author, the headline, the outlet, its day and this site as where it was read', () => {
    expect(apa(story)).toBe('Example Wire. (2024, March 5). Harbour board approves new cranes. Example Radio. Example Reference (https://example.org/sources/radio-cranes/).');
    expect(chicago(story)).toBe('Example Wire. “Harbour board approves new cranes.” Example Radio, March 5, 2024. https://example.org/sources/radio-cranes/. Example Reference.');
    expect(mla(story)).toBe('Example Wire. “Harbour board approves new cranes.” Example Radio, 5 Mar. 2024. Example Reference, https://example.org/sources/radio-cranes/.');
    expect(bluebook(story)).toBe('Example Wire, Harbour board approves new cranes, Example Radio (Mar. 5, 2024), archived at https://example.org/sources/radio-cranes/ (Example Reference).');
  });

  test("the article's own address is given only when recorded, never the site's page in its place", () => {
    expect(apa(withAddress)).toMatch(/ https:\/\/radio\.example\/cranes$/);
    expect(mla(withAddress)).toContain('Example Radio, 5 Mar. 2024, https://radio.example/cranes. Example Reference, https://example.org/sources/radio-cranes/.');
    expect(cslJson(story)[0]).not.toHaveProperty('URL');
    expect(cslJson(withAddress)[0]).toMatchObject({ URL: 'https://radio.example/cranes', archive: 'Example Reference', archive_location: story.url });
    expect(ris(story)).not.toMatch(/^UR {2}- /m);
    expect(ris(withAddress)).toMatch(/^UR {2}- https:\/\/radio\.example\/cranes\r$/m);
    expect(bibtex(story)).not.toContain('url =');
  });

  test('without an agency the outlet is the author', () => {
    const plain: PageRef = { ...story, article: { title: story.article!.title, outlet: 'Example Radio', published: '2024-03-05' } };
    expect(apa(plain).startsWith('Example Radio. (2024, March 5).')).toBe(true);
    expect(cslJson(plain)[0]).toMatchObject({ author: [{ literal: 'Example Radio' }], 'container-title': 'Example Radio' });
  });

  test('RIS is a news item, BibTeX an article in the outlet, CSL-JSON a newspaper article; none is a work by the site', () => {
    expect(ris(story).split('\r\n')).toEqual(expect.arrayContaining(['TY  - NEWS', 'AU  - Example Wire', 'T2  - Example Radio', 'DB  - Example Reference', 'N1  - Archived in Example Reference at https://example.org/sources/radio-cranes/']));
    expect(bibtex(story)).toMatch(/^@article\{cfd-sources-radio-cranes,\n {2}title = \{Harbour board approves new cranes\},\n {2}author = \{\{Example Wire\}\},\n {2}journal = \{Example Radio\},/);
    expect(cslJson(story)[0]).toMatchObject({ type: 'article-newspaper', author: [{ literal: 'Example Wire' }], issued: { 'date-parts': [[2024, 3, 5]] } });
    for (const f of citationForms(story)) expect(f.text.startsWith('Example Reference')).toBe(false);
  });
});

describe('citation meta tags', () => {
  const tags = (r: PageRef) => Object.fromEntries(citationMeta(r).map((t) => [t.name, t.content]));

  test("a site page's Highwire and Dublin Core tags name the page, the site and the as-of day", () => {
    expect(tags(ref)).toEqual({
      citation_title: 'A made-up event, with 50% & $5',
      citation_author: 'Example Reference',
      citation_date: '2024/09/03',
      citation_publisher: 'Example Reference',
      citation_public_url: ref.url,
      citation_abstract_html_url: ref.url,
      'DC.title': 'A made-up event, with 50% & $5',
      'DC.creator': 'Example Reference',
      'DC.date': '2024-09-03',
      'DC.publisher': 'Example Reference',
      'DC.identifier': ref.url,
    });
  });

  test("a source page's tags describe the article: agency, headline, outlet, day; DC.source the original", () => {
    expect(tags(story)).toEqual({
      citation_title: 'Harbour board approves new cranes',
      citation_author: 'Example Wire',
      citation_publication_date: '2024/03/05',
      citation_journal_title: 'Example Radio',
      citation_publisher: 'Example Radio',
      citation_abstract_html_url: story.url,
      'DC.title': 'Harbour board approves new cranes',
      'DC.creator': 'Example Wire',
      'DC.date': '2024-03-05',
      'DC.publisher': 'Example Radio',
      'DC.identifier': story.url,
      'DC.source': 'Example Wire, “Harbour board approves new cranes”, Example Radio, 5 March 2024',
    });
    expect(tags(withAddress)).toMatchObject({ citation_public_url: 'https://radio.example/cranes', 'DC.source': 'https://radio.example/cranes' });
  });
});

describe('titles that end in their own punctuation', () => {
  const quoting: PageRef = { ...ref, title: 'The board called the cranes “a waste of money.”' };
  const asking: PageRef = { ...ref, title: 'Who pays for the cranes?' };

  test('APA adds no period after a title that ends a sentence of its own', () => {
    expect(apa(quoting)).toBe('The board called the cranes “a waste of money.” (2024, September 3). Example Reference. https://example.org/events/x/');
    expect(apa(asking).startsWith('Who pays for the cranes? (2024')).toBe(true);
  });

  test('in quotation marks, quotes within a title become single and its period gives way to the comma', () => {
    expect(chicago(quoting)).toBe('Example Reference. “The board called the cranes ‘a waste of money,’” September 3, 2024. https://example.org/events/x/.');
    expect(mla(quoting).startsWith('“The board called the cranes ‘a waste of money.’” Example Reference')).toBe(true);
    expect(chicago(asking)).toContain('“Who pays for the cranes?” September 3, 2024.');
  });
});

describe('a title that ends in a quotation', () => {
  test('Bluebook puts its comma after the closing mark without the sentence\'s own stop', () => {
    const q: PageRef = { ...ref, title: 'The mayor said the pier “is closed.”' };
    expect(bluebook(q)).toBe('The mayor said the pier “is closed”, Example Reference (Sept. 3, 2024), https://example.org/events/x/.');
  });
});
