import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { siteUrl, usePage } from './harness.ts';
import { DIST, distPages, readPage } from './dist-files.ts';
import { unnamedSourcing } from '../../src/lib/unnamed-sources.ts';
import { dateSortKey, formatEventDate, machineDate } from '../../src/lib/event-dates.ts';
import type { Actor, Authority, Event, Source } from '../../src/schemas/index.ts';
import { distinctPassages } from '../../src/lib/passages.ts';

// What a reader sees first: the summary box, the drawn timeline, facts before quotations, an
// event's neighbours, and which facts rest only on unnamed people. Expectations come from
// dist/data, never from record names.
const ctx = usePage();
const data = <T,>(name: string) => (JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { records: T[] }).records;
const events = data<Event>('events');
const actors = data<Actor>('actors');
const authorities = data<Authority>('authorities');
const sources = data<Source>('sources');
const pages = distPages();
const doc = (path: string) => parse(readPage(pages.find((p) => p.path === path)!.file));
const recordPages = pages.filter((p) => /^\/(actors|authorities|events)\/[^/]+\/$/.test(p.path) && !/^\/events\/(year|month|undated)\//.test(p.path));
const only = sources.length === 1 ? sources[0]!.id : '';
const published = new Map(sources.map((s) => [s.id, s.published]));
const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
const glanceOf = (d: HTMLElement) => d.querySelector('article section.glance');

describe('a summary box at the top of record pages', () => {
  test('every actor, authority and event page opens with the box, before any other section', () => {
    for (const p of recordPages) {
      const d = parse(readPage(p.file));
      const first = d.querySelector('article section');
      expect(first?.classList.contains('glance'), p.path).toBe(true);
      // (the colon after a term is hidden: it is there for search excerpts)
      expect(first!.querySelector('dt')?.text.replace(/:$/, '')).toBe('Kind');
    }
  });

  test("an actor's box gives its roles, the days it was first and last reported, and its counts", () => {
    for (const a of actors) {
      const box = glanceOf(doc(`/actors/${a.id}/`))!;
      const mine = events.filter((e) => e.actors.includes(a.id));
      const ids = new Set([...a.mentions, ...a.statements, ...mine].map((m) => m.source ?? only));
      const days = [...ids].map((id) => published.get(id)!).sort();
      const times = box.querySelectorAll('dd time').map((t) => t.getAttribute('datetime'));
      expect(times[0]).toBe(days[0]);
      if (days[0] !== days.at(-1)) expect(times[1]).toBe(days.at(-1));
      for (const r of new Set(a.roles.map((x) => x.role))) expect(box.text).toContain(r);
      expect(box.text).toContain(`${plural(a.statements.length, 'quotation')} · ${plural(mine.length, 'event')} · ${plural(ids.size, 'source')}`);
    }
  });

  test("an authority's box gives its year and its counts", () => {
    for (const a of authorities) {
      const box = glanceOf(doc(`/authorities/${a.id}/`))!;
      if (a.year) expect(box.querySelector(`time[datetime="${a.year}"]`)).not.toBeNull();
      const mine = events.filter((e) => e.authorities.includes(a.id));
      // a sentence that names it twice is one passage, as 'What the sources say' lists it
      expect(box.text).toContain(`${plural(distinctPassages(a.mentions).length, 'passage')} · ${plural(mine.length, 'event')}`);
    }
  });

  test("an event's box gives its date and its source's publication day", () => {
    for (const e of events) {
      const box = glanceOf(doc(`/events/${e.id}/`))!;
      const times = box.querySelectorAll('dd time').map((t) => t.getAttribute('datetime'));
      expect(times[0]).toBe(published.get(e.source ?? only));
      // (an approximate date, a span or a decade is no one machine value: written, not marked up)
      if (e.date && machineDate(e.date)) expect(times).toContain(e.date.value);
      else if (e.date) expect(times.includes(e.date.value) || box.text.includes(formatEventDate(e.date)), e.id).toBe(true);
      if (e.date && !machineDate(e.date)) expect(times, e.id).not.toContain(e.date.value);
    }
  });
});

describe('a visual timeline drawn at build time', () => {
  const dated = events.filter((e) => e.date);
  const marks = (d: HTMLElement) => d.querySelectorAll('main svg.tl a');

  test('/events/ draws every dated event, each mark a link with a name, in the HTML itself', () => {
    const ms = marks(doc('/events/'));
    expect(ms.length).toBeGreaterThan(0);
    const counted = ms.reduce((n, m) => n + (Number(/^(\d+) events/.exec(m.getAttribute('aria-label')!)?.[1]) || 1), 0);
    expect(counted).toBe(dated.length);
    for (const m of ms) {
      expect(m.getAttribute('aria-label')!.length).toBeGreaterThan(3);
      expect(m.getAttribute('href')).toMatch(/^\/events\//);
    }
  });

  test('a day is a point and a month, year, decade or span between two days a span; approximate dates are marked', () => {
    const byHref = new Map(dated.map((e) => [`/events/${e.id}/`, e]));
    let single = 0;
    for (const path of ['/events/', ...recordPages.map((p) => p.path)])
      for (const m of marks(doc(path))) {
        const e = byHref.get(m.getAttribute('href')!);
        if (!e) continue;
        single++;
        const point = e.date!.precision === 'day' && !e.date!.until;
        expect(m.querySelector(point ? 'circle' : 'rect'), `${path} ${e.id}`).not.toBeNull();
        expect(m.classList.contains('approx'), `${path} ${e.id}`).toBe(e.date!.approximate);
      }
    expect(single).toBeGreaterThan(0);
  });

  test('long stretches without events are a break in the scale, so distant years share one view', () => {
    const years = [...new Set(dated.map((e) => Number(e.date!.value.slice(0, 4))))].sort((a, b) => a - b);
    const widest = Math.max(0, ...years.slice(1).map((y, i) => y - years[i]!));
    const breaks = doc('/events/').querySelectorAll('main svg.tl .brk').length;
    if (widest > 20) expect(breaks).toBeGreaterThan(0);
    // An authority's own year (an 1878 law) and its 2025 events: one axis, broken between.
    for (const a of authorities.filter((x) => x.year)) {
      const far = events.some((e) => e.authorities.includes(a.id) && e.date && Math.abs(Number(e.date.value.slice(0, 4)) - a.year!) > 20);
      if (far) expect(doc(`/authorities/${a.id}/`).querySelectorAll('main svg.tl .brk').length, a.id).toBeGreaterThan(0);
    }
  });

  test('record pages with two or more dates have the timeline', () => {
    for (const a of actors) {
      const n = events.filter((e) => e.actors.includes(a.id) && e.date).length;
      expect(marks(doc(`/actors/${a.id}/`)).length > 0, a.id).toBe(n >= 2);
    }
  });

  test('at 390 px the timeline fits the screen, its marks do not overlap and its labels are readable, with JS off', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
    const p = await context.newPage();
    for (const path of ['/events/', ...recordPages.map((x) => x.path).filter((x) => marks(doc(x)).length > 1).slice(0, 6)]) {
      await p.goto(siteUrl(path));
      const r = await p.evaluate(() => {
        const svg = document.querySelector('main svg.tl')!;
        const boxes = [...svg.querySelectorAll('a > circle, a > rect')].map((e) => e.getBoundingClientRect());
        let overlaps = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps++;
          }
        const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
        return { overflow: document.documentElement.scrollWidth - window.innerWidth, right: svg.getBoundingClientRect().right, overlaps, smallest: Math.min(...sizes) };
      });
      expect(r.overflow, path).toBeLessThanOrEqual(0);
      expect(r.right, path).toBeLessThanOrEqual(390);
      expect(r.overlaps, path).toBe(0);
      expect(r.smallest, path).toBeGreaterThanOrEqual(11);
    }
    await context.close();
  });

  test('a timeline mark can be reached by keyboard and names itself', async () => {
    await ctx.page.goto(siteUrl('/events/'));
    const name = await ctx.page.evaluate(() => {
      const a = document.querySelector<SVGAElement>('main svg.tl a')!;
      a.focus();
      return document.activeElement === a ? a.getAttribute('aria-label') : null;
    });
    expect(name).toBeTruthy();
    const snapshot = await ctx.page.locator('main svg.tl').ariaSnapshot();
    expect(snapshot).toContain(`link "${name}"`);
  });

  test('pages with the timeline stay under 30 KB of HTML and CSS, gzip', () => {
    const heavy = ['/events/', ...recordPages.map((p) => p.path)]
      .map((path) => ({ path, kb: gzipSync(readPage(pages.find((p) => p.path === path)!.file)).length / 1024 }))
      .filter((x) => x.kb >= 30);
    expect(heavy).toEqual([]);
  });
});

