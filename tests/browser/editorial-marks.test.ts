// An event the editors corrected (overlay: date, headline, an added actor) and an authority whose
// year they gave are built from an invented corpus; the pages mark each "editorial" with the
// reason, in words a screen reader reads, and stay valid and accessible.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { axeViolations, launch } from './harness.ts';
import { distPages } from './dist-files.ts';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { astroBuild, removeTempDirs, tempDir } from '../unit/hardening/cli.ts';
import { inventedCorpus, writeContent } from '../fixtures/multi-source/corpus.ts';

const EVENT = 'the-council-voted-to-fine';
const PAGE = `/events/${EVENT}/`;
let dist: string;
let served: Served;
let browser: Browser;
const text = (path: string, selector: string) =>
  parse(readFileSync(distPages(dist).find((p) => p.path === path)!.file, 'utf8'))
    .querySelectorAll(selector)
    .map((el) => el.text.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  const corpus = inventedCorpus();
  const e = corpus.events.find((x) => x.id === EVENT)!;
  e.date = { value: '2025-08', precision: 'month', approximate: false, expression: e.date!.expression, editorial: 'the council’s minutes give only the month' };
  e.headline = 'The council fined the Tide Network';
  e.actors = [...e.actors, 'mara-quell'];
  e.editorial = { headline: 'the sentence names the vote, not the fine', actors: [{ id: 'mara-quell', reason: 'she chairs the council' }] };
  const act = corpus.authorities.find((a) => a.id === 'coastal-waters-act')!;
  act.year = 1921;
  act.yearByEditors = true;
  act.editorial = { ...act.editorial, nameReason: 'the sources call it only “the waters law”' };
  const work = tempDir('editorial-marks');
  const content = join(work, 'content');
  dist = join(work, 'dist');
  writeContent(corpus, content);
  const built = await astroBuild(content, dist);
  expect(built.status, built.stderr + built.stdout).toBe(0);
  served = await serveDist(dist);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  removeTempDirs();
});

describe('what the editors set is marked editorial, with the reason', () => {
  test('on the event page: the title, the date and the added actor', () => {
    expect(text(PAGE, 'p.editorial-note')).toEqual(['editorial: The editors wrote this title, not the source: the sentence names the vote, not the fine']);
    // the reason is given once, at a glance; the section says whose the date is
    expect(text(PAGE, 'section.glance dd').some((t) => t.includes('the council’s minutes give only the month'))).toBe(true);
    expect(text(PAGE, 'section[aria-labelledby="when"] p')[0]).toBe('August 2025. The editors set this date, not the source; their reason is given above.');
    expect(text(PAGE, 'section[aria-labelledby="actors"] li')).toEqual(['Mara Quell editorial: added by the editors: she chairs the council', 'Tide Network']);
  });

  test('on the page of the actor the editors added: the event says they, not the source, tie it to her', () => {
    const item = text('/actors/mara-quell/', 'section[aria-labelledby="events"] li.event').find((t) => t.includes('The council fined the Tide Network'))!;
    expect(item).toContain('editorial: The editors, not the source, tie Mara Quell to this event: she chairs the council');
    // an actor the source names with the event has no such mark
    const named = text('/actors/tide-network/', 'section[aria-labelledby="events"] li.event').find((t) => t.includes('The council fined the Tide Network'))!;
    expect(named).not.toContain('tie Tide Network');
  });

  test('where a record whose name the editors gave is listed (an event page, the home page), the name is marked theirs', () => {
    const mark = 'editorial: The name is the editors’: the sources call it only “the waters law”';
    expect(text(PAGE, 'section[aria-labelledby="authorities"] li')).toEqual([`Coastal Waters Act ${mark}`]);
    expect(text('/', 'section[aria-labelledby="legal-questions"] li').find((t) => t.startsWith('Coastal Waters Act'))).toContain(mark);
  });

  test('in the timeline: the date line and the title', () => {
    const item = text('/events/', 'li.event').find((t) => t.includes('The council fined the Tide Network'))!;
    expect(item).toContain('August 2025 editorial: The editors set this date, not the source: the council’s minutes give only the month');
    expect(item).toContain('The council fined the Tide Network editorial: The editors wrote this title, not the source: the sentence names the vote, not the fine');
  });

  test('an authority’s year the editors gave: in its summary box, the list of authorities and the home page', () => {
    expect(text('/authorities/coastal-waters-act/', 'section.glance dd').find((t) => t.startsWith('1921'))).toBe('1921 editorial: The editors set this date, not the source: the sources give no year');
    expect(text('/authorities/', 'li').find((t) => t.startsWith('Coastal Waters Act'))).toBe(
      'Coastal Waters Act editorial: The name is the editors’: the sources call it only “the waters law” (1921 editorial)',
    );
    expect(text('/', 'section[aria-labelledby="legal-questions"] li').find((t) => t.startsWith('Coastal Waters Act'))).toMatch(/, 1921 editorial \(\d+ ¶\)$/);
  });

  test("a record page gives the editors' reason for an event's date once, with the event, not again at a glance", () => {
    const reason = 'the council’s minutes give only the month';
    const pages = distPages(dist).filter((p) => /^\/(actors|authorities)\/[^/]+\/$/u.test(p.path));
    const showing = pages.filter((p) => text(p.path, 'main').join(' ').includes(reason));
    expect(showing.length).toBeGreaterThan(0);
    for (const p of showing) expect(text(p.path, 'main').join(' ').split(reason).length - 1, p.path).toBe(1);
    const glance = showing.flatMap((p) => text(p.path, 'section.glance .editorial-mark'));
    expect(glance).toContain('editorial: the editors set this date; their reason is given with the event below');
  });

  test('an authority the editors named says so, with why', () => {
    expect(text('/authorities/coastal-waters-act/', 'aside.editorial p')).toContain('The name is the editors’: the sources call it only “the waters law”');
  });

  test('an event the editors left alone has no mark', () => {
    expect(text('/events/the-raid-on-pier-nine/', '.editorial-mark')).toEqual([]);
  });

  test('html-validate and axe find nothing on the marked pages', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'no-inline-style': 'off', 'long-title': 'off' } });
    const page = await browser.newPage();
    for (const path of [PAGE, '/events/', '/authorities/coastal-waters-act/', '/authorities/']) {
      const file = distPages(dist).find((p) => p.path === path)!.file;
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${served.url}${path}`);
        expect(await axeViolations(page), `${path} (${scheme})`).toEqual([]);
      }
    }
  });
});
