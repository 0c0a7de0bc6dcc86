import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, readPage } from './dist-files.ts';

interface EventRecord { id: string; quote: string; summary: string; headline: string; actors: string[]; agents: string[] }
const events = (JSON.parse(readFileSync(join(DIST, 'data/events.json'), 'utf8')) as { records: EventRecord[] }).records;
const page = (path: string) => parse(readPage(join(DIST, path, 'index.html')));
const text = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('event pages and lists show the headline', () => {
  test('the data export keeps summary and gains headline and agents (a subset of actors)', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.summary.length).toBeGreaterThan(0);
      expect(e.headline.length).toBeGreaterThan(0);
      expect(e.actors).toEqual(expect.arrayContaining(e.agents));
    }
  });

  test('an event page’s h1 and <title> are the headline, and its sentence is shown once, quoted', () => {
    for (const e of events) {
      const doc = page(`events/${e.id}`);
      expect(text(doc.querySelector('h1')!.text)).toBe(text(e.headline));
      expect(text(doc.querySelector('title')!.text).startsWith(text(e.headline))).toBe(true);
      const article = doc.querySelector('article')!;
      article.querySelector('h1')!.remove();
      // other events named on the page (previous, next, related, the chart) may share the sentence
      for (const x of article.querySelectorAll('a[href*="/events/"], svg')) x.remove();
      const main = text(article.text);
      const first = text(e.quote).slice(0, 60);
      // below the heading: the quotation under "Source", and no second copy
      expect(main.split(first).length - 1, e.id).toBe(1);
    }
  });

  test('the timeline lists every event by its headline', () => {
    const links = new Map(page('events').querySelectorAll('li.event a[href*="/events/"]').map((a) => [a.getAttribute('href')!.replace(/^.*\/events\/([^/]+)\/$/u, '$1'), text(a.text)]));
    for (const e of events.filter((x) => links.has(x.id))) expect(links.get(e.id)).toBe(text(e.headline));
    expect(links.size).toBeGreaterThan(0);
  });

  test('JSON-LD names only the agents as performers, the other actors under about', () => {
    for (const e of events) {
      const ld = JSON.parse(page(`events/${e.id}`).querySelector('script[type="application/ld+json"]')!.text) as { performer?: { '@id': string }[]; about?: { '@id': string }[] };
      const ids = (xs: { '@id': string }[] | undefined) => (xs ?? []).map((x) => x['@id'].replace(/^.*\/actors\/([^/]+)\/$/u, '$1'));
      expect(ids(ld.performer).sort()).toEqual([...e.agents].sort());
      expect([...ids(ld.performer), ...ids(ld.about)].sort()).toEqual([...e.actors].sort());
    }
  });
});
