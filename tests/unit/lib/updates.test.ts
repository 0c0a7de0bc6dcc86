import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse as parseHtml } from 'node-html-parser';
import { extensionPhrases, onOnePageLimit, splitExtensions, updatePages, updates, updateSummary, UPDATES_ON_ONE_PAGE, type Update } from '../../../src/lib/updates.ts';
import { atomFeed, uuid5, xmlEscape, type FeedOptions } from '../../../src/lib/atom.ts';
import { ALPHA, BETA, DELTA, inventedCorpus } from '../../fixtures/multi-source/corpus.ts';

// /updates/ and its Atom feed on invented articles: one entry per article in publication order
// (ties by id), each with what it added, and a feed that is well-formed Atom 1.0.
const c = inventedCorpus();
const list = updates(c);
const entry = (id: string) => list.find((u) => u.source.id === id)!;
const refs = (u: Update) => ({
  records: u.records.map((r) => `${r.collection}/${r.id}`),
  events: u.events.map((r) => r.id),
  extensions: u.extensions.map((x) => `${x.record.collection}/${x.record.id}`),
});

describe('what each article added', () => {
  test('one entry per source article, in publication order; a same-day tie by source id', () => {
    expect(list.map((u) => u.source.id)).toEqual([ALPHA, BETA, DELTA]);
    expect(list.map((u) => u.anchor)).toEqual([`from-${ALPHA}`, `from-${BETA}`, `from-${DELTA}`]);
  });

  test('the first article: the records and events it reported first, actors before authorities', () => {
    expect(refs(entry(ALPHA))).toEqual({ records: ['actors/mara-quell', 'authorities/coastal-waters-act'], events: ['the-raid-on-pier-nine'], extensions: [] });
  });

  test('a later article: a new record, a new alias and mention of an earlier one, a new report of an event and what it differs on', () => {
    const u = entry(BETA);
    expect(refs(u)).toEqual({ records: ['actors/tide-network'], events: [], extensions: ['actors/mara-quell', 'events/the-raid-on-pier-nine'] });
    const [quell, raid] = u.extensions;
    // The quotation it repeats is not new: the first article carried it.
    expect(quell).toMatchObject({ aliases: ['Quell'], mentions: 1, statements: 0, roles: [] });
    expect(raid).toMatchObject({ reports: 1, differs: ['killed'] });
    expect(extensionPhrases(quell!)).toEqual(['also called “Quell”', '1 more mention']);
    expect(extensionPhrases(raid!)).toEqual(['reported again', 'differs on the figure “killed”']);
  });

  test('the last article: a new event, a new role and quotation, more mentions, and the date it disagrees on', () => {
    const u = entry(DELTA);
    expect(refs(u)).toEqual({
      records: [],
      events: ['the-council-voted-to-fine'],
      extensions: ['actors/mara-quell', 'actors/tide-network', 'authorities/coastal-waters-act', 'events/the-raid-on-pier-nine'],
    });
    // "harbor commissioner" was stated first by the first article: only "acting governor" is new.
    expect(u.extensions[0]).toMatchObject({ roles: ['acting governor'], statements: 1, mentions: 1, aliases: [] });
    expect(extensionPhrases(u.extensions[0]!)).toEqual(['new role: acting governor', '1 new quotation', '1 more mention']);
    expect(u.extensions[3]).toMatchObject({ reports: 1, differs: ['date'] });
    expect(updateSummary(u)).toBe('1 new event, new facts about 4 records');
    expect(updateSummary(entry(ALPHA))).toBe('1 new actor, 1 new legal authority, 1 new event');
  });

  test('records an entry only mentions again are apart from its new facts', () => {
    const { facts, mentioned } = splitExtensions(entry(DELTA));
    expect(facts.map((x) => x.record.id)).toEqual(['mara-quell', 'the-raid-on-pier-nine']);
    expect(mentioned.map((r) => r.id)).toEqual(['tide-network', 'coastal-waters-act']);
  });

  test('few articles: every entry on /updates/; more than the limit: a page per month, each entry linked there', () => {
    const one = updatePages(list);
    expect(one.split).toBe(false);
    expect(list.map(one.pathOf)).toEqual(['/updates/', '/updates/', '/updates/']);
    const many = updatePages(list, 2);
    expect(many.split).toBe(true);
    expect(many.months.map((m) => [m.path, m.entries.map((u) => u.source.id)])).toEqual([
      ['/updates/2025-08/', [ALPHA]],
      ['/updates/2025-09/', [BETA, DELTA]],
    ]);
    expect(list.map(many.pathOf)).toEqual(['/updates/2025-08/', '/updates/2025-09/', '/updates/2025-09/']);
    // a month with more articles than the limit has a page per day, listed on the month's page
    const crowded = updatePages(list, 1, 1);
    const september = crowded.months.find((m) => m.month === '2025-09')!;
    expect(september.days?.map((d) => [d.path, d.entries.map((u) => u.source.id)])).toEqual(
      [...new Set([BETA, DELTA].map((id) => list.find((u) => u.source.id === id)!.source.published))].map((day) => [`/updates/${day}/`, list.filter((u) => u.source.published === day).map((u) => u.source.id)]),
    );
    expect(crowded.months.find((m) => m.month === '2025-08')!.days).toBeUndefined();
    expect(list.map(crowded.pathOf)).toEqual(list.map((u) => (u.source.published.startsWith('2025-09') ? `/updates/${u.source.published}/` : '/updates/2025-08/')));
    expect(onOnePageLimit({})).toBe(UPDATES_ON_ONE_PAGE);
    expect(onOnePageLimit({ UPDATES_ON_ONE_PAGE: '1' })).toBe(1);
    expect(onOnePageLimit({ UPDATES_ON_ONE_PAGE: 'x' })).toBe(UPDATES_ON_ONE_PAGE);
  });

  test('every record and event is new in exactly one entry', () => {
    const added = list.flatMap((u) => [...u.records.map((r) => r.id), ...u.events.map((r) => r.id)]).sort();
    expect(added).toEqual([...c.actors, ...c.authorities, ...c.events].map((r) => r.id).sort());
  });

  test('deterministic: the same content in any order gives the same updates', () => {
    const shuffled = { sources: [...c.sources].reverse(), actors: [...c.actors].reverse(), authorities: [...c.authorities], events: [...c.events].reverse() };
    expect(updates(shuffled)).toEqual(list);
  });

  test('a one-source corpus whose facts name no source: everything is new in its one entry', () => {
    const alpha = c.sources.filter((s) => s.id === ALPHA);
    const strip = <T extends { source?: string | undefined }>({ source: _, ...rest }: T) => rest;
    const quell = c.actors[0]!;
    const one = {
      sources: alpha,
      actors: [{ ...quell, mentions: [strip(quell.mentions[0]!)], roles: [strip(quell.roles[1]!)], statements: [strip(quell.statements[0]!)] }],
      authorities: [],
      events: [{ ...strip(c.events[0]!), reports: undefined, differences: undefined }],
    };
    expect(updates(one).map(refs)).toEqual([{ records: ['actors/mara-quell'], events: ['the-raid-on-pier-nine'], extensions: [] }]);
  });
});

