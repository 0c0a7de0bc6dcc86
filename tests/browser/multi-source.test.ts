// Several sources on one record, built: an invented corpus of three articles (two on the same
// day) is written as content/ and built (one build, shared), then its pages are checked in the
// HTML and in Chromium: each record names its sources in publication order and when it was first
// and last reported, each fact its own outlet; an event shows every source's sentence and, where
// they disagree, each value beside its source; /updates/ and the feed say what each article added.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse, type HTMLElement } from 'node-html-parser';
import { axeViolations, launch } from './harness.ts';
import { distPages } from './dist-files.ts';
import { allFeedLinks, linkChecker, readFeed } from './feed.ts';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { astroBuild, removeTempDirs, tempDir } from '../unit/hardening/cli.ts';
import { ALPHA, BETA, DELTA, inventedCorpus, writeContent } from '../fixtures/multi-source/corpus.ts';

let dist: string;
/** The same corpus built as a large site would be: a page of updates per month. */
let splitDist: string;
let dayDist: string;
let served: Served;
let browser: Browser;
let page: Page;
const html = new Map<string, HTMLElement>();
const doc = (path: string) => {
  if (!html.has(path)) html.set(path, parse(readFileSync(distPages(dist).find((p) => p.path === path)!.file, 'utf8')));
  return html.get(path)!;
};
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const work = tempDir('multi-source');
  const content = join(work, 'content');
  dist = join(work, 'dist');
  writeContent(inventedCorpus(), content);
  const built = await astroBuild(content, dist);
  expect(built.status, built.stderr + built.stdout).toBe(0);
  splitDist = join(work, 'dist-split');
  const split = await astroBuild(content, splitDist, { UPDATES_ON_ONE_PAGE: '1' });
  expect(split.status, split.stderr + split.stdout).toBe(0);
  dayDist = join(work, 'dist-days');
  const days = await astroBuild(content, dayDist, { UPDATES_ON_ONE_PAGE: '1', UPDATES_PER_MONTH_PAGE: '1' });
  expect(days.status, days.stderr + days.stdout).toBe(0);
  served = await serveDist(dist);
  browser = await launch();
  page = await browser.newPage();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  removeTempDirs();
});

describe('a record several sources report', () => {
  test('its Sources section lists them in publication order (a same-day tie by id), with what each gives', () => {
    const s = doc('/actors/mara-quell/').querySelector('section[aria-labelledby="sources"]')!;
    // When it was first and last reported is in the summary box, not said again here.
    expect(s.querySelector('p.reported')).toBeNull();
    const items = s.querySelectorAll('ol.source-list > li');
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([ALPHA, BETA, DELTA].map((id) => `/sources/${id}/`));
    expect(items.map((li) => text(li))).toEqual([
      'Harbor commissioner orders port closed · Alpha Post, 8 August 2025 · 1 role, 1 quotation, 1 passage, 1 event',
      'Inside the Tide Network · Beta Times, 2 September 2025 · 1 quotation, 1 passage, 1 event',
      'Harbor raid: a follow-up · Delta News, 2 September 2025 · 2 roles, 1 quotation, 1 passage, 1 event',
    ]);
  });

  test('the summary box gives the first and last day with their outlets', () => {
    const dds = doc('/actors/mara-quell/').querySelectorAll('section.glance dd').map(text);
    expect(dds).toContain('8 August 2025 (Alpha Post)');
    expect(dds).toContain('2 September 2025 (Delta News)');
  });

  test('a role two sources state is listed once with both citations, each naming its outlet, earliest first', () => {
    const roles = doc('/actors/mara-quell/').querySelectorAll('section[aria-labelledby="roles"] li');
    expect(roles.map((li) => [li.childNodes[0]!.text.trim(), li.querySelectorAll('a.cite').map((a) => a.text)])).toEqual([
      ['harbor commissioner', ['Alpha Post, 8 Aug 2025, ¶ 1', 'Delta News, 2 Sept 2025, ¶ 1']],
      ['acting governor', ['Delta News, 2 Sept 2025, ¶ 1']],
    ]);
  });

  test('every quotation and passage names its own outlet, and no passage repeats what the page prints above', () => {
    const page = doc('/actors/mara-quell/');
    const cites = page.querySelectorAll('section[aria-labelledby="statements"] a.cite, section[aria-labelledby="mentions"] a.cite').map((a) => a.text.split(',')[0]);
    expect(cites.slice(0, 3)).toEqual(['Alpha Post', 'Beta Times', 'Delta News']);
    const above = page.querySelectorAll('section[aria-labelledby="statements"] blockquote, section[aria-labelledby="events"] li').map(text).join(' ');
    for (const q of page.querySelectorAll('section[aria-labelledby="mentions"] blockquote').map(text)) expect(above).not.toContain(q.replace(/^“|”$/gu, ''));
  });

  test('one source: "Reported …", once, in the summary box', () => {
    const d = doc('/events/the-council-voted-to-fine/');
    expect(d.querySelectorAll('section.glance dl.facts > div').map(text)).toContain('Reported: 2 September 2025 (Delta News)');
    expect(text(d.querySelector('article')).match(/Reported/g)).toHaveLength(1);
  });
});

