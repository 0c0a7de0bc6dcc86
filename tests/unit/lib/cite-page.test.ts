import { describe, expect, test } from 'vitest';
import { apa, asOfDay, bibtex, bluebook, chicago, citeFiles, citeKey, cslJson, mla, ris, type PageRef } from '../../../src/lib/cite-page.ts';

const ref: PageRef = { site: 'Example Reference', title: 'A made-up event, with 50% & $5.', url: 'https://example.org/events/x/', asOf: '2024-09-03', key: 'cfd-events-x' };

describe('citing a page', () => {
  test('the as-of day is the newest publication day among the sources', () => {
    expect(asOfDay([{ published: '2024-01-02' }, { published: '2025-08-08' }, { published: '2025-03-01' }])).toBe('2025-08-08');
    expect(asOfDay([])).toBeUndefined();
  });

  test('each style names the page, the site, the as-of day in its own form and the address', () => {
    expect(apa(ref)).toBe('A made-up event, with 50% & $5. (2024, September 3). Example Reference. https://example.org/events/x/');
    expect(chicago(ref)).toBe('“A made-up event, with 50% & $5.” Example Reference. As of September 3, 2024. https://example.org/events/x/.');
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