describe('the Atom feed', () => {
  const opts = (site?: string, base = '/'): FeedOptions => ({ site: site ? new URL(site) : undefined, base, title: 'Updates · Invented', author: 'Invented reference', idName: 'Invented reference' });
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
  type Link = { '@rel': string; '@href': string; '@type'?: string };
  type Entry = { id: string; title: string; updated: string; published: string; link: Link[]; summary: string; content: { '#text': string; '@type': string } };
  type Feed = { feed: { '@xmlns': string; id: string; title: string; updated: string; author: { name: string }; link: Link[]; entry: Entry[] } };
  const read = (xml: string) => parser.parse(xml) as Feed;
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

  test('is well-formed XML with the elements RFC 4287 requires of a feed and of each entry', () => {
    const xml = atomFeed(list, opts('https://example.org', '/ref/'));
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const { feed } = read(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.title).toBe('Updates · Invented');
    expect(feed.author.name).toBe('Invented reference');
    // As of the newest article's day.
    expect(feed.updated).toBe('2025-09-02T00:00:00Z');
    expect(feed.link.find((l) => l['@rel'] === 'self')).toMatchObject({ '@href': 'https://example.org/ref/updates/feed.xml', '@type': 'application/atom+xml' });
    expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe('https://example.org/ref/updates/');
    expect(feed.entry).toHaveLength(3);
    for (const e of feed.entry) {
      expect(e.id).toMatch(/^urn:uuid:/);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.updated).toMatch(RFC3339);
      expect(e.published).toMatch(RFC3339);
      expect(e.content['@type']).toBe('html');
      expect(e.link.some((l) => l['@rel'] === 'alternate')).toBe(true);
    }
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(3);
  });

  test('entries newest first, dated by publication, linking their /updates/ entry and their source page', () => {
    const { feed } = read(atomFeed(list, opts('https://example.org')));
    expect(feed.entry.map((e) => e.title)).toEqual(['Delta News: Harbor raid: a follow-up', 'Beta Times: Inside the Tide Network', 'Alpha Post: Harbor commissioner orders port closed']);
    expect(feed.entry.map((e) => e.updated)).toEqual(['2025-09-02T00:00:00Z', '2025-09-02T00:00:00Z', '2025-08-08T00:00:00Z']);
    const last = feed.entry[0]!;
    expect(last.link.map((l) => [l['@rel'], l['@href']])).toEqual([
      ['alternate', `https://example.org/updates/#from-${DELTA}`],
      ['related', `https://example.org/sources/${DELTA}/`],
    ]);
  });

  test("an entry's content lists what it added, each record linked to its page (absolute with SITE)", () => {
    const { feed } = read(atomFeed(list, opts('https://example.org', '/ref/')));
    const html = parseHtml(feed.entry[0]!.content['#text']);
    const hrefs = html.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      `https://example.org/ref/sources/${DELTA}/`,
      'https://example.org/ref/events/the-council-voted-to-fine/',
      'https://example.org/ref/actors/mara-quell/',
      'https://example.org/ref/events/the-raid-on-pier-nine/',
      'https://example.org/ref/actors/tide-network/',
      'https://example.org/ref/authorities/coastal-waters-act/',
    ]);
    expect(html.text).toContain('Mara Quell: new role: acting governor; 1 new quotation; 1 more mention');
    expect(html.text).toContain('differs on the date');
    // Records it only mentions again share one line.
    expect(html.text).toContain('Also mentions, as reported before: Tide Network, Coastal Waters Act.');
  });

  test('without SITE every link is site-relative under the base (never a guessed origin); the ids stay the same', () => {
    const abs = read(atomFeed(list, opts('https://example.org'))).feed;
    const xml = atomFeed(list, opts(undefined, '/ref/'));
    expect(xml.replace('xmlns="http://www.w3.org/2005/Atom"', '')).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\//);
    const rel = read(xml).feed;
    expect(rel.link.map((l) => l['@href'])).toEqual(['/ref/updates/feed.xml', '/ref/updates/']);
    for (const a of parseHtml(rel.entry[1]!.content['#text']).querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^\/ref\/(actors|authorities|events|sources)\//);
    expect(rel.id).toBe(abs.id);
    expect(rel.entry.map((e) => e.id)).toEqual(abs.entry.map((e) => e.id));
  });

  test('titles and names are escaped, and characters XML forbids are dropped, so the feed stays well-formed', () => {
    const hostile = inventedCorpus();
    hostile.sources[0]!.title = 'Ports & <script>alert("x")</script> \u0001 it\'s';
    hostile.actors[0]!.name = 'Mara <b>Quell</b> & Co';
    const xml = atomFeed(updates(hostile), opts());
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const { feed } = read(xml);
    expect(feed.entry[0]!.title).toBe('Delta News: Ports & <script>alert("x")</script>  it\'s');
    const html = parseHtml(feed.entry[0]!.content['#text']);
    expect(html.querySelector('script')).toBeNull();
    expect(html.querySelector('b')).toBeNull();
    expect(html.text).toContain('Mara <b>Quell</b> & Co');
    expect(xmlEscape('a\u0000b\uFFFEc')).toBe('abc');
  });

  test('the validator does catch malformed XML', () => {
    expect(() => SyntaxValidator.validate('<feed><entry></feed>')).toThrow();
    expect(() => SyntaxValidator.validate('<feed><title>a & b</title></feed>')).toThrow();
  });

  test('no sources: still a valid feed, with no entries', () => {
    const xml = atomFeed([], opts());
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(read(xml).feed.entry).toBeUndefined();
  });

  test('ids are name-based UUIDs (RFC 4122 version 5): the standard example, and stable', () => {
    // The DNS-namespace example: uuid5("www.example.com") is 2ed6657d-e927-568b-95e1-2665a8aea6a2.
    expect(uuid5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuid5('x')).toBe(uuid5('x'));
    expect(uuid5('x')).not.toBe(uuid5('y'));
  });

  test('a feed of a large site carries the newest entries only; its updated day is still the newest', () => {
    const { feed } = read(atomFeed(list, { ...opts(), maxEntries: 2 }));
    expect(feed.entry.map((e) => e.title)).toEqual(['Delta News: Harbor raid: a follow-up', 'Beta Times: Inside the Tide Network']);
    expect(feed.updated).toBe('2025-09-02T00:00:00Z');
  });

  test('on a large site each entry links its month page', () => {
    const { pathOf } = updatePages(list, 2);
    const { feed } = read(atomFeed(list, { ...opts(), entryPath: pathOf }));
    expect(feed.entry.map((e) => e.link[0]!['@href'])).toEqual([`/updates/2025-09/#from-${DELTA}`, `/updates/2025-09/#from-${BETA}`, `/updates/2025-08/#from-${ALPHA}`]);
  });

  test('the same content gives the same feed, byte for byte', () => {
    expect(atomFeed(updates(inventedCorpus()), opts('https://example.org'))).toBe(atomFeed(list, opts('https://example.org')));
  });
});