describe('an event several sources report and disagree on', () => {
  const raid = () => doc('/events/the-raid-on-pier-nine/');

  test("every source's own sentence is its evidence, in publication order", () => {
    const quotes = raid().querySelectorAll('section[aria-labelledby="source"] blockquote.quote');
    expect(quotes.map((q) => q.querySelector('a.cite')!.text)).toEqual(['Alpha Post, 8 Aug 2025, ¶ 2', 'Beta Times, 2 Sept 2025, ¶ 3', 'Delta News, 2 Sept 2025, ¶ 2']);
    expect(quotes.map((q) => q.querySelector('a.cite')!.getAttribute('href'))).toEqual([
      `/sources/${ALPHA}/#p-the-raid-on-pier-nine-a2a2`,
      `/sources/${BETA}/#p-four-people-died-b3b3`,
      `/sources/${DELTA}/#p-the-raid-happened-on-d2d2`,
    ]);
  });

  test('"Sources differ" shows each value beside its source, none chosen', () => {
    const s = raid().querySelector('section[aria-labelledby="differences"]')!;
    expect(s.querySelector('h2#differences')?.text).toBe('Sources differ');
    expect(s.querySelectorAll('h3').map((h) => [h.id, h.text])).toEqual([
      ['differ-date', 'Date'],
      ['differ-killed', 'Figure: killed'],
    ]);
    const values = s.querySelectorAll('ul.differ-values').map((ul) => ul.querySelectorAll(':scope > li').map((li) => [text(li.querySelector('.value')), li.querySelector('a.cite')!.text.split(',')[0]]));
    expect(values).toEqual([
      [['7 August 2025', 'Alpha Post'], ['6 August 2025', 'Delta News']],
      [['3', 'Alpha Post'], ['4', 'Beta Times']],
    ]);
    // The date section points to the disagreement.
    expect(raid().querySelector('section[aria-labelledby="when"] a[href="#differences"]')).not.toBeNull();
  });

  test('on a wide screen the values stand side by side; on a phone they stack, nothing overflows', async () => {
    for (const [width, sideBySide] of [[1280, true], [390, false]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${served.url}/events/the-raid-on-pier-nine/`);
      const r = await page.evaluate(() => {
        const [a, b] = [...document.querySelectorAll('ul.differ-values')[0]!.children].map((li) => li.getBoundingClientRect());
        return { sameRow: Math.abs(a!.top - b!.top) < 1, overflow: document.documentElement.scrollWidth - window.innerWidth };
      });
      expect(r.sameRow, `${width}`).toBe(sideBySide);
      expect(r.overflow, `${width}`).toBeLessThanOrEqual(0);
    }
  });

  test('an event with one source has no "Sources differ" block', () => {
    expect(doc('/events/the-council-voted-to-fine/').querySelector('#differences')).toBeNull();
  });
});

describe('/updates/ and the feed of the invented articles', () => {
  test('one entry per article in publication order, each saying what it added, each record linked', () => {
    const entries = doc('/updates/').querySelectorAll('main section.update');
    expect(entries.map((e) => e.getAttribute('aria-labelledby'))).toEqual([ALPHA, BETA, DELTA].map((id) => `from-${id}`));
    const delta = entries[2]!;
    expect(delta.querySelectorAll(`#from-${DELTA}-events + * a, .heading-wrap:has(#from-${DELTA}-events) + ul a`).map((a) => a.getAttribute('href'))).toEqual(['/events/the-council-voted-to-fine/']);
    const facts = delta.querySelectorAll('ul.update-list li').map(text);
    expect(facts).toContain('Mara Quell (actor): new role: acting governor; 1 new quotation; 1 more mention');
    expect(facts).toContain('The raid on Pier Nine left three people dead (event): reported again; differs on the date');
    expect(text(entries[1]!)).toContain('Mara Quell (actor): also called “Quell”; 1 more mention');
  });

  test('the feed is well-formed, newest first, and every link in it resolves in this build', () => {
    const xml = readFileSync(join(dist, 'updates', 'feed.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = readFeed(xml);
    expect(feed.updated).toBe('2025-09-02T00:00:00Z');
    expect(feed.entries.map((e) => e.title)).toEqual(['Delta News: Harbor raid: a follow-up', 'Beta Times: Inside the Tide Network', 'Alpha Post: Harbor commissioner orders port closed']);
    const check = linkChecker(dist);
    const hrefs = allFeedLinks(feed);
    expect(hrefs.length).toBeGreaterThan(15);
    expect(hrefs.map((h) => [h, check(h, '/updates/feed.xml')]).filter(([, why]) => why)).toEqual([]);
  });

  test('every link on every page of this build resolves', () => {
    const check = linkChecker(dist);
    const broken: string[] = [];
    for (const p of distPages(dist))
      for (const a of doc(p.path).querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|data:)/.test(href)) continue; // data: is inline content (the icon), not a link
        const why = check(href, p.path);
        if (why) broken.push(`${p.path}: ${href} (${why})`);
      }
    expect(broken).toEqual([]);
  });
});

describe('a large site: a page of updates per month', () => {
  const read = (path: string) => parse(readFileSync(join(splitDist, path, 'index.html'), 'utf8'));

  test('/updates/ lists the months, each page holds its entries, and the feed links each entry there', () => {
    expect(read('/updates/').querySelectorAll('main ul.records a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['/updates/2025-08/', 'August 2025'],
      ['/updates/2025-09/', 'September 2025'],
    ]);
    expect(read('/updates/2025-09/').querySelectorAll('main section.update').map((e) => e.getAttribute('aria-labelledby'))).toEqual([`from-${BETA}`, `from-${DELTA}`]);
    const feed = readFeed(readFileSync(join(splitDist, 'updates', 'feed.xml'), 'utf8'));
    expect(feed.entries.map((e) => e.links[0]!.href)).toEqual([`/updates/2025-09/#from-${DELTA}`, `/updates/2025-09/#from-${BETA}`, `/updates/2025-08/#from-${ALPHA}`]);
    const check = linkChecker(splitDist);
    expect(allFeedLinks(feed).map((h) => [h, check(h, '/updates/feed.xml')]).filter(([, why]) => why)).toEqual([]);
    for (const p of distPages(splitDist).filter((x) => x.path.startsWith('/updates/')))
      for (const a of parse(readFileSync(p.file, 'utf8')).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^https?:/.test(href)) expect(check(href, p.path), `${p.path}: ${href}`).toBeNull();
      }
  });

  test('html-validate finds no errors on the month pages and the index of months', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'no-inline-style': 'off', 'long-title': 'off' } });
    for (const path of ['/updates/', '/updates/2025-08/', '/updates/2025-09/']) {
      const file = join(splitDist, path, 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});

describe('valid and accessible', () => {
  const PATHS = ['/actors/mara-quell/', '/events/the-raid-on-pier-nine/', '/authorities/coastal-waters-act/', '/updates/'];

  test('html-validate finds no errors on the pages with several sources', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'no-inline-style': 'off', 'long-title': 'off' } });
    const errors: string[] = [];
    for (const path of PATHS) {
      const file = distPages(dist).find((p) => p.path === path)!.file;
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe finds no violations on them (${scheme})`, async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of PATHS) {
        await page.goto(`${served.url}${path}`);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
});

describe('a crowded month: a page of updates per day', () => {
  const read = (path: string) => parse(readFileSync(join(dayDist, path, 'index.html'), 'utf8'));

  test('the month lists its days, the day page holds its entries, the feed links each entry there, every link resolves', async () => {
    expect(read('/updates/2025-09/').querySelectorAll('main ul.records a').map((a) => a.getAttribute('href'))).toEqual(['/updates/2025-09-02/']);
    expect(read('/updates/2025-09-02/').querySelectorAll('main section.update').map((e) => e.getAttribute('aria-labelledby'))).toEqual([`from-${BETA}`, `from-${DELTA}`]);
    // a month that is not crowded keeps its entries
    expect(read('/updates/2025-08/').querySelectorAll('main section.update').length).toBe(1);
    const feed = readFeed(readFileSync(join(dayDist, 'updates', 'feed.xml'), 'utf8'));
    expect(feed.entries.map((e) => e.links[0]!.href)).toEqual([`/updates/2025-09-02/#from-${DELTA}`, `/updates/2025-09-02/#from-${BETA}`, `/updates/2025-08/#from-${ALPHA}`]);
    const check = linkChecker(dayDist);
    expect(allFeedLinks(feed).map((h) => [h, check(h, '/updates/feed.xml')]).filter(([, why]) => why)).toEqual([]);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'no-inline-style': 'off', 'long-title': 'off' } });
    for (const p of distPages(dayDist).filter((x) => x.path.startsWith('/updates/'))) {
      const html = readFileSync(p.file, 'utf8');
      for (const a of parse(html).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^https?:/.test(href)) expect(check(href, p.path), `${p.path}: ${href}`).toBeNull();
      }
      const report = await validator.validateString(html, p.file);
      expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${p.path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