describe('long pages in a reader\'s order', () => {
  test('on actor and authority pages the events come before the quotations', () => {
    for (const p of recordPages.filter((x) => !x.path.startsWith('/events/'))) {
      const ids = parse(readPage(p.file)).querySelectorAll('article section[aria-labelledby]').map((s) => s.getAttribute('aria-labelledby'));
      const at = (id: string) => ids.indexOf(id);
      if (at('events') >= 0) {
        if (at('statements') >= 0) expect(at('events'), p.path).toBeLessThan(at('statements'));
        // ("What the sources say" is left out when the events and quotations above print all its passages)
        if (at('mentions') >= 0) expect(at('events'), p.path).toBeLessThan(at('mentions'));
      }
    }
  });

  test('past the first three quotations of a section, the rest fold away in a closed <details>', () => {
    let folded = 0;
    for (const p of recordPages.filter((x) => !x.path.startsWith('/events/')))
      for (const s of parse(readPage(p.file)).querySelectorAll('section#mentions, section[aria-labelledby="mentions"], section[aria-labelledby="statements"]')) {
        // (passages that name the record only in passing are folded apart, whatever their number)
        const all = s.querySelectorAll('blockquote.quote').filter((q) => !q.closest('details.in-passing'));
        const open = all.filter((q) => !q.closest('details'));
        expect(open.length, p.path).toBe(Math.min(3, all.length));
        const details = s.querySelector('details:not(.in-passing)');
        if (all.length > 3) {
          folded++;
          expect(details?.hasAttribute('open')).toBe(false);
          expect(details!.querySelector('summary')!.text).toContain(String(all.length - 3));
        } else expect(details).toBeNull();
      }
    expect(folded).toBeGreaterThan(0);
  });

  test('a folded quotation opens with its summary', async () => {
    const path = recordPages.find((p) => /<details class="fold">/.test(readPage(p.file)))!.path;
    await ctx.page.goto(siteUrl(path));
    const hidden = ctx.page.locator('details.fold blockquote').first();
    expect(await hidden.isVisible()).toBe(false);
    await ctx.page.locator('details.fold summary').first().click();
    expect(await hidden.isVisible()).toBe(true);
  });
});

