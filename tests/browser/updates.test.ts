import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'node-html-parser';
import { DIST, distPages, readPage } from './dist-files.ts';
import { readFeed } from './feed.ts';
import { formatDay } from '../../src/lib/site.ts';
import type { Actor, Authority, Event, Source } from '../../src/schemas/index.ts';

// The built site's provenance and updates: every record page names its sources and when it was
// first and last reported; /updates/ and the Atom feed give one entry per source article in
// publication order; every page's head links the feed. Expectations come from dist/data.
const data = <T,>(name: string) => (JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { records: T[] }).records;
const sources = data<Source>('sources');
const actors = data<Actor>('actors');
const authorities = data<Authority>('authorities');
const events = data<Event>('events');
const pages = distPages();
const doc = (path: string) => parse(readPage(pages.find((p) => p.path === path)!.file));
const only = sources.length === 1 ? sources[0]!.id : '';
const byId = new Map(sources.map((s) => [s.id, s]));
const order = (ids: Iterable<string>) => [...new Set(ids)].map((id) => byId.get(id)!).filter(Boolean).sort((a, b) => a.published.localeCompare(b.published) || (a.id < b.id ? -1 : 1));
const inPublicationOrder = [...sources].sort((a, b) => a.published.localeCompare(b.published) || (a.id < b.id ? -1 : 1));
const reportsOf = (e: Event) => [e, ...(e.reports ?? [])].map((r) => r.source ?? only);

describe('provenance on every record page', () => {
  const expected: [string, Source[]][] = [
    ...actors.map((a): [string, Source[]] => [`/actors/${a.id}/`, order([...a.mentions, ...a.roles, ...a.statements].map((m) => m.source ?? only).concat(events.filter((e) => e.actors.includes(a.id)).flatMap(reportsOf)))]),
    ...authorities.map((a): [string, Source[]] => [`/authorities/${a.id}/`, order(a.mentions.map((m) => m.source ?? only).concat(events.filter((e) => e.authorities.includes(a.id)).flatMap(reportsOf)))]),
    ...events.map((e): [string, Source[]] => [`/events/${e.id}/`, order(reportsOf(e))]),
  ];

  test('every actor, authority and event page has a Sources section with a self-link, listing its sources in publication order', () => {
    expect(expected.length).toBe(actors.length + authorities.length + events.length);
    for (const [path, want] of expected) {
      const section = doc(path).querySelector('section[aria-labelledby="sources"]');
      expect(section, path).not.toBeNull();
      expect(section!.querySelector('h2#sources')?.text).toBe('Sources');
      expect(section!.querySelector('a.self-link')?.getAttribute('href')).toBe('#sources');
      const listed = section!.querySelectorAll('ol.source-list > li > a:first-child').map((a) => a.getAttribute('href'));
      expect(listed, path).toEqual(want.map((s) => `/sources/${s.id}/`));
      for (const [i, li] of section!.querySelectorAll('ol.source-list > li').entries()) {
        expect(li.text, path).toContain(want[i]!.outlet);
        expect(li.querySelector(`time[datetime="${want[i]!.published}"]`), path).not.toBeNull();
      }
    }
  });

  test('every record page says once, in its summary box, when it was first and last reported, by publication day and outlet', () => {
    for (const [path, want] of expected) {
      const d = doc(path);
      const rows = d.querySelectorAll('section.glance dl.facts > div').map((r) => r.text.replace(/\s+/g, ' ').trim());
      const [first, last] = [want[0]!, want.at(-1)!];
      const said = want.length === 1 ? [`Reported: ${formatDay(first.published)} (${first.outlet})`] : [`First reported: ${formatDay(first.published)} (${first.outlet})`, `Last reported: ${formatDay(last.published)} (${last.outlet})`];
      expect(rows, path).toEqual(expect.arrayContaining(said));
      // The Sources section lists the sources; it does not say it again.
      expect(d.querySelector('section[aria-labelledby="sources"] p.reported'), path).toBeNull();
    }
  });

  test('every fact on a record page names its outlet in its citation', () => {
    const outlets = sources.map((s) => s.outlet);
    let cites = 0;
    for (const [path] of expected)
      for (const a of doc(path).querySelectorAll('article a.cite')) {
        cites++;
        expect(outlets.some((o) => a.text.startsWith(`${o}, `)), `${path}: ${a.text}`).toBe(true);
      }
    expect(cites).toBeGreaterThan(expected.length);
  });
});

