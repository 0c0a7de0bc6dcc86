import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { exportCollection } from '../../../src/lib/data-export.ts';
import { CSV_COLUMNS, toCsv } from '../../../src/lib/data-csv.ts';
import { dataFiles, type Source } from '../../../src/schemas/index.ts';
import type { Corpus } from '../../../src/lib/collections.ts';

// /data/sources.{json,csv}: what the site knows of each article, and nothing it does not.
const src = (id: string, extra: Partial<Source> = {}): Source => ({
  id, title: `A made-up story ${id}`, outlet: 'Example Radio', published: '2024-03-05', file: `seeds/${id}.txt`, paragraphs: [{ id: 'p-one-1111', text: 'One.' }], ...extra,
});
const corpus: Corpus = {
  sources: [src('a', { agency: 'Example Wire', url: 'https://radio.example/a' }), src('b')],
  actors: [], authorities: [], events: [],
};
const site = new URL('https://example.org');

describe('the sources data file', () => {
  const data = exportCollection(corpus, 'sources', site, '/');
  const [a, b] = data.records as Record<string, unknown>[];

  test("carries the agency, the article's own address as originalUrl when recorded, and the page as url", () => {
    expect(a).toMatchObject({ agency: 'Example Wire', originalUrl: 'https://radio.example/a', url: 'https://example.org/sources/a/' });
    expect(dataFiles.sources.safeParse(data).success).toBe(true);
  });

  test('leaves the original address out when none was recorded, never the page in its place', () => {
    expect(b).not.toHaveProperty('originalUrl');
    expect(b).not.toHaveProperty('agency');
    expect(b!.url).toBe('https://example.org/sources/b/');
  });

  test('the CSV has an agency column and an empty original_url when none was recorded', () => {
    const [head, rowA, rowB] = toCsv(data.records, CSV_COLUMNS.sources).split('\r\n').map((l) => l.split(','));
    const col = (row: string[], name: string) => row[head!.indexOf(name)];
    expect([col(rowA!, 'agency'), col(rowA!, 'original_url'), col(rowA!, 'url')]).toEqual(['Example Wire', 'https://radio.example/a', 'https://example.org/sources/a/']);
    expect([col(rowB!, 'agency'), col(rowB!, 'original_url'), col(rowB!, 'url')]).toEqual(['', '', 'https://example.org/sources/b/']);
  });

  test('the JSON Schema of the file describes agency and originalUrl as optional', () => {
    const record = z.toJSONSchema(dataFiles.sources, { io: 'output', target: 'draft-2020-12' }) as unknown as { properties: { records: { items: { properties: object; required: string[] } } } };
    const { properties, required } = record.properties.records.items;
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(['agency', 'originalUrl', 'url']));
    expect(required).toContain('url');
    expect(required).not.toContain('originalUrl');
  });
});

describe('the events CSV', () => {
  const event = (date: Record<string, unknown>) => ({
    id: 'e', summary: 's', headline: 'h', actors: [], agents: [], authorities: [], source: 'a', paragraph: 'p-one-1111', quote: 'One.', url: '/events/e/', date,
  });
  const row = (date: Record<string, unknown>) => {
    const [head, line] = toCsv([event(date)] as never[], CSV_COLUMNS.events).split('\r\n');
    return Object.fromEntries(head!.split(',').map((h, i) => [h, line!.split(',')[i]]));
  };

  test("a date the editors set says so, with their reason, and claims no words of the source", () => {
    const r = row({ value: '1988-02', precision: 'month', approximate: false, expression: '1988-02', editorial: 'indicted in February 1988' });
    expect(r).toMatchObject({ date: '1988-02', date_by_editors: 'indicted in February 1988', date_words: '' });
  });

  test("the editors' title and the actors they tied to the event are columns of their own", () => {
    const [head, line] = toCsv([{ ...event({ value: '2025', precision: 'year', approximate: false, expression: 'In 2025' }), actors: ['ana-roe', 'ostria'], editorial: { headline: 'shorter', actors: [{ id: 'ostria', reason: 'its navy' }] } }] as never[], CSV_COLUMNS.events).split('\r\n');
    const r = Object.fromEntries(head!.split(',').map((h, i) => [h, line!.split(',')[i]]));
    expect(r).toMatchObject({ headline_by_editors: 'shorter', actors_by_editors: 'ostria' });
  });

  test("a date the source gives keeps its words and no editors' reason", () => {
    const r = row({ value: '2025-08-07', precision: 'day', approximate: false, expression: 'On Thursday' });
    expect(r).toMatchObject({ date_by_editors: '', date_words: 'On Thursday' });
  });
});