describe('event pages', () => {
  const nav = (id: string) => {
    const d = doc(`/events/${id}/`);
    const href = (rel: string) => d.querySelector(`nav.event-nav a[rel="${rel}"]`)?.getAttribute('href')?.match(/^\/events\/([^/]+)\/$/)?.[1] ?? null;
    return { prev: href('prev'), next: href('next'), date: d.querySelector('#when ~ p time, section[aria-labelledby="when"] time')?.getAttribute('datetime') ?? null };
  };

  test('an approximate date is never said to be known to its day, month or year', () => {
    const rough = events.filter((e) => e.date?.approximate && !e.date.editorial);
    expect(rough.length).toBeGreaterThan(0);
    for (const e of rough) {
      const when = doc(`/events/${e.id}/`).querySelector('section[aria-labelledby="when"]')!.text;
      expect(when, e.id).not.toContain('it is known to the');
      expect(when, e.id).toContain('it places it only roughly');
    }
  });

  test('following "next" from the first event visits every event once, in date order, and "previous" leads back', () => {
    const firsts = events.filter((e) => nav(e.id).prev === null);
    expect(firsts).toHaveLength(1);
    const seen: string[] = [];
    for (let id: string | null = firsts[0]!.id; id; id = nav(id).next) {
      expect(seen).not.toContain(id);
      if (seen.length) expect(nav(id).prev).toBe(seen.at(-1));
      seen.push(id);
    }
    expect(seen.length).toBe(events.length);
    // in date order as the text places dates: "late last month" after days earlier that month,
    // "after the attacks of …" after the attacks
    const dates = seen.map((id) => events.find((e) => e.id === id)!.date).filter(Boolean).map((d) => dateSortKey(d!));
    expect(dates).toEqual([...dates].sort());
    const at = (pred: (e: Event) => boolean) => seen.indexOf(events.find(pred)?.id ?? '');
    for (const e of events.filter((x) => x.date?.within === 'late')) {
      const earlierThatMonth = events.filter((x) => x.date?.precision === 'day' && x.date.value.startsWith(e.date!.value));
      for (const d of earlierThatMonth) expect(seen.indexOf(e.id), `${e.id} after ${d.id}`).toBeGreaterThan(seen.indexOf(d.id));
    }
    for (const e of events.filter((x) => x.date?.after && x.date.anchor?.kind === 'event')) {
      const anchor = (e.date!.anchor as { event: string }).event;
      expect(seen.indexOf(e.id), `${e.id} after ${anchor}`).toBeGreaterThan(at((x) => x.id === anchor));
    }
    // Dated events first, undated after.
    const firstUndated = seen.findIndex((id) => !events.find((e) => e.id === id)!.date);
    if (firstUndated >= 0) expect(seen.slice(firstUndated).every((id) => !events.find((e) => e.id === id)!.date)).toBe(true);
  });

  test('every related event shares an actor or an authority with the event', () => {
    let related = 0;
    for (const e of events) {
      for (const a of doc(`/events/${e.id}/`).querySelectorAll('section[aria-labelledby="related-events"] li > a')) {
        const other = events.find((x) => `/events/${x.id}/` === a.getAttribute('href'))!;
        related++;
        expect(other.id).not.toBe(e.id);
        expect(other.actors.some((id) => e.actors.includes(id)) || other.authorities.some((id) => e.authorities.includes(id)), `${e.id} -> ${other.id}`).toBe(true);
      }
    }
    expect(related).toBeGreaterThan(0);
  });

  test('a relative date ("two days later") says what it counts from, linked: the event its record names, an earlier dated event of the same source', () => {
    const order = new Map(sources.flatMap((s) => s.paragraphs.map((p, i) => [`${s.id}#${p.id}`, i] as const)));
    const relative = events.filter((e) => e.date?.anchor?.kind === 'event' && e.date.anchor.offsetDays !== undefined);
    expect(relative.length).toBeGreaterThan(0);
    for (const e of relative) {
      const a = e.date!.anchor as { event: string; relation: string };
      const p = doc(`/events/${e.id}/`).querySelector('p.counted-from');
      expect(p, e.id).not.toBeNull();
      expect(p!.text.toLowerCase()).toContain(`${e.date!.expression.toLowerCase()}, ${a.relation}`);
      expect(p!.querySelector('a')!.getAttribute('href')).toBe(`/events/${a.event}/`);
      const anchor = events.find((x) => `/events/${x.id}/` === p!.querySelector('a')!.getAttribute('href'))!;
      expect(anchor.date).not.toBeNull();
      expect(anchor.source ?? only).toBe(e.source ?? only);
      expect(order.get(`${anchor.source ?? only}#${anchor.paragraph}`)!).toBeLessThanOrEqual(order.get(`${e.source ?? only}#${e.paragraph}`)!);
    }
  });
});