describe('/updates/', () => {
  const page = doc('/updates/');

  test('one entry per source article, in publication order, each with its date, outlet, title and a link to its source page', () => {
    const entries = page.querySelectorAll('main section.update');
    expect(entries.map((e) => e.getAttribute('aria-labelledby'))).toEqual(inPublicationOrder.map((s) => `from-${s.id}`));
    for (const [i, e] of entries.entries()) {
      const s = inPublicationOrder[i]!;
      const h = e.querySelector(`h2#from-${s.id}`)!;
      expect(h.querySelector('time')?.getAttribute('datetime')).toBe(s.published);
      expect(h.text).toContain(s.outlet);
      expect(e.querySelector(`a[href="/sources/${s.id}/"]`)?.text).toBe(s.title);
    }
  });

  test('every record and event is linked as new from exactly one entry: the source that first reports it', () => {
    const newIn = new Map<string, string[]>();
    for (const e of page.querySelectorAll('main section.update')) {
      const from = e.getAttribute('aria-labelledby')!;
      for (const id of ['records', 'events']) {
        const heading = e.querySelector(`#${from}-${id}`);
        if (!heading) continue;
        // The links between this heading and the next one.
        let el = heading.parentNode?.nextElementSibling ?? null;
        while (el && !el.classList.contains('heading-wrap')) {
          for (const a of el.querySelectorAll('a[href]')) newIn.set(a.getAttribute('href')!, [...(newIn.get(a.getAttribute('href')!) ?? []), from]);
          el = el.nextElementSibling;
        }
      }
    }
    const all = [...actors.map((a) => `/actors/${a.id}/`), ...authorities.map((a) => `/authorities/${a.id}/`), ...events.map((e) => `/events/${e.id}/`)];
    expect([...newIn.keys()].sort()).toEqual(all.sort());
    expect([...newIn.values()].filter((v) => v.length !== 1)).toEqual([]);
  });

  test('a new event the source attributes only to people it does not name is flagged there, as in the timeline', () => {
    const items = page.querySelectorAll('main ul.update-list li').filter((li) => li.querySelector('a[href^="/events/"]'));
    const flagged = (li: (typeof items)[number]) => !!li.querySelector('.badge.unnamed');
    const timeline = doc('/events/');
    const flaggedThere = new Set(
      timeline.querySelectorAll('li.event').filter((li) => li.querySelector('.badge.unnamed')).map((li) => li.querySelector('a[href^="/events/"]')!.getAttribute('href')),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) expect(flagged(li), li.text).toBe(flaggedThere.has(li.querySelector('a')!.getAttribute('href')));
    expect(items.some(flagged)).toBe(true);
  });

  test('a new event whose title the editors wrote is marked editorial there, with their reason', () => {
    const items = page.querySelectorAll('main ul.update-list li').filter((li) => li.querySelector('a[href^="/events/"]'));
    const byEditors = events.filter((e) => e.editorial?.headline);
    expect(byEditors.length).toBeGreaterThan(0);
    for (const li of items) {
      const e = events.find((x) => li.querySelector('a')!.getAttribute('href') === `/events/${x.id}/`)!;
      const mark = li.querySelector('.editorial-mark');
      expect(!!mark, e.id).toBe(!!e.editorial?.headline);
      if (mark) expect(mark.text).toContain(e.editorial!.headline!);
    }
  });

  test('the page links its Atom feed, and the footer of every page links /updates/', () => {
    expect(page.querySelector('main a[href="/updates/feed.xml"]')).not.toBeNull();
    const missing = pages.filter((p) => !parse(readPage(p.file)).querySelector('footer.site-footer a[href="/updates/"]')).map((p) => p.path);
    expect(missing).toEqual([]);
  });
});

describe('the Atom feed', () => {
  const xml = readFileSync(join(DIST, 'updates', 'feed.xml'), 'utf8');
  const feed = readFeed(xml);

  test('is well-formed XML, an Atom feed as of the newest source\'s publication day', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(feed.id).toMatch(/^urn:uuid:/);
    expect(feed.updated).toBe(`${inPublicationOrder.at(-1)!.published}T00:00:00Z`);
    expect(feed.links.find((l) => l.rel === 'self')?.href).toMatch(/\/updates\/feed\.xml$/);
    expect(feed.links.find((l) => l.rel === 'alternate')?.href).toMatch(/\/updates\/$/);
  });

  test('one entry per source article, newest first, with a stable id, its publication day and a link to its entry on /updates/', () => {
    expect(feed.entries.map((e) => e.title)).toEqual([...inPublicationOrder].reverse().map((s) => `${s.outlet}: ${s.title}`));
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(sources.length);
    for (const [i, e] of feed.entries.entries()) {
      const s = [...inPublicationOrder].reverse()[i]!;
      expect(e.updated).toBe(`${s.published}T00:00:00Z`);
      expect(e.links.find((l) => l.rel === 'alternate')?.href).toMatch(new RegExp(`/updates/#from-${s.id}$`));
      expect(e.contentLinks.length).toBeGreaterThan(0);
    }
  });

  test('every page links the feed from its head', () => {
    const missing: string[] = [];
    for (const p of pages) {
      const link = parse(readPage(p.file)).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      if (!link?.getAttribute('title') || link.getAttribute('href') !== '/updates/feed.xml') missing.push(p.path);
    }
    expect(missing).toEqual([]);
    expect(existsSync(join(DIST, 'updates', 'feed.xml'))).toBe(true);
  });
});