describe('the authorities CSV', () => {
  test('a name no source writes gives the words the sources use (name_described); a written name leaves it empty', () => {
    const said = (quote: string, text: string) => ({ source: 'a', paragraph: 'p-one-1111', quote, text });
    const memo = { id: 'lind-memo', name: 'Lind memo', kind: 'legal-opinion', year: 1994, aliases: [], mentions: [said('Vera Lind wrote a disputed memo.', 'disputed memo')], url: '/authorities/lind-memo/' };
    const act = { ...memo, id: 'harbor-act', name: 'Harbor Act', mentions: [said('The Harbor Act bans it.', 'Harbor Act')] };
    const [head, m, a] = toCsv([memo, act] as never[], CSV_COLUMNS.authorities).split('\r\n').map((l) => l.split(','));
    const at = head!.indexOf('name_described');
    expect([m![at], a![at]]).toEqual(['disputed memo', '']);
  });

  test('a designation gives the law it was made under as made_under, not as its citation', () => {
    const listing = { id: 'ring-listing', name: 'Designation of the Ring', kind: 'designation', year: 2025, aliases: [], mentions: [], url: '/authorities/ring-listing/', editorial: { madeUnder: 'Harbor Act § 4' } };
    const [head, row] = toCsv([listing] as never[], CSV_COLUMNS.authorities).split('\r\n').map((l) => l.split(','));
    expect([row![head!.indexOf('citation')], row![head!.indexOf('made_under')]]).toEqual(['', 'Harbor Act § 4']);
  });

  test('a year the editors set says so (year_by_editors)', () => {
    const act = { id: 'harbor-act', name: 'Harbor Act', kind: 'statute', year: 1921, yearByEditors: true, aliases: [], mentions: [], url: '/authorities/harbor-act/' };
    const [head, row] = toCsv([act] as never[], CSV_COLUMNS.authorities).split('\r\n').map((l) => l.split(','));
    expect([row![head!.indexOf('year')], row![head!.indexOf('year_by_editors')]]).toEqual(['1921', 'true']);
  });

  test('a year read from the act, not written with the name, gives the words it was read from (year_read_from)', () => {
    const order = { id: 'harbor-order', name: 'Harbor order', kind: 'directive', year: 2025, yearFrom: { basis: 'just-done', words: 'has signed' }, aliases: [], mentions: [], url: '/authorities/harbor-order/' };
    const [head, row] = toCsv([order] as never[], CSV_COLUMNS.authorities).split('\r\n').map((l) => l.split(','));
    expect(row![head!.indexOf('year_read_from')]).toBe('just-done: has signed');
  });
});

describe('the actors CSV', () => {
  test('counts the sentences that name a state only in passing apart, within its mentions', () => {
    const said = (quote: string, text: string, inPassing?: true) => ({ source: 'a', paragraph: 'p-one-1111', quote, text, ...(inPassing ? { inPassing } : {}) });
    const ostria = {
      id: 'ostria', name: 'Ostria', kind: 'state', aliases: [], roles: [], statements: [], url: '/actors/ostria/',
      mentions: [said('Ostria protested.', 'Ostria'), said('The raid broke Ostrian law.', 'Ostrian', true)],
    };
    const [head, row] = toCsv([ostria] as never[], CSV_COLUMNS.actors).split('\r\n').map((l) => l.split(','));
    expect([row![head!.indexOf('mentions')], row![head!.indexOf('mentions_in_passing')]]).toEqual(['2', '1']);
  });
});