describe('anonymous or on the record', () => {
  test('an event sourced only to unnamed people says so on its page and on the timeline; others do not', () => {
    const timelineItems = doc('/events/').querySelectorAll('li.event');
    let flagged = 0;
    for (const e of events) {
      const unnamed = unnamedSourcing(e.quote) !== null;
      if (unnamed) flagged++;
      const page = doc(`/events/${e.id}/`).querySelector('section[aria-labelledby="source"]')!;
      expect(page.querySelector('.badge.unnamed') !== null, e.id).toBe(unnamed);
      const items = timelineItems.filter((li) => li.querySelector(`a[href="/events/${e.id}/"]`));
      for (const li of items) expect(li.querySelector('.badge.unnamed') !== null, e.id).toBe(unnamed);
    }
    expect(flagged).toBeGreaterThan(0);
  });

  test('the label has text for screen readers that says who the source is', async () => {
    await ctx.page.goto(siteUrl('/events/'));
    const label = ctx.page.locator('main li.event .badge.unnamed').first();
    const text = await label.evaluate((e) => e.textContent ?? '');
    expect(text).toContain('Unnamed sources');
    expect(text).toMatch(/only to people it does not name \(“.+”\)/);
  });

  test('a quoted passage on an actor page that rests on unnamed people carries the label too', () => {
    let labelled = 0;
    for (const a of actors)
      for (const q of doc(`/actors/${a.id}/`).querySelectorAll('section[aria-labelledby="mentions"] blockquote.quote')) {
        const words = q.querySelector('p')!.text.replace(/^“|”$/g, '');
        const m = a.mentions.find((x) => x.quote.trim() === words.trim());
        if (!m) continue;
        expect(q.querySelector('.badge.unnamed') !== null, a.id).toBe(unnamedSourcing(m.quote) !== null);
        if (unnamedSourcing(m.quote)) labelled++;
      }
    expect(labelled).toBeGreaterThan(0);
  });
});
